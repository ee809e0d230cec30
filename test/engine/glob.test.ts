import { describe, expect, it } from "vitest";
import { globMatch, wildcardKind } from "../../src/engine/glob.js";
import { HANG_GUARD } from "../helpers/hang-guard.js";

describe("globMatch", () => {
  it.each([
    ["abc", "abc", true],
    ["abc", "abd", false],
    ["", "", true],
    ["", "*", true],
    ["a", "", false],
    ["postgres://finance/invoices", "postgres://finance/*", true],
    ["postgres://finance", "postgres://finance/*", false],
    ["a/b/c", "a*c", true],
    ["abc", "a?c", true],
    ["ac", "a?c", false],
    ["aXbYc", "a*b*c", true],
    ["acb", "a*b*c", false],
    ["legacy-billing", "legacy-*", true],
    ["a+b", "a+b", true],
    ["(x)", "(x)", true],
    ["a", "[a]", false],
    // a '*' in the value is a character the pattern's '*' may take, never the end of the pattern's
    ["*/y/x", "*/x", true],
    ["s3://bucket/*", "s3://*", true],
    ["*", "*", true],
  ])("%s ~ %s → %s", (value, pattern, expected) => {
    expect(globMatch(value, pattern)).toBe(expected);
  });

  it("stays fast on patterns that make backtracking regexes explode", HANG_GUARD, () => {
    const value = "a".repeat(5000) + "b";
    const pattern = "*a".repeat(50) + "*c";
    expect(globMatch(value, pattern)).toBe(false);
  });
});

describe("wildcardKind", () => {
  it.each([
    ["*", "full"],
    ["s3://*", "full"],
    ["postgres://*", "full"],
    ["postgres://finance/*", "prefix"],
    ["*.example.com", "prefix"],
    ["://*", "prefix"],
    ["postgres://finance/invoices", null],
  ])("%s → %s", (value, expected) => {
    expect(wildcardKind(value)).toBe(expected);
  });
});
