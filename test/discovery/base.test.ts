// Code discovery on the base commit through a reader over GitHub's contents API (the action without the
// base commit in its checkout): a pull request's unchanged files come from the disk, changed ones from the
// API; without the pull request's file list every read is a request, so source files are not searched.
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runCheck, type CheckOptions } from "../../src/check.js";
import { remoteBaseReader } from "../../src/diff/base.js";
import { checkBase } from "../../src/pipeline/base.js";

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "ap-base-code-"));
  temps.push(root);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), text);
  }
  return root;
}

const pkg = (deps: Record<string, string>) => JSON.stringify({ name: "bot", dependencies: deps }, null, 2);

// the working tree (the pull request's head)
const HEAD = {
  "svc/package.json": pkg({ express: "4", "@langchain/langgraph": "1" }),
  "svc/src/graph.ts": 'import { StateGraph } from "@langchain/langgraph";\n',
  "tools/requirements.txt": "crewai==0.80\n",
};
// the same files at the base, as the contents API serves them
const AT_BASE: Record<string, string> = {
  "svc/package.json": pkg({ "@langchain/langgraph": "1" }),
  "svc/src/graph.ts": HEAD["svc/src/graph.ts"],
};

function options(root: string): CheckOptions {
  return { root, paths: [], failOn: "never", maxFileSize: 1 << 20 };
}

function signalsOf(report: { components?: { path: string; signals: { type: string; file: string }[] }[] }) {
  return (report.components ?? []).map(
    (c) => `${c.path}: ${c.signals.map((s) => `${s.type} ${s.file}`).join(", ")}`,
  );
}

describe("code discovery at the base through the contents API", () => {
  it("with the pull request's files: changed files fetched, the rest read from the disk, imports included", async () => {
    const root = tree(HEAD);
    const head = await runCheck(options(root));
    const fetched: string[] = [];
    const reader = remoteBaseReader({
      sha: "b".repeat(40),
      prefix: "",
      workTree: root,
      changed: [
        { file: "svc/package.json", status: "modified" },
        { file: "tools/requirements.txt", status: "added" },
      ],
      async fetch(path) {
        fetched.push(path);
        return AT_BASE[path] !== undefined ? Buffer.from(AT_BASE[path]) : undefined;
      },
    });
    const base = await checkBase(head, reader, options(root));
    expect(signalsOf(base.report)).toEqual(["svc: dependency svc/package.json, import svc/src/graph.ts"]);
    expect(fetched).toEqual(["svc/package.json"]);
    expect(base.report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([
      "AP-SHADOW-001 svc/package.json:4",
    ]);
  });

  it("without them: every file is a request, so only dependency and config files are read", async () => {
    const root = tree(HEAD);
    const head = await runCheck(options(root));
    const fetched: string[] = [];
    const reader = remoteBaseReader({
      sha: "c".repeat(40),
      prefix: "",
      listAll: async () => ({ files: Object.keys(AT_BASE), complete: true }),
      async fetch(path) {
        fetched.push(path);
        return AT_BASE[path] !== undefined ? Buffer.from(AT_BASE[path]) : undefined;
      },
    });
    const base = await checkBase(head, reader, options(root));
    expect(signalsOf(base.report)).toEqual(["svc: dependency svc/package.json"]);
    expect(fetched).toEqual(["svc/package.json"]);
  });
});
