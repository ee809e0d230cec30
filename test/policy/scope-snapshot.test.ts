// The build's snapshot of the built-in scope catalogs must read as exactly the catalogs their files read
// as (an entry naming several scopes stays one object), and must never be used once the files differ.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { builtinRulesDir } from "../../src/policy/paths.js";
import { readBuiltinCatalogList, type ScopeCatalog } from "../../src/policy/scope-catalog.js";
import {
  makeScopeSnapshot,
  readScopeSnapshot,
  SCOPES_SNAPSHOT_FILE,
} from "../../src/policy/scope-snapshot.js";
import { REPO } from "../helpers/cli.js";
import { expectTiedToFiles } from "../helpers/snapshot.js";

const scratch = mkdtempSync(join(tmpdir(), "ap-scope-snapshot-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** For each catalog, which of its names reach the same entry object as the name before them. */
function sharing(catalogs: readonly ScopeCatalog[]): boolean[][] {
  return catalogs.map((c) => {
    const entries = [...c.exact.values(), ...c.patterns.map((p) => p.entry)];
    return entries.map((e, i) => i > 0 && e === entries[i - 1]);
  });
}

describe("the built-in scope catalog snapshot", () => {
  const dir = builtinRulesDir();
  const read = readBuiltinCatalogList(dir);
  const text = makeScopeSnapshot(read, dir);

  it("reads as the very catalogs the files read as, shared entries shared", () => {
    const restored = readScopeSnapshot(text, dir);
    expect(isDeepStrictEqual(restored, read)).toBe(true);
    expect(sharing(restored!)).toEqual(sharing(read));
    expect(sharing(read).flat()).toContain(true);
    expect(restored!.length).toBeGreaterThan(5);
  });

  it("is the one the build ships beside the bundles", () => {
    expect(readFileSync(join(REPO, "dist", SCOPES_SNAPSHOT_FILE), "utf8")).toBe(text);
  });

  it("is not used once a scope catalog changes, is added or is removed", () => {
    const take = (d: string): string => makeScopeSnapshot(readBuiltinCatalogList(d), d);
    expectTiedToFiles(dir, join(scratch, "rules"), "scopes", take, readScopeSnapshot);
  });

  it("refuses text that is not a current snapshot", () => {
    expect(readScopeSnapshot("[]", dir)).toBeUndefined();
    expect(readScopeSnapshot(JSON.stringify({ tag: "another", digest: "x" }), dir)).toBeUndefined();
  });
});
