// writeJson writes a report in pieces for reports too large to build as one string; the pieces must join
// into exactly formatJson's output, whatever the report holds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatJson, writeJson } from "../../src/format/json.js";
import type { FormatInput, Report } from "../../src/report/model.js";
import { cleanReport, RULES, sampleReport } from "./sample.js";

function pieces(input: FormatInput): string[] {
  const out: string[] = [];
  writeJson(input, (chunk) => out.push(chunk));
  return out;
}

function expectSame(report: Report): void {
  const input = { report, rules: RULES };
  expect(pieces(input).join("")).toBe(formatJson(input));
}

describe("writeJson", () => {
  it("writes formatJson's text for the sample reports", () => {
    expectSame(sampleReport());
    expectSame(cleanReport());
  });

  it("writes large reports in blocks that join into formatJson's text", () => {
    const report = sampleReport();
    const many = { ...report, findings: Array.from({ length: 400 }, () => report.findings).flat() };
    const out = pieces({ report: many, rules: RULES });
    expect(out.length).toBeGreaterThan(3);
    expect(out.join("")).toBe(formatJson({ report: many, rules: RULES }));
  });

  it("agrees on reports with odd contents: missing, empty, extra and undefined fields", () => {
    const base = sampleReport() as unknown as Record<string, unknown>;
    const keys = [...Object.keys(base), "changes", "fixed", "agents", "run", "base", "extra"];
    const odd = fc.oneof(
      fc.constant(undefined),
      fc.constant([]),
      fc.constant({}),
      fc.constant([undefined, null, () => 1]),
      fc.string(),
      fc.jsonValue({ maxDepth: 3 }),
      fc.array(
        fc.dictionary(fc.constantFrom("ruleId", "message", "line", "zzz", "controls"), fc.jsonValue()),
      ),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), odd), fc.boolean(), (edits, drop) => {
        const report: Record<string, unknown> = { ...base };
        for (const [k, v] of Object.entries(edits)) {
          if (drop && v === undefined) delete report[k];
          else report[k] = v;
        }
        expectSame(report as unknown as Report);
      }),
      { numRuns: 500 },
    );
  });
});
