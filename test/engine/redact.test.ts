import { describe, expect, it } from "vitest";
import { makeRedactor } from "../../src/engine/redact.js";
import { REDACTED } from "../../src/manifest/secrets.js";

describe("makeRedactor", () => {
  it("replaces every occurrence, longest secret first", () => {
    const redact = makeRedactor(["abcd", "abcdefgh", "abcd"]);
    expect(redact("x abcdefgh y abcd z abcdefgh")).toBe(`x ${REDACTED} y ${REDACTED} z ${REDACTED}`);
  });

  it("ignores strings too short to be secrets", () => {
    expect(makeRedactor(["", "a", "abc"])("a abc b")).toBe("a abc b");
  });

  it("is the identity without secrets", () => {
    expect(makeRedactor([])("text")).toBe("text");
  });
});
