// The build's snapshot of the built-in discovery catalog must read as exactly the catalog its files read
// as, and must never be used once those files differ from the ones it was taken of.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { readBuiltinCatalog } from "../../src/discovery/catalog.js";
import {
  CATALOG_SNAPSHOT_FILE,
  makeCatalogSnapshot,
  readCatalogSnapshot,
} from "../../src/discovery/catalog-snapshot.js";
import { builtinRulesDir } from "../../src/policy/paths.js";
import { LinearRegExp } from "../../src/util/linear-regexp.js";
import { REPO } from "../helpers/cli.js";
import { expectTiedToFiles } from "../helpers/snapshot.js";

const scratch = mkdtempSync(join(tmpdir(), "ap-catalog-snapshot-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the built-in discovery catalog snapshot", () => {
  const dir = builtinRulesDir();
  const read = readBuiltinCatalog(dir);
  const text = makeCatalogSnapshot(read, dir);

  it("reads as the very catalog the files read as, patterns compiled again", () => {
    const restored = readCatalogSnapshot(text, dir);
    // isDeepStrictEqual compares patterns by source, and key for key
    expect(isDeepStrictEqual(restored, read)).toBe(true);
    expect(restored!.packages.length).toBeGreaterThan(20);
    const withContains = restored!.configs.filter((c) => c.contains);
    expect(withContains.length).toBeGreaterThan(0);
    for (const c of withContains) for (const re of c.contains!) expect(re).toBeInstanceOf(LinearRegExp);
  });

  it("is the one the build ships beside the bundles", () => {
    const shipped = readFileSync(join(REPO, "dist", CATALOG_SNAPSHOT_FILE), "utf8");
    expect(shipped).toBe(text);
  });

  it("is not used once a catalog file changes, is added or is removed; other rule files do not matter", () => {
    const copy = join(scratch, "rules");
    const take = (d: string): string => makeCatalogSnapshot(readBuiltinCatalog(d), d);
    expectTiedToFiles(dir, copy, "discovery", take, readCatalogSnapshot);
    writeFileSync(join(copy, "checks", "zz-extra.yaml"), "checks: []\n");
    expect(isDeepStrictEqual(readCatalogSnapshot(take(dir), copy), read)).toBe(true);
  });

  it("refuses text that is not a current snapshot", () => {
    expect(readCatalogSnapshot("not json", dir)).toBeUndefined();
    expect(readCatalogSnapshot("null", dir)).toBeUndefined();
    expect(readCatalogSnapshot(JSON.stringify({ tag: "another", digest: "x" }), dir)).toBeUndefined();
  });
});
