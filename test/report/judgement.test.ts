// The judgement pieces end to end through the core: manual controls attested by linked evidence (and not
// by stale evidence), the tier cross-check, and the policy record with what the config changed.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkAgents } from "../../src/check.js";
import { loadTexts } from "../../src/sources/texts.js";
import { formatHtml } from "../../src/format/html.js";
import { formatMarkdown } from "../../src/format/markdown.js";
import { parseConfig } from "../../src/policy/config.js";
import { loadPolicy } from "../../src/policy/load.js";
import type { Report } from "../../src/report/model.js";

const NOW = Date.parse("2026-11-01T00:00:00Z");
const fixture = (id: string, side: "pass" | "fail"): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/rules/${id}/${side}.agent.yaml`, import.meta.url)), "utf8");

function check(text: string, config?: string): Report {
  // as the shells apply a config: its params become the run's params
  const loaded = config ? parseConfig(config, ".agentpolicy.yml") : undefined;
  const policy = loaded
    ? { origin: "test", policy: loadPolicy(), config: loaded, packFiles: new Map<string, string>() }
    : undefined;
  return checkAgents(loadTexts([{ file: "agents/a.agent.yaml", text }]), {
    failOn: "high",
    now: NOW,
    ...(policy ? { policy } : {}),
    ...(loaded?.settings.params ? { params: loaded.settings.params } : {}),
  }).report;
}

const control = (r: Report, fw: string, id: string) =>
  r.frameworks.find((f) => f.id === fw)!.controls.find((c) => c.id === id)!;

describe("attested manual controls", () => {
  it("attests Art. 27(1) and Art. 26(9) with fresh evidence, showing link and date", () => {
    const r = check(fixture("AP-EVID-001", "pass"));
    expect(control(r, "eu-ai-act", "Art. 27(1)")).toMatchObject({
      status: "attested",
      attested: [
        {
          agent: "credit-scorer",
          kind: "fria",
          ref: "https://grc.example.com/fria/credit-scorer",
          date: "2026-05-04",
        },
      ],
    });
    expect(control(r, "eu-ai-act", "Art. 26(9)").status).toBe("attested");
    // registration is a provider duty: the deployer's registration does not attest Art. 49(1)
    expect(control(r, "eu-ai-act", "Art. 49(1)").status).toBe("not-applicable");
    // a manual control without evidence stays manual
    expect(control(r, "eu-ai-act", "Art. 26(7)").status).toBe("manual");
  });

  it("does not attest with stale evidence, and reports the stale evidence", () => {
    const r = check(fixture("AP-EVID-001", "fail"));
    expect(control(r, "eu-ai-act", "Art. 27(1)").status).toBe("manual");
    expect(control(r, "eu-ai-act", "Art. 26(9)").status).toBe("attested");
    const stale = r.findings.filter((f) => f.ruleId === "AP-EVID-001");
    expect(stale.map((f) => f.path)).toEqual(["/compliance/fria"]);
    expect(stale[0]!.message).toContain("2025-06-30");
    // a longer max_evidence_age makes it fresh again
    const lenient = check(fixture("AP-EVID-001", "fail"), "params:\n  max_evidence_age: 800d\n");
    expect(control(lenient, "eu-ai-act", "Art. 27(1)").status).toBe("attested");
    expect(lenient.findings.filter((f) => f.ruleId === "AP-EVID-001")).toEqual([]);
  });

  it("does not attest with evidence dated in the future", () => {
    const r = check(fixture("AP-EVID-002", "fail"));
    expect(control(r, "eu-ai-act", "Art. 43(2)").status).toBe("manual");
    expect(control(r, "eu-ai-act", "Art. 72(1)").status).toBe("attested");
  });
});

describe("tier cross-check", () => {
  it("names the Annex III point it suspects and the word that suggested it", () => {
    const r = check(fixture("AP-TIER-001", "fail"));
    const [f] = r.findings.filter((x) => x.ruleId === "AP-TIER-001");
    expect(f!.message).toMatch(/Annex III point 4\(a\) \(employment: recruitment and selection\)/);
    expect(f!.message).toContain('mentions "hiring"');
    expect(f!.controls.map((c) => `${c.framework} ${c.id}`)).toContain("eu-ai-act Art. 6(2)");
  });

  it.each([
    ["Scores applicants' creditworthiness for consumer loans", "5(b)"],
    ["Prices life insurance premiums from health questionnaires", "5(c)"],
    ["Grading essays for the final exams", "3(b)"],
    ["Facial recognition at the office entrance", "1(a)"],
  ])("suspects %s as point %s", (purpose, point) => {
    const text = fixture("AP-TIER-001", "pass").replace("Product documentation search", purpose);
    const r = check(text);
    const found = r.findings.filter((x) => x.ruleId === "AP-TIER-001");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(`point ${point} `);
  });

  it("lets an organisation tune the keywords as params", () => {
    const text = fixture("AP-TIER-001", "pass").replace("Product documentation search", "Ranks sales leads");
    expect(check(text).findings.filter((x) => x.ruleId === "AP-TIER-001")).toEqual([]);
    const tuned = check(text, "params:\n  annex_iii_4b_keywords: [ranks sales*]\n");
    expect(tuned.findings.filter((x) => x.ruleId === "AP-TIER-001")).toHaveLength(1);
  });
});

describe("policy record", () => {
  const text = fixture("AP-EVID-001", "pass");

  it("records the built-in defaults when there is no config", () => {
    const r = check(text);
    expect(r.policy).toMatchObject({ source: { side: "built-in" }, overrides: [], params: {} });
    expect(r.policy!.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.policy!.rulePacks![0]).toMatchObject({ name: "agentpolicy (built-in)" });
  });

  it("records checks off or re-graded, refused settings and non-default params", () => {
    const config =
      "checks:\n  AP-MON-001: off\n  AP-ID-004: low\n  AP-CRED-001: off\nparams:\n  max_token_ttl: 8h\n  min_log_retention: P6M\n";
    const r = check(text, config);
    expect(r.policy).toMatchObject({
      source: { side: "head", file: ".agentpolicy.yml" },
      overrides: [
        { check: "AP-CRED-001", setting: "off", applied: false },
        { check: "AP-ID-004", setting: "low" },
        { check: "AP-MON-001", setting: "off" },
      ],
      params: { max_token_ttl: "8h" },
    });
    expect(r.policy!.digest).not.toBe(check(text).policy!.digest);
    expect(check(text, config).policy!.digest).toBe(r.policy!.digest);
    for (const out of [formatHtml({ report: r, rules: [] }), formatMarkdown({ report: r, rules: [] })]) {
      expect(out).toContain("Policy in force");
      expect(out).toContain("AP-MON-001 switched off");
      expect(out).toMatch(/max\\?_token\\?_ttl = 8h/);
    }
  });
});
