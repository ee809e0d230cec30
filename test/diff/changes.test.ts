import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadTexts } from "../../src/sources/texts.js";
import { DEFAULT_DIFF_OPTIONS, diffAgents, type AccessChange } from "../../src/diff/changes.js";
import { loadPolicy } from "../../src/policy/load.js";
import { describeDetail } from "../../src/diff/describe.js";

type Doc = Record<string, unknown>;

function agentDoc(name: string, over: Doc = {}): Doc {
  return {
    apiVersion: "agentpolicy.dev/v1",
    kind: "Agent",
    metadata: { name, description: "test agent", owner: "team:test" },
    permissions: [
      {
        resource: "https://api.stripe.com/v1/refunds",
        actions: ["write"],
        category: "payments",
        approval: "refund-approval",
      },
      { resource: "postgres://finance/invoices", actions: ["read"], category: "database" },
    ],
    credentials: [
      { name: "stripe", type: "oauth-client-credentials", ttl: "15m" },
      { name: "db", type: "workload-identity", ttl: "1h", rotation: "30d" },
    ],
    approvals: [
      {
        name: "refund-approval",
        approvers: ["group:finance", "group:risk"],
        min_approvals: 2,
        timeout: "4h",
        on_timeout: "deny",
      },
    ],
    risk: { eu_ai_act: "limited", autonomy: "supervised", data_classes: ["internal"] },
    audit: {
      enabled: true,
      sink: "sentinel",
      immutable: true,
      retention: "400d",
      events: ["tool_call", "approval"],
    },
    monitoring: { siem: "sentinel", baseline: true, alerts: ["volume_anomaly"], rate_limit: "60/m" },
    oversight: { kill_switch: true },
    ...over,
  };
}

function load(...docs: Doc[]) {
  return loadTexts(docs.map((d, i) => ({ file: `agents/a${i}.agent.yaml`, text: stringify(d) }))).agents;
}

function diffOne(before: Doc, after: Doc): AccessChange["details"] {
  const changes = diffAgents(load(before), load(after));
  expect(changes).toHaveLength(1);
  expect(changes[0]!.change).toBe("modified");
  return changes[0]!.details;
}

/** A copy of `doc` with `edit` applied to a deep clone. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach freely into a test manifest tree
function edited(doc: Doc, edit: (d: any) => void): Doc {
  const copy = structuredClone(doc);
  edit(copy);
  return copy;
}

describe("diffAgents", () => {
  const base = agentDoc("billing-bot");

  it("reports nothing for an identical agent, even with durations written differently", () => {
    const same = edited(base, (d) => {
      d.credentials[0].ttl = "PT15M";
      d.audit.retention = 400 * 86400;
    });
    expect(diffAgents(load(base), load(same))).toEqual([]);
  });

  it("finds added and removed agents, and pairs agents by name across renamed files", () => {
    const other = agentDoc("triage-bot", {
      permissions: [{ resource: "*", actions: ["deploy"], category: "deployment" }],
    });
    const before = loadTexts([{ file: "agents/billing.agent.yaml", text: stringify(base) }]).agents;
    const after = loadTexts([
      { file: "agents/renamed.agent.yaml", text: stringify(base) },
      { file: "agents/triage.agent.yaml", text: stringify(other) },
    ]).agents;
    const changes = diffAgents(before, after);
    expect(changes.map((c) => [c.agent, c.change])).toEqual([["triage-bot", "added"]]);
    const added = changes[0]!;
    expect(added.details[0]).toMatchObject({ kind: "agent-added", after: "privileged", escalation: true });
    expect(added.details[1]).toMatchObject({
      kind: "permission-added",
      after: "deploy on *",
      escalation: true,
    });

    const removed = diffAgents(after, before);
    expect(removed.map((c) => [c.agent, c.change, c.file])).toEqual([
      ["triage-bot", "removed", "agents/triage.agent.yaml"],
    ]);
    expect(removed[0]!.details[0]).toMatchObject({ kind: "agent-removed", escalation: false });
  });

  it("treats a new file reusing an existing agent's name as a new agent, not as the existing one", () => {
    const before = loadTexts([{ file: "agents/billing.agent.yaml", text: stringify(base) }]).agents;
    const impostor = agentDoc(String((base.metadata as Doc).name), {
      permissions: [{ resource: "*", actions: ["deploy"], category: "deployment" }],
    });
    const after = loadTexts([
      { file: "agents/billing.agent.yaml", text: stringify(base) },
      { file: "agents/aa-copy.agent.yaml", text: stringify(impostor) },
    ]).agents;
    const changes = diffAgents(before, after);
    expect(changes.map((c) => [c.change, c.file])).toEqual([["added", "agents/aa-copy.agent.yaml"]]);
    expect(changes[0]!.details[0]).toMatchObject({ kind: "agent-added", escalation: true });
    // and when the original is moved in the same change, neither name is paired by name alone
    const moved = loadTexts([
      { file: "agents/moved.agent.yaml", text: stringify(base) },
      { file: "agents/aa-copy.agent.yaml", text: stringify(impostor) },
    ]).agents;
    expect(diffAgents(before, moved).map((c) => [c.change, c.file])).toEqual([
      ["added", "agents/aa-copy.agent.yaml"],
      ["removed", "agents/billing.agent.yaml"],
      ["added", "agents/moved.agent.yaml"],
    ]);
  });

  it("permission added, removed, widened by actions, widened to a wildcard and narrowed", () => {
    const added = diffOne(
      base,
      edited(base, (d) =>
        d.permissions.push({ resource: "github.com/acme/api", actions: ["deploy"], category: "deployment" }),
      ),
    );
    expect(added).toEqual([
      expect.objectContaining({
        kind: "permission-added",
        path: "/permissions/2",
        after: "deploy on github.com/acme/api",
        escalation: true,
      }),
    ]);
    expect(describeDetail(added[0]!)).toBe("adds deploy on github.com/acme/api");

    const removed = diffOne(
      base,
      edited(base, (d) => d.permissions.pop()),
    );
    expect(removed).toEqual([
      expect.objectContaining({
        kind: "permission-removed",
        path: "/permissions/1",
        before: "read on postgres://finance/invoices",
        escalation: false,
      }),
    ]);

    const moreActions = diffOne(
      base,
      edited(base, (d) => (d.permissions[1].actions = ["read", "write"])),
    );
    expect(moreActions).toEqual([
      expect.objectContaining({
        kind: "permission-widened",
        path: "/permissions/1/actions",
        before: "read on postgres://finance/invoices",
        after: "read, write on postgres://finance/invoices",
        escalation: true,
      }),
    ]);

    const wildcard = diffOne(
      base,
      edited(base, (d) => (d.permissions[1].resource = "postgres://finance/*")),
    );
    expect(wildcard).toEqual([
      expect.objectContaining({
        kind: "permission-widened",
        path: "/permissions/1/resource",
        after: "read on postgres://finance/*",
        escalation: true,
      }),
    ]);

    const narrowed = diffOne(
      edited(base, (d) => (d.permissions[1].resource = "postgres://finance/*")),
      base,
    );
    expect(narrowed).toEqual([expect.objectContaining({ kind: "permission-narrowed", escalation: false })]);
  });

  it("a permission that loses its approval gate, or changes category to a sensitive one", () => {
    const ungated = diffOne(
      base,
      edited(base, (d) => delete d.permissions[0].approval),
    );
    expect(ungated).toEqual([
      expect.objectContaining({
        kind: "gate-removed",
        path: "/permissions/0/approval",
        before: "refund-approval",
        escalation: true,
      }),
    ]);
    expect(describeDetail(ungated[0]!)).toBe(
      "write on https://api.stripe.com/v1/refunds no longer gated by refund-approval",
    );

    const category = diffOne(
      base,
      edited(base, (d) => (d.permissions[1].category = "secrets")),
    );
    expect(category).toEqual([
      expect.objectContaining({
        kind: "permission-category-changed",
        before: "database",
        after: "secrets",
        escalation: true,
      }),
    ]);
  });

  it("credential added, removed, type weakened, TTL and rotation longer", () => {
    const added = diffOne(
      base,
      edited(base, (d) => d.credentials.push({ name: "legacy", type: "api-key", ttl: "1h" })),
    );
    expect(added).toEqual([
      expect.objectContaining({ kind: "credential-added", path: "/credentials/2", escalation: true }),
    ]);
    expect(describeDetail(added[0]!)).toBe("adds credential legacy (api-key)");

    const removed = diffOne(
      base,
      edited(base, (d) => d.credentials.splice(0, 1)),
    );
    expect(removed).toEqual([
      expect.objectContaining({ kind: "credential-removed", before: "stripe", escalation: false }),
    ]);

    const changed = diffOne(
      base,
      edited(base, (d) => {
        d.credentials[0].ttl = "7d";
        d.credentials[0].type = "static-token";
        d.credentials[1].rotation = "365d";
        d.credentials[1].ttl = "30m";
      }),
    );
    expect(changed).toEqual([
      expect.objectContaining({
        kind: "credential-type-changed",
        before: "oauth-client-credentials",
        after: "static-token",
        escalation: true,
      }),
      expect.objectContaining({
        kind: "credential-ttl-changed",
        path: "/credentials/0/ttl",
        before: "15m",
        after: "7d",
        escalation: true,
      }),
      expect.objectContaining({
        kind: "credential-ttl-changed",
        path: "/credentials/1/ttl",
        before: "1h",
        after: "30m",
        escalation: false,
      }),
      expect.objectContaining({
        kind: "credential-rotation-changed",
        before: "30d",
        after: "365d",
        escalation: true,
      }),
    ]);
    expect(describeDetail(changed[1]!)).toBe("credential stripe TTL 15m → 7d");

    const noTtl = diffOne(
      base,
      edited(base, (d) => delete d.credentials[0].ttl),
    );
    expect(noTtl).toEqual([
      expect.objectContaining({ kind: "credential-ttl-changed", before: "15m", escalation: true }),
    ]);
    expect(noTtl[0]!.after).toBeUndefined();

    const stronger = diffOne(
      base,
      edited(base, (d) => (d.credentials[0].type = "oidc-federation")),
    );
    expect(stronger[0]).toMatchObject({ kind: "credential-type-changed", escalation: false });
  });

  it("judges credential types by the configured static_credential_types, defaulting to the rule's", () => {
    const declared = loadPolicy().checks.flatMap((c) =>
      c.params.static_credential_types ? [c.params.static_credential_types.default] : [],
    );
    expect(declared.length).toBeGreaterThan(0);
    for (const d of declared) expect(d).toEqual(DEFAULT_DIFF_OPTIONS.staticCredentialTypes);

    // "basic-auth" is unknown to the built-in list: unknown ranks below client credentials either way,
    // but once configured as static it ranks with the static secrets, above an unknown type.
    const toBasic = edited(base, (d) => (d.credentials[0].type = "basic-auth"));
    const fromBasic = edited(base, (d) => (d.credentials[0].type = "vendor-magic"));
    const [b, h] = [load(toBasic), load(fromBasic)];
    const byDefault = diffAgents(b, h)[0]!.details;
    expect(byDefault[0]).toMatchObject({ kind: "credential-type-changed", escalation: false });
    const configured = diffAgents(b, h, { staticCredentialTypes: ["basic-auth"] })[0]!.details;
    expect(configured[0]).toMatchObject({ kind: "credential-type-changed", escalation: true });
  });

  it("gates: added, removed, fewer approvals, allow on timeout, approvers removed, timeout removed", () => {
    const added = diffOne(
      base,
      edited(base, (d) => d.approvals.push({ name: "deploy-approval", approvers: ["group:sre"] })),
    );
    expect(added).toEqual([expect.objectContaining({ kind: "gate-added", escalation: false })]);

    const removed = diffOne(
      base,
      edited(base, (d) => d.approvals.pop()),
    );
    expect(removed).toEqual([
      expect.objectContaining({
        kind: "gate-removed",
        path: "/approvals/0",
        before: "refund-approval",
        escalation: true,
      }),
    ]);

    const weakened = diffOne(
      base,
      edited(base, (d) => {
        d.approvals[0].min_approvals = 1;
        d.approvals[0].on_timeout = "allow";
        d.approvals[0].approvers = ["group:finance"];
        delete d.approvals[0].timeout;
      }),
    );
    expect(weakened.map((d) => [d.kind, d.path, d.before, d.after, d.escalation])).toEqual([
      ["gate-weakened", "/approvals/0/min_approvals", "2", "1", true],
      ["gate-weakened", "/approvals/0/on_timeout", "deny", "allow", true],
      ["gate-weakened", "/approvals/0/approvers", "group:finance, group:risk", "group:finance", true],
      ["gate-weakened", "/approvals/0/timeout", "4h", undefined, true],
    ]);
    expect(describeDetail(weakened[0]!)).toBe("approval gate refund-approval minimum approvals 2 → 1");

    const stronger = diffOne(
      base,
      edited(base, (d) => (d.approvals[0].min_approvals = 3)),
    );
    expect(stronger).toEqual([expect.objectContaining({ kind: "gate-strengthened", escalation: false })]);
  });

  it("risk tier, autonomy and data classes", () => {
    const details = diffOne(
      base,
      edited(base, (d) => {
        d.risk.eu_ai_act = "high";
        d.risk.autonomy = "autonomous";
        d.risk.data_classes = ["internal", "personal"];
      }),
    );
    expect(details.map((d) => [d.kind, d.before, d.after, d.escalation])).toEqual([
      ["risk-tier-changed", "limited", "high", true],
      ["autonomy-changed", "supervised", "autonomous", true],
      ["data-classes-added", undefined, "personal", true],
    ]);
    expect(describeDetail(details[0]!)).toBe("EU AI Act risk tier limited → high");
  });

  it("audit and monitoring weakened; a longer retention is a change, not an escalation", () => {
    const weakened = diffOne(
      base,
      edited(base, (d) => {
        d.audit.enabled = false;
        d.audit.immutable = false;
        d.audit.retention = "30d";
        d.audit.events = ["tool_call"];
        delete d.monitoring.siem;
        d.monitoring.baseline = false;
        d.monitoring.alerts = [];
        d.monitoring.rate_limit = "600/m";
      }),
    );
    expect(weakened.map((d) => [d.kind, d.path, d.escalation])).toEqual([
      ["audit-weakened", "/audit/enabled", true],
      ["audit-weakened", "/audit/immutable", true],
      ["audit-weakened", "/audit/retention", true],
      ["audit-weakened", "/audit/events", true],
      ["monitoring-weakened", "/monitoring/siem", true],
      ["monitoring-weakened", "/monitoring/baseline", true],
      ["monitoring-weakened", "/monitoring/alerts", true],
      ["monitoring-weakened", "/monitoring/rate_limit", true],
    ]);

    const longer = diffOne(
      base,
      edited(base, (d) => (d.audit.retention = "800d")),
    );
    expect(longer).toEqual([
      expect.objectContaining({ kind: "audit-changed", before: "400d", after: "800d", escalation: false }),
    ]);

    const noAudit = diffOne(
      base,
      edited(base, (d) => delete d.audit),
    );
    expect(noAudit.every((d) => d.kind === "audit-weakened" && d.escalation)).toBe(true);
    expect(noAudit.map((d) => d.path)).toContain("/audit/enabled");
  });

  it("kill switch off, delegation on, tools added", () => {
    const details = diffOne(
      base,
      edited(base, (d) => {
        d.oversight.kill_switch = false;
        d.delegation = { can_delegate: true, sub_agents: ["helper"] };
        d.tools = [{ name: "github", type: "mcp", source: "ghcr.io/github/github-mcp-server" }];
      }),
    );
    expect(details.map((d) => [d.kind, d.escalation])).toEqual([
      ["oversight-weakened", true],
      ["delegation-enabled", true],
      ["sub-agents-added", true],
      ["tool-added", true],
    ]);
  });

  it("never throws on documents of the wrong shape", () => {
    const odd = [
      {
        apiVersion: "agentpolicy.dev/v1",
        kind: "Agent",
        metadata: { name: "odd" },
        permissions: "all",
        credentials: { a: 1 },
      },
      {
        apiVersion: "agentpolicy.dev/v1",
        kind: "Agent",
        metadata: { name: "odd" },
        permissions: [null, 3, { actions: 7 }],
        approvals: [[]],
      },
    ];
    expect(() => diffAgents(load(odd[0]!), load(odd[1]!))).not.toThrow();
    expect(() => diffAgents(load(odd[1]!), load(odd[0]!))).not.toThrow();
  });
});
