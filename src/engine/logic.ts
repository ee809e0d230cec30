// The one place that knows how a json-logic tree is checked and evaluated. Everything else asks for a
// compiled closure (`compileLogic`) and calls it with a context. Trees are compiled to JavaScript closures
// (closure.ts) with json-logic-js's semantics; json-logic-js itself (`interpretLogic`) is the reference.
// Rules may only use the operations in ALLOWED_OPERATIONS; anything else is refused when the rule loads,
// never discovered mid-run.
import { compileClosure, interpret, type Evaluator } from "./closure.js";
import { OPERATORS, truthy as logicTruthy } from "./operators.js";
import { FORBIDDEN_SEGMENTS, splitPath } from "./paths.js";

/** Every operation rules may use (the registry's names). */
export const ALLOWED_OPERATIONS: ReadonlySet<string> = new Set<string>(OPERATORS.keys());

/** A rule's logic is malformed; `path` locates the offending node inside the tree. */
export class LogicError extends Error {
  override readonly name = "LogicError";
  constructor(
    message: string,
    readonly path: (string | number)[],
  ) {
    super(message);
  }
}

export interface LogicScope {
  /** Allowed first segments of a `var` path at the top level (outside map/filter/… bodies). */
  roots?: ReadonlySet<string>;
  /** Declared parameter names: `params.<name>` must be one of them. */
  params?: ReadonlySet<string>;
}

type Path = (string | number)[];

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function checkDataPath(p: unknown, at: Path, nested: boolean, scope: LogicScope): void {
  if (typeof p === "number") return;
  if (typeof p !== "string")
    throw new LogicError("a var path must be a string, a number or an operation", at);
  const segments = splitPath(p);
  const bad = segments.find((s) => FORBIDDEN_SEGMENTS.has(s));
  if (bad !== undefined) throw new LogicError(`'${bad}' is not allowed in a var path ('${p}')`, at);
  if (nested || segments.length === 0) return;
  const [root, second] = segments;
  if (scope.roots && !scope.roots.has(root!)) {
    throw new LogicError(
      `unknown context root '${root}' in '${p}' (known: ${[...scope.roots].join(", ")})`,
      at,
    );
  }
  if (root === "params" && second !== undefined && scope.params && !scope.params.has(second)) {
    throw new LogicError(`parameter '${second}' is not declared in this check's params`, at);
  }
}

function walk(node: unknown, at: Path, nested: boolean, scope: LogicScope): void {
  if (Array.isArray(node)) {
    node.forEach((el, i) => walk(el, [...at, i], nested, scope));
    return;
  }
  if (!isPlainObject(node)) return;
  const keys = Object.keys(node);
  if (keys.length !== 1) {
    throw new LogicError(`an operation is an object with exactly one key; this one has ${keys.length}`, at);
  }
  const op = keys[0]!;
  if (!ALLOWED_OPERATIONS.has(op)) {
    const why = op === "log" ? "it has side effects" : "not in the allowed list";
    throw new LogicError(`unknown operation '${op}' (${why})`, [...at, op]);
  }
  const raw = node[op];
  const args = Array.isArray(raw) ? raw : [raw];
  const argPath = (i: number): Path => (Array.isArray(raw) ? [...at, op, i] : [...at, op]);

  if (op === "var") {
    const [path, fallback] = args;
    // A computed path is checked at run time by safeVar.
    if (isPlainObject(path)) walk(path, argPath(0), nested, scope);
    else if (path !== undefined && path !== null) checkDataPath(path, argPath(0), nested, scope);
    walk(fallback, argPath(1), nested, scope);
    return;
  }
  const def = OPERATORS.get(op)!;
  if (def.literalPaths !== undefined) {
    const offset = def.literalPaths === "all" ? 0 : def.literalPaths;
    const keyArgs = def.literalPaths === "all" ? args : args.slice(offset, offset + 1);
    keyArgs.forEach((k, i) => {
      const here = argPath(i + offset);
      const list = Array.isArray(k) ? k : [k];
      list.forEach((key, j) => {
        const keyAt = Array.isArray(k) ? [...here, j] : here;
        // A computed key would let a value from the manifest be evaluated as logic: literal paths only.
        if (isPlainObject(key)) throw new LogicError(`'${op}' takes literal paths, not an operation`, keyAt);
        checkDataPath(key, keyAt, nested, scope);
      });
    });
    args.slice(0, offset).forEach((arg, i) => walk(arg, argPath(i), nested, scope));
    return;
  }
  const scoped = def.scopedArgument;
  args.forEach((arg, i) => walk(arg, argPath(i), nested || i === scoped, scope));
}

/** Throws LogicError when the tree uses an unknown operation or a forbidden / unknown var path. */
export function validateLogic(tree: unknown, scope: LogicScope = {}): void {
  walk(tree, [], false, scope);
}

/** Called with the data, and the meter of the run (a fresh one when none is given). */
export type CompiledLogic = Evaluator;

/** Validates once, then returns the evaluator: a compiled closure. */
export function compileLogic(tree: unknown, scope: LogicScope = {}): CompiledLogic {
  validateLogic(tree, scope);
  return compileClosure(tree);
}

/** Validates once, then returns json-logic-js interpreting the tree: the reference compileLogic must match. */
export function interpretLogic(tree: unknown, scope: LogicScope = {}): CompiledLogic {
  validateLogic(tree, scope);
  return interpret(tree);
}

/** json-logic truthiness: like JavaScript's, except that the empty list is false. */
export const truthy: (value: unknown) => boolean = logicTruthy;
