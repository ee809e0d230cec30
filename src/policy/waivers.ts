// Governed waivers (config-v1): a waiver accepts the findings of one check on the agents its name or glob
// matches (optionally only at or below a JSON pointer) until a date at most 365 days ahead. A waived
// finding stays in the report with status "waived" and the waiver attached; nothing is dropped.
//
// A waiver applies through its `expires` day (UTC) and is expired from the next day: it then waives
// nothing, and is itself reported (AP-POLICY-001) at the severity of the check it waived, so the run fails
// just as it would without it. A waiver that matches nothing is stale (AP-POLICY-002, info). A waiver for a
// check that is not waivable has no effect and is reported (AP-POLICY-003). A waiver dated more than 365
// days ahead is a report error (the run fails) and does not apply: the approval must be renewed yearly,
// yet a date drifting past the limit is no reason to refuse the whole config.
import { plural } from "../util/text.js";
import { globMatch } from "../engine/glob.js";
import { formatDate, parseDate } from "../manifest/date.js";
import type { Finding, Severity, WaiverRef } from "../report/model.js";
import type { WaiverDef } from "./config.js";
import {
  EXPIRED_WAIVER,
  NOT_WAIVABLE,
  policyCheckSeverity,
  STALE_WAIVER,
  type ConfigIssue,
  type PolicyProblem,
} from "./policy-findings.js";
import type { CheckDef } from "./types.js";

export const MAX_WAIVER_DAYS = 365;
const DAY_MS = 86_400_000;

export interface WaiverContext {
  /** Epoch milliseconds. */
  now: number;
  /** Every loaded check by id. */
  checks: ReadonlyMap<string, CheckDef>;
  /** The severity a check's findings have in this run (after `checks:` overrides). */
  severityOf(id: string): Severity;
  /** Whether the check ran in this run (in the selected frameworks and not switched off). */
  ran(id: string): boolean;
  /**
   * How many manifests declare an agent name. A waiver names agents by name, and an agent is its file
   * and its name: when several manifests share a name, a waiver cannot tell them apart, so it waives
   * none of them (a new file reusing a name must not borrow the other agent's waivers).
   */
  declarations?(agent: string): number;
}

export interface WaiverResult {
  /** The findings, with status "waived" and the waiver on those a waiver in force covers. */
  findings: Finding[];
  problems: PolicyProblem[];
  issues: ConfigIssue[];
}

/** Whether a waiver names a finding: same check, agent name matching, path at or below the waiver's. */
export function waiverCovers(w: WaiverDef, f: Pick<Finding, "ruleId" | "agent" | "path">): boolean {
  if (f.ruleId !== w.check || f.agent === undefined || !globMatch(f.agent, w.agent)) return false;
  if (w.path === undefined || w.path === "") return true;
  return f.path === w.path || f.path.startsWith(`${w.path}/`);
}

function refOf(w: WaiverDef): WaiverRef {
  return {
    check: w.check,
    agent: w.agent,
    ...(w.path !== undefined ? { path: w.path } : {}),
    reason: w.reason,
    approved_by: w.approved_by,
    expires: w.expires,
  };
}

function describe(w: WaiverDef): string {
  return `Waiver for ${w.check} on '${w.agent}'${w.path ? ` at ${w.path}` : ""}`;
}

export function applyWaivers(
  findings: readonly Finding[],
  waivers: readonly WaiverDef[],
  ctx: WaiverContext,
): WaiverResult {
  const out = findings.map((f) => ({ ...f }));
  const problems: PolicyProblem[] = [];
  const issues: ConfigIssue[] = [];
  const today = Math.floor(ctx.now / DAY_MS) * DAY_MS;
  const latest = today + MAX_WAIVER_DAYS * DAY_MS;

  waivers.forEach((w, i) => {
    const at = ["waivers", i];
    const subject = `waiver:${w.check}:${w.agent}:${w.path ?? ""}`;
    const check = ctx.checks.get(w.check);
    if (check && !check.waivable) {
      problems.push({
        ruleId: NOT_WAIVABLE,
        severity: policyCheckSeverity(NOT_WAIVABLE, ctx.checks),
        message: `${w.check} cannot be waived: it is not waivable, so this waiver for '${w.agent}' has no effect`,
        at,
        subject,
      });
      return;
    }
    const named = out.filter((f) => waiverCovers(w, f));
    const shared = (f: Finding): boolean => (ctx.declarations?.(f.agent as string) ?? 1) > 1;
    const covered = named.filter((f) => !shared(f));
    const ambiguous = [...new Set(named.filter(shared).map((f) => f.agent as string))];
    const expires = parseDate(w.expires);
    if (expires === undefined) {
      issues.push({
        at: [...at, "expires"],
        message: `waiver expires on '${w.expires}', which is not a date`,
      });
      return;
    }
    if (expires < today) {
      const now =
        covered.length === 0
          ? "it matches no finding now; delete it"
          : `${plural(covered.length, "finding", "findings")} it covered ${covered.length === 1 ? "is" : "are"} open again`;
      problems.push({
        ruleId: EXPIRED_WAIVER,
        severity: ctx.severityOf(w.check),
        message: `${describe(w)} expired on ${w.expires} (approved by ${w.approved_by}); ${now}`,
        at: [...at, "expires"],
        subject,
      });
      return;
    }
    if (expires > latest) {
      issues.push({
        at: [...at, "expires"],
        message:
          `waiver for ${w.check} on '${w.agent}' expires on ${w.expires}, more than ${MAX_WAIVER_DAYS} days ahead ` +
          `(${formatDate(latest)} at the latest); it does not apply until its date is within the limit`,
      });
      return;
    }
    if (ambiguous.length > 0) {
      const which = ambiguous.map((a) => `'${a}' (${ctx.declarations?.(a) ?? 2} manifests)`).join(", ");
      problems.push({
        ruleId: STALE_WAIVER,
        severity: "info",
        message:
          `${describe(w)} does not apply to ${which}: several manifests declare that name, and a waiver ` +
          `cannot tell them apart; rename the agents so that each name is unique`,
        at,
        subject: `${subject}:ambiguous`,
      });
    }
    if (covered.length === 0) {
      if (ambiguous.length > 0) return;
      // A check that did not run (switched off, outside the selected frameworks) says nothing about staleness.
      if (ctx.ran(w.check)) {
        problems.push({
          ruleId: STALE_WAIVER,
          severity: policyCheckSeverity(STALE_WAIVER, ctx.checks),
          message: `${describe(w)} matches no finding; delete it, or correct its check, agent or path`,
          at,
          subject,
        });
      }
      return;
    }
    for (const f of covered) {
      // The first waiver in file order that covers a finding is the one shown with it.
      if (f.status === "waived") continue;
      f.status = "waived";
      f.waiver = refOf(w);
    }
  });
  return { findings: out, problems, issues };
}
