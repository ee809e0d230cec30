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
