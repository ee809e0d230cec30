// `agentpolicy check --base REF`, spawned: the same comparison the action makes, from git.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { gitRepo } from "../helpers/git-repo.js";

const agent = (ttl: string) => `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: billing-bot
  description: Issues refunds
  owner: team:payments
permissions:
  - resource: https://api.stripe.com/v1/refunds
    actions: [write]
    category: payments
    justification: Issues refunds
credentials:
  - name: stripe
    type: oauth-client-credentials
    ttl: ${ttl}
`;

describe("agentpolicy check --base", () => {
  const repo = gitRepo();
  const base = repo.commit({ "agents/billing.agent.yaml": agent("15m") });
  repo.commit({ "agents/billing.agent.yaml": agent("7d") });

  it("adds base, changes, fixed and new to the JSON report", () => {
    const r = runCli(["check", "--base", "HEAD~1", "--format", "json"], { cwd: repo.root });
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout);
    expect(report.base).toEqual({ ref: "HEAD~1", sha: base });
    expect(report.changes).toEqual([
      {
        agent: "billing-bot",
        file: "agents/billing.agent.yaml",
        change: "modified",
        details: [
          {
            kind: "credential-ttl-changed",
            path: "/credentials/0/ttl",
            subject: "credential stripe TTL",
            before: "15m",
            after: "7d",
            escalation: true,
          },
        ],
      },
    ]);
    const fresh = report.findings.filter((f: { new: boolean }) => f.new);
    expect(fresh.map((f: { ruleId: string }) => f.ruleId)).toEqual(["AP-CRED-003"]);
    expect(report.summary.new).toBe(1);
    expect(report.summary.unchanged).toBe(report.findings.length - 1);
  });

  it("an unknown ref is a usage error (exit 2)", () => {
    const r = runCli(["check", "--base", "no-such-ref"], { cwd: repo.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--base: cannot resolve 'no-such-ref'/);
  });
});

describe("agentpolicy check --base reads CODEOWNERS at the base", () => {
  // a manifest that names no owner: CODEOWNERS stands in for it (the owner of last resort)
  const unowned = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: triage-bot
  description: Labels new issues
`;
  const repo = gitRepo();
  repo.commit({
    "agents/triage.agent.yaml": unowned,
    ".github/CODEOWNERS": "/agents/ @acme/dev-experience\n",
  });
  repo.commit({ ".github/CODEOWNERS": "/agents/ @acme/platform\n" });

  it("an owner change in CODEOWNERS is an owner change, and owner findings are compared like for like", () => {
    const r = runCli(["check", "--base", "HEAD~1", "--format", "json", "--fail-on", "never"], {
      cwd: repo.root,
    });
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout);
    expect(report.changes).toEqual([
      {
        agent: "triage-bot",
        file: "agents/triage.agent.yaml",
        change: "modified",
        details: [
          {
            kind: "owner-changed",
            path: "/metadata/owner",
            subject: "owner",
            before: "team:acme/dev-experience",
            after: "team:acme/platform",
            escalation: false,
          },
        ],
      },
    ]);
    // owned at the base too: no "has no owner" finding there to count as fixed
    const ruleIds = (fs: { ruleId: string }[]) => fs.map((f) => f.ruleId);
    expect(ruleIds(report.fixed)).toEqual([]);
    expect(report.summary.new).toBe(0);
    expect(ruleIds(report.findings)).not.toContain("AP-ID-003");
  });

  it("CODEOWNERS removed: the agent loses its owner, an escalation and a new finding", () => {
    const gone = gitRepo();
    gone.commit({ "agents/triage.agent.yaml": unowned, CODEOWNERS: "*.yaml @acme/platform\n" });
    gone.commit({ CODEOWNERS: null });
    const r = runCli(["check", "--base", "HEAD~1", "--format", "json", "--fail-on", "never"], {
      cwd: gone.root,
    });
    const report = JSON.parse(r.stdout);
    expect(report.changes[0].details).toEqual([
      {
        kind: "owner-changed",
        path: "/metadata/owner",
        subject: "owner",
        before: "team:acme/platform",
        escalation: true,
      },
    ]);
    const fresh = report.findings
      .filter((f: { new: boolean }) => f.new)
      .map((f: { ruleId: string }) => f.ruleId);
    expect(fresh).toEqual(["AP-ID-003"]);
  });
});
