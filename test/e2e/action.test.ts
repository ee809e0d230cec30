// The bundled action end to end: spawned as a runner spawns it, against a temporary git repository
// (a base commit and a head commit) and a local stand-in for GitHub's REST API.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { escapeMarkdown } from "../../src/format/escape.js";
import { runAction, type ActionRun } from "../helpers/action.js";
import { BOT, startGitHubServer, type GitHubServer, type StoredComment } from "../helpers/github-server.js";
import { gitRepo } from "../helpers/git-repo.js";

const MARKER = "<!-- agentpolicy -->";
const PR = 7;

const BILLING_BASE = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: billing-bot
  description: Issues refunds for approved support cases
  owner: team:payments
permissions:
  - resource: https://api.stripe.com/v1/refunds
    actions: [write]
    category: payments
    justification: Issues refunds
    approval: finance-approval
credentials:
  - name: stripe
    type: oauth-client-credentials
    ttl: 15m
    secret_ref: vault://kv/payments/stripe
approvals:
  - name: finance-approval
    approvers: [group:finance]
    min_approvals: 2
    timeout: 4h
    on_timeout: deny
`;

/** The PR widens billing-bot three ways. */
const BILLING_HEAD = BILLING_BASE.replace("    approval: finance-approval\n", "")
  .replace("ttl: 15m", "ttl: 7d")
  .replace(
    "credentials:",
    `  - resource: github.com/acme/api
    actions: [deploy]
    category: deployment
    justification: Ships releases
credentials:`,
  );

const TRIAGE = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: triage-bot
  description: Labels new issues
  owner: team:dev-experience
permissions:
  - resource: https://api.github.com/repos/acme/*/issues
    actions: [read, write]
    category: external-api
    justification: Labels issues
`;

let server: GitHubServer;
beforeEach(async () => {
  server = await startGitHubServer();
});
afterEach(async () => {
  await server.close();
});

interface Scenario {
  workspace: string;
  baseSha: string;
  headSha: string;
  run(
    inputs?: Record<string, string>,
    extra?: { env?: Record<string, string>; payload?: unknown; eventName?: string },
  ): Promise<ActionRun>;
}

/** A repository with `base` then `head` committed, registered with the stand-in as PR #7. */
function scenario(
  base: Record<string, string | null>,
  head: Record<string, string | null>,
  opts: { shallow?: boolean } = {},
): Scenario {
  const repo = gitRepo();
  const baseSha = repo.commit(base, "base");
  const headSha = repo.commit(head, "head");
  const { owner, repo: name } = server.state;
  for (const file of repo.git("ls-tree", "-r", "--name-only", baseSha).split("\n").filter(Boolean)) {
    server.state.contents.set(`${baseSha}:${file}`, repo.git("show", `${baseSha}:${file}`) + "\n");
  }
  const files = repo
    .git("diff", "--name-status", "-M", baseSha, headSha)
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [status, a, b] = line.split("\t") as [string, string, string | undefined];
      const kind = { A: "added", D: "removed", M: "modified" }[status[0] as "A" | "D" | "M"] ?? "renamed";
      return kind === "renamed"
        ? { filename: b!, status: kind, previous_filename: a }
        : { filename: a, status: kind };
    });
  server.state.pullFiles.set(PR, files);
  let workspace = repo.root;
  if (opts.shallow) {
    workspace = mkdtempSync(join(tmpdir(), "agentpolicy-shallow-"));
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${repo.root}`, workspace]);
  }
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
    workspace,
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
        ...(extra.env ? { env: extra.env } : {}),
      }),
  };
}

function comments(): StoredComment[] {
  return server.state.comments.get(PR) ?? [];
}

function ours() {
  return comments().filter((c) => c.body.startsWith(MARKER));
}

function widening(opts: { shallow?: boolean } = {}): Scenario {
  return scenario(
    { "agents/billing-bot.agent.yaml": BILLING_BASE, "README.md": "# demo\n" },
    { "agents/billing-bot.agent.yaml": BILLING_HEAD, "agents/triage-bot.agent.yaml": TRIAGE },
    opts,
  );
}

/** Each change in plain words, as the comment renders it (escaped: a URL is not auto-linked). */
function expectEveryAccessChange(body: string): void {
  for (const words of [
    "⚠️ adds deploy on github.com/acme/api",
    "⚠️ credential stripe TTL 15m → 7d",
    "⚠️ write on https://api.stripe.com/v1/refunds no longer gated by finance-approval",
    "⚠️ adds read, write on https://api.github.com/repos/acme/*/issues",
  ]) {
    const [mark, text] = [words.slice(0, 3), words.slice(3)];
    expect(body).toContain(mark + escapeMarkdown(text));
  }
  expect(body).toContain("- ⚠️ **triage-bot** (new agent with write access): ");
  expect(body).toMatch(/^- \*\*billing-bot\*\*: /m);
}

describe("the GitHub Action, spawned like a runner", () => {
  it("comments once with every access change, then updates the same comment in place", async () => {
    const s = widening();
    const first = await s.run();
    expect(first.stderr).toBe("");
    expect(first.code).toBe(1); // billing-bot now deploys without a gate: a high finding
    expect(ours()).toHaveLength(1);
    const comment = ours()[0]!;
    expect(comment.user.login).toBe(BOT);
    expectEveryAccessChange(comment.body);
    // new findings first, linked to the file and line at the head SHA
    expect(comment.body).toMatch(/#### New findings \(\d+\)/);
    expect(comment.body).toContain(
      `https://github.com/acme/agents/blob/${s.headSha}/agents/billing-bot.agent.yaml#L`,
    );
    expect(comment.body.indexOf("#### New findings")).toBeLessThan(comment.body.indexOf("Existing findings"));
    expect(comment.body).toContain("<details>");
    expect(comment.body).toContain("#### Control coverage");
    expect(first.outputs["comment-url"]).toBe(comment.html_url);

    const second = await s.run();
    expect(second.code).toBe(1);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(comment.id);
    const writes = server.writes();
    expect(writes.map((w) => w.method)).toEqual(["POST"]); // identical body: nothing to update

    server.state.comments.get(PR)![0]!.body = `${MARKER}\nstale`;
    await s.run();
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).not.toContain("stale");
    expect(server.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST /repos/acme/agents/issues/${PR}/comments`,
      `PATCH /repos/acme/agents/issues/comments/${comment.id}`,
    ]);
  });

  it("sets outputs, writes SARIF, the JSON report, the job summary and annotations", async () => {
    const s = widening();
    const r = await s.run({ "sarif-file": "out/agentpolicy.sarif", "html-report": "out/report.html" });
    expect(r.outputs.passed).toBe("false");
    expect(r.outputs["html-report"]).toBe(join(s.workspace, "out/report.html"));
    const html = readFileSync(r.outputs["html-report"]!, "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain("billing-bot");
    expect(html).toContain(s.headSha);
    expect(Number(r.outputs.findings)).toBeGreaterThan(0);
    expect(Number(r.outputs["new-findings"])).toBeGreaterThan(0);
    expect(Number(r.outputs["new-findings"])).toBeLessThanOrEqual(Number(r.outputs.findings));
    expect(r.outputs["highest-severity"]).toMatch(/^(critical|high)$/);
    expect(r.outputs["sarif-file"]).toBe(join(s.workspace, "out/agentpolicy.sarif"));
    const sarif = JSON.parse(readFileSync(r.outputs["sarif-file"]!, "utf8"));
    expect(sarif.version).toBe("2.1.0");
    const report = JSON.parse(readFileSync(r.outputs["report-json"]!, "utf8"));
    expect(r.outputs["report-json"]!.startsWith(r.runnerTemp)).toBe(true);
    expect(report.base).toEqual({ ref: "main", sha: s.baseSha });
    expect(report.changes.map((c: { agent: string }) => c.agent)).toEqual(["billing-bot", "triage-bot"]);
    expect(report.summary.new + report.summary.unchanged).toBe(report.findings.length);
    expect(r.summary).toContain("agentpolicy");
    expect(r.summary).toContain("billing-bot");
    const annotations = r.stdout.split("\n").filter((l) => /^::(error|warning) /.test(l));
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.length).toBeLessThanOrEqual(10);
    expect(annotations.every((l) => /file=agents\/[a-z-]+\.agent\.yaml,line=\d+/.test(l))).toBe(true);
    expect(r.stdout).toMatch(/^::error::agentpolicy failed/m);
  });

  it("warns, in words, about a SARIF or HTML path that is a folder, and delivers the rest", async () => {
    const s = widening();
    mkdirSync(join(s.workspace, "out"));
    const r = await s.run({ "sarif-file": "out", "html-report": "out" });
    const warnings = r.stdout
      .split("\n")
      .filter((l) => l.startsWith("::warning::agentpolicy could not write the"));
    expect(warnings).toEqual([
      `::warning::agentpolicy could not write the SARIF file: ${join(s.workspace, "out")}: it is a folder; give the path of a file`,
      `::warning::agentpolicy could not write the HTML report: ${join(s.workspace, "out")}: it is a folder; give the path of a file`,
    ]);
    expect(r.outputs["sarif-file"]).toBe("");
    expect(existsSync(r.outputs["report-json"]!)).toBe(true);
  });

  it("finds its own comment past three pages of other people's comments and decoys", async () => {
    for (let i = 0; i < 250; i++) server.addComment(PR, `comment ${i}`);
    server.addComment(PR, `${MARKER}\nforged by someone else`, "mallory");
    server.addComment(PR, `quoting the bot: ${MARKER}`, BOT, "Bot");
    const s = widening();
    await s.run();
    expect(comments()).toHaveLength(253);
    const mine = comments().filter((c) => c.user.login === BOT && c.body.startsWith(MARKER));
    expect(mine).toHaveLength(1);
    const listPages = server.state.requests.filter(
      (r) => r.method === "GET" && r.path.endsWith(`/issues/${PR}/comments`),
    );
    expect(listPages.map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3"]);

    await s.run();
    expect(comments()).toHaveLength(253);
    expect(comments().find((c) => c.user.login === "mallory")!.body).toContain("forged by someone else");
    expect(server.writes().filter((w) => w.method === "POST")).toHaveLength(1);
  });

  it("a read-only token (fork PR): warns once, keeps everything else, exits by findings alone", async () => {
    server.state.readOnly = true;
    const s = widening();
    const failing = await s.run();
    expect(failing.code).toBe(1);
    const warnings = failing.stdout
      .split("\n")
      .filter((l) => l.startsWith("::warning::agentpolicy could not write"));
    expect(warnings).toHaveLength(1);
    expect(failing.outputs.passed).toBe("false");
    expect(failing.outputs["comment-url"]).toBe("");
    expect(existsSync(failing.outputs["sarif-file"]!)).toBe(true);
    expect(failing.summary).toContain("billing-bot");

    const passing = await s.run({ "fail-on": "never" });
    expect(passing.code).toBe(0);
    expect(passing.outputs.passed).toBe("true");
    expect(
      passing.stdout.split("\n").filter((l) => l.startsWith("::warning::agentpolicy could not write")),
    ).toHaveLength(1);
    expect(comments()).toHaveLength(0);
  });

  it("retries through two 502s, and a 502 after the write happened still leaves one comment", async () => {
    server.state.faults.push({ status: 502, count: 2, method: "GET", path: "/comments" });
    server.state.faults.push({ status: 502, count: 2, method: "POST", path: "/comments" });
    const s = widening();
    const r = await s.run();
    expect(r.code).toBe(1);
    expect(ours()).toHaveLength(1);
    expect(r.stdout).toMatch(
      /GitHub API GET \/repos\/acme\/agents\/issues\/7\/comments: 502 injected 502; retry 1, waiting \d+ ms/,
    );
    expect(r.stdout).not.toContain("::warning::agentpolicy could not write");

    server.state.comments.set(PR, []);
    server.state.faults.push({ status: 502, count: 1, method: "POST", path: "/comments", afterEffect: true });
    await s.run();
    expect(ours()).toHaveLength(1);
  });

  it("honours Retry-After on a 429 and on a 403 secondary rate limit (the POST is sent again: GitHub did nothing)", async () => {
    const secondary =
      "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";
    server.state.faults.push({
      status: 429,
      count: 1,
      method: "GET",
      path: "/comments",
      retryAfter: "5",
      message: secondary,
    });
    server.state.faults.push({
      status: 403,
      count: 1,
      method: "POST",
      path: "/comments",
      retryAfter: "3",
      message: secondary,
    });
    const s = widening();
    const r = await s.run();
    expect(ours()).toHaveLength(1);
    expect(r.stdout).not.toContain("could not write");
    expect(r.stdout).toMatch(
      /POST \/repos\/acme\/agents\/issues\/7\/comments: secondary rate limit; retry 1, waiting 60 ms/,
    );
    const reqs = server.state.requests;
    const lists = reqs.filter((q) => q.method === "GET" && q.path.endsWith("/comments"));
    expect(lists[0]!.status).toBe(429);
    expect(lists[1]!.at - lists[0]!.at).toBeGreaterThanOrEqual(5 * 20 - 5);
    const posts = reqs.filter((q) => q.method === "POST" && q.path.endsWith("/comments"));
    expect(posts.map((p) => p.status)).toEqual([403, 201]);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(3 * 20 - 5);
  });

  it("waits out a primary rate limit until X-RateLimit-Reset; gives up on one an hour away", async () => {
    const reset = (seconds: number) => String(Math.floor(Date.now() / 1000) + seconds);
    server.state.faults.push({
      status: 403,
      count: 1,
      method: "GET",
      path: "/comments",
      message: "API rate limit exceeded for installation ID 4242.",
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset(2) },
    });
    const s = widening();
    await s.run();
    expect(ours()).toHaveLength(1);

    server.state.requests.length = 0;
    server.state.faults.push({
      status: 403,
      count: 1,
      method: "GET",
      path: "/comments",
      message: "API rate limit exceeded for installation ID 4242.",
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset(3600) },
    });
    const r = await s.run();
    expect(r.code).toBe(1);
    expect(server.state.requests.filter((q) => q.path.endsWith("/comments"))).toHaveLength(1);
    // a rate limit is not a permission problem: no advice about fork tokens
    expect(r.stdout).toMatch(
      /::warning::agentpolicy could not write the pull request comment: GitHub API GET .*API rate limit exceeded/,
    );
    expect(r.stdout).not.toContain("pull requests from forks");
  });

  it("with a GitHub App's installation token: comments as <slug>[bot], then updates that comment", async () => {
    server.state.app = { id: 90210, slug: "agentpolicy-reviewer" };
    server.addComment(PR, `${MARKER}\nleft by another workflow`, BOT, "Bot");
    const s = widening();
    await s.run();
    const mine = ours().filter((c) => c.user.login === "agentpolicy-reviewer[bot]");
    expect(mine).toHaveLength(1);
    expect(mine[0]!.performed_via_github_app?.slug).toBe("agentpolicy-reviewer");
    mine[0]!.body = `${MARKER}\nstale`;
    const again = await s.run();
    expect(ours()).toHaveLength(2);
    expect(mine[0]!.body).not.toContain("stale");
    expect(again.outputs["comment-url"]).toBe(mine[0]!.html_url);
    expect(ours().find((c) => c.user.login === BOT)!.body).toContain("left by another workflow");
    expect(server.state.requests.some((q) => q.path === "/user")).toBe(false);
    expect(server.writes().map((w) => w.method)).toEqual(["POST", "PATCH"]);
  });

  it("gives up after a bounded number of 5xx and still delivers everything else", async () => {
    server.state.faults.push({ status: 503, count: 100, method: "GET", path: "/comments" });
    const s = widening();
    const r = await s.run();
    expect(r.code).toBe(1);
    expect(server.state.requests.filter((q) => q.path.endsWith("/comments")).length).toBe(4);
    expect(r.stdout).toMatch(
      /::warning::agentpolicy could not write the pull request comment: GitHub API GET/,
    );
    expect(r.outputs.passed).toBe("false");
  });

  it("keeps a report too large for one comment under the limit, pointing to the job summary", async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      many[`agents/bot-${i}.agent.yaml`] = TRIAGE.replace("triage-bot", `bot-${i}`).replace(
        "    justification: Labels issues\n",
        `    justification: Labels issues ${"@everyone <b>x</b> ".repeat(10)}\n  - resource: "*"\n    actions: ["*"]\n    category: secrets\n`,
      );
    }
    const s = scenario({ "README.md": "# demo\n" }, many);
    const r = await s.run();
    const body = ours()[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(
      /see the \[job summary\]\(https:\/\/github\.com\/acme\/agents\/actions\/runs\/4242\)/,
    );
    expect(body.startsWith(MARKER)).toBe(true);
    expect(r.summary).toContain("bot-299");
    expect(r.summary.length).toBeGreaterThan(2 * 65_536); // the full report is far larger than a comment
    const report = JSON.parse(readFileSync(r.outputs["report-json"]!, "utf8"));
    expect(report.changes).toHaveLength(300);
  });

  it("a PR that changes no manifest posts nothing under on-change", async () => {
    const s = scenario(
      { "agents/billing-bot.agent.yaml": BILLING_HEAD, "README.md": "# demo\n" },
      { "README.md": "# demo, edited\n" },
    );
    const r = await s.run();
    // judged on what the pull request adds (fail-scope new by default): nothing, so it passes
    expect(r.code).toBe(0);
    expect(server.writes()).toEqual([]);
    expect(r.outputs["new-findings"]).toBe("0");
    expect(r.outputs["comment-url"]).toBe("");

    const always = await s.run({ comment: "always" });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain("No agent's access changes in this pull request.");
    expect(always.outputs["comment-url"]).toBe(ours()[0]!.html_url);

    server.state.requests.length = 0;
    await s.run({ comment: "never" });
    expect(server.state.requests).toEqual([]);
  });

  it("reads the base through the contents API when the checkout is shallow", async () => {
    const s = widening({ shallow: true });
    expect(() =>
      execFileSync("git", ["cat-file", "-e", `${s.baseSha}^{commit}`], { cwd: s.workspace, stdio: "ignore" }),
    ).toThrow();
    const r = await s.run();
    expect(r.stdout).toContain("read via contents API");
    const contents = server.state.requests.filter(
      (q) => q.path.includes("/contents/") && !q.path.includes("/contents/.agentpolicy."),
    );
    expect(contents.map((q) => [decodeURIComponent(q.path), q.query.ref])).toEqual([
      ["/repos/acme/agents/contents/agents/billing-bot.agent.yaml", s.baseSha],
    ]);
    // the policy is looked up at the base itself, never taken from the checkout
    const config = server.state.requests.filter((q) => q.path.includes("/contents/.agentpolicy."));
    expect(config.length).toBeGreaterThan(0);
    expect(config.every((q) => q.query.ref === s.baseSha)).toBe(true);
    expect(server.state.requests.some((q) => q.path === `/repos/acme/agents/pulls/${PR}/files`)).toBe(true);
    expectEveryAccessChange(ours()[0]!.body);
  });

  it("a push in a shallow checkout lists the base tree, so a manifest the push deletes is compared", async () => {
    const s = scenario(
      { "agents/billing-bot.agent.yaml": BILLING_BASE, "agents/triage-bot.agent.yaml": TRIAGE },
      { "agents/billing-bot.agent.yaml": BILLING_HEAD, "agents/triage-bot.agent.yaml": null },
      { shallow: true },
    );
    const payload = {
      before: s.baseSha,
      after: s.headSha,
      repository: { full_name: "acme/agents" },
    };
    const r = await s.run({}, { eventName: "push", payload });
    expect(r.stdout).toContain("read via contents API");
    expect(server.state.requests.some((q) => q.path === `/repos/acme/agents/git/trees/${s.baseSha}`)).toBe(
      true,
    );
    const report = JSON.parse(readFileSync(r.outputs["report-json"]!, "utf8"));
    expect(report.base.sha).toBe(s.baseSha);
    expect(
      report.changes.map((c: { agent: string; change: string }) => `${c.agent} ${c.change}`).sort(),
    ).toEqual(["billing-bot modified", "triage-bot removed"]);
  });

  it("comments on a fork's pull request from a workflow_run", async () => {
    const s = widening();
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
    await s.run({}, { eventName: "workflow_run", payload });
    expect(ours()).toHaveLength(1);
    expectEveryAccessChange(ours()[0]!.body);
  });

  it("an event payload that is not JSON costs the comparison and the comment, never the run", async () => {
    const s = widening();
    const bad = join(mkdtempSync(join(tmpdir(), "agentpolicy-event-")), "event.json");
    writeFileSync(bad, "{ not json");
    const r = await s.run({}, { env: { GITHUB_EVENT_PATH: bad } });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1); // by the findings
    expect(r.outputs.passed).toBe("false");
    expect(r.summary).toContain("billing-bot");
    expect(server.state.requests).toEqual([]);
  });

  it("never prints the token, and manifest text cannot inject commands or markup", async () => {
    const hostile = BILLING_HEAD.replace(
      "    justification: Ships releases\n",
      '    justification: Ships releases\n  - resource: "x\\n::error::injected <!-- agentpolicy --> @octocat <img src=x>"\n    actions: [read]\n    category: database\n',
    );
    const s = scenario(
      { "agents/billing-bot.agent.yaml": BILLING_BASE },
      { "agents/billing-bot.agent.yaml": hostile },
    );
    const r = await s.run();
    const token = server.state.token;
    const withToken = (r.stdout + r.stderr).split("\n").filter((l) => l.includes(token));
    expect(withToken.every((l) => l.startsWith("::add-mask::"))).toBe(true);
    expect(readFileSync(r.outputs["report-json"]!, "utf8")).not.toContain(token);
    expect(r.summary).not.toContain(token);
    expect(r.stdout).not.toMatch(/^::error::injected/m);
    const body = ours()[0]!.body;
    expect(body.indexOf(MARKER)).toBe(0);
    expect(body.lastIndexOf(MARKER)).toBe(0);
    expect(body).not.toContain("<img");
    expect(body).not.toMatch(/@octocat/);
    expect(body).toContain("@&#8203;octocat");
    expect(server.state.requests.every((q) => q.authorization === `token ${token}`)).toBe(true);
  });
  it("judges a PR by the base policy: a waiver the PR adds for its own violation does not apply", async () => {
    const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const waiver = `waivers:
  - check: AP-GATE-001
    agent: billing-bot
    reason: We will add a gate later
    approved_by: dev@example.com
    expires: ${expires}
`;
    const s = scenario(
      { "agents/billing-bot.agent.yaml": BILLING_BASE, ".agentpolicy.yml": "fail_on: high\n" },
      { "agents/billing-bot.agent.yaml": BILLING_HEAD, ".agentpolicy.yml": `fail_on: high\n${waiver}` },
    );
    const r = await s.run();
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(r.outputs["report-json"]!, "utf8"));
    expect(report.policySource).toBe("base");
    const gate = report.findings.filter((f: { ruleId: string }) => f.ruleId === "AP-GATE-001");
    expect(gate.length).toBeGreaterThan(0);
    expect(gate.every((f: { status: string }) => f.status === "open")).toBe(true);
    expect(report.policyChanges.some((c: { text: string }) => c.text.includes("AP-GATE-001"))).toBe(true);
    const body = ours()[0]!.body;
    expect(body).toContain("#### Policy changes");
    expect(body).toContain("AP-GATE-001");
    expect(body).toContain("#### Changed agents");

    // opting out: the head policy judges, and its waiver applies
    const head = await s.run({ "policy-source": "head" });
    const judged = JSON.parse(readFileSync(head.outputs["report-json"]!, "utf8"));
    expect(judged.policySource).toBe("head");
    const waived = judged.findings.filter((f: { ruleId: string }) => f.ruleId === "AP-GATE-001");
    expect(waived.length).toBeGreaterThan(0);
    expect(waived.every((f: { status: string }) => f.status === "waived")).toBe(true);
  });
});
