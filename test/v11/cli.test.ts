// Manifest v1.1 through the CLI as users run it: scopes judged from the built-in catalogs, a rule pack
// extending a catalog, the inventory showing derived access, and schema findings at the node for wrong types.
import { describe, expect, it } from "vitest";
import { diffAgentData } from "../../src/diff/changes.js";
import { describeDetail } from "../../src/diff/describe.js";
import { applyToData } from "../../src/scopes/apply.js";
import { builtinCatalogs } from "../../src/policy/scope-catalog.js";
import { runCli, tempTree } from "../helpers/cli.js";

const AGENT = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: repo-bot
  description: Opens pull requests
  owner: team:platform
  environment: production
identity:
  id: spiffe://example.com/agents/repo-bot
  provider: spiffe
permissions:
  - resource: https://api.github.com/repos/acme/ledger
    scopes: [contents:write, copilot_requests:write]
    justification: Opens pull requests
`;

interface JsonReport {
  findings: Array<{ ruleId: string; path: string; message: string; severity: string }>;
  agents: Array<{ name: string; accessLevel: string; sensitivePermissions: number }>;
}

function check(root: string, args: string[] = []): JsonReport {
  const r = runCli(["check", ".", "--format", "json", "--fail-on", "never", ...args], { cwd: root });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as JsonReport;
}

describe("scopes in the CLI", () => {
  it("reports an unknown scope of a known provider, low, at its node", () => {
    const report = check(tempTree({ "agents/repo-bot.yaml": AGENT }));
    const unknown = report.findings.filter((f) => f.ruleId === "AP-SCOPE-001");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ path: "/permissions/0/scopes", severity: "low" });
    expect(unknown[0]!.message).toContain("copilot_requests:write");
    expect(report.agents[0]).toMatchObject({ name: "repo-bot", accessLevel: "write" });
  });

  it("lets a rule pack add the scope, and make another one sensitive", () => {
    const root = tempTree({
      "agents/repo-bot.yaml": AGENT,
      ".agentpolicy.yml": "packs: [policy/acme]\n",
      "policy/acme/scopes/github.yaml": [
        "provider: github",
        "sources: [{ url: 'https://docs.github.com/en/rest/authentication/permissions-required-for-github-apps' }]",
        "scopes:",
        "  - { scope: 'copilot_requests:write', access: write, category: external-api }",
        "  - { scope: 'contents:write', access: write, category: deployment, sensitive: true }",
        "",
      ].join("\n"),
    });
    const report = check(root);
    expect(report.findings.filter((f) => f.ruleId === "AP-SCOPE-001")).toEqual([]);
    // contents:write is now sensitive in this organisation: it needs a gate
    expect(report.findings.filter((f) => f.ruleId === "AP-GATE-001").map((f) => f.path)).toEqual([
      "/permissions/0",
    ]);
    expect(report.agents[0]!.accessLevel).toBe("privileged");
  });

  it("refuses a malformed pack catalog with its file, line and column", () => {
    const root = tempTree({
      "agents/repo-bot.yaml": AGENT,
      ".agentpolicy.yml": "packs: [policy/acme]\n",
      "policy/acme/scopes/github.yaml":
        "provider: github\nsources: [{ url: 'https://x.example' }]\nscopes:\n  - { scope: a, access: all, category: database }\n",
    });
    const r = runCli(["check", "."], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /policy\/acme\/scopes\/github\.yaml:4:\d+: .*access must be read, write or admin/,
    );
  });

  it("reports wrong types in the new fields as schema findings at their node", () => {
    const text =
      AGENT.replace(
        "    scopes: [contents:write, copilot_requests:write]",
        "    scopes: contents:write\n    on_behalf_of: everyone\n    limits: { amount: lots }",
      ) + "runtime: { sandbox: docker }\nmodels: { name: x }\nx-anything: { really: [1, 2] }\n";
    const report = check(tempTree({ "agents/repo-bot.yaml": text }));
    const schema = report.findings
      .filter((f) => f.ruleId.startsWith("AP-SCHEMA"))
      .map((f) => `${f.ruleId} ${f.path}`);
    expect(schema.sort()).toEqual(
      [
        "AP-SCHEMA-001 /models",
        "AP-SCHEMA-001 /permissions/0/limits/amount",
        "AP-SCHEMA-001 /permissions/0/on_behalf_of",
        "AP-SCHEMA-001 /permissions/0/scopes",
        "AP-SCHEMA-001 /runtime/sandbox",
      ].sort(),
    );
  });
});

describe("the pull-request diff", () => {
  it("names the scopes a change adds", () => {
    const base = applyToData(
      { permissions: [{ resource: "github://acme/ledger", scopes: ["contents:write"] }] },
      builtinCatalogs(),
    );
    const head = applyToData(
      {
        permissions: [
          { resource: "github://acme/ledger", scopes: ["contents:write", "administration:write"] },
        ],
      },
      builtinCatalogs(),
    );
    const lines = diffAgentData(base, head).map(describeDetail);
    expect(lines).toContain("adds scope administration:write on github://acme/ledger");
    const escalations = diffAgentData(base, head)
      .filter((d) => d.escalation)
      .map((d) => d.kind);
    expect(escalations).toContain("scope-added");
  });
});
