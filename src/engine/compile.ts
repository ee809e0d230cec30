// Turns a CheckDef (plain data) into evaluators, validating every expression, path and template against
// the context it will run in. The loader calls this to reject broken rules at load time; the engine calls
// it again and gets the cached result.
import type { CheckDef } from "./types.js";
import { compileLogic, LogicError, type CompiledLogic } from "./logic.js";
import { FORBIDDEN_SEGMENTS, splitPath } from "./paths.js";
import { compileTemplate, TemplateError, type CompiledTemplate } from "./template.js";

/** A check field is malformed; `path` locates the node inside that field's value. */
export class CheckCompileError extends Error {
  override readonly name = "CheckCompileError";
  constructor(
    readonly field: string,
    readonly path: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

/** A check's fields but `when`, which compileWhen compiles on its own. */
export interface CompiledCheck {
  where?: CompiledLogic;
  assert?: CompiledLogic;
  vars: [string, CompiledLogic][];
  message?: CompiledTemplate;
  /** Path segments of `each`, from the context root (["agent", "permissions"]). */
  each?: string[];
  /** Pointer segments of the iterated list when it lies inside the manifest (each under `agent.`). */
  eachPointer?: string[];
}

const AGENT_ROOTS = ["agent", "params", "run", "derived"];
const EACH_ROOTS = new Set(["agent", "derived"]);

const cache = new WeakMap<CheckDef, CompiledCheck>();
const whens = new WeakMap<CheckDef, CompiledLogic | null>();

function logicOf(
  field: string,
  prefix: (string | number)[],
  tree: unknown,
  roots: string[],
  params: Set<string>,
): CompiledLogic {
  try {
    return compileLogic(tree, { roots: new Set(roots), params });
  } catch (e) {
    if (e instanceof LogicError) throw new CheckCompileError(field, [...prefix, ...e.path], e.message);
    throw e;
  }
}

function checkEach(each: string): string[] {
  const segments = splitPath(each);
  const bad = segments.find((s) => FORBIDDEN_SEGMENTS.has(s));
  if (bad !== undefined) throw new CheckCompileError("each", [], `'${bad}' is not allowed in a path`);
  if (segments.length < 2 || !EACH_ROOTS.has(segments[0]!)) {
    throw new CheckCompileError("each", [], `'${each}' must be a path under agent. or derived.`);
  }
  return segments;
}

function checkAt(at: string): void {
  if (at !== "" && !at.startsWith("/"))
    throw new CheckCompileError("at", [], "a JSON pointer starts with '/'");
  const bad = at.split("/").find((s) => FORBIDDEN_SEGMENTS.has(s));
  if (bad !== undefined) throw new CheckCompileError("at", [], `'${bad}' is not allowed in a pointer`);
}

function build(check: CheckDef): CompiledCheck {
  if (check.builtin) {
    const logicField = (["assert", "when", "each", "where", "at", "vars"] as const).find(
      (f) => check[f] !== undefined,
    );
    if (logicField) {
      throw new CheckCompileError(
        logicField,
        [],
        `a builtin check has no '${logicField}': a TypeScript stage emits it`,
      );
    }
    return { vars: [] };
  }
  if (check.assert === undefined) throw new CheckCompileError("assert", [], "a check needs an assert");
  if (check.message === undefined) throw new CheckCompileError("message", [], "a check needs a message");
  if (check.where !== undefined && check.each === undefined) {
    throw new CheckCompileError("where", [], "'where' filters the items of 'each'; this check has no 'each'");
  }
  const params = new Set(Object.keys(check.params));
  const each = check.each === undefined ? undefined : checkEach(check.each);
  if (check.at !== undefined) checkAt(check.at);
  const itemRoots = each ? [...AGENT_ROOTS, "item", "index"] : AGENT_ROOTS;
  const vars = Object.entries(check.vars ?? {}).map(([name, tree]): [string, CompiledLogic] => {
    if (FORBIDDEN_SEGMENTS.has(name)) throw new CheckCompileError("vars", [name], `'${name}' is not allowed`);
    return [name, logicOf("vars", [name], tree, itemRoots, params)];
  });
  let message: CompiledTemplate;
  try {
    message = compileTemplate(check.message, {
      roots: new Set([...itemRoots, "vars"]),
      params,
      vars: new Set(vars.map(([n]) => n)),
    });
  } catch (e) {
    if (e instanceof TemplateError) throw new CheckCompileError("message", [], e.message);
    throw e;
  }
  const compiled: CompiledCheck = {
    assert: logicOf("assert", [], check.assert, itemRoots, params),
    vars,
    message,
  };
  compileWhen(check); // validated with the rest
  if (check.where !== undefined) compiled.where = logicOf("where", [], check.where, itemRoots, params);
  if (each) {
    compiled.each = each;
    if (each[0] === "agent") compiled.eachPointer = each.slice(1);
  }
  return compiled;
}

/**
 * The check's `when` alone (once per CheckDef object), so that a run compiles the rest of a check only
 * for an agent the check applies to: a run of one agent, or of none, meets many checks that do not apply.
 * (Checks read from YAML, packs' included, are compiled whole when loaded, to report their errors; the
 * built-in ones come from the build's snapshot.) Throws CheckCompileError; compileCheck reports a broken
 * check's other fields first.
 */
export function compileWhen(check: CheckDef): CompiledLogic | undefined {
  let when = whens.get(check);
  if (when === undefined) {
    when =
      check.when === undefined
        ? null
        : logicOf("when", [], check.when, AGENT_ROOTS, new Set(Object.keys(check.params)));
    whens.set(check, when);
  }
  return when ?? undefined;
}

/** Compiles (once per CheckDef object) or throws CheckCompileError. */
export function compileCheck(check: CheckDef): CompiledCheck {
  let compiled = cache.get(check);
  if (!compiled) {
    compiled = build(check);
    cache.set(check, compiled);
  }
  return compiled;
}
