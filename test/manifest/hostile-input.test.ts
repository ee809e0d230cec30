// The manifest stage against input built to hurt it: node counts checked before composing, duplicate
// keys found in linear time, schema patterns that never backtrack on long values, CR line ends, a
// second apiVersion, secrets quoted by an error message, and pointers redacted segment by segment.
import { describe, expect, it } from "vitest";
import { boundedRegExp, MAX_PATTERN_INPUT } from "../../src/manifest/bounded-regexp.js";
import { checkJson } from "../../src/manifest/json-strict.js";
import { normalise } from "../../src/manifest/normalise.js";
import { MAX_NODES, parseSource } from "../../src/manifest/parse.js";
import { redactPointer, REDACTED } from "../../src/manifest/secrets.js";
import { nodeLimitOffset } from "../../src/manifest/yaml-size.js";
import { HANG_GUARD } from "../helpers/hang-guard.js";

const HEAD = "apiVersion: agentpolicy.dev/v1\nkind: Agent\n";
const j = (...parts: string[]): string => parts.join("");
const TOKEN = j("gh", "p_", "Q7wE9rT2yU4iO6pA8sD0fG1hJ3kL5zX7cV9b");

describe("nodeLimitOffset", () => {
  it("counts what becomes a node, and says where the limit is passed", () => {
    const text = "a: [1, 2, 3]\nb: {c: d}\n";
    // a, [, 1, ',', 2, ',', 3, :, b, {, c, :, d, and the two ':' of a and b
    expect(nodeLimitOffset(text, 5)).toBe(text.indexOf("2"));
    expect(nodeLimitOffset(text, 100)).toBeUndefined();
  });

  it("does not lex a text shorter than the limit: every counted token takes a character", () => {
    expect(nodeLimitOffset("[".repeat(50), 50)).toBeUndefined();
    expect(nodeLimitOffset("[".repeat(51), 50)).toBe(50);
  });
});

describe("parseSource on hostile text", () => {
  it("refuses a file of more than MAX_NODES values before composing it, at the place it passes the limit", () => {
    const text = `${HEAD}x: [${"1,".repeat(MAX_NODES)}1]\n`;
    const r = parseSource("big.agent.yaml", text);
    expect(r.documents).toEqual([]);
    expect(r.errors).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/more than 200000 values/) }),
    ]);
  });

  it("finds a duplicate among 40,000 keys quickly (yaml's own check is quadratic)", HANG_GUARD, () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: 1`).join(", ");
    const r = parseSource("keys.agent.yaml", `${HEAD}x: {${keys}, k5: 2}\n`);
    expect(r.errors).toEqual([
      expect.objectContaining({ line: 3, message: "duplicate key 'k5' (keys in a mapping must be unique)" }),
    ]);
  });

  it("reports a document too deep for the parser at its start (its ---): where the stack ran out is no position", () => {
    const deep = `${HEAD}x:\n  ${"- ".repeat(20_000)}leaf\n`;
    const r = parseSource("deep.agent.yaml", `other: 1\n---\n${deep}`);
    expect(r.errors).toEqual([
      expect.objectContaining({ line: 2, column: 1, message: "document is nested too deeply to parse" }),
    ]);
  });

  it("reads CR-only line ends as line ends, with exact positions", () => {
    const r = parseSource(
      "mac.agent.yaml",
      `${HEAD}metadata:\n  name: mac\n  environment: 7\n`.replace(/\n/g, "\r"),
    );
    expect(r.errors).toEqual([]);
    expect(r.documents[0]?.data).toMatchObject({ metadata: { name: "mac", environment: 7 } });
    expect(r.documents[0]?.locate("/metadata/environment")).toMatchObject({ line: 5, column: 16 });
  });

  it("refuses a second apiVersion or kind when either says the document is ours", () => {
    const twice = parseSource(
      "two.agent.yaml",
      `apiVersion: other/v1\nkind: Agent\napiVersion: agentpolicy.dev/v1\n`,
    );
    expect(twice.errors).toEqual([
      expect.objectContaining({
        line: 3,
        column: 1,
        message: "duplicate key 'apiVersion' (keys in a mapping must be unique)",
      }),
    ]);
    const kinds = parseSource("kinds.agent.yaml", `${HEAD}kind: Other\n`);
    expect(kinds.errors[0]?.message).toMatch(/duplicate key 'kind'/);
    // another tool's document with a repeated key is still not ours to judge
    expect(parseSource("k8s.yaml", "apiVersion: v1\nkind: A\nkind: B\n").errors).toEqual([]);
  });

  it("redacts a token that an error message quotes", () => {
    const r = parseSource("dup.agent.json", `{"${TOKEN}": 1, "${TOKEN}": 2}`);
    expect(r.errors[0]?.message).toBe(`duplicate key "${REDACTED}"`);
    const yaml = parseSource("dup.agent.yaml", `${HEAD}${TOKEN}: 1\n${TOKEN}: 2\n`);
    expect(yaml.errors[0]?.message).toBe(`duplicate key '${REDACTED}' (keys in a mapping must be unique)`);
  });

  it("names a long duplicate JSON key by its length", () => {
    const key = "k".repeat(100);
    expect(checkJson(`{"${key}": 1, "${key}": 2}`)?.message).toBe("duplicate key of 100 characters");
  });
});

describe("schema patterns on long values", () => {
  it(
    "never run on a value longer than MAX_PATTERN_INPUT, and keep one compiled pattern per source",
    HANG_GUARD,
    () => {
      const slow = boundedRegExp("^(a+)+$", "u");
      expect(slow.test(`${"a".repeat(MAX_PATTERN_INPUT + 1)}!`)).toBe(false);
      expect(slow.test("aaa")).toBe(true);
      expect(String(boundedRegExp("^a$", "u"))).not.toBe(String(boundedRegExp("^b$", "u")));
    },
  );

  it("judge a megabyte duration that would make the pattern quadratic in milliseconds", HANG_GUARD, () => {
    const text = `${HEAD}metadata:\n  name: slow\ncredentials:\n  - name: c\n    ttl: "1s${" ".repeat(500_000)}x"\n`;
    const agent = normalise(parseSource("slow.agent.yaml", text).documents[0]!);
    expect(agent.findings).toContainEqual(
      expect.objectContaining({ ruleId: "AP-SCHEMA-003", pointer: "/credentials/0/ttl" }),
    );
  });
});

describe("redactPointer", () => {
  const redact = (s: string): string => s.split(TOKEN).join(REDACTED).split("a/b").join(REDACTED);

  it("redacts each segment, so a secret used as a key leaves no trace in a location", () => {
    expect(redactPointer(`/metadata/labels/${TOKEN}/x`, redact)).toBe(`/metadata/labels/${REDACTED}/x`);
    // a key with a slash is escaped in the pointer (~1), where a whole-pointer redaction would miss it
    expect(redactPointer("/labels/a~1b", redact)).toBe(`/labels/${REDACTED}`);
    expect(redactPointer("", redact)).toBe("");
  });
});
