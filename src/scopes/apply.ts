// Applies the scope catalogs to agents as rules see them: each permission with `scopes` gets derived
// `actions` and `category` (where the manifest states none) and `scope_facts`. The agent as written is never
// changed; the permissions list and the permissions that change are copied. Idempotent, so the engine and
// the pipeline above it may both call it.
import type { NormalisedAgent } from "../manifest/types.js";
import { setOwn } from "../manifest/tree.js";
import {
  builtinCatalogList,
  builtinCatalogs,
  mergeCatalogs,
  type ScopeCatalog,
  type ScopeCatalogs,
} from "../policy/scope-catalog.js";
import { derivedActionsAndCategory, scopeFactsOf } from "./derive.js";
import { isRecord } from "../util/guards.js";

const applied = new WeakSet<object>();

/** The built-in catalogs, extended by the packs' when the policy has any. */
export function scopeCatalogsOf(policy: { scopes?: readonly ScopeCatalog[] }): ScopeCatalogs {
  return policy.scopes && policy.scopes.length > 0
    ? mergeCatalogs([...builtinCatalogList(), ...policy.scopes])
    : builtinCatalogs();
}

export function applyScopes(
  agents: readonly NormalisedAgent[],
  catalogs: ScopeCatalogs = builtinCatalogs(),
): NormalisedAgent[] {
  return agents.map((agent) => {
    if (applied.has(agent.data)) return agent;
    const data = applyToData(agent.data, catalogs);
    applied.add(data);
    return data === agent.data ? agent : { ...agent, data };
  });
}

export function applyToData(data: Record<string, unknown>, catalogs: ScopeCatalogs): Record<string, unknown> {
  const perms = data.permissions;
  if (!Array.isArray(perms) || !perms.some((p) => isRecord(p) && Array.isArray(p.scopes))) return data;
  const out = perms.map((perm: unknown) => {
    if (!isRecord(perm) || !Array.isArray(perm.scopes)) return perm;
    const facts = scopeFactsOf(perm, catalogs);
    if (!facts) return perm;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(perm)) setOwn(copy, key, perm[key]);
    const { actions, category } = derivedActionsAndCategory(perm, facts, catalogs);
    if (perm.actions === undefined && actions.length > 0) copy.actions = actions;
    if (perm.category === undefined && category !== undefined) copy.category = category;
    copy.scope_facts = facts;
    return copy;
  });
  const next: Record<string, unknown> = {};
  for (const key of Object.keys(data)) setOwn(next, key, data[key]);
  next.permissions = out;
  return next;
}
