// The action on an existing estate, spawned like a runner against the local GitHub stand-in: an empty
// scan warns (or fails when told to).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
