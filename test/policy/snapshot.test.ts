// The build's snapshot of the built-in rules must load as exactly the policy the rule files load as, and
// must never be used once the rule files differ from the ones it was taken of.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { display, loadRuleFolders, readRuleFolder } from "../../src/policy/load.js";
import { builtinRulesDir } from "../../src/policy/paths.js";
import { makeSnapshot, readSnapshot, ruleFolderDigest } from "../../src/policy/snapshot.js";
import type { Policy } from "../../src/policy/types.js";

const scratch = mkdtempSync(join(tmpdir(), "ap-snapshot-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const load = (dir: string): Policy => loadRuleFolders([readRuleFolder(dir)]);

/** Every object and array in a value, for checking that the snapshot's are frozen where loading's are. */
function frozenShape(value: unknown, at = ""): string[] {
  if (value === null || typeof value !== "object") return [];
  const here = [`${at} ${Object.isFrozen(value)}`];
  for (const [k, v] of Object.entries(value)) here.push(...frozenShape(v, `${at}/${k}`));
  return here;
}

describe("the built-in policy snapshot", () => {
  const dir = builtinRulesDir();
  const loaded = load(dir);
  const text = makeSnapshot(loaded, dir, display);

  it("loads as the very policy the rule files load as", () => {
    const restored = readSnapshot(text, dir, display);
    expect(restored).toBeDefined();
    // isDeepStrictEqual: prototypes, undefined-valued properties and -0 count (policy diffs use it)
    expect(isDeepStrictEqual(restored, loaded)).toBe(true);
    expect(frozenShape(restored)).toEqual(frozenShape(loaded));
    expect(restored!.checks.length).toBeGreaterThan(20);
  });

  it("names rule files as loading does from any working directory", () => {
    const before = process.cwd();
    try {
      process.chdir(scratch);
      const there = load(dir);
      expect(isDeepStrictEqual(readSnapshot(text, dir, display), there)).toBe(true);
      expect(there.checks[0]?.source?.file).toBe(
        join(dir, "checks", there.checks[0]!.source!.file.split("/").pop()!),
      );
    } finally {
      process.chdir(before);
    }
  });

  it("is not used once a rule file changes, is added or is removed", () => {
    const copy = join(scratch, "rules");
    cpSync(dir, copy, { recursive: true });
    const copyText = makeSnapshot(load(copy), copy, display);
    expect(readSnapshot(copyText, copy, display)).toBeDefined();
    const digest = ruleFolderDigest(copy);

    writeFileSync(join(copy, "checks", "zz-extra.yaml"), "checks: []\n");
    expect(ruleFolderDigest(copy)).not.toBe(digest);
    expect(readSnapshot(copyText, copy, display)).toBeUndefined();
    rmSync(join(copy, "checks", "zz-extra.yaml"));
    expect(readSnapshot(copyText, copy, display)).toBeDefined();

    const [first] = load(copy).checks;
    const file = join(copy, first!.source!.file.split("/").slice(-2).join("/"));
    cpSync(file, `${file}.bak`);
    writeFileSync(file, "\n", { flag: "a" });
    expect(readSnapshot(copyText, copy, display)).toBeUndefined();
    cpSync(`${file}.bak`, file);
    rmSync(`${file}.bak`);
    expect(readSnapshot(copyText, copy, display)).toBeDefined();
  });

  it("refuses text that is not a current snapshot", () => {
    expect(readSnapshot("not json", dir, display)).toBeUndefined();
    expect(readSnapshot(JSON.stringify({ format: 999 }), dir, display)).toBeUndefined();
  });

  it("refuses to store what JSON cannot hold", () => {
    const odd = (value: unknown): Policy =>
      ({ checks: [{ ...loaded.checks[0]!, when: value }], frameworks: [] }) as unknown as Policy;
    expect(() => makeSnapshot(odd(Number.NaN), dir, display)).toThrow(/no JSON form/);
    expect(() => makeSnapshot(odd(new Date(0)), dir, display)).toThrow(/cannot be stored/);
    expect(() => makeSnapshot(odd({ "$agentpolicy-snapshot:undefined": true }), dir, display)).toThrow(
      /cannot be stored/,
    );
  });
});
