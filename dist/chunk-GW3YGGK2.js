import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  blockWriter
} from "./chunk-3JT46TE2.js";
import {
  SEVERITIES
} from "./chunk-NOSNPXS3.js";
import {
  jsonSafe
} from "./chunk-Z6R44D76.js";

// src/format/json.ts
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function ordered(value, keys, nested = {}) {
  if (!isObj(value)) return value;
  const out = {};
  for (const k of [...keys, ...Object.keys(value).filter((k2) => !keys.includes(k2))]) {
    if (!(k in value)) continue;
    const fix = nested[k];
    out[k] = fix ? fix(value[k]) : value[k];
  }
  return out;
}
var each = (fix) => (v) => Array.isArray(v) ? v.map(fix) : v;
var controlRef = (v) => ordered(v, ["framework", "id", "title"]);
var waiver = (v) => ordered(v, ["check", "agent", "path", "match", "reason", "approved_by", "expires"]);
var finding = (v) => ordered(
  v,
  [
    "ruleId",
    "title",
    "severity",
    "message",
    "file",
    "line",
    "column",
    "endLine",
    "endColumn",
    "path",
    "agent",
    "controls",
    "remediation",
    "fingerprint",
    "status",
    "waiver",
    "new",
    "related"
  ],
  { controls: each(controlRef), waiver }
);
var summary = (v) => ordered(
  v,
  ["files", "agents", "findings", "waived", "errors", "passed", "failOn", "new", "fixed", "unchanged"],
  {
    findings: (c) => ordered(c, SEVERITIES)
  }
);
var control = (v) => ordered(v, ["id", "title", "status", "checks", "failing"]);
var framework = (v) => ordered(v, ["id", "title", "version", "controls"], { controls: each(control) });
var fileError = (v) => ordered(v, ["file", "line", "column", "endLine", "endColumn", "message"]);
var detail = (v) => ordered(v, ["kind", "path", "before", "after", "escalation"]);
var change = (v) => ordered(v, ["agent", "file", "change", "details"], { details: each(detail) });
var REPORT_KEYS = [
  "schemaVersion",
  "tool",
  "summary",
  "frameworks",
  "findings",
  "errors",
  "base",
  "changes",
  "fixed",
  "policySource",
  "baseUnreadable",
  "policyChanges",
  "policy",
  "agents",
  "components",
  "run"
];
var asIs = (v) => v;
var REPORT_LISTS = {
  frameworks: framework,
  findings: finding,
  errors: fileError,
  changes: change,
  fixed: finding,
  policyChanges: asIs,
  agents: asIs,
  components: asIs
};
var REPORT_FIELDS = {
  tool: (v) => ordered(v, ["name", "version"]),
  summary,
  base: (v) => ordered(v, ["ref", "sha"]),
  ...Object.fromEntries(Object.entries(REPORT_LISTS).map(([k, fix]) => [k, each(fix)]))
};
function formatJson({ report }) {
  return jsonSafe(JSON.stringify(ordered(report, REPORT_KEYS, REPORT_FIELDS), null, 2)) + "\n";
}
function writeJson({ report }, write) {
  const out = blockWriter(write, jsonSafe);
  const put = out.put;
  const nested = (value, indent) => JSON.stringify(value, null, 2)?.replace(/\n/g, `
${indent}`);
  const top = report;
  const keys = [...REPORT_KEYS, ...Object.keys(top).filter((k) => !REPORT_KEYS.includes(k))];
  let first = true;
  for (const key of keys) {
    if (!(key in top)) continue;
    const value = top[key];
    const element = Object.hasOwn(REPORT_LISTS, key) ? REPORT_LISTS[key] : void 0;
    let text;
    if (element && Array.isArray(value) && value.length > 0) text = "";
    else text = nested(Object.hasOwn(REPORT_FIELDS, key) ? REPORT_FIELDS[key](value) : value, "  ");
    if (text === void 0) continue;
    put(`${first ? "{\n" : ",\n"}  ${JSON.stringify(key)}: `);
    first = false;
    if (text !== "") {
      put(text);
      continue;
    }
    const list = value;
    put("[\n");
    list.forEach((item, i) => {
      put(`    ${nested(element(item), "    ") ?? "null"}${i < list.length - 1 ? ",\n" : "\n"}`);
    });
    put("  ]");
  }
  put(first ? "{}\n" : "\n}\n");
  out.flush();
}

export {
  formatJson,
  writeJson
};
