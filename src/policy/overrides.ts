// The config's `checks:` section: a check switched off, or given a new severity. A check whose definition
// says `waivable: false` keeps running at no less than its own severity whatever the config says; the
// attempt is reported (AP-POLICY-003) so that nobody believes the exception is in place.
import { severityRank, type Severity } from "../report/model.js";
import type { CheckSetting } from "./config.js";
import { NOT_WAIVABLE, policyCheckSeverity, type PolicyProblem } from "./policy-findings.js";
import type { CheckDef } from "./types.js";

export interface CheckOverrides {
  severity: Record<string, Severity>;
  disabled: Set<string>;
  problems: PolicyProblem[];
}

export function checkOverrides(
  settings: Record<string, CheckSetting> | undefined,
  checks: ReadonlyMap<string, CheckDef>,
): CheckOverrides {
  const out: CheckOverrides = { severity: {}, disabled: new Set(), problems: [] };
  for (const [id, setting] of Object.entries(settings ?? {})) {
    const check = checks.get(id);
    if (!check) continue;
    const weakens = setting === "off" || severityRank(setting) > severityRank(check.severity);
    if (!check.waivable && weakens) {
      const what = setting === "off" ? "switched off" : `lowered to ${setting}`;
      out.problems.push({
        ruleId: NOT_WAIVABLE,
        severity: policyCheckSeverity(NOT_WAIVABLE, checks),
        message: `${id} cannot be ${what}: it is not waivable, so it still runs at severity ${check.severity}`,
        at: ["checks", id],
        key: true,
        subject: `checks:${id}`,
      });
      continue;
    }
    if (setting === "off") out.disabled.add(id);
    else out.severity[id] = setting;
  }
  return out;
}
