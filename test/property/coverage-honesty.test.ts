// Coverage that cannot be gamed, over the real catalogs and every fixture and example manifest:
//  - no finding cites a control that the same report marks not-applicable;
//  - switching checks off never turns a control green (pass) and never makes it not-applicable: its
//    controls become not-evaluated, or partial with the checks that are off listed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAgents } from "../../src/check.js";
import { loadTexts, type LoadedAgents, type SourceText } from "../../src/sources/texts.js";
import { parseConfig } from "../../src/policy/config.js";
import { loadPolicy } from "../../src/policy/load.js";
import type { Report } from "../../src/report/model.js";
import { isNativeFile } from "../../src/sources/load.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NOW = Date.parse("2026-11-01T00:00:00Z");
const policy = loadPolicy();

/** Agent manifests and native agent configs (.mcp.json, .claude/settings.json, agent cards, ...). */
function manifests(dir: string): SourceText[] {
  const out: SourceText[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const file = path.slice(ROOT.length);
    if (statSync(path).isDirectory()) out.push(...manifests(path));
    else if (/\.agents?\.ya?ml$/.test(name) || isNativeFile(file))
      out.push({ file, text: readFileSync(path, "utf8") });
  }
  return out;
}

// The examples and every fail fixture, native configs included: each check fails somewhere, so every
// control has something to lose.
const SOURCES = [
  ...manifests(join(ROOT, "examples")),
  ...manifests(join(ROOT, "test/fixtures/rules")).filter((s) => /\/fail[./]/.test(s.file)),
];
// Each case re-checks every agent once per switched-off set: slow on a loaded machine, never wrong.
const SLOW = { timeout: 240_000 };

function run(loaded: LoadedAgents, off: readonly string[]): Report {
  const text = off.length === 0 ? "{}" : `checks:\n${off.map((id) => `  ${id}: off`).join("\n")}\n`;
  return checkAgents(loaded, {
    failOn: "high",
    now: NOW,
    policy: { origin: "test", policy, config: parseConfig(text, ".agentpolicy.yml"), packFiles: new Map() },
  }).report;
}

const statuses = (r: Report): Map<string, string> =>
  new Map(r.frameworks.flatMap((fw) => fw.controls.map((c) => [`${fw.id} ${c.id}`, c.status] as const)));

function citesNotApplicable(r: Report): string[] {
  const s = statuses(r);
  return r.findings.flatMap((f) =>
    f.controls
      .filter((c) => s.get(`${c.framework} ${c.id}`) === "not-applicable")
      .map((c) => `${f.ruleId} on ${f.agent ?? f.file} cites ${c.framework} ${c.id}`),
  );
}

/** What switching `off` did that it must never do. */
function gamed(before: Report, after: Report, off: readonly string[]): string[] {
  const was = statuses(before);
  const problems: string[] = [];
  for (const fw of after.frameworks)
    for (const c of fw.controls) {
      const hit = c.checks.filter((id) => off.includes(id));
      if (hit.length === 0) continue;
      const key = `${fw.id} ${c.id}`;
      const prior = was.get(key);
      if (c.status === "pass") problems.push(`${key}: ${prior} → pass with ${hit.join(", ")} off`);
      if (c.status === "not-applicable" && prior !== "not-applicable")
        problems.push(`${key}: ${prior} → not-applicable with ${hit.join(", ")} off`);
      if (c.status !== "not-applicable" && !hit.every((id) => c.checksOff?.includes(id)))
        problems.push(`${key}: ${hit.join(", ")} off but not listed in checksOff`);
    }
  return problems;
}

describe("coverage honesty over the catalogs", () => {
  const loaded = loadTexts(SOURCES);
  const baseline = run(loaded, []);
  const switchable = policy.checks.filter((c) => c.waivable && !c.builtin).map((c) => c.id);

  it("scans enough agents to mean something, native configs among them", () => {
    expect(loaded.agents.length).toBeGreaterThan(60);
    expect(baseline.findings.length).toBeGreaterThan(100);
    const fired = new Set(baseline.findings.map((f) => f.ruleId));
    for (const id of ["AP-MCP-001", "AP-HOST-001", "AP-A2A-001", "AP-NAT-001"])
      expect(fired, id).toContain(id);
  });

  it("never cites a control it marks not applicable", () => {
    expect(citesNotApplicable(baseline)).toEqual([]);
  });

  it("never lets one check switched off turn a control green or not-applicable", SLOW, () => {
    for (const id of switchable) {
      const after = run(loaded, [id]);
      expect(gamed(baseline, after, [id]), id).toEqual([]);
      expect(citesNotApplicable(after), id).toEqual([]);
    }
  });

  it("never lets any set of checks switched off do it either", SLOW, () => {
    fc.assert(
      fc.property(fc.subarray(switchable, { minLength: 1 }), (off) => {
        const after = run(loaded, off);
        expect(gamed(baseline, after, off)).toEqual([]);
        expect(citesNotApplicable(after)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it("shows all statuses the catalogs can produce on these agents", () => {
    // AP-AUDIT-001 off: Art. 12(1) has nothing left to evaluate; AP-GATE-005 off: Art. 14(1), which passes
    // otherwise, becomes partial with the check listed.
    const after = run(loaded, ["AP-AUDIT-001", "AP-GATE-005"]);
    const seen = new Set(statuses(after).values());
    for (const s of ["fail", "partial", "manual", "not-evaluated"]) expect(seen, s).toContain(s);
    const art14 = after.frameworks
      .find((f) => f.id === "eu-ai-act")!
      .controls.find((c) => c.id === "Art. 14(1)")!;
    expect(art14).toMatchObject({ status: "partial", checksOff: ["AP-GATE-005"] });
  });
});
