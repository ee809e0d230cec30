// The controls one finding cites: those of its check's mappings whose control applies to the finding's
// agent (role, tier, Annex III area), and, for a mapping narrowed to some permissions (change management:
// deployment gates only), only when the finding is on such a permission. A finding that belongs to no
// agent cites only controls without a scope.
import type { ControlRef } from "./model.js";
import { appliesTo, isScoped, type ScopeSpec, type ScopedAgent } from "./applicability.js";

export interface CitableMapping {
  check: string;
  items?: { categories?: readonly string[]; actions?: readonly string[] };
}

export interface CitableControl {
  id: string;
  title: string;
  applicability?: ScopeSpec;
  mappings: readonly CitableMapping[];
}

export interface CitableFramework {
  id: string;
  controls: readonly CitableControl[];
}

/** The permission a finding points into (`/permissions/3/approval` → permissions[3]), if any. */
function permissionAt(data: Record<string, unknown> | undefined, pointer: string): unknown {
  const m = /^\/permissions\/(0|[1-9][0-9]*)(?:\/|$)/.exec(pointer);
  if (!m || !data || !Array.isArray(data.permissions)) return undefined;
  return (data.permissions as unknown[])[Number(m[1])];
}

function itemMatches(items: NonNullable<CitableMapping["items"]>, perm: unknown): boolean {
  if (typeof perm !== "object" || perm === null) return false;
  const p = perm as Record<string, unknown>;
  if (items.categories && typeof p.category === "string" && items.categories.includes(p.category))
    return true;
  if (items.actions && Array.isArray(p.actions))
    return p.actions.some((a) => typeof a === "string" && items.actions!.includes(a));
  return false;
}

export interface FindingSubject {
  ruleId: string;
  /** Undefined for a finding that belongs to no agent (a config problem). */
  agent?: ScopedAgent;
  /** The agent's normalised document, to resolve narrowed mappings. */
  data?: Record<string, unknown>;
  pointer: string;
}

/**
 * A citer that caches per check and agent scope; results are shared between findings (nobody mutates them).
 */
export function makeCiter(frameworks: readonly CitableFramework[]): (f: FindingSubject) => ControlRef[] {
  const cache = new Map<string, ControlRef[]>();
  return (f) => {
    let narrowed = false;
    const refs: ControlRef[] = [];
    const key = `${f.ruleId}\u0000${f.agent ? `${f.agent.tier ?? ""}\u0000${f.agent.role ?? ""}\u0000${f.agent.annexIii ?? ""}` : "\u0001"}`;
    const cached = cache.get(key);
    if (cached) return cached;
    for (const fw of frameworks) {
      for (const c of fw.controls) {
        const m = c.mappings.find((x) => x.check === f.ruleId);
        if (!m) continue;
        if (f.agent ? !appliesTo(c.applicability, f.agent) : isScoped(c.applicability)) continue;
        if (m.items) {
          narrowed = true;
          if (!itemMatches(m.items, permissionAt(f.data, f.pointer))) continue;
        }
        refs.push({ framework: fw.id, id: c.id, title: c.title });
      }
    }
    if (!narrowed) cache.set(key, refs);
    return refs;
  };
}
