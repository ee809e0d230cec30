// Data must not drive the terminal or the log viewer that shows a report: no ESC (colour, cursor moves,
// OSC 8 hyperlinks, window titles), BEL, other C0 or C1 controls (U+009B is a one-byte CSI), and no bidi
// override or isolate that reorders what a reviewer reads ("trojan source"). Every output of every
// format is checked with the same hostile text in every field that data reaches: text formats show a
// visible replacement, JSON formats escape the character (\uXXXX) so the data stays exact.
import { describe, expect, it } from "vitest";
import { buildComment } from "../../src/action/comment.js";
import { summaryMarkdown } from "../../src/action/summary.js";
import { formatCycloneDx } from "../../src/format/cyclonedx.js";
import { csvCell } from "../../src/format/inventory/csv.js";
import { FORMATS } from "../../src/format/names.js";
import { format } from "../helpers/formats.js";
import { formatInventory, INVENTORY_FORMATS } from "../../src/format/inventory/index.js";
import { formatPolicyChangesMarkdown, formatPolicyChangesText } from "../../src/format/policy-changes.js";
import type { Inventory } from "../../src/report/inventory.js";
import {
  emptyCounts,
  type AgentRow,
  type ComponentRow,
  type Report,
  type RuleMeta,
} from "../../src/report/model.js";
import { RULES, ROW, sampleReport } from "../format/sample.js";

/** An OSC 8 hyperlink, a colour, a one-byte CSI, BEL, a right-to-left override and an isolate. */
const CONTROL_TEXT =
  "\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u001b[2J\u001b[31mred \u009b1mbold\u0007 " +
  "\u0001\u007f \u202egnp.exe\u202c \u2067isolate\u2069 \u202a\u202b\u202d\u2066\u2068";

/** Characters no output may carry raw (line breaks, tab and CR excepted: formats decide about those). */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

// Fields whose values the formatters switch on (enums); every other string is data.
const ENUM_KEYS = new Set([
  "severity",
  "status",
  "change",
  "failOn",
  "policySource",
  "accessLevel",
  "type",
  "by",
]);

function poison<T>(value: T, key = ""): T {
  if (typeof value === "string") return (ENUM_KEYS.has(key) ? value : `${value}${CONTROL_TEXT}`) as T;
  if (Array.isArray(value)) return value.map((v) => poison(v, key)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)])) as T;
  }
  return value;
}

function hostileReport(): Report {
  const report = sampleReport();
  report.policyChanges = [
    { kind: "waiver-added", text: "waiver added", mayWeaken: true },
    { kind: "frameworks-changed", text: "frameworks changed", mayWeaken: false },
  ];
  report.policySource = "defaults";
  report.baseUnreadable = "GitHub answered 503";
  return poison(report);
}

const rules: RuleMeta[] = poison(RULES);

function hostileRow(over: Partial<AgentRow> = {}): AgentRow {
  return poison({
    ...ROW,
    name: "bot",
    file: "agents/bot.agent.yaml",
    owner: "team@example.com",
    sponsor: "cfo",
    environment: "prod",
    riskTier: "high",
    identityProvider: "okta",
    accessLevel: "read-only",
    permissionCategories: ["database"],
    credentialTypes: ["static-token"],
    longestTtl: "30d",
    gates: ["payment-release"],
    ...over,
  } as AgentRow);
}

const component: ComponentRow = poison({
  path: "services/shadow",
  name: "shadow",
  declared: false,
  declaredBy: [],
  kinds: ["agent-framework"],
  ecosystems: ["npm"],
  files: ["services/shadow/package.json"],
  signals: [
    {
      type: "dependency",
      package: "@langchain/langgraph",
      kind: "agent-framework",
      file: "services/shadow/package.json",
      line: 5,
      ecosystem: "npm",
    },
  ],
  findings: { ...emptyCounts(), medium: 1 },
  waived: 0,
} as ComponentRow);

function rawControls(output: string): string[] {
  return [...output.matchAll(new RegExp(RAW_CONTROL.source, "gu"))].map(
    (m) => `U+${m[0].codePointAt(0)!.toString(16).padStart(4, "0")}`,
  );
}

describe("no report format passes a terminal control or bidi character through from data", () => {
  it("the hostile fixture reaches the output at all", () => {
    expect(format("json", { report: hostileReport(), rules })).toContain("gnp.exe");
  });

  it.each(FORMATS)("%s", (name) => {
    const out = format(name, { report: hostileReport(), rules, now: Date.UTC(2026, 11, 2) } as never);
    expect(out).toContain("gnp.exe");
    expect(rawControls(out)).toEqual([]);
  });

  it("the PR comment and the job summary", () => {
    const input = { report: hostileReport(), rules };
    for (const out of [buildComment(input), summaryMarkdown(input)]) {
      expect(out).toContain("gnp.exe");
      expect(rawControls(out)).toEqual([]);
    }
  });

  it("policy changes as text and Markdown", () => {
    const changes = hostileReport().policyChanges ?? [];
    for (const out of [formatPolicyChangesText(changes), formatPolicyChangesMarkdown(changes)]) {
      expect(out).toContain("waiver added");
      expect(rawControls(out)).toEqual([]);
    }
  });

  it.each(INVENTORY_FORMATS)("the %s inventory", (name) => {
    const inventory: Inventory = {
      schemaVersion: 1,
      tool: { name: "agentpolicy", version: "0.1.0" },
      agents: [hostileRow(), hostileRow({ name: "other" })],
      components: [component],
    } as Inventory;
    const out = formatInventory(name, inventory);
    expect(out).toContain("okta");
    expect(rawControls(out)).toEqual([]);
  });

  it("the CycloneDX bill of materials", () => {
    const out = formatCycloneDx({
      report: {
        tool: { name: "agentpolicy", version: "0.1.0" },
        agents: [hostileRow()],
        components: [component],
      },
      name: `project${CONTROL_TEXT}`,
    });
    expect(out).toContain("okta");
    expect(rawControls(out)).toEqual([]);
  });
});

describe("a CSV cell never starts a spreadsheet formula", () => {
  it.each([
    '=HYPERLINK("https://evil.example")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    " =1+1",
    "   +1",
    "\u00a0@SUM(A1)",
    "\u3000=1",
    "\n=1+1",
    "\uff1d1+1",
  ])("%j", (value) => {
    const cell = csvCell(value);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted.startsWith("'"), cell).toBe(true);
  });

  it("leaves ordinary cells alone", () => {
    expect(csvCell("team@example.com")).toBe("team@example.com");
    expect(csvCell("a = b")).toBe("a = b");
    expect(csvCell("30d")).toBe("30d");
  });

  it("strips controls from cells, keeping line breaks inside a quoted cell", () => {
    expect(csvCell("a\u001b[31mb\u202ec")).toBe("a\uFFFD[31mb\uFFFDc");
    expect(csvCell("a\nb")).toBe('"a\nb"');
  });
});
