// The linear matcher answers as JavaScript's engine does (differential, on random patterns and texts), and
// refuses at load what it cannot run in linear time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LinearRegExp, PatternError } from "../../src/util/linear-regexp.js";

const expected = (source: string, text: string): number => new RegExp(source, "m").exec(text)?.index ?? -1;

const atom = fc.constantFrom(
  "a",
  "b",
  ":",
  " ",
  ".",
  "\\s",
  "\\S",
  "\\d",
  "\\w",
  "\\W",
  "[ab]",
  "[^a\\n]",
  "[a-c:]",
  "\\.",
  "\\n",
  "\\x61",
  "^",
  "$",
  "\\b",
  "\\B",
);
const quantifier = fc.constantFrom("", "", "*", "+", "?", "{2}", "{1,3}", "{0,}", "*?", "+?");
const pattern: fc.Arbitrary<string> = fc.letrec<{ seq: string; alt: string }>((tie) => ({
  seq: fc
    .array(
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc.tuple(atom, quantifier).map(([a, q]) => (/^[$^]|^\\[bB]$/.test(a) ? a : a + q)),
        },
        { weight: 1, arbitrary: fc.tuple(tie("alt"), quantifier).map(([a, q]) => `(?:${a})${q}`) },
      ),
      { maxLength: 5 },
    )
    .map((parts) => parts.join("")),
  alt: fc.array(tie("seq"), { minLength: 1, maxLength: 3 }).map((alts) => alts.join("|")),
})).alt;
const text = fc
  .array(fc.constantFrom("a", "b", ":", " ", "\n", "1", "_", "\r", "\u2028"), { maxLength: 30 })
  .map((cs) => cs.join(""));

describe("linearRegExp", () => {
  it("finds the match JavaScript finds, where it starts", () => {
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        let compiled;
        try {
          compiled = new LinearRegExp(p);
        } catch (e) {
          // deeply nested counts: refused for their size, which is not what this property is about
          fc.pre(!(e instanceof PatternError && e.message.includes("too large")));
          throw e;
        }
        expect(compiled.search(t)).toBe(expected(p, t));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['"graphs"\\s*:', '{\n  "graphs" : {}\n}'],
    ["^\\s+(role|backstory|goal)\\s*:", "agent:\n  role: x\n"],
    ["^kind:\\s*[\"']?Agent[\"']?\\s*$", "apiVersion: kagent.dev/v1\nkind: Agent\n"],
    ["(?<word>[A-Z]\\w+)\\u0021", "say Hello!"],
    ["[\\d-]{3}|x{2,}", "ab 12-3"],
    ["a{,2}|\\{", "a{,2}"],
    ["(?:xy)?ab+c", "abbc"],
    ["a(?:bc|d)e", "xade"],
  ])("%s as JavaScript runs it", (p, t) => {
    expect(new LinearRegExp(p).search(t)).toBe(expected(p, t));
    expect(new LinearRegExp(p).search(t)).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ["(a)\\1", 3, "backreferences"],
    ["(?<x>a)\\k<x>", 7, "backreferences"],
    ["a(?=b)", 1, "lookahead"],
    ["(?<!a)b", 0, "lookahead and lookbehind"],
    ["[\\d-z]", 1, "class escape"],
    ["\\p{L}", 0, "unsupported escape"],
    ["a{5000}", 1, "count over"],
    ["(?:[ab]{1,50}){1,50}", 0, "too large"],
  ])("refuses %s at offset %i", (p, offset, reason) => {
    const err = (() => {
      try {
        new LinearRegExp(p);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(PatternError);
    expect((err as PatternError).message).toContain(reason);
    if (reason !== "too large") expect((err as PatternError).offset).toBe(offset);
  });

  // JavaScript takes exponential or polynomial time on these; each answer here is a single pass
  it.each([
    ["(a+)+$", "a".repeat(100_000) + "!"],
    [".*x.*y", "x".repeat(100_000)],
    ["^\\s+(role|backstory|goal)\\s*:", "\n".repeat(512 * 1024)],
    ["(?:a|aa)*b", "a".repeat(100_000)],
  ])("runs %s over a hostile text in one pass", (p, t) => {
    expect(new LinearRegExp(p).search(t)).toBe(-1);
  });
});
