// Shadow-agent discovery through the built CLI: the undeclared projects of a repository-shaped fixture at
// their dependency lines, the inventory beside them, and the AI bill of materials.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runCli } from "../helpers/cli.js";

const FAIL = join(REPO, "test/fixtures/rules/AP-SHADOW-001/fail");
const PASS = join(REPO, "test/fixtures/rules/AP-SHADOW-001/pass");

describe("agentpolicy discovery (spawned)", () => {
  it("check reports undeclared agent code at its dependency lines, and nothing once it is declared", () => {
    const r = runCli(["check", "--format", "json", "--fail-on", "medium"], { cwd: FAIL });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; file: string; line: number }[] };
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([
      "AP-SHADOW-001 services/support-bot/package.json:5",
      "AP-SHADOW-001 tools/mcp-server/pyproject.toml:5",
    ]);
    const pass = runCli(["check", "--format", "json", "--fail-on", "never"], { cwd: PASS });
    const passed = JSON.parse(pass.stdout) as { findings: { ruleId: string }[] };
    expect(passed.findings.filter((f) => f.ruleId.startsWith("AP-SHADOW-"))).toEqual([]);
  });

  it("inventory lists the code components and writes a CycloneDX 1.6 BOM", () => {
    const text = runCli(["inventory"], { cwd: FAIL });
    expect(text.stdout).toMatch(/undeclared\s+code \(agent-framework\)\s+services\/support-bot/);
    const r = runCli(["inventory", "--format", "cyclonedx"], { cwd: PASS });
    expect(r.code).toBe(0);
    const bom = JSON.parse(r.stdout) as {
      specVersion: string;
      components: { purl?: string }[];
      services: { name: string }[];
    };
    expect(bom.specVersion).toBe("1.6");
    expect(bom.components.map((c) => c.purl)).toContain("pkg:npm/%40langchain/langgraph");
    expect(bom.services.map((s) => s.name)).toEqual(
      expect.arrayContaining(["services/support-bot", "support-bot"]),
    );
  });
});
