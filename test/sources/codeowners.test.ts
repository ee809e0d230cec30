// CODEOWNERS as GitHub applies it: gitignore-style patterns, last matching line wins.
import fc from "fast-check";
import ignore from "ignore";
import { describe, expect, it } from "vitest";
import { applyOwners, manifestOwner, ownersOf, parseCodeowners } from "../../src/sources/codeowners.js";

const co = parseCodeowners(
  ".github/CODEOWNERS",
  `# owners
*                @acme/platform
*.toml           @alice
/services/booking/ @acme/booking  # the booking team
docs/            docs@example.com
/services/booking/legacy/
apps/**/.mcp.json @acme/apps
`,
);

describe("CODEOWNERS", () => {
  it("applies the last matching rule", () => {
    expect(ownersOf(co, ".mcp.json")?.owners).toEqual(["@acme/platform"]);
    expect(ownersOf(co, ".codex/config.toml")?.owners).toEqual(["@alice"]);
    expect(ownersOf(co, "services/booking/.gemini/settings.json")).toMatchObject({
      owners: ["@acme/booking"],
      line: 4,
    });
    expect(ownersOf(co, "x/docs/.mcp.json")?.owners).toEqual(["docs@example.com"]);
    expect(ownersOf(co, "apps/web/.mcp.json")?.owners).toEqual(["@acme/apps"]);
  });

  it("leaves a file unowned when the last matching rule names nobody", () => {
    expect(ownersOf(co, "services/booking/legacy/.mcp.json")).toBeUndefined();
  });

  it("turns teams into manifest owners and marks them derived; a manifest's own owner wins", () => {
    expect(manifestOwner("@acme/platform")).toBe("team:acme/platform");
    expect(manifestOwner("@alice")).toBe("@alice");
    const agents = applyOwners(
      [
        { doc: { file: ".mcp.json" }, data: { metadata: { name: "a" } } },
        { doc: { file: "agents/b.agent.yaml" }, data: { metadata: { name: "b", owner: "team:own" } } },
      ],
      co,
    );
    expect(agents[0]).toMatchObject({
      data: { metadata: { owner: "team:acme/platform" } },
      ownerSource: "CODEOWNERS (.github/CODEOWNERS:2)",
    });
    expect(agents[1]).toMatchObject({ data: { metadata: { owner: "team:own" } } });
    expect((agents[1] as { ownerSource?: string }).ownerSource).toBeUndefined();
  });
});

describe("CODEOWNERS patterns", () => {
  const owned = (pattern: string, path: string): boolean =>
    ownersOf(parseCodeowners("CODEOWNERS", `${pattern} @x`), path) !== undefined;

  it("reads `**` as git does: none or more folders inside a pattern, everything inside at its end", () => {
    expect(owned("docs/**", "docs/a/b.md")).toBe(true);
    expect(owned("docs/**", "docs")).toBe(false); // a file named docs holds nothing
    expect(owned("**/build/", "a/build/x.yaml")).toBe(true);
    expect(owned("**/build/", "a/build")).toBe(false); // a folder pattern names no file
    expect(owned("/apps/**/.mcp.json", "apps/.mcp.json")).toBe(true);
    expect(owned("**/", "a.json")).toBe(false);
    expect(owned("**/", "a/b.json")).toBe(true);
    expect(owned("a**b", "axyb")).toBe(true); // `**` inside a name is a `*`
    // GitHub's example: docs/* owns docs/getting-started.md, not docs/build-app/troubleshooting.md
    expect(owned("docs/*", "docs/getting-started.md")).toBe(true);
    expect(owned("docs/*", "docs/build-app/troubleshooting.md")).toBe(false);
    expect(owned("*", "a/b/c.md")).toBe(true);
  });

  it("treats braces and brackets as the characters they are: GitHub's CODEOWNERS has no ranges or braces", () => {
    expect(owned("*.{js,ts}", "a.js")).toBe(false);
    expect(owned("*.{js,ts}", "a.{js,ts}")).toBe(true);
  });

  // gitignore's own matcher (the `ignore` package) is the reference: CODEOWNERS patterns are gitignore's
  // without negation, escapes or ranges. `***` is left out: git reads it as a plain `*`, `ignore` as `**`.
  const segment = (chars: string[]) =>
    fc
      .array(fc.constantFrom(...chars), { minLength: 1, maxLength: 4 })
      .map((cs) => cs.join(""))
      .filter((s) => s !== "." && s !== ".." && !s.includes("***"));
  it("owns what gitignore's matcher ignores, for generated patterns and paths", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.oneof(segment(["a", "b", ".", "*", "?"]), fc.constant("**")), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.boolean(),
        fc.array(segment(["a", "b", "."]), { minLength: 1, maxLength: 5 }),
        (anchor, parts, folder, pathParts) => {
          // GitHub reads a last segment `*` as the folder's own files only, where gitignore takes folders too
          fc.pre(folder || parts.at(-1) !== "*");
          const pattern = `${anchor ? "/" : ""}${parts.join("/")}${folder ? "/" : ""}`;
          const path = pathParts.join("/");
          expect(owned(pattern, path)).toBe(ignore().add(pattern).ignores(path));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("matches in time polynomial in pattern and path, on repository content built to make a regular expression backtrack", () => {
    // picomatch's regular expressions took 0.4 s a path for the first at 1,000 segments, 1.4 s for the
    // second at 120 characters, and time to the power of the wildcards beyond
    const deep = Array(1000).fill("a").join("/");
    expect(owned("/**/a/**/a/**/a/**/b", deep)).toBe(false);
    expect(owned("a*a*a*a*a*a*a*b", `x/${"a".repeat(4000)}`)).toBe(false);
  });
});
