// The walk judges a folder's entries through entryIgnorer, which looks name patterns up by name; it must
// give the verdicts isIgnored gives on each entry's whole path, for any set of .gitignore files.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entryIgnorer, ignoreLevel, isIgnored, type IgnoreLevel } from "../../src/manifest/gitignore.js";

const NAMES = ["a", "b", "build", "node_modules", "x.log", "keep.log", "A", ".env", "src", "c d"];
const PATTERNS = [
  "*.log",
  "!keep.log",
  "build/",
  "/build",
  "a/",
  "!a/",
  "b",
  "!b",
  "a/b",
  "**/b/",
  "a/**",
  "src/*",
  "!src/a",
  "*",
  "!*/",
  "node_modules/",
  "# a comment",
  "",
  "c\\ d",
  "x.log/ ",
  "[ab]",
  "A",
  "!/a",
];

const path = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 });
const gitignore = fc.array(fc.constantFrom(...PATTERNS), { maxLength: 6 }).map((lines) => lines.join("\n"));
/** Levels at the top and at some folders below it, outermost first (as the walk stacks them). */
const levels = fc
  .array(fc.tuple(fc.array(fc.constantFrom(...NAMES), { maxLength: 2 }), gitignore), { maxLength: 4 })
  .map((files) =>
    files
      .map(([dir, text]) => ignoreLevel(text, dir.join("/")))
      .filter((l): l is IgnoreLevel => l !== undefined)
      .sort((x, y) => x.dir.split("/").filter(Boolean).length - y.dir.split("/").filter(Boolean).length),
  );

describe("gitignore levels", () => {
  it("let a deeper .gitignore re-include a folder a shallower one excludes, as git does", () => {
    const lv = [ignoreLevel("b/\n", "")!, ignoreLevel("!b/\n", "a")!];
    expect(isIgnored(lv, "a/b/c", false)).toBe(false);
    expect(isIgnored(lv, "b/c", false)).toBe(true);
    expect(entryIgnorer(lv, "a")("b", true)).toBe(false);
    expect(entryIgnorer(lv, "a/b")("c", false)).toBe(false);
  });

  it("judge a folder's entries by name exactly as by their paths", () => {
    fc.assert(
      fc.property(levels, fc.array(fc.tuple(path, fc.boolean()), { maxLength: 20 }), (lv, entries) => {
        for (const [segments, isDir] of entries) {
          const parent = segments.slice(0, -1).join("/");
          // the walk judges the entries of folders it entered: none on the way is excluded
          if (parent !== "" && isIgnored(lv, parent, true)) continue;
          const name = segments.at(-1)!;
          const whole = isIgnored(lv, segments.join("/"), isDir);
          expect(entryIgnorer(lv, parent)(name, isDir)).toBe(whole);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("look names up only where every pattern is a name", () => {
    expect(ignoreLevel("*.log\nbuild/\n!keep.log\nx.log/  \n", "")?.rules.namesOnly).toBe(true);
    expect(ignoreLevel("*.log\n/build\n", "")?.rules.namesOnly).toBe(false);
    expect(ignoreLevel("a/b\n", "")?.rules.namesOnly).toBe(false);
    expect(ignoreLevel("# only comments\n\n   \n", "")).toBeUndefined();
  });
});
