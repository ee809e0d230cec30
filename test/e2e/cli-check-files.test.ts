// check FILE... spawned, as a pre-commit hook runs it: the named files are reported on, their repository is
// the context (names, identities and secrets shared across manifests), and waivers about agents that were
// not named are not findings. Also runs the pre-commit framework's hook entry and the plain git hook.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CLI, REPO, runCli, tempTree } from "../helpers/cli.js";
import { gitRepo } from "../helpers/git-repo.js";

const agent = (name: string, owner = "team:data", extra = ""): string => `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: ${name}
  description: Reads one table
  owner: ${owner}
permissions:
  - resource: postgres://db/table
    actions: [read]
    category: database
    justification: reads it
${extra}`;

const waiver = (check: string, name: string, expires: string): string =>
  `  - check: ${check}\n    agent: ${name}\n    reason: legacy\n    approved_by: cto@example.com\n    expires: ${expires}\n`;

interface Json {
  summary: { files: number; agents: number; waived: number; passed: boolean };
  findings: {
    ruleId: string;
    file: string;
    agent?: string;
    status: string;
    new?: boolean;
    related?: { file: string }[];
  }[];
  errors: { file: string; message: string }[];
  agents: { name: string; file: string }[];
}

/** A repository: a .git folder marks its root. */
function repo(files: Record<string, string>): string {
  const root = tempTree(files);
  mkdirSync(join(root, ".git"));
  return root;
}

/** A date a month ahead: a waiver in force. */
const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

const estate = (): string =>
  repo({
    ".agentpolicy.yml":
      "waivers:\n" +
      waiver("AP-ID-001", "payments", "2020-01-01") + // expired, about an agent that is not named
      waiver("AP-AUDIT-001", "ghost", soon) + // stale: no agent has that name
      waiver("AP-ID-011", "billing", "2020-01-01"), // expired, about the named agent
    "agents/billing.agent.yaml": agent("billing"),
    "services/payments/agent.yaml": agent("payments"),
    "services/ledger/agent.yaml": agent("billing", "team:ledger"), // reuses the named agent's name
    "services/broken/agent.yaml": "apiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata: [\n",
  });

describe("check FILE...", () => {
  it("reports on the named file, with the repository as context", () => {
    const root = estate();
    const r = runCli(["check", "agents/billing.agent.yaml", "-f", "json", "--fail-on", "never"], {
      cwd: root,
    });
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout) as Json;
    expect(report.agents.map((a) => `${a.name}@${a.file}`)).toEqual(["billing@agents/billing.agent.yaml"]);
    expect(report.summary.agents).toBe(1);
    expect(report.summary.files).toBe(1);
    // the name another manifest of the repository reuses is seen, with that manifest as related
    const dup = report.findings.find((f) => f.ruleId === "AP-ID-004");
    expect(dup?.file).toBe("agents/billing.agent.yaml");
    expect(dup?.related?.map((x) => x.file)).toEqual(["services/ledger/agent.yaml"]);
    // nothing located in, or about, the files that were not named
    for (const f of report.findings) {
      if (f.ruleId.startsWith("AP-POLICY-")) expect(f.file).toBe(".agentpolicy.yml");
      else expect(f.file).toBe("agents/billing.agent.yaml");
    }
    expect(report.errors).toEqual([]); // services/broken is not this run's
    // the config's entries about the named agent are findings; those about others are not
    const policy = report.findings.filter((f) => f.ruleId.startsWith("AP-POLICY-"));
    expect(policy.map((f) => f.ruleId)).toEqual(["AP-POLICY-001"]);
    expect(JSON.stringify(policy)).toContain("AP-ID-011");
    expect(JSON.stringify(report)).not.toContain("ghost");
    expect(JSON.stringify(report.findings)).not.toMatch(/payments/);

    // the whole repository, by contrast, reports all of it
    const all = JSON.parse(
      runCli(["check", "-f", "json", "--fail-on", "never"], { cwd: root }).stdout,
    ) as Json;
    expect(all.findings.filter((f) => f.ruleId.startsWith("AP-POLICY-")).length).toBe(3);
    expect(all.errors.map((e) => e.file)).toEqual(["services/broken/agent.yaml"]);
  });

  it("the named file's own findings decide the exit code, not the rest of the repository", () => {
    const root = repo({
      "agents/reader.agent.yaml": agent("reader"),
      "services/broken/agent.yaml": "apiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata: [\n",
    });
    const named = runCli(["check", "agents/reader.agent.yaml", "--fail-on", "critical"], { cwd: root });
    expect(named.code).toBe(0);
    expect(named.stdout).not.toContain("services/broken");
    expect(runCli(["check", "--fail-on", "critical"], { cwd: root }).code).toBe(1);
  });

  it("from a subfolder, the repository root is the context and the config applies", () => {
    const root = estate();
    const r = runCli(["check", "billing.agent.yaml", "-f", "json", "--fail-on", "never"], {
      cwd: join(root, "agents"),
    });
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout) as Json;
    expect(report.agents.map((a) => a.file)).toEqual(["agents/billing.agent.yaml"]);
    expect(report.findings.some((f) => f.ruleId === "AP-ID-004")).toBe(true);
    expect(report.findings.filter((f) => f.ruleId.startsWith("AP-POLICY-")).map((f) => f.file)).toEqual([
      ".agentpolicy.yml",
    ]);
  });

  it("without .git, the folder of the config is the repository", () => {
    const root = tempTree({
      ".agentpolicy.yml": "fail_on: never\n",
      "a/one.agent.yaml": agent("same"),
      "b/two.agent.yaml": agent("same", "team:other"),
    });
    const r = runCli(["check", "one.agent.yaml", "-f", "json"], { cwd: join(root, "a") });
    const report = JSON.parse(r.stdout) as Json;
    expect(r.code).toBe(0); // the config's fail_on applies
    expect(report.findings.find((f) => f.ruleId === "AP-ID-004")?.related?.map((x) => x.file)).toEqual([
      "b/two.agent.yaml",
    ]);
  });

  it("a named file with no agent is still empty unless --allow-empty", () => {
    const root = estate();
    const r = runCli(["check", ".agentpolicy.yml"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no agents found in .agentpolicy.yml");
    const allowed = runCli(["check", ".agentpolicy.yml", "--allow-empty", "-f", "json"], { cwd: root });
    expect(allowed.code).toBe(0);
    expect((JSON.parse(allowed.stdout) as Json).summary.agents).toBe(0);
  });

  it("with --base, the named file is compared with its version at the base", () => {
    const repo = gitRepo();
    repo.commit({ "agents/billing.agent.yaml": agent("billing"), "agents/other.agent.yaml": agent("other") });
    // the other agent now shares billing's name: new for the named file too, through the context
    writeFileSync(join(repo.root, "agents/other.agent.yaml"), agent("billing", "team:other"));
    const r = runCli(
      ["check", "agents/billing.agent.yaml", "--base", "HEAD", "--fail-scope", "new", "-f", "json"],
      { cwd: repo.root },
    );
    const report = JSON.parse(r.stdout) as Json;
    expect(report.findings.filter((f) => f.new).map((f) => f.ruleId)).toEqual(["AP-ID-004"]);
    expect(report.findings.every((f) => f.file === "agents/billing.agent.yaml")).toBe(true);
    expect(r.code).toBe(1);
  });

  it("a folder keeps its meaning: only what is under it", () => {
    const root = estate();
    const r = runCli(["check", "agents", "-f", "json", "--fail-on", "never"], { cwd: root });
    const report = JSON.parse(r.stdout) as Json;
    expect(report.findings.some((f) => f.ruleId === "AP-ID-004")).toBe(false);
  });
});

describe("pre-commit hooks", () => {
  const hooks = parse(readFileSync(join(REPO, ".pre-commit-hooks.yaml"), "utf8")) as Record<
    string,
    unknown
  >[];

  it("the pre-commit framework's hook manifest declares the agentpolicy hook with the required fields", () => {
    const hook = hooks.find((h) => h.id === "agentpolicy");
    expect(hook).toMatchObject({ name: expect.any(String), language: "node", require_serial: true });
    expect(hook?.entry).toMatch(/^agentpolicy check\b/);
    expect(hook?.types_or).toEqual(["yaml", "json", "toml"]);
  });

  it("the hook's entry passes a commit of non-agent files and fails one that adds a failing agent", () => {
    const entry = String(hooks.find((h) => h.id === "agentpolicy")?.entry)
      .split(" ")
      .slice(1);
    const root = estate();
    const run = (files: string[]) =>
      spawnSync(process.execPath, [CLI, ...entry, ...files], { cwd: root, encoding: "utf8" });
    expect(run([".agentpolicy.yml"]).status).toBe(0);
    const failed = run(["agents/billing.agent.yaml", ".agentpolicy.yml"]);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain("agents/billing.agent.yaml");
    expect(failed.stdout).not.toContain("services/payments");
  });

  it("the plain git hook checks the staged files", () => {
    const root = tempTree({
      "agents/billing.agent.yaml": agent("billing"),
      "docs/notes.yaml": "a: 1\n",
    });
    const git = (...args: string[]) =>
      spawnSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], {
        cwd: root,
        encoding: "utf8",
      });
    git("init", "-q");
    const hook = join(REPO, "examples/hooks/pre-commit");
    const env = { PATH: process.env.PATH ?? "", AGENTPOLICY: `${process.execPath} ${CLI}` };
    const runHook = () => spawnSync("sh", [hook], { cwd: root, encoding: "utf8", env });
    git("add", "docs/notes.yaml");
    expect(runHook().status).toBe(0);
    git("add", "agents/billing.agent.yaml");
    const failed = runHook();
    expect(failed.status).not.toBe(0);
    expect(failed.stdout).toContain("agents/billing.agent.yaml");
  });
});
