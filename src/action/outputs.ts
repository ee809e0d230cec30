// The action's outputs, computed from the report (pure) and handed to the runner via GITHUB_OUTPUT.
import * as core from "@actions/core";
import { SEVERITIES, type Report } from "../report/model.js";

export interface OutputFiles {
  reportJson?: string;
  sarifFile?: string;
}

export function actionOutputs(report: Report, files: OutputFiles): Record<string, string> {
  const open = report.findings.filter((f) => f.status === "open");
  const highest = SEVERITIES.find((s) => open.some((f) => f.severity === s)) ?? "none";
  // Without a base there is nothing to be new against: every open finding counts as new.
  const fresh = report.base ? open.filter((f) => f.new).length : open.length;
  return {
    passed: String(report.summary.passed),
    findings: String(open.length),
    "new-findings": String(fresh),
    "highest-severity": highest,
    "policy-source": report.policySource ?? "",
    "base-unreadable": report.baseUnreadable ?? "",
    "report-json": files.reportJson ?? "",
    "sarif-file": files.sarifFile ?? "",
  };
}

export function setOutputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) core.setOutput(name, value);
}
