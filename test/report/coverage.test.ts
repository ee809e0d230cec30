import { describe, expect, it } from "vitest";
import { computeCoverage, type CoverageControl, type CoverageInput } from "../../src/report/coverage.js";
import { makeCiter } from "../../src/report/citations.js";
import type { Finding } from "../../src/report/model.js";

const agents = [
  { file: "a.agent.yaml", name: "hr", tier: "high", role: "deployer", annexIii: "employment" },
  { file: "b.agent.yaml", name: "docs", tier: "minimal", role: "deployer" },
  { file: "c.agent.yaml", name: "bot" },
];

/** A finding as the pipeline builds it: citing the controls that apply to its agent. */
function finding(
  control: CoverageControl,
  ruleId: string,
  file: string,
  agent: string,
  status: "open" | "waived" = "open",
): Finding {
  const cite = makeCiter([
    { id: "f", controls: [{ ...control, mappings: control.checks.map((check) => ({ check })) }] },
  ]);
  const scoped = agents.find((a) => a.file === file);
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
    controls: cite({ ruleId, pointer: "", ...(scoped ? { agent: scoped } : {}) }),
    remediation: "r",
    fingerprint: `${ruleId}-${file}-${agent}`,
    status,
  };
}

function coverage(control: CoverageControl, input: Partial<CoverageInput>) {
  const [fw] = computeCoverage({
    frameworks: [{ id: "f", title: "F", version: "1", controls: [control] }],
    findings: [],
    evaluated: new Set(control.checks),
    agents,
    ...input,
  });
  return fw!.controls[0]!;
}

function statusOf(control: CoverageControl, input: Partial<CoverageInput>): [string, number] {
  const c = coverage(control, input);
  return [c.status, c.failing];
}

describe("control coverage", () => {
  const highDeployer: CoverageControl = {
    id: "Art. 26(6)",
    title: "t",
    checks: ["AP-AUDIT-002"],
    applicability: { role: ["deployer"], tiers: ["high"] },
  };
  const cc61: CoverageControl = { id: "CC6.1", title: "t", checks: ["AP-ID-001", "AP-CRED-002"] };

  it("is manual for manual controls and controls without checks, whatever the findings", () => {
    expect(statusOf({ id: "x", title: "t", checks: [], manual: true }, {})).toEqual(["manual", 0]);
    expect(statusOf({ id: "x", title: "t", checks: [] }, {})).toEqual(["manual", 0]);
  });

  it("fails, is waived or passes on the findings that cite it", () => {
    expect(statusOf(cc61, { findings: [finding(cc61, "AP-CRED-002", "b.agent.yaml", "docs")] })).toEqual([
      "fail",
      1,
    ]);
    expect(
      statusOf(cc61, { findings: [finding(cc61, "AP-CRED-002", "b.agent.yaml", "docs", "waived")] }),
    ).toEqual(["waived", 0]);
    expect(statusOf(cc61, { findings: [finding(cc61, "AP-OTHER-001", "b.agent.yaml", "docs")] })).toEqual([
      "pass",
      0,
    ]);
  });

  it("counts the agents it applies to and the agents failing it", () => {
    const c = coverage(cc61, {
      findings: [
        finding(cc61, "AP-CRED-002", "b.agent.yaml", "docs"),
        finding(cc61, "AP-ID-001", "b.agent.yaml", "docs"),
      ],
    });
    expect(c).toMatchObject({ status: "fail", failing: 2, agents: { applicable: 3, failing: 1 } });
    const applied = new Map([["AP-ID-001", Uint8Array.from([1, 0, 1])]]);
    expect(coverage(cc61, { appliedTo: applied }).agents).toEqual({ applicable: 2, failing: 0 });
  });

  it("is not applicable when none of its checks applied to any agent", () => {
    expect(statusOf({ id: "x", title: "t", checks: ["AP-DLG-003"] }, { evaluated: new Set() })).toEqual([
      "not-applicable",
      0,
    ]);
  });

  it("is not applicable when no scanned agent has a tier, role and area it applies to", () => {
    const minimalOnly = agents.filter((a) => a.tier !== "high");
    expect(statusOf(highDeployer, { agents: minimalOnly })).toEqual(["not-applicable", 0]);
    const providerOnly = { ...highDeployer, applicability: { role: ["provider"], tiers: ["high"] } };
    expect(statusOf(providerOnly, {})).toEqual(["not-applicable", 0]);
    const biometrics = { ...highDeployer, applicability: { tiers: ["high"], annex_iii: ["biometrics"] } };
    expect(statusOf(biometrics, {})).toEqual(["not-applicable", 0]);
  });

  it("counts an agent without a declared role as holding any role, but never one without a tier as high-risk", () => {
    const anyRole = { ...highDeployer, applicability: { role: ["provider"] } };
    expect(
      statusOf(anyRole, { findings: [finding(anyRole, "AP-AUDIT-002", "c.agent.yaml", "bot")] }),
    ).toEqual(["fail", 1]);
    const noHighRisk = [{ file: "c.agent.yaml", name: "bot" }];
    expect(statusOf(highDeployer, { agents: noHighRisk })).toEqual(["not-applicable", 0]);
  });

  it("only counts findings on agents it applies to: they are the only ones that cite it", () => {
    const onMinimal = [finding(highDeployer, "AP-AUDIT-002", "b.agent.yaml", "docs")];
    expect(onMinimal[0]!.controls).toEqual([]);
    expect(statusOf(highDeployer, { findings: onMinimal })).toEqual(["pass", 0]);
    const onHigh = [...onMinimal, finding(highDeployer, "AP-AUDIT-002", "a.agent.yaml", "hr")];
    expect(statusOf(highDeployer, { findings: onHigh })).toEqual(["fail", 1]);
  });

  it("is partial, never pass, when only partial-strength mappings evidence it", () => {
    const weak: CoverageControl = {
      ...cc61,
      mappings: [
        { check: "AP-ID-001", strength: "partial" },
        { check: "AP-CRED-002", strength: "partial" },
      ],
    };
    expect(statusOf(weak, {})).toEqual(["partial", 0]);
    const mixed = {
      ...weak,
      mappings: [
        { check: "AP-ID-001", strength: "full" as const },
        { check: "AP-CRED-002", strength: "partial" as const },
      ],
    };
    expect(statusOf(mixed, {})).toEqual(["pass", 0]);
    // the full-strength check must have applied
    expect(statusOf(mixed, { evaluated: new Set(["AP-CRED-002"]) })).toEqual(["partial", 0]);
  });

  it("is not-evaluated when all its checks are off, and partial with the list when some are", () => {
    expect(coverage(cc61, { enabled: new Set() })).toMatchObject({
      status: "not-evaluated",
      checksOff: ["AP-ID-001", "AP-CRED-002"],
    });
    expect(coverage(cc61, { enabled: new Set(["AP-ID-001"]) })).toMatchObject({
      status: "partial",
      checksOff: ["AP-CRED-002"],
    });
    // switched off where nothing else applied: not evaluated, not n/a
    expect(
      coverage(cc61, { enabled: new Set(["AP-ID-001"]), evaluated: new Set(), appliedTo: new Map() }),
    ).toMatchObject({ status: "not-evaluated" });
  });

  it("attests a manual control when every agent it applies to links fresh evidence", () => {
    const fria: CoverageControl = {
      id: "Art. 27(1)",
      title: "t",
      checks: [],
      manual: true,
      evidence: ["fria"],
      applicability: { role: ["deployer"], tiers: ["high"] },
    };
    const withEvidence = (stale: boolean) =>
      agents.map((a) =>
        a.name === "hr"
          ? {
              ...a,
              evidence: [{ kind: "fria", ref: "https://docs.example/fria", date: "2026-06-01", stale }],
            }
          : a,
      );
    expect(coverage(fria, { agents: withEvidence(false) })).toMatchObject({
      status: "attested",
      attested: [{ agent: "hr", kind: "fria", ref: "https://docs.example/fria", date: "2026-06-01" }],
    });
    expect(coverage(fria, { agents: withEvidence(true) }).status).toBe("manual");
    expect(coverage(fria, {}).status).toBe("manual");
    expect(coverage(fria, { agents: agents.filter((a) => a.tier !== "high") }).status).toBe("not-applicable");
  });
});
