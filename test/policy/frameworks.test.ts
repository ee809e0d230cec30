import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { controlsForCheck } from "../../src/policy/frameworks.js";
import { loadPolicy } from "../../src/policy/load.js";
import { builtinRulesDir } from "../../src/policy/paths.js";
import { validatorFor } from "../../src/policy/schemas.js";
import { readYamlSource } from "../../src/policy/yaml-source.js";

const { checks, frameworks } = loadPolicy();
const fw = (id: string) => frameworks.find((f) => f.id === id)!;
const ids = (id: string) => fw(id).controls.map((c) => c.id);
const control = (framework: string, id: string) => fw(framework).controls.find((c) => c.id === id)!;

describe("built-in frameworks", () => {
  it("are the six catalogs, each citing its edition", () => {
    expect(frameworks.map((f) => [f.id, f.version])).toEqual([
      ["eu-ai-act", "Regulation (EU) 2024/1689, as amended by Regulation (EU) 2026/1744"],
      ["iso-27001", "ISO/IEC 27001:2022, Annex A"],
      ["iso-42001", "ISO/IEC 42001:2023, Annex A"],
      ["nist-ai-rmf", "AI RMF 1.0 (NIST AI 100-1, January 2023)"],
      ["owasp-agentic", "2026 (December 2025), with LLM06:2025 Excessive Agency"],
      ["soc2", "TSC 2017 (revised points of focus, 2022)"],
    ]);
  });

  it("validate against the framework schema as written", () => {
    const validate = validatorFor("framework");
    const dir = join(builtinRulesDir(), "frameworks");
    const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
    expect(files).toHaveLength(6);
    for (const file of files) {
      const ok = validate(readYamlSource(join(dir, file), file).data);
      expect(ok, `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("have at least eight controls each", () => {
    for (const f of frameworks) expect(f.controls.length, f.id).toBeGreaterThanOrEqual(8);
  });

  it("cite controls in each framework's own notation", () => {
    for (const id of ids("eu-ai-act")) expect(id).toMatch(/^Art\. \d+(\(\d+\))*(\([a-z]\))?$/);
    for (const id of ids("nist-ai-rmf")) expect(id).toMatch(/^(GOVERN|MAP|MEASURE|MANAGE) \d+\.\d+$/);
    for (const id of ids("soc2")) expect(id).toMatch(/^CC\d\.\d$/);
    for (const id of ids("iso-27001")) expect(id).toMatch(/^A\.[5-8]\.\d+$/);
    for (const id of ids("iso-42001")) expect(id).toMatch(/^A\.([2-9]|10)\.\d+(\.\d+)?$/);
    for (const id of ids("owasp-agentic")) expect(id).toMatch(/^(ASI(0[1-9]|10)|LLM06:2025)$/);
    expect(ids("eu-ai-act")).toEqual(
      expect.arrayContaining([
        "Art. 5(1)",
        "Art. 12(1)",
        "Art. 14(4)(e)",
        "Art. 19(1)",
        "Art. 26(6)",
        "Art. 50(1)",
      ]),
    );
    expect(ids("nist-ai-rmf")).toEqual(
      expect.arrayContaining(["GOVERN 1.6", "GOVERN 2.1", "MANAGE 2.4", "MEASURE 2.7"]),
    );
    expect(ids("soc2")).toEqual(
      expect.arrayContaining(["CC6.1", "CC6.2", "CC6.3", "CC6.6", "CC7.2", "CC8.1"]),
    );
    expect(ids("iso-27001")).toEqual(expect.arrayContaining(["A.5.15", "A.5.17", "A.8.15", "A.8.31"]));
    expect(ids("iso-42001")).toEqual(expect.arrayContaining(["A.6.2.8", "A.9.4"]));
    expect(ids("owasp-agentic")).toEqual(
      expect.arrayContaining(["ASI01", "ASI03", "ASI04", "ASI10", "LLM06:2025"]),
    );
  });

  it("map every rule-based check to at least one control", () => {
    for (const c of checks.filter((x) => !x.builtin)) {
      expect(controlsForCheck(c.id, frameworks).length, c.id).toBeGreaterThan(0);
    }
  });

  it("mark manual controls, and only those, as having no checks", () => {
    for (const f of frameworks) {
      for (const c of f.controls) {
        expect(c.manual !== c.checks.length > 0, `${f.id} ${c.id}`).toBe(true);
      }
    }
    const manual = fw("eu-ai-act")
      .controls.filter((c) => c.manual)
      .map((c) => c.id);
    expect(manual).toEqual(
      expect.arrayContaining(["Art. 4", "Art. 9(1)", "Art. 17(1)", "Art. 26(1)", "Art. 27(1)", "Art. 49(1)"]),
    );
  });

  it("say for every control whether its citation was verified", () => {
    for (const f of frameworks) {
      for (const c of f.controls) expect(typeof c.verified, `${f.id} ${c.id}`).toBe("boolean");
    }
  });

  it("apply the dates of Regulation (EU) 2026/1744 to Chapter III Sections 1-3 only, keeping the original", () => {
    expect(control("eu-ai-act", "Art. 5(1)").applicability).toMatchObject({
      tiers: ["prohibited"],
      applies_from: "2025-02-02",
      verified: true,
    });
    expect(control("eu-ai-act", "Art. 50(1)").applicability).toMatchObject({
      role: ["provider"],
      applies_from: "2026-08-02",
      verified: true,
    });
    // Arts 6 to 27 (Chapter III, Sections 1 to 3) moved; the original date stays in the history.
    const article = (id: string): number => Number(/^Art\. (\d+)/.exec(id)![1]);
    const postponed = fw("eu-ai-act").controls.filter((c) => article(c.id) >= 6 && article(c.id) <= 27);
    expect(postponed.length).toBeGreaterThan(10);
    for (const c of postponed) {
      expect(c.applicability, c.id).toMatchObject({ applies_from: "2027-12-02", verified: false });
      expect(c.applicability!.amendments, c.id).toEqual([
        expect.objectContaining({ applies_from: "2027-12-02", replaces: "2026-08-02", verified: false }),
      ]);
      expect(c.applicability!.amendments![0]!.urls!.length, c.id).toBeGreaterThan(0);
    }
    // Not covered by the postponement: literacy, prohibitions, registration, transparency, post-market.
    expect(control("eu-ai-act", "Art. 4").applicability?.applies_from).toBe("2025-02-02");
    for (const id of ["Art. 49(1)", "Art. 50(1)", "Art. 72(1)", "Art. 73(1)"])
      expect(control("eu-ai-act", id).applicability?.applies_from, id).toBe("2026-08-02");
    // The sources disagree on the new wording of Art. 4: the catalog says so.
    expect(control("eu-ai-act", "Art. 4").applicability!.amendments![0]).toMatchObject({ verified: false });
    expect(control("eu-ai-act", "Art. 4").applicability!.amendments![0]!.note).toMatch(/disagree/);
    expect(control("eu-ai-act", "Art. 12(1)").applicability?.role).toEqual(["provider"]);
    expect(control("eu-ai-act", "Art. 26(6)").applicability?.role).toEqual(["deployer"]);
  });

  it("carry the audit's re-mappings", () => {
    const checksOf = (fwId: string, id: string): string[] => control(fwId, id).checks;
    // Art. 26(2) is competence, training and authority: no four-eyes, no sensitive-permission gate.
    expect(checksOf("eu-ai-act", "Art. 26(2)")).not.toContain("AP-GATE-006");
    expect(checksOf("eu-ai-act", "Art. 26(2)")).not.toContain("AP-GATE-001");
    expect(control("eu-ai-act", "Art. 26(2)").summary).toMatch(/competence, training and authority/);
    // four-eyes is Art. 14(5), remote biometric identification only
    expect(control("eu-ai-act", "Art. 14(5)").applicability?.annex_iii).toEqual(["biometrics"]);
    expect(checksOf("eu-ai-act", "Art. 14(5)")).toContain("AP-GATE-006");
    // chat disclosure is Art. 50(1), not Art. 26(11)
    expect(control("eu-ai-act", "Art. 26(11)").manual).toBe(true);
    expect(checksOf("eu-ai-act", "Art. 26(11)")).toEqual([]);
    expect(checksOf("eu-ai-act", "Art. 50(1)")).toEqual(["AP-TRN-001", "AP-TRN-002", "AP-TRN-003"]);
    expect(control("eu-ai-act", "Art. 26(7)").summary).toMatch(/inform/);
    expect(control("eu-ai-act", "Art. 26(7)").summary).not.toMatch(/consult/);
    expect(control("eu-ai-act", "Art. 27(1)").summary).toMatch(/5\(b\).*5\(c\)/);
    expect(control("eu-ai-act", "Art. 73(1)").summary).toMatch(/15 days.*2 days.*10 days/);
    expect(control("soc2", "CC7.4").title).toContain("defined incident response program");
    // no gate of any kind shows competence, training or authority; named approvers at most, partially
    expect(checksOf("eu-ai-act", "Art. 26(2)").filter((id) => id.startsWith("AP-GATE-"))).toEqual([
      "AP-GATE-004",
    ]);
    // unexpected code execution: gates on code execution, sandbox and egress, all partial; threshold and
    // tool gates do not concern it
    expect([...checksOf("owasp-agentic", "ASI05")].sort()).toEqual([
      "AP-GATE-001",
      "AP-RUN-001",
      "AP-RUN-002",
    ]);
    for (const m of control("owasp-agentic", "ASI05").mappings) expect(m.strength, m.check).toBe("partial");
    // change management: deployment gates only
    for (const [f, id] of [
      ["soc2", "CC8.1"],
      ["iso-27001", "A.8.32"],
    ] as const) {
      expect(checksOf(f, id), id).toEqual(["AP-GATE-001"]);
      expect(control(f, id).mappings[0]!.items, id).toEqual({
        categories: ["deployment"],
        actions: ["deploy"],
      });
    }
  });

  it("flag the stretches the audit named as partial, with a note", () => {
    const stretches: [string, string, string][] = [
      ["nist-ai-rmf", "GOVERN 1.1", "AP-RISK-002"],
      ["nist-ai-rmf", "GOVERN 1.7", "AP-ID-009"],
      ["nist-ai-rmf", "MANAGE 3.2", "AP-SUP-001"],
      ["iso-42001", "A.4.4", "AP-SUP-002"],
      ["owasp-agentic", "ASI05", "AP-GATE-001"],
      ["owasp-agentic", "ASI07", "AP-DLG-001"],
      ["eu-ai-act", "Art. 14(1)", "AP-OVS-002"],
      ["eu-ai-act", "Art. 15(1)", "AP-SUP-001"],
      ["soc2", "CC1.3", "AP-ID-003"],
      ["soc2", "CC6.6", "AP-CRED-001"],
      // the same stretches, for the checks that extend them (models[], sub-agent autonomy)
      ["nist-ai-rmf", "MANAGE 3.2", "AP-SUP-005"],
      ["eu-ai-act", "Art. 15(1)", "AP-SUP-005"],
      ["eu-ai-act", "Art. 14(1)", "AP-DLG-005"],
    ];
    for (const [f, id, check] of stretches) {
      const m = control(f, id).mappings.find((x) => x.check === check);
      expect(m, `${f} ${id} ${check}`).toMatchObject({ strength: "partial", note: expect.any(String) });
    }
    for (const f of frameworks)
      for (const c of f.controls) {
        expect(
          c.mappings.map((m) => m.check),
          `${f.id} ${c.id}`,
        ).toEqual(c.checks);
        for (const m of c.mappings)
          if (m.strength === "partial") expect(m.note, `${c.id} ${m.check}`).toBeTruthy();
      }
  });
});

describe("controlsForCheck", () => {
  it("lists each control a check evidences, across frameworks", () => {
    expect(controlsForCheck("AP-OVS-001", frameworks).map((c) => `${c.framework} ${c.id}`)).toEqual([
      "eu-ai-act Art. 14(4)(e)",
      "iso-27001 A.5.24",
      "iso-42001 A.6.2.6",
      "nist-ai-rmf MANAGE 2.4",
      "owasp-agentic ASI08",
      "owasp-agentic ASI10",
      "soc2 CC7.4",
    ]);
    expect(controlsForCheck("AP-OVS-001", frameworks)[0]).toEqual({
      framework: "eu-ai-act",
      id: "Art. 14(4)(e)",
      title: "Human oversight",
    });
  });

  it("is empty for an unmapped or unknown check", () => {
    expect(controlsForCheck("AP-SCHEMA-001", frameworks)).toEqual([]);
    expect(controlsForCheck("NOPE-001", frameworks)).toEqual([]);
  });
});
