import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatText } from "../../src/format/text.js";
import type { Report } from "../../src/report/model.js";
import { cleanReport, RULES, sampleReport } from "./sample.js";

const ESC = "\u001b";
const ANSI = new RegExp(`${ESC}\\[`);
const SGR = new RegExp(`${ESC}\\[\\d+m`, "g");

function plain(report: Report = sampleReport()): string {
  return formatText({ report, rules: RULES, color: false });
}

describe("text format", () => {
  it("groups problems under one heading per file, files in order, errors under their file", () => {
    const lines = plain().split("\n");
    const headings = lines.filter((l) => /^agents\/\S+$/.test(l));
    expect(headings).toEqual([
      "agents/broken.agent.yaml",
      "agents/finance.agent.yaml",
      "agents/hostile|name.agent.yaml",
    ]);
    const at = (h: string) => lines.indexOf(h);
    const broken = lines.slice(at("agents/broken.agent.yaml") + 1, at("agents/finance.agent.yaml"));
    expect(broken[0]).toMatch(
      /^ {2}4:9 +error +unexpected end of flow sequence ::warning::injected <!-- agentpolicy --> +file-error$/,
    );
    const finance = lines.slice(
      at("agents/finance.agent.yaml") + 1,
      at("agents/hostile|name.agent.yaml") - 1,
    );
    expect(finance).toHaveLength(2);
    expect(finance[0]).toMatch(
      /^ {2}12:13 +critical +new +invoice-reconciler +inline secret .* +AP-CRED-001$/,
    );
    expect(finance[1]).toMatch(
      /^ {2}31:10 +high +invoice-reconciler +credential 'finance-db' lives 30d.* +AP-CRED-002$/,
    );
  });

  it("aligns the columns of all rows", () => {
    const rows = plain()
      .split("\n")
      .filter((l) => /^ {2}\d+:\d+ /.test(l));
    expect(rows.length).toBe(5);
    const severityStart = (l: string) => l.search(/(critical|high|medium|low|info|error)/);
    expect(new Set(rows.map(severityStart)).size).toBe(1);
    const ruleStart = (l: string) => l.search(/(AP-[A-Z][A-Z0-9]*-\d+|file-error)$/);
    // the hostile sample's message is longer than a column is padded to: its rule id follows it
    const fitting = rows.filter((l) => !l.includes("::add-mask::"));
    expect(fitting).toHaveLength(4);
    expect(new Set(fitting.map(ruleStart)).size).toBe(1);
  });

  it("does not pad every row to one very long message: the others keep their rule ids in one column", () => {
    const report = sampleReport();
    const long = "x".repeat(260);
    report.findings[0] = { ...report.findings[0]!, message: long };
    const rows = plain(report)
      .split("\n")
      .filter((l) => /^ {2}\d+:\d+ /.test(l));
    const withLong = rows.filter((l) => l.includes(long));
    // the hostile sample's own message is longer than a column is padded to as well
    const others = rows.filter((l) => !l.includes(long) && !l.includes("::add-mask::"));
    expect(withLong).toHaveLength(1);
    expect(others.length).toBeGreaterThan(1);
    expect(Math.max(...others.map((l) => l.length))).toBeLessThan(long.length);
    const ruleStart = (l: string) => l.search(/(AP-[A-Z][A-Z0-9]*-\d+|file-error)$/);
    expect(new Set(others.map(ruleStart)).size).toBe(1);
    expect(withLong[0]).toMatch(new RegExp(`${long}  AP-`));
  });

  it("shows waived findings apart, marked with their reason", () => {
    const text = plain();
    const problems = text.slice(0, text.indexOf("waived (1)"));
    expect(problems).not.toContain("audit logging is disabled");
    const waived = text.split("\n").find((l) => l.includes("audit logging is disabled"))!;
    expect(waived).toContain("agents/finance.agent.yaml:40:3");
    expect(waived).toContain(
      "waived: migrating to the new log pipeline @octocat </details><details open> (approved by ciso@example.com, expires 2026-03-31)",
    );
  });

  it("ends with the tally, the verdict and the coverage table", () => {
    const text = plain();
    expect(text).toContain(
      "✖ 4 problems (1 critical, 1 high, 1 low, 1 info), 1 waived, 1 file error, 2 new, 1 fixed\n",
    );
    expect(text).toContain(
      "  4 files, 3 agents · compared with origin/main · failed: 2 findings at high or above\n",
    );
    const coverage = text.slice(text.indexOf("\ncoverage\n"));
    expect(coverage).toMatch(
      /framework +pass +fail +partial +waived +attested +manual +not eval\. +n\/a +failing/,
    );
    expect(coverage).toMatch(/eu-ai-act +0 +2 +0 +1 +0 +1 +0 +0 +Art\. 14\(1\), Art\. 15\(1\)/);
    expect(coverage).toMatch(/nist-ai-rmf +1 +1 +0 +0 +0 +1 +0 +1 +MEASURE 2\.7/);
  });

  it("lists the changes against the base", () => {
    const text = plain();
    expect(text).toContain("changes since origin/main (0123456789ab)");
    expect(text).toContain("    ▲ credential-ttl-changed  /credentials/1/ttl  10m → 30d");
  });

  it("says no problems for a clean run, without a coverage table when no framework ran", () => {
    expect(plain(cleanReport())).toBe("✔ no problems\n  2 files, 2 agents · passed (fail-on: high)\n");
  });

  it("counts file errors even when there is no finding", () => {
    const report = cleanReport();
    report.errors = [{ file: "a.yaml", line: 1, column: 1, message: "empty file" }];
    report.summary.errors = 1;
    report.summary.passed = false;
    const text = plain(report);
    expect(text).toContain("a.yaml\n  1:1  error  empty file  file-error\n");
    expect(text).toContain("✖ no problems, 1 file error\n  2 files, 2 agents · failed (fail-on: high)\n");
  });

  it("uses colour only when asked", () => {
    expect(plain()).not.toMatch(ANSI);
    const coloured = formatText({ report: sampleReport(), rules: RULES, color: true });
    expect(coloured).toMatch(ANSI);
    // colour changes nothing but the escape codes
    expect(coloured.replace(SGR, "")).toBe(plain());
  });

  it("never lets data break a line or emit a terminal escape", () => {
    const text = plain();
    expect(text.split("\n").some((l) => l.startsWith("::"))).toBe(false);
    expect(text).toContain("bad ::error::x bad ::add-mask::secret");
    expect(text).not.toContain("\r");
    expect(text).not.toContain("\u001b");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (agent, message) => {
        const report = sampleReport();
        report.findings = report.findings.map((f) => ({ ...f, agent, message, file: `f${message}` }));
        report.errors = report.errors.map((e) => ({ ...e, message, file: `e${agent}` }));
        const a = formatText({ report, rules: RULES });
        for (const c of ["\r", ESC, "\u2028", "\u2029", "\u0085"]) expect(a).not.toContain(c);
        // the shape does not depend on the data: same number of lines as with tame values
        const tame = sampleReport();
        tame.findings = tame.findings.map((f) => ({ ...f, agent: "a", message: "m", file: "fm" }));
        tame.errors = tame.errors.map((e) => ({ ...e, message: "m", file: "ea" }));
        expect(a.split("\n")).toHaveLength(formatText({ report: tame, rules: RULES }).split("\n").length);
      }),
      { numRuns: 200 },
    );
  });
});
