// The built-in discovery catalog (rules/discovery/*.yaml), read at build time. Parsing its YAML was the
// largest cost of our own code in a check at a repository root (every run that lists a dependency file
// reads the catalog), and the files only change with a release. The build writes the catalog beside the
// bundles (dist/builtin-discovery.json) with a digest of the files it came from; a run uses it only while
// the files on disk still have that digest (policy/snapshot.ts), else it reads them as always. Pack
// catalogs come with the policy and are never snapshotted.
//
// The snapshot gives the very catalog reading gives (test/discovery/catalog-snapshot.test.ts): `contains`
// patterns are stored as their source and compiled again.
import { folderDigest, shippedText, stampedBody, stampedText } from "../policy/snapshot.js";
import { LinearRegExp } from "../util/linear-regexp.js";
import type { Catalog, CatalogConfig } from "./types.js";

export const CATALOG_SNAPSHOT_FILE = "builtin-discovery.json";
const TAG = "agentpolicy discovery catalog 2";

const digestOf = (rulesDir: string): string => folderDigest(rulesDir, ["discovery"], TAG);

/** The snapshot of `catalog`, which was read from `rulesDir`/discovery. */
export function makeCatalogSnapshot(catalog: Catalog, rulesDir: string): string {
  const configs = catalog.configs.map((c) =>
    c.contains ? { ...c, contains: c.contains.map((re) => re.source) } : c,
  );
  return stampedText(TAG, digestOf(rulesDir), { packages: catalog.packages, configs });
}

/** The catalog a snapshot text holds, if it was taken of `rulesDir`/discovery as it is now. */
export function readCatalogSnapshot(text: string, rulesDir: string): Catalog | undefined {
  const body = stampedBody(text, TAG, () => digestOf(rulesDir));
  if (!body) return undefined;
  const stored = body as unknown as {
    packages: Catalog["packages"];
    configs: (Omit<CatalogConfig, "contains"> & { contains?: string[] })[];
  };
  const configs = stored.configs.map((c): CatalogConfig => {
    const { contains, ...rest } = c;
    if (!contains) return rest;
    // the spread keeps `contains` where reading puts it
    // checked when the build read the catalog: compiled on first use
    return { ...c, contains: contains.map((p) => new LinearRegExp(p, true)) };
  });
  return { packages: stored.packages, configs };
}

/** The snapshot shipped beside the bundle for the built-in `rulesDir`, when it is current. */
export function loadCatalogSnapshot(rulesDir: string): Catalog | undefined {
  const text = shippedText(CATALOG_SNAPSHOT_FILE);
  return text === undefined ? undefined : readCatalogSnapshot(text, rulesDir);
}
