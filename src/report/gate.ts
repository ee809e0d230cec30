// Fail scope: which findings decide pass or fail. `all` (the default outside pull requests): every open
// finding at or above fail_on. `new`: only those the change introduces (absent at the base, or a shared
// cause that reaches one more agent), so a pull request is judged on what it adds while the estate's old
// findings stay visible in every output. Problems with the policy itself (an expired waiver, AP-POLICY-*)
// always count: accepted debt that runs out must bite. Without a base nothing can be told apart, so `new`
// judges like `all` and the report says so.
import { reaches, type Finding, type Report } from "./model.js";

export const FAIL_SCOPES = ["new", "all"] as const;
export type FailScope = (typeof FAIL_SCOPES)[number];

/** Whether a finding decides the run under the scope. */
export function judged(f: Finding, scope: FailScope): boolean {
  // AP-POLICY-* (policy/policy-findings.ts): findings about the config, not the manifests
  return scope === "all" || f.new !== false || f.ruleId.startsWith("AP-POLICY-");
}

/** The report with `summary.failScope` set and `passed` recomputed under it. */
export function applyFailScope(report: Report, wanted: FailScope): Report {
  const scope: FailScope = wanted === "new" && report.base === undefined ? "all" : wanted;
  const { failOn } = report.summary;
  const failing = report.findings.some(
    (f) => f.status === "open" && reaches(f.severity, failOn) && judged(f, scope),
  );
  return {
    ...report,
    summary: {
      ...report.summary,
      failScope: scope,
      passed: !failing && report.errors.length === 0,
    },
  };
}
