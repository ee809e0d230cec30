import { describe, expect, it } from "vitest";
import { loadActivePolicy } from "../../src/policy/active.js";
import { parseConfig } from "../../src/policy/config.js";
import { PolicyError } from "../../src/policy/errors.js";
import { loadPacks, packDir } from "../../src/policy/packs.js";
import { memoryPolicyFiles } from "../../src/policy/policy-files.js";

async function policyError(p: Promise<unknown>): Promise<PolicyError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
  throw new Error("expected a PolicyError");
}

const PACK_CHECK = `checks:
  - id: ACME-NET-001
    title: Production agent without a cost center
    severity: medium
    principle: risk
    description: Costs must be attributable.
    remediation: Add a label.
    when: { "==": [{ var: agent.metadata.environment }, "production"] }
    at: /metadata/labels
    assert: { present: { var: agent.metadata.labels.cost-center } }
    message: Agent {{agent.metadata.name}} has no cost-center label
`;

const PACK_FRAMEWORK = `id: acme-controls
title: ACME controls
version: "2026.1"
url: https://intranet.example.com/controls
controls:
  - id: ACME-SEC-02
    title: Short-lived credentials
    summary: No static secrets.
    url: https://intranet.example.com/controls#sec-02
    checks: [AP-CRED-002, ACME-NET-001]
`;

const CONFIG = "packs: [./acme]\n";

describe("packDir", () => {
  it("resolves pack folders relative to the config file", () => {
    expect(packDir(parseConfig(CONFIG, ".agentpolicy.yml"), "./acme")).toBe("acme");
    expect(packDir(parseConfig(CONFIG, "ops/policy/ap.yml"), "../shared/acme")).toBe("ops/shared/acme");
    expect(packDir(parseConfig(CONFIG, "ops/ap.yml"), "/etc/acme")).toBe("/etc/acme");
  });
});

describe("loadPacks", () => {
  it("adds a pack's checks and a framework mapping internal controls to built-in and pack checks", async () => {
    const files = memoryPolicyFiles({
      "ops/acme/checks/acme.yaml": PACK_CHECK,
      "ops/acme/frameworks/acme.yml": PACK_FRAMEWORK,
      "ops/acme/README.md": "not a rule file",
    });
    const { policy, files: read } = await loadPacks(files, parseConfig(CONFIG, "ops/.agentpolicy.yml"));
    expect(policy.checks.map((c) => c.id)).toContain("ACME-NET-001");
    expect(policy.checks.map((c) => c.id)).toContain("AP-CRED-002");
    const fw = policy.frameworks.find((f) => f.id === "acme-controls");
    expect(fw?.controls[0]?.checks).toEqual(["AP-CRED-002", "ACME-NET-001"]);
    expect([...read.keys()].sort()).toEqual(["ops/acme/checks/acme.yaml", "ops/acme/frameworks/acme.yml"]);
    expect(policy.checks.find((c) => c.id === "ACME-NET-001")?.source?.file).toBe(
      "ops/acme/checks/acme.yaml",
    );
  });

  it("is the built-in policy without packs", async () => {
    const { policy, files } = await loadPacks(memoryPolicyFiles({}), parseConfig("fail_on: low\n", "c.yml"));
    expect(policy.checks.some((c) => c.id.startsWith("ACME"))).toBe(false);
    expect(files.size).toBe(0);
  });

  it("refuses a pack folder with no rule files, at its entry in the config", async () => {
    const e = await policyError(
      loadPacks(memoryPolicyFiles({}), parseConfig("packs:\n  - ./acme\n", "c.yml")),
    );
    expect([e.file, e.line, e.column]).toEqual(["c.yml", 2, 5]);
    expect(e.reason).toMatch(
      /pack '\.\/acme' \(acme\) has no checks\/\*\.yaml, frameworks\/\*\.yaml, scopes\/\*\.yaml or discovery\/\*\.yaml/,
    );
  });

  it("refuses a check id that collides with a built-in, naming the pack file and line", async () => {
    const files = memoryPolicyFiles({
      "acme/checks/a.yaml": PACK_CHECK.replace("ACME-NET-001", "AP-CRED-002"),
    });
    const e = await policyError(loadPacks(files, parseConfig(CONFIG, ".agentpolicy.yml")));
    expect([e.file, e.line, e.column]).toEqual(["acme/checks/a.yaml", 2, 9]);
    expect(e.reason).toMatch(/check id AP-CRED-002 is a built-in check/);
  });

  it("reserves the AP- prefix for built-in checks", async () => {
    const files = memoryPolicyFiles({
      "acme/checks/a.yaml": PACK_CHECK.replace("ACME-NET-001", "AP-PERM-999"),
    });
    const e = await policyError(loadPacks(files, parseConfig(CONFIG, ".agentpolicy.yml")));
    expect(e.reason).toMatch(/AP- prefix is reserved/);
  });

  it("refuses a framework id that collides with a built-in one", async () => {
    const files = memoryPolicyFiles({
      "acme/frameworks/f.yaml": PACK_FRAMEWORK.replace("acme-controls", "soc2"),
    });
    const e = await policyError(loadPacks(files, parseConfig(CONFIG, ".agentpolicy.yml")));
    expect([e.file, e.line, e.column]).toEqual(["acme/frameworks/f.yaml", 1, 5]);
    expect(e.reason).toMatch(/framework id 'soc2' is a built-in framework/);
  });

  it("reports malformed pack files at their line", async () => {
    const broken = memoryPolicyFiles({
      "acme/checks/a.yaml": PACK_CHECK.replace("severity: medium", "severity: loud"),
    });
    const e = await policyError(loadPacks(broken, parseConfig(CONFIG, ".agentpolicy.yml")));
    expect([e.file, e.line]).toEqual(["acme/checks/a.yaml", 4]);
    const dangling = memoryPolicyFiles({
      "acme/frameworks/f.yaml": PACK_FRAMEWORK.replace("ACME-NET-001", "ACME-NET-404"),
    });
    const d = await policyError(loadPacks(dangling, parseConfig(CONFIG, ".agentpolicy.yml")));
    expect(d.reason).toBe("control 'ACME-SEC-02': unknown check 'ACME-NET-404'");
  });

  it("lets the config name pack checks and frameworks", async () => {
    const files = memoryPolicyFiles({
      ".agentpolicy.yml": "packs: [./acme]\nframeworks: [acme-controls]\nchecks: { ACME-NET-001: high }\n",
      "acme/checks/acme.yaml": PACK_CHECK,
      "acme/frameworks/acme.yaml": PACK_FRAMEWORK,
    });
    const active = await loadActivePolicy(files, { root: "/repo" });
    expect(active.policy.frameworks.map((f) => f.id)).toContain("acme-controls");
    expect([...active.packFiles.keys()]).toHaveLength(2);
  });
});
