// A detected secret never reaches an output: not in a message, a snippet, a location, the inventory or
// debug output, in any format, and not where the same value is repeated in a field the scanner does not
// own (a description, a label, an owner, another agent, a key).
import { beforeAll, describe, expect, it } from "vitest";
import { FORMATS } from "../../src/format/names.js";
import type { Report } from "../../src/report/model.js";
import { tempTree } from "../helpers/cli.js";
import { runCapped, STACK_TRACE, type CappedRun } from "./harness.js";
import { LEAKY_FILES, leaked, SECRETS } from "./leaky.js";

const INVENTORY_FORMATS = ["text", "json", "csv", "markdown"] as const;

let root: string;
const checks = new Map<string, CappedRun>();
const inventories = new Map<string, CappedRun>();

beforeAll(async () => {
  root = tempTree(LEAKY_FILES);
  const runs = await Promise.all([
    ...FORMATS.map((f) => runCapped(["check", "--format", f, "--debug"], root)),
    ...INVENTORY_FORMATS.map((f) => runCapped(["inventory", "--format", f, "--debug"], root)),
  ]);
  FORMATS.forEach((f, i) => checks.set(f, runs[i]!));
  INVENTORY_FORMATS.forEach((f, i) => inventories.set(f, runs[FORMATS.length + i]!));
}, 120_000);

describe("detected secrets", () => {
  it("are reported as findings at each place the scanner finds them", () => {
    const report = JSON.parse(checks.get("json")!.stdout) as Report;
    const at = report.findings
      .filter((f) => f.ruleId === "AP-CRED-001" && f.file === "agents/leaky.agent.yaml")
      .map((f) => f.line);
    // description, labels.token, the key, credentials 0-3
    expect(at).toEqual(expect.arrayContaining([5, 8, 9, 15, 18, 21, 24]));
    expect(report.findings.some((f) => f.message.includes("[REDACTED]"))).toBe(true);
    // the other agent is checked too, and its fields are redacted rather than dropped
    expect(report.findings.some((f) => f.file === "agents/copycat.agent.yaml")).toBe(true);
  });

  it.each(FORMATS)("never appear in the %s report, even with --debug", (format) => {
    const run = checks.get(format)!;
    expect(run.code).toBe(1);
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(leaked(run.stdout)).toEqual([]);
    expect(leaked(run.stderr)).toEqual([]);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it.each(INVENTORY_FORMATS)("never appear in the %s inventory", (format) => {
    const run = inventories.get(format)!;
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/copycat/);
    expect(leaked(run.stdout)).toEqual([]);
    expect(leaked(run.stderr)).toEqual([]);
  });

  it("are redacted where they were copied, so the fields still show that something was there", () => {
    const inventory = JSON.parse(inventories.get("json")!.stdout) as {
      agents: { name: string; owner?: string }[];
    };
    expect(inventory.agents.find((a) => a.name === "copycat")?.owner).toBe("[REDACTED]");
    expect(SECRETS.apiKey.length).toBeGreaterThan(4);
  });
});
