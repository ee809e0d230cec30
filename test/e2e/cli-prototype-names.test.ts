// Names a repository chooses (an MCP server's command, a Cargo table, a pack's parameter, a dependency,
// an agent, a label) that are also names every JavaScript object answers to: each case runs through the
// CLI and must be read as the plain name it is, never as Object.prototype's member.
import { describe, expect, it } from "vitest";
import { runCli, tempTree } from "../helpers/cli.js";
import { gitRepo } from "../helpers/git-repo.js";

const NAMES = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"];

interface Report {
  findings: { ruleId: string; file: string; message: string }[];
  components?: { path: string; signals: { package: string }[] }[];
  policyChanges?: { kind: string; text: string }[];
  errors: { message: string }[];
}

const PACK_CHECK = `checks:
  - id: ACME-OPS-001
    title: Agent without an owner
    severity: low
    principle: identity
    description: Every agent names its owner.
    remediation: Add metadata.owner.
    at: /metadata/owner
    params:
      constructor: { type: number, default: 1, description: How many owners at least. }
    assert: { present: { var: agent.metadata.owner } }
    message: Agent {{agent.metadata.name}} has no owner
`;

/** Runs `check --format json` in a tree (or a repository) and gives the report. */
function check(root: string, ...args: string[]): Report {
  const r = runCli(["check", "--format", "json", "--fail-on", "never", "--allow-empty", ...args], {
    cwd: root,
  });
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

describe("names Object.prototype also has (spawned)", () => {
  it.each<[string, () => void]>([
    [
      "MCP server commands",
      () => {
        const servers = Object.fromEntries(
          NAMES.map((n, i) => [`s${i}`, { command: n, args: ["pkg@1.0.0"] }]),
        );
        const report = check(tempTree({ ".mcp.json": JSON.stringify({ mcpServers: servers }) }));
        const unpinned = report.findings.filter((f) => f.ruleId === "AP-SUP-002");
        expect(unpinned.map((f) => f.message)).toHaveLength(NAMES.length);
      },
    ],
    [
      "Cargo tables",
      () => {
        const tables = NAMES.map((n) => `[${JSON.stringify(n)}]\nasync-openai = "1"\n`).join("\n");
        const report = check(tempTree({ "svc/Cargo.toml": `[package]\nname = "svc"\n\n${tables}` }));
        expect(report.components ?? []).toEqual([]);
        expect(report.errors).toEqual([]);
      },
    ],
    [
      "dependencies, an agent and its labels",
      () => {
        const deps = Object.fromEntries(NAMES.map((n) => [n, "1.0.0"]));
        const labels = NAMES.map((n) => `    ${JSON.stringify(n)}: x`).join("\n");
        const report = check(
          tempTree({
            "svc/package.json": JSON.stringify({ name: "svc", dependencies: { ...deps, openai: "4" } }),
            "agents/a.agent.yaml": `apiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata:\n  name: constructor\n  owner: a@example.com\n  labels:\n${labels}\n`,
          }),
        );
        expect(report.components?.map((c) => [c.path, c.signals.map((s) => s.package)])).toEqual([
          ["svc", ["openai"]],
        ]);
      },
    ],
    [
      "a pack parameter a change sets, with a base",
      () => {
        const repo = gitRepo();
        const base = repo.commit({
          ".agentpolicy.yml": "packs: [./acme]\n",
          "acme/checks/acme.yaml": PACK_CHECK,
        });
        repo.commit({ ".agentpolicy.yml": "packs: [./acme]\nparams: { constructor: 2 }\n" });
        const report = check(repo.root, "--base", base, "--policy-source", "head");
        expect(report.policyChanges?.filter((c) => c.kind === "param-changed").map((c) => c.text)).toEqual([
          "param constructor: 1 (default) → 2",
        ]);
      },
    ],
  ])("%s", (_, run) => run());
});
