import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  judged
} from "./chunk-UW2F2IDI.js";
import {
  plural
} from "./chunk-LCWV2GUA.js";
import {
  SEVERITIES,
  reaches
} from "./chunk-NOSNPXS3.js";

// src/format/summary.ts
function problemCount(report) {
  return SEVERITIES.reduce((n, s) => n + report.summary.findings[s], 0);
}
function severityBreakdown(report) {
  return SEVERITIES.filter((s) => report.summary.findings[s] > 0).map((s) => `${report.summary.findings[s]} ${s}`).join(", ");
}
function blockingCount(report) {
  const { findings, failOn, failScope } = report.summary;
  if (failScope === "new") {
    return report.findings.filter(
      (f) => f.status === "open" && reaches(f.severity, failOn) && judged(f, "new")
    ).length;
  }
  return SEVERITIES.filter((s) => reaches(s, failOn)).reduce((n, s) => n + findings[s], 0);
}
function scopeNote(report) {
  if (report.summary.failScope !== "new") return "";
  const existing = report.findings.filter((f) => f.status === "open" && !judged(f, "new")).length;
  return `, judged on new findings only${existing > 0 ? ` (${plural(existing, "existing finding")} shown)` : ""}`;
}
function tally(report) {
  const { summary } = report;
  const problems = problemCount(report);
  const parts = [
    problems === 0 ? "no problems" : `${plural(problems, "problem")} (${severityBreakdown(report)})`
  ];
  if (summary.waived > 0) parts.push(`${summary.waived} waived`);
  if (summary.errors > 0) parts.push(plural(summary.errors, "file error"));
  if (summary.new !== void 0) parts.push(`${summary.new} new`);
  if (summary.fixed !== void 0) parts.push(`${summary.fixed} fixed`);
  return parts.join(", ");
}
function verdict(report) {
  const { passed, failOn } = report.summary;
  const note = scopeNote(report);
  if (passed) return `passed (fail-on: ${failOn}${note})`;
  const blocking = blockingCount(report);
  const escalations = report.summary.failingEscalations ?? 0;
  if (blocking === 0 && escalations === 0) return `failed (fail-on: ${failOn}${note})`;
  const at = failOn === "critical" ? "critical" : `${failOn} or above`;
  const what = report.summary.failScope === "new" ? "new finding" : "finding";
  const reasons = [
    ...blocking > 0 ? [`${plural(blocking, what)} at ${at}`] : [],
    ...escalations > 0 ? [`${plural(escalations, "access escalation")} the policy fails on`] : []
  ];
  return `failed: ${reasons.join(" and ")}${note}`;
}
function tallyControls(framework) {
  const t = {
    pass: 0,
    fail: 0,
    waived: 0,
    partial: 0,
    attested: 0,
    "not-evaluated": 0,
    "not-applicable": 0,
    manual: 0,
    failingIds: []
  };
  for (const c of framework.controls) {
    t[c.status] += 1;
    if (c.status === "fail") t.failingIds.push(c.id);
  }
  return t;
}

export {
  problemCount,
  severityBreakdown,
  blockingCount,
  tally,
  verdict,
  tallyControls
};
