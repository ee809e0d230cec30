// report-v1 as JSON. Keys are re-laid in the order of the spec (report-v1.md) so the output is
// stable whatever order the engine built its objects in; keys the spec does not list yet (the
// format grows by adding fields) follow, in their own order, rather than being dropped.
import { SEVERITIES, type FormatInput } from "../report/model.js";

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
const waiver = (v: unknown) => ordered(v, ["check", "agent", "path", "reason", "approved_by", "expires"]);
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
  "policyChanges",
  "agents",
  "run",
];

export function formatJson({ report }: FormatInput): string {
  const laid = ordered(report, REPORT_KEYS, {
    tool: (v) => ordered(v, ["name", "version"]),
    summary,
    frameworks: each(framework),
    findings: each(finding),
    errors: each(fileError),
    base: (v) => ordered(v, ["ref", "sha"]),
    changes: each(change),
    fixed: each(finding),
  });
  return JSON.stringify(laid, null, 2) + "\n";
}
