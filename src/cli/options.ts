// Typed readers for option values: every bad value is a UsageError naming the option.
import { UsageError } from "../errors.js";
import { SEVERITIES, type FailOn } from "../report/model.js";

export function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(", ")}; got '${value}'`);
}

export function failOnOf(value: string | undefined, fallback: FailOn = "high"): FailOn {
  return oneOf<FailOn>("fail-on", value, [...SEVERITIES, "never"], fallback);
}

/** Bytes with optional k/m suffix (binary units). */
export function sizeOf(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const m = /^(\d+)([kKmM]?)$/.exec(value.trim());
  if (!m)
    throw new UsageError(`--${option} must be a number of bytes (e.g. 1048576, 512k, 2m); got '${value}'`);
  const unit = m[2]?.toLowerCase() === "k" ? 1024 : m[2]?.toLowerCase() === "m" ? 1024 * 1024 : 1;
  return Number(m[1]) * unit;
}
