import { describe, expect, it } from "vitest";
import { loadTexts } from "../../src/sources/texts.js";
import { inventoryRows } from "../../src/report/inventory.js";

// AWS's documented example access key id: a detected inline secret, so the manifest's redaction
// list holds it and no summary field may repeat it.
const KEY = "AKIAIOSFODNN7EXAMPLE";

const MANIFEST = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: billing-bot
  description: Pays out
  owner: team:payments
  sponsor: li.wei@example.com
  environment: production
  labels: { tier: gold, leaked: "${KEY}", count: 3 }
identity:
  id: arn:aws:iam::123456789012:role/agents/billing-bot
  provider: aws-iam
risk:
  eu_ai_act: limited
permissions:
  - resource: https://api.stripe.com/v1/payouts
    actions: [write]
    category: payments
    approval: payout-approval
  - resource: postgres://ledger/*
    actions: [delete]
    category: database
  - resource: https://helpdesk.example.com/api/tickets
    actions: [read]
credentials:
  - name: reports
    type: api-key
    secret: "${KEY}"
---
apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  description: no name, no permissions
`;

describe("inventory rows: identity, labels and sensitive access", () => {
  const [billing, unnamed] = inventoryRows(
    loadTexts([{ file: "agents/billing.agent.yaml", text: MANIFEST }]).agents,
    [],
  );

  it("summarises identity, owner, risk tier and access level", () => {
    expect(billing).toMatchObject({
      name: "billing-bot",
      file: "agents/billing.agent.yaml",
      identityId: "arn:aws:iam::123456789012:role/agents/billing-bot",
      identityProvider: "aws-iam",
      owner: "team:payments",
      sponsor: "li.wei@example.com",
      environment: "production",
      riskTier: "limited",
      labels: { leaked: expect.not.stringContaining(KEY), tier: "gold" },
      accessLevel: "privileged",
      permissions: 3,
      sensitivePermissions: 2,
      ungatedSensitive: 1,
    });
  });

  it("never repeats a detected secret", () => {
    expect(JSON.stringify(billing)).not.toContain(KEY);
  });

  it("names an unnamed agent by its file and document, and defaults to read-only", () => {
    expect(unnamed).toMatchObject({
      name: "agents/billing.agent.yaml#1",
      file: "agents/billing.agent.yaml",
      accessLevel: "read-only",
      permissions: 0,
      sensitivePermissions: 0,
      ungatedSensitive: 0,
    });
  });
});
