// json-logic trees compiled into JavaScript closures, once per rule, with json-logic-js's semantics to the
// letter: the interpreter re-reads the tree, re-dispatches on the operator name and re-splits every `var`
// path on each call, which dominates rule evaluation. json-logic-js stays the reference: every behaviour
// here mirrors its `apply` (which arguments are evaluated eagerly, what short-circuits, what `and` of
// nothing returns, fresh arrays for array literals, operators called with the data as `this`), and
// test/engine/differential.test.ts runs both on every rule, fixture and on random trees and data.
// `missing` and `missing_some` evaluate their arguments here (so the budget below meters them) and then run
// json-logic-js's own bodies, which hand each key to the interpreter's `var`.
//
// json-logic-js is a process-wide singleton; it is set up exactly once, when this module loads: `log` goes
// (it writes to the console), `var` is replaced by an own-property lookup that refuses prototype paths,
// and the custom operations are registered.
import jsonLogic from "json-logic-js";
import { CUSTOM_OPERATIONS } from "./operations.js";
import { getPath } from "./paths.js";

export type Evaluator = (data: unknown) => unknown;

/**
 * A rule from an untrusted pack passes the load-time limits and still asks for too much work: a reduce that
 * doubles a list with merge exhausts the heap, nested some over big lists runs for hours. Evaluation is
 * metered instead: list steps (every element a scoped operation walks, every element merge builds) come out
 * of a budget, and one oversized merge or cat result stops at once.
 */
export class LogicBudgetError extends Error {
  override readonly name = "LogicBudgetError";
}

const EVALUATION_BUDGET = 10_000_000;
const MAX_MERGE_ITEMS = 100_000;
const MAX_CAT_LENGTH = 1_048_576;

let budget = EVALUATION_BUDGET;
// >0 while a metered evaluation runs: a closure entered inside one shares its budget instead of refilling it.
let metering = 0;

function charge(steps: number): void {
  budget -= steps;
  if (budget < 0) {
    throw new LogicBudgetError(`rule evaluation exceeded its budget (${EVALUATION_BUDGET} list steps)`);
  }
}

/** Runs `fn` with one budget for every compiled closure it calls (e.g. one check over one agent). */
export function withLogicBudget<T>(fn: () => T): T {
  if (metering > 0) return fn();
  budget = EVALUATION_BUDGET;
  metering++;
  try {
    return fn();
  } finally {
    metering--;
  }
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

function merge(...args: unknown[]): unknown[] {
  let length = 0;
  for (const a of args) length += Array.isArray(a) ? a.length : 1;
  if (length > MAX_MERGE_ITEMS) {
    throw new LogicBudgetError(
      `rule evaluation exceeded its budget (merge result over ${MAX_MERGE_ITEMS} items)`,
    );
  }
  charge(length);
  return args.reduce((a: unknown[], b: unknown) => a.concat(b), []);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- operators take whatever the rule passes
type Operator = (this: unknown, ...args: any[]) => unknown;

/** json-logic truthiness: JavaScript's, except that the empty list is false. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}

// json-logic-js's built-in operators, copied from its source (2.0.5): its table is private, and the
// compiled closures must call exactly these (cat and merge with the budget's limits added).
const BUILTIN: Readonly<Record<string, Operator>> = {
  "==": (a, b) => a == b,
  "===": (a, b) => a === b,
  "!=": (a, b) => a != b,
  "!==": (a, b) => a !== b,
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "<": (a, b, c) => (c === undefined ? a < b : a < b && b < c),
  "<=": (a, b, c) => (c === undefined ? a <= b : a <= b && b <= c),
  "!!": (a) => truthy(a),
  "!": (a) => !truthy(a),
  "%": (a, b) => a % b,
  in: (a, b) => {
    if (!b || typeof b.indexOf === "undefined") return false;
    return b.indexOf(a) !== -1;
  },
  cat,
  substr: (source, start, end) => {
    if (end < 0) {
      const temp = String(source).substr(start);
      return temp.substr(0, temp.length + end);
    }
    return String(source).substr(start, end);
  },
  // parseFloat's second argument is json-logic-js's (ignored by JavaScript); kept for fidelity.
  "+": (...args) =>
    args.reduce((a: unknown, b: unknown) => parseFloat(a as string) + parseFloat(b as string), 0),
  "*": (...args) =>
    args.reduce((a: unknown, b: unknown) => parseFloat(a as string) * parseFloat(b as string)),
  "-": (a, b) => (b === undefined ? -a : a - b),
  "/": (a, b) => a / b,
  min: (...args) => Math.min(...args),
  max: (...args) => Math.max(...args),
  merge,
};

/** `var` as json-logic defines it, but reading own properties only and refusing prototype paths. */
export function safeVar(this: unknown, path?: unknown, fallback?: unknown): unknown {
  const notFound = fallback === undefined ? null : fallback;
  if (path === undefined || path === null || path === "") return this;
  const value = getPath(this, String(path).split("."));
  return value === undefined ? notFound : value;
}

jsonLogic.rm_operation("log");
jsonLogic.add_operation("var", safeVar);
for (const [name, fn] of Object.entries(CUSTOM_OPERATIONS)) jsonLogic.add_operation(name, fn);

function isLogic(node: unknown): node is Record<string, unknown> {
  return typeof node === "object" && node !== null && !Array.isArray(node) && Object.keys(node).length === 1;
}

// json-logic-js's `missing` and `missing_some`, on arguments already evaluated. A primitive key goes
// straight to `var` (what the interpreter's apply of a primitive comes to); anything else goes through the
// interpreter, as json-logic-js does.
function missing(this: unknown, ...values: unknown[]): unknown[] {
  const keys: unknown[] = Array.isArray(values[0]) ? values[0] : values;
  const out: unknown[] = [];
  for (const key of keys) {
    const value =
      key !== null && typeof key === "object"
        ? jsonLogic.apply({ var: key } as Parameters<typeof jsonLogic.apply>[0], this)
        : safeVar.call(this, key);
    if (value === null || value === "") out.push(key);
  }
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- json-logic-js's body, arguments as given
function missingSome(this: unknown, needCount: any, options: any): unknown {
  const areMissing = jsonLogic.apply({ missing: options } as Parameters<typeof jsonLogic.apply>[0], this);
  if (options.length - (areMissing as unknown[]).length >= needCount) return [];
  return areMissing;
}

const MISSING: Readonly<Record<string, Operator>> = { missing, missing_some: missingSome };

function operatorOf(op: string): Operator | undefined {
  if (Object.hasOwn(MISSING, op)) return MISSING[op];
  if (Object.hasOwn(CUSTOM_OPERATIONS, op)) return CUSTOM_OPERATIONS[op] as Operator;
  if (Object.hasOwn(BUILTIN, op)) return BUILTIN[op];
  return undefined;
}

/** The interpreter, for one node: the reference, and the fallback for what is not specialised. */
export function interpret(node: unknown): Evaluator {
  return (data) => jsonLogic.apply(node as Parameters<typeof jsonLogic.apply>[0], data);
}

const constant =
  (value: unknown): Evaluator =>
  () =>
    value;

/**
 * `var` as src/engine/logic.ts installs it (own properties only, prototype names refused), with the path
 * split once: paths.getPath, which throws on a forbidden segment only when
 * the walk reaches it.
 */
function varWithPath(path: string | number, fallback: Evaluator | undefined): Evaluator {
  if (path === "") return fallback ? (data) => (fallback(data), data) : (data) => data;
  const segments = String(path).split(".");
  const lookup = (data: unknown): unknown => getPath(data, segments);
  if (!fallback) {
    return (data) => {
      const value = lookup(data);
      return value === undefined ? null : value;
    };
  }
  return (data) => {
    const notFoundValue = fallback(data);
    const value = lookup(data);
    if (value !== undefined) return value;
    return notFoundValue === undefined ? null : notFoundValue;
  };
}

function compileVar(args: unknown[], node: unknown): Evaluator {
  const [path, fallbackNode] = args;
  const fallback = args.length > 1 && fallbackNode !== undefined ? compileNode(fallbackNode) : undefined;
  if (args.length <= 2 && (typeof path === "string" || typeof path === "number")) {
    return varWithPath(path, fallback);
  }
  if (args.length === 0 || (args.length === 1 && (path === null || path === undefined))) {
    return (data) => data;
  }
  // Computed paths (and odd shapes): the installed var itself, on evaluated arguments.
  return generic("var", args, node);
}

/** Every argument evaluated first, then the operator called with the data as `this`. */
function generic(op: string, args: unknown[], node: unknown): Evaluator {
  const fn = op === "var" ? (safeVar as Operator) : operatorOf(op);
  if (!fn) return interpret(node);
  const compiled = args.map(compileNode);
  switch (compiled.length) {
    case 0:
      return (data) => fn.call(data);
    case 1: {
      const [a] = compiled as [Evaluator];
      return (data) => fn.call(data, a(data));
    }
    case 2: {
      const [a, b] = compiled as [Evaluator, Evaluator];
      return (data) => fn.call(data, a(data), b(data));
    }
    case 3: {
      const [a, b, c] = compiled as [Evaluator, Evaluator, Evaluator];
      return (data) => fn.call(data, a(data), b(data), c(data));
    }
    default:
      return (data) =>
        fn.apply(
          data,
          compiled.map((f) => f(data)),
        );
  }
}

function compileIf(args: unknown[]): Evaluator {
  const compiled = args.map(compileNode);
  return (data) => {
    let i = 0;
    for (; i < compiled.length - 1; i += 2) {
      if (truthy(compiled[i]!(data))) return compiled[i + 1]!(data);
    }
    if (compiled.length === i + 1) return compiled[i]!(data);
    return null;
  };
}

function compileAnd(args: unknown[]): Evaluator {
  const compiled = args.map(compileNode);
  return (data) => {
    let current: unknown;
    for (const f of compiled) {
      current = f(data);
      if (!truthy(current)) return current;
    }
    return current;
  };
}

function compileOr(args: unknown[]): Evaluator {
  const compiled = args.map(compileNode);
  return (data) => {
    let current: unknown;
    for (const f of compiled) {
      current = f(data);
      if (truthy(current)) return current;
    }
    return current;
  };
}

/** map, filter, reduce, all, none, some: the list from the outer data, the body per element. */
function compileScoped(op: string, args: unknown[]): Evaluator {
  const list = compileNode(args[0]);
  const body = compileNode(args[1]);
  switch (op) {
    case "filter":
      return (data) => {
        const items = list(data);
        if (!Array.isArray(items)) return [];
        charge(items.length);
        return items.filter((datum) => truthy(body(datum)));
      };
    case "map":
      return (data) => {
        const items = list(data);
        if (!Array.isArray(items)) return [];
        charge(items.length);
        return items.map((datum) => body(datum));
      };
    case "reduce": {
      const initialOf = typeof args[2] !== "undefined" ? compileNode(args[2]) : constant(null);
      return (data) => {
        const items = list(data);
        const initial = initialOf(data);
        if (!Array.isArray(items)) return initial;
        charge(items.length);
        return items.reduce(
          (accumulator: unknown, current: unknown) => body({ current, accumulator }),
          initial,
        );
      };
    }
    case "all":
      return (data) => {
        const items = list(data);
        if (!Array.isArray(items) || !items.length) return false;
        charge(items.length);
        for (const item of items) if (!truthy(body(item))) return false;
        return true;
      };
    case "none":
      return (data) => {
        const items = list(data);
        if (!Array.isArray(items) || !items.length) return true;
        charge(items.length);
        for (const item of items) if (truthy(body(item))) return false;
        return true;
      };
    default:
      return (data) => {
        const items = list(data);
        if (!Array.isArray(items) || !items.length) return false;
        charge(items.length);
        for (const item of items) if (truthy(body(item))) return true;
        return false;
      };
  }
}

const SCOPED = new Set(["map", "filter", "reduce", "all", "none", "some"]);

function compileNode(node: unknown): Evaluator {
  if (Array.isArray(node)) {
    const compiled = node.map(compileNode);
    return (data) => compiled.map((f) => f(data));
  }
  if (!isLogic(node)) return constant(node);
  const op = Object.keys(node)[0]!;
  const raw = node[op];
  const args = Array.isArray(raw) ? raw : [raw];
  if (op === "if" || op === "?:") return compileIf(args);
  if (op === "and") return compileAnd(args);
  if (op === "or") return compileOr(args);
  if (SCOPED.has(op)) return compileScoped(op, args);
  if (op === "var") return compileVar(args, node);
  return generic(op, args, node);
}

/**
 * A closure computing what `jsonLogic.apply(tree, data)` computes, or throwing LogicBudgetError when that
 * takes too much work. Each call has a fresh budget unless it runs inside withLogicBudget.
 */
export function compileClosure(tree: unknown): Evaluator {
  const root = compileNode(tree);
  return (data) => withLogicBudget(() => root(data));
}
