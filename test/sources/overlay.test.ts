// The `sources:` overlay: a manifest governs native configs; merged nodes are located in their own file.
import { describe, expect, it } from "vitest";
import { checkAgents } from "../../src/check.js";
import { loadTexts } from "../../src/sources/texts.js";
import { resolveSource } from "../../src/sources/overlay.js";

const MCP = JSON.stringify(
  {
    mcpServers: {
      github: {
        command: "npx",
        args: ["-y", "@modelcontextprotocol/server-github"],
        env: { GITHUB_TOKEN: "${GITHUB_TOKEN}" },
      },
    },
  },
  null,
  2,
);
const SETTINGS = JSON.stringify(
  { permissions: { allow: ["Bash(npm run test:*)", "Bash(curl:*)"], deny: ["Bash(sudo:*)"] } },
  null,
  2,
);
const MANIFEST = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: claude-code
  description: Claude Code for the web app
  owner: team:web
tools:
  - name: own-tool
    type: function
sources:
  - .mcp.json
  - ../.claude/settings.json
`;

describe("sources: overlay", () => {
  const loaded = loadTexts([
    { file: ".mcp.json", text: MCP },
    { file: ".claude/settings.json", text: SETTINGS },
    { file: "agents/claude-code.agent.yaml", text: MANIFEST },
  ]);

  it("merges the configs into the manifest and leaves no implicit agent behind", () => {
    expect(loaded.agents.map((a) => a.name)).toEqual(["claude-code"]);
    const data = loaded.agents[0]!.data;
    expect((data.tools as Array<{ name: string }>).map((t) => t.name)).toEqual(["own-tool", "github"]);
    expect(data.credentials).toEqual([
      { name: "github/GITHUB_TOKEN", type: "static-token", secret_ref: "env:GITHUB_TOKEN" },
    ]);
    expect((data.native as { implicit: boolean; sources: unknown[] }).implicit).toBe(false);
    expect((data.native as { sources: Array<{ status: string }> }).sources.map((s) => s.status)).toEqual([
      "ok",
      "ok",
    ]);
  });

  it("reports findings on merged nodes at the native file's line, and manifest checks run in full", () => {
    const { report } = checkAgents(loaded, { failOn: "high", now: Date.UTC(2026, 10, 1) });
    const where = (id: string) =>
      report.findings.filter((f) => f.ruleId === id).map((f) => `${f.file}:${f.line}`);
    // the manifest's own tool at its own line, the merged server at its package argument
    expect(where("AP-SUP-002").sort()).toEqual([".mcp.json:7", "agents/claude-code.agent.yaml:8"]);
    expect(where("AP-HOST-003")).toEqual([".claude/settings.json:5"]);
    expect(where("AP-NAT-001")).toEqual([]);
    // governance comes from the manifest: its own checks apply (no sponsor, no identity, ...)
    expect(where("AP-ID-005")).toEqual(["agents/claude-code.agent.yaml:3"]);
    // a narrow host allow rule is not a missing justification or gate
    expect(where("AP-PERM-002")).toEqual([]);
    expect(report.agents?.[0]).toMatchObject({
      name: "claude-code",
      sourceFiles: [".mcp.json", ".claude/settings.json"],
    });
  });

  it("reports a missing source and a doubly claimed one on the manifest's sources entry", () => {
    const twice = loadTexts([
      { file: ".mcp.json", text: MCP },
      { file: "agents/a.agent.yaml", text: MANIFEST.replace("../.claude/settings.json", "gone/.mcp.json") },
      {
        file: "agents/b.agent.yaml",
        text: MANIFEST.replace("claude-code", "other").replace("  - ../.claude/settings.json\n", ""),
      },
    ]);
    const { report } = checkAgents(twice, { failOn: "high", now: Date.UTC(2026, 10, 1) });
    const src = report.findings
      .filter((f) => f.ruleId.startsWith("AP-SRC-"))
      .map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`);
    expect(src.sort()).toEqual([
      "AP-SRC-001 agents/a.agent.yaml:12 Source gone/.mcp.json of agent claude-code does not exist",
      "AP-SRC-002 agents/a.agent.yaml:11 Source .mcp.json of agent claude-code is also claimed by other",
      "AP-SRC-002 agents/b.agent.yaml:11 Source .mcp.json of agent other is also claimed by claude-code",
    ]);
    // its tools count once: merged into the first claimer only
    const tools = twice.agents.map((a) => (a.data.tools as unknown[]).length);
    expect(tools).toEqual([2, 1]);
  });

  it("resolves paths from the root, and ./ ../ from the manifest's folder", () => {
    expect(resolveSource("agents/x.agent.yaml", ".mcp.json")).toBe(".mcp.json");
    expect(resolveSource("agents/x.agent.yaml", "./local/.mcp.json")).toBe("agents/local/.mcp.json");
    expect(resolveSource("agents/x.agent.yaml", "../.mcp.json")).toBe(".mcp.json");
    expect(resolveSource("x.agent.yaml", "../../etc/passwd")).toBe("../../etc/passwd");
    // absolute paths stay absolute: outside the repository, reported and never read
    expect(resolveSource("agents/x.agent.yaml", "/etc/passwd")).toBe("/etc/passwd");
    expect(resolveSource("agents/x.agent.yaml", "C:\\Users\\me\\.mcp.json")).toBe("C:/Users/me/.mcp.json");
  });
});
