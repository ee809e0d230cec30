import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { fileUri, formatSarif, SARIF_SCHEMA_URI } from "../../src/format/sarif.js";
import type { Report } from "../../src/report/model.js";
import { cleanReport, RULES, sampleReport } from "./sample.js";

// The official OASIS SARIF 2.1.0 schema (errata 01), vendored byte for byte from
// oasis-tcs/sarif-spec Schemata/sarif-schema-2.1.0.json. It is written in draft-04, which ajv 8
// does not ship. Its only draft-04-specific part is the header (`$schema`, and `id` for the schema
// URI); no keyword inside changes meaning in draft-07 (no boolean exclusiveMinimum/Maximum, all
// refs are local "#/definitions/…"), so with the header translated ajv's draft-07 engine applies
// every constraint as written.
const schemaPath = fileURLToPath(new URL("../schemas/sarif-2.1.0.json", import.meta.url));

function sarifValidator() {
  const { $schema, id, ...body } = JSON.parse(readFileSync(schemaPath, "utf8"));
  expect($schema).toBe("http://json-schema.org/draft-04/schema#");
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile({ $id: id, ...body });
}

const validate = sarifValidator();

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
    logicalLocations: { fullyQualifiedName: string }[];
  }[];
  partialFingerprints: Record<string, string>;
  baselineState?: string;
  suppressions?: { kind: string; status: string; justification: string }[];
  properties: { agent?: string; pointer: string; controls: string[] };
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: string };
  properties: { tags: string[]; "security-severity": string };
}

function sarif(report: Report = sampleReport()) {
  const doc = JSON.parse(formatSarif({ report, rules: RULES }));
  const run = doc.runs[0];
  return {
    doc,
    run,
    rules: run.tool.driver.rules as SarifRule[],
    results: run.results as SarifResult[],
  };
}

describe("sarif format", () => {
  it("validates against the official SARIF 2.1.0 schema", () => {
    for (const report of [sampleReport(), cleanReport()]) {
      const { doc } = sarif(report);
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("is rejected by the schema when broken, so the check above can fail", () => {
    const { doc } = sarif();
    doc.runs[0].results[0].level = "critical";
    expect(validate(doc)).toBe(false);
    const other = sarif().doc;
    const waived = other.runs[0].results.find((r: SarifResult) => r.suppressions);
    waived.suppressions = [{ status: "accepted" }]; // a suppression needs its kind
    expect(validate(other)).toBe(false);
  });

  it("describes the tool and the rules the results use, in the order of the rule list", () => {
    const { doc, run, rules } = sarif();
    expect(doc.$schema).toBe(SARIF_SCHEMA_URI);
    expect(doc.version).toBe("2.1.0");
    expect(doc.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({
      name: "agentpolicy",
      version: "0.1.0",
      semanticVersion: "0.1.0",
      informationUri: "https://github.com/agentpolicy/agentpolicy",
    });
    expect(rules.map((r) => r.id)).toEqual([
      "AP-CRED-001",
      "AP-CRED-002",
      "AP-AUDIT-001",
      "AP-GATE-001",
      "AP-META-001",
    ]);
    const ttl = rules[1]!;
    expect(ttl).toMatchObject({
      id: "AP-CRED-002",
      name: "Credential TTL too long",
      shortDescription: { text: "Credential TTL too long" },
      fullDescription: { text: "Credentials should be short-lived." },
      helpUri: "https://github.com/agentpolicy/agentpolicy/blob/main/docs/rules.md#ap-cred-002",
      defaultConfiguration: { level: "error" },
    });
    expect(ttl.help.text).toContain("Set ttl to 1h or less.\n\nPrefer workload identity federation.");
    expect(ttl.help.markdown).toContain("Set ttl to 1h or less.\n\nPrefer workload identity federation.");
    expect(ttl.properties.tags).toEqual(["security", "eu-ai-act/Art. 15(1)", "nist-ai-rmf/MEASURE 2.7"]);
  });

  it("maps severities to levels and GitHub security-severity scores", () => {
    const { rules, results } = sarif();
    const bySeverity = Object.fromEntries(
      rules.map((r) => [
        RULES.find((m) => m.id === r.id)!.severity,
        [r.defaultConfiguration.level, r.properties["security-severity"]],
      ]),
    );
    expect(bySeverity).toEqual({
      critical: ["error", "9.5"],
      high: ["error", "8.0"],
      medium: ["warning", "5.5"],
      low: ["note", "3.0"],
      info: ["note", "1.0"],
    });
    expect(results.map((r) => r.level)).toEqual(["error", "error", "warning", "note", "note"]);
  });

  it("points each result at its rule, file, region and agent, with a stable fingerprint", () => {
    const { rules, results } = sarif();
    for (const r of results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const ttl = results[1]!;
    expect(ttl.message.text).toBe("credential 'finance-db' lives 30d; at most 1h is allowed");
    expect(ttl.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "agents/finance.agent.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 31, startColumn: 10, endLine: 31, endColumn: 13 },
    });
    expect(ttl.locations[0]!.logicalLocations).toEqual([
      { fullyQualifiedName: "invoice-reconciler/credentials/0/ttl" },
    ]);
    expect(ttl.partialFingerprints).toEqual({
      "agentpolicy/v1": "fp-AP-CRED-002-agents/finance.agent.yaml-31",
    });
    expect(ttl.properties).toMatchObject({
      agent: "invoice-reconciler",
      pointer: "/credentials/0/ttl",
      controls: ["eu-ai-act/Art. 15(1)", "nist-ai-rmf/MEASURE 2.7"],
    });
    expect(results.map((r) => r.baselineState)).toEqual([
      "new",
      "unchanged",
      "unchanged",
      "new",
      "unchanged",
    ]);
  });

  it("keeps waived findings as results with an accepted external suppression", () => {
    const { results } = sarif();
    const waived = results.filter((r) => r.suppressions);
    expect(waived.map((r) => r.ruleId)).toEqual(["AP-AUDIT-001"]);
    expect(waived[0]!.suppressions).toEqual([
      {
        kind: "external",
        status: "accepted",
        justification: "migrating to the new log pipeline @octocat </details><details open>",
        properties: { approvedBy: "ciso@example.com", expires: "2026-03-31" },
      },
    ]);
  });

  it("reports unreadable files as tool execution notifications", () => {
    const { run } = sarif();
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: "error",
            message: { text: "unexpected end of flow sequence\n::warning::injected <!-- agentpolicy -->" },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: "agents/broken.agent.yaml", uriBaseId: "%SRCROOT%" },
                  region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 9 },
                },
              },
            ],
          },
        ],
      },
    ]);
    expect(sarif(cleanReport()).run.invocations[0].executionSuccessful).toBe(true);
  });

  it("describes a rule missing from the rule list from its findings", () => {
    const report = sampleReport();
    report.findings[0] = { ...report.findings[0]!, ruleId: "CUSTOM-1", title: "Custom check" };
    const { doc, rules, results } = sarif(report);
    expect(validate(doc)).toBe(true);
    expect(rules.at(-1)).toMatchObject({ id: "CUSTOM-1", name: "Custom check" });
    expect(rules[results[0]!.ruleIndex]!.id).toBe("CUSTOM-1");
  });

  it("never emits a help link that is not a plain https URL", () => {
    const rules = RULES.map((r) => (r.id === "AP-CRED-002" ? { ...r, helpUri: "javascript:alert(1)" } : r));
    const report = sampleReport();
    report.findings[0] = { ...report.findings[0]!, ruleId: "CUSTOM 1|<x>", title: "Custom" };
    const doc = JSON.parse(formatSarif({ report, rules }));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const uri = (id: string) =>
      (doc.runs[0].tool.driver.rules as SarifRule[]).find((r) => r.id === id)?.helpUri;
    expect(uri("AP-CRED-002")).toBe(
      "https://github.com/agentpolicy/agentpolicy/blob/main/docs/rules.md#ap-cred-002",
    );
    expect(uri("CUSTOM 1|<x>")).toBe("https://github.com/agentpolicy/agentpolicy");
  });

  it("encodes file names as URI references and repairs impossible positions", () => {
    expect(fileUri("agents/my agent#1?.yaml")).toBe("agents/my%20agent%231%3F.yaml");
    expect(fileUri("c:evil/x.yaml")).toBe("c%3Aevil/x.yaml");
    expect(fileUri("a/100%.yaml")).toBe("a/100%25.yaml");
    const report = sampleReport();
    report.findings[0] = {
      ...report.findings[0]!,
      file: "weird dir/c:x#y\uD800.yaml",
      line: 0,
      column: 0,
      endLine: 0,
      endColumn: 0,
    };
    const { doc, results } = sarif(report);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(results[0]!.locations[0]!.physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
  });
});
