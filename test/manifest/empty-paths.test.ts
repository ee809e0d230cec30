// Which path arguments yielded nothing: a path covers the files at or under it, a glob the files it matches.
import fc from "fast-check";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { pathsWithoutAgents } from "../../src/manifest/empty-paths.js";

describe("pathsWithoutAgents", () => {
  it("covers files under a folder argument, and the files a glob argument matches", () => {
    const yielded = ["agents/a.agent.yaml", "svc/x/.mcp.json"];
    expect(
      pathsWithoutAgents("/repo", ["agents", "docs", "svc/*/.mcp.json", "svc/*/other.json"], yielded),
    ).toEqual(["docs", "svc/*/other.json"]);
    expect(pathsWithoutAgents("/repo", [], yielded)).toEqual([]);
    expect(pathsWithoutAgents("/repo", [], [])).toEqual(["."]);
  });

  it("asks picomatch only about arguments that can be globs: none without * ? [ { ( is one to it", () => {
    const chars = [..."ab/.!+@*?[]{}()\\|^$,-~ "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 10 }), (parts) => {
        const arg = parts.join("");
        if (picomatch.scan(arg).isGlob) expect(arg).toMatch(/[*?[{(]/);
      }),
      { numRuns: 20_000 },
    );
  });
});
