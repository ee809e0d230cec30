import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { formatJson } from "../../src/format/json.js";
import type { Report } from "../../src/report/model.js";
import { cleanReport, RULES, sampleReport, withUndeclaredCode } from "./sample.js";

const schemaPath = fileURLToPath(new URL("../../schema/report.schema.json", import.meta.url));

function reportValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
}

const validate = reportValidator();

function valid(report: unknown): boolean {
  const ok = validate(report);
  if (!ok) console.error(JSON.stringify(validate.errors, null, 2));
  return ok;
}

function roundTrip(report: Report): Record<string, unknown> {
  return JSON.parse(formatJson({ report, rules: RULES }));
}

describe("json format", () => {
  it("is the report, pretty-printed with a trailing newline", () => {
    const report = sampleReport();
    const out = formatJson({ report, rules: RULES });
    expect(out.endsWith("}\n")).toBe(true);
    expect(out.split("\n")[1]).toBe('  "schemaVersion": 1,');
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it("lays keys out in the order of the spec, whatever order they were built in", () => {
    const report = sampleReport();
    const shuffled = JSON.parse(JSON.stringify(report), function (_k, v: unknown) {
      return v && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).reverse())
        : v;
    }) as Report;
    const out = formatJson({ report: shuffled, rules: RULES });
    expect(out).toBe(formatJson({ report, rules: RULES }));
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual([
      "schemaVersion",
      "tool",
      "summary",
      "frameworks",
      "findings",
      "errors",
      "base",
      "changes",
      "fixed",
    ]);
    expect(Object.keys(doc.summary)).toEqual([
      "files",
      "agents",
      "findings",
      "waived",
      "errors",
      "passed",
      "failOn",
      "new",
      "fixed",
      "unchanged",
    ]);
    expect(Object.keys(doc.summary.findings)).toEqual(["critical", "high", "medium", "low", "info"]);
    expect(Object.keys(doc.findings[2])).toEqual([
      "ruleId",
      "title",
      "severity",
      "message",
      "file",
      "line",
      "column",
      "endLine",
      "endColumn",
      "path",
      "agent",
      "controls",
      "remediation",
      "fingerprint",
      "status",
      "waiver",
      "new",
    ]);
    expect(Object.keys(doc.changes[0].details[1])).toEqual(["kind", "path", "before", "after", "escalation"]);
  });

  it("keeps fields the spec does not list yet, after the known ones", () => {
    const report = sampleReport() as Report & { extra?: string };
    report.extra = "x";
    const doc = roundTrip(report);
    expect(Object.keys(doc).at(-1)).toBe("extra");
  });
});

describe("schema/report.schema.json", () => {
  it("accepts a realistic report, with and without a base", () => {
    expect(valid(roundTrip(sampleReport()))).toBe(true);
    expect(valid(roundTrip(cleanReport()))).toBe(true);
  });

  it("accepts fields added later (the format grows by adding fields)", () => {
    const doc = roundTrip(sampleReport()) as { findings: Record<string, unknown>[]; later?: number };
    doc.later = 1;
    doc.findings[0]!.cwe = "CWE-798";
    expect(valid(doc)).toBe(true);
  });

  it("rejects what report v1 does not allow", () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reaching into a parsed document
    const broken: [string, (d: Record<string, any>) => void][] = [
      ["wrong schema version", (d) => (d.schemaVersion = 2)],
      ["unknown severity", (d) => (d.findings[0].severity = "urgent")],
      ["unknown status", (d) => (d.findings[0].status = "ignored")],
      ["zero line", (d) => (d.findings[0].line = 0)],
      ["not a JSON pointer", (d) => (d.findings[0].path = "credentials/0")],
      ["missing fingerprint", (d) => delete d.findings[0].fingerprint],
      ["extra severity count", (d) => (d.summary.findings.urgent = 1)],
      ["unknown fail-on", (d) => (d.summary.failOn = "sometimes")],
      ["unknown control status", (d) => (d.frameworks[0].controls[0].status = "green")],
      ["unknown change", (d) => (d.changes[0].change = "renamed")],
      ["base without new flags", (d) => delete d.findings[1].new],
      ["base without new counts", (d) => delete d.summary.new],
      ["error without a line", (d) => delete d.errors[0].line],
      ["other tool", (d) => (d.tool.name = "eslint")],
    ];
    for (const [name, breakIt] of broken) {
      const doc = roundTrip(sampleReport());
      breakIt(doc);
      expect(validate(doc), name).toBe(false);
    }
  });

  it("describes components[]: accepts discovered components, rejects what the model does not allow", () => {
    expect(valid(roundTrip(withUndeclaredCode()))).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reaching into a parsed document
    const broken: [string, (d: Record<string, any>) => void][] = [
      ["not a list", (d) => (d.components = {})],
      ["missing path", (d) => delete d.components[0].path],
      ["declared not a boolean", (d) => (d.components[0].declared = "no")],
      ["unknown kind", (d) => (d.components[0].kinds = ["chatbot"])],
      ["unknown ecosystem", (d) => (d.components[0].ecosystems = ["cpan"])],
      ["unknown declaration", (d) => (d.components[1].declaredBy[0].by = "comment")],
      ["unknown signal type", (d) => (d.components[0].signals[0].type = "lockfile")],
      ["unknown signal kind", (d) => (d.components[0].signals[0].kind = "model")],
      ["signal without a line", (d) => delete d.components[0].signals[0].line],
      ["signal new not a boolean", (d) => (d.components[0].signals[0].new = "yes")],
      ["extra severity count", (d) => (d.components[0].findings.urgent = 1)],
      ["waived missing", (d) => delete d.components[0].waived],
    ];
    for (const [name, breakIt] of broken) {
      const doc = roundTrip(withUndeclaredCode());
      breakIt(doc);
      expect(validate(doc), name).toBe(false);
    }
  });
});
