// "At least six months" (EU AI Act Art. 19(1), Art. 26(6)) means six calendar months: the default minimum of
// AP-AUDIT-002 is the legal text itself (P6M), so a retention written as P6M, or as any number of days a
// six-month period can have, meets it, and a shorter one does not.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.js";
import { normalise } from "../../src/manifest/normalise.js";
import { parseSource } from "../../src/manifest/parse.js";
import { loadPolicy } from "../../src/policy/load.js";

const PASS = fileURLToPath(new URL("../fixtures/rules/AP-AUDIT-002/pass.agent.yaml", import.meta.url));
const { checks } = loadPolicy();
const audit002 = checks.filter((c) => c.id === "AP-AUDIT-002");

function findings(retention: string): number {
  const text = readFileSync(PASS, "utf8").replace("retention: 400d", `retention: ${retention}`);
  const agents = parseSource("a.agent.yaml", text).documents.map(normalise);
  return evaluate(agents, audit002, { now: Date.UTC(2026, 10, 1) }).findings.length;
}

describe("AP-AUDIT-002 six months", () => {
  it("defaults to the legal text, P6M", () => {
    expect(audit002[0]!.params.min_log_retention!.default).toBe("P6M");
  });
  it.each(["P6M", "184d", "183d", "P1Y", "400d"])("accepts %s", (r) => {
    expect(findings(r)).toBe(0);
  });
  it.each(["90d", "P3M", "30d"])("refuses %s", (r) => {
    expect(findings(r)).toBe(1);
  });
});
