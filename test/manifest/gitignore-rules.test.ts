// .gitignore rules without regular expressions: the verdicts the `ignore` package gave (which the walk used
// before, and which stays the reference here) on generated files and paths, with case and without
// (`core.ignorecase`), git's own reading where the two differ, and no backtracking on rules built for it.
import fc from "fast-check";
import ignore from "ignore";
import { describe, expect, it } from "vitest";
import { GitignoreRules, type Verdict } from "../../src/manifest/gitignore-rules.js";
import { ignoreLevel, isIgnored } from "../../src/manifest/gitignore.js";

/** A verdict as one .gitignore file alone gives it (the `ignore` package's `test`): a folder on the way first. */
const verdict = (
  rules: { verdict(p: string): Verdict } | { test(p: string): Verdict },
  path: string,
): Verdict => {
  const of = (p: string): Verdict => ("verdict" in rules ? rules.verdict(p) : rules.test(p));
  if ("verdict" in rules) {
    const body = path.endsWith("/") ? path.slice(0, -1) : path;
    for (let slash = body.indexOf("/"); slash !== -1; slash = body.indexOf("/", slash + 1))
      if (of(`${body.slice(0, slash)}/`).ignored) return { ignored: true, unignored: false };
  }
  const v = of(path);
  return { ignored: v.ignored, unignored: v.unignored };
};
const reference = (text: string, nocase: boolean) =>
  ignore({ allowRelativePaths: true, ignorecase: nocase }).add(text);

/**
 * Left out of the comparison, where `ignore` and git part: a run of three stars (git: one `*`; `ignore`: a
 * `**`) and a '[' that does not close within its segment (git: the rule matches nothing; `ignore`: sometimes
 * a '[').
 */
function comparable(text: string): boolean {
  if (text.includes("***")) return false;
  for (const segment of text.split(/[/\n]/)) {
    for (let i = 0; i < segment.length; i++) {
      if (segment[i] === "\\") i++;
      else if (segment[i] === "[") {
        let j = i + 1;
        if (segment[j] === "!" || segment[j] === "^") j++;
        j += segment[j] === "\\" ? 2 : 1; // a ']' first is itself
        while (j < segment.length && segment[j] !== "]") j += segment[j] === "\\" ? 2 : 1;
        if (j >= segment.length) return false;
        i = j;
      }
    }
  }
  return true;
}

const NAME = ["a", "b", "A", ".", "c", " ", "*", "!", "]", "["];
const pathSegment = fc
  .array(fc.constantFrom(...NAME), { minLength: 1, maxLength: 2 })
  .map((cs) => cs.join(""))
  .filter((s) => s !== "." && s !== "..");
const path = fc
  .tuple(fc.array(pathSegment, { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([segments, dir]) => segments.join("/") + (dir ? "/" : ""));

const TOKENS = [
  "a",
  "b",
  "A",
  ".",
  "*",
  "?",
  "[ab]",
  "[!a]",
  "[a-c]",
  "\\*",
  " ",
  "**",
  "[^b]",
  "\\[",
  "\\a",
];
const patternSegment = fc
  .array(fc.constantFrom(...TOKENS, "[A]", "[]a]", "[!]]"), { minLength: 1, maxLength: 2 })
  .map((ts) => ts.join(""));
const line = fc
  .tuple(
    fc.constantFrom("", "!", "#", "\\!", "\\#"),
    fc.boolean(),
    fc.array(patternSegment, { minLength: 1, maxLength: 3 }),
    fc.boolean(),
    fc.constantFrom("", " ", "  ", "\\ "),
  )
  .map(
    ([pre, lead, segments, trail, spaces]) =>
      `${pre}${lead ? "/" : ""}${segments.join("/")}${trail ? "/" : ""}${spaces}`,
  );
const file = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join("\n"));

/** A rule made from a path by turning some of its characters into wildcards, so that most rules match. */
const ruleFor = (segments: string[], picks: number[]): string =>
  segments
    .map((s, i) => {
      if (picks[i % picks.length]! % 7 === 0) return "**";
      return [...s]
        .map((c, j) => {
          const k = (picks[(i + j) % picks.length]! >> 3) % 9;
          return [`?`, `*`, `[${c}x]`, `[!z]`, `\\${c}`, c.toUpperCase()][k] ?? c;
        })
        .join("");
    })
    .join("/");

describe("gitignore rules", () => {
  it("give the verdicts of the `ignore` package on generated files and paths", () => {
    fc.assert(
      fc.property(
        file,
        fc.array(path, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (text, paths, nocase) => {
          fc.pre(comparable(text));
          const ref = reference(text, nocase);
          const rules = new GitignoreRules(text, nocase);
          const level = ignoreLevel(text, "", nocase);
          for (const p of paths) {
            const expected = verdict(ref, p);
            expect(verdict(rules, p), `${JSON.stringify(text)} on ${p}`).toEqual(expected);
            const body = p.endsWith("/") ? p.slice(0, -1) : p;
            expect(level ? isIgnored([level], body, p.endsWith("/")) : false).toBe(expected.ignored);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it("give them on rules made to match: wildcards, sets, escapes, anchors, negations and folders", () => {
    fc.assert(
      fc.property(
        fc.array(pathSegment, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 8 }),
        fc.constantFrom("", "!", "/", "**/"),
        fc.constantFrom("", "/", "/**"),
        fc.boolean(),
        fc.nat(3),
        fc.boolean(),
        (segments, picks, before, after, dir, cut, nocase) => {
          const rule = before + ruleFor(segments.slice(0, Math.max(1, segments.length - cut)), picks) + after;
          const text = (before === "!" ? "*\n" : "") + rule;
          fc.pre(comparable(text));
          const p = segments.join("/") + (dir ? "/" : "");
          expect(verdict(new GitignoreRules(text, nocase), p), `${JSON.stringify(text)} on ${p}`).toEqual(
            verdict(reference(text, nocase), p),
          );
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("read what `ignore` does not as git does: classes, runs of stars, a '[' that never closes", () => {
    const ignored = (text: string, p: string) => verdict(new GitignoreRules(text), p).ignored;
    expect(ignored("build/", "Build/x")).toBe(false); // case counts unless core.ignorecase
    expect(verdict(new GitignoreRules("build/", true), "Build/x").ignored).toBe(true);
    expect(ignored("file[[:digit:]].txt", "file7.txt")).toBe(true);
    expect(ignored("file[[:digit:]].txt", "filex.txt")).toBe(false);
    expect(ignored("[[:nosuch:]]", "a")).toBe(false);
    expect(ignored("a***b", "a/x/b")).toBe(false); // three stars are one `*`, which spans no '/'
    expect(ignored("a***b", "a-x-b")).toBe(true);
    expect(ignored("x[ab", "x[ab")).toBe(false);
    expect(ignored("abc/**", "abc")).toBe(false); // a trailing `/**` is what is inside
    expect(ignored("abc/**", "abc/d")).toBe(true);
    expect(ignored("build/\n!build/keep.txt", "build/keep.txt")).toBe(true); // inside an excluded folder
    // each checked against git 2.39 (`git ls-files -o -i --exclude-standard`)
    const git: [string, string, boolean][] = [
      ["a/***/b", "a/x/y/b", true], // a segment of stars alone is a `**`
      ["***/foo", "foo", true],
      ["a\\/b", "a/b", true], // an escaped '/' still separates, and anchors
      ["**\\/b", "x/b", true],
      ["x[a/b]y", "xay", true], // a bracket holding '/' is one character, and the '/' anchors
      ["x[a/b]y", "d/xay", false],
      ["[z-a]", "z", true], // the character before '-' is a member, the empty range adds nothing
      ["[--#]", "-", true],
      ["[[:a]", "a", true], // no ':]' before the ']': the '[' is a member
      ["[[:x]y", "xy", true],
      ["[[:x]y", "[y", true],
      ["[[:x]y", ":y", true],
      ["[[:alpha]:]", "a:]", true],
      ["\uFEFFa.txt", "a.txt", true], // a byte order mark is no part of the first pattern
    ];
    for (const [text, p, expected] of git) expect(ignored(text, p), `${text} on ${p}`).toBe(expected);
  });

  it("matches rules built to make a regular expression backtrack, on paths built for them", () => {
    // `ignore` took 16 s for the first on a path of 120 folders, and time to the power of the `**` beyond
    const deep = Array(1000).fill("a").join("/");
    expect(verdict(new GitignoreRules("**/a/**/a/**/a/**/a/**/b"), deep).ignored).toBe(false);
    expect(verdict(new GitignoreRules("a*a*a*a*a*a*a*a*b"), `x/${"a".repeat(4000)}`).ignored).toBe(false);
    expect(verdict(new GitignoreRules("**/[a-z]*[a-z]*[a-z]*[a-z]*!"), `${"a".repeat(4000)}`).ignored).toBe(
      false,
    );
  });
});
