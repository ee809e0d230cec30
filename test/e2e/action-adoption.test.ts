// The action on an existing estate, spawned like a runner against the local GitHub stand-in: an empty
// scan warns (or fails when told to), and a pull request is judged on what it adds while the estate's old
// findings stay visible.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runAction, type ActionRun } from "../helpers/action.js";
import { startGitHubServer, type GitHubServer } from "../helpers/github-server.js";
import { gitRepo } from "../helpers/git-repo.js";

const PR = 11;

let server: GitHubServer;
beforeEach(async () => {
  server = await startGitHubServer();
});
afterEach(async () => {
  await server.close();
});

/** A repository with `base` then `head` committed, registered with the stand-in as a pull request. */
function pullRequest(
  base: Record<string, string | null>,
  head: Record<string, string | null>,
): (inputs?: Record<string, string>) => Promise<ActionRun> {
  const repo = gitRepo();
  const baseSha = repo.commit(base, "base");
  const headSha = repo.commit(head, "head");
  const { owner, repo: name } = server.state;
  const files = repo
    .git("diff", "--name-status", baseSha, headSha)
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [status, file] = line.split("\t") as [string, string];
      return { filename: file, status: { A: "added", D: "removed" }[status[0] as "A" | "D"] ?? "modified" };
    });
  server.state.pullFiles.set(PR, files);
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
  return (inputs = {}) =>
    runAction({
      workspace: repo.root,
      apiUrl: server.url,
      token: server.state.token,
      repository: `${owner}/${name}`,
      eventName: "pull_request",
      payload,
      sha: headSha,
      inputs,
    });
}

describe("the action on an empty scan", () => {
  it("warns when it checks no agent, and fails when fail-on-empty is set", async () => {
    const run = pullRequest({ "README.md": "# demo\n" }, { "README.md": "# demo, edited\n" });
    const warned = await run({ comment: "never" });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/^::warning::agentpolicy: no agents found in \. \(/m);
    expect(warned.stdout).toContain("fail-on-empty: true");
    expect(warned.outputs.passed).toBe("true");

    const failed = await run({ comment: "never", "fail-on-empty": "true" });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^::error::agentpolicy: no agents found in \./m);
    // the reports were still delivered
    expect(failed.summary).not.toBe("");
  });

  it("names the configured path that yields nothing", async () => {
    const run = pullRequest(
      { "agents/a.agent.yaml": "apiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata:\n  name: a\n" },
      { "docs/x.md": "x\n" },
    );
    const r = await run({ comment: "never", paths: "agents\ndocs", "fail-on": "never" });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::warning::agentpolicy: no agents found in docs \(/m);
  });
});

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

describe("fail scope on an estate with old findings", () => {
  it("a PR that only edits a description passes by default and still shows the old findings", async () => {
    const run = pullRequest(
      { "agents/legacy.agent.yaml": LEGACY },
      { "agents/legacy.agent.yaml": LEGACY.replace("Posts reports", "Posts weekly reports") },
    );
    const r = await run({ comment: "always" });
    expect(r.code).toBe(0);
    expect(r.outputs.passed).toBe("true");
    expect(r.outputs["new-findings"]).toBe("0");
    expect(Number(r.outputs.findings)).toBeGreaterThan(0);
    expect(r.stdout).toContain("Fail scope: new findings only.");
    // the job summary and the comment still show the existing findings, and say which scope judged
    expect(r.summary).toContain("AP-CRED-002");
    const comment = server.state.comments.get(PR)?.[0]?.body ?? "";
    expect(comment).toMatch(
      /^### ✅ agentpolicy passed \(fail-on: high, judged on new findings only \(\d+ existing findings shown\)\)/m,
    );
    expect(comment).toContain("AP-CRED-002");
    const report = JSON.parse(readFileSync(join(r.runnerTemp, "agentpolicy-report.json"), "utf8"));
    expect(report.summary.failScope).toBe("new");
    expect(report.findings.filter((f: { status: string }) => f.status === "open").length).toBeGreaterThan(0);

    const all = await run({ comment: "never", "fail-scope": "all" });
    expect(all.code).toBe(1);
    expect(all.stdout).toMatch(/^::error::agentpolicy failed: \d+ findings at high or above$/m);
  });

  it("a PR that widens access without a new finding fails when the base policy fails on that escalation", async () => {
    const widened = LEGACY.replace("actions: [write]", "actions: [read, write]");
    const config = { ".agentpolicy.yml": "fail_on_escalation: [permission-widened]\n" };
    const run = pullRequest(
      { "agents/legacy.agent.yaml": LEGACY, ...config },
      { "agents/legacy.agent.yaml": widened },
    );
    const r = await run({ comment: "always" });
    expect(r.code).toBe(1);
    expect(r.outputs["new-findings"]).toBe("0");
    expect(r.stdout).toMatch(
      /^::error::agentpolicy failed: 1 access escalation the policy fails on, judged on new findings only/m,
    );
    const comment = server.state.comments.get(PR)?.[0]?.body ?? "";
    expect(comment).toMatch(/^### ❌ agentpolicy failed: 1 access escalation the policy fails on/m);
    expect(comment).toContain("⛔ ");
    expect(comment).toContain("fail_on_escalation");
    const report = JSON.parse(readFileSync(join(r.runnerTemp, "agentpolicy-report.json"), "utf8"));
    expect(report.summary.failingEscalations).toBe(1);

    // the same change under a policy that does not name it passes, the escalation still shown
    const lenient = pullRequest(
      { "agents/legacy.agent.yaml": LEGACY },
      { "agents/legacy.agent.yaml": widened },
    );
    const passed = await lenient({ comment: "never" });
    expect(passed.code).toBe(0);
  });

  it("a PR that adds a finding fails under the default scope, naming only the new one", async () => {
    const run = pullRequest(
      { "agents/legacy.agent.yaml": LEGACY },
      {
        "agents/legacy.agent.yaml": LEGACY.replace(
          "credentials:",
          "  - resource: github.com/acme/api\n    actions: [deploy]\n    category: deployment\n    justification: ships\ncredentials:",
        ),
      },
    );
    const r = await run({ comment: "never" });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error::agentpolicy failed: \d+ new findings? at high or above, judged on new findings only/m,
    );
  });
});
