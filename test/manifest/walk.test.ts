import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { discover } from "../../src/manifest/discover.js";
import { SKIPPED_DIRS } from "../../src/manifest/walk.js";

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A folder with these files; a value other than undefined is the file's text. */
function tree(files: Record<string, string | undefined> | string[]): string {
  const root = mkdtempSync(join(tmpdir(), "ap-walk-"));
  temps.push(root);
  const entries = Array.isArray(files) ? files.map((f) => [f, undefined] as const) : Object.entries(files);
  for (const [f, text] of entries) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), text ?? "kind: x\n");
  }
  return root;
}

async function listing(root: string, paths: string[] = [], exclude?: string[]): Promise<string[]> {
  const r = await discover({ root, paths, exclude });
  expect(r.errors).toEqual([]);
  return r.listing.map((f) => f.file);
}

describe("repository walk: .gitignore", () => {
  it("honours nested .gitignore files, with deeper files and negations taking precedence", async () => {
    const root = tree({
      ".gitignore": "*.log\ngenerated/\n/secret.agent.yaml\n",
      "a.agent.yaml": undefined,
      "secret.agent.yaml": undefined,
      "sub/secret.agent.yaml": undefined, // the root file's rule is anchored: this one stays
      "debug.log": undefined,
      "generated/x.agent.yaml": undefined,
      "svc/.gitignore": "!keep.log\nlocal/\n",
      "svc/keep.log": undefined,
      "svc/drop.log.txt": undefined,
      "svc/other.log": undefined,
      "svc/local/y.agent.yaml": undefined,
      "svc/agents/z.yaml": undefined,
    });
    expect(await listing(root)).toEqual([
      ".gitignore",
      "a.agent.yaml",
      "sub/secret.agent.yaml",
      "svc/.gitignore",
      "svc/agents/z.yaml",
      "svc/drop.log.txt",
      "svc/keep.log",
    ]);
    const r = await discover({ root, paths: [] });
    expect(r.files.map((f) => f.file)).toEqual([
      "a.agent.yaml",
      "sub/secret.agent.yaml",
      "svc/agents/z.yaml",
    ]);
  });

  it("never re-includes a file whose folder is ignored (as git does)", async () => {
    const root = tree({
      ".gitignore": "build-out/\n!build-out/keep.agent.yaml\nagents/*\n!agents/kept.yaml\n",
      "build-out/keep.agent.yaml": undefined,
      "agents/dropped.yaml": undefined,
      "agents/kept.yaml": undefined,
    });
    expect(await listing(root)).toEqual([".gitignore", "agents/kept.yaml"]);
  });

  it("applies the ancestors' .gitignore files and .git/info/exclude when the root is inside a work tree", async () => {
    const top = tree({
      ".git/info/exclude": "*.tmp\n",
      ".gitignore": "ignored-here/\n",
      "apps/.gitignore": "/web/cache/\n",
      "apps/web/cache/a.agent.yaml": undefined,
      "apps/web/agents/b.yaml": undefined,
      "apps/web/ignored-here/c.agent.yaml": undefined,
      "apps/web/scratch.tmp": undefined,
      "apps/web/package.json": "{}",
    });
    const root = join(top, "apps", "web");
    expect(await listing(root)).toEqual(["agents/b.yaml", "package.json"]);
  });

  it("treats a .git file (a linked work tree or submodule) as the work tree's top", async () => {
    const top = tree({
      ".git": "gitdir: elsewhere\n",
      ".gitignore": "skip/\n",
      "svc/skip/a.agent.yaml": undefined,
      "svc/b.agent.yaml": undefined,
    });
    expect(await listing(join(top, "svc"))).toEqual(["b.agent.yaml"]);
  });

  it("compares ignore patterns with case, unless the repository's core.ignorecase says otherwise", async () => {
    const files = {
      ".gitignore": "build/\n*.LOG\n",
      "Build/a.agent.yaml": undefined,
      "build/b.agent.yaml": undefined,
      "x.log": undefined,
    };
    // as git on Linux, where clones leave core.ignorecase false (rg compares with case too)
    const linux = tree({ ...files, ".git/config": "[core]\n\tbare = false\n" });
    expect(await listing(linux)).toEqual(
      [".git/config", ".gitignore", "Build/a.agent.yaml", "x.log"].slice(1),
    );
    // as a clone on macOS or Windows, where git init writes ignorecase = true
    const mac = tree({ ...files, ".git/config": "[core]\n\tignorecase = true\n" });
    expect(await listing(mac)).toEqual([".gitignore"]);
  });

  it("does not apply .gitignore files of folders above a root outside any work tree", async () => {
    const outer = tree({ ".gitignore": "*\n", "inner/a.agent.yaml": undefined });
    expect(await listing(join(outer, "inner"))).toEqual(["a.agent.yaml"]);
  });
});

describe("repository walk: skipped folders", () => {
  it("never enters dependency, virtualenv, vendor, build-output or VCS folders", async () => {
    const skipped = [
      "node_modules",
      ".venv",
      "venv",
      "vendor",
      "dist",
      "build",
      "target",
      ".git",
      "__pycache__",
      ".next",
    ];
    for (const name of skipped) expect(SKIPPED_DIRS.has(name)).toBe(true);
    const root = tree([
      "svc/package.json",
      ...skipped.map((d) => `svc/${d}/pkg/package.json`),
      "py/env/pyvenv.cfg",
      "py/env/lib/python3.12/site/pyproject.toml",
      "py/pyproject.toml",
    ]);
    expect(await listing(root)).toEqual(["py/pyproject.toml", "svc/package.json"]);
  });

  it("skips a file named like a skipped folder only when it is a folder", async () => {
    const root = tree(["build", "dist.agent.yaml"]);
    expect(await listing(root)).toEqual(["build", "dist.agent.yaml"]);
  });

  it("walks a skipped folder that is named explicitly, and skips again below it", async () => {
    const root = tree(["dist/agents/a.yaml", "dist/node_modules/x/agents/b.yaml"]);
    expect(await listing(root, ["dist"])).toEqual(["dist/agents/a.yaml"]);
  });

  it("applies exclude to the listing, and lists named files whatever their name", async () => {
    const root = tree(["a/package.json", "b/package.json", "notes.txt"]);
    expect(await listing(root, [], ["b/**"])).toEqual(["a/package.json", "notes.txt"]);
    expect(await listing(root, ["notes.txt"])).toEqual(["notes.txt"]);
  });
});

describe("repository walk: symlinks", () => {
  it("ends on symlink cycles and lists a linked folder's files once, under the plain path", async () => {
    const root = tree(["pkg/package.json", "pkg/src/index.ts"]);
    symlinkSync(join(root, "pkg"), join(root, "pkg", "src", "loop"));
    symlinkSync(root, join(root, "pkg", "up"));
    symlinkSync(join(root, "pkg"), join(root, "a-alias"));
    expect(await listing(root)).toEqual(["pkg/package.json", "pkg/src/index.ts"]);
  });

  it("walks a folder reached only through a link inside the root", async () => {
    const root = tree(["shared/real/package.json"]);
    mkdirSync(join(root, "apps"));
    symlinkSync(join(root, "shared", "real"), join(root, "apps", "linked"));
    // one real file reached by two walks is listed once, under its smaller name
    expect(await listing(root, ["shared", "apps"])).toEqual(["apps/linked/package.json"]);
    expect(await listing(root, ["apps"])).toEqual(["apps/linked/package.json"]);
  });
});

describe("repository walk: a named folder git ignores", () => {
  it("is walked with its own .gitignore files only", async () => {
    const top = tree({
      ".git/HEAD": "ref: x\n",
      ".gitignore": "scratch/\n",
      "scratch/a.agent.yaml": undefined,
      "scratch/.gitignore": "*.tmp\n",
      "scratch/b.tmp": undefined,
    });
    expect(await listing(join(top, "scratch"))).toEqual([".gitignore", "a.agent.yaml"]);
    expect(await listing(top)).toEqual([".gitignore"]);
  });
});
