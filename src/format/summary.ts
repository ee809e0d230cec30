// Counting and wording shared by the human formats (text, markdown), so both tell the same story.
import { plural } from "../util/text.js";
import {
  reaches,
  SEVERITIES,
  type ControlStatus,
  type FrameworkCoverage,
  type Report,
  type Severity,
} from "../report/model.js";
import { judged } from "../report/gate.js";

/** Open findings (waived ones are accepted risk, not problems). */
export function problemCount(report: Report): number {
  return SEVERITIES.reduce((n, s) => n + report.summary.findings[s], 0);
}

/** "1 critical, 3 high" — non-zero severities only, most severe first. */
export function severityBreakdown(report: Report): string {
  return SEVERITIES.filter((s) => report.summary.findings[s] > 0)
    .map((s) => `${report.summary.findings[s]} ${s}`)
    .join(", ");
}

/** Open findings at or above the fail-on threshold (with fail scope new: the new ones). */
export function blockingCount(report: Report): number {
  const { findings, failOn, failScope } = report.summary;
  if (failScope === "new") {
    return report.findings.filter(
      (f) => f.status === "open" && reaches(f.severity, failOn) && judged(f, "new"),
    ).length;
  }
  return SEVERITIES.filter((s: Severity) => reaches(s, failOn)).reduce((n, s) => n + findings[s], 0);
}

/** ", judged on new findings only (7 existing shown)" under fail scope new; "" otherwise. */
function scopeNote(report: Report): string {
  if (report.summary.failScope !== "new") return "";
  const existing = report.findings.filter((f) => f.status === "open" && !judged(f, "new")).length;
  return `, judged on new findings only${existing > 0 ? ` (${plural(existing, "existing finding")} shown)` : ""}`;
}

/**
 * The one-line tally without the leading mark: "12 problems (1 critical, 3 high), 2 waived,
 * 1 file error, 3 new, 2 fixed" or "no problems".
 */
export function tally(report: Report): string {
  const { summary } = report;
  const problems = problemCount(report);
  const parts = [
    problems === 0 ? "no problems" : `${plural(problems, "problem")} (${severityBreakdown(report)})`,
  ];
  if (summary.waived > 0) parts.push(`${summary.waived} waived`);
  if (summary.errors > 0) parts.push(plural(summary.errors, "file error"));
  if (summary.new !== undefined) parts.push(`${summary.new} new`);
  if (summary.fixed !== undefined) parts.push(`${summary.fixed} fixed`);
  return parts.join(", ");
}

/** "passed (fail-on: high)" / "failed: 4 findings at high or above" — the exit-code story. */
export function verdict(report: Report): string {
  const { passed, failOn } = report.summary;
  const note = scopeNote(report);
  if (passed) return `passed (fail-on: ${failOn}${note})`;
  const blocking = blockingCount(report);
  const escalations = report.summary.failingEscalations ?? 0;
  if (blocking === 0 && escalations === 0) return `failed (fail-on: ${failOn}${note})`;
  const at = failOn === "critical" ? "critical" : `${failOn} or above`;
  const what = report.summary.failScope === "new" ? "new finding" : "finding";
  const reasons = [
    ...(blocking > 0 ? [`${plural(blocking, what)} at ${at}`] : []),
    ...(escalations > 0 ? [`${plural(escalations, "access escalation")} the policy fails on`] : []),
  ];
  return `failed: ${reasons.join(" and ")}${note}`;
}

export type ControlTally = Record<ControlStatus, number> & { failingIds: string[] };

export function tallyControls(framework: FrameworkCoverage): ControlTally {
  const t: ControlTally = {
    pass: 0,
    fail: 0,
    waived: 0,
    partial: 0,
    attested: 0,
    "not-evaluated": 0,
    "not-applicable": 0,
    manual: 0,
    failingIds: [],
  };
  for (const c of framework.controls) {
    t[c.status] += 1;
    if (c.status === "fail") t.failingIds.push(c.id);
  }
  return t;
}
