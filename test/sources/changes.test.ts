// Pull-request view of a native agent: posture and server changes between base and head.
import { describe, expect, it } from "vitest";
import { diffAgents } from "../../src/diff/changes.js";
import { loadTexts } from "../../src/check.js";

const codex = (policy: string) => `approval_policy = "${policy}"\nsandbox_mode = "workspace-write"\n`;

describe("native changes", () => {
  it("shows approval_policy on-request → never as an escalation", () => {
    const base = loadTexts([{ file: ".codex/config.toml", text: codex("on-request") }]).agents;
    const head = loadTexts([{ file: ".codex/config.toml", text: codex("never") }]).agents;
    const [change] = diffAgents(base, head);
    expect(change?.details).toContainEqual(
      expect.objectContaining({
        kind: "posture-changed",
        subject: "approval_policy",
        before: "on-request",
        after: "never",
        escalation: true,
      }),
    );
  });

  it("shows an MCP server added to .mcp.json as a tool added", () => {
    const one = {
      mcpServers: {
        github: { command: "npx", args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"] },
      },
    };
    const two = {
      mcpServers: {
        ...one.mcpServers,
        slack: { command: "npx", args: ["-y", "@modelcontextprotocol/server-slack@2025.4.25"] },
      },
    };
    const base = loadTexts([{ file: ".mcp.json", text: JSON.stringify(one) }]).agents;
    const head = loadTexts([{ file: ".mcp.json", text: JSON.stringify(two) }]).agents;
    const [change] = diffAgents(base, head);
    expect(change).toMatchObject({ agent: "claude-code-mcp", change: "modified" });
    expect(change?.details).toContainEqual(
      expect.objectContaining({
        kind: "tool-added",
        subject: "tool slack from npm:@modelcontextprotocol/server-slack",
        escalation: true,
      }),
    );
  });
});
