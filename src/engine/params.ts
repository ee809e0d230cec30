// Check parameters: each check declares its own (type, default, description); a policy overrides them by
// name (config `params:`), so one name means one thing across all checks. Durations become seconds here,
// once per run, so rules compare plain numbers.
import { parseDuration } from "../manifest/duration.js";
import type { CheckDef, ParamDef, ParamType } from "./types.js";

export class ParamError extends Error {
  override readonly name = "ParamError";
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

export type ParamResult = { ok: true; value: unknown } | { ok: false; reason: string };

/** Converts a written value to the engine's form for its type (durations → seconds). */
export function normaliseParam(type: ParamType, value: unknown): ParamResult {
  switch (type) {
    case "duration": {
      const seconds = parseDuration(value);
      return seconds === undefined
        ? { ok: false, reason: "is not a duration (e.g. 15m, 1h, 183d, PT1H)" }
        : { ok: true, value: seconds };
    }
    case "number":
      return typeof value === "number" && Number.isFinite(value)
        ? { ok: true, value }
        : { ok: false, reason: "is not a number" };
    case "string":
      return typeof value === "string" ? { ok: true, value } : { ok: false, reason: "is not a string" };
    case "string[]":
      return Array.isArray(value) && value.every((v) => typeof v === "string")
        ? { ok: true, value: [...value] }
        : { ok: false, reason: "is not a list of strings" };
    case "boolean":
      return typeof value === "boolean" ? { ok: true, value } : { ok: false, reason: "is not true or false" };
  }
}

/** Every declared parameter with the first declaration of each name (the loader keeps them consistent). */
export function declaredParams(checks: readonly CheckDef[]): Map<string, ParamDef> {
  const out = new Map<string, ParamDef>();
  for (const check of checks) {
    for (const [name, def] of Object.entries(check.params)) if (!out.has(name)) out.set(name, def);
  }
  return out;
}

export interface ParamProblem {
  param: string;
  message: string;
}

/** What is wrong with a set of overrides: unknown names and values of the wrong type. For the config stage. */
export function checkParams(checks: readonly CheckDef[], overrides: Record<string, unknown>): ParamProblem[] {
  const declared = declaredParams(checks);
  const problems: ParamProblem[] = [];
  for (const [name, value] of Object.entries(overrides)) {
    const def = declared.get(name);
    if (!def) {
      problems.push({ param: name, message: `unknown parameter '${name}' (no loaded check declares it)` });
      continue;
    }
    const r = normaliseParam(def.type, value);
    if (!r.ok) problems.push({ param: name, message: `parameter '${name}' ${r.reason}` });
  }
  return problems;
}

/**
 * Defaults merged with overrides, normalised. Overrides for names no check declares are ignored (they may
 * belong to a pack that is not loaded); a declared one with a bad value throws ParamError.
 */
export function resolveParams(
  checks: readonly CheckDef[],
  overrides: Record<string, unknown> = {},
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [name, def] of declaredParams(checks)) {
    const overridden = Object.hasOwn(overrides, name);
    const r = normaliseParam(def.type, overridden ? overrides[name] : def.default);
    if (!r.ok) {
      const what = overridden ? `parameter '${name}'` : `default of parameter '${name}'`;
      throw new ParamError(name, `${what} ${r.reason}`);
    }
    out.set(name, r.value);
  }
  return out;
}

/** The `params` object one check sees: only the parameters it declares. */
export function paramsFor(check: CheckDef, resolved: ReadonlyMap<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const name of Object.keys(check.params)) out[name] = resolved.get(name);
  return out;
}
