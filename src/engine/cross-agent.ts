// Which checks read other agents' data. `run.agents_by_name` hands a rule the data of any agent by name
// (delegation checks compare a sub-agent's permissions and autonomy with its delegator's); every other
// part of the run context is a count or a list of names. The engine runs the checks that may read it
// first, over every agent, so that afterwards each agent's data is needed during its own turn only
// (evaluate.ts). The test is conservative: any path that could reach the whole run context counts.
import type { CheckDef } from "./types.js";
import { operatorOf } from "./operators.js";

/** Whether a literal context path may read other agents' data. */
function reachesAgents(path: unknown): boolean {
  if (typeof path !== "string") return path === null || path === undefined || typeof path === "object";
  if (path === "") return true;
  const [root, second] = path.split(".");
  return root === "run" && (second === undefined || second === "agents_by_name");
}

function logicReaches(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(logicReaches);
  if (typeof node !== "object" || node === null) return false;
  return Object.entries(node).some(([op, raw]) => {
    const args = Array.isArray(raw) ? raw : [raw];
    if (op === "var") return reachesAgents(args[0]) || logicReaches(args.slice(1));
    const literal = operatorOf(op)?.literalPaths;
    if (literal !== undefined) {
      const from = literal === "all" ? 0 : literal;
      const keys = (literal === "all" ? args : args.slice(from, from + 1)).flatMap((k) =>
        Array.isArray(k) ? k : [k],
      );
      return keys.some(reachesAgents) || logicReaches(args.slice(0, from));
    }
    // inside map/filter/… bodies a path names the element's members; counted all the same
    return logicReaches(args);
  });
}

const SLOT = /\{\{([^}]*)\}\}/g;

/** Whether the check's logic or message can read `run.agents_by_name` (or the whole run context). */
export function readsOtherAgents(check: CheckDef): boolean {
  if ([check.when, check.where, check.assert, ...Object.values(check.vars ?? {})].some(logicReaches))
    return true;
  for (const [, body] of (check.message ?? "").matchAll(SLOT)) {
    if (reachesAgents((body ?? "").split("|")[0]!.trim())) return true;
  }
  return false;
}
