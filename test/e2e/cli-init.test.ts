// `agentpolicy init`, spawned: the starter files pass check, and nothing is overwritten without --force.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runCli } from "../helpers/cli.js";

const fresh = (): string => mkdtempSync(join(tmpdir(), "agentpolicy-init-"));

describe("agentpolicy init (spawned)", () => {
  it("writes a commented starter manifest and config that pass check with no finding at or above high", () => {
    const dir = fresh();
    const r = runCli(["init"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("wrote agents/example.agent.yaml");
    expect(r.stdout).toContain("wrote .agentpolicy.yml");
    const manifest = readFileSync(join(dir, "agents/example.agent.yaml"), "utf8");
    expect(manifest).toMatch(/^# yaml-language-server: \$schema=/);
    expect(manifest.split("\n").filter((l) => l.includes("#")).length).toBeGreaterThan(10);

    const check = runCli(["check", "-f", "json", "--fail-on", "low"], { cwd: dir });
    const report = JSON.parse(check.stdout);
    expect(report.summary.agents).toBe(1);
    expect(report.errors).toEqual([]);
    const serious = report.findings.filter((f: { severity: string }) =>
      ["critical", "high"].includes(f.severity),
    );
    expect(serious).toEqual([]);
    expect(runCli(["check"], { cwd: dir }).code).toBe(0);
    // the config is valid and documents every setting, commented out
    const config = readFileSync(join(dir, ".agentpolicy.yml"), "utf8");
    for (const key of [
      "include",
      "exclude",
      "frameworks",
      "fail_on",
      "params",
      "checks",
      "packs",
      "waivers",
    ]) {
      expect(config, key).toMatch(new RegExp(`^#? ?${key}:`, "m"));
    }
  });

  it("refuses to overwrite without --force, naming the file, and writes nothing", () => {
    const dir = fresh();
    writeFileSync(join(dir, ".agentpolicy.yml"), "fail_on: low\n");
    const r = runCli(["init"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "agentpolicy init: .agentpolicy.yml already exists; nothing written (use --force to overwrite)\n",
    );
    expect(existsSync(join(dir, "agents/example.agent.yaml"))).toBe(false);
    expect(readFileSync(join(dir, ".agentpolicy.yml"), "utf8")).toBe("fail_on: low\n");

    const forced = runCli(["init", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("overwrote .agentpolicy.yml");
    expect(readFileSync(join(dir, ".agentpolicy.yml"), "utf8")).not.toBe("fail_on: low\n");
  });

  it("refuses to add a second config next to another name", () => {
    const dir = fresh();
    writeFileSync(join(dir, ".agentpolicy.json"), "{}");
    const r = runCli(["init", "--force"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.agentpolicy\.json already exists/);
  });

  it("--workflow also writes the example GitHub workflow", () => {
    const example = join(REPO, "examples/workflows/agentpolicy.yml");
    const dir = fresh();
    const r = runCli(["init", "--workflow"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, ".github/workflows/agentpolicy.yml"), "utf8")).toBe(
      readFileSync(example, "utf8"),
    );
    const again = runCli(["init", "--workflow"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /agents\/example\.agent\.yaml, \.agentpolicy\.yml, \.github\/workflows\/agentpolicy\.yml already exist/,
    );
  });
});
