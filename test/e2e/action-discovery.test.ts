// The bundled action on pull requests that touch the agents a repository already has: an MCP server
// added to .mcp.json (with a live token inline), and agent code added without a manifest. Spawned as a
// runner spawns it, against a temporary git repository and the local stand-in for GitHub's REST API,
// with the base read from git and (shallow checkout) through the contents API.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { escapeMarkdown } from "../../src/format/escape.js";
import { runAction, type ActionRun } from "../helpers/action.js";
import { startGitHubServer, type GitHubServer } from "../helpers/github-server.js";
import { gitRepo } from "../helpers/git-repo.js";

const MARKER = "<!-- agentpolicy -->";
const PR = 12;

let server: GitHubServer;
beforeEach(async () => {
  server = await startGitHubServer();
});
afterEach(async () => {
  await server.close();
});

interface Run extends ActionRun {
  comment: string;
  report: {
    findings: { ruleId: string; file: string; line: number; new?: boolean; agent?: string }[];
    changes: { agent: string; details: { kind: string; subject?: string }[] }[];
  };
  /** Every text the run produced: comment, summary, outputs, logs, the JSON report and SARIF. */
  everything: string;
}

/** Commits `base` then `head`, registers them with the stand-in as PR #12, and runs the action on it. */
async function pullRequest(
  base: Record<string, string | null>,
  head: Record<string, string | null>,
  opts: { shallow?: boolean } = {},
): Promise<Run & { baseSha: string; headSha: string }> {
  const repo = gitRepo();
  const baseSha = repo.commit(base, "base");
  const headSha = repo.commit(head, "head");
  const { owner, repo: name } = server.state;
  for (const file of repo.git("ls-tree", "-r", "--name-only", baseSha).split("\n").filter(Boolean))
    server.state.contents.set(`${baseSha}:${file}`, repo.git("show", `${baseSha}:${file}`) + "\n");
  const files = repo
    .git("diff", "--name-status", baseSha, headSha)
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [status, file] = line.split("\t") as [string, string];
      return { filename: file, status: { A: "added", D: "removed" }[status[0] as "A" | "D"] ?? "modified" };
    });
  server.state.pullFiles.set(PR, files);
  let workspace = repo.root;
  if (opts.shallow) {
    workspace = mkdtempSync(join(tmpdir(), "agentpolicy-shallow-"));
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${repo.root}`, workspace]);
  }
  const r = await runAction({
    workspace,
    apiUrl: server.url,
    token: server.state.token,
    repository: `${owner}/${name}`,
    eventName: "pull_request",
    payload: {
      action: "synchronize",
      number: PR,
      pull_request: {
        number: PR,
        base: { sha: baseSha, ref: "main", repo: { full_name: `${owner}/${name}` } },
        head: { sha: headSha, ref: "feature", repo: { full_name: `${owner}/${name}` } },
      },
      repository: { full_name: `${owner}/${name}` },
    },
    sha: headSha,
    inputs: { "fail-on": "never", "sarif-file": "agentpolicy.sarif" },
  });
  const ours = (server.state.comments.get(PR) ?? []).filter((c) => c.body.startsWith(MARKER));
  expect(ours).toHaveLength(1);
  const reportText = readFileSync(r.outputs["report-json"]!, "utf8");
  const sarif = readFileSync(r.outputs["sarif-file"]!, "utf8");
  return {
    ...r,
    baseSha,
    headSha,
    comment: ours[0]!.body,
    report: JSON.parse(reportText),
    everything: [
      ours[0]!.body,
      r.summary,
      JSON.stringify(r.outputs),
      r.stdout,
      r.stderr,
      reportText,
      sarif,
    ].join("\n"),
  };
}

const STRIPE_KEY = "sk_live_51HxYzQ8vTnR2mW4kJ7pL9sD3fG6hB1cV5xN0aZ2qE8rT4yU";

const MCP_BASE = `{
  "mcpServers": {
    "github": {
      "command": "docker",
      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server:v0.9.1"],
      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "\${GITHUB_TOKEN}" }
    }
  }
}
`;

const MCP_HEAD = `{
  "mcpServers": {
    "github": {
      "command": "docker",
      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server:v0.9.1"],
      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "\${GITHUB_TOKEN}" }
    },
    "stripe": {
      "command": "npx",
      "args": ["-y", "@stripe/mcp@0.2.4", "--tools=all"],
      "env": { "STRIPE_SECRET_KEY": "${STRIPE_KEY}" }
    }
  }
}
`;

const pkg = (name: string, deps: Record<string, string>) =>
  `${JSON.stringify({ name, version: "1.0.0", dependencies: deps }, null, 2)}\n`;

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

describe("the action on a pull request that adds an MCP server to .mcp.json", () => {
  for (const shallow of [false, true]) {
    it(`says "adds MCP server stripe", reports the inline key as new, and never shows it (${shallow ? "base via the contents API" : "base from git"})`, async () => {
      const r = await pullRequest(
        { ".mcp.json": MCP_BASE, "README.md": "# app\n" },
        { ".mcp.json": MCP_HEAD },
        { shallow },
      );
      expect(r.stderr).toBe("");
      if (shallow) expect(r.stdout).toContain("read via contents API");
      // the access change, in words, under the implicit agent of .mcp.json
      expect(r.comment).toContain("#### Access changes");
      expect(r.comment).toContain(`⚠️ ${escapeMarkdown("adds MCP server stripe from npm:@stripe/mcp")}`);
      expect(r.comment).toMatch(/^- \*\*claude-code-mcp\*\*: /m);
      // the inline secret is a new finding at its line; the agent without a manifest is not new
      const line = lineOf(MCP_HEAD, '"STRIPE_SECRET_KEY"');
      const secret = r.report.findings.filter((f) => f.ruleId === "AP-CRED-001");
      expect(secret.map((f) => `${f.file}:${f.line} ${f.new}`)).toEqual([`.mcp.json:${line} true`]);
      expect(r.report.findings.find((f) => f.ruleId === "AP-NAT-001")?.new).toBe(false);
      expect(r.comment).toContain(
        `[.mcp.json:${line}](https://github.com/acme/agents/blob/${r.headSha}/.mcp.json#L${line})`,
      );
      const fresh = r.comment.slice(r.comment.indexOf("#### New findings"));
      expect(fresh).toContain("AP-CRED-001");
      expect(r.outputs["new-findings"]).toBe(String(r.report.findings.filter((f) => f.new).length));
      // the key itself appears nowhere: comment, summary, outputs, logs, JSON report, SARIF
      expect(r.everything).not.toContain(STRIPE_KEY);
      expect(r.everything).not.toContain(STRIPE_KEY.slice(8, 30));
    });
  }
});

describe("the action on a pull request that adds undeclared agent code", () => {
  const MANIFEST = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: helpdesk
  description: Answers support tickets
  owner: team:support
code: ["services/helpdesk/**"]
`;
  const BASE = {
    "agents/helpdesk.agent.yaml": MANIFEST,
    "services/helpdesk/package.json": pkg("helpdesk", { "@anthropic-ai/sdk": "^0.30.0" }),
    "services/api/package.json": pkg("api", { express: "^4.21.0" }),
    "tools/summariser/requirements.txt": "openai==1.54.0\n",
  };
  const API_HEAD = pkg("api", { express: "^4.21.0", "@openai/agents": "^0.1.0" });
  const HEAD = {
    "services/api/package.json": API_HEAD,
    "services/api/src/agent.ts": 'import { Agent, run } from "@openai/agents";\n',
    "services/helpdesk/package.json": pkg("helpdesk", {
      "@anthropic-ai/sdk": "^0.30.0",
      "@langchain/langgraph": "^0.2.0",
    }),
  };

  for (const shallow of [false, true]) {
    it(`lists the new undeclared project with its dependency line and the fix, in the comment and the job summary (${shallow ? "base via the contents API" : "base from git"})`, async () => {
      const r = await pullRequest(BASE, HEAD, { shallow });
      expect(r.stderr).toBe("");
      const line = lineOf(API_HEAD, '"@openai/agents"');
      const shadow = r.report.findings
        .filter((f) => f.ruleId.startsWith("AP-SHADOW-"))
        .map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.new ? "new" : "existing"}`);
      expect(shadow.sort()).toEqual([
        `AP-SHADOW-001 services/api/package.json:${line} new`,
        "AP-SHADOW-002 tools/summariser/requirements.txt:1 existing",
      ]);

      const at = r.comment.indexOf("#### New undeclared agent code (1)");
      expect(at).toBeGreaterThan(0);
      const section = r.comment.slice(at, r.comment.indexOf("\n####", at + 1));
      expect(section).toContain(
        `- **services/api** (api) adds ${escapeMarkdown("@openai/agents")} (agent framework), at ` +
          `[services/api/package.json:${line}](https://github.com/acme/agents/blob/${r.headSha}/services/api/package.json#L${line}) (AP-SHADOW-001, medium).`,
      );
      expect(section).toContain(
        `Fix: add **${escapeMarkdown('code: ["services/api/**"]')}** to the manifest`,
      );
      // declared code (helpdesk, even with a new framework) and code the base already had are not listed
      expect(section).not.toContain("helpdesk");
      expect(section).not.toContain("summariser");

      const summary = r.summary.slice(r.summary.indexOf("### New undeclared agent code (1)"));
      expect(summary).toContain(
        `- **services/api** (api) adds ${escapeMarkdown("@openai/agents")} (agent framework), at services/api/package.json:${line}`,
      );
    });
  }
});
