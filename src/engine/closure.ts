// json-logic trees compiled into JavaScript closures, once per rule, with json-logic-js's semantics to the
// letter: the interpreter re-reads the tree, re-dispatches on the operator name and re-splits every `var`
// path on each call, which dominates rule evaluation. json-logic-js stays the reference (reference.ts):
// every behaviour here mirrors its `apply` (which arguments are evaluated eagerly, what short-circuits,
// what `and` of nothing returns, fresh arrays for array literals, operators called with the data as
// `this`), and test/engine/differential.test.ts runs both on every rule, fixture and on random trees and
// data. Which operators exist and how each is evaluated comes from the registry (operators.ts); this
// module holds the special forms. Every closure is handed the evaluation meter (meter.ts) of its run.
import { EvaluationMeter } from "./meter.js";
import { operatorOf, safeVar, truthy, type Operator } from "./operators.js";
import { getPath } from "./paths.js";
import { interpret as referenceInterpret } from "./reference.js";

export type Evaluator = (data: unknown, meter?: EvaluationMeter) => unknown;
/** Inside a compiled tree the meter is always there. */
type Compiled = (data: unknown, meter: EvaluationMeter) => unknown;

function isLogic(node: unknown): node is Record<string, unknown> {
  return typeof node === "object" && node !== null && !Array.isArray(node) && Object.keys(node).length === 1;
}

/** The interpreter, for one node: the reference, and the fallback for what is not specialised. */
export function interpret(node: unknown): Evaluator {
  return referenceInterpret(node);
}

// json-logic-js's `missing` and `missing_some`, on arguments already evaluated. A primitive key goes
// straight to `var` (what the interpreter's apply of a primitive comes to); anything else goes through the
// interpreter, as json-logic-js does. (Validated rules have literal keys only.)
function missing(this: unknown, ...values: unknown[]): unknown[] {
  const keys: unknown[] = Array.isArray(values[0]) ? values[0] : values;
  const out: unknown[] = [];
  for (const key of keys) {
    const value =
      key !== null && typeof key === "object"
        ? referenceInterpret({ var: key })(this)
        : safeVar.call(this, key);
    if (value === null || value === "") out.push(key);
  }
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- json-logic-js's body, arguments as given
function missingSome(this: unknown, needCount: any, options: any): unknown {
  const areMissing = referenceInterpret({ missing: options })(this);
  if (options.length - (areMissing as unknown[]).length >= needCount) return [];
  return areMissing;
}

const constant =
  (value: unknown): Compiled =>
  () =>
    value;

/**
 * `var` as the registry defines it (own properties only, prototype names refused), with the path split
 * once: paths.getPath, which throws on a forbidden segment only when the walk reaches it.
 */
function varWithPath(path: string | number, fallback: Compiled | undefined): Compiled {
  if (path === "") return fallback ? (data, m) => (fallback(data, m), data) : (data) => data;
  const segments = String(path).split(".");
  const lookup = (data: unknown): unknown => getPath(data, segments);
  if (!fallback) {
    return (data) => {
      const value = lookup(data);
      return value === undefined ? null : value;
    };
  }
  return (data, m) => {
    const notFoundValue = fallback(data, m);
    const value = lookup(data);
    if (value !== undefined) return value;
    return notFoundValue === undefined ? null : notFoundValue;
  };
}

function compileVar(args: unknown[], node: unknown): Compiled {
  const [path, fallbackNode] = args;
  const fallback = args.length > 1 && fallbackNode !== undefined ? compileNode(fallbackNode) : undefined;
  if (args.length <= 2 && (typeof path === "string" || typeof path === "number")) {
    return varWithPath(path, fallback);
  }
  if (args.length === 0 || (args.length === 1 && (path === null || path === undefined))) {
    return (data) => data;
  }
  // Computed paths (and odd shapes): the registry's var itself, on evaluated arguments.
  return call(safeVar, undefined, args, node);
}

/** Every argument evaluated first, then the operator called with the data as `this`. */
function call(
  fn: Operator | undefined,
  cost: ((args: unknown[]) => number) | undefined,
  args: unknown[],
  node: unknown,
): Compiled {
  if (!fn) {
    const reference = referenceInterpret(node);
    return (data) => reference(data);
  }
  const compiled = args.map(compileNode);
  if (cost) {
    return (data, m) => {
      const values = compiled.map((f) => f(data, m));
      m.charge(cost(values));
      return fn.apply(data, values);
    };
  }
  switch (compiled.length) {
    case 0:
      return (data) => fn.call(data);
    case 1: {
      const [a] = compiled as [Compiled];
      return (data, m) => fn.call(data, a(data, m));
    }
    case 2: {
      const [a, b] = compiled as [Compiled, Compiled];
      return (data, m) => fn.call(data, a(data, m), b(data, m));
    }
    case 3: {
      const [a, b, c] = compiled as [Compiled, Compiled, Compiled];
      return (data, m) => fn.call(data, a(data, m), b(data, m), c(data, m));
    }
    default:
      return (data, m) =>
        fn.apply(
          data,
          compiled.map((f) => f(data, m)),
        );
  }
}

function compileIf(args: unknown[]): Compiled {
  const compiled = args.map(compileNode);
  return (data, m) => {
    let i = 0;
    for (; i < compiled.length - 1; i += 2) {
      if (truthy(compiled[i]!(data, m))) return compiled[i + 1]!(data, m);
    }
    if (compiled.length === i + 1) return compiled[i]!(data, m);
    return null;
  };
}

function compileAnd(args: unknown[]): Compiled {
  const compiled = args.map(compileNode);
  return (data, m) => {
    let current: unknown;
    for (const f of compiled) {
      current = f(data, m);
      if (!truthy(current)) return current;
    }
    return current;
  };
}

function compileOr(args: unknown[]): Compiled {
  const compiled = args.map(compileNode);
  return (data, m) => {
    let current: unknown;
    for (const f of compiled) {
      current = f(data, m);
      if (truthy(current)) return current;
    }
    return current;
  };
}

/** map, filter, reduce, all, none, some: the list from the outer data, the body per element. */
function compileScoped(op: string, args: unknown[]): Compiled {
  const list = compileNode(args[0]);
  const body = compileNode(args[1]);
  switch (op) {
    case "filter":
      return (data, m) => {
        const items = list(data, m);
        if (!Array.isArray(items)) return [];
        m.charge(items.length);
        return items.filter((datum) => truthy(body(datum, m)));
      };
    case "map":
      return (data, m) => {
        const items = list(data, m);
        if (!Array.isArray(items)) return [];
        m.charge(items.length);
        return items.map((datum) => body(datum, m));
      };
    case "reduce": {
      const initialOf = typeof args[2] !== "undefined" ? compileNode(args[2]) : constant(null);
      return (data, m) => {
        const items = list(data, m);
        const initial = initialOf(data, m);
        if (!Array.isArray(items)) return initial;
        m.charge(items.length);
        return items.reduce(
          (accumulator: unknown, current: unknown) => body({ current, accumulator }, m),
          initial,
        );
      };
    }
    case "all":
      return (data, m) => {
        const items = list(data, m);
        if (!Array.isArray(items) || !items.length) return false;
        m.charge(items.length);
        for (const item of items) if (!truthy(body(item, m))) return false;
        return true;
      };
    case "none":
      return (data, m) => {
        const items = list(data, m);
        if (!Array.isArray(items) || !items.length) return true;
        m.charge(items.length);
        for (const item of items) if (truthy(body(item, m))) return false;
        return true;
      };
    case "some":
      return (data, m) => {
        const items = list(data, m);
        if (!Array.isArray(items) || !items.length) return false;
        m.charge(items.length);
        for (const item of items) if (truthy(body(item, m))) return true;
        return false;
      };
    default:
      throw new Error(`no scoped form for '${op}'`);
  }
}

/** The compiler's special forms, one per operator the registry marks `special`. */
const SPECIAL_FORMS: Readonly<Record<string, (args: unknown[], node: unknown, op: string) => Compiled>> = {
  var: (args, node) => compileVar(args, node),
  missing: (args, node) => call(missing, undefined, args, node),
  missing_some: (args, node) => call(missingSome, undefined, args, node),
  if: compileIf,
  "?:": compileIf,
  and: compileAnd,
  or: compileOr,
  map: (args, _node, op) => compileScoped(op, args),
  filter: (args, _node, op) => compileScoped(op, args),
  reduce: (args, _node, op) => compileScoped(op, args),
  all: (args, _node, op) => compileScoped(op, args),
  none: (args, _node, op) => compileScoped(op, args),
  some: (args, _node, op) => compileScoped(op, args),
};

function compileNode(node: unknown): Compiled {
  if (Array.isArray(node)) {
    const compiled = node.map(compileNode);
    return (data, m) => compiled.map((f) => f(data, m));
  }
  if (!isLogic(node)) return constant(node);
  const op = Object.keys(node)[0]!;
  const raw = node[op];
  const args = Array.isArray(raw) ? raw : [raw];
  const def = operatorOf(op);
  if (def?.evaluation === "special") {
    const form = SPECIAL_FORMS[op];
    if (!form) throw new Error(`operator '${op}' is marked special but the compiler has no form for it`);
    return form(args, node, op);
  }
  return call(def?.impl, def?.cost, args, node);
}

/**
 * A closure computing what `jsonLogic.apply(tree, data)` computes, or throwing LogicBudgetError when that
 * takes more work than `meter` allows. Without a meter, each call gets a fresh one.
 */
export function compileClosure(tree: unknown): Evaluator {
  const root = compileNode(tree);
  return (data, meter) => root(data, meter ?? new EvaluationMeter());
}
