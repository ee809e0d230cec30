import { describe, expect, it } from "vitest";
import { discover } from "../../src/manifest/discover.js";
import { selectFiles } from "../../src/diff/select.js";
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
