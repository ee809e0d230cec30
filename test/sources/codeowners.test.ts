// CODEOWNERS as GitHub applies it: gitignore-style patterns, last matching line wins.
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
