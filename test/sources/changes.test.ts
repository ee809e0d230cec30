// Pull-request view of a native agent: posture and server changes between base and head.
import { describe, expect, it } from "vitest";
import { diffAgents } from "../../src/diff/changes.js";
import { loadTexts } from "../../src/sources/texts.js";

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

  it("shows an MCP server added to .mcp.json as an MCP server added", () => {
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
        subject: "MCP server slack from npm:@modelcontextprotocol/server-slack",
        escalation: true,
      }),
    );
  });
});

describe("Gemini CLI approval posture", () => {
  const gemini = (settings: unknown) =>
    loadTexts([{ file: ".gemini/settings.json", text: JSON.stringify(settings) }]).agents;
  const posture = (base: unknown, head: unknown) =>
    (diffAgents(gemini(base), gemini(head))[0]?.details ?? [])
      .filter((d) => d.kind === "posture-changed")
      .map((d) => `${d.path} ${d.before ?? "(unset)"} → ${d.after ?? "(unset)"}${d.escalation ? " ⚠️" : ""}`);

  it("reads general.defaultApprovalMode and security.disableYoloMode as posture", () => {
    const text = `{
  // approval settings only: still a Gemini CLI agent config
  "general": { "defaultApprovalMode": "auto_edit" },
  "security": { "disableYoloMode": true }
}`;
    const [agent] = loadTexts([{ file: ".gemini/settings.json", text }]).agents;
    expect((agent?.data.native as { posture: unknown }).posture).toEqual({
      "general.defaultApprovalMode": "auto_edit",
      "security.disableYoloMode": "true",
    });
  });

  it("orders the approval modes plan → default → auto_edit: more auto-approval is an escalation", () => {
    const mode = (m: string) => ({ general: { defaultApprovalMode: m }, mcpServers: {} });
    expect(posture(mode("default"), mode("auto_edit"))).toEqual([
      "/native/posture/general.defaultApprovalMode default → auto_edit ⚠️",
    ]);
    expect(posture(mode("plan"), mode("default"))).toEqual([
      "/native/posture/general.defaultApprovalMode plan → default ⚠️",
    ]);
    expect(posture(mode("auto_edit"), mode("plan"))).toEqual([
      "/native/posture/general.defaultApprovalMode auto_edit → plan",
    ]);
    // "yolo" is not a settings value (the CLI ignores it there): flagged for review, never ranked as safe
    expect(posture(mode("default"), mode("yolo"))).toEqual([
      "/native/posture/general.defaultApprovalMode default → yolo ⚠️",
    ]);
  });

  it("allowing YOLO again (security.disableYoloMode true → false or removed) is an escalation", () => {
    const yolo = (v?: boolean) => ({
      security: v === undefined ? {} : { disableYoloMode: v },
      mcpServers: {},
    });
    expect(posture(yolo(true), yolo(false))).toEqual([
      "/native/posture/security.disableYoloMode true → false ⚠️",
    ]);
    expect(posture(yolo(false), yolo(true))).toEqual([
      "/native/posture/security.disableYoloMode false → true",
    ]);
    // removed, the documented default (false) applies: YOLO is allowed again
    expect(posture(yolo(true), yolo())).toEqual([
      "/native/posture/security.disableYoloMode true → (unset) ⚠️",
    ]);
    expect(posture(yolo(), yolo(true))).toEqual(["/native/posture/security.disableYoloMode (unset) → true"]);
  });
});
