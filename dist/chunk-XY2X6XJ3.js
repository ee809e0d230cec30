import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-BNU4OYRD.js";
import {
  SEVERITIES
} from "./chunk-NOSNPXS3.js";

// src/cli/options.ts
function oneOf(option, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${option} must be one of ${allowed.join(", ")}; got '${value}'`);
}
function failOnOf(value, fallback = "high") {
  return oneOf("fail-on", value, [...SEVERITIES, "never"], fallback);
}
function sizeOf(option, value, fallback) {
  if (value === void 0) return fallback;
  const m = /^(\d+)([kKmM]?)$/.exec(value.trim());
  if (!m)
    throw new UsageError(`--${option} must be a number of bytes (e.g. 1048576, 512k, 2m); got '${value}'`);
  const unit = m[2]?.toLowerCase() === "k" ? 1024 : m[2]?.toLowerCase() === "m" ? 1024 * 1024 : 1;
  return Number(m[1]) * unit;
}

export {
  oneOf,
  failOnOf,
  sizeOf
};
