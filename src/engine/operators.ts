// The one registry of json-logic operations rules may use: one entry per operator, with how it is
// evaluated, which argument runs per list element, which arguments are literal paths, and its
// implementation. The allow-list and the validator (logic.ts), the compiler (closure.ts) and the
// reference interpreter's setup (reference.ts) all derive from it, so an operator is added in one place.
// The built-in operators' bodies are json-logic-js's (2.0.5), copied because its table is private and the
// compiled closures must call exactly these; cat and merge add the budget's size limits.
import { LogicBudgetError, MAX_CAT_LENGTH, MAX_MERGE_ITEMS } from "./meter.js";
import { CUSTOM_OPERATIONS } from "./operations.js";
import { getPath } from "./paths.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- operators take whatever the rule passes
export type Operator = (this: unknown, ...args: any[]) => unknown;

export interface OperatorDef {
  /**
   * eager: every argument is evaluated, then `impl` is called with them and the data as `this`.
   * special: the compiler has a form of its own for it (short-circuits, per-element bodies, lookups).
   */
  readonly evaluation: "eager" | "special";
  readonly impl?: Operator;
  /** The argument evaluated with each list element (or {current, accumulator}) as its data. */
  readonly scopedArgument?: number;
  /** Arguments that are literal var paths, never operations: all of them, or from this index on. */
  readonly literalPaths?: "all" | number;
  /** List steps charged to the meter before `impl` runs, from its evaluated arguments. */
  readonly cost?: (args: unknown[]) => number;
  /** Installed into json-logic-js, the reference: `add` for our own operations, `replace` for its var. */
  readonly reference?: "add" | "replace";
}

/** json-logic truthiness: JavaScript's, except that the empty list is false. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}

/** `var` as json-logic defines it, but reading own properties only and refusing prototype paths. */
export function safeVar(this: unknown, path?: unknown, fallback?: unknown): unknown {
  const notFound = fallback === undefined ? null : fallback;
  if (path === undefined || path === null || path === "") return this;
  const value = getPath(this, String(path).split("."));
  return value === undefined ? notFound : value;
}

function cat(...args: unknown[]): string {
  let known = 0;
  for (const a of args) if (typeof a === "string") known += a.length;
  const tooLong = (): never => {
    throw new LogicBudgetError(
      `rule evaluation exceeded its budget (cat result over ${MAX_CAT_LENGTH} characters)`,
    );
  };
  if (known > MAX_CAT_LENGTH) tooLong();
  const result = Array.prototype.join.call(args, "");
  if (result.length > MAX_CAT_LENGTH) tooLong();
  return result;
}

function mergedLength(args: unknown[]): number {
  let length = 0;
  for (const a of args) length += Array.isArray(a) ? a.length : 1;
  return length;
}

/** What a merge costs: one step per item of its result, which may not exceed MAX_MERGE_ITEMS. */
function mergeCost(args: unknown[]): number {
  const length = mergedLength(args);
  if (length > MAX_MERGE_ITEMS) {
    throw new LogicBudgetError(
      `rule evaluation exceeded its budget (merge result over ${MAX_MERGE_ITEMS} items)`,
    );
  }
  return length;
}

function merge(...args: unknown[]): unknown[] {
  mergeCost(args);
  return args.reduce((a: unknown[], b: unknown) => a.concat(b), []);
}

const eager = (impl: Operator, more: Partial<OperatorDef> = {}): OperatorDef => ({
  evaluation: "eager",
  impl,
  ...more,
});
const SPECIAL: OperatorDef = { evaluation: "special" };
const SCOPED: OperatorDef = { evaluation: "special", scopedArgument: 1 };

// In json-logic-js's order (the differential test draws random trees from this list).
const BUILTIN: Record<string, OperatorDef> = {
  var: { evaluation: "special", impl: safeVar, reference: "replace" },
  missing: { evaluation: "special", literalPaths: "all" },
  missing_some: { evaluation: "special", literalPaths: 1 },
  if: SPECIAL,
  "?:": SPECIAL,
  "==": eager((a, b) => a == b),
  "===": eager((a, b) => a === b),
  "!=": eager((a, b) => a != b),
  "!==": eager((a, b) => a !== b),
  "!": eager((a) => !truthy(a)),
  "!!": eager((a) => truthy(a)),
  or: SPECIAL,
  and: SPECIAL,
  ">": eager((a, b) => a > b),
  ">=": eager((a, b) => a >= b),
  "<": eager((a, b, c) => (c === undefined ? a < b : a < b && b < c)),
  "<=": eager((a, b, c) => (c === undefined ? a <= b : a <= b && b <= c)),
  max: eager((...args) => Math.max(...args)),
  min: eager((...args) => Math.min(...args)),
  // parseFloat's second argument is json-logic-js's (ignored by JavaScript); kept for fidelity.
  "+": eager((...args) =>
    args.reduce((a: unknown, b: unknown) => parseFloat(a as string) + parseFloat(b as string), 0),
  ),
  "-": eager((a, b) => (b === undefined ? -a : a - b)),
  "*": eager((...args) =>
    args.reduce((a: unknown, b: unknown) => parseFloat(a as string) * parseFloat(b as string)),
  ),
  "/": eager((a, b) => a / b),
  "%": eager((a, b) => a % b),
  map: SCOPED,
  filter: SCOPED,
  reduce: SCOPED,
  all: SCOPED,
  none: SCOPED,
  some: SCOPED,
  merge: eager(merge, { cost: mergeCost }),
  in: eager((a, b) => {
    if (!b || typeof b.indexOf === "undefined") return false;
    return b.indexOf(a) !== -1;
  }),
  cat: eager(cat),
  substr: eager((source, start, end) => {
    if (end < 0) {
      const temp = String(source).substr(start);
      return temp.substr(0, temp.length + end);
    }
    return String(source).substr(start, end);
  }),
};

/** Every operation rules may use, by name. `log` is not one: it writes to the console. */
export const OPERATORS: ReadonlyMap<string, OperatorDef> = new Map<string, OperatorDef>([
  ...Object.entries(BUILTIN),
  ...Object.entries(CUSTOM_OPERATIONS).map(([name, fn]): [string, OperatorDef] => [
    name,
    eager(fn as Operator, { reference: "add" }),
  ]),
]);

export function operatorOf(name: string): OperatorDef | undefined {
  return OPERATORS.get(name);
}
