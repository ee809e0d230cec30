import { describe, expect, it } from "vitest";
import { csvCell, formatInventoryCsv } from "../../src/format/inventory/csv.js";
import { formatInventory } from "../../src/format/inventory/index.js";
import { formatInventoryMarkdown } from "../../src/format/inventory/markdown.js";
import { formatInventoryText } from "../../src/format/inventory/text.js";
import type { InventoryRow } from "../../src/report/inventory.js";

function row(over: Partial<InventoryRow> = {}): InventoryRow {
  return {
    name: "billing-bot",
    file: "agents/billing.agent.yaml",
    owner: "team:payments",
    sponsor: "li.wei@example.com",
    environment: "production",
    riskTier: "limited",
    identityProvider: "entra",
    accessLevel: "privileged",
    permissions: 3,
    sensitivePermissions: 1,
    ungatedSensitive: 0,
    permissionCategories: ["database", "payments"],
    credentialTypes: ["workload-identity"],
    longestTtl: "15m",
    gates: ["payout"],
    findings: { critical: 0, high: 2, medium: 1, low: 0, info: 0 },
    waived: 1,
    ...over,
  };
}

describe("CSV", () => {
  it("quotes per RFC 4180 and ends lines with CRLF", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    const csv = formatInventoryCsv([row()]);
    expect(csv.split("\r\n")).toEqual([
      "name,file,owner,sponsor,environment,risk_tier,identity_provider,access_level,permission_categories,credential_types,longest_ttl,gates,critical,high,medium,low,info,waived,type,status,signals",
      "billing-bot,agents/billing.agent.yaml,team:payments,li.wei@example.com,production,limited,entra,privileged,database; payments,workload-identity,15m,payout,0,2,1,0,0,1,agent,declared,",
      "",
    ]);
  });

  it.each(['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])(
    "neutralises a formula-looking cell %j",
    (value) => {
      const cell = csvCell(value);
      expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
      const csv = formatInventoryCsv([row({ owner: value })]);
      expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
    },
  );
});

describe("Markdown", () => {
  it("escapes every cell so data cannot break the table, open HTML or mention anyone", () => {
    const md = formatInventoryMarkdown([row({ owner: "a | b <img src=x> @octocat", gates: [] })]);
    const line = md.split("\n").find((l) => l.startsWith("| **billing"))!;
    expect(line.split(/(?<!\\)\|/).length - 2).toBe(13);
    expect(md).not.toContain("<img");
    expect(md).not.toMatch(/@octocat/);
    expect(md).toContain("2 high, 1 medium, 1 waived");
    expect(md).toMatch(/^## Agent inventory\n\n1 agent, 1 with privileged access\./);
  });
});

describe("text", () => {
  it("prints one block per agent and a tally, with no control characters from data", () => {
    const text = formatInventoryText([
      row({ name: "evil\u001b[31m\nbot" }),
      row({ name: "reader", accessLevel: "read-only" }),
    ]);
    expect(text).not.toContain("\u001b");
    expect(text).toMatch(/^evil\uFFFD\[31m bot {2}agents\/billing\.agent\.yaml\n {2}owner {8}team:payments/);
    expect(text).toMatch(/ {2}findings {5}2 high, 1 medium, 1 waived/);
    expect(text.trimEnd().split("\n").at(-1)).toBe("2 agents: 1 read-only, 0 write, 1 privileged");
  });
});

describe("JSON", () => {
  it("lays out agents in a fixed key order with optional fields only when known", () => {
    const out = JSON.parse(
      formatInventory("json", {
        schemaVersion: 1,
        tool: { name: "agentpolicy", version: "0.0.0" },
        agents: [row({ sponsor: undefined })],
        errors: [],
      }),
    );
    expect(Object.keys(out)).toEqual(["schemaVersion", "tool", "agents", "errors"]);
    expect(Object.keys(out.agents[0])).toEqual([
      "name",
      "file",
      "status",
      "owner",
      "environment",
      "riskTier",
      "identityProvider",
      "accessLevel",
      "permissionCategories",
      "credentialTypes",
      "longestTtl",
      "gates",
      "findings",
      "waived",
    ]);
  });
});
