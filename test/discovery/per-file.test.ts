// What discovery asks of every file of a repository: cheap answers that must be the exact ones. Config
// globs: a test of the file's name runs first and must never refuse a path the glob itself accepts.
import fc from "fast-check";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { CatalogIndex, nameTest, readBuiltinCatalog } from "../../src/discovery/catalog.js";
import { languageOf } from "../../src/discovery/imports.js";

const SEGMENTS = [
  "src",
  "a",
  ".github",
  "agents",
  "config",
  "x.agent.md",
  "agents.yaml",
  "langgraph.json",
  ".b",
];
const GLOBS = [
  ...readBuiltinCatalog().configs.map((c) => c.path),
  "langgraph.json",
  "*.json",
  "a/{b,c/d}.json",
  "{a,b}/*.yaml",
  "**/config/**",
  "**",
  "!**/*.yaml",
  "src/",
  "./agents.yaml",
  "**/?gents.y*ml",
  "**/[a-c]*",
  "**/@(agents|config).yaml",
];

describe("config globs", () => {
  it("refuse on the name alone only paths the glob refuses", () => {
    const path = fc
      .array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 5 })
      .map((s) => s.join("/"));
    fc.assert(
      fc.property(fc.constantFrom(...GLOBS), path, (glob, p) => {
        if (picomatch(glob, { dot: true })(p))
          expect(nameTest(glob)(p.slice(p.lastIndexOf("/") + 1))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("look at the name where the glob's last part is one segment", () => {
    expect(nameTest("**/langgraph.json")("package.json")).toBe(false);
    expect(nameTest("**/*.{yaml,yml}")("x.yml")).toBe(true);
    // no name test where the last part could span segments, or the glob is negated
    expect(nameTest("a/{b,c/d}.json")("anything")).toBe(true);
    expect(nameTest("!**/*.yaml")("x.yaml")).toBe(true);
  });
});

describe("the language of a file", () => {
  it("comes from its extension, never for bundles, declarations or a name every object has", () => {
    expect(languageOf("src/a.ts")).toBe("javascript");
    expect(languageOf("a/b.py")).toBe("python");
    expect(languageOf("lib/Main.java")).toBe("java");
    expect(languageOf("svc.v2/README")).toBeUndefined();
    expect(languageOf("Makefile")).toBeUndefined();
    for (const f of [
      "dist/app.min.js",
      "x.bundle.mjs",
      "types/index.d.ts",
      "t.d.cts",
      "a.constructor",
      "b.toString",
    ]) {
      expect(languageOf(f), f).toBeUndefined();
    }
    expect(languageOf("app.min.ts")).toBe("javascript");
  });
});

describe("dependency lookups", () => {
  const index = new CatalogIndex(readBuiltinCatalog());
  it("find name patterns by their whole pattern, in catalog order", () => {
    expect(index.lookup("maven", "dev.langchain4j:langchain4j-open-ai")?.name).toBe("dev.langchain4j:*");
    expect(index.lookup("maven", "org.springframework.ai:spring-ai-starter-mcp-server-webmvc")?.name).toBe(
      "org.springframework.ai:spring-ai-starter-mcp-server*",
    );
    expect(index.lookup("maven", "org.springframework.ai:spring-ai-openai")?.name).toBe(
      "org.springframework.ai:*",
    );
    expect(index.lookup("maven", "dev.langchain4jx:core")).toBeUndefined();
    expect(index.lookup("maven", "x.dev.langchain4j:core")).toBeUndefined();
    expect(index.lookup("npm", "dev.langchain4j:core")).toBeUndefined();
  });
});
