// `agentpolicy check` on a repository that only has the native configs of the tools that run its agents.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { REPO, runCli, tempTree } from "../helpers/cli.js";

const TOKEN = "ghp_" + "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa99";

const repo = (): string =>
  tempTree({
    ".mcp.json": JSON.stringify(
      {
        mcpServers: {
          github: {
            command: "npx",
            args: ["-y", "@modelcontextprotocol/server-github"],
            env: { GITHUB_PERSONAL_ACCESS_TOKEN: TOKEN },
          },
          linear: {
            type: "http",
            url: "https://mcp.linear.app/mcp",
            headers: { Authorization: "Bearer ${LINEAR_TOKEN}" },
          },
        },
      },
      null,
      2,
    ),
    ".claude/settings.json": JSON.stringify(
      { permissions: { allow: ["Bash(npm run test:*)"], deny: ["Bash(curl:*)", "Bash(sudo:*)"] } },
      null,
      2,
    ),
    "services/api/.codex/config.toml": 'approval_policy = "never"\nsandbox_mode = "danger-full-access"\n',
    "node_modules/pkg/.mcp.json": "{ not even json",
  });

describe("agentpolicy check on native agent configs (spawned)", () => {
  it("reports each risky setting at its line, stays quiet on references and deny rules, leaks nothing", () => {
    const dir = repo();
    const run = runCli(["check", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain(TOKEN);
    expect(run.stderr).not.toContain(TOKEN);
    const report = JSON.parse(run.stdout) as {
      findings: Array<{ ruleId: string; file: string; line: number; agent?: string }>;
      agents: Array<{ name: string; source?: string; sourceFiles?: string[] }>;
      errors: unknown[];
    };
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(join(REPO, "schema", "report.schema.json"), "utf8")),
    );
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const at = (id: string) =>
      report.findings.filter((f) => f.ruleId === id).map((f) => `${f.file}:${f.line}`);
    expect(at("AP-CRED-001")).toEqual([".mcp.json:10"]);
    expect(at("AP-HOST-002")).toEqual(["services/api/.codex/config.toml:2"]);
    expect(at("AP-NAT-001").sort()).toEqual([
      ".claude/settings.json:1",
      ".mcp.json:1",
      "services/api/.codex/config.toml:1",
    ]);
    // deny rules are protection; the narrow allow rule is not broad; references are not secrets
    expect(at("AP-HOST-003")).toEqual([]);
    expect(report.findings.filter((f) => f.file === ".claude/settings.json").map((f) => f.ruleId)).toEqual([
      "AP-NAT-001",
    ]);
    // governance checks are replaced by the one AP-NAT-001 finding on implicit agents
    expect(report.findings.some((f) => /^AP-(?:ID|RISK|AUDIT|MON|OVS)-/.test(f.ruleId))).toBe(false);
    expect(report.agents.map((a) => [a.name, a.source]).sort()).toEqual([
      ["claude-code", "claude-code-settings"],
      ["claude-code-mcp", "claude-code-mcp"],
      ["codex-services-api", "codex-config"],
    ]);
    expect(report.errors).toEqual([]);
  });

  it("reports a malformed native file as an error with line and column and checks the rest", () => {
    const dir = tempTree({
      ".vscode/mcp.json": '{\n  "servers": {\n    "x": { "command": "npx" \n  }\n',
      ".gemini/settings.json": '{ "mcpServers": { "docs": { "httpUrl": "http://docs.example.com/mcp" } } }',
    });
    const run = runCli(["check", "--format", "json"], { cwd: dir });
    const report = JSON.parse(run.stdout) as {
      errors: Array<{ file: string; line: number }>;
      findings: Array<{ ruleId: string }>;
    };
    expect(report.errors).toEqual([expect.objectContaining({ file: ".vscode/mcp.json", line: 5 })]);
    expect(report.findings.map((f) => f.ruleId)).toContain("AP-MCP-001");
  });
});
