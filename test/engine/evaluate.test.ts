import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.js";
import { ParamError } from "../../src/engine/params.js";
import { loadPolicy } from "../../src/policy/load.js";
import type { CheckDef } from "../../src/policy/types.js";
import { agent, check } from "./agents.js";

const NOW = Date.UTC(2026, 10, 1);
const builtin = loadPolicy().checks;
const byId = (id: string): CheckDef => {
  const c = builtin.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
};

describe("pointers", () => {
  const perms = {
    metadata: { name: "a" },
    permissions: [
      { resource: "db", actions: ["read"] },
      { resource: "*", actions: ["read"] },
    ],
    delegation: { sub_agents: ["x", "y"] },
  };
  const wildcard = { "!": { "==": [{ wildcard: { var: "item.resource" } }, "full"] } };

  it("points at the element of an agent. list, plus `at` relative to it", () => {
    const checks = [
      check({ id: "T-EACH-001", each: "agent.permissions", assert: wildcard }),
      check({ id: "T-EACH-002", each: "agent.permissions", at: "/resource", assert: wildcard }),
      check({
        id: "T-EACH-003",
        each: "agent.delegation.sub_agents",
        assert: { "!=": [{ var: "item" }, "y"] },
      }),
    ];
    const { findings } = evaluate([agent(perms)], checks, { now: NOW });
    expect(findings.map((f) => [f.ruleId, f.pointer])).toEqual([
      ["T-EACH-001", "/permissions/1"],
      ["T-EACH-002", "/permissions/1/resource"],
      ["T-EACH-003", "/delegation/sub_agents/1"],
    ]);
  });

  it("uses `at` as an absolute pointer without each, the document root without either", () => {
    const checks = [
      check({ id: "T-ABS-001", at: "/identity/id", assert: { present: { var: "agent.identity.id" } } }),
      check({ id: "T-ABS-002", assert: false }),
    ];
    const { findings } = evaluate([agent(perms)], checks, { now: NOW });
    expect(findings.map((f) => f.pointer)).toEqual(["/identity/id", ""]);
  });

  it("uses a derived item's own pointer", () => {
    const a = agent(
      { metadata: { name: "a" } },
      {
        secrets: [
          { pointer: "/credentials/0/token", kind: "GitHub token" },
          { pointer: "/tools/2/env/KEY", kind: "AWS access key" },
        ],
      },
    );
    const { findings } = evaluate([a], [byId("AP-CRED-001")], { now: NOW });
    expect(findings).toEqual([
      {
        ruleId: "AP-CRED-001",
        severity: "critical",
        agentIndex: 0,
        pointer: "/credentials/0/token",
        message:
          "An inline GitHub token is written into the manifest at /credentials/0/token; revoke it and use a secret_ref",
      },
      expect.objectContaining({ pointer: "/tools/2/env/KEY" }),
    ]);
  });

  it("iterates nothing when the each path is not a list", () => {
    const c = check({ id: "T-EACH-004", each: "agent.permissions", assert: false });
    expect(evaluate([agent({ permissions: "all" }), agent({})], [c], { now: NOW }).findings).toEqual([]);
  });
});

describe("when, where and applied", () => {
  const highRisk = { "==": [{ var: "agent.risk.eu_ai_act" }, "high"] };
  it("skips agents for which `when` is false, and reports which checks applied", () => {
    const c = check({ id: "T-WHEN-001", when: highRisk, assert: false });
    const other = check({ id: "T-WHEN-002", when: { "==": [1, 2] }, assert: false });
    const result = evaluate(
      [
        agent({ metadata: { name: "low" }, risk: { eu_ai_act: "minimal" } }),
        agent({ metadata: { name: "hi" }, risk: { eu_ai_act: "high" } }),
      ],
      [c, other, byId("AP-SCHEMA-001")],
      { now: NOW },
    );
    expect(result.findings.map((f) => f.agentIndex)).toEqual([1]);
    expect(result.applied).toEqual(["AP-SCHEMA-001", "T-WHEN-001"]);
  });

  it("applies nothing to an empty run", () => {
    expect(evaluate([], [byId("AP-SCHEMA-001"), byId("AP-ID-001")], { now: NOW }).applied).toEqual([]);
  });

  it("filters items with `where`", () => {
    const c = check({
      id: "T-WHERE-001",
      each: "agent.credentials",
      where: { "==": [{ var: "item.type" }, "api-key"] },
      assert: false,
      message: "{{item.name}} #{{index}}",
    });
    const a = agent({
      credentials: [
        { name: "a", type: "oidc-federation" },
        { name: "b", type: "api-key" },
      ],
    });
    expect(evaluate([a], [c], { now: NOW }).findings.map((f) => f.message)).toEqual(["b #1"]);
  });
});

describe("cross-manifest checks", () => {
  it("finds identity ids shared across agents, once per sharing agent", () => {
    const agents = [
      agent({ metadata: { name: "a" }, identity: { id: "spiffe://x/shared" } }),
      agent({ metadata: { name: "b" }, identity: { id: "spiffe://x/shared" } }),
      agent({ metadata: { name: "c" }, identity: { id: "spiffe://x/c" } }),
      agent({ metadata: { name: "d" } }),
    ];
    const { findings } = evaluate(agents, [byId("AP-ID-002")], { now: NOW });
    expect(findings.map((f) => [f.agentIndex, f.pointer])).toEqual([
      [0, "/identity/id"],
      [1, "/identity/id"],
    ]);
    expect(findings[0]!.message).toBe(
      "identity.id spiffe://x/shared is declared by 2 agents; each agent needs its own",
    );
  });

  it("names the other agents that use a secret reference", () => {
    const cred = (ref: string) => ({
      credentials: [{ name: "c", type: "oauth-client-credentials", secret_ref: ref }],
    });
    const agents = [
      agent({ metadata: { name: "a" }, ...cred("vault://shared") }),
      agent({ metadata: { name: "b" }, ...cred("vault://shared") }),
      agent({ metadata: { name: "c" }, ...cred("vault://shared") }),
      agent({ metadata: { name: "d" }, ...cred("vault://own") }),
    ];
    const { findings } = evaluate(agents, [byId("AP-CRED-004")], { now: NOW });
    expect(findings.map((f) => f.message)).toEqual([
      "secret_ref vault://shared is also used by b, c",
      "secret_ref vault://shared is also used by a, c",
      "secret_ref vault://shared is also used by a, b",
    ]);
    expect(findings[0]!.pointer).toBe("/credentials/0/secret_ref");
  });

  it("does not count one agent twice for a reference it uses in two credentials", () => {
    const a = agent({
      metadata: { name: "a" },
      credentials: [
        { name: "x", type: "mtls", secret_ref: "vault://a" },
        { name: "y", type: "mtls", secret_ref: "vault://a" },
      ],
    });
    expect(evaluate([a], [byId("AP-CRED-004")], { now: NOW }).findings).toEqual([]);
  });

  it("lists each user of a widely shared reference once, in order of first use", () => {
    const twice = (name: string) =>
      agent({
        metadata: { name },
        credentials: [
          { name: "x", type: "mtls", secret_ref: "vault://all" },
          { name: "y", type: "mtls", secret_ref: "vault://all" },
        ],
      });
    const names = Array.from({ length: 12 }, (_, i) => `n${i}`);
    const agents = [...names, "n3", "n11"].map(twice);
    const { findings } = evaluate(agents, [byId("AP-CRED-004")], { now: NOW });
    expect(findings[0]!.message).toBe(
      `secret_ref vault://all is also used by ${names.filter((n) => n !== "n0").join(", ")}`,
    );
  });

  it("treats names that look like prototype members as ordinary keys", () => {
    const agents = ["constructor", "constructor", "__proto__", "__proto__", "toString"].map((name) =>
      agent({
        metadata: { name },
        delegation: { sub_agents: ["constructor", "__proto__", "hasOwnProperty"] },
      }),
    );
    const names = evaluate(agents, [byId("AP-ID-004")], { now: NOW }).findings.map((f) => f.agentIndex);
    expect(names).toEqual([0, 1, 2, 3]);
    const unknown = evaluate(agents, [byId("AP-DLG-001")], { now: NOW }).findings.map((f) => f.pointer);
    expect(new Set(unknown)).toEqual(new Set(["/delegation/sub_agents/2"]));
  });

  it("looks sub-agents up by name", () => {
    const agents = [
      agent({
        metadata: { name: "boss" },
        delegation: { can_delegate: true, sub_agents: ["worker", "ghost"] },
      }),
      agent({ metadata: { name: "worker" } }),
    ];
    const { findings } = evaluate(agents, [byId("AP-DLG-001")], { now: NOW });
    expect(findings.map((f) => [f.pointer, f.message])).toEqual([
      ["/delegation/sub_agents/1", "Sub-agent ghost is not declared by any scanned manifest"],
    ]);
  });
});

describe("parameters", () => {
  const longToken = agent({
    metadata: { name: "a" },
    credentials: [{ name: "db", type: "workload-identity", ttl: 5400 }],
  });

  it("uses defaults, normalised to seconds, in logic and messages", () => {
    const { findings } = evaluate([longToken], [byId("AP-CRED-003")], { now: NOW });
    expect(findings.map((f) => [f.pointer, f.message])).toEqual([
      ["/credentials/0/ttl", "Credential db lives 90m; the policy allows at most 1h"],
    ]);
  });

  it("takes overrides by name, as duration strings or seconds", () => {
    expect(
      evaluate([longToken], [byId("AP-CRED-003")], { now: NOW, params: { max_token_ttl: "2h" } }).findings,
    ).toEqual([]);
    expect(
      evaluate([longToken], [byId("AP-CRED-003")], { now: NOW, params: { max_token_ttl: 3000 } }).findings[0]!
        .message,
    ).toBe("Credential db lives 90m; the policy allows at most 50m");
  });

  it("widens sensitive categories through params", () => {
    const a = agent({
      metadata: { name: "a" },
      permissions: [{ resource: "db", actions: ["write"], category: "database" }],
    });
    expect(evaluate([a], [byId("AP-GATE-001")], { now: NOW }).findings).toEqual([]);
    const widened = evaluate([a], [byId("AP-GATE-001")], {
      now: NOW,
      params: { sensitive_categories: ["database", "payments"] },
    });
    expect(widened.findings.map((f) => f.pointer)).toEqual(["/permissions/0"]);
  });

  it("refuses an override of the wrong type", () => {
    expect(() =>
      evaluate([longToken], [byId("AP-CRED-003")], { now: NOW, params: { max_token_ttl: "soon" } }),
    ).toThrow(ParamError);
  });

  it("ignores overrides no check declares", () => {
    expect(() =>
      evaluate([longToken], [byId("AP-CRED-003")], { now: NOW, params: { other: 1 } }),
    ).not.toThrow();
  });
});

describe("severity overrides and disabled checks", () => {
  const noOwner = agent({ metadata: { name: "a" } }, { secrets: [{ pointer: "/x", kind: "password" }] });

  it("applies new severities and switches checks off", () => {
    const { findings } = evaluate([noOwner], [byId("AP-ID-003"), byId("AP-RISK-001")], {
      now: NOW,
      severityOverrides: { "AP-ID-003": "low" },
      disabled: new Set(["AP-RISK-001"]),
    });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([["AP-ID-003", "low"]]);
  });

  it("can neither switch off nor lower a non-waivable check, but can raise one", () => {
    const cred = byId("AP-CRED-001");
    expect(cred.waivable).toBe(false);
    const lowered = evaluate([noOwner], [cred], {
      now: NOW,
      severityOverrides: { "AP-CRED-001": "info" },
      disabled: new Set(["AP-CRED-001"]),
    });
    expect(lowered.findings.map((f) => f.severity)).toEqual(["critical"]);
    const raisedCheck = check({ id: "T-NW-001", waivable: false, severity: "low", assert: false });
    const raised = evaluate([noOwner], [raisedCheck], {
      now: NOW,
      severityOverrides: { "T-NW-001": "high" },
    });
    expect(raised.findings.map((f) => f.severity)).toEqual(["high"]);
  });
});

describe("findings from the manifest stage", () => {
  it("become raw findings with the builtin check's metadata", () => {
    const a = agent(
      { metadata: { name: "a" } },
      {
        findings: [
          {
            ruleId: "AP-SCHEMA-001",
            pointer: "/permissions/0/actions",
            message: "/permissions/0/actions must be array",
          },
          { ruleId: "AP-SCHEMA-002", pointer: "/oversight/kill-switch", message: "unknown field" },
          {
            ruleId: "AP-SCHEMA-003",
            severity: "critical",
            pointer: "/credentials/0/ttl",
            message: "bad\nduration",
          },
          { ruleId: "AP-NOT-A-CHECK", pointer: "", message: "dropped" },
        ],
      },
    );
    const checks = [byId("AP-SCHEMA-001"), byId("AP-SCHEMA-002"), byId("AP-SCHEMA-003")];
    const { findings } = evaluate([a], checks, {
      now: NOW,
      severityOverrides: { "AP-SCHEMA-002": "info" },
      disabled: new Set(["AP-SCHEMA-001"]),
    });
    expect(findings).toEqual([
      {
        ruleId: "AP-SCHEMA-002",
        severity: "info",
        agentIndex: 0,
        pointer: "/oversight/kill-switch",
        message: "unknown field",
      },
      {
        ruleId: "AP-SCHEMA-003",
        severity: "critical",
        agentIndex: 0,
        pointer: "/credentials/0/ttl",
        message: "bad duration",
      },
    ]);
  });
});

describe("runtime failures", () => {
  it("are reported per rule and agent without stopping the run", () => {
    const explosive = check({
      id: "T-BOOM-001",
      assert: { var: { cat: ["agent.", { var: "agent.key" }] } },
    });
    const agents = [
      agent({ metadata: { name: "a" }, key: "constructor" }),
      agent({ metadata: { name: "b" }, key: "metadata" }),
    ];
    const result = evaluate(agents, [explosive, byId("AP-ID-003")], { now: NOW });
    expect(result.errors).toEqual([
      { ruleId: "T-BOOM-001", agentIndex: 0, message: "path segment 'constructor' is not allowed" },
    ]);
    expect(result.findings.map((f) => [f.ruleId, f.agentIndex])).toEqual([
      ["AP-ID-003", 0],
      ["AP-ID-003", 1],
    ]);
  });
});

describe("secrets in messages", () => {
  it("are redacted, whichever agent they came from", () => {
    const secret = "ghp_" + "x".repeat(36);
    const a = agent(
      { metadata: { name: "a" }, credentials: [{ name: secret, type: "api-key" }] },
      { redact: [secret] },
    );
    const b = agent({ metadata: { name: "b" }, credentials: [{ name: `copy-${secret}`, type: "api-key" }] });
    const { findings } = evaluate([a, b], [byId("AP-CRED-002")], { now: NOW });
    expect(findings.map((f) => f.message)).toEqual([
      "Credential [REDACTED] (type api-key) is a long-lived secret that does not expire by itself",
      "Credential copy-[REDACTED] (type api-key) is a long-lived secret that does not expire by itself",
    ]);
  });
});
