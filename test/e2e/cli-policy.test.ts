import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO, runCli } from "../helpers/cli.js";

describe("agentpolicy rules / explain / schema (spawned)", () => {
  it("rules --format json lists checks with controls", () => {
    const r = runCli(["rules", "--format", "json"]);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as {
      id: string;
      title: string;
      severity: string;
      controls: { framework: string; id: string }[];
    }[];
    expect(rules.length).toBeGreaterThanOrEqual(12);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^AP-[A-Z][A-Z0-9]*-\d{3}$/);
      expect(rule.title.length).toBeGreaterThan(0);
      expect(["critical", "high", "medium", "low", "info"]).toContain(rule.severity);
      for (const c of rule.controls) expect(Object.keys(c).sort()).toEqual(["framework", "id"]);
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(rules.find((x) => x.id === "AP-CRED-003")?.controls.length).toBeGreaterThan(0);
  });

  it("rules text lists ids and a count", () => {
    const r = runCli(["rules"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^AP-CRED-003\s+(critical|high|medium|low|info)\s+\S/m);
    expect(r.stdout).toMatch(/\n\d+ checks\n$/);
  });

  it("explain shows a check with its controls, and a control with its checks", () => {
    const check = runCli(["explain", "ap-cred-003"]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("AP-CRED-003");
    expect(check.stdout).toContain("max_token_ttl");
    expect(check.stdout).toMatch(/Evidences\n\s+\S+/);

    const control = runCli(["explain", "soc2:CC6.1"]);
    expect(control.code).toBe(0);
    expect(control.stdout).toContain("CC6.1");
    expect(control.stdout).toMatch(/Evidenced by\n\s+AP-/);
  });

  it("schema prints the manifest JSON Schema", () => {
    const r = runCli(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse(readFileSync(join(REPO, "schema/agent.schema.json"), "utf8")),
    );
  });
});
