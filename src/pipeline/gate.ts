// The pipeline's last stage: the verdict on the compared report. Today it judges every open finding
// (the same verdict the check reached); a fail scope that judges only what the change adds (findings
// marked `new` by the comparison) belongs here, as an option of GateOptions.
import { gatePasses, type GateOptions } from "../report/gate.js";
import type { Report } from "../report/model.js";

export type { GateOptions };

export interface PipelineGateOptions extends GateOptions {
  /** Judged by the built-in defaults because the base policy was unreadable, and that fails the run. */
  failClosed?: boolean;
}

export function gate(report: Report, opts: PipelineGateOptions): Report {
  const passed = !opts.failClosed && gatePasses(report.findings, report.errors, opts);
  return passed === report.summary.passed ? report : { ...report, summary: { ...report.summary, passed } };
}
