import { describe, expect, it } from "vitest";
import { planAnnotations } from "../../src/action/annotations.js";
import { actionOutputs } from "../../src/action/outputs.js";
import type { Finding, Report } from "../../src/report/model.js";
import { cleanReport, HOSTILE, sampleReport } from "../format/sample.js";

function withFindings(n: number): Report {
  const report = sampleReport();
  const t = report.findings[0]!;
  report.findings = Array.from({ length: n }, (_, i): Finding => ({
    ...t,
    severity: (["info", "low", "medium", "high", "critical"] as const)[i % 5]!,
    line: i + 1,
    fingerprint: `f${i}`,
    new: i % 3 === 0,
  }));
  return report;
}

describe("planAnnotations", () => {
  it("file errors first, then the most severe findings (new first), at most ten; the rest counted", () => {
    const report = withFindings(30);
    const plan = planAnnotations(report, "svc/");
    expect(plan.annotations).toHaveLength(10);
    expect(plan.annotations[0]!.properties.title).toBe("agentpolicy: file not checked");
    const severities = plan.annotations.slice(1).map((a) => a.message.match(/^\[(\w+)/)![1]);
    expect(severities).toEqual([
      "critical",
      "critical",
      "critical",
      "critical",
      "critical",
      "critical",
      "high",
      "high",
      "high",
    ]);
    expect(plan.annotations.slice(1, 3).every((a) => a.message.includes(", new]"))).toBe(true);
    expect(plan.annotations.every((a) => a.properties.file!.startsWith("svc/"))).toBe(true);
    expect(plan.annotations.filter((a) => a.level === "error")).toHaveLength(10);
    expect(plan.rest).toBe(30 + 1 - 10);
  });

  it("never annotates low, info or waived findings one by one; medium is a warning", () => {
    const report = sampleReport();
    const plan = planAnnotations(report);
    const messages = plan.annotations.map((a) => a.message);
    expect(messages.some((m) => m.startsWith("[low") || m.startsWith("[info"))).toBe(false);
    expect(messages.some((m) => m.includes("audit logging is disabled"))).toBe(false); // waived
    const open = report.findings.filter((f) => f.status === "open").length;
    expect(plan.rest).toBe(open + report.errors.length - plan.annotations.length);
  });

  it("keeps control characters out (core escapes the rest)", () => {
    const report = sampleReport();
    report.findings[0]!.message = HOSTILE.ansi + HOSTILE.commandInjection;
    const plan = planAnnotations(report);
    expect(plan.annotations.map((a) => a.message).join("")).not.toContain("\u001b");
  });
});

describe("actionOutputs", () => {
  it("counts open findings, new ones and the highest severity", () => {
    expect(actionOutputs(sampleReport(), { reportJson: "/tmp/r.json", sarifFile: "/w/a.sarif" })).toEqual({
      passed: "false",
      findings: "4",
      "new-findings": "2",
      "highest-severity": "critical",
      "policy-source": "",
      "base-unreadable": "",
      "report-json": "/tmp/r.json",
      "sarif-file": "/w/a.sarif",
    });
    const clean = actionOutputs(cleanReport(), {});
    expect(clean).toMatchObject({
      passed: "true",
      findings: "0",
      "new-findings": "0",
      "highest-severity": "none",
      "sarif-file": "",
    });
  });
});
