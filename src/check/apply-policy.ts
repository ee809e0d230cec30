// Stage 4 of checking: the repository's config judges the findings. Waivers mark findings waived;
// expired, stale or forbidden waivers and bad `checks:` entries become policy findings of their own;
// config entries that cannot be applied become file errors on the config.
import { controlsForCheck } from "../policy/frameworks.js";
import { configIssueError, policyFinding } from "../policy/policy-findings.js";
import { applyWaivers } from "../policy/waivers.js";
import { severityRank, type FileError, type Finding } from "../report/model.js";
import type { CheckPlan } from "./plan.js";

export interface PolicyApplied {
  findings: Finding[];
  errors: FileError[];
}

export function applyPolicy(findings: Finding[], plan: CheckPlan, now: number): PolicyApplied {
  const { config, overrides, allById, byId } = plan;
  if (!config) return { findings, errors: [] };
  const waived = applyWaivers(findings, config.settings.waivers ?? [], {
    now,
    checks: allById,
    severityOf: (id) => overrides.severity[id] ?? allById.get(id)?.severity ?? "high",
    ran: (id) => byId.has(id) && !overrides.disabled.has(id),
  });
  const problems = [...overrides.problems, ...waived.problems].map((p) => {
    // `checks:` may raise a config problem's severity (never lower it: these checks are not waivable).
    const raised = overrides.severity[p.ruleId];
    const severity = raised && severityRank(raised) < severityRank(p.severity) ? raised : p.severity;
    return policyFinding(
      { ...p, severity },
      config,
      allById.get(p.ruleId),
      controlsForCheck(p.ruleId, plan.frameworks),
    );
  });
  return {
    findings: [...waived.findings, ...problems],
    errors: waived.issues.map((issue) => configIssueError(issue, config)),
  };
}
