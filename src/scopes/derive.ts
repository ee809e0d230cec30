// From provider-native scopes to what v1 rules understand. Each permission that lists `scopes` gets, in the
// agent as rules see it: its `actions` (when the manifest does not state them) and `category` (likewise)
// derived from the catalog, and `scope_facts` describing what each scope grants. Everything downstream
// (access level, sensitive permissions, delegation, inventory, the diff) then applies as to v1 actions.
import { globMatch } from "../engine/glob.js";
import {
  lookupScope,
  type ScopeAccess,
  type ScopeCatalog,
  type ScopeCatalogs,
  type ScopeEntry,
} from "../policy/scope-catalog.js";

/** What the scopes of one permission grant (the `scope_facts` of a permission as rules see it). */
export interface ScopeFacts {
  /** The provider the scopes are read for: as declared, or inferred from the resource; null when neither. */
  provider: string | null;
  inferred: boolean;
  /** Whether a catalog for that provider exists. */
  known_provider: boolean;
  /** Scopes the provider's catalog does not know. */
  unknown: string[];
  /** Highest access of the known scopes. */
  access: ScopeAccess | null;
  /** Scopes that need a human gate. */
  sensitive: string[];
  /** Scopes with administrative access. */
  admin: string[];
  /** Scopes written with a `*` wildcard (IAM actions, RBAC verbs or resources). */
  wildcard: string[];
  /** Scopes that reach every user (impersonation verbs, Graph application permissions when app-only). */
  any_user: string[];
  /** Each known scope with what it grants, for messages and the inventory. */
  granted: Array<{ scope: string; access: ScopeAccess; category: string; sensitive: boolean; note?: string }>;
}

const RANK: Record<ScopeAccess, number> = { read: 0, write: 1, admin: 2 };

/** The scheme and host of a resource ("github://acme/x" → github, —; "https://graph.microsoft.com/v1.0" → https, graph.microsoft.com). */
function schemeAndHost(resource: string): { scheme?: string; host?: string } {
  const lower = resource.trim().toLowerCase();
  if (lower.startsWith("arn:")) return { scheme: "arn" };
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/.exec(lower);
  if (!m) return {};
  const authority = m[2]!.replace(/^[^@]*@/, "").replace(/:\d+$/, "");
  return { scheme: m[1], host: authority };
}

/**
 * The provider a resource belongs to: a catalog whose scheme it uses (github://…), else whose host it
 * names (an exact host before a `*.` pattern, the longest pattern first). Undefined when none does.
 */
export function inferProvider(resource: unknown, catalogs: ScopeCatalogs): string | undefined {
  if (typeof resource !== "string") return undefined;
  const { scheme, host } = schemeAndHost(resource);
  if (scheme === undefined) return undefined;
  if (scheme !== "http" && scheme !== "https") {
    for (const c of catalogs.byProvider.values()) if (c.schemes.includes(scheme)) return c.provider;
  }
  if (!host) return undefined;
  let best: { provider: string; score: number } | undefined;
  for (const c of catalogs.byProvider.values()) {
    for (const h of c.hosts) {
      const score = h === host ? 10_000 : h.startsWith("*.") && globMatch(host, h) ? h.length : -1;
      if (score >= 0 && (!best || score > best.score)) best = { provider: c.provider, score };
    }
  }
  return best?.provider;
}

/** Facts of one permission's scopes; undefined when it lists none. */
export function scopeFactsOf(perm: Record<string, unknown>, catalogs: ScopeCatalogs): ScopeFacts | undefined {
  const scopes = Array.isArray(perm.scopes)
    ? perm.scopes.filter((s): s is string => typeof s === "string")
    : [];
  if (scopes.length === 0) return undefined;
  const declared =
    typeof perm.provider === "string" && perm.provider.trim() !== "" ? perm.provider : undefined;
  const provider = declared ?? inferProvider(perm.resource, catalogs) ?? null;
  const catalog: ScopeCatalog | undefined = provider === null ? undefined : catalogs.byProvider.get(provider);
  const appOnly = perm.on_behalf_of === undefined || perm.on_behalf_of === "self";
  const facts: ScopeFacts = {
    provider,
    inferred: declared === undefined && provider !== null,
    known_provider: catalog !== undefined,
    unknown: [],
    access: null,
    sensitive: [],
    admin: [],
    wildcard: [],
    any_user: [],
    granted: [],
  };
  const seen = new Set<string>();
  for (const scope of scopes) {
    if (seen.has(scope)) continue;
    seen.add(scope);
    if (scope.includes("*")) facts.wildcard.push(scope);
    if (!catalog) continue;
    const entry = lookupScope(catalog, scope);
    if (!entry) {
      facts.unknown.push(scope);
      continue;
    }
    record(facts, scope, entry, appOnly);
  }
  return facts;
}

function record(facts: ScopeFacts, scope: string, entry: ScopeEntry, appOnly: boolean): void {
  if (facts.access === null || RANK[entry.access] > RANK[facts.access]) facts.access = entry.access;
  if (entry.sensitive) facts.sensitive.push(scope);
  if (entry.access === "admin") facts.admin.push(scope);
  if (entry.any_user || (appOnly && entry.tenant_wide)) facts.any_user.push(scope);
  facts.granted.push({
    scope,
    access: entry.access,
    category: entry.category,
    sensitive: entry.sensitive,
    ...(entry.note !== undefined ? { note: entry.note } : {}),
  });
}

/** The v1 actions and the category the scopes amount to (the category of the strongest scope). */
export function derivedActionsAndCategory(
  perm: Record<string, unknown>,
  facts: ScopeFacts,
  catalogs: ScopeCatalogs,
): { actions: string[]; category?: string } {
  const catalog = facts.provider === null ? undefined : catalogs.byProvider.get(facts.provider);
  const actions = new Set<string>();
  let best: { rank: number; category: string } | undefined;
  const scopes = Array.isArray(perm.scopes) ? perm.scopes : [];
  for (const scope of scopes) {
    if (typeof scope !== "string" || !catalog) continue;
    const entry = lookupScope(catalog, scope);
    if (!entry) continue;
    for (const a of entry.actions) actions.add(a);
    const rank = RANK[entry.access] * 2 + (entry.sensitive ? 1 : 0);
    if (!best || rank > best.rank) best = { rank, category: entry.category };
  }
  // a scope nobody knows grants something: counted as a write, as v1 counts an unknown action
  if (facts.unknown.length > 0 || !facts.known_provider) actions.add("write");
  return { actions: [...actions], ...(best ? { category: best.category } : {}) };
}
