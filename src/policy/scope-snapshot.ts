// The built-in scope catalogs (rules/scopes/*.yaml), read at build time, like the discovery catalog
// (discovery/catalog-snapshot.ts): the build writes them beside the bundles (dist/builtin-scopes.json),
// and a run that meets a permission with `scopes` uses them only while the files on disk still have the
// digest they were taken of. Pack catalogs are read from their YAML with the policy.
//
// A catalog entry listing several scope names is one object reached from each name, in the snapshot too:
// entries are stored once and the names refer to them by index.
import { folderDigest, shippedText, stampedBody, stampedText } from "./snapshot.js";
import type { ScopeCatalog, ScopeEntry } from "./scope-catalog.js";

export const SCOPES_SNAPSHOT_FILE = "builtin-scopes.json";
const TAG = "agentpolicy scope catalogs 1";

type StoredCatalog = Omit<ScopeCatalog, "exact" | "patterns"> & {
  entries: ScopeEntry[];
  exact: [string, number][];
  patterns: [string, number][];
};

const digestOf = (rulesDir: string): string => folderDigest(rulesDir, ["scopes"], TAG);

function store(catalog: ScopeCatalog): StoredCatalog {
  const entries: ScopeEntry[] = [];
  const indexOf = new Map<ScopeEntry, number>();
  const ref = (entry: ScopeEntry): number => {
    let i = indexOf.get(entry);
    if (i === undefined) {
      i = entries.push(entry) - 1;
      indexOf.set(entry, i);
    }
    return i;
  };
  return {
    ...catalog,
    exact: [...catalog.exact].map(([name, entry]) => [name, ref(entry)]),
    patterns: catalog.patterns.map(({ pattern, entry }) => [pattern, ref(entry)]),
    entries,
  };
}

function restore(stored: StoredCatalog): ScopeCatalog {
  const { entries, ...rest } = stored;
  return {
    ...rest,
    exact: new Map(stored.exact.map(([name, i]) => [name, entries[i]!])),
    patterns: stored.patterns.map(([pattern, i]) => ({ pattern, entry: entries[i]! })),
  };
}

/** The snapshot of the catalogs read from `rulesDir`/scopes, in their order. */
export function makeScopeSnapshot(catalogs: readonly ScopeCatalog[], rulesDir: string): string {
  return stampedText(TAG, digestOf(rulesDir), { catalogs: catalogs.map(store) });
}

/** The catalogs a snapshot text holds, if it was taken of `rulesDir`/scopes as it is now. */
export function readScopeSnapshot(text: string, rulesDir: string): ScopeCatalog[] | undefined {
  const body = stampedBody(text, TAG, () => digestOf(rulesDir));
  return body ? (body.catalogs as StoredCatalog[]).map(restore) : undefined;
}

/** The snapshot shipped beside the bundle for the built-in `rulesDir`, when it is current. */
export function loadScopeSnapshot(rulesDir: string): ScopeCatalog[] | undefined {
  const text = shippedText(SCOPES_SNAPSHOT_FILE);
  return text === undefined ? undefined : readScopeSnapshot(text, rulesDir);
}
