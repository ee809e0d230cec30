import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  spanOf
} from "./chunk-QZXLW4V6.js";
import {
  messageWithRelated
} from "./chunk-I2UDWMBI.js";
import {
  escapeData,
  escapeProperty,
  printable
} from "./chunk-Z6R44D76.js";
import "./chunk-OKO2LAOG.js";

// src/format/github.ts
var ANNOTATION_COMMAND = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "notice",
  info: "notice"
};
function command(name, props, message) {
  const list = props.map(([k, v]) => `${k}=${escapeProperty(printable(String(v)))}`).join(",");
  return `::${name} ${list}::${escapeData(printable(message))}`;
}
function location(file, pos) {
  const s = spanOf(pos);
  const oneLine = s.endLine === s.line;
  const props = [
    ["file", file],
    ["line", s.line]
  ];
  if (oneLine) props.push(["col", s.column]);
  props.push(["endLine", s.endLine]);
  if (oneLine) props.push(["endColumn", s.endColumn]);
  return props;
}
function findingLine(f) {
  const title = `${f.ruleId}: ${f.title}`;
  const who = f.agent ? `${f.agent}: ` : "";
  const marker = f.new ? " (new)" : "";
  const fix = f.remediation ? `

Fix: ${f.remediation}` : "";
  return command(
    ANNOTATION_COMMAND[f.severity],
    [...location(f.file, f), ["title", title]],
    `[${f.severity}${marker}] ${who}${messageWithRelated(f)}${fix}`
  );
}
function errorLine(e) {
  return command("error", [...location(e.file, e), ["title", "agentpolicy: file not checked"]], e.message);
}
function formatGithub({ report }) {
  const lines = [
    ...report.errors.map(errorLine),
    ...report.findings.filter((f) => f.status !== "waived").map(findingLine)
  ];
  return lines.length ? lines.join("\n") + "\n" : "";
}
export {
  ANNOTATION_COMMAND,
  formatGithub
};
