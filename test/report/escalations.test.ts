// fail_on_escalation: the kinds a policy may name are exactly the kinds of change that can be escalations,
// and the gate fails a compared run on those it names, in either fail scope.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadTexts } from "../../src/sources/texts.js";
import { diffAgents } from "../../src/diff/changes.js";
import { ESCALATION_KINDS, failsOn } from "../../src/report/escalations.js";
import { applyFailScope } from "../../src/report/gate.js";
import { emptyCounts, type Report } from "../../src/report/model.js";
import { REPO } from "../helpers/cli.js";

type Doc = Record<string, unknown>;

const before: Doc = {
  apiVersion: "agentpolicy.dev/v1",
  kind: "Agent",
  metadata: { name: "billing-bot", description: "d", owner: "team:x" },
  permissions: [
    { resource: "https://api.stripe.com/v1/refunds", actions: ["read"], category: "payments", approval: "g" },
    { resource: "postgres://finance/invoices", actions: ["read"], category: "database", scopes: ["a"] },
    { resource: "https://api.example.com/x", actions: ["read"], category: "external-api" },
  ],
  credentials: [
    { name: "stripe", type: "oauth-client-credentials", ttl: "15m", rotation: "30d" },
    { name: "db", type: "workload-identity", ttl: "1h" },
  ],
  approvals: [
    { name: "g", approvers: ["group:a", "group:b"], min_approvals: 2, timeout: "4h", on_timeout: "deny" },
    { name: "h", approvers: ["group:a"], min_approvals: 1 },
  ],
  risk: { eu_ai_act: "limited", autonomy: "supervised", data_classes: ["internal"] },
  audit: { enabled: true, immutable: true, sink: "sentinel", retention: "400d", events: ["tool_call"] },
  monitoring: { siem: "sentinel", baseline: true, alerts: ["volume_anomaly"], rate_limit: "60/m" },
  oversight: { kill_switch: true },
  delegation: { can_delegate: false },
};

/** The same agent with every kind of access widened and oversight weakened at once. */
const after: Doc = {
  ...before,
  permissions: [
    { resource: "https://api.stripe.com/v1/refunds", actions: ["read", "write"], category: "payments" },
    { resource: "postgres://finance/invoices", actions: ["read"], category: "database", scopes: ["a", "b"] },
    { resource: "https://api.example.com/x", actions: ["read"], category: "admin" },
    { resource: "github.com/acme/api", actions: ["deploy"], category: "deployment" },
  ],
  credentials: [
    { name: "stripe", type: "static-token", ttl: "30d", shared: true },
    { name: "db", type: "workload-identity", ttl: "1h" },
    { name: "extra", type: "api-key" },
  ],
  approvals: [
    { name: "g", approvers: ["group:a", "group:b", "group:c"], min_approvals: 1, on_timeout: "allow" },
  ],
  risk: { eu_ai_act: "high", autonomy: "autonomous", data_classes: ["internal", "pii"] },
  audit: { enabled: false, immutable: false, retention: "30d", events: [] },
  monitoring: { baseline: false, alerts: [] },
  oversight: { kill_switch: false },
  delegation: { can_delegate: true, sub_agents: ["helper"] },
  tools: [{ name: "shell" }],
};

function agents(doc: Doc, file = "agents/a.agent.yaml") {
  return loadTexts([{ file, text: stringify(doc) }]).agents;
}

describe("escalation kinds", () => {
  it("the config schema admits exactly ESCALATION_KINDS", () => {
    const schema = JSON.parse(readFileSync(join(REPO, "schema/config.schema.json"), "utf8"));
    const list = schema.properties.fail_on_escalation.then.items.enum as string[];
    expect(list).toEqual([...ESCALATION_KINDS]);
  });

  it("every escalation a change can show is a kind a policy can name", () => {
    const changes = [
      ...diffAgents(agents(before), agents(after)),
      ...diffAgents(agents(before), [
        ...agents(before),
        ...agents({ ...before, metadata: { name: "new" } }, "b.yaml"),
      ]),
    ];
    const escalations = changes.flatMap((c) => c.details).filter((d) => d.escalation);
    const kinds = new Set(escalations.map((d) => d.kind));
    // the broad edit reaches most kinds; none of them may be missing from the list
    expect(kinds.size).toBeGreaterThan(15);
    for (const kind of kinds) expect(ESCALATION_KINDS).toContain(kind);
  });
});

function compared(details: { kind: string; escalation: boolean }[], base = true): Report {
  return {
    schemaVersion: 1,
    tool: { name: "agentpolicy", version: "0" },
    summary: {
      files: 1,
      agents: 1,
      findings: emptyCounts(),
      waived: 0,
      errors: 0,
      passed: true,
      failOn: "high",
    },
    frameworks: [],
    findings: [],
    errors: [],
    ...(base ? { base: { ref: "main", sha: "0".repeat(40) } } : {}),
    changes: [
      { agent: "a", file: "a.yaml", change: "modified", details: details.map((d) => ({ ...d, path: "" })) },
    ],
  };
}

describe("the escalation gate", () => {
  const details = [
    { kind: "gate-removed", escalation: true },
    { kind: "permission-narrowed", escalation: false },
    { kind: "credential-ttl-changed", escalation: true },
  ];

  it("fails on the named kinds in either scope, and marks them", () => {
    for (const scope of ["new", "all"] as const) {
      const r = applyFailScope(compared(details), scope, ["gate-removed"]);
      expect(r.summary.passed).toBe(false);
      expect(r.summary.failingEscalations).toBe(1);
      expect(r.changes?.[0]?.details.map((d) => d.fails === true)).toEqual([true, false, false]);
    }
    expect(applyFailScope(compared(details), "new", true).summary.failingEscalations).toBe(2);
  });

  it("passes when the policy names none of them, or does not set it, or there is no base", () => {
    const named = applyFailScope(compared(details), "new", ["agent-added"]);
    expect(named.summary).toMatchObject({ passed: true, failingEscalations: 0 });
    const unset = applyFailScope(compared(details), "new", undefined);
    expect(unset.summary.passed).toBe(true);
    expect(unset.summary.failingEscalations).toBeUndefined();
    expect(applyFailScope(compared(details), "new", false).summary.passed).toBe(true);
    expect(applyFailScope(compared(details, false), "all", true).summary.passed).toBe(true);
  });

  it("a change that is no escalation never fails, whatever its kind", () => {
    expect(failsOn({ kind: "gate-removed", path: "", escalation: false }, true)).toBe(false);
  });
});
