import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/check.js";
import { inventoryRows } from "../../src/report/inventory.js";
import { formatOcsf, ocsfEvents } from "../../src/format/ocsf.js";
import type { EvidenceReport } from "../../src/format/evidence.js";
import { SEVERITIES, type Severity } from "../../src/report/model.js";
import { REPO } from "../helpers/cli.js";
import { cleanReport, HOSTILE, RULES, sampleReport, ROW } from "./sample.js";

const schema = JSON.parse(
  readFileSync(new URL("../schemas/ocsf-compliance-finding.schema.json", import.meta.url), "utf8"),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

type Event = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function lines(output: string): Event[] {
  expect(output === "" || output.endsWith("\n")).toBe(true);
  return output
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Event);
}

function expectValid(events: Event[]): void {
  for (const event of events) {
    const ok = validate(event);
    expect(ok ? [] : validate.errors, JSON.stringify(event).slice(0, 300)).toEqual([]);
  }
}

function withAgents(): EvidenceReport {
  return {
    ...sampleReport(),
    agents: [
      {
        ...ROW,
        name: "invoice-reconciler",
        file: "agents/finance.agent.yaml",
        identityId: "spiffe://example.com/agents/invoice-reconciler",
        identityProvider: "spiffe",
        owner: "finance-platform@example.com",
        environment: "production",
        riskTier: "high",
        labels: { cost_center: "fin-42", tier: "gold" },
        accessLevel: "write",
        permissions: 3,
        sensitivePermissions: 1,
        ungatedSensitive: 0,
      },
    ],
    run: { generatedAt: "2026-11-27T08:30:00Z", repository: "example/ledger", commit: "abc123" },
  };
}

describe("formatOcsf", () => {
  it("writes one schema-valid Compliance Finding per line: findings, fixed findings, file errors", () => {
    const report = sampleReport();
    const events = lines(formatOcsf({ report, rules: RULES, now: NOW }));
    expect(events).toHaveLength(report.findings.length + report.fixed!.length + report.errors.length);
    expectValid(events);
    for (const e of events) {
      expect(e.class_uid).toBe(2003);
      expect(e.category_uid).toBe(2);
      expect(e.type_uid).toBe(e.class_uid * 100 + e.activity_id);
      expect(e.time).toBe(NOW);
      expect(e.metadata.version).toBe("1.5.0");
      expect(e.metadata.product).toEqual({
        name: "agentpolicy",
        vendor_name: "agentpolicy",
        version: "0.1.0",
      });
    }
  });

  it("uses a schema that rejects events breaking the contract", () => {
    const [good] = ocsfEvents({ report: sampleReport(), rules: RULES, now: NOW }) as Event[];
    expect(validate(good)).toBe(true);
    const broken: ((e: Event) => void)[] = [
      (e) => (e.type_uid = 200302),
      (e) => (e.class_uid = 2004),
      (e) => (e.status_id = 7),
      (e) => delete e.finding_info.uid,
      (e) => (e.compliance.status_id = 4),
      (e) => (e.resources[0].labels = { a: "b" }),
      (e) => (e.time = "2026-11-28"),
      (e) => (e.metadata.version = "1.2.0"),
      (e) => (e.surprise = true),
    ];
    for (const breakIt of broken) {
      const e = structuredClone(good!);
      breakIt(e);
      expect(validate(e), breakIt.toString()).toBe(false);
    }
  });

  it("maps severities to severity_id 1 (info) … 5 (critical)", () => {
    const expected: Record<Severity, number> = { info: 1, low: 2, medium: 3, high: 4, critical: 5 };
    const base = sampleReport();
    for (const severity of SEVERITIES) {
      const report = { ...base, findings: [{ ...base.findings[0]!, severity }], fixed: [], errors: [] };
      const [event] = ocsfEvents({ report, rules: RULES, now: NOW }) as Event[];
      expect(event!.severity_id, severity).toBe(expected[severity]);
      expect(event!.compliance.checks[0].severity_id).toBe(expected[severity]);
    }
  });

  it("opens findings as New, waived ones as Suppressed with the waiver, fixed ones as Close/Resolved", () => {
    const report = sampleReport();
    const events = ocsfEvents({ report, rules: RULES, now: NOW }) as Event[];
    const byUid = new Map(events.map((e) => [e.finding_info.uid, e]));

    const open = byUid.get(report.findings[0]!.fingerprint)!;
    expect([open.activity_id, open.status_id, open.status]).toEqual([1, 1, "New"]);
    expect(open.compliance.status_id).toBe(3);
    expect(open.compliance.checks[0]).toMatchObject({
      uid: "AP-CRED-001",
      name: "Inline secret",
      status: "Fail",
    });

    const waived = report.findings.find((f) => f.status === "waived")!;
    const suppressed = byUid.get(waived.fingerprint)!;
    expect([suppressed.activity_id, suppressed.status_id, suppressed.status]).toEqual([1, 3, "Suppressed"]);
    expect(suppressed.status_detail).toContain("ciso@example.com");
    expect(suppressed.unmapped.waiver).toEqual(waived.waiver);

    const fixed = byUid.get(report.fixed![0]!.fingerprint)!;
    expect([fixed.activity_id, fixed.type_uid, fixed.status_id, fixed.status]).toEqual([
      3,
      200303,
      4,
      "Resolved",
    ]);
    expect(fixed.compliance.status_id).toBe(1);
  });

  it("carries the finding's identity, controls, remediation and location", () => {
    const report = sampleReport();
    const f = report.findings[1]!; // AP-CRED-002: two frameworks
    const e = (ocsfEvents({ report, rules: RULES, now: NOW }) as Event[])[1]!;
    expect(e.finding_info).toMatchObject({ uid: f.fingerprint, title: f.title, desc: f.message });
    expect(e.finding_info.types).toContain("AP-CRED-002");
    expect(e.compliance.standards).toEqual(["EU AI Act (Regulation (EU) 2024/1689)", "NIST AI RMF 1.0"]);
    expect(e.compliance.requirements).toEqual(["eu-ai-act/Art. 15(1)", "nist-ai-rmf/MEASURE 2.7"]);
    expect(e.compliance.control).toContain("MEASURE 2.7");
    expect(e.remediation.desc).toBe(f.remediation);
    expect(e.unmapped).toMatchObject({ file: f.file, line: f.line, column: f.column, pointer: f.path });
    expect(e.resources).toEqual([
      { uid: "invoice-reconciler", name: "invoice-reconciler", type: "AI Agent", data: { file: f.file } },
    ]);
  });

  it("describes the agent from report.agents: identity id, owner, labels, and takes the run's time", () => {
    const report = withAgents();
    const events = ocsfEvents({ report, rules: RULES, now: NOW }) as Event[];
    expectValid(events);
    const [e] = events;
    expect(e!.time).toBe(Date.parse("2026-11-27T08:30:00Z"));
    expect(e!.resources[0]).toEqual({
      uid: "spiffe://example.com/agents/invoice-reconciler",
      name: "invoice-reconciler",
      type: "AI Agent",
      owner: { name: "finance-platform@example.com", email_addr: "finance-platform@example.com" },
      labels: ["cost_center=fin-42", "tier=gold"],
      data: {
        file: "agents/finance.agent.yaml",
        identity_provider: "spiffe",
        environment: "production",
        risk_tier: "high",
        access_level: "write",
      },
    });
    expect(e!.unmapped).toMatchObject({ repository: "example/ledger", commit: "abc123" });
  });

  it("keeps hostile text intact as data, one event per line, with lone surrogates replaced", () => {
    const base = sampleReport();
    const message = `${HOSTILE.commandInjection}\u2028${HOSTILE.script}\ud800`;
    const report = { ...base, findings: [{ ...base.findings[3]!, message }], fixed: [], errors: [] };
    const out = formatOcsf({ report, rules: RULES, now: NOW });
    expect(out.split("\n")).toHaveLength(2); // one line + the trailing newline
    const [e] = lines(out);
    expect(e!.message).toBe(`${HOSTILE.commandInjection}\u2028${HOSTILE.script}\ufffd`);
    expect(e!.resources[0].name).toBe(base.findings[3]!.agent);
  });

  it("only links https rule documentation", () => {
    const rules = RULES.map((r) => ({ ...r, helpUri: "javascript:alert(1)" }));
    for (const e of ocsfEvents({ report: sampleReport(), rules, now: NOW }) as Event[]) {
      expect(e.finding_info.src_url).toBeUndefined();
    }
  });

  it("is deterministic and writes nothing for a clean report", () => {
    const input = { report: sampleReport(), rules: RULES, now: NOW };
    expect(formatOcsf(input)).toBe(formatOcsf(input));
    expect(formatOcsf({ report: cleanReport(), rules: [], now: NOW })).toBe("");
  });

  it("validates on the examples, with the agents summary built from the manifests", async () => {
    const { report, rules, agents } = await runCheck({
      root: REPO,
      paths: ["examples"],
      failOn: "high",
      maxFileSize: 1 << 20,
    });
    const full: EvidenceReport = { ...report, agents: inventoryRows(agents, []) };
    const events = lines(formatOcsf({ report: full, rules, now: NOW }));
    expect(events.length).toBe(report.findings.length + report.errors.length);
    expect(events.length).toBeGreaterThan(0);
    expectValid(events);
    // Every finding of a named agent points at that agent's identity when the manifest declares one.
    const ids = new Map(full.agents!.map((a) => [a.name, a.identityId]));
    for (const e of events) {
      const id = ids.get(e.resources[0].name);
      if (id) expect(e.resources[0].uid).toBe(id);
    }
  });
});
