// Fail closed when the base is unknown. A pull request is judged by the policy at its base; when that
// base cannot be read (GitHub failing after retries, rate limits, a token without contents: read, a base
// missing from a shallow checkout), the pull request's own .agentpolicy.yml must never take its place:
// the built-in defaults judge, the comment, summary and outputs say so, and the run fails unless the
// workflow opted in to the defaults. Base policy files are read from the base itself: a pull request
// too large to list, or a head checkout newer than the file list, cannot make them disappear.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Report } from "../../src/report/model.js";
import { runAction, type ActionRun } from "../helpers/action.js";
import { gitRepo } from "../helpers/git-repo.js";
import { startGitHubServer, type Fault, type GitHubServer } from "../helpers/github-server.js";

const PR = 12;
const MARKER = "<!-- agentpolicy -->";
const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

/** An agent with an ungated payment permission: AP-GATE-001 (high) at least. */
const AGENT = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: refund-bot
  description: Issues refunds
  owner: team:payments
permissions:
  - resource: https://api.stripe.com/v1/refunds
    actions: [write]
    category: payments
    justification: Issues refunds
`;

/** What the attacker's pull request brings: a policy that waives its own violation and never fails. */
const HEAD_POLICY = `fail_on: never
waivers:
  - check: AP-GATE-001
    agent: refund-bot
    reason: trust me
    approved_by: attacker@example.com
    expires: ${expires}
`;

/** A pack check at the base: every agent needs a cost centre label. */
const PACK_CHECK = `checks:
  - id: ORG-COST-001
    title: Agent has no cost centre
    severity: high
    principle: identity
    description: Every agent is billed to a cost centre.
    remediation: Add metadata.labels.cost_centre.
    at: /metadata/labels/cost_centre
    assert: { present: { var: agent.metadata.labels.cost_centre } }
    message: Agent {{agent.metadata.name}} has no cost centre
`;

let server: GitHubServer;
beforeEach(async () => {
  server = await startGitHubServer();
});
afterEach(async () => {
  await server.close();
});

interface Setup {
  run(inputs?: Record<string, string>, extra?: { eventName?: string; payload?: unknown }): Promise<ActionRun>;
  baseSha: string;
  headSha: string;
}

/**
 * A shallow clone of a repository whose base holds `base` and whose head holds `head`, registered with
 * the stand-in (contents at the base sha, the pull request's files).
 */
function pullRequest(
  base: Record<string, string | null>,
  head: Record<string, string | null>,
  files?: Array<{ filename: string; status: string }>,
): Setup {
  const repo = gitRepo();
  const baseSha = repo.commit(base, "base");
  const headSha = repo.commit(head, "head");
  const { owner, repo: name } = server.state;
  for (const file of repo.git("ls-tree", "-r", "--name-only", baseSha).split("\n").filter(Boolean))
    server.state.contents.set(`${baseSha}:${file}`, repo.git("show", `${baseSha}:${file}`) + "\n");
  server.state.pullFiles.set(
    PR,
    files ??
      repo
        .git("diff", "--name-status", baseSha, headSha)
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const [status, file] = line.split("\t") as [string, string];
          return {
            filename: file,
            status: { A: "added", D: "removed" }[status[0] as "A" | "D"] ?? "modified",
          };
        }),
  );
  const workspace = mkdtempSync(join(tmpdir(), "agentpolicy-shallow-"));
  execFileSync("git", ["clone", "-q", "--depth", "1", `file://${repo.root}`, workspace]);
  const payload = {
    action: "synchronize",
    number: PR,
    pull_request: {
      number: PR,
      base: { sha: baseSha, ref: "main", repo: { full_name: `${owner}/${name}` } },
      head: { sha: headSha, ref: "feature", repo: { full_name: `${owner}/${name}` } },
    },
    repository: { full_name: `${owner}/${name}` },
  };
  return {
    baseSha,
    headSha,
    run: (inputs = {}, extra = {}) =>
      runAction({
        workspace,
        apiUrl: server.url,
        token: server.state.token,
        repository: `${owner}/${name}`,
        eventName: extra.eventName ?? "pull_request",
        payload: extra.payload ?? payload,
        sha: headSha,
        inputs,
        env: { AGENTPOLICY_RETRY_UNIT_MS: "1" },
      }),
  };
}

function reportOf(run: ActionRun): Report {
  return JSON.parse(readFileSync(run.outputs["report-json"]!, "utf8")) as Report;
}

function comment(): string {
  return (server.state.comments.get(PR) ?? []).find((c) => c.body.startsWith(MARKER))?.body ?? "";
}

/** The attacker's pull request: adds an ungated agent and a policy that would let it through. */
function attack(): Setup {
  return pullRequest(
    { ".agentpolicy.yml": "fail_on: high\n", "README.md": "# demo\n" },
    { ".agentpolicy.yml": HEAD_POLICY, "agents/refund-bot.agent.yaml": AGENT },
  );
}

function expectJudgedByDefaults(run: ActionRun): Report {
  const report = reportOf(run);
  expect(report.policySource).toBe("defaults");
  expect(report.baseUnreadable).toBeTruthy();
  // the head's waiver and fail_on never apply
  const gate = report.findings.filter((f) => f.ruleId === "AP-GATE-001");
  expect(gate.length).toBeGreaterThan(0);
  expect(gate.every((f) => f.status === "open")).toBe(true);
  expect(report.summary.failOn).toBe("high");
  expect(run.outputs["policy-source"]).toBe("defaults");
  expect(run.outputs["base-unreadable"]).toBe(report.baseUnreadable);
  expect(run.summary).toContain("built-in default policy");
  expect(comment()).toContain("built-in default policy");
  return report;
}

const CONTENTS = "/contents/";

describe("a pull request whose base cannot be read", () => {
  it.each<[string, Fault]>([
    ["5xx after every retry", { status: 502, count: 1000, method: "GET", path: CONTENTS }],
    [
      "a 403 rate limit",
      {
        status: 403,
        count: 1000,
        method: "GET",
        path: CONTENTS,
        message: "API rate limit exceeded",
        retryAfter: "0",
      },
    ],
    ["a 429 rate limit", { status: 429, count: 1000, method: "GET", path: CONTENTS, retryAfter: "0" }],
    [
      "a token without contents: read",
      {
        status: 403,
        count: 1000,
        method: "GET",
        path: CONTENTS,
        message: "Resource not accessible by integration",
      },
    ],
    [
      "a pull request file list that cannot be read",
      { status: 500, count: 1000, method: "GET", path: "/files" },
    ],
  ])("is judged by the built-in defaults, never its own policy, and fails: %s", async (_why, fault) => {
    const s = attack();
    server.state.faults.push(fault);
    const run = await s.run();
    expect(run.code).toBe(1);
    expectJudgedByDefaults(run);
    expect(run.outputs.passed).toBe("false");
    expect(run.stdout).toMatch(/::error::agentpolicy: the base policy could not be read .*fails closed/);
  });

  it("is judged by the defaults when the base is missing from a shallow checkout and cannot be fetched", async () => {
    const s = attack();
    // a base named by branch: only git could resolve it, and the shallow clone has no such branch
    const run = await s.run({ base: "release-2026" });
    expect(run.code).toBe(1);
    expectJudgedByDefaults(run);
  });

  it("with unreadable-base: defaults, takes the defaults' verdict without failing for the base", async () => {
    const s = pullRequest(
      { ".agentpolicy.yml": "fail_on: high\n" },
      {
        ".agentpolicy.yml": HEAD_POLICY,
        "README.md": "# no agents changed\n",
        "agents/ok.agent.yaml": "x: 1\n",
      },
    );
    server.state.faults.push({ status: 503, count: 1000, method: "GET", path: CONTENTS });
    const run = await s.run({ "unreadable-base": "defaults" });
    const report = reportOf(run);
    expect(report.policySource).toBe("defaults");
    expect(run.outputs["policy-source"]).toBe("defaults");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("::warning::agentpolicy could not read the base policy");
  });
});

describe("base policy files are read from the base itself", () => {
  it("a pull request with 3,000 files that deletes a pack file keeps the base's pack check running", async () => {
    const config = "fail_on: high\npacks: [./policy]\n";
    const s = pullRequest(
      {
        ".agentpolicy.yml": config,
        "policy/checks/cost.yaml": PACK_CHECK,
        "policy/checks/team.yaml": PACK_CHECK.replaceAll("ORG-COST-001", "ORG-TEAM-001").replaceAll(
          "cost_centre",
          "team",
        ),
        "README.md": "# demo\n",
      },
      { "policy/checks/cost.yaml": null, "agents/refund-bot.agent.yaml": AGENT },
      // GitHub lists at most 3,000 files: the deletion is not among them
      Array.from({ length: 3000 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: "added" })),
    );
    const run = await s.run();
    expect(run.outputs["report-json"], run.stdout).toBeTruthy();
    const report = reportOf(run);
    expect(report.policySource).toBe("base");
    expect(report.findings.some((f) => f.ruleId === "ORG-COST-001")).toBe(true);
    expect(report.policyChanges?.find((c) => c.text.includes("ORG-COST-001"))).toMatchObject({
      kind: "pack-check-removed",
      mayWeaken: true,
    });
    expect(comment()).toContain("ORG-COST-001");
  });

  it("in the workflow_run recipe (head checkout), the config is read at the base sha, not from disk", async () => {
    // the file list predates a later push that weakened the policy: only the agent is listed as changed
    const s = pullRequest(
      { ".agentpolicy.yml": "fail_on: high\n", "README.md": "# demo\n" },
      { ".agentpolicy.yml": HEAD_POLICY, "agents/refund-bot.agent.yaml": AGENT },
      [{ filename: "agents/refund-bot.agent.yaml", status: "added" }],
    );
    server.state.pulls.push({
      number: PR,
      head: { sha: s.headSha, ref: "feature", label: "forker:feature" },
      base: { sha: s.baseSha, ref: "main" },
    });
    const payload = {
      action: "completed",
      workflow_run: {
        head_sha: s.headSha,
        head_branch: "feature",
        head_repository: { full_name: "forker/agents", owner: { login: "forker" } },
        pull_requests: [],
      },
    };
    const run = await s.run({}, { eventName: "workflow_run", payload });
    const report = reportOf(run);
    expect(report.policySource).toBe("base");
    expect(run.code).toBe(1);
    const gate = report.findings.filter((f) => f.ruleId === "AP-GATE-001");
    expect(gate.length).toBeGreaterThan(0);
    expect(gate.every((f) => f.status === "open")).toBe(true);
    const configReads = server.state.requests.filter((q) => q.path.endsWith("/contents/.agentpolicy.yml"));
    expect(configReads.map((q) => q.query.ref)).toContain(s.baseSha);
  });
});
