import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DEFAULT_INCLUDE, DEFAULT_INCLUDE_ENDS, discover } from "../../src/manifest/discover.js";
import { endsInLOrN } from "../../src/manifest/prefilter.js";

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), "ap-discover-"));
  temps.push(root);
  for (const f of files) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), "kind: x\n");
  }
  return root;
}

async function names(opts: Parameters<typeof discover>[0]): Promise<string[]> {
  const r = await discover(opts);
  expect(r.errors).toEqual([]);
  return r.files.map((f) => f.file);
}

const LAYOUT = [
  "a.agent.yaml",
  "b.agent.yml",
  "c.agent.json",
  "deep/x/d.agent.yaml",
  "agents/e.yaml",
  "agents/sub/f.json",
  "agents/g.txt",
  ".agents/h.yml",
  "team/agents/i.yaml",
  "other.yaml",
  "config/app.json",
  "agentsx/j.yaml",
  ".git/agents/k.yaml",
  "node_modules/pkg/agents/l.yaml",
  "deep/node_modules/m.agent.yaml",
];

describe("discover", () => {
  it("tests paths against the default globs only when they end as every one of them does", () => {
    for (const glob of DEFAULT_INCLUDE) {
      // the glob's own ending, with any {a,b} alternatives spelled out
      const last = glob.slice(glob.lastIndexOf("."));
      expect(last, glob).not.toMatch(/[*?/[\]]/);
      const endings = last.startsWith(".{")
        ? last
            .slice(2, -1)
            .split(",")
            .map((e) => `.${e}`)
        : [last];
      for (const ending of endings) {
        expect(DEFAULT_INCLUDE_ENDS.test(`x${ending}`), glob).toBe(true);
        expect(DEFAULT_INCLUDE_ENDS.test(`x${ending.toUpperCase()}`), glob).toBe(true);
        expect(endsInLOrN(`x${ending}`) && endsInLOrN(`x${ending.toUpperCase()}`), glob).toBe(true);
      }
    }
  });

  it("walks the root with the default globs, sorted, skipping .git and node_modules", async () => {
    const root = tree(LAYOUT);
    expect(await names({ root, paths: [] })).toEqual([
      ".agents/h.yml",
      "a.agent.yaml",
      "agents/e.yaml",
      "agents/sub/f.json",
      "b.agent.yml",
      "c.agent.json",
      "deep/x/d.agent.yaml",
      "team/agents/i.yaml",
    ]);
  });

  it("gives absolute paths that exist", async () => {
    const root = tree(["agents/e.yaml"]);
    const r = await discover({ root, paths: ["."] });
    expect(r.files).toEqual([{ file: "agents/e.yaml", absPath: join(root, "agents/e.yaml") }]);
  });

  it("walks only the folders given", async () => {
    const root = tree(LAYOUT);
    expect(await names({ root, paths: ["agents", "deep"] })).toEqual([
      "agents/e.yaml",
      "agents/sub/f.json",
      "deep/x/d.agent.yaml",
    ]);
  });

  it("lets include replace the default globs and exclude remove matches", async () => {
    const root = tree(LAYOUT);
    expect(await names({ root, paths: [], include: ["config/*.json", "other.yaml"] })).toEqual([
      "config/app.json",
      "other.yaml",
    ]);
    expect(await names({ root, paths: [], exclude: ["agents/**", "**/*.json"] })).toEqual([
      ".agents/h.yml",
      "a.agent.yaml",
      "b.agent.yml",
      "deep/x/d.agent.yaml",
      "team/agents/i.yaml",
    ]);
  });

  it("always takes an explicitly named file, whatever its extension", async () => {
    const root = tree(LAYOUT);
    expect(await names({ root, paths: ["agents/g.txt", "other.yaml"], exclude: ["**/*.txt"] })).toEqual([
      "agents/g.txt",
      "other.yaml",
    ]);
  });

  it("expands glob arguments relative to the root and applies exclude", async () => {
    const root = tree(LAYOUT);
    expect(await names({ root, paths: ["**/*.yml"] })).toEqual([".agents/h.yml", "b.agent.yml"]);
    expect(await names({ root, paths: ["agents/**/*.{yaml,json}"], exclude: ["**/*.json"] })).toEqual([
      "agents/e.yaml",
    ]);
    expect(await names({ root, paths: ["./agents/*.yaml"] })).toEqual(["agents/e.yaml"]);
  });

  it("de-duplicates files named several ways", async () => {
    const root = tree(LAYOUT);
    expect(await names({ root, paths: ["agents", "agents/e.yaml", "agents/*.yaml", "."] })).toContain(
      "agents/e.yaml",
    );
    const all = await names({ root, paths: ["agents", "agents/e.yaml", "agents/*.yaml"] });
    expect(all).toEqual(["agents/e.yaml", "agents/sub/f.json"]);
    // the listing too: the named file and the folder holding it list it once
    const listed = await discover({ root, paths: ["agents/e.yaml", "agents"] });
    expect(listed.listing.map((f) => f.file)).toEqual(["agents/e.yaml", "agents/g.txt", "agents/sub/f.json"]);
  });

  it("reports a missing path and a glob that matches nothing as errors", async () => {
    const root = tree(["agents/e.yaml"]);
    const r = await discover({ root, paths: ["nope", "agents", "missing/*.yaml"] });
    expect(r.files.map((f) => f.file)).toEqual(["agents/e.yaml"]);
    expect(r.errors).toEqual([
      { file: "missing/*.yaml", line: 1, column: 1, message: "no files match this pattern" },
      { file: "nope", line: 1, column: 1, message: "no such file or directory" },
    ]);
  });

  it("shows paths outside the root as ../…", async () => {
    const root = tree(["agents/e.yaml"]);
    const outside = tree(["agents/o.yaml", "x.agent.yaml"]);
    const rel = join("..", outside.split("/").pop() as string);
    const r = await discover({ root, paths: [outside] });
    expect(r.files.map((f) => f.file)).toEqual([`${rel}/agents/o.yaml`, `${rel}/x.agent.yaml`]);
  });

  it("follows symlinks inside the root, never outside it", async () => {
    const outside = tree(["agents/secret.yaml", "leak.agent.yaml"]);
    const root = tree(["agents/e.yaml", "real/r.agent.yaml"]);
    symlinkSync(join(outside, "agents"), join(root, "agents", "linked"));
    symlinkSync(join(outside, "leak.agent.yaml"), join(root, "leak.agent.yaml"));
    symlinkSync(join(root, "real"), join(root, "alias"));
    symlinkSync(join(root, "real", "r.agent.yaml"), join(root, "agents", "r-link.yaml"));
    const r = await discover({ root, paths: [] });
    expect(r.errors).toEqual([]);
    // the one real file behind real/, alias/ and agents/r-link.yaml is listed once, under its smallest name
    expect(r.files.map((f) => f.file)).toEqual(["agents/e.yaml", "agents/r-link.yaml"]);
    expect(r.listing.map((f) => f.file)).toEqual(["agents/e.yaml", "agents/r-link.yaml"]);
    const named = await discover({ root, paths: ["leak.agent.yaml", "agents/linked/secret.yaml"] });
    expect(named.files).toEqual([]);
    expect(named.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/outside the scan root/),
      expect.stringMatching(/outside the scan root/),
    ]);
  });

  it("survives symlink cycles", async () => {
    const root = tree(["agents/e.yaml"]);
    symlinkSync(join(root, "agents"), join(root, "agents", "loop"));
    symlinkSync(join(root), join(root, "agents", "up"));
    const r = await discover({ root, paths: [] });
    expect(r.errors).toEqual([]);
    expect(r.files.map((f) => f.file)).toEqual(["agents/e.yaml"]);
  });

  it("ignores dangling symlinks", async () => {
    const root = tree(["agents/e.yaml"]);
    symlinkSync(join(root, "nowhere.yaml"), join(root, "agents", "dangling.yaml"));
    expect(await names({ root, paths: [] })).toEqual(["agents/e.yaml"]);
  });
});
