// Stage 4 of checking: the repository's config judges the findings. Waivers mark findings waived;
// expired, stale or forbidden waivers and bad `checks:` entries become policy findings of their own;
// config entries that cannot be applied become file errors on the config.
import { redactPointer } from "../manifest/secrets.js";
import type { AgentRef } from "../manifest/types.js";
import { configIssueError, policyFinding } from "../policy/policy-findings.js";
import { applyWaivers } from "../policy/waivers.js";
import type { FindingSubject } from "../report/citations.js";
import { severityRank, type ControlRef, type FileError, type Finding } from "../report/model.js";
import type { CheckPlan } from "./plan.js";

export interface PolicyApplied {
  findings: Finding[];
  errors: FileError[];
}

export interface PolicyContext {
  agents: readonly AgentRef[];
  now: number;
  /** Redacts every secret the run knows (waivers and config problems quote the config). */
  scrub: (text: string) => string;
  /** Whether a config entry (its path in the config) concerns this run (`check FILE...`: check/focus.ts). */
  concerns?: (at: readonly unknown[]) => boolean;
  /** The controls a finding cites; a config problem belongs to no agent and cites unscoped controls only. */
  cite: (subject: FindingSubject) => ControlRef[];
}

export function applyPolicy(findings: Finding[], plan: CheckPlan, ctx: PolicyContext): PolicyApplied {
  const { config, overrides, allById, byId } = plan;
  if (!config) return { findings, errors: [] };
  const { scrub } = ctx;
  const declared = new Map<string, number>();
  for (const a of ctx.agents) {
    if (a.name === undefined) continue;
    const name = scrub(a.name);
    declared.set(name, (declared.get(name) ?? 0) + 1);
  }
  const waived = applyWaivers(findings, config.settings.waivers ?? [], {
    now: ctx.now,
    declarations: (name) => declared.get(name) ?? 0,
    checks: allById,
    severityOf: (id) => overrides.severity[id] ?? allById.get(id)?.severity ?? "high",
    ran: (id) => byId.has(id) && !overrides.disabled.has(id),
  });
  const concerned = ctx.concerns ?? (() => true);
  const problems = [...overrides.problems, ...waived.problems.filter((p) => concerned(p.at))].map((p) => {
    // `checks:` may raise a config problem's severity (never lower it: these checks are not waivable).
    const raised = overrides.severity[p.ruleId];
    const severity = raised && severityRank(raised) < severityRank(p.severity) ? raised : p.severity;
    return policyFinding(
      { ...p, severity },
      config,
      allById.get(p.ruleId),
      ctx.cite({ ruleId: p.ruleId, pointer: "" }),
    );
  });
  // Waivers and config problems quote the config (a reason, an approver, an agent glob).
  const scrubbed = (f: Finding): Finding =>
    f.waiver
      ? {
          ...f,
          waiver: {
            ...f.waiver,
            agent: scrub(f.waiver.agent),
            reason: scrub(f.waiver.reason),
            approved_by: scrub(f.waiver.approved_by),
            ...(f.waiver.path !== undefined ? { path: redactPointer(f.waiver.path, scrub) } : {}),
          },
        }
      : f;
  return {
    findings: [
      ...waived.findings.map(scrubbed),
      ...problems.map((p) => ({ ...p, message: scrub(p.message) })),
    ],
    errors: waived.issues
      .filter((issue) => concerned(issue.at))
      .map((issue) => {
        const e = configIssueError(issue, config);
        return { ...e, message: scrub(e.message) };
      }),
  };
}
