// Scope catalogs (rules/scopes/<provider>.yaml): what each provider-native scope, permission, role or IAM
// action grants, as data. A catalog maps an exact name or a `*` pattern to an access level, a v1 category
// and whether it needs a human gate. Rule packs may add catalogs for other providers, or add and override
// entries of a built-in one (a pack's entry wins over the built-in entry for the same name).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { globMatch } from "../engine/glob.js";
import { builtinRulesDir } from "./paths.js";
import { readYamlSource, type YamlSource } from "./yaml-source.js";
import { loadScopeSnapshot } from "./scope-snapshot.js";
import { isRecord } from "../util/guards.js";

export type ScopeAccess = "read" | "write" | "admin";
export const SCOPE_ACCESS: readonly ScopeAccess[] = ["read", "write", "admin"];
export const SCOPE_CATEGORIES: readonly string[] = [
  "database",
  "workflow",
  "deployment",
  "email",
  "external-api",
  "filesystem",
  "code-execution",
  "payments",
  "identity",
  "secrets",
];

/** What one catalog entry says a scope grants. */
export interface ScopeEntry {
  access: ScopeAccess;
  category: string;
  /** v1 actions it amounts to; by default the access level's own (read, write, admin). */
  actions: string[];
  sensitive: boolean;
  /** Reaches every user's data whoever signed in (impersonation). */
  any_user: boolean;
  /** Microsoft Graph: granted as an application permission, reaches every user of the tenant. */
  tenant_wide: boolean;
  note?: string;
}

export interface CatalogSource {
  url: string;
  title?: string;
  verified: boolean;
}

/** One provider's catalog, ready for lookups. */
export interface ScopeCatalog {
  provider: string;
  title: string;
  sources: CatalogSource[];
  schemes: string[];
  hosts: string[];
  caseInsensitive: boolean;
  /** Exact names (lowercased when case-insensitive) → entry; the first definition of a name wins. */
  exact: Map<string, ScopeEntry>;
  /** Patterns in file order; the first match wins. */
  patterns: Array<{ pattern: string; entry: ScopeEntry }>;
  /** Where it was read from, for the docs page. */
  file: string;
}

export interface ScopeCatalogs {
  byProvider: Map<string, ScopeCatalog>;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : [];
}

const PROVIDER = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** A catalog is data read at every run: bounded so that a pack cannot make lookups slow. */
export const MAX_CATALOG_ENTRIES = 5_000;

/** Parses one catalog file; throws a PolicyError at the offending node. */
export function catalogFromSource(src: YamlSource): ScopeCatalog {
  const d = src.data;
  if (!isRecord(d)) throw src.error([], "a scope catalog is a mapping with provider, sources and scopes");
  const provider = d.provider;
  if (typeof provider !== "string" || !PROVIDER.test(provider)) {
    throw src.error(["provider"], "provider must be a lowercase name such as github or microsoft-graph");
  }
  const sources: CatalogSource[] = [];
  if (!Array.isArray(d.sources) || d.sources.length === 0) {
    throw src.error(
      ["sources"],
      "a scope catalog cites the provider's documentation it is read from (sources)",
    );
  }
  d.sources.forEach((s, i) => {
    if (!isRecord(s) || typeof s.url !== "string" || !/^https:\/\//.test(s.url)) {
      throw src.error(["sources", i], "each source has an https url");
    }
    sources.push({
      url: s.url,
      ...(typeof s.title === "string" ? { title: s.title } : {}),
      verified: s.verified === true,
    });
  });
  const match = isRecord(d.match) ? d.match : {};
  const caseInsensitive = d.case_insensitive === true;
  const catalog: ScopeCatalog = {
    provider,
    title: typeof d.title === "string" ? d.title : provider,
    sources,
    schemes: strings(match.schemes).map((s) => s.toLowerCase()),
    hosts: strings(match.hosts).map((s) => s.toLowerCase()),
    caseInsensitive,
    exact: new Map(),
    patterns: [],
    file: src.file,
  };
  if (!Array.isArray(d.scopes)) throw src.error(["scopes"], "scopes must be a list of entries");
  let count = 0;
  d.scopes.forEach((raw, i) => {
    if (!isRecord(raw)) throw src.error(["scopes", i], "each entry is a mapping");
    const entry = entryOf(raw, (key, reason) => src.error(["scopes", i, key], reason));
    if (typeof raw.pattern === "string") {
      catalog.patterns.push({ pattern: fold(raw.pattern, caseInsensitive), entry });
      count++;
    } else {
      const names = typeof raw.scope === "string" ? [raw.scope] : strings(raw.scope);
      if (names.length === 0)
        throw src.error(["scopes", i], "each entry names a scope (or a list of them) or a pattern");
      for (const name of names) {
        const key = fold(name, caseInsensitive);
        if (!catalog.exact.has(key)) catalog.exact.set(key, entry);
        count++;
      }
    }
    if (count > MAX_CATALOG_ENTRIES) {
      throw src.error(["scopes", i], `more than ${MAX_CATALOG_ENTRIES} entries in one scope catalog`);
    }
  });
  return catalog;
}

function fold(s: string, caseInsensitive: boolean): string {
  return caseInsensitive ? s.toLowerCase() : s;
}

function entryOf(raw: Record<string, unknown>, fail: (key: string, reason: string) => Error): ScopeEntry {
  const access = raw.access;
  if (typeof access !== "string" || !SCOPE_ACCESS.includes(access as ScopeAccess)) {
    throw fail("access", "access must be read, write or admin");
  }
  const category = raw.category;
  if (typeof category !== "string" || !SCOPE_CATEGORIES.includes(category)) {
    throw fail("category", `category must be one of ${SCOPE_CATEGORIES.join(", ")}`);
  }
  const actions = raw.actions === undefined ? [access] : strings(raw.actions);
  if (actions.length === 0) throw fail("actions", "actions must be a list of v1 actions");
  return {
    access: access as ScopeAccess,
    category,
    actions,
    sensitive: raw.sensitive === true,
    any_user: raw.any_user === true,
    tenant_wide: raw.tenant_wide === true,
    ...(typeof raw.note === "string" ? { note: raw.note } : {}),
  };
}

/** What a scope of this provider grants; undefined when the catalog does not know it. */
export function lookupScope(catalog: ScopeCatalog, scope: string): ScopeEntry | undefined {
  const key = fold(scope, catalog.caseInsensitive);
  const exact = catalog.exact.get(key);
  if (exact) return exact;
  for (const { pattern, entry } of catalog.patterns) if (globMatch(key, pattern)) return entry;
  return undefined;
}

/**
 * Catalogs in order of precedence: later ones (packs) add providers, and add or override entries of a
 * provider an earlier one (the built-in set) defines.
 */
export function mergeCatalogs(lists: readonly ScopeCatalog[]): ScopeCatalogs {
  const byProvider = new Map<string, ScopeCatalog>();
  for (const c of lists) {
    const earlier = byProvider.get(c.provider);
    if (!earlier) {
      byProvider.set(c.provider, c);
      continue;
    }
    const exact = new Map(earlier.exact);
    for (const [k, v] of c.exact)
      exact.set(c.caseInsensitive || earlier.caseInsensitive ? k.toLowerCase() : k, v);
    byProvider.set(c.provider, {
      ...earlier,
      sources: [...earlier.sources, ...c.sources],
      schemes: [...new Set([...earlier.schemes, ...c.schemes])],
      hosts: [...new Set([...earlier.hosts, ...c.hosts])],
      exact,
      // the pack's patterns are tried first
      patterns: [...c.patterns, ...earlier.patterns],
    });
  }
  return { byProvider };
}

/** The YAML files of a scopes/ folder, sorted. */
export function scopeFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

let builtin: ScopeCatalog[] | undefined;

/** The built-in catalogs read from their files (rules/scopes/ of `rulesDir`). */
export function readBuiltinCatalogList(rulesDir: string = builtinRulesDir()): ScopeCatalog[] {
  return scopeFiles(join(rulesDir, "scopes")).map((file) =>
    catalogFromSource(readYamlSource(file, `rules/scopes/${file.split(/[\\/]/).pop()}`)),
  );
}

/** The built-in catalogs, once: the build's snapshot while the files are unchanged, else the files. */
export function builtinCatalogList(): ScopeCatalog[] {
  builtin ??= loadScopeSnapshot(builtinRulesDir()) ?? readBuiltinCatalogList();
  return builtin;
}

let builtinMerged: ScopeCatalogs | undefined;
export function builtinCatalogs(): ScopeCatalogs {
  builtinMerged ??= mergeCatalogs(builtinCatalogList());
  return builtinMerged;
}
