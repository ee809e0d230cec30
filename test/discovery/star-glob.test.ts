// Catalog name and module globs answer as the regular expressions they replace did, and stay fast on the
// names that made those take exponential time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moduleMatch, starMatch, workspaceMatch } from "../../src/discovery/star-glob.js";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const nameRegExp = (glob: string): RegExp => new RegExp(`^${glob.split("*").map(escape).join(".*")}$`);
const moduleRegExp = (pattern: string, sep: string): RegExp =>
  new RegExp(
    `^${pattern
      .split("*")
      .map(escape)
      .join(`[^${escape(sep[0]!)}]+`)}(?:${escape(sep)}.*)?$`,
  );

const word = (chars: string[], maxLength: number) =>
  fc.array(fc.constantFrom(...chars), { maxLength }).map((cs) => cs.join(""));

describe("catalog globs", () => {
  it("a name glob matches what `*` as `.*` matched", () => {
    fc.assert(
      fc.property(word(["a", "b", "*", "-"], 8), word(["a", "b", "-"], 12), (glob, name) => {
        expect(starMatch(name, glob)).toBe(nameRegExp(glob).test(name));
      }),
      { numRuns: 5000 },
    );
  });

  it.each(["/", ".", "::"])(
    "a module glob with separator %s matches what the regular expression matched",
    (sep) => {
      const chars = ["a", "b", "*", ...new Set(sep)];
      fc.assert(
        fc.property(
          word(chars, 8),
          word(
            chars.filter((c) => c !== "*"),
            12,
          ),
          (pattern, module) => {
            expect(moduleMatch(module, pattern, sep)).toBe(moduleRegExp(pattern, sep).test(module));
          },
        ),
        { numRuns: 5000 },
      );
    },
  );

  it("answers at once where the regular expressions backtracked without end", () => {
    const name = "a".repeat(50_000);
    expect(starMatch(name, "a*a*a*a*a*a*b")).toBe(false);
    expect(moduleMatch(name, "a*a*a*a*a*a*b", "/")).toBe(false);
    expect(moduleMatch(`${name}/x`, "a*a*a*a", "/")).toBe(true);
  });
});

describe("workspaceMatch", () => {
  it("matches workspace globs as npm and Cargo write them", () => {
    expect(workspaceMatch("packages/*", "packages/api")).toBe(true);
    expect(workspaceMatch("packages/*", "packages/api/src")).toBe(false);
    expect(workspaceMatch("packages/*", "packages")).toBe(false);
    expect(workspaceMatch("libs/**", "libs/a/b")).toBe(true);
    expect(workspaceMatch("libs/**/x", "libs/x")).toBe(true);
    expect(workspaceMatch("libs/**/x", "libs/a/b/x")).toBe(true);
    expect(workspaceMatch("libs/**/x", "libs/a/b/y")).toBe(false);
    expect(workspaceMatch("svc-*/app", "svc-billing/app")).toBe(true);
    expect(workspaceMatch("a.b/*", "axb/c")).toBe(false);
  });

  it("takes time linear in glob and path on a path that almost matches", () => {
    // a regular expression of this glob took seconds at 200 characters and minutes at 400
    expect(workspaceMatch("a*a*a*a*a*b", "a".repeat(400))).toBe(false);
    expect(workspaceMatch("**/**/**/**/x", Array(200).fill("a").join("/"))).toBe(false);
  });
});
