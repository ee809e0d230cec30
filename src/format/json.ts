// report-v1 as JSON. Keys are re-laid in the order of the spec (report-v1.md) so the output is
// stable whatever order the engine built its objects in; keys the spec does not list yet (the
// format grows by adding fields) follow, in their own order, rather than being dropped.
import { SEVERITIES, type FormatInput } from "../report/model.js";
import { blockWriter } from "./blocks.js";
import { jsonSafe } from "./escape.js";

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function ordered(
  value: unknown,
  keys: readonly string[],
  nested: Record<string, (v: unknown) => unknown> = {},
): unknown {
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const k of [...keys, ...Object.keys(value).filter((k) => !keys.includes(k))]) {
    if (!(k in value)) continue;
    const fix = nested[k];
    out[k] = fix ? fix(value[k]) : value[k];
  }
  return out;
}

const each =
  (fix: (v: unknown) => unknown) =>
  (v: unknown): unknown =>
    Array.isArray(v) ? v.map(fix) : v;

const controlRef = (v: unknown) => ordered(v, ["framework", "id", "title"]);
const waiver = (v: unknown) =>
  ordered(v, ["check", "agent", "path", "match", "reason", "approved_by", "expires"]);
const finding = (v: unknown) =>
  ordered(
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
      "related",
    ],
    { controls: each(controlRef), waiver },
  );
const summary = (v: unknown) =>
  ordered(
    v,
    ["files", "agents", "findings", "waived", "errors", "passed", "failOn", "new", "fixed", "unchanged"],
    {
      findings: (c) => ordered(c, SEVERITIES),
    },
  );
const control = (v: unknown) => ordered(v, ["id", "title", "status", "checks", "failing"]);
const framework = (v: unknown) =>
  ordered(v, ["id", "title", "version", "controls"], { controls: each(control) });
const fileError = (v: unknown) => ordered(v, ["file", "line", "column", "endLine", "endColumn", "message"]);
const detail = (v: unknown) => ordered(v, ["kind", "path", "before", "after", "escalation"]);
const change = (v: unknown) => ordered(v, ["agent", "file", "change", "details"], { details: each(detail) });

const REPORT_KEYS = [
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
  "run",
];

const asIs = (v: unknown): unknown => v;

/** The report's lists, by the layout of one element (writeJson writes them one element at a time). */
const REPORT_LISTS: Readonly<Record<string, (v: unknown) => unknown>> = {
  frameworks: framework,
  findings: finding,
  errors: fileError,
  changes: change,
  fixed: finding,
  policyChanges: asIs,
  agents: asIs,
  components: asIs,
};

const REPORT_FIELDS: Readonly<Record<string, (v: unknown) => unknown>> = {
  tool: (v) => ordered(v, ["name", "version"]),
  summary,
  base: (v) => ordered(v, ["ref", "sha"]),
  ...Object.fromEntries(Object.entries(REPORT_LISTS).map(([k, fix]) => [k, each(fix)])),
};

export function formatJson({ report }: FormatInput): string {
  return jsonSafe(JSON.stringify(ordered(report, REPORT_KEYS, REPORT_FIELDS), null, 2)) + "\n";
}

/**
 * formatJson's output written in pieces (their concatenation is exactly formatJson's string), for reports
 * too large to hold twice more as one string: the lists are laid out and serialised one element at a time.
 */
export function writeJson({ report }: FormatInput, write: (chunk: string) => void): void {
  const out = blockWriter(write, jsonSafe);
  const put = out.put;
  // Each value is serialised as JSON.stringify would inside the whole: the same text, with every line
  // after the first indented by its depth (JSON text never holds a raw line break inside a string).
  const nested = (value: unknown, indent: string): string | undefined =>
    JSON.stringify(value, null, 2)?.replace(/\n/g, `\n${indent}`);
  const top = report as unknown as Record<string, unknown>;
  const keys = [...REPORT_KEYS, ...Object.keys(top).filter((k) => !REPORT_KEYS.includes(k))];
  let first = true;
  for (const key of keys) {
    if (!(key in top)) continue;
    const value = top[key];
    const element = Object.hasOwn(REPORT_LISTS, key) ? REPORT_LISTS[key] : undefined;
    let text: string | undefined;
    if (element && Array.isArray(value) && value.length > 0) text = "";
    else text = nested(Object.hasOwn(REPORT_FIELDS, key) ? REPORT_FIELDS[key]!(value) : value, "  ");
    if (text === undefined) continue;
    put(`${first ? "{\n" : ",\n"}  ${JSON.stringify(key)}: `);
    first = false;
    if (text !== "") {
      put(text);
      continue;
    }
    const list = value as unknown[];
    put("[\n");
    list.forEach((item, i) => {
      put(`    ${nested(element!(item), "    ") ?? "null"}${i < list.length - 1 ? ",\n" : "\n"}`);
    });
    put("  ]");
  }
  put(first ? "{}\n" : "\n}\n");
  out.flush();
}
