import { describe, expect, it } from "vitest";
import { computeCoverage, type CoverageControl, type CoverageInput } from "../../src/report/coverage.js";
import type { Finding } from "../../src/report/model.js";

function finding(ruleId: string, file: string, agent: string, status: "open" | "waived" = "open"): Finding {
  return {
    ruleId,
    title: ruleId,
    severity: "high",
    message: "m",
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    path: "",
    agent,
    controls: [],
    remediation: "r",
    fingerprint: `${ruleId}-${file}-${agent}`,
    status,
  };
}

const agents = [
  { file: "a.agent.yaml", name: "hr", tier: "high", role: "deployer" },
  { file: "b.agent.yaml", name: "docs", tier: "minimal", role: "deployer" },
  { file: "c.agent.yaml", name: "bot" },
];

function statusOf(control: CoverageControl, input: Partial<CoverageInput>): [string, number] {
  const [fw] = computeCoverage({
    frameworks: [{ id: "f", title: "F", version: "1", controls: [control] }],
    findings: [],
    evaluated: new Set(control.checks),
    agents,
    ...input,
  });
  const c = fw!.controls[0]!;
  return [c.status, c.failing];
}

describe("control coverage", () => {
  const highDeployer: CoverageControl = {
    id: "Art. 26(6)",
    title: "t",
    checks: ["AP-AUDIT-002"],
    applicability: { role: ["deployer"], tiers: ["high"] },
  };

  it("is manual for manual controls and controls without checks, whatever the findings", () => {
    expect(statusOf({ id: "x", title: "t", checks: [], manual: true }, {})).toEqual(["manual", 0]);
    expect(statusOf({ id: "x", title: "t", checks: [] }, {})).toEqual(["manual", 0]);
  });

  it("fails, is waived or passes on the findings of its checks", () => {
    const c: CoverageControl = { id: "CC6.1", title: "t", checks: ["AP-ID-001", "AP-CRED-002"] };
    expect(statusOf(c, { findings: [finding("AP-CRED-002", "b.agent.yaml", "docs")] })).toEqual(["fail", 1]);
    expect(statusOf(c, { findings: [finding("AP-CRED-002", "b.agent.yaml", "docs", "waived")] })).toEqual([
      "waived",
      0,
    ]);
    expect(statusOf(c, { findings: [finding("AP-OTHER-001", "b.agent.yaml", "docs")] })).toEqual(["pass", 0]);
  });

  it("is not applicable when none of its checks applied to any agent", () => {
    expect(statusOf({ id: "x", title: "t", checks: ["AP-DLG-003"] }, { evaluated: new Set() })).toEqual([
      "not-applicable",
      0,
    ]);
  });

  it("is not applicable when no scanned agent has a tier and role it applies to", () => {
    const minimalOnly = agents.filter((a) => a.tier !== "high");
    expect(statusOf(highDeployer, { agents: minimalOnly })).toEqual(["not-applicable", 0]);
    const providerOnly = { ...highDeployer, applicability: { role: ["provider"], tiers: ["high"] } };
    expect(statusOf(providerOnly, {})).toEqual(["not-applicable", 0]);
  });

  it("counts an agent without a declared role as holding any role, but never one without a tier as high-risk", () => {
    const anyRole = { ...highDeployer, applicability: { role: ["provider"] } };
    expect(statusOf(anyRole, { findings: [finding("AP-AUDIT-002", "c.agent.yaml", "bot")] })).toEqual([
      "fail",
      1,
    ]);
    const noHighRisk = [{ file: "c.agent.yaml", name: "bot" }];
    expect(statusOf(highDeployer, { agents: noHighRisk })).toEqual(["not-applicable", 0]);
  });

  it("only counts findings on agents it applies to", () => {
    const onMinimal = [finding("AP-AUDIT-002", "b.agent.yaml", "docs")];
    expect(statusOf(highDeployer, { findings: onMinimal })).toEqual(["pass", 0]);
    const onHigh = [...onMinimal, finding("AP-AUDIT-002", "a.agent.yaml", "hr")];
    expect(statusOf(highDeployer, { findings: onHigh })).toEqual(["fail", 1]);
  });

  it("keeps findings it cannot tie to a scanned agent, and ignores applicability without agents", () => {
    const stray = [finding("AP-AUDIT-002", "z.agent.yaml", "ghost")];
    expect(statusOf(highDeployer, { findings: stray })).toEqual(["fail", 1]);
    const onMinimal = [finding("AP-AUDIT-002", "b.agent.yaml", "docs")];
    const [fw] = computeCoverage({
      frameworks: [{ id: "f", title: "F", version: "1", controls: [highDeployer] }],
      findings: onMinimal,
      evaluated: new Set(["AP-AUDIT-002"]),
    });
    expect(fw!.controls[0]).toMatchObject({ status: "fail", failing: 1 });
  });
});
