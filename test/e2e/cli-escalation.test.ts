// fail_on_escalation through the built CLI: with --fail-scope new, a change that adds no finding but
// widens an agent's access fails when the base's policy names that kind of escalation, and passes when not.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { gitRepo } from "../helpers/git-repo.js";

const LEGACY = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: legacy-bot
  description: Posts reports
  owner: team:ops
permissions:
  - resource: https://api.example.com/reports
    actions: [write]
    category: external-api
    justification: posts reports
credentials:
  - name: api
    type: api-key
    ttl: 365d
    secret_ref: vault://kv/ops/api
`;

const WIDENED = LEGACY.replace("actions: [write]", "actions: [read, write]");

interface Json {
  summary: { passed: boolean; new: number; failScope: string; failingEscalations?: number };
  changes: { details: { kind: string; escalation: boolean; fails?: boolean }[] }[];
}

function estate(config: string | null) {
  const repo = gitRepo();
  repo.commit({ "agents/legacy.agent.yaml": LEGACY, ...(config ? { ".agentpolicy.yml": config } : {}) });
  repo.commit({ "agents/legacy.agent.yaml": WIDENED });
  return repo.root;
}

const check = (root: string, ...args: string[]) =>
  runCli(["check", "--base", "HEAD~1", "--fail-scope", "new", ...args], { cwd: root });

describe("access escalations the policy fails on", () => {
  it("without fail_on_escalation, a widening that adds no finding passes and is shown", () => {
    const r = check(estate(null), "-f", "json");
    const report = JSON.parse(r.stdout) as Json;
    expect(r.code).toBe(0);
    expect(report.summary).toMatchObject({ passed: true, new: 0, failScope: "new" });
    expect(report.summary.failingEscalations).toBeUndefined();
    expect(report.changes[0]?.details).toEqual([
      expect.objectContaining({ kind: "permission-widened", escalation: true }),
    ]);
    expect(report.changes[0]?.details[0]?.fails).toBeUndefined();
  });

  it("the base policy's fail_on_escalation fails the run on the kinds it names, in either scope", () => {
    const root = estate("fail_on_escalation: [permission-widened, gate-removed]\n");
    const r = check(root, "-f", "json");
    const report = JSON.parse(r.stdout) as Json;
    expect(r.code).toBe(1);
    expect(report.summary).toMatchObject({ passed: false, new: 0, failingEscalations: 1 });
    expect(report.changes[0]?.details[0]).toMatchObject({ kind: "permission-widened", fails: true });

    const text = check(root);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      "failed: 1 access escalation the policy fails on, judged on new findings only",
    );
    expect(text.stdout).toMatch(/permission-widened .*\(fails the run: fail_on_escalation\)/);
    const md = check(root, "-f", "markdown");
    expect(md.stdout).toContain("⛔ permission-widened");

    const all = runCli(["check", "--base", "HEAD~1", "--fail-on", "never", "-f", "json"], { cwd: root });
    expect(all.code).toBe(1);
    expect((JSON.parse(all.stdout) as Json).summary.failingEscalations).toBe(1);
  });

  it("a kind the policy does not name passes; true names every escalation", () => {
    expect(check(estate("fail_on_escalation: [agent-added]\n")).code).toBe(0);
    expect(check(estate("fail_on_escalation: true\n")).code).toBe(1);
  });

  it("the head cannot switch it off for itself: the base's policy judges and the edit is listed", () => {
    const repo = gitRepo();
    repo.commit({
      "agents/legacy.agent.yaml": LEGACY,
      ".agentpolicy.yml": "fail_on_escalation: [permission-widened]\n",
    });
    repo.commit({ "agents/legacy.agent.yaml": WIDENED, ".agentpolicy.yml": "fail_on_escalation: false\n" });
    const r = check(repo.root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("fail_on_escalation: [permission-widened] → false (may weaken the policy)");
  });

  it("a kind that is not an escalation is a configuration error at its line", () => {
    const repo = gitRepo();
    repo.commit({
      "agents/legacy.agent.yaml": LEGACY,
      ".agentpolicy.yml": "fail_on: high\nfail_on_escalation: [permision-added]\n",
    });
    const r = runCli(["check"], { cwd: repo.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.agentpolicy\.yml:2:\d+: /);
  });
});
