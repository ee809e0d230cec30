// `agentpolicy import` (spawned): drafts for implicit agents, valid, secret-free, never overwriting.
import { describe, expect, it } from "vitest";
import { readFileSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempTree } from "../helpers/cli.js";

const TOKEN = "ghp_" + "Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8L9";

const repo = (): string =>
  tempTree({
    ".github/CODEOWNERS": "* @acme/platform\n/services/ @acme/services\n",
    ".mcp.json": JSON.stringify({
      mcpServers: {
        github: {
          command: "npx",
          args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"],
          env: { GITHUB_TOKEN: TOKEN },
        },
      },
    }),
    "services/api/.codex/config.toml": 'approval_policy = "on-request"\nsandbox_mode = "workspace-write"\n',
  });

describe("agentpolicy import (spawned)", () => {
  it("writes one valid, secret-free draft per implicit agent that governs it once filled in", () => {
    const dir = repo();
    const run = runCli(["import"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("wrote agents/claude-code-mcp.agent.yaml (governs .mcp.json)");
    const draft = readFileSync(join(dir, "agents/claude-code-mcp.agent.yaml"), "utf8");
    expect(draft).not.toContain(TOKEN);
    expect(draft).toContain(
      'owner: "team:acme/platform" # derived from CODEOWNERS (.github/CODEOWNERS:1); confirm',
    );
    expect(draft).toContain('  - "../.mcp.json"');
    expect(readFileSync(join(dir, "agents/codex-services-api.agent.yaml"), "utf8")).toContain(
      "team:acme/services",
    );

    // the drafts are valid manifests: no schema finding, and the configs are governed now
    const after = runCli(["check", "--format", "json"], { cwd: dir });
    expect(after.stdout).not.toContain(TOKEN);
    const report = JSON.parse(after.stdout) as {
      findings: Array<{ ruleId: string; file: string }>;
      agents: Array<{ name: string; sourceFiles?: string[] }>;
    };
    expect(
      report.findings.filter((f) => f.ruleId.startsWith("AP-SCHEMA-") || f.ruleId.startsWith("AP-SRC-")),
    ).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === "AP-NAT-001")).toEqual([]);
    expect(report.agents.map((a) => [a.name, a.sourceFiles]).sort()).toEqual([
      ["claude-code-mcp", [".mcp.json"]],
      ["codex-services-api", ["services/api/.codex/config.toml"]],
    ]);
    // the inline token is still reported, at its line in the native file
    expect(report.findings.filter((f) => f.ruleId === "AP-CRED-001").map((f) => f.file)).toEqual([
      ".mcp.json",
    ]);
  });

  it("never overwrites without --force: exit 2 and nothing written", () => {
    const dir = repo();
    runCli(["import"], { cwd: dir });
    writeFileSync(join(dir, "agents/claude-code-mcp.agent.yaml"), "# mine\n");
    const blocked = runCli(["import", "--out", "agents", ".mcp.json"], { cwd: dir });
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain("already exists; nothing written (use --force to overwrite)");
    expect(readFileSync(join(dir, "agents/claude-code-mcp.agent.yaml"), "utf8")).toBe("# mine\n");
    const forced = runCli(["import", "--out", "agents", "--force", ".mcp.json"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("overwrote agents/claude-code-mcp.agent.yaml");
    expect(readFileSync(join(dir, "agents/claude-code-mcp.agent.yaml"), "utf8")).toContain("sources:");
    expect(existsSync(join(dir, "agents/codex-services-api.agent.yaml"))).toBe(true);
  });
});
