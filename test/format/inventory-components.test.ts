import { describe, expect, it } from "vitest";
import { formatInventory } from "../../src/format/inventory/index.js";
import type { Inventory } from "../../src/report/inventory.js";
import { emptyCounts, type ComponentRow } from "../../src/report/model.js";

const component = (path: string, declared: boolean): ComponentRow => ({
  path,
  name: path,
  declared,
  declaredBy: declared ? [{ by: "code", file: "agents/bot.agent.yaml", agent: "bot" }] : [],
  ...(declared ? { agent: "bot" } : {}),
  kinds: ["agent-framework"],
  ecosystems: ["npm"],
  files: [`${path}/package.json`],
  signals: [
    {
      type: "dependency",
      package: "@langchain/langgraph",
      kind: "agent-framework",
      file: `${path}/package.json`,
      line: 5,
      ecosystem: "npm",
    },
    {
      type: "import",
      package: "@langchain/langgraph",
      kind: "agent-framework",
      file: `${path}/src/a.ts`,
      line: 1,
      ecosystem: "npm",
    },
  ],
  findings: declared ? emptyCounts() : { ...emptyCounts(), medium: 1 },
  waived: 0,
});

const inventory: Inventory = {
  schemaVersion: 1,
  tool: { name: "agentpolicy", version: "0.1.0" },
  agents: [
    {
      name: "bot",
      file: "agents/bot.agent.yaml",
      owner: "team@example.com",
      accessLevel: "read-only",
      permissions: 0,
      permissionCategories: [],
      sensitivePermissions: 0,
      ungatedSensitive: 0,
      credentialTypes: [],
      gates: [],
      findings: emptyCounts(),
      waived: 0,
    },
  ],
  components: [component("services/bot", true), component("services/=shadow", false)],
  errors: [],
};

describe("inventory with discovered components", () => {
  it("text: agents and code side by side, each declared or undeclared", () => {
    const text = formatInventory("text", inventory);
    expect(text).toMatch(/^inventory: 3 entries, 1 undeclared/);
    expect(text).toMatch(/declared\s+agent\s+bot\s+agents\/bot\.agent\.yaml/);
    expect(text).toMatch(
      /undeclared\s+code \(agent-framework\)\s+services\/=shadow\s+services\/=shadow\/package\.json:5/,
    );
    expect(text).toContain("status    declared (code: globs of bot)");
    expect(text).toContain("2 code components with AI agent code: 1 undeclared, 1 declared");
  });

  it("markdown: an overview table and a components table", () => {
    const md = formatInventory("markdown", inventory);
    expect(md).toContain("| **undeclared** | code (agent-framework) | services/=shadow |");
    expect(md).toContain("## Discovered agent code");
  });

  it("csv: one table with type, status and signals columns; no formula cells", () => {
    const lines = formatInventory("csv", inventory).trimEnd().split("\r\n");
    const header = lines[0]!.split(",");
    expect(header.slice(-3)).toEqual(["type", "status", "signals"]);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^bot,.*,agent,declared,$/);
    expect(lines[3]).toMatch(
      /^services\/=shadow,services\/=shadow\/package\.json,.*,code,undeclared,'@langchain\/langgraph \(agent-framework\) at services\/=shadow\/package\.json:5$/,
    );
  });

  it("json: components[] with status and signals", () => {
    const json = JSON.parse(formatInventory("json", inventory)) as {
      agents: { status: string }[];
      components: { path: string; status: string; signals: unknown[] }[];
    };
    expect(json.agents[0]!.status).toBe("declared");
    expect(json.components.map((c) => `${c.path} ${c.status}`)).toEqual([
      "services/bot declared",
      "services/=shadow undeclared",
    ]);
    expect(json.components[1]!.signals).toHaveLength(2);
  });
});
