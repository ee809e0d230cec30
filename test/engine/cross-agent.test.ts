// Checks that may read other agents' data (run.agents_by_name) run over every agent before the others
// (src/engine/cross-agent.ts, evaluate.ts), so that each agent's data is needed during its own turn only.
// Whatever reaches that data is counted, however it is written; findings and errors still come out agent
// by agent and, within an agent, in the order of the checks.
import { describe, expect, it } from "vitest";
import { readsOtherAgents } from "../../src/engine/cross-agent.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { loadPolicy } from "../../src/policy/load.js";
import { agent, check } from "./agents.js";

const NOW = Date.UTC(2026, 10, 1);
const builtin = loadPolicy().checks;
const sub = { get: [{ var: "run.agents_by_name" }, { var: "item" }] };

describe("readsOtherAgents", () => {
  it("finds the built-in checks that read other agents' data, and only those", () => {
    const reading = builtin.filter(readsOtherAgents).map((c) => c.id);
    expect(reading).toEqual(expect.arrayContaining(["AP-DLG-001", "AP-DLG-003", "AP-DLG-005"]));
    expect(reading.every((id) => id.startsWith("AP-DLG-"))).toBe(true);
  });

  it("counts every way of reaching the whole run context or the agents in it", () => {
    const reaches = (partial: Parameters<typeof check>[0]): boolean => readsOtherAgents(check(partial));
    expect(reaches({ id: "T-1", assert: { var: "run.names" } })).toBe(false);
    expect(reaches({ id: "T-2", assert: { var: "run.agents" } })).toBe(false);
    expect(reaches({ id: "T-3", assert: { present: sub } })).toBe(true);
    expect(reaches({ id: "T-4", assert: { var: "run" } })).toBe(true);
    expect(reaches({ id: "T-5", assert: { var: "" } })).toBe(true);
    expect(reaches({ id: "T-6", assert: { var: [] } })).toBe(true);
    expect(reaches({ id: "T-7", assert: { var: { cat: ["run.agents", "_by_name"] } } })).toBe(true);
    expect(reaches({ id: "T-8", assert: { missing: ["agent.x", "run.agents_by_name.a"] } })).toBe(true);
    expect(reaches({ id: "T-9", assert: true, vars: { x: { var: "run.agents_by_name.a" } } })).toBe(true);
    expect(reaches({ id: "T-10", assert: true, message: "{{ run.agents_by_name.a.risk }}" })).toBe(true);
    expect(reaches({ id: "T-11", assert: true, message: "{{run|join}}" })).toBe(true);
    expect(reaches({ id: "T-12", assert: { map: [{ var: "agent.x" }, { var: "run" }] } })).toBe(true);
  });
});

describe("checks that read other agents", () => {
  const agents = [
    agent({ metadata: { name: "boss" }, delegation: { sub_agents: ["worker", "ghost"] } }),
    agent({ metadata: { name: "worker" }, delegation: { sub_agents: ["boss"] } }),
  ];
  const plain = (id: string) => check({ id, assert: false, message: `${id} of {{agent.metadata.name}}` });
  const lookup = (id: string, through: unknown) =>
    check({
      id,
      each: "agent.delegation.sub_agents",
      assert: { present: through },
      message: `${id} {{item}}`,
    });

  it("report in check order within each agent, however they are written", () => {
    const checks = [
      plain("T-A"),
      lookup("T-B", sub),
      plain("T-C"),
      // reaches the agents through a computed path: counted, so it still sees all of them
      lookup("T-D", { get: [{ var: { cat: ["run.agents", "_by_name"] } }, { var: "item" }] }),
    ];
    const found = evaluate(agents, checks, { now: NOW }).findings.map((f) => `${f.agentIndex} ${f.message}`);
    expect(found).toEqual([
      "0 T-A of boss",
      "0 T-B ghost",
      "0 T-C of boss",
      "0 T-D ghost",
      "1 T-A of worker",
      "1 T-C of worker",
    ]);
  });

  it("report their errors in check order within each agent", () => {
    const big = Array.from({ length: 100_001 }, (_, i) => i);
    const many = [agents[0]!, agent({ metadata: { name: "worker" }, big })];
    // out of budget (a merge too large) on the second agent: skipped for any agent after it
    const budget = check({ id: "T-E", assert: { merge: [{ var: "agent.big" }] } });
    // a forbidden segment reached through a computed path, on every agent
    const forbidden = check({ id: "T-F", assert: { var: { cat: ["run.agents_by_name.", "__proto__"] } } });
    const { errors } = evaluate(many, [forbidden, budget, forbidden], { now: NOW });
    expect(errors.map((e) => `${e.agentIndex} ${e.ruleId}`)).toEqual([
      "0 T-F",
      "0 T-F",
      "1 T-F",
      "1 T-E",
      "1 T-F",
    ]);
  });
});
