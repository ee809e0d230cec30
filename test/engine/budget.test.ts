import { afterEach, describe, expect, it, vi } from "vitest";
import { LogicBudgetError } from "../../src/engine/meter.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { compileLogic } from "../../src/engine/logic.js";
import { CUSTOM_OPERATIONS } from "../../src/engine/operations.js";
import { agent, check } from "./agents.js";

const NOW = Date.UTC(2026, 10, 1);

// Without the budget: V8 heap out of memory (each step doubles the accumulator; 2^30 items).
const doubling = {
  reduce: [
    Array.from({ length: 30 }, (_, i) => i),
    { merge: [{ var: "accumulator" }, { var: "accumulator" }] },
    [1],
  ],
};

// Four nested `some` that never match: 100^4 body evaluations without the budget.
const nestedSome = {
  some: [
    { var: "agent.grid" },
    { some: [{ var: "" }, { some: [{ var: "" }, { some: [{ var: "" }, { "==": [{ var: "" }, 1] }] }] }] },
  ],
};
const level = (inner: unknown): unknown[] => Array.from({ length: 100 }, () => inner);
const grid = level(level(level(level(0))));

describe("evaluation budget", () => {
  it("stops a doubling reduce/merge with LogicBudgetError", () => {
    expect(() => compileLogic(doubling)({})).toThrow(LogicBudgetError);
    expect(() => compileLogic(doubling)({})).toThrow(/budget/);
  });

  it("stops nested some over big lists with LogicBudgetError", () => {
    expect(() => compileLogic(nestedSome, {})({ agent: { grid } })).toThrow(LogicBudgetError);
  });

  it("refuses computed arguments of missing at load, so no value can be evaluated as logic", () => {
    expect(() => compileLogic({ missing: [doubling] })).toThrow(/literal paths/);
    expect(() => compileLogic({ missing_some: [1, [{ var: "agent.keys" }]] })).toThrow(/literal paths/);
    expect(compileLogic({ missing: ["a", "b"] })({ a: 1 })).toEqual(["b"]);
  });

  it("refuses a merge result over 100,000 items and a cat result over 1 MiB", () => {
    const items = Array.from({ length: 100_001 }, () => 0);
    expect(() => compileLogic({ merge: [{ var: "l" }] })({ l: items })).toThrow(/merge result/);
    expect(compileLogic({ merge: [{ var: "l" }] })({ l: items.slice(1) })).toHaveLength(100_000);
    const half = "x".repeat(600_000);
    expect(() => compileLogic({ cat: [{ var: "s" }, { var: "s" }] })({ s: half })).toThrow(/cat result/);
    expect(compileLogic({ cat: [{ var: "s" }, "!"] })({ s: half })).toHaveLength(600_001);
  });

  it("gives every call a fresh budget: a rule near the limit runs twice", () => {
    // 3,000 × 3,000 = 9M steps, under the 10M budget; a budget left over from the first call would fail.
    const rule = { map: [{ var: "l" }, { filter: [{ var: "" }, true] }] };
    const row = Array.from({ length: 3000 }, () => 1);
    const data = { l: Array.from({ length: 3000 }, () => row) };
    const f = compileLogic(rule);
    expect(f(data)).toHaveLength(3000);
    expect(f(data)).toHaveLength(3000);
  });

  it("turns an exhausted check into one error entry and leaves other checks alone", () => {
    const agents = [agent({ metadata: { name: "a" }, grid }), agent({ metadata: { name: "b" }, grid })];
    const checks = [
      check({ id: "T-BUDGET-001", assert: doubling }),
      check({ id: "T-BUDGET-002", assert: { "!": nestedSome } }),
      check({ id: "T-NORMAL-001", assert: { "==": [{ var: "agent.metadata.name" }, "a"] } }),
    ];
    const { findings, errors, applied } = evaluate(agents, checks, { now: NOW });
    expect(errors.map((e) => [e.ruleId, e.agentIndex])).toEqual([
      ["T-BUDGET-001", 0],
      ["T-BUDGET-002", 0],
    ]);
    for (const e of errors) expect(e.message).toMatch(/budget/);
    expect(findings.map((f) => [f.ruleId, f.agentIndex])).toEqual([["T-NORMAL-001", 1]]);
    expect(applied).toEqual(["T-NORMAL-001"]);
  });

  it("shares one budget across a check's items for one agent", () => {
    // 200 items × 100,000 steps each: every item alone is cheap, together they exceed the budget.
    const row = Array.from({ length: 100_000 }, () => 1);
    const items = Array.from({ length: 200 }, () => row);
    const checks = [
      check({ id: "T-EACH-001", each: "agent.items", assert: { all: [{ var: "item" }, true] } }),
    ];
    const { errors } = evaluate([agent({ metadata: { name: "a" }, items })], checks, { now: NOW });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/budget/);
    const { errors: fewer } = evaluate(
      [agent({ metadata: { name: "a" }, items: items.slice(0, 50) })],
      checks,
      {
        now: NOW,
      },
    );
    expect(fewer).toEqual([]);
  });
});

describe("unique/duplicates over shared objects", () => {
  afterEach(() => vi.restoreAllMocks());

  const big = { rows: Array.from({ length: 1000 }, (_, i) => ({ i, name: `row ${i}` })) };
  const shared = Array.from({ length: 100_000 }, () => big);

  it("serialises a repeated object once", () => {
    const stringify = vi.spyOn(JSON, "stringify");
    expect(CUSTOM_OPERATIONS.unique!(shared)).toEqual([big]);
    expect(stringify).toHaveBeenCalledTimes(1);
    stringify.mockClear();
    expect(CUSTOM_OPERATIONS.duplicates!(shared)).toEqual([big]);
    expect(stringify).toHaveBeenCalledTimes(1);
  });

  it("still compares distinct objects by content", () => {
    const list = [{ a: 1 }, { a: 1 }, { a: 2 }, "x", "x"];
    expect(CUSTOM_OPERATIONS.unique!(list)).toEqual([{ a: 1 }, { a: 2 }, "x"]);
    expect(CUSTOM_OPERATIONS.duplicates!(list)).toEqual([{ a: 1 }, "x"]);
  });
});
