import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  formatPolicyChangesText,
  unreadableBaseNotice
} from "./chunk-QFCOLK2G.js";
import {
  problemCount,
  tally,
  tallyControls,
  verdict
} from "./chunk-E5PKRJ2Y.js";
import "./chunk-UW2F2IDI.js";
import {
  plural
} from "./chunk-LCWV2GUA.js";
import "./chunk-NOSNPXS3.js";
import {
  messageWithRelated
} from "./chunk-I2UDWMBI.js";
import {
  commandSafe,
  oneLine
} from "./chunk-Z6R44D76.js";
import "./chunk-OKO2LAOG.js";

// src/format/text.ts
function palette(color) {
  const sgr = (open, close) => (s) => color && s !== "" ? `\x1B[${open}m${s}\x1B[${close}m` : s;
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    underline: sgr(4, 24),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    gray: sgr(90, 39),
    green: sgr(32, 39)
  };
}
function severityPaint(p, s) {
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
function renderRows(rows, indent, widths) {
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
var MAX_PADDED_WIDTH = 100;
function columnWidths(rows) {
  const widths = [];
  for (const row of rows) {
    row.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, Math.min(c.text.length, MAX_PADDED_WIDTH)));
  }
  return widths;
}
function pathAtLineStart(file) {
  return commandSafe(oneLine(file), "./");
}
function position(line, column) {
  return `${line}:${column}`;
}
function byFile(findings, errors) {
  const files = [.../* @__PURE__ */ new Set([...errors.map((e) => e.file), ...findings.map((f) => f.file)])].sort(
    (a, b) => a < b ? -1 : a > b ? 1 : 0
  );
  const groups = new Map(files.map((f) => [f, { errors: [], findings: [] }]));
  for (const e of errors) groups.get(e.file)?.errors.push(e);
  for (const f of findings) groups.get(f.file)?.findings.push(f);
  return groups;
}
function problemSection(report, p) {
  const open = report.findings.filter((f) => f.status !== "waived");
  const groups = byFile(open, report.errors);
  if (groups.size === 0) return [];
  const withBase = report.base !== void 0 || open.some((f) => f.new !== void 0);
  const rowsOf = (g) => [
    ...g.errors.map((e) => [
      { text: position(e.line, e.column), paint: p.dim },
      { text: "error", paint: (t) => p.bold(p.red(t)) },
      ...withBase ? [{ text: "" }] : [],
      { text: "" },
      { text: oneLine(e.message) },
      { text: "file-error", paint: p.dim }
    ]),
    ...g.findings.map((f) => [
      { text: position(f.line, f.column), paint: p.dim },
      { text: f.severity, paint: severityPaint(p, f.severity) },
      ...withBase ? [{ text: f.new ? "new" : "", paint: (t) => p.bold(p.green(t)) }] : [],
      { text: oneLine(f.agent ?? "") },
      { text: oneLine(messageWithRelated(f)) },
      { text: oneLine(f.ruleId), paint: p.dim }
    ])
  ];
  const blocks = [...groups].map(([file, g]) => ({ file, rows: rowsOf(g) }));
  const widths = columnWidths(blocks.flatMap((b) => b.rows));
  return blocks.flatMap((b) => [
    p.underline(pathAtLineStart(b.file)),
    ...renderRows(b.rows, "  ", widths),
    ""
  ]);
}
function waivedSection(report, p) {
  const waived = report.findings.filter((f) => f.status === "waived");
  if (waived.length === 0) return [];
  const rows = waived.map((f) => {
    const w = f.waiver;
    const note = w ? `waived: ${oneLine(w.reason)} (approved by ${oneLine(w.approved_by)}, expires ${oneLine(w.expires)})` : "waived";
    return [
      { text: `${pathAtLineStart(f.file)}:${position(f.line, f.column)}`, paint: p.dim },
      { text: f.severity, paint: p.dim },
      { text: oneLine(f.agent ?? ""), paint: p.dim },
      { text: oneLine(messageWithRelated(f)), paint: p.dim },
      { text: oneLine(f.ruleId), paint: p.dim },
      { text: note, paint: p.dim }
    ];
  });
  return [p.dim(`waived (${waived.length})`), ...renderRows(rows, "  ", columnWidths(rows)), ""];
}
function changeSection(report, p) {
  const changes = report.changes ?? [];
  if (!report.base || changes.length === 0) return [];
  const lines = [
    p.bold(`changes since ${oneLine(report.base.ref)} (${oneLine(report.base.sha).slice(0, 12)})`)
  ];
  for (const c of changes) {
    lines.push(`  ${c.change}  ${oneLine(c.agent)}  ${p.dim(oneLine(c.file))}`);
    for (const d of c.details) {
      const value = d.before !== void 0 && d.after !== void 0 ? `${oneLine(d.before)} → ${oneLine(d.after)}` : d.after !== void 0 ? `+ ${oneLine(d.after)}` : d.before !== void 0 ? `- ${oneLine(d.before)}` : "";
      const mark = d.escalation ? p.red("▲") : " ";
      const fails = d.fails ? `  ${p.red("(fails the run: fail_on_escalation)")}` : "";
      lines.push(`    ${mark} ${oneLine(d.kind)}  ${p.dim(oneLine(d.path))}  ${value}${fails}`.trimEnd());
    }
  }
  return [...lines, ""];
}
function policySection(report) {
  const notice = unreadableBaseNotice(report);
  const changes = report.policyChanges ?? [];
  return [
    ...notice ? [`! ${oneLine(notice)}`, ""] : [],
    ...changes.length > 0 ? [formatPolicyChangesText(changes, { source: report.policySource ?? "base" }).trimEnd(), ""] : []
  ];
}
function summarySection(report, p) {
  const bad = problemCount(report) > 0 || report.summary.errors > 0;
  const mark = bad ? p.bold(p.red("✖")) : p.green("✔");
  const { files, agents, passed } = report.summary;
  const scope = `${plural(files, "file")}, ${plural(agents, "agent")}`;
  const base = report.base ? ` · compared with ${oneLine(report.base.ref)}` : "";
  return [
    `${mark} ${tally(report)}`,
    `  ${scope}${base} · ${passed ? p.green(verdict(report)) : p.red(verdict(report))}`
  ];
}
var MAX_FAILING_SHOWN = 5;
function failingList(ids) {
  const shown = ids.slice(0, MAX_FAILING_SHOWN).map(oneLine).join(", ");
  const rest = ids.length - MAX_FAILING_SHOWN;
  return rest > 0 ? `${shown} +${rest} more` : shown;
}
function coverageSection(report, p) {
  if (report.frameworks.length === 0) return [];
  const header = [
    "framework",
    "pass",
    "fail",
    "partial",
    "waived",
    "attested",
    "manual",
    "not eval.",
    "n/a",
    "failing"
  ].map((t, i) => ({
    text: t,
    paint: p.dim,
    right: i > 0 && i < 9
  }));
  const rows = report.frameworks.map((fw) => {
    const t = tallyControls(fw);
    const num = (n, paint) => ({
      text: String(n),
      right: true,
      ...n > 0 && paint ? { paint } : {}
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
      { text: failingList(t.failingIds), paint: p.red }
    ];
  });
  const all = [header, ...rows];
  return ["", p.bold("coverage"), ...renderRows(all, "  ", columnWidths(all))];
}
function formatText({ report, color = false }) {
  const p = palette(color);
  const lines = [
    ...problemSection(report, p),
    ...waivedSection(report, p),
    ...changeSection(report, p),
    ...policySection(report),
    ...summarySection(report, p),
    ...coverageSection(report, p)
  ];
  return lines.join("\n") + "\n";
}
export {
  formatText
};
