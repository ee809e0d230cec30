// makeRedactor prepares a run's secrets once; its answers must be redactText's, character for character,
// including overlapping secrets, secrets inside other secrets, JSON-escaped forms and replacements that
// make another secret appear.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeRedactor } from "../../src/engine/redact.js";
import { REDACTED, redactText } from "../../src/manifest/secrets.js";

// A small alphabet makes overlaps and repeats likely; the bracket letters meet the [REDACTED] marker.
const ALPHABET = ["a", "b", "c", "\\", '"', "\n", "[", "]", "R", "E", "D", "é", "😀"];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((cs) => cs.join(""));
const secret = fc
  .array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 9 })
  .map((cs) => cs.join(""));

describe("makeRedactor agrees with redactText", () => {
  it("on random texts and secrets", () => {
    fc.assert(
      fc.property(
        fc.array(secret, { maxLength: 6 }),
        fc.array(text, { minLength: 1, maxLength: 5 }),
        (secrets, texts) => {
          const redact = makeRedactor(secrets);
          const values = [...new Set(secrets)];
          for (const t of texts) {
            // texts built from the secrets themselves, so that most of them contain some
            const mixed = `${t}${secrets.join(t)}${t}`;
            expect(redact(mixed)).toBe(redactText(mixed, values));
            expect(redact(t)).toBe(redactText(t, values));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("when a replacement creates an occurrence of another secret", () => {
    const secrets = ["xxxxyy", "]-yy"];
    const input = "xxxxyy-yy";
    expect(redactText(input, secrets)).toBe(`${REDACTED}-yy`.replace("]-yy", REDACTED));
    expect(makeRedactor(secrets)(input)).toBe(redactText(input, secrets));
  });
});
