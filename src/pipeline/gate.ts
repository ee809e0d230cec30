// The pipeline's last stage: the verdict on the compared report. The fail scope decides which findings
// count (`new`: only what the change adds), the policy may fail the run on access escalations, and a
// run judged by the built-in defaults because the base policy was unreadable fails closed.
import { applyFailScope, type FailScope } from "../report/gate.js";
import type { FailOnEscalation } from "../report/escalations.js";
import type { Report } from "../report/model.js";

export interface PipelineGateOptions {
  failScope: FailScope;
  /** The policy's `fail_on_escalation` (read from the policy that judges the run). */
  failOnEscalation?: FailOnEscalation;
  /** Judged by the built-in defaults because the base policy was unreadable, and that fails the run. */
  failClosed?: boolean;
}

export function gate(report: Report, opts: PipelineGateOptions): Report {
  const scoped = applyFailScope(report, opts.failScope, opts.failOnEscalation);
  return opts.failClosed && scoped.summary.passed
    ? { ...scoped, summary: { ...scoped.summary, passed: false } }
    : scoped;
}
