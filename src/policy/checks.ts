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
}

function toCheck(raw: RawCheck, index: number, src: YamlSource): CheckDef {
  const at = (...rest: (string | number)[]): (string | number)[] => ["checks", index, ...rest];
  const fail = (path: (string | number)[], reason: string, key = false): never => {
    throw src.error(path, `check ${raw.id}: ${reason}`, key);
  };
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
  for (const field of ["principle", "when", "each", "where", "at", "assert", "vars", "message"] as const) {
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
  const validate = validatorFor("rule");
  if (!validate(src.data)) {
    const p = describeSchemaError(validate.errors);
    throw src.error(p.path, p.message, p.key);
  }
  return (src.data as { checks: RawCheck[] }).checks.map((raw, i) => toCheck(raw, i, src));
}
