// The body of the sticky pull request comment: what a reviewer needs from the PR alone — the verdict,
// counts by severity (new vs existing), what the change does to each agent's access in plain words,
// the findings it introduces (with links to the head commit), the rest collapsed, and control
// coverage. Every value from a manifest or a file name goes through escapeMarkdown(); structure
// (tables, <details>, the marker) is written only here. The body always fits GitHub's limit:
// sections collapse, lists shorten, and as a last resort the text is cut with a pointer to the
// job summary, which has everything.
import { SEVERITY_ICON } from "../format/icons.js";
import { messageWithRelated } from "../format/related.js";
import { markdownTable } from "markdown-table";
import { formatPolicyInForceMarkdown } from "../format/policy-in-force.js";
import { describeDetail } from "../diff/describe.js";
import { escapeMarkdown, wellFormed } from "../format/escape.js";
import { tallyControls, verdict } from "../format/summary.js";
import { plural } from "../util/text.js";
import { formatPolicyChangesMarkdown, unreadableBaseNotice } from "../format/policy-changes.js";
import { newUndeclaredCode, undeclaredCodeSection } from "../format/undeclared.js";
import {
  SEVERITIES,
  severityRank,
  type AgentChange,
  type FileError,
  type Finding,
  type FormatInput,
  type Report,
  type RuleMeta,
  type Severity,
} from "../report/model.js";

/** Finds our comment among all of a PR's comments; only ever at the very start of the body. */
export const MARKER = "<!-- agentpolicy -->";
/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;

export interface CommentOptions {
  /** https://github.com/owner/repo, for links to files at the head commit. */
  repoUrl?: string;
  headSha?: string;
  /** The scan root's place in the repository ("" or "sub/dir/"): report paths are relative to it. */
  prefix?: string;
  /** Where the full report is (the run's page with its job summary). */
  summaryUrl?: string;
  limit?: number;
  /** Inventory rows of the agents the change adds or modifies, as an escaped Markdown table. */
  inventory?: string;
}

/** Longest piece of data shown in one place: a huge value cannot crowd out the rest. */
const CLIP = 300;

function clip(value: string, max = CLIP): string {
  const s = String(value);
  return s.length <= max ? s : `${wellFormed(s.slice(0, max))}…`;
}

function md(value: string, max = CLIP): string {
  return escapeMarkdown(clip(value, max));
}

function table(rows: string[][]): string {
  return markdownTable(rows, { alignDelimiters: false });
}

/** Whether the change is worth a new comment under `on-change`: something the PR introduces. */
export function hasNews(report: Report): boolean {
  const open = report.findings.filter((f) => f.status === "open");
  if (report.errors.length > 0) return true;
  if (!report.base) return open.length > 0;
  return (
    open.some((f) => f.new) ||
    (report.changes?.length ?? 0) > 0 ||
    (report.fixed?.length ?? 0) > 0 ||
    (report.policyChanges?.length ?? 0) > 0 ||
    newUndeclaredCode(report).length > 0
  );
}

const SAFE_URL = /^https?:\/\/[^\s()<>"'`\\]+$/;

function blobUrl(opts: CommentOptions, file: string, line: number): string | undefined {
  if (
    !opts.repoUrl ||
    !SAFE_URL.test(opts.repoUrl) ||
    !opts.headSha ||
    !/^[0-9a-f]{7,64}$/i.test(opts.headSha)
  ) {
    return undefined;
  }
  if (file.startsWith("/") || file.split("/").includes("..")) return undefined;
  const path = `${opts.prefix ?? ""}${file}`
    .split("/")
    .map((seg) =>
      encodeURIComponent(wellFormed(seg)).replace(
        /[()'!*~]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join("/");
  return `${opts.repoUrl}/blob/${opts.headSha}/${path}#L${Math.max(1, Math.trunc(line))}`;
}

function location(f: { file: string; line: number }, opts: CommentOptions): string {
  const text = `${md(f.file, 200)}:${f.line}`;
  const url = blobUrl(opts, f.file, f.line);
  return url ? `[${text}](${url})` : text;
}

function checkCell(f: Finding, rules: Map<string, RuleMeta>): string {
  const uri = rules.get(f.ruleId)?.helpUri ?? "";
  return SAFE_URL.test(uri) && uri.startsWith("https://")
    ? `[${md(f.ruleId, 80)}](${uri})`
    : md(f.ruleId, 80);
}

function bySeverity(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)
  );
}

function findingRows(findings: Finding[], rules: Map<string, RuleMeta>, opts: CommentOptions): string[][] {
  return [
    ["Severity", "Agent", "Check", "Message", "Location"],
    ...findings.map((f) => [
      `${SEVERITY_ICON[f.severity]} ${f.severity}`,
      md(f.agent ?? ""),
      checkCell(f, rules),
      md(messageWithRelated(f), 500),
      location(f, opts),
    ]),
  ];
}

function summaryPointer(opts: CommentOptions): string {
  return opts.summaryUrl && SAFE_URL.test(opts.summaryUrl)
    ? `the [job summary](${opts.summaryUrl})`
    : "the job summary of this run";
}

interface Layout {
  /** Existing findings and fixed findings as tables inside <details> (else one line each). */
  collapsedTables: boolean;
  coverage: boolean;
  newRows: number;
  changeDetails: number;
  errorRows: number;
  undeclaredRows: number;
}

interface Parts {
  report: Report;
  rules: Map<string, RuleMeta>;
  opts: CommentOptions;
  open: Finding[];
  fresh: Finding[];
  existing: Finding[];
  changes: AgentChange[];
}

/** ⛔ on an escalation the policy fails on, ⚠️ on any other escalation. */
function escalationMark(d: { escalation: boolean; fails?: true }): string {
  return d.fails ? "⛔ " : d.escalation ? "⚠️ " : "";
}

function verdictLine({ report, fresh, changes }: Parts): string {
  const passed = report.summary.passed;
  const escalations = changes.reduce((n, c) => n + c.details.filter((d) => d.escalation).length, 0);
  const extras: string[] = [];
  if (report.base) extras.push(`${fresh.length} new`);
  if (report.base && (report.fixed?.length ?? 0) > 0) extras.push(`${report.fixed?.length} fixed`);
  if (escalations > 0) extras.push(`⚠️ ${plural(escalations, "access escalation")}`);
  return `### ${passed ? "✅" : "❌"} agentpolicy ${verdict(report)}${extras.length ? ` · ${extras.join(" · ")}` : ""}`;
}

function countsSection({ report, fresh, existing }: Parts): string[] {
  const count = (list: Finding[], s: Severity) => String(list.filter((f) => f.severity === s).length);
  const withBase = report.base !== undefined;
  const rows = withBase
    ? [
        ["Severity", "New", "Existing"],
        ...SEVERITIES.map((s) => [`${SEVERITY_ICON[s]} ${s}`, count(fresh, s), count(existing, s)]),
      ]
    : [
        ["Severity", "Open"],
        ...SEVERITIES.map((s) => [`${SEVERITY_ICON[s]} ${s}`, count([...fresh, ...existing], s)]),
      ];
  const s = report.summary;
  const scope = `${plural(s.files, "file")} (${plural(s.agents, "agent")})`;
  const against = report.base
    ? `, compared with ${md(report.base.ref, 100)} (${md(report.base.sha.slice(0, 12), 12)})`
    : "";
  const waived = s.waived > 0 ? ` ${plural(s.waived, "waived finding")} not counted.` : "";
  return [`Checked ${scope}${against}.${waived}`, "", table(rows)];
}

function changesSection(parts: Parts, limit: number): string[] {
  const { report, changes } = parts;
  if (!report.base) return [];
  if (changes.length === 0)
    return ["#### Access changes", "", "No agent's access changes in this pull request."];
  const out = ["#### Access changes", ""];
  let budget = limit;
  let hidden = 0;
  for (const c of changes) {
    // an added or removed agent is said in the heading of its line, not as a detail
    const own = c.details.filter((d) => d.kind !== "agent-added" && d.kind !== "agent-removed");
    if (budget <= 0) {
      hidden += Math.max(1, own.length);
      continue;
    }
    budget -= 1;
    const details = own.slice(0, budget);
    budget -= details.length;
    hidden += own.length - details.length;
    const level = c.details.find((d) => d.kind === "agent-added")?.after;
    const what =
      c.change === "added"
        ? ` (new agent${level ? ` with ${md(level, 40)} access` : ""})`
        : c.change === "removed"
          ? " (agent removed)"
          : "";
    const words = details.map((d) => `${escalationMark(d)}${md(describeDetail(d))}`).join("; ");
    const mark = c.details.some((d) => d.kind === "agent-added" && d.escalation) ? "⚠️ " : "";
    out.push(`- ${mark}**${md(c.agent, 100)}**${what}${words ? `: ${words}` : ""}`);
  }
  if (hidden > 0) out.push(`- … and ${plural(hidden, "more change")}: see ${summaryPointer(parts.opts)}.`);
  out.push("", "⚠️ = widens what the agent can do or weakens oversight of it.");
  if ((parts.report.summary.failingEscalations ?? 0) > 0)
    out.push(
      "",
      "⛔ = an escalation this repository's policy fails on (`fail_on_escalation`): it fails the check.",
    );
  return out;
}

function errorsSection(errors: FileError[], limit: number, opts: CommentOptions): string[] {
  if (errors.length === 0) return [];
  const shown = errors.slice(0, limit);
  const out = [
    `#### ${plural(errors.length, "file")} could not be checked`,
    "",
    table([["File", "Problem"], ...shown.map((e) => [location(e, opts), md(e.message, 500)])]),
  ];
  if (errors.length > shown.length)
    out.push("", `… and ${errors.length - shown.length} more: see ${summaryPointer(opts)}.`);
  return out;
}

function newSection({ report, fresh, rules, opts }: Parts, limit: number): string[] {
  if (fresh.length === 0) return [];
  const title = report.base ? "New findings" : "Findings";
  const shown = fresh.slice(0, limit);
  const out = [`#### ${title} (${fresh.length})`, ""];
  if (shown.length > 0) out.push(table(findingRows(shown, rules, opts)));
  if (fresh.length > shown.length) {
    out.push(
      "",
      `… and ${plural(fresh.length - shown.length, "more finding")}: see ${summaryPointer(opts)}.`,
    );
  }
  return out;
}

function existingSection({ report, existing, rules, opts }: Parts, tables: boolean): string[] {
  const out: string[] = [];
  if (existing.length > 0) {
    if (tables) {
      out.push(
        "<details>",
        `<summary>Existing findings (${existing.length}), present before this pull request</summary>`,
        "",
        table(findingRows(existing, rules, opts)),
        "",
        "</details>",
      );
    } else
      out.push(
        `${plural(existing.length, "existing finding")} (present before this pull request): see ${summaryPointer(opts)}.`,
      );
  }
  const fixed = [...(report.fixed ?? [])].sort(bySeverity);
  if (fixed.length > 0) {
    if (out.length) out.push("");
    if (tables) {
      out.push(
        "<details>",
        `<summary>Fixed by this pull request (${fixed.length})</summary>`,
        "",
        table([
          ["Severity", "Agent", "Check", "Message"],
          ...fixed.map((f) => [
            `${SEVERITY_ICON[f.severity]} ${f.severity}`,
            md(f.agent ?? ""),
            checkCell(f, rules),
            md(messageWithRelated(f), 500),
          ]),
        ]),
        "",
        "</details>",
      );
    } else
      out.push(`${plural(fixed.length, "finding")} fixed by this pull request: see ${summaryPointer(opts)}.`);
  }
  return out;
}

function coverageSection({ report }: Parts, full: boolean): string[] {
  if (report.frameworks.length === 0) return [];
  const rows = [["Framework", "Pass", "Fail", "Other", "Failing controls"]];
  for (const fw of report.frameworks) {
    const t = tallyControls(fw);
    const other = t.partial + t.waived + t.attested + t.manual + t["not-evaluated"] + t["not-applicable"];
    const failing = full
      ? t.failingIds.map((id) => md(id, 60)).join(", ")
      : t.failingIds.length > 0
        ? "see the job summary"
        : "";
    rows.push([md(fw.title || fw.id, 100), String(t.pass), String(t.fail), String(other), failing || "none"]);
  }
  return [
    "#### Control coverage",
    "",
    table(rows),
    "",
    "Other: partial, waived, attested, manual, not evaluated (checks off) or not applicable.",
  ];
}

/** Right under the verdict: the base policy could not be read, so the built-in defaults judged. */
function unreadableBaseSection(report: Report): string[] {
  const notice = unreadableBaseNotice(report);
  return notice ? [`> [!WARNING]\n> ${md(notice, 2000)}`] : [];
}

function policySection(report: Report): string[] {
  const changes = report.policyChanges ?? [];
  if (changes.length === 0) return [];
  const source = report.policySource ?? "base";
  return [formatPolicyChangesMarkdown(changes, { heading: "#### Policy changes", source }).trimEnd()];
}

/** Shown when the policy differs from the defaults: checks off or re-graded, parameters changed. */
function policyInForceSection(report: Report): string[] {
  const p = report.policy;
  if (!p || (p.overrides.length === 0 && Object.keys(p.params).length === 0)) return [];
  return formatPolicyInForceMarkdown(report);
}

function render(parts: Parts, layout: Layout): string {
  const sections = [
    [MARKER, verdictLine(parts)],
    unreadableBaseSection(parts.report),
    countsSection(parts),
    errorsSection(parts.report.errors, layout.errorRows, parts.opts),
    changesSection(parts, layout.changeDetails),
    policySection(parts.report),
    policyInForceSection(parts.report),
    parts.opts.inventory ? ["#### Changed agents", "", parts.opts.inventory.trimEnd()] : [],
    undeclaredCodeSection(parts.report, {
      heading: "#### New undeclared agent code",
      location: (file, line) => location({ file, line }, parts.opts),
      limit: layout.undeclaredRows,
      more: summaryPointer(parts.opts),
    }),
    newSection(parts, layout.newRows),
    existingSection(parts, layout.collapsedTables),
    layout.coverage ? coverageSection(parts, true) : coverageSection(parts, false),
    [
      `<sub>agentpolicy ${md(parts.report.tool.version, 40)} · full report in ${summaryPointer(parts.opts)}</sub>`,
    ],
  ].filter((s) => s.length > 0);
  return sections.map((s) => s.join("\n")).join("\n\n") + "\n";
}

/** The largest n in [0, max] for which fits(n) holds, assuming fits is monotone (true at 0 or not at all). */
function largest(max: number, fits: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The comment body, at most `limit` characters (UTF-16 units, never fewer than GitHub counts). */
export function buildComment({ report, rules }: FormatInput, opts: CommentOptions = {}): string {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const open = report.findings.filter((f) => f.status === "open").sort(bySeverity);
  const fresh = report.base ? open.filter((f) => f.new) : open;
  const existing = report.base ? open.filter((f) => !f.new) : [];
  const changes = report.changes ?? [];
  const parts: Parts = {
    report,
    rules: new Map(rules.map((r) => [r.id, r])),
    opts,
    open,
    fresh,
    existing,
    changes,
  };
  const totalDetails = changes.reduce((n, c) => n + c.details.length, 0);
  const fits = (text: string): boolean => text.length <= limit;

  const layout: Layout = {
    collapsedTables: true,
    coverage: true,
    newRows: fresh.length,
    changeDetails: changes.length + totalDetails,
    errorRows: report.errors.length,
    undeclaredRows: newUndeclaredCode(report).length,
  };
  let body = render(parts, layout);
  if (fits(body)) return body;

  // 1. existing and fixed findings as one line each; coverage without the control lists
  layout.collapsedTables = false;
  layout.coverage = false;
  body = render(parts, layout);
  if (fits(body)) return body;

  // 2. fewer new findings, then fewer undeclared projects, access changes and file errors: keep the most
  // severe
  for (const key of ["newRows", "undeclaredRows", "changeDetails", "errorRows"] as const) {
    const max = layout[key];
    layout[key] = largest(max, (n) => fits(render(parts, { ...layout, [key]: n })));
    body = render(parts, layout);
    if (fits(body)) return body;
  }

  // 3. a hard cut at a line boundary, with the pointer to the full report
  const tail = `\n\n… truncated: the full report is in ${summaryPointer(opts)}.\n`;
  const room = Math.max(0, limit - tail.length);
  let cut = body.slice(0, room);
  const nl = cut.lastIndexOf("\n");
  if (nl > MARKER.length) cut = cut.slice(0, nl);
  return wellFormed(cut) + tail;
}
