// The gate: whether a run passes. One place, so the check's own summary and the pipeline's last
// stage (after the comparison with a base, where a fail scope can judge only new findings) agree.
//
// Fail scope: which findings decide pass or fail. `all` (the default outside pull requests): every open
// finding at or above fail_on. `new`: only those the change introduces (absent at the base, or a shared
// cause that reaches one more agent), so a pull request is judged on what it adds while the estate's old
// findings stay visible in every output. Problems with the policy itself (an expired waiver, AP-POLICY-*)
// always count: accepted debt that runs out must bite. Without a base nothing can be told apart, so `new`
// judges like `all` and the report says so. Access escalations the policy fails on (fail_on_escalation,
// report/escalations.ts) fail the run in either scope: each is something the change adds.
import { failsOn, type FailOnEscalation } from "./escalations.js";
import { reaches, type FailOn, type FileError, type Finding, type Report } from "./model.js";

export const FAIL_SCOPES = ["new", "all"] as const;
export type FailScope = (typeof FAIL_SCOPES)[number];

/** Whether a finding decides the run under the scope. */
export function judged(f: Finding, scope: FailScope): boolean {
  // AP-POLICY-* (policy/policy-findings.ts): findings about the config, not the manifests
  return scope === "all" || f.new !== false || f.ruleId.startsWith("AP-POLICY-");
}

/**
 * The report with `summary.failScope` set and `passed` recomputed under it; with a base and a policy that
 * fails on escalations, the escalations it fails on are marked (`fails`) and counted
 * (`summary.failingEscalations`).
 */
export function applyFailScope(
  report: Report,
  wanted: FailScope,
  failOnEscalation?: FailOnEscalation,
): Report {
  const scope: FailScope = wanted === "new" && report.base === undefined ? "all" : wanted;
  const { failOn } = report.summary;
  const failing = report.findings.some(
    (f) => f.status === "open" && reaches(f.severity, failOn) && judged(f, scope),
  );
  const gated = report.base !== undefined && failOnEscalation !== undefined && failOnEscalation !== false;
  let escalations = 0;
  const changes = gated
    ? report.changes?.map((c) => ({
        ...c,
        details: c.details.map((d) => {
          if (!failsOn(d, failOnEscalation)) return d;
          escalations++;
          return { ...d, fails: true as const };
        }),
      }))
    : report.changes;
  return {
    ...report,
    ...(changes ? { changes } : {}),
    summary: {
      ...report.summary,
      failScope: scope,
      ...(gated ? { failingEscalations: escalations } : {}),
      passed: !failing && escalations === 0 && report.errors.length === 0,
    },
  };
}

export interface GateOptions {
  /** The lowest severity that fails the run; "never" reports without failing. */
  failOn: FailOn;
}

/** An open finding at or above `failOn` fails the run, and so does any file that could not be judged. */
export function gatePasses(
  findings: readonly Finding[],
  errors: readonly FileError[],
  opts: GateOptions,
): boolean {
  if (errors.length > 0) return false;
  return !findings.some((f) => f.status === "open" && reaches(f.severity, opts.failOn));
}
