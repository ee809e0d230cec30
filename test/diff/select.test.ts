import { describe, expect, it } from "vitest";
import { discover } from "../../src/manifest/discover.js";
import { listFiles, selectFiles } from "../../src/diff/select.js";
import { gitRepo } from "../helpers/git-repo.js";

const FILES = [
  "a.agent.yaml",
  "agents/one.yaml",
  "agents/sub/two.json",
  "agents/notes.md",
  "agents/node_modules/dep.yaml",
  ".agents/hidden.yml",
  "deep/x/y.agent.json",
  "deep/agents/z.yml",
  "config/settings.yaml",
  "node_modules/pkg/p.agent.yaml",
  "explicit/manifest.txt",
];

describe("selectFiles picks what discovery picks", () => {
  const repo = gitRepo();
  repo.commit(Object.fromEntries(FILES.map((f) => [f, "x: 1\n"])));

  const cases: Array<{ paths: string[]; include?: string[]; exclude?: string[] }> = [
    { paths: [] },
    { paths: ["."] },
    { paths: ["agents"] },
    { paths: ["./agents/"] },
    { paths: ["deep", "a.agent.yaml"] },
    { paths: ["explicit/manifest.txt"] },
    { paths: ["**/*.yml"] },
    { paths: ["agents/**/*.json"] },
    { paths: [], exclude: ["agents/sub/**"] },
    { paths: [], include: ["config/*.yaml"] },
    { paths: ["missing", "../outside"] },
  ];
  for (const c of cases) {
    it(`paths ${JSON.stringify(c.paths)} include ${JSON.stringify(c.include ?? [])} exclude ${JSON.stringify(c.exclude ?? [])}`, async () => {
      const found = await discover({ root: repo.root, ...c });
      expect(selectFiles(FILES, c)).toEqual(found.files.map((f) => f.file));
    });
  }
});

describe("listFiles lists what the walk lists", () => {
  const LISTED = [
    ...FILES,
    "svc/package.json",
    "svc/src/index.ts",
    "svc/.venv/pyvenv.cfg",
    "svc/.venv/lib/openai/__init__.py",
    "env/pyvenv.cfg",
    "env/lib/requirements.txt",
    "vendor/x/go.mod",
    "build/out.js",
  ];
  const repo = gitRepo();
  repo.commit(Object.fromEntries(LISTED.map((f) => [f, "x: 1\n"])));

  const cases: Array<{ paths: string[]; exclude?: string[] }> = [
    { paths: [] },
    { paths: ["svc"] },
    { paths: ["svc/src/index.ts", "deep"] },
    { paths: ["**/*.json"] },
    { paths: [], exclude: ["agents/**"] },
  ];
  for (const c of cases) {
    it(`paths ${JSON.stringify(c.paths)} exclude ${JSON.stringify(c.exclude ?? [])}`, async () => {
      const found = await discover({ root: repo.root, ...c });
      // git's own files are never in a commit's tree
      const walked = found.listing.map((f) => f.file).filter((f) => !f.startsWith(".git/"));
      expect(listFiles(LISTED, c)).toEqual(walked);
    });
  }
});
