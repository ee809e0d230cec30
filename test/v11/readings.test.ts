// Manifest v1.1 "semantics that must not be lenient", end to end through parse → normalise → evaluate
// with the built-in rules: each reading that v1 took too leniently, and what it reads as now.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.js";
import { declared, hasMarker, moreAutonomous, pinnedVersion } from "../../src/engine/readings.js";
import { normalise } from "../../src/manifest/normalise.js";
import { parseSource } from "../../src/manifest/parse.js";
import { loadPolicy } from "../../src/policy/load.js";

const NOW = Date.UTC(2026, 10, 1);
const { checks } = loadPolicy();
const BASE = readFileSync(
  fileURLToPath(new URL("../fixtures/rules/AP-DLG-005/pass/matcher.agent.yaml", import.meta.url)),
  "utf8",
);

function findings(
  ...texts: string[]
): Array<{ ruleId: string; pointer: string; message: string; severity: string }> {
  const agents = texts.flatMap((t, i) => parseSource(`a${i}.agent.yaml`, t).documents).map(normalise);
  const result = evaluate(agents, checks, { now: NOW });
  expect(result.errors).toEqual([]);
  return result.findings;
}
const ids = (fs: Array<{ ruleId: string }>): string[] => fs.map((f) => f.ruleId).sort();

describe("the base manifest", () => {
  it("has no finding at all, so every difference below comes from the change made to it", () => {
    expect(findings(BASE)).toEqual([]);
  });
});

describe("durations with calendar months and years", () => {
  const highRisk = (retention: string): string =>
    BASE.replace("eu_ai_act: minimal", "eu_ai_act: high\n  annex_iii: employment").replace(
      "retention: 400d",
      `retention: ${retention}`,
    );
  it.each(["P6M", "6mo", "183d", "7y", "P1Y"])("retention %s meets the six-month minimum", (r) => {
    expect(ids(findings(highRisk(r))).filter((id) => id === "AP-AUDIT-002")).toEqual([]);
  });
  it.each(["180d", "P5M", "26w"])("retention %s does not", (r) => {
    expect(ids(findings(highRisk(r))).filter((id) => id === "AP-AUDIT-002")).toEqual(["AP-AUDIT-002"]);
  });
});

describe("a bad duration is one finding", () => {
  it.each(["7 years", "soon", "true", "-5", "[1h]"])("ttl: %s", (ttl) => {
    const fs = findings(BASE.replace("ttl: 15m", `ttl: ${ttl}`));
    expect(fs).toHaveLength(1);
    expect(fs[0]!.pointer).toBe("/credentials/0/ttl");
    expect(fs[0]!.message).toContain("6mo, 7y");
  });
  it("ttl 0 and absurd lengths are schema findings", () => {
    for (const ttl of ["0", "0s", "PT0S", "200y"]) {
      const fs = findings(BASE.replace("ttl: 15m", `ttl: ${ttl}`));
      expect(
        fs.map((f) => `${f.ruleId} ${f.pointer}`),
        ttl,
      ).toEqual(["AP-SCHEMA-003 /credentials/0/ttl"]);
    }
  });
});

describe("monitoring", () => {
  it.each(["none", "'false'", "off", "''", "N/A"])("siem: %s is not monitoring", (siem) => {
    const fs = findings(BASE.replace("siem: sentinel", `siem: ${siem}`));
    expect(fs.filter((f) => f.ruleId === "AP-MON-001")).toHaveLength(1);
    // and the checks that assume a SIEM do not run on it
    expect(fs.filter((f) => f.ruleId === "AP-MON-002" || f.ruleId === "AP-MON-003")).toEqual([]);
  });
});

describe("version pins", () => {
  const tool = (version: string): string =>
    `${BASE}tools:\n- name: github\n  type: a2a\n  source: https://agents.example.com/github\n  version: ${version}\n`;
  it.each([
    "'^1.2'",
    "'~1'",
    "'>=2'",
    "'*'",
    "x",
    "1.x",
    "latest",
    "Latest",
    "stable",
    "'2'",
    "2",
    "v2",
    "'1 - 2'",
  ])("%s is not pinned", (v) => {
    expect(findings(tool(v)).filter((f) => f.ruleId === "AP-SUP-002")).toHaveLength(1);
  });
  it.each(["0.9.1", "v1.2.3", "'2026-09-01'", "1.2", "1.4.0-rc.1"])("%s is pinned", (v) => {
    expect(findings(tool(v)).filter((f) => f.ruleId === "AP-SUP-002")).toEqual([]);
  });
  it("the model version too", () => {
    const fs = findings(BASE.replace("version: '2026-09-01'", "version: '^4'"));
    expect(ids(fs)).toEqual(["AP-SUP-001"]);
  });
});

describe("production markers", () => {
  it("match whole segments and hyphenated names", () => {
    expect(hasMarker("postgres://finco-dwh/ledger", ["finco-dwh"])).toBe(true);
    expect(hasMarker("postgres://finco-dwh-replica/ledger", ["finco-dwh"])).toBe(true);
    expect(hasMarker("postgres://finco/dwh-test", ["finco-dwh"])).toBe(false);
    expect(hasMarker("postgres://finco-dwhx/ledger", ["finco-dwh"])).toBe(false);
    expect(hasMarker("k8s://prod-eu-west-1/payments", ["prod"])).toBe(true);
    expect(hasMarker("k8s://prod-eu-west-1/payments", ["prod-eu-west-1"])).toBe(true);
    expect(hasMarker("s3://product-images", ["prod"])).toBe(false);
    expect(hasMarker("https://live.example.com", ["live"])).toBe(true);
    expect(hasMarker("https://api.prod.example.com/x", ["prod.example.com"])).toBe(true);
    expect(hasMarker("s3://analytics_prod/x", ["prod"])).toBe(true);
  });
  it("a development agent reaching a hyphenated production name is found", () => {
    const dev = BASE.replace("environment: production", "environment: development").replace(
      "postgres://finance/invoices",
      "postgres://prod-eu-west-1/invoices",
    );
    expect(findings(dev).filter((f) => f.ruleId === "AP-PERM-005")).toHaveLength(1);
  });
});

describe("misspelt governed sections", () => {
  it("are judged as the section they name, with one high finding", () => {
    const text = BASE.replace("credentials:", "credential:").replace(
      "type: workload-identity",
      "type: static-token",
    );
    const fs = findings(text);
    const misspelt = fs.filter((f) => f.ruleId === "AP-SCHEMA-004");
    expect(misspelt).toHaveLength(1);
    expect(misspelt[0]).toMatchObject({ pointer: "/credential", severity: "high" });
    // the static token is found, and located where it is written
    const stat = fs.find((f) => f.ruleId === "AP-CRED-002");
    expect(stat?.pointer).toBe("/credential/0/type");
    // no "unknown field" and no "no credentials" on top
    expect(fs.filter((f) => f.ruleId === "AP-SCHEMA-002")).toEqual([]);
  });
  it("a permission: section is judged too", () => {
    const text = BASE.replace("permissions:", "permission:").replace("actions: [read]", "actions: ['*']");
    const fs = findings(text);
    expect(fs.some((f) => f.ruleId === "AP-SCHEMA-004" && f.pointer === "/permission")).toBe(true);
    expect(fs.some((f) => f.ruleId.startsWith("AP-PERM") && f.pointer.startsWith("/permission/0"))).toBe(
      true,
    );
  });
  it("leave declared fields and x- extensions alone", () => {
    const text = `${BASE}x-cost-centre: fin-42\nx-approval: {ticket: FIN-1}\n`.replace(
      "metadata:\n",
      "metadata:\n  x-team-slack: '#finance'\n",
    );
    expect(findings(text)).toEqual([]);
  });
});

describe("operations", () => {
  it("declared", () => {
    expect([undefined, null, false, "", " ", "none", "NONE", "off", "n/a", []].map(declared)).toEqual(
      Array(10).fill(false),
    );
    expect(["sentinel", "splunk", ["none", "splunk"], { name: "x" }].map(declared)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
  it("pinnedVersion", () => {
    expect(pinnedVersion(undefined)).toBe(false);
    expect(pinnedVersion(1.5)).toBe(true);
    expect(pinnedVersion(3)).toBe(false);
    expect(pinnedVersion("1.2.3 || 2")).toBe(false);
  });
  it("moreAutonomous", () => {
    expect(moreAutonomous("autonomous", "supervised")).toBe(true);
    expect(moreAutonomous(undefined, "human-in-the-loop")).toBe(true);
    expect(moreAutonomous("supervised", "supervised")).toBe(false);
    expect(moreAutonomous(undefined, "autonomous")).toBe(false);
    expect(moreAutonomous("autonomous", undefined)).toBe(false);
  });
});
