// The release workflow, the changelog it reads, and every workflow's shell steps: what a release
// promises (verified dist, provenance, schemas attached, major tag moved) is actually in the file,
// and no `${{ }}` expression of outside data is pasted into a script.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { REPO } from "../helpers/cli.js";
import { notes, problems } from "../../scripts/changelog.mjs";

type Step = { name?: string; run?: string; uses?: string; with?: Record<string, unknown>; if?: string };
type Job = { permissions?: Record<string, string>; steps?: Step[]; needs?: string; uses?: string };
type Workflow = {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
};

const read = (rel: string): string => readFileSync(join(REPO, rel), "utf8");
const workflow = (rel: string): Workflow => parse(read(rel)) as Workflow;
const runs = (job: Job): string => (job.steps ?? []).map((s) => s.run ?? "").join("\n");

describe("release.yml", () => {
  const wf = workflow(".github/workflows/release.yml");
  const { verify, publish } = wf.jobs;

  it("runs on version tags only, reading by default and writing only where it publishes", () => {
    expect(Object.keys(wf.on)).toEqual(["push"]);
    const tags = (wf.on.push as { tags: string[] }).tags;
    expect(tags.length).toBeGreaterThan(0);
    expect(wf.permissions).toEqual({ contents: "read" });
    expect(verify!.permissions).toBeUndefined();
    expect(publish!.permissions).toEqual({ contents: "write", "id-token": "write" });
    expect(publish!.needs).toBe("verify");
  });

  it("verifies tag, changelog, checks, tests and that dist/ equals a fresh build before publishing", () => {
    const script = runs(verify!);
    expect(script).toContain('"$TAG" != "v$version"');
    expect(script).toContain("node scripts/changelog.mjs check");
    for (const cmd of ["npm ci", "npm run -s typecheck", "npm run -s lint", "npm test", "npm run -s build"])
      expect(script).toContain(cmd);
    expect(script).toMatch(/git status --porcelain -- dist/);
  });

  it("publishes with provenance, attaches the schemas that exist, moves the major tag", () => {
    const script = runs(publish!);
    expect(script).toMatch(/npm publish --provenance --access public/);
    const release = publish!.steps!.find((s) => s.run?.includes("gh release create"))!;
    const attached = release.run!.match(/schema\/[\w.-]+\.json/g) ?? [];
    expect(attached).toContain("schema/agent.schema.json");
    for (const file of attached) expect(existsSync(join(REPO, file)), file).toBe(true);
    const move = publish!.steps!.find((s) => s.name === "Move the major tag")!;
    expect(move.run).toContain('major="${TAG%%.*}"');
    expect(move.run).toContain('git push --force origin "refs/tags/$major"');
    expect(move.if).toContain("'-'"); // pre-releases leave the major tag alone
  });
});

describe("CHANGELOG.md", () => {
  const text = read("CHANGELOG.md");

  it("is in Keep a Changelog form, with a section for the package's version", () => {
    expect(problems(text)).toEqual([]);
    const { version } = JSON.parse(read("package.json")) as { version: string };
    expect(notes(text, version)).toBeTruthy();
  });

  it("finds the problems a hand edit makes", () => {
    const bad = [
      "# Changelog",
      "## [1.1.0] - 2026-01-02",
      "### Improved",
      "- x",
      "## [1.2.0] - 2026-03-01",
      "## [1.2.0]",
      "[1.1.0]: https://example.com",
    ].join("\n");
    expect(problems(bad)).toEqual([
      'the first section must be "## [Unreleased]"',
      'line 3: "### Improved" is not one of Added, Changed, Deprecated, Removed, Fixed, Security',
      'line 5: no link reference "[1.2.0]: <url>"',
      'line 6: [1.2.0] needs " - YYYY-MM-DD"',
      'line 6: no link reference "[1.2.0]: <url>"',
      "line 6: [1.2.0] appears twice",
    ]);
  });

  it("gives a version's notes on the command line, and fails for a version it lacks", () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ["scripts/changelog.mjs", ...args], { cwd: REPO, encoding: "utf8" });
    const ok = cli("notes", "v0.1.0");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^### Added\n/);
    expect(ok.stdout).not.toContain("## [");
    const missing = cli("notes", "9.9.9");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("## [9.9.9]");
  });
});

describe("every workflow shipped", () => {
  const files = [
    ...readdirSync(join(REPO, ".github", "workflows")).map((f) => `.github/workflows/${f}`),
    ...readdirSync(join(REPO, "examples", "workflows")).map((f) => `examples/workflows/${f}`),
  ].filter((f) => /\.ya?ml$/.test(f));

  it.each(files)("%s pastes no outside data into a shell script (it goes through env:)", (file) => {
    const wf = workflow(file);
    for (const [name, job] of Object.entries(wf.jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.run) continue;
        const expressions = step.run.match(/\$\{\{[^}]*\}\}/g) ?? [];
        expect(expressions, `${file} job ${name} step ${step.name ?? step.run.slice(0, 40)}`).toEqual([]);
      }
    }
  });
});

describe("the reusable inventory workflow", () => {
  const wf = workflow(".github/workflows/agentpolicy-inventory.yml");
  const scan = wf.jobs.scan!;

  it("is callable with a list of repositories and reads only", () => {
    const call = wf.on.workflow_call as { inputs: Record<string, { type: string; required?: boolean }> };
    expect(call.inputs.repositories).toMatchObject({ type: "string", required: true });
    expect(wf.permissions).toEqual({ contents: "read" });
    expect(JSON.stringify(scan)).toContain("fromJSON(inputs.repositories)");
  });

  it("writes OCSF findings and a CycloneDX BOM per repository and uploads them", () => {
    const script = runs(scan);
    expect(script).toMatch(/check \. --fail-on never --format ocsf --output "\$out\/findings\.ocsf\.jsonl"/);
    expect(script).toMatch(/inventory \. --format cyclonedx --output "\$out\/agents\.cdx\.json"/);
    const upload = scan.steps!.find((s) => s.uses?.startsWith("actions/upload-artifact@"))!;
    expect(upload.with!.path).toBe("${{ runner.temp }}/agentpolicy");
  });

  it("is what the organisation example calls", () => {
    const example = workflow("examples/workflows/organisation-inventory.yml");
    expect(example.jobs.inventory!.uses).toBe(
      "agentpolicy/agentpolicy/.github/workflows/agentpolicy-inventory.yml@v1",
    );
  });
});
