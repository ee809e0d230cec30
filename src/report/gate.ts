// The gate: whether a run passes. One place, so the check's own summary and the pipeline's last
// stage (after the comparison with a base, where a fail scope can judge only new findings) agree.
import { reaches, type FailOn, type FileError, type Finding } from "./model.js";

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
