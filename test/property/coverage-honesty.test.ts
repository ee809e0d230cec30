// Coverage that cannot be gamed, over the real catalogs and every fixture and example manifest:
//  - no finding cites a control that the same report marks not-applicable;
//  - switching checks off never turns a control green (pass) and never makes it not-applicable: its
//    controls become not-evaluated, or partial with the checks that are off listed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAgents, loadTexts, type LoadedAgents, type SourceText } from "../../src/check.js";
import { parseConfig } from "../../src/policy/config.js";
import { loadPolicy } from "../../src/policy/load.js";
import type { Report } from "../../src/report/model.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NOW = Date.parse("2026-11-01T00:00:00Z");
const policy = loadPolicy();

function manifests(dir: string): SourceText[] {
  const out: SourceText[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...manifests(path));
    else if (/\.agents?\.ya?ml$/.test(name))
      out.push({ file: path.slice(ROOT.length), text: readFileSync(path, "utf8") });
  }
  return out;
}

// The examples and every fail fixture: each check fails somewhere, so every control has something to lose.
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

  it("scans enough agents to mean something", () => {
    expect(loaded.agents.length).toBeGreaterThan(60);
    expect(baseline.findings.length).toBeGreaterThan(100);
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
    const seen = new Set(statuses(run(loaded, ["AP-AUDIT-001"])).values());
    for (const s of ["fail", "partial", "manual", "not-evaluated"]) expect(seen, s).toContain(s);
  });
});
