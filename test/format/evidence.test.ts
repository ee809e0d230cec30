import { describe, expect, it } from "vitest";
import { agentViews, runTime, type AgentSummary, type EvidenceReport } from "../../src/format/evidence.js";
import { ROW, RULES, sampleReport } from "./sample.js";

function summary(name: string, file: string): AgentSummary {
  return { ...ROW, name, file, accessLevel: "write", permissions: 1 };
}

describe("agentViews", () => {
  it("lists the report's agents first (compliant ones too), then agents known only from findings", () => {
    const base = sampleReport();
    const report: EvidenceReport = {
      ...base,
      agents: [
        summary("docs-search", "agents/docs.agent.yaml"),
        summary("invoice-reconciler", "agents/finance.agent.yaml"),
      ],
    };
    const views = agentViews(report);
    expect(views.map((v) => v.name)).toEqual([
      "docs-search",
      "invoice-reconciler",
      base.findings[3]!.agent,
      base.findings[4]!.agent,
    ]);
    expect(views[0]!.findings).toEqual([]);
    expect(views[1]!.findings.map((f) => f.ruleId)).toEqual(["AP-CRED-001", "AP-CRED-002", "AP-AUDIT-001"]);
    expect(views[1]!.summary?.accessLevel).toBe("write");
    expect(views[2]!.summary).toBeUndefined();
  });

  it("gives a finding without an agent name to its file's only unnamed agent", () => {
    const base = sampleReport();
    const unnamed = { ...base.findings[0]!, agent: undefined, file: "agents/x.agent.yaml" };
    const report: EvidenceReport = {
      ...base,
      findings: [unnamed],
      agents: [summary("agents/x.agent.yaml#0", "agents/x.agent.yaml")],
    };
    const views = agentViews(report);
    expect(views).toHaveLength(1);
    expect(views[0]!.findings).toEqual([unnamed]);
    // Without summaries it groups under the file.
    expect(agentViews({ ...report, agents: undefined }).map((v) => v.name)).toEqual(["agents/x.agent.yaml"]);
  });
});

describe("runTime", () => {
  it("prefers run.generatedAt, then the injected clock", () => {
    const report = sampleReport();
    expect(runTime({ report, rules: RULES, now: 5 })).toBe(5);
    expect(
      runTime({ report: { ...report, run: { generatedAt: "2026-01-02T03:04:05Z" } }, rules: RULES, now: 5 }),
    ).toBe(Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(runTime({ report: { ...report, run: { generatedAt: "not a date" } }, rules: RULES, now: 5 })).toBe(
      5,
    );
  });
});
