// Editor support: every schema URL the docs and the Schema Store entries give names a file that the
// repository, the npm package or the release holds; the catalog's file patterns are files the tool
// reads; a `$schema` key in a JSON manifest or config is accepted.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import picomatch from "picomatch";
import { parse } from "yaml";
import { REPO, runCli, tempTree } from "../helpers/cli.js";

const read = (rel: string): string => readFileSync(join(REPO, rel), "utf8");
const editors = read("docs/editors.md");
const catalog = JSON.parse(read("docs/schemastore-catalog.json")) as {
  schemas: Array<{ name: string; description: string; fileMatch: string[]; url: string }>;
};
const pkg = JSON.parse(read("package.json")) as { files: string[] };

/** The repository file a schema URL serves, or undefined when it is none of ours. */
function served(url: string): { file: string; from: "npm" | "repository" | "release" } | undefined {
  let m = /^https:\/\/cdn\.jsdelivr\.net\/npm\/agentpolicy@[\w.^~-]+\/(.+)$/.exec(url);
  if (m) return { file: m[1]!, from: "npm" };
  m = /^https:\/\/raw\.githubusercontent\.com\/agentpolicy\/agentpolicy\/[\w.-]+\/(.+)$/.exec(url);
  if (m) return { file: m[1]!, from: "repository" };
  m = /^https:\/\/github\.com\/agentpolicy\/agentpolicy\/releases\/latest\/download\/([\w.-]+)$/.exec(url);
  if (m) return { file: `schema/${m[1]}`, from: "release" };
  m = /^\.\/node_modules\/agentpolicy\/(.+)$/.exec(url);
  if (m) return { file: m[1]!, from: "npm" };
  return undefined;
}

describe("schema URLs", () => {
  const urls = [
    ...(editors.match(/https:\/\/[^\s`"')>\]]+schema\.json|\.\/node_modules\/agentpolicy\/[\w/.-]+\.json/g) ??
      []),
    ...catalog.schemas.map((s) => s.url),
  ];
  const releaseAssets = read(".github/workflows/release.yml").match(/schema\/[\w.-]+\.json/g) ?? [];

  it("each names a schema the repository holds, shipped where the URL says", () => {
    expect(urls.length).toBeGreaterThan(8);
    for (const url of new Set(urls)) {
      const s = served(url);
      expect(s, url).toBeDefined();
      expect(() => JSON.parse(read(s!.file)), url).not.toThrow();
      if (s!.from === "npm")
        expect(
          pkg.files.some((f) => s!.file.startsWith(`${f}/`) || s!.file === f),
          url,
        ).toBe(true);
      if (s!.from === "release") expect(releaseAssets, url).toContain(s!.file);
    }
  });

  it("the schemas' $id is where the repository serves them", () => {
    for (const name of ["agent", "config"]) {
      const schema = JSON.parse(read(`schema/${name}.schema.json`)) as { $id: string };
      expect(served(schema.$id)).toEqual({ file: `schema/${name}.schema.json`, from: "repository" });
    }
  });

  it("init writes a modeline that resolves", () => {
    const dir = tempTree({});
    expect(runCli(["init"], { cwd: dir }).code).toBe(0);
    const manifest = readFileSync(join(dir, "agents", "example.agent.yaml"), "utf8");
    const url = /# yaml-language-server: \$schema=(\S+)/.exec(manifest)![1]!;
    expect(served(url)?.file).toBe("schema/agent.schema.json");
  });
});

describe("the Schema Store entries", () => {
  it("have what the catalog requires and point manifests and config at their schemas", () => {
    for (const s of catalog.schemas) {
      expect(s.name).toBeTruthy();
      expect(s.description.length).toBeGreaterThan(20);
      expect(s.fileMatch.length).toBeGreaterThan(0);
      expect(s.url).toMatch(/^https:\/\//);
    }
    expect(catalog.schemas.map((s) => served(s.url)?.file)).toEqual([
      "schema/agent.schema.json",
      "schema/config.schema.json",
    ]);
  });

  it("match the file names the tool reads, and not a generic YAML file", () => {
    const [manifest, config] = catalog.schemas.map((s) => picomatch(s.fileMatch, { basename: true }));
    for (const f of ["agents/billing-bot.agent.yaml", "x.agent.yml", "deep/a/b.agent.json"])
      expect(manifest!(f), f).toBe(true);
    for (const f of [".agentpolicy.yml", ".agentpolicy.yaml", ".agentpolicy.json"])
      expect(config!(f), f).toBe(true);
    for (const f of ["agents/values.yaml", "docker-compose.yml", "package.json"]) {
      expect(manifest!(f), f).toBe(false);
      expect(config!(f), f).toBe(false);
    }
  });
});

describe("$schema in the file itself", () => {
  it("a JSON manifest and a JSON config may name their schema", () => {
    const manifest = parse(read("examples/agents/docs-search.agent.yaml")) as Record<string, unknown>;
    const dir = tempTree({
      "agents/docs-search.agent.json": JSON.stringify({
        $schema: catalog.schemas[0]!.url,
        ...manifest,
      }),
      ".agentpolicy.json": JSON.stringify({ $schema: catalog.schemas[1]!.url, fail_on: "never" }),
    });
    const r = runCli(["check", "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { errors: unknown[]; findings: Array<{ ruleId: string }> };
    expect(report.errors).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId.startsWith("AP-SCHEMA"))).toEqual([]);
  });
});
