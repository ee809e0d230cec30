import { describe, expect, it } from "vitest";
import { normalise } from "../../src/manifest/normalise.js";
import { parseSource } from "../../src/manifest/parse.js";
import { inventoryRows, inventoryRowsOf } from "../../src/report/inventory.js";
import type { Finding, Severity } from "../../src/report/model.js";

const KEY = "AKIAIOSFODNN7EXAMPLE";

function agents(text: string) {
  return parseSource("agents/a.yaml", text).documents.map(normalise);
}

const TWO = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: billing-bot
  description: Pays
  owner: team:payments
  sponsor: li.wei@example.com
  environment: production
identity: { id: "spiffe://example.com/billing", provider: aws-iam }
risk: { eu_ai_act: limited }
permissions:
  - { resource: "https://api.stripe.com/v1/payouts", actions: [write], category: payments, approval: payout }
  - { resource: "postgres://finance/ledger", actions: [read], category: database }
  - { resource: "postgres://finance/audit", actions: [read], category: database }
credentials:
  - { name: stripe, type: oauth-client-credentials, ttl: 1h }
  - { name: reports, type: api-key, secret: ${KEY} }
  - { name: db, type: workload-identity, ttl: PT15M }
approvals:
  - { name: payout, approvers: [group:finance], min_approvals: 2 }
  - { name: ${KEY}, approvers: [group:finance] }
---
apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  description: A nameless reader
permissions:
  - { resource: "https://wiki.example.com/page", actions: [read], category: external-api }
`;

function finding(
  ruleId: string,
  severity: Severity,
  agent: string | undefined,
  status: "open" | "waived" = "open",
): Finding {
  return {
    ruleId,
    title: ruleId,
    severity,
    message: "m",
    file: "agents/a.yaml",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    path: "",
    ...(agent ? { agent } : {}),
    controls: [],
    remediation: "r",
    fingerprint: `${ruleId}-${agent}-${severity}-${status}`,
    status,
  };
}

describe("inventoryRows", () => {
  it("classifies each agent and lists what it can touch, how it authenticates and which gates guard it", () => {
    const [billing, nameless] = inventoryRows(agents(TWO), []);
    expect(billing).toMatchObject({
      name: "billing-bot",
      file: "agents/a.yaml",
      owner: "team:payments",
      sponsor: "li.wei@example.com",
      environment: "production",
      riskTier: "limited",
      identityProvider: "aws-iam",
      accessLevel: "privileged",
      permissionCategories: ["database", "payments"],
      credentialTypes: ["api-key", "oauth-client-credentials", "workload-identity"],
      longestTtl: "1h",
      gates: ["[REDACTED]", "payout"],
      findings: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
      waived: 0,
    });
    expect(nameless).toEqual({
      name: "agents/a.yaml#1",
      file: "agents/a.yaml",
      accessLevel: "read-only",
      permissions: 1,
      sensitivePermissions: 0,
      ungatedSensitive: 0,
      permissionCategories: ["external-api"],
      credentialTypes: [],
      gates: [],
      findings: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
      waived: 0,
    });
    expect(JSON.stringify(inventoryRows(agents(TWO), []))).not.toContain(KEY);
  });

  it("counts open findings by severity and waived ones apart, per agent", () => {
    const list = agents(TWO);
    const findings = [
      finding("AP-CRED-001", "critical", "billing-bot"),
      finding("AP-CRED-002", "high", "billing-bot"),
      finding("AP-CRED-002", "high", "billing-bot", "waived"),
      finding("AP-ID-003", "high", undefined),
    ];
    const byName = inventoryRows(list, findings);
    expect(byName[0]!.findings).toEqual({ critical: 1, high: 1, medium: 0, low: 0, info: 0 });
    expect(byName[0]!.waived).toBe(1);
    // with the run's finding → agent index, even a nameless agent gets its findings
    const index = new Map(findings.map((f) => [f.fingerprint, f.agent ? 0 : 1]));
    const byIndex = inventoryRows(list, findings, index);
    expect(byIndex[1]!.findings.high).toBe(1);
    expect(byIndex[0]!.findings.high).toBe(1);
  });

  it("selects the rows of named agents (the agents a pull request changes)", () => {
    const rows = inventoryRows(agents(TWO), []);
    expect(inventoryRowsOf(rows, ["billing-bot", "gone"]).map((r) => r.name)).toEqual(["billing-bot"]);
  });
});
