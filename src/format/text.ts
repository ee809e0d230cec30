// Terminal output in the spirit of ESLint's "stylish": a heading per file, aligned rows under it,
// then waived findings apart, changes against the base, a one-line tally and the coverage table.
// Every data value goes through oneLine(), so nothing from a manifest can break a line or emit a
// terminal escape; colour codes are added only after padding so alignment holds with colour on.
import { messageWithRelated } from "./related.js";
import type { AgentChange, FileError, Finding, FormatInput, Report, Severity } from "../report/model.js";
import { commandSafe, oneLine } from "./escape.js";
import { problemCount, tally, tallyControls, verdict } from "./summary.js";
import { plural } from "../util/text.js";
import { formatPolicyChangesText, unreadableBaseNotice } from "./policy-changes.js";

type Paint = (s: string) => string;

interface Palette {
  bold: Paint;
  dim: Paint;
  underline: Paint;
  red: Paint;
  yellow: Paint;
  cyan: Paint;
  gray: Paint;
  green: Paint;
}

function palette(color: boolean): Palette {
  const sgr =
    (open: number, close: number): Paint =>
    (s) =>
      color && s !== "" ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    underline: sgr(4, 24),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    gray: sgr(90, 39),
    green: sgr(32, 39),
  };
}

function severityPaint(p: Palette, s: Severity): Paint {
  switch (s) {
    case "critical":
      return (t) => p.bold(p.red(t));
    case "high":
      return p.red;
    case "medium":
      return p.yellow;
    case "low":
      return p.cyan;
    case "info":
      return p.gray;
  }
}

interface Cell {
  text: string;
  paint?: Paint;
  right?: boolean;
}

/**
 * Pads every column to its width (columnWidths, measured before painting) and joins with two spaces;
 * a column that is empty in every row is left out.
 */
function renderRows(rows: Cell[][], indent: string, widths: number[]): string[] {
  return rows.map((row) => {
    const cells = row.flatMap((c, i) => {
      const width = widths[i] ?? 0;
      if (width === 0) return [];
      const pad = " ".repeat(Math.max(0, width - c.text.length));
      const shown = c.paint ? c.paint(c.text) : c.text;
      return [c.right ? pad + shown : i === row.length - 1 ? shown : shown + pad];
    });
    return (indent + cells.join("  ")).trimEnd();
  });
}

/**
 * A column is padded to its widest cell up to this many characters: one long message (a native config's
 * agent with no manifest names its file and agent) would otherwise push every rule id of the report past
 * the terminal's edge. A longer cell goes unpadded, and its row's last column follows it.
 */
const MAX_PADDED_WIDTH = 100;

function columnWidths(rows: Cell[][]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, Math.min(c.text.length, MAX_PADDED_WIDTH))));
  }
  return widths;
}

/** A file path that begins a line: `./` in front when the path itself would start a workflow command. */
function pathAtLineStart(file: string): string {
  return commandSafe(oneLine(file), "./");
}

function position(line: number, column: number): string {
  return `${line}:${column}`;
}

/** Findings and errors by file, files in the report's (file, line, ruleId) order. */
function byFile(
  findings: Finding[],
  errors: FileError[],
): Map<string, { errors: FileError[]; findings: Finding[] }> {
  const files = [...new Set([...errors.map((e) => e.file), ...findings.map((f) => f.file)])].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const groups = new Map(files.map((f) => [f, { errors: [] as FileError[], findings: [] as Finding[] }]));
  for (const e of errors) groups.get(e.file)?.errors.push(e);
  for (const f of findings) groups.get(f.file)?.findings.push(f);
  return groups;
}

function problemSection(report: Report, p: Palette): string[] {
  const open = report.findings.filter((f) => f.status !== "waived");
  const groups = byFile(open, report.errors);
  if (groups.size === 0) return [];
  const withBase = report.base !== undefined || open.some((f) => f.new !== undefined);

  const rowsOf = (g: { errors: FileError[]; findings: Finding[] }): Cell[][] => [
    ...g.errors.map((e): Cell[] => [
      { text: position(e.line, e.column), paint: p.dim },
      { text: "error", paint: (t) => p.bold(p.red(t)) },
      ...(withBase ? [{ text: "" }] : []),
      { text: "" },
      { text: oneLine(e.message) },
      { text: "file-error", paint: p.dim },
    ]),
    ...g.findings.map((f): Cell[] => [
      { text: position(f.line, f.column), paint: p.dim },
      { text: f.severity, paint: severityPaint(p, f.severity) },
      ...(withBase ? [{ text: f.new ? "new" : "", paint: (t: string) => p.bold(p.green(t)) }] : []),
      { text: oneLine(f.agent ?? "") },
      { text: oneLine(messageWithRelated(f)) },
      { text: oneLine(f.ruleId), paint: p.dim },
    ]),
  ];
  const blocks = [...groups].map(([file, g]) => ({ file, rows: rowsOf(g) }));
  const widths = columnWidths(blocks.flatMap((b) => b.rows));
  return blocks.flatMap((b) => [
    p.underline(pathAtLineStart(b.file)),
    ...renderRows(b.rows, "  ", widths),
    "",
  ]);
}

function waivedSection(report: Report, p: Palette): string[] {
  const waived = report.findings.filter((f) => f.status === "waived");
  if (waived.length === 0) return [];
  const rows = waived.map((f): Cell[] => {
    const w = f.waiver;
    const note = w
      ? `waived: ${oneLine(w.reason)} (approved by ${oneLine(w.approved_by)}, expires ${oneLine(w.expires)})`
      : "waived";
    return [
      { text: `${pathAtLineStart(f.file)}:${position(f.line, f.column)}`, paint: p.dim },
      { text: f.severity, paint: p.dim },
      { text: oneLine(f.agent ?? ""), paint: p.dim },
      { text: oneLine(messageWithRelated(f)), paint: p.dim },
      { text: oneLine(f.ruleId), paint: p.dim },
      { text: note, paint: p.dim },
    ];
  });
  return [p.dim(`waived (${waived.length})`), ...renderRows(rows, "  ", columnWidths(rows)), ""];
}

function changeSection(report: Report, p: Palette): string[] {
  const changes: AgentChange[] = report.changes ?? [];
  if (!report.base || changes.length === 0) return [];
  const lines = [
    p.bold(`changes since ${oneLine(report.base.ref)} (${oneLine(report.base.sha).slice(0, 12)})`),
  ];
  for (const c of changes) {
    lines.push(`  ${c.change}  ${oneLine(c.agent)}  ${p.dim(oneLine(c.file))}`);
    for (const d of c.details) {
      const value =
        d.before !== undefined && d.after !== undefined
          ? `${oneLine(d.before)} → ${oneLine(d.after)}`
          : d.after !== undefined
            ? `+ ${oneLine(d.after)}`
            : d.before !== undefined
              ? `- ${oneLine(d.before)}`
              : "";
      const mark = d.escalation ? p.red("▲") : " ";
      const fails = d.fails ? `  ${p.red("(fails the run: fail_on_escalation)")}` : "";
      lines.push(`    ${mark} ${oneLine(d.kind)}  ${p.dim(oneLine(d.path))}  ${value}${fails}`.trimEnd());
    }
  }
  return [...lines, ""];
}

function policySection(report: Report): string[] {
  const notice = unreadableBaseNotice(report);
  const changes = report.policyChanges ?? [];
  return [
    ...(notice ? [`! ${oneLine(notice)}`, ""] : []),
    ...(changes.length > 0
      ? [formatPolicyChangesText(changes, { source: report.policySource ?? "base" }).trimEnd(), ""]
      : []),
  ];
}

function summarySection(report: Report, p: Palette): string[] {
  const bad = problemCount(report) > 0 || report.summary.errors > 0;
  const mark = bad ? p.bold(p.red("✖")) : p.green("✔");
  const { files, agents, passed } = report.summary;
  const scope = `${plural(files, "file")}, ${plural(agents, "agent")}`;
  const base = report.base ? ` · compared with ${oneLine(report.base.ref)}` : "";
  return [
    `${mark} ${tally(report)}`,
    `  ${scope}${base} · ${passed ? p.green(verdict(report)) : p.red(verdict(report))}`,
  ];
}

/** Failing controls shown per framework; the rest are counted, so six catalogs still fit a terminal. */
const MAX_FAILING_SHOWN = 5;

function failingList(ids: string[]): string {
  const shown = ids.slice(0, MAX_FAILING_SHOWN).map(oneLine).join(", ");
  const rest = ids.length - MAX_FAILING_SHOWN;
  return rest > 0 ? `${shown} +${rest} more` : shown;
}

function coverageSection(report: Report, p: Palette): string[] {
  if (report.frameworks.length === 0) return [];
  const header: Cell[] = [
    "framework",
    "pass",
    "fail",
    "partial",
    "waived",
    "attested",
    "manual",
    "not eval.",
    "n/a",
    "failing",
  ].map((t, i) => ({
    text: t,
    paint: p.dim,
    right: i > 0 && i < 9,
  }));
  const rows = report.frameworks.map((fw): Cell[] => {
    const t = tallyControls(fw);
    const num = (n: number, paint?: Paint): Cell => ({
      text: String(n),
      right: true,
      ...(n > 0 && paint ? { paint } : {}),
    });
    return [
      { text: oneLine(fw.id) },
      num(t.pass, p.green),
      num(t.fail, p.red),
      num(t.partial),
      num(t.waived),
      num(t.attested),
      num(t.manual),
      num(t["not-evaluated"]),
      num(t["not-applicable"]),
      { text: failingList(t.failingIds), paint: p.red },
    ];
  });
  const all = [header, ...rows];
  return ["", p.bold("coverage"), ...renderRows(all, "  ", columnWidths(all))];
}

export function formatText({ report, color = false }: FormatInput): string {
  const p = palette(color);
  const lines = [
    ...problemSection(report, p),
    ...waivedSection(report, p),
    ...changeSection(report, p),
    ...policySection(report),
    ...summarySection(report, p),
    ...coverageSection(report, p),
  ];
  return lines.join("\n") + "\n";
}
