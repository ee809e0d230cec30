// Loads one check file: schema shape first (ajv), then what a schema cannot say — logic that uses only
// allowed operations and safe paths, templates with known filters, parameter defaults of the right type.
// Every complaint is a PolicyError at the offending node.
import { compileCheck, CheckCompileError } from "../engine/compile.js";
import { normaliseParam } from "../engine/params.js";
import type { Severity } from "../report/model.js";
import { deepFreeze } from "./freeze.js";
import { describeSchemaError, validatorFor } from "./schemas.js";
import { CHECK_AREAS, type CheckDef, type Logic, type ParamDef, type Principle } from "./types.js";
import type { YamlSource } from "./yaml-source.js";

/** A check as the schema admits it, before defaults. */
interface RawCheck {
  id: string;
  title: string;
  severity: Severity;
  principle?: Principle;
  description: string;
  remediation: string;
  params?: Record<string, ParamDef>;
  waivable?: boolean;
  builtin?: boolean;
  when?: Logic;
  each?: string;
  where?: Logic;
  at?: string;
  assert?: Logic;
  vars?: Record<string, Logic>;
  message?: string;
  group?: "value";
}

// Checks from a pack are as untrusted as a manifest: sizes no real check comes near are refused before
// anything is compiled or run. The built-in checks stay under a tenth of every limit.
/** Most checks in one check file. */
export const MAX_CHECKS_PER_FILE = 500;
/** Deepest json-logic expression (nested operations, lists and arguments). */
export const MAX_LOGIC_DEPTH = 32;
/** Most nodes (operations, lists, values) in one json-logic expression. */
export const MAX_LOGIC_NODES = 2_000;
/** Longest message template. */
export const MAX_MESSAGE_LENGTH = 1_000;
/** Longest title, description or remediation text. */
export const MAX_TEXT_LENGTH = 20_000;
/** Most vars, and most params, of one check. */
export const MAX_ENTRIES = 50;

/** Where a json-logic tree first passes MAX_LOGIC_DEPTH or MAX_LOGIC_NODES; walked without recursion. */
function logicSizeProblem(tree: unknown): { path: (string | number)[]; reason: string } | undefined {
  const stack: Array<[unknown, (string | number)[]]> = [[tree, []]];
  let nodes = 0;
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (++nodes > MAX_LOGIC_NODES)
      return { path, reason: `the expression has more than ${MAX_LOGIC_NODES} nodes` };
    if (path.length > MAX_LOGIC_DEPTH) {
      return { path, reason: `the expression is nested deeper than ${MAX_LOGIC_DEPTH} levels` };
    }
    if (Array.isArray(node)) node.forEach((child, i) => stack.push([child, [...path, i]]));
    else if (typeof node === "object" && node !== null) {
      for (const [key, child] of Object.entries(node)) stack.push([child, [...path, key]]);
    }
  }
  return undefined;
}

function toCheck(raw: RawCheck, index: number, src: YamlSource): CheckDef {
  const at = (...rest: (string | number)[]): (string | number)[] => ["checks", index, ...rest];
  const fail = (path: (string | number)[], reason: string, key = false): never => {
    throw src.error(path, `check ${raw.id}: ${reason}`, key);
  };
  for (const field of ["title", "description", "remediation"] as const) {
    if (raw[field].length > MAX_TEXT_LENGTH)
      fail(at(field), `${field} is longer than ${MAX_TEXT_LENGTH} characters`);
  }
  if (raw.message !== undefined && raw.message.length > MAX_MESSAGE_LENGTH) {
    fail(at("message"), `message is longer than ${MAX_MESSAGE_LENGTH} characters`);
  }
  for (const field of ["vars", "params"] as const) {
    if (Object.keys(raw[field] ?? {}).length > MAX_ENTRIES)
      fail(at(field), `more than ${MAX_ENTRIES} ${field}`);
  }
  const expressions: [(string | number)[], unknown][] = [
    ...(["when", "where", "assert"] as const).map((f): [(string | number)[], unknown] => [[f], raw[f]]),
    ...Object.entries(raw.vars ?? {}).map(([name, tree]): [(string | number)[], unknown] => [
      ["vars", name],
      tree,
    ]),
  ];
  for (const [field, tree] of expressions) {
    const problem = logicSizeProblem(tree);
    if (problem) fail(at(...field, ...problem.path), `${field.join(".")}: ${problem.reason}`);
  }
  if (raw.id.startsWith("AP-")) {
    const area = raw.id.split("-")[1]!;
    if (!(CHECK_AREAS as readonly string[]).includes(area)) {
      fail(at("id"), `unknown area '${area}' (known: ${CHECK_AREAS.join(", ")})`);
    }
  }
  for (const [name, param] of Object.entries(raw.params ?? {})) {
    const r = normaliseParam(param.type, param.default);
    if (!r.ok) fail(at("params", name, "default"), `default of parameter '${name}' ${r.reason}`);
  }
  const pos = src.position(at());
  const check: CheckDef = {
    id: raw.id,
    title: raw.title,
    severity: raw.severity,
    description: raw.description,
    remediation: raw.remediation,
    params: raw.params ?? {},
    waivable: raw.waivable ?? true,
    builtin: raw.builtin ?? false,
    source: { file: src.file, line: pos.line, column: pos.column },
  };
  for (const field of [
    "principle",
    "when",
    "each",
    "where",
    "at",
    "assert",
    "vars",
    "message",
    "group",
  ] as const) {
    if (raw[field] !== undefined) (check as unknown as Record<string, unknown>)[field] = raw[field];
  }
  deepFreeze(check);
  try {
    compileCheck(check);
  } catch (e) {
    if (e instanceof CheckCompileError) {
      fail(at(e.field, ...e.path), `${e.field}: ${e.message}`);
    }
    throw e;
  }
  return check;
}

/** The checks of one parsed check file (throws PolicyError). */
export function checksFromSource(src: YamlSource): CheckDef[] {
  const data = src.data as { checks?: unknown } | null;
  if (Array.isArray(data?.checks) && data.checks.length > MAX_CHECKS_PER_FILE) {
    throw src.error(["checks", MAX_CHECKS_PER_FILE], `more than ${MAX_CHECKS_PER_FILE} checks in one file`);
  }
  const validate = validatorFor("rule");
  if (!validate(src.data)) {
    const p = describeSchemaError(validate.errors);
    throw src.error(p.path, p.message, p.key);
  }
  return (src.data as { checks: RawCheck[] }).checks.map((raw, i) => toCheck(raw, i, src));
}
