// Problems with the config itself (an expired or stale waiver, an attempt to waive what cannot be waived)
// are findings like any other, located at their line in the config file, so every output format and the
// pass/fail verdict treat them the same way as findings in manifests.
import { joinPointer } from "../util/pointer.js";
import { fingerprintOf } from "../report/fingerprint.js";
import type { ControlRef, FileError, Finding, Severity } from "../report/model.js";
import type { LoadedConfig } from "./config.js";
import { loadPolicy } from "./load.js";
import type { CheckDef } from "./types.js";
import type { NodePath } from "./yaml-source.js";

export const EXPIRED_WAIVER = "AP-POLICY-001";
export const STALE_WAIVER = "AP-POLICY-002";
export const NOT_WAIVABLE = "AP-POLICY-003";

export function isPolicyCheck(id: string): boolean {
  return id.startsWith("AP-POLICY-");
}

/**
 * The severity rules/checks/policy.yaml gives a policy check: from the loaded checks, else from the
 * built-in policy (the checks are built in, so a caller's map of some checks still finds them).
 */
export function policyCheckSeverity(id: string, checks: ReadonlyMap<string, CheckDef>): Severity {
  const def = checks.get(id) ?? loadPolicy().checks.find((c) => c.id === id);
  if (!def) throw new Error(`the built-in policy check ${id} is missing from rules/checks/policy.yaml`);
  return def.severity;
}

export interface PolicyProblem {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Node of the config file the problem is about. */
  at: NodePath;
  /** Point at the key (a `checks:` entry) rather than its value. */
  key?: boolean;
  /** What identifies the problem across runs and edits that move lines (never the line itself). */
  subject: string;
}

/** A problem that invalidates a config entry without being a finding (a waiver dated too far ahead). */
export interface ConfigIssue {
  at: NodePath;
  message: string;
}

export function policyFinding(
  problem: PolicyProblem,
  config: LoadedConfig,
  check: CheckDef | undefined,
  controls: ControlRef[],
): Finding {
  const span = config.source.span(problem.at, problem.key);
  const path = joinPointer(problem.at);
  return {
    ruleId: problem.ruleId,
    title: check?.title ?? problem.ruleId,
    severity: problem.severity,
    message: problem.message,
    file: config.file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    path,
    controls,
    remediation: check?.remediation ?? "",
    fingerprint: fingerprintOf({
      ruleId: problem.ruleId,
      file: config.file,
      docIndex: 0,
      pointer: problem.subject,
    }),
    status: "open",
  };
}

export function configIssueError(issue: ConfigIssue, config: LoadedConfig): FileError {
  const span = config.source.span(issue.at);
  return { file: config.file, ...span, message: issue.message };
}
