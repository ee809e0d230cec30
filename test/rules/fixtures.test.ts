// Every rule-based check proves itself on a fixture pair in test/fixtures/rules/<CHECK-ID>/:
//   fail.agent.yaml (or a fail/ folder of manifests, for cross-manifest checks) with one
//   `# expect: /pointer` comment per finding the check must raise in that file, and
//   pass.agent.yaml (or pass/) on which the check must stay silent.
// A check without a pair fails this suite; so does a fixture folder for a check that does not exist.
// Native agent configs (.mcp.json, .claude/settings.json, ...) sit in fail/ or pass/ folders at the paths
// their hosts read, with the expected findings in fail/expect.txt as "file pointer" lines.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.js";
import { loadPolicy } from "../../src/policy/load.js";
import { loadTexts } from "../../src/sources/texts.js";
import { isNativeFile } from "../../src/sources/load.js";
import { applyScopes } from "../../src/scopes/apply.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/rules", import.meta.url));
const NOW = Date.UTC(2026, 10, 1);
const MANIFEST = /\.agent\.(ya?ml|json)$/;
const EXPECT = /^#\s*expect:\s*(\S*)\s*$/;

const { checks } = loadPolicy();
const ruleChecks = checks.filter((c) => !c.builtin);

interface FixtureFile {
  /** Path shown in failures, relative to the check's fixture folder. */
  file: string;
  text: string;
  expects: string[];
}

/** The files of one side (fail or pass) of a check's pair, or undefined when there is none. */
function side(checkId: string, name: "fail" | "pass"): FixtureFile[] | undefined {
  const dir = join(FIXTURES, checkId);
  const single = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && MANIFEST.test(f));
  const folder = join(dir, name);
  const files = single
    ? [single]
    : existsSync(folder) && statSync(folder).isDirectory()
      ? (readdirSync(folder, { recursive: true }) as string[])
          .map((f) => f.split("\\").join("/"))
          .filter((f) => MANIFEST.test(f) || isNativeFile(f))
          .sort()
          .map((f) => `${name}/${f}`)
      : [];
  if (files.length === 0) return undefined;
  const listed = join(folder, "expect.txt");
  const nativeExpects = existsSync(listed)
    ? readFileSync(listed, "utf8")
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "" && !l.startsWith("#"))
    : [];
  return files.map((file) => {
    if (isNativeFile(file)) {
      const rel = file.slice(name.length + 1);
      const expects = nativeExpects
        .filter((l) => l.split(" ")[0] === rel)
        .map((l) => l.slice(rel.length + 1));
      return { file, text: readFileSync(join(dir, file), "utf8"), expects };
    }
    const text = readFileSync(join(dir, file), "utf8");
    const expects = text
      .split("\n")
      .map((l) => EXPECT.exec(l)?.[1])
      .filter((p): p is string => p !== undefined);
    return { file, text, expects };
  });
}

/** Parses and evaluates one side with every loaded check; returns each finding as "file pointer". */
function run(files: FixtureFile[]): { hits: Map<string, string[]>; problems: string[] } {
  const problems: string[] = [];
  // the same loading as a check of these files: manifests, native configs and the `sources:` overlay
  const loaded = loadTexts(files);
  for (const e of loaded.errors) problems.push(`${e.file}:${e.line}: ${e.message}`);
  // as the pipeline does (src/check.ts): scopes are derived before rules run
  const agents = applyScopes(loaded.agents);
  const result = evaluate(agents, checks, { now: NOW });
  for (const e of result.errors) problems.push(`${e.ruleId} threw: ${e.message}`);
  const hits = new Map<string, string[]>();
  for (const f of result.findings) {
    if (f.ruleId.startsWith("AP-SCHEMA-")) problems.push(`${f.ruleId} at ${f.pointer}: ${f.message}`);
    const list = hits.get(f.ruleId) ?? [];
    list.push(`${agents[f.agentIndex]!.doc.file} ${f.pointer}`);
    hits.set(f.ruleId, list);
  }
  return { hits, problems };
}

describe("rule fixtures", () => {
  it("exist only for checks that exist", () => {
    const known = new Set(checks.map((c) => c.id));
    const stray = readdirSync(FIXTURES).filter((d) => !known.has(d));
    expect(stray).toEqual([]);
  });

  describe.each(ruleChecks.map((c) => [c.id]))("%s", (id) => {
    it("has a fixture pair", () => {
      expect(existsSync(join(FIXTURES, id)), `missing folder test/fixtures/rules/${id}`).toBe(true);
      expect(side(id, "fail"), `missing fail.agent.yaml or fail/ for ${id}`).toBeDefined();
      expect(side(id, "pass"), `missing pass.agent.yaml or pass/ for ${id}`).toBeDefined();
    });

    it("fires exactly where the fail fixture expects", () => {
      const files = side(id, "fail") ?? [];
      const expected = files.flatMap((f) => f.expects.map((p) => `${f.file} ${p}`)).sort();
      expect(expected.length, `no '# expect: /pointer' line in the fail fixture of ${id}`).toBeGreaterThan(0);
      const { hits, problems } = run(files);
      expect(problems).toEqual([]);
      expect((hits.get(id) ?? []).sort()).toEqual(expected);
    });

    it("stays silent on the pass fixture", () => {
      const files = side(id, "pass") ?? [];
      expect(files.length).toBeGreaterThan(0);
      expect(
        files.flatMap((f) => f.expects),
        "a pass fixture expects nothing",
      ).toEqual([]);
      const { hits, problems } = run(files);
      expect(problems).toEqual([]);
      expect(hits.get(id) ?? []).toEqual([]);
    });
  });
});
