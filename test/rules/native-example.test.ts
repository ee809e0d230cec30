// examples/native-repo: a repository with only the agent configs teams commit, judged as they are.
import { beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { runCheck } from "../../src/check.js";
import type { Finding } from "../../src/report/model.js";

const ROOT = fileURLToPath(new URL("../../examples/native-repo", import.meta.url));
let findings: Finding[] = [];
let report: Awaited<ReturnType<typeof runCheck>>["report"];

beforeAll(async () => {
  ({ report } = await runCheck({
    root: ROOT,
    paths: [],
    failOn: "high",
    maxFileSize: 1024 * 1024,
    now: Date.UTC(2026, 10, 1),
  }));
  findings = report.findings;
});

describe("examples/native-repo", () => {
  it("reports exactly what its README lists, each at its line", () => {
    expect(report.errors).toEqual([]);
    expect(findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`).sort()).toEqual(
      [
        "AP-A2A-001 services/booking/.well-known/agent-card.json:1",
        "AP-CRED-001 .mcp.json:16",
        "AP-HOST-002 .codex/config.toml:4",
        "AP-HOST-003 .claude/settings.json:3",
        "AP-MCP-001 services/booking/.gemini/settings.json:5",
        "AP-MCP-003 services/booking/.gemini/settings.json:7",
        "AP-MON-004 agents/claude-code.agent.yaml:29",
        "AP-NAT-001 .codex/config.toml:1",
        "AP-NAT-001 .mcp.json:1",
        "AP-NAT-001 .vscode/mcp.json:1",
        "AP-NAT-001 services/booking/.gemini/settings.json:1",
        "AP-NAT-001 services/booking/.well-known/agent-card.json:1",
        "AP-SUP-002 .mcp.json:15",
        "AP-SUP-002 services/booking/.gemini/settings.json:5",
      ].sort(),
    );
  });

  it("never shows the password in the Postgres URL", () => {
    expect(JSON.stringify(report)).not.toContain("Xk9mP2vL8qR4tW7z");
  });

  it("derives owners from CODEOWNERS where no manifest names one", () => {
    const owners = Object.fromEntries(
      (report.agents ?? []).map((a) => [a.name, [a.owner, a.ownerSource ?? null, a.source ?? null]]),
    );
    expect(owners["claude-code"]).toEqual(["team:web-platform", null, "claude-code-settings"]);
    expect(owners["gemini-cli-services-booking"]).toEqual([
      "team:acme/booking",
      "CODEOWNERS (.github/CODEOWNERS:3)",
      "gemini-settings",
    ]);
    expect(owners["codex"]).toEqual([
      "team:acme/platform",
      "CODEOWNERS (.github/CODEOWNERS:2)",
      "codex-config",
    ]);
  });
});
