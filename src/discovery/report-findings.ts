// AP-SHADOW findings as report findings: the check's metadata (title, severity or its override, controls)
// attached to each undeclared component's raw finding. A check that is switched off or out of the chosen
// frameworks raises nothing.
import type { CheckDef } from "../policy/types.js";
import type { ControlRef, Finding, Severity } from "../report/model.js";
import { shadowFindings } from "./findings.js";
import type { Component } from "./types.js";

export function shadowReportFindings(
  components: readonly Component[],
  opts: {
    checks: ReadonlyMap<string, CheckDef>;
    disabled: ReadonlySet<string>;
    severity: Readonly<Record<string, Severity>>;
    controls: (ruleId: string) => ControlRef[];
  },
): Finding[] {
  const out: Finding[] = [];
  for (const raw of shadowFindings(components)) {
    const check = opts.checks.get(raw.ruleId);
    if (!check || opts.disabled.has(raw.ruleId)) continue;
    const at = raw.at;
    out.push({
      ruleId: raw.ruleId,
      title: check.title,
      severity: opts.severity[raw.ruleId] ?? check.severity,
      message: raw.message,
      file: at.file,
      line: at.line,
      column: at.column,
      endLine: at.endLine ?? at.line,
      endColumn: at.endColumn ?? at.column + 1,
      path: raw.path,
      // waivers name the project by its path (agent: services/support-bot)
      agent: raw.component.path === "" ? "." : raw.component.path,
      controls: opts.controls(raw.ruleId),
      remediation: raw.remediation,
      status: "open",
      fingerprint: raw.fingerprint,
    });
  }
  return out;
}
