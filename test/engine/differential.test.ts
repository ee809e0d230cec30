// The compiled closures (compileLogic) against json-logic-js (interpretLogic), the reference: every
// expression of every rule in rules/checks on every agent of every fixture in test/fixtures/rules (and
// every item the rule iterates), the same rules on randomly damaged agents, and random trees over every
// allowed operation on random data. Rules and fixtures are listed from disk, so new ones are covered
// without touching this file. Answers must be identical: the same value (deep, with Object.is for
// numbers), or the same error.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileClosure, interpret } from "../../src/engine/closure.js";
import { buildRunContext, type EvalContext } from "../../src/engine/context.js";
import { deriveFacts } from "../../src/engine/derived.js";
import {
  ALLOWED_OPERATIONS,
  compileLogic,
  interpretLogic,
  type CompiledLogic,
} from "../../src/engine/logic.js";
import { paramsFor, resolveParams } from "../../src/engine/params.js";
import { getPath, splitPath } from "../../src/engine/paths.js";
import { normalise } from "../../src/manifest/normalise.js";
import { parseSource } from "../../src/manifest/parse.js";
import type { NormalisedAgent } from "../../src/manifest/types.js";
import { loadPolicy } from "../../src/policy/load.js";
import type { CheckDef } from "../../src/policy/types.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/rules", import.meta.url));
const MANIFEST = /\.(ya?ml|json)$/;
const NOW = Date.UTC(2026, 10, 1);

type Outcome = { value: unknown } | { error: string };

function outcome(f: (data: unknown) => unknown, data: unknown): Outcome {
  try {
    return { value: f(data) };
  } catch (e) {
    return { error: e instanceof Error ? `${e.constructor.name}: ${e.message}` : `thrown ${String(e)}` };
  }
}

function same(a: Outcome, b: Outcome): boolean {
  return isDeepStrictEqual(a, b);
}

function describeMismatch(what: string, data: unknown, compiled: Outcome, reference: Outcome): string {
  const show = (v: unknown): string => {
    try {
      return JSON.stringify(v)?.slice(0, 400) ?? String(v);
    } catch {
      return String(v);
    }
  };
  return `${what}\n  data: ${show(data)}\n  compiled: ${show(compiled)}\n  json-logic-js: ${show(reference)}`;
}

/** Fixture groups: each folder holding manifests (a check's side), parsed together like one run. */
function fixtureGroups(): { name: string; agents: NormalisedAgent[] }[] {
  const groups = new Map<string, string[]>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (MANIFEST.test(entry)) {
        // a check's fail.agent.yaml and pass.agent.yaml are separate runs, as in the fixture suite
        const side = entry.startsWith("fail.") || entry.startsWith("pass.") ? `${dir}#${entry}` : dir;
        groups.set(side, [...(groups.get(side) ?? []), path]);
      }
    }
  };
  walk(FIXTURES);
  return [...groups].map(([name, files]) => ({
    name: relative(FIXTURES, name),
    agents: files
      .flatMap((f) => parseSource(relative(FIXTURES, f), readFileSync(f, "utf8")).documents)
      .map(normalise),
  }));
}

const { checks } = loadPolicy();
const ruleChecks = checks.filter((c) => !c.builtin);
const resolved = resolveParams(checks);
const groups = fixtureGroups();

interface Expression {
  name: string;
  tree: unknown;
  compiled: CompiledLogic;
  reference: CompiledLogic;
}

/** Every logic field of a check, compiled both ways (validation accepted them when the policy loaded). */
function expressionsOf(check: CheckDef): Expression[] {
  const fields: [string, unknown][] = [
    ["when", check.when],
    ["where", check.where],
    ["assert", check.assert],
    ...Object.entries(check.vars ?? {}).map(([n, t]): [string, unknown] => [`vars.${n}`, t]),
  ];
  return fields
    .filter(([, tree]) => tree !== undefined)
    .map(([name, tree]) => ({
      name: `${check.id} ${name}`,
      tree,
      compiled: compileLogic(tree),
      reference: interpretLogic(tree),
    }));
}

/** The contexts the engine builds for a check on these agents: the agent's, and one per iterated item. */
function contextsFor(check: CheckDef, agents: NormalisedAgent[]): EvalContext[] {
  const run = buildRunContext(agents, NOW);
  const params = paramsFor(check, resolved);
  const out: EvalContext[] = [];
  for (const agent of agents) {
    const base: EvalContext = {
      agent: agent.data,
      params,
      run,
      derived: deriveFacts(agent.data, agent.secrets),
    };
    out.push(base);
    if (check.each === undefined) continue;
    const list = getPath(base, splitPath(check.each));
    if (Array.isArray(list)) list.forEach((item: unknown, index) => out.push({ ...base, item, index }));
  }
  return out;
}

function compare(expr: Expression, contexts: unknown[]): string[] {
  const problems: string[] = [];
  for (const ctx of contexts) {
    const a = outcome(expr.compiled, ctx);
    const b = outcome(expr.reference, ctx);
    if (!same(a, b)) problems.push(describeMismatch(expr.name, ctx, a, b));
    if (problems.length >= 3) break;
  }
  return problems;
}

describe("compiled rules agree with json-logic-js", () => {
  it("finds rules and fixtures to compare", () => {
    expect(ruleChecks.length).toBeGreaterThan(0);
    expect(groups.reduce((n, g) => n + g.agents.length, 0)).toBeGreaterThan(ruleChecks.length);
  });

  it.each(ruleChecks.map((c) => [c.id, c] as const))("%s on every fixture", (_id, check) => {
    const exprs = expressionsOf(check);
    expect(exprs.length).toBeGreaterThan(0);
    let evaluated = 0;
    const problems: string[] = [];
    for (const group of groups) {
      const contexts = contextsFor(check, group.agents);
      evaluated += contexts.length;
      for (const expr of exprs) problems.push(...compare(expr, contexts));
    }
    expect(evaluated).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("agree on randomly damaged agents", () => {
    const agents = groups.flatMap((g) => g.agents);
    const pointers = agents.flatMap((a, i) => leafPaths(a.data).map((p) => [i, p] as const));
    const exprs = ruleChecks.map((c) => [c, expressionsOf(c)] as const);
    const damage = fc.record({
      target: fc.nat({ max: agents.length - 1 }),
      edits: fc.array(fc.tuple(fc.nat({ max: pointers.length - 1 }), arbitraryValue), {
        minLength: 1,
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(damage, ({ target, edits }) => {
        const data = structuredClone(agents[target]!.data);
        for (const [p, value] of edits) setAt(data, pointers[p]![1], value);
        const agent: NormalisedAgent = { ...agents[target]!, data };
        for (const [check, list] of exprs) {
          const contexts = contextsFor(check, [agent, ...agents.slice(0, 3)]);
          for (const expr of list) {
            const problems = compare(expr, contexts);
            if (problems.length > 0) throw new Error(problems.join("\n"));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** Paths of every value in a JSON document (objects and arrays included), as key lists. */
function leafPaths(data: unknown, at: string[] = [], out: string[][] = []): string[][] {
  out.push(at);
  if (Array.isArray(data)) data.forEach((v, i) => leafPaths(v, [...at, String(i)], out));
  else if (data !== null && typeof data === "object") {
    for (const [k, v] of Object.entries(data)) leafPaths(v, [...at, k], out);
  }
  return out;
}

function setAt(root: Record<string, unknown>, path: string[], value: unknown): void {
  if (path.length === 0) return;
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return;
    node = (node as Record<string, unknown>)[key];
  }
  if (node !== null && typeof node === "object") (node as Record<string, unknown>)[path.at(-1)!] = value;
}

// Random trees: operations and paths from small vocabularies, so that paths hit the data and operations
// meet each other's results.
const KEYS = ["a", "b", "c", "0", "1", "length", "current", "accumulator"];
const arbitraryKey = fc.constantFrom(...KEYS);
const arbitraryScalar = fc.oneof(
  fc.constantFrom(null, true, false, 0, -0, 1, 2, -1, 0.5, NaN, "", "a", "b", "1", "0", "*", "a.b", "x*"),
  fc.integer({ min: -5, max: 5 }),
  fc.string({ maxLength: 4 }),
);
const arbitraryValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    arbitraryScalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(arbitraryKey, tie("value"), { maxKeys: 4 }),
  ),
})).value;
const arbitraryPath = fc.oneof(
  fc.constantFrom("", "a", "b", "a.b", "a.0", "b.1.c", "c.length", "current", "accumulator", "0", "x.y"),
  fc.array(arbitraryKey, { minLength: 1, maxLength: 3 }).map((ks) => ks.join(".")),
  fc.integer({ min: 0, max: 2 }),
);
const OPERATIONS = [...ALLOWED_OPERATIONS];
const arbitraryTree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    arbitraryScalar,
    fc.record({ var: arbitraryPath }),
    fc.record({ var: fc.tuple(arbitraryPath, tie("tree")) }),
    fc.record({ var: fc.tuple(tie("tree")) }),
    fc.array(tie("tree"), { maxLength: 3 }),
    fc
      .tuple(fc.constantFrom(...OPERATIONS), fc.array(tie("tree"), { maxLength: 4 }))
      .map(([op, args]) => ({ [op]: args })),
    fc.tuple(fc.constantFrom(...OPERATIONS), tie("tree")).map(([op, arg]) => ({ [op]: arg })),
    fc
      .tuple(fc.constantFrom("missing", "missing_some"), fc.array(arbitraryPath, { maxLength: 3 }))
      .map(([op, keys]) => (op === "missing" ? { missing: keys } : { missing_some: [1, keys] })),
  ),
})).tree;

describe("compiled trees agree with json-logic-js on random trees and data", () => {
  it("every operation, nested, on random data", () => {
    fc.assert(
      fc.property(arbitraryTree, fc.array(arbitraryValue, { minLength: 1, maxLength: 3 }), (tree, datas) => {
        const compiled = compileClosure(tree);
        const reference = interpret(tree);
        for (const data of datas) {
          const a = outcome(compiled, data);
          const b = outcome(reference, data);
          if (!same(a, b)) throw new Error(describeMismatch(JSON.stringify(tree), data, a, b));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("evaluates each call afresh: array literals are new arrays every time", () => {
    const f = compileClosure(["x", { var: "a" }]);
    const first = f({ a: 1 });
    expect(first).toEqual(["x", 1]);
    expect(f({ a: 1 })).not.toBe(first);
  });
});
