// A Markdown report for people: the verdict first, then counts, findings, waived findings, files
// that could not be checked, changes against the base and coverage per framework. The PR comment
// and the job summary of the action build on it. Every value from a manifest, a file name, git or
// a rule pack passes through escapeMarkdown() before it reaches the page; the structure (tables,
// <details>, headings) is written only here.
import { messageWithRelated } from "./related.js";
import { markdownTable } from "markdown-table";
import type { ControlStatus, FileError, Finding, FormatInput, Report, RuleMeta } from "../report/model.js";
import { escapeMarkdown as md, safeHttpsUrl } from "./escape.js";
import { problemCount, severityBreakdown, tallyControls, verdict } from "./summary.js";
import { plural } from "../util/text.js";
import { SEVERITY_ICON } from "./icons.js";
import { formatPolicyChangesMarkdown, unreadableBaseNotice } from "./policy-changes.js";
import { undeclaredCodeSection } from "./undeclared.js";
import { formatPolicyInForceMarkdown } from "./policy-in-force.js";

const STATUS_ICON: Record<ControlStatus, string> = {
  pass: "✅ pass",
  fail: "❌ fail",
  waived: "⚠️ waived",
  "not-applicable": "➖ n/a",
  manual: "📝 manual",
  partial: "◐ partial",
  attested: "📎 attested",
  "not-evaluated": "⏸️ not evaluated",
};

function table(rows: string[][]): string {
  // Compact delimiters: PR comments have a size limit and aligned padding only costs bytes.
  return markdownTable(rows, { alignDelimiters: false });
}

function severityCell(f: Finding): string {
  return `${SEVERITY_ICON[f.severity]} ${f.severity}${f.new ? " 🆕 **new**" : ""}`;
}

function where(file: string, line: number): string {
  return `${md(file)}:${line}`;
}

function checkCell(f: Finding, rules: Map<string, RuleMeta>): string {
  const uri = safeHttpsUrl(rules.get(f.ruleId)?.helpUri);
  return uri ? `[${md(f.ruleId)}](${uri})` : md(f.ruleId);
}

function heading(report: Report): string[] {
  const { passed, files, agents, failOn } = report.summary;
  const problems = problemCount(report);
  const counts =
    problems === 0 ? "No problems" : `**${plural(problems, "problem")}** (${severityBreakdown(report)})`;
  const lines = [
    `## ${passed ? "✅" : "❌"} agentpolicy: ${passed ? "passed" : "failed"}`,
    "",
    `${counts} in ${plural(files, "file")} (${plural(agents, "agent")}); ${verdict(report)}.`,
  ];
  if (report.base) {
    const s = report.summary;
    const delta = [s.new, s.fixed, s.unchanged].every((n) => n !== undefined)
      ? `: ${s.new} new, ${s.fixed} fixed, ${s.unchanged} unchanged`
      : "";
    lines.push("", `Compared with ${md(report.base.ref)} (${md(report.base.sha.slice(0, 12))})${delta}.`);
  }
  lines.push(
    "",
    table([
      ["Critical", "High", "Medium", "Low", "Info", "Waived", "File errors", "Fail-on"],
      [
        ...(["critical", "high", "medium", "low", "info"] as const).map((s) =>
          String(report.summary.findings[s]),
        ),
        String(report.summary.waived),
        String(report.summary.errors),
        md(failOn),
      ],
    ]),
  );
  return lines;
}

function findingsSection(findings: Finding[], rules: Map<string, RuleMeta>): string[] {
  if (findings.length === 0) return [];
  return [
    "### Findings",
    "",
    table([
      ["Severity", "Agent", "File", "Check", "Message"],
      ...findings.map((f) => [
        severityCell(f),
        md(f.agent ?? ""),
        where(f.file, f.line),
        checkCell(f, rules),
        md(messageWithRelated(f)),
      ]),
    ]),
  ];
}

function waivedSection(waived: Finding[], rules: Map<string, RuleMeta>): string[] {
  if (waived.length === 0) return [];
  return [
    "<details>",
    `<summary>Waived findings (${waived.length})</summary>`,
    "",
    table([
      ["Severity", "Agent", "File", "Check", "Message", "Reason", "Approved by", "Expires"],
      ...waived.map((f) => [
        `${SEVERITY_ICON[f.severity]} ${f.severity}`,
        md(f.agent ?? ""),
        where(f.file, f.line),
        checkCell(f, rules),
        md(messageWithRelated(f)),
        md(f.waiver?.reason ?? ""),
        md(f.waiver?.approved_by ?? ""),
        md(f.waiver?.expires ?? ""),
      ]),
    ]),
    "",
    "</details>",
  ];
}

function errorSection(errors: FileError[]): string[] {
  if (errors.length === 0) return [];
  return [
    "### Files that could not be checked",
    "",
    table([
      ["File", "Problem"],
      ...errors.map((e) => [`${where(e.file, e.line)}:${e.column}`, md(e.message)]),
    ]),
  ];
}

function changeSection(report: Report): string[] {
  const changes = report.changes ?? [];
  if (!report.base || changes.length === 0) return [];
  const detail = (d: {
    kind: string;
    path: string;
    before?: string;
    after?: string;
    escalation: boolean;
    fails?: true;
  }) => {
    const values = [
      d.before !== undefined ? `from ${md(d.before)}` : "",
      d.after !== undefined ? `to ${md(d.after)}` : "",
    ]
      .filter(Boolean)
      .join(" ");
    const mark = d.fails ? "⛔ " : d.escalation ? "⚠️ " : "";
    return `${mark}${md(d.kind)} ${md(d.path)}${values ? ` ${values}` : ""}`;
  };
  return [
    "### Changes since the base",
    "",
    table([
      ["Agent", "File", "Change", "Details"],
      ...changes.map((c) => [md(c.agent), md(c.file), md(c.change), c.details.map(detail).join("<br>")]),
    ]),
  ];
}

function coverageSection(report: Report): string[] {
  if (report.frameworks.length === 0) return [];
  const out = ["### Compliance coverage", ""];
  for (const fw of report.frameworks) {
    const t = tallyControls(fw);
    const counts = [
      `${t.pass} pass, ${t.fail} fail, ${t.partial} partial, ${t.waived} waived`,
      `${t.attested} attested, ${t.manual} manual, ${t["not-evaluated"]} not evaluated, ${t["not-applicable"]} n/a`,
    ].join(", ");
    // Data stays out of <summary>: inside an HTML block Markdown escapes would show literally.
    out.push(
      `#### ${md(fw.title || fw.id)}${fw.version ? ` (${md(fw.version)})` : ""}`,
      "",
      "<details>",
      `<summary>${counts}${t.failingIds.length ? ` (${plural(t.failingIds.length, "failing control")})` : ""}</summary>`,
      "",
      table([
        ["Control", "Title", "Status", "Agents failing", "Failing findings"],
        ...fw.controls.map((c) => [
          md(c.id),
          md(c.title),
          `${STATUS_ICON[c.status] ?? md(c.status)}${c.checksOff && c.checksOff.length > 0 ? ` (off: ${c.checksOff.map(md).join(", ")})` : ""}`,
          c.agents ? `${c.agents.failing} of ${c.agents.applicable}` : "",
          String(c.failing),
        ]),
      ]),
      "",
      "</details>",
      "",
    );
  }
  return out;
}

function policySection(report: Report): string[] {
  const notice = unreadableBaseNotice(report);
  const changes = report.policyChanges ?? [];
  return [
    ...(notice ? [`> [!WARNING]\n> ${md(notice)}\n`] : []),
    ...(changes.length > 0
      ? [formatPolicyChangesMarkdown(changes, { source: report.policySource ?? "base" })]
      : []),
  ];
}

export function formatMarkdown({ report, rules }: FormatInput): string {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const open = report.findings.filter((f) => f.status !== "waived");
  const waived = report.findings.filter((f) => f.status === "waived");
  const sections = [
    heading(report),
    findingsSection(open, byId),
    waivedSection(waived, byId),
    errorSection(report.errors),
    changeSection(report),
    undeclaredCodeSection(report, { heading: "### New undeclared agent code", location: where }),
    policySection(report),
    coverageSection(report),
    formatPolicyInForceMarkdown(report, "### Policy in force"),
  ].filter((s) => s.length > 0);
  return sections.map((s) => s.join("\n").trimEnd()).join("\n\n") + "\n";
}
