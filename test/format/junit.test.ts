import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/check.js";
import { formatJunit } from "../../src/format/junit.js";
import type { EvidenceReport } from "../../src/format/evidence.js";
import { inventoryRows } from "../../src/report/inventory.js";
import type { Report } from "../../src/report/model.js";
import { REPO } from "../helpers/cli.js";
import { childrenNamed, parseXml, type XmlElement } from "../helpers/xml.js";
import { cleanReport, HOSTILE, RULES, sampleReport, ROW } from "./sample.js";

function parse(report: EvidenceReport, rules = RULES): XmlElement {
  const xml = formatJunit({ report, rules });
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const root = parseXml(xml);
  expect(root.name).toBe("testsuites");
  return root;
}

const n = (el: XmlElement, attr: string): number => Number(el.attrs[attr]);
const cases = (suite: XmlElement): XmlElement[] => childrenNamed(suite, "testcase");
const having = (suite: XmlElement, child: string): number =>
  cases(suite).filter((c) => childrenNamed(c, child).length > 0).length;

/** Every count attribute equals what the document contains, at suite and at root level. */
function expectConsistentCounts(root: XmlElement): void {
  const suites = childrenNamed(root, "testsuite");
  for (const s of suites) {
    expect(n(s, "tests"), s.attrs.name).toBe(cases(s).length);
    expect(n(s, "failures"), s.attrs.name).toBe(having(s, "failure"));
    expect(n(s, "skipped"), s.attrs.name).toBe(having(s, "skipped"));
    expect(n(s, "errors"), s.attrs.name).toBe(having(s, "error"));
  }
  for (const attr of ["tests", "failures", "skipped", "errors"]) {
    expect(n(root, attr), attr).toBe(suites.reduce((sum, s) => sum + n(s, attr), 0));
  }
}

describe("test parser", () => {
  it("rejects documents that are not well-formed", () => {
    for (const bad of [
      "<a><b></a>",
      "<a>&</a>",
      '<a x="<"/>',
      "<a>\u0001</a>",
      "<a/><b/>",
      "<a>",
      '<a x="1" x="2"/>',
      "<a>&#0;</a>",
    ]) {
      expect(() => parseXml(bad), bad).toThrow();
    }
    expect(parseXml('<a x="1&#10;2">t&amp;<b/></a>')).toMatchObject({ attrs: { x: "1\n2" }, text: "t&" });
  });
});

describe("formatJunit", () => {
  it("writes one suite per framework: a case per failing or waived check × agent, one per check for the passes", () => {
    const report = sampleReport();
    const root = parse(report);
    expectConsistentCounts(root);
    const suites = childrenNamed(root, "testsuite");
    expect(suites.map((s) => s.attrs.id)).toEqual([
      "eu-ai-act",
      "nist-ai-rmf",
      "agentpolicy/unmapped",
      "agentpolicy/files",
    ]);

    const eu = suites[0]!;
    expect(eu.attrs.name).toBe("EU AI Act (Regulation (EU) 2024/1689)");
    const agents = ["invoice-reconciler", report.findings[3]!.agent!, report.findings[4]!.agent!];
    const euChecks = ["AP-AUDIT-001", "AP-GATE-001", "AP-CRED-001", "AP-CRED-002"];
    // every (check, agent) pair with a finding is its own case; the rest of each check is one summary case
    const expected = euChecks.flatMap((check) => {
      const withFindings = agents.filter((agent) =>
        report.findings.some((f) => f.ruleId === check && f.agent === agent),
      );
      const passing = agents.length - withFindings.length;
      return [
        ...withFindings.map((agent) => [`eu-ai-act/${check}`, agent]),
        ...(passing > 0
          ? [
              [
                `eu-ai-act/${check}`,
                passing === agents.length ? `passed by all 3 agents` : `passed by ${passing} of 3 agents`,
              ],
            ]
          : []),
      ];
    });
    expect(cases(eu).map((c) => [c.attrs.classname, c.attrs.name])).toEqual(expected);
    expect([n(eu, "failures"), n(eu, "skipped")]).toEqual([3, 1]);
    const props = childrenNamed(childrenNamed(eu, "properties")[0]!, "property").map((p) => p.attrs);
    expect(props).toEqual([
      { name: "framework.version", value: "2024" },
      { name: "agentpolicy.agents", value: "3" },
      { name: "agentpolicy.passed", value: String(euChecks.length * agents.length - 4) },
    ]);
  });

  it("puts the message and the location on failures, the waiver on skipped cases, file errors as errors", () => {
    const root = parse(sampleReport());
    const all = childrenNamed(root, "testsuite").flatMap(cases);
    const cred = all.find(
      (c) => c.attrs.classname === "eu-ai-act/AP-CRED-002" && c.attrs.name === "invoice-reconciler",
    )!;
    const failure = childrenNamed(cred, "failure")[0]!;
    expect(failure.attrs.message).toBe(
      "agents/finance.agent.yaml:31: credential 'finance-db' lives 30d; at most 1h is allowed",
    );
    expect(failure.attrs.type).toBe("high");
    expect(failure.text).toContain("Remediation: Set ttl to 1h or less.");
    expect(cred.attrs.file).toBe("agents/finance.agent.yaml");

    const waived = all.find(
      (c) => c.attrs.classname === "eu-ai-act/AP-AUDIT-001" && c.attrs.name === "invoice-reconciler",
    )!;
    expect(childrenNamed(waived, "skipped")[0]!.attrs.message).toMatch(
      /^waived by ciso@example\.com until 2026-03-31: /,
    );

    const broken = all.find((c) => c.attrs.classname === "agentpolicy/files")!;
    expect(childrenNamed(broken, "error")[0]!.attrs.message).toMatch(
      /^agents\/broken\.agent\.yaml:4:9: unexpected end/,
    );
  });

  it("has one suite per check when the report has no framework", () => {
    const report: Report = { ...sampleReport(), frameworks: [], errors: [] };
    const root = parse(report);
    expectConsistentCounts(root);
    const suites = childrenNamed(root, "testsuite");
    expect(suites.map((s) => s.attrs.id)).toEqual(RULES.map((r) => r.id));
    expect(suites[0]!.attrs.name).toBe("AP-CRED-001 Inline secret");
    expect(cases(suites[0]!).map((c) => [c.attrs.classname, c.attrs.name])).toEqual(
      cases(suites[0]!).map((c) => ["AP-CRED-001", c.attrs.name]),
    );
    expect(cases(suites[0]!).length).toBeLessThanOrEqual(3);
  });

  it("keeps hostile values as exact data and stays well-formed with raw control characters", () => {
    const base = sampleReport();
    const agent = `${HOSTILE.script} ]]> "quoted" 'single' & done`;
    const message = `line1\n::error::x\r\u0000\u000b\u001b[31m\ud800 ${HOSTILE.marker}`;
    const report = { ...base, findings: [{ ...base.findings[1]!, agent, message }], fixed: [], errors: [] };
    const root = parse(report);
    const failing = childrenNamed(root, "testsuite")
      .flatMap(cases)
      .filter((c) => childrenNamed(c, "failure").length > 0);
    expect(failing.length).toBeGreaterThan(0);
    for (const c of failing) {
      expect(c.attrs.name).toBe(agent);
      expect(childrenNamed(c, "failure")[0]!.attrs.message).toBe(
        `agents/finance.agent.yaml:31: line1\n::error::x\r\ufffd\ufffd\ufffd[31m\ufffd ${HOSTILE.marker}`,
      );
    }
  });

  it("lists compliant agents as passing cases when the report carries agents", () => {
    const report: EvidenceReport = {
      ...cleanReport(),
      frameworks: sampleReport().frameworks,
      agents: [
        {
          ...ROW,
          name: "docs-search",
          file: "agents/docs.agent.yaml",
          accessLevel: "read-only",
          permissions: 1,
          sensitivePermissions: 0,
          ungatedSensitive: 0,
        },
      ],
    };
    const root = parse(report, RULES);
    expectConsistentCounts(root);
    expect(n(root, "failures")).toBe(0);
    expect(n(root, "tests")).toBeGreaterThan(0);
    // one compliant agent: each check is one passing summary case
    expect(
      childrenNamed(root, "testsuite")
        .flatMap(cases)
        .every((c) => c.attrs.name === "passed by the one agent" && c.children.length === 0),
    ).toBe(true);
  });

  it("stays proportional to the findings on a thousand agents", () => {
    const base = sampleReport();
    const agents = Array.from({ length: 1000 }, (_, i) => ({
      ...ROW,
      accessLevel: "read-only" as const,
      name: `agent-${i}`,
      file: `agents/a${i}.agent.yaml`,
    }));
    const one = base.findings.find((f) => f.status === "open")!;
    const report: EvidenceReport = {
      ...base,
      errors: [],
      findings: [{ ...one, agent: "agent-7", file: "agents/a7.agent.yaml" }],
      agents,
    };
    const xml = formatJunit({ report, rules: RULES });
    const root = parseXml(xml);
    expectConsistentCounts(root);
    const all = childrenNamed(root, "testsuite").flatMap(cases);
    // one failing case per framework citing the check, and a summary case per check: nothing per agent
    expect(all.filter((c) => c.attrs.name === "agent-7")).toHaveLength(
      new Set(one.controls.map((c) => c.framework)).size,
    );
    expect(
      all.every(
        (c) => c.attrs.name === "agent-7" || /^passed by (999 of|all) 1000 agents$/.test(c.attrs.name!),
      ),
    ).toBe(true);
    expect(xml.length).toBeLessThan(20_000);
  });

  it("writes an empty, valid document for a clean report without agents", () => {
    const root = parse(cleanReport(), []);
    expect([n(root, "tests"), n(root, "failures")]).toEqual([0, 0]);
  });

  it("counts one failing case per failing check × agent on the examples", async () => {
    const { report, rules, agents } = await runCheck({
      root: REPO,
      paths: ["examples"],
      failOn: "high",
      maxFileSize: 1 << 20,
    });
    const full: EvidenceReport = { ...report, agents: inventoryRows(agents, []) };
    const root = parse(full, rules);
    expectConsistentCounts(root);
    for (const suite of childrenNamed(root, "testsuite")) {
      const fw = report.frameworks.find((f) => f.id === suite.attrs.id);
      if (!fw) continue;
      const pairs = new Set(
        report.findings
          .filter((f) => f.status === "open" && f.controls.some((c) => c.framework === fw.id))
          .map((f) => `${f.ruleId}\u0000${f.agent}`),
      );
      expect(n(suite, "failures"), fw.id).toBe(pairs.size);
      // pairs with findings, plus at most one summary case per check: never check × agent
      const checks = new Set(fw.controls.flatMap((c) => c.checks)).size;
      expect(n(suite, "tests"), fw.id).toBeLessThanOrEqual(pairs.size + n(suite, "skipped") + checks);
      const passed = childrenNamed(childrenNamed(suite, "properties")[0]!, "property").find(
        (p) => p.attrs.name === "agentpolicy.passed",
      )!;
      expect(Number(passed.attrs.value) + pairs.size + n(suite, "skipped"), fw.id).toBe(
        checks * full.agents!.length,
      );
    }
  });
});
