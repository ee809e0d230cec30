// Annotations on the pull request's files: the ten most severe problems (unreadable files first,
// then critical, high and medium findings, new ones before existing) as errors and warnings, and
// one notice counting the rest. @actions/core escapes the workflow-command syntax; printable()
// removes control characters the runner would pass to the log untouched.
import { messageWithRelated } from "../format/related.js";
import * as core from "@actions/core";
import { printable } from "../format/escape.js";
import { severityRank, type Report } from "../report/model.js";

export const ANNOTATION_LIMIT = 10;

export interface PlannedAnnotation {
  level: "error" | "warning";
  message: string;
  properties: core.AnnotationProperties;
}

export interface AnnotationPlan {
  annotations: PlannedAnnotation[];
  /** Problems not annotated one by one. */
  rest: number;
}

function clip(s: string, max = 1000): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** `prefix`: the scan root's place in the repository, so annotations land on the right file. */
export function planAnnotations(report: Report, prefix = "", limit = ANNOTATION_LIMIT): AnnotationPlan {
  const where = (p: { file: string; line: number; endLine?: number; column: number; endColumn?: number }) => {
    const oneLine = p.endLine === undefined || p.endLine === p.line;
    return {
      file: printable(prefix + p.file),
      startLine: p.line,
      endLine: p.endLine ?? p.line,
      ...(oneLine
        ? { startColumn: p.column, ...(p.endColumn !== undefined ? { endColumn: p.endColumn } : {}) }
        : {}),
    };
  };
  const candidates: PlannedAnnotation[] = [
    ...report.errors.map((e) => ({
      level: "error" as const,
      message: printable(clip(e.message)),
      properties: { title: "agentpolicy: file not checked", ...where(e) },
    })),
    ...report.findings
      .filter((f) => f.status === "open" && severityRank(f.severity) <= severityRank("medium"))
      .sort(
        (a, b) =>
          severityRank(a.severity) - severityRank(b.severity) ||
          Number(b.new === true) - Number(a.new === true),
      )
      .map((f) => ({
        level: severityRank(f.severity) <= severityRank("high") ? ("error" as const) : ("warning" as const),
        message: printable(
          clip(
            `[${f.severity}${f.new ? ", new" : ""}] ${f.agent ? `${f.agent}: ` : ""}${messageWithRelated(f)}`,
          ),
        ),
        properties: { title: printable(clip(`${f.ruleId}: ${f.title}`, 200)), ...where(f) },
      })),
  ];
  const openFindings = report.findings.filter((f) => f.status === "open").length;
  const annotations = candidates.slice(0, limit);
  return { annotations, rest: report.errors.length + openFindings - annotations.length };
}

export function annotate(report: Report, prefix = ""): void {
  const plan = planAnnotations(report, prefix);
  for (const a of plan.annotations) {
    if (a.level === "error") core.error(a.message, a.properties);
    else core.warning(a.message, a.properties);
  }
  if (plan.rest > 0) {
    core.notice(
      `agentpolicy: ${plan.rest} more ${plan.rest === 1 ? "problem is" : "problems are"} not annotated; the job summary lists every finding`,
    );
  }
}
