// GitHub Actions workflow commands: one annotation line per open finding and per unreadable file.
// Waived findings are accepted risk and are left out: they would crowd real problems out of the
// few annotations GitHub shows per step. Every value is escaped by escapeData/escapeProperty, so
// the only line starts in this output are the `::error`/`::warning`/`::notice` written here.
import { messageWithRelated } from "./related.js";
import type { FileError, Finding, FormatInput, Severity } from "../report/model.js";
import { escapeData, escapeProperty, printable } from "./escape.js";
import { spanOf } from "./span.js";

type Command = "error" | "warning" | "notice";

export const ANNOTATION_COMMAND: Record<Severity, Command> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "notice",
  info: "notice",
};

function command(name: Command, props: [string, string | number][], message: string): string {
  const list = props.map(([k, v]) => `${k}=${escapeProperty(printable(String(v)))}`).join(",");
  return `::${name} ${list}::${escapeData(printable(message))}`;
}

/** Columns only on single-line spans: GitHub rejects column ranges that cross lines. */
function location(file: string, pos: { line: number; column: number; endLine?: number; endColumn?: number }) {
  const s = spanOf(pos);
  const oneLine = s.endLine === s.line;
  const props: [string, number | string][] = [
    ["file", file],
    ["line", s.line],
  ];
  if (oneLine) props.push(["col", s.column]);
  props.push(["endLine", s.endLine]);
  if (oneLine) props.push(["endColumn", s.endColumn]);
  return props;
}

function findingLine(f: Finding): string {
  const title = `${f.ruleId}: ${f.title}`;
  const who = f.agent ? `${f.agent}: ` : "";
  const marker = f.new ? " (new)" : "";
  const fix = f.remediation ? `\n\nFix: ${f.remediation}` : "";
  return command(
    ANNOTATION_COMMAND[f.severity],
    [...location(f.file, f), ["title", title]],
    `[${f.severity}${marker}] ${who}${messageWithRelated(f)}${fix}`,
  );
}

function errorLine(e: FileError): string {
  return command("error", [...location(e.file, e), ["title", "agentpolicy: file not checked"]], e.message);
}

export function formatGithub({ report }: FormatInput): string {
  const lines = [
    ...report.errors.map(errorLine),
    ...report.findings.filter((f) => f.status !== "waived").map(findingLine),
  ];
  return lines.length ? lines.join("\n") + "\n" : "";
}
