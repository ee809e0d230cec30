// No output of a plain-text format lets data begin a line with `::`, which GitHub's runner would read as
// a workflow command (after trimming white space): file paths, agent names and CSV cells that would are
// shown with a prefix, and HTML writes line breaks from data as character references.
import { describe, expect, it } from "vitest";
import { commandSafe, escapeHtml } from "../../src/format/escape.js";
import { csvCell, formatInventoryCsv } from "../../src/format/inventory/csv.js";
import { formatInventoryText } from "../../src/format/inventory/text.js";
import { formatText } from "../../src/format/text.js";
import type { AgentRow, Report } from "../../src/report/model.js";
import { RULES, sampleReport } from "./sample.js";

const RUNNER_COMMAND = /^[\s\u0085]*::/m;

function row(over: Partial<AgentRow> = {}): AgentRow {
  return {
    name: "bot",
    file: "agents/bot.agent.yaml",
    accessLevel: "read-only",
    permissions: 0,
    permissionCategories: [],
    sensitivePermissions: 0,
    ungatedSensitive: 0,
    credentialTypes: [],
    gates: [],
    findings: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
    waived: 0,
    ...over,
  };
}

describe("commandSafe", () => {
  it.each(["::error::x", "  ::warning::x", "\u00a0::notice::x", "\u2003\t::add-mask::x", "\u0085::x"])(
    "prefixes %j",
    (text) => {
      expect(commandSafe(text)).toBe(`'${text}`);
      expect(commandSafe(text, "./")).toBe(`./${text}`);
    },
  );

  it.each(["x::error::y", ":error:", "a :: b", ""])("leaves %j alone", (text) => {
    expect(commandSafe(text)).toBe(text);
  });
});

describe("the text format", () => {
  it("shows a file named like a workflow command as ./::…, as a heading and among waived findings", () => {
    const report: Report = sampleReport();
    const file = "::error::injected.agent.yaml";
    report.findings = report.findings.map((f) => ({ ...f, file }));
    report.errors = report.errors.map((e) => ({ ...e, file: ` ${file}` }));
    const text = formatText({ report, rules: RULES });
    expect(text).not.toMatch(RUNNER_COMMAND);
    expect(text).toContain(`\n./${file}\n`);
    expect(text).toContain(`./ ${file}`);
    expect(report.findings.some((f) => f.status === "waived")).toBe(true);
    expect(text).toMatch(new RegExp(`^ {2}\\./::error::injected\\.agent\\.yaml:\\d+:\\d+`, "m"));
  });
});

describe("the inventory", () => {
  it("starts no line of text with a name that is a workflow command", () => {
    const text = formatInventoryText([row({ name: "::error::injected" }), row({ name: "\n::add-mask::x" })]);
    expect(text).not.toMatch(RUNNER_COMMAND);
    expect(text).toMatch(/^'::error::injected {2}agents\/bot\.agent\.yaml$/m);
  });

  it("starts no CSV line, inside a quoted cell or at the start of a row, with a workflow command", () => {
    expect(csvCell("::error::x")).toBe("'::error::x");
    expect(csvCell("a\n  ::stop-commands::t\r\n::error::y")).toBe(
      `"a\n'  ::stop-commands::t\r\n'::error::y"`,
    );
    const csv = formatInventoryCsv([row({ name: "::error::x", owner: "o\n::warning::y" })]);
    expect(csv).not.toMatch(RUNNER_COMMAND);
  });
});

describe("escapeHtml", () => {
  it("lets data start no line of the page", () => {
    const html = `<td>${escapeHtml("a\n::error::x\r\n\u00a0::add-mask::y\rz")}</td>`;
    expect(html).not.toMatch(RUNNER_COMMAND);
    expect(html.split("\n")).toHaveLength(1);
  });
});
