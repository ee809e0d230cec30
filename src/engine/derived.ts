// Facts the checker derives from a manifest rather than reads from it (manifest-v1, "What the checker
// derives"): the access level of a permission and of an agent, and which permissions are sensitive enough
// to need a human approval gate. Rules reach them through the `access_level` / `is_sensitive` operations
// and the `derived` object of the evaluation context.
import type { SecretHit } from "../manifest/types.js";
import { complianceEvidence, type ComplianceEvidence } from "../manifest/compliance.js";
import { globMatch, wildcardKind } from "./glob.js";
import { joinPointer } from "../util/pointer.js";

import type { AccessLevel } from "../report/model.js";
import { isRecord } from "../util/guards.js";

export type { AccessLevel };
export const ACCESS_LEVELS: readonly AccessLevel[] = ["read-only", "write", "privileged"];

/** Categories whose access is privileged by itself (identity, secrets, code execution, deployment, payments). */
export const PRIVILEGED_CATEGORIES: readonly string[] = [
  "identity",
  "secrets",
  "code-execution",
  "deployment",
  "payments",
];
/** Actions that are privileged on any resource: administration and deployment. */
export const PRIVILEGED_ACTIONS: readonly string[] = ["admin", "deploy"];

/**
 * What needs a human gate. `actions` entries are either an action (`delete`: on any category) or
 * `category:action` (`email:send`: only on that category). Policies widen both lists through the
 * `sensitive_categories` / `sensitive_actions` parameters.
 */
export interface SensitiveSpec {
  categories: readonly string[];
  actions: readonly string[];
}

export const DEFAULT_SENSITIVE: SensitiveSpec = {
  categories: ["deployment", "payments", "identity", "secrets", "code-execution"],
  actions: ["delete", "admin", "export", "deploy", "email:send"],
};

/** The actions of a permission as strings; a lone string counts as a one-element list. */
function actionsOf(perm: Record<string, unknown>): string[] {
  const actions = perm.actions;
  if (typeof actions === "string") return [actions];
  if (!Array.isArray(actions)) return [];
  return actions.filter((a): a is string => typeof a === "string");
}

function stringField(perm: Record<string, unknown>, key: string): string | undefined {
  const v = perm[key];
  return typeof v === "string" ? v : undefined;
}

/** What provider-native scopes were found to grant (src/scopes/derive.ts), when the permission has any. */
interface ScopeFactsView {
  access?: unknown;
  sensitive?: unknown;
  any_user?: unknown;
}

function scopeFacts(perm: Record<string, unknown>): ScopeFactsView | undefined {
  const f = perm.scope_facts;
  return isRecord(f) ? f : undefined;
}

function nonEmpty(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0;
}

/**
 * Privileged whatever the actions say: access on behalf of any user (impersonation), or scopes that
 * administer or reach every user. Scopes count even when the manifest states milder actions, so a
 * permission cannot be understated past the checks.
 */
function privilegedByReach(perm: Record<string, unknown>): boolean {
  if (perm.on_behalf_of === "any-user") return true;
  const facts = scopeFacts(perm);
  return facts !== undefined && (facts.access === "admin" || nonEmpty(facts.any_user));
}

/** Access level of one permission; null when it is not a permission object at all. */
export function permissionAccessLevel(perm: unknown): AccessLevel | null {
  if (!isRecord(perm)) return null;
  const actions = actionsOf(perm);
  const resource = stringField(perm, "resource");
  const category = stringField(perm, "category");
  const fullWildcard = (resource !== undefined && wildcardKind(resource) === "full") || actions.includes("*");
  if (
    fullWildcard ||
    privilegedByReach(perm) ||
    (category !== undefined && PRIVILEGED_CATEGORIES.includes(category)) ||
    actions.some((a) => PRIVILEGED_ACTIONS.includes(a))
  ) {
    return "privileged";
  }
  // Unknown actions count as writes: the schema reports them, and guessing "read" would under-report.
  if (scopeFacts(perm)?.access === "write") return "write";
  return actions.some((a) => a !== "read") ? "write" : "read-only";
}

/** The highest access level over a list of permissions; no permissions is read-only. */
export function agentAccessLevel(perms: unknown): AccessLevel {
  let rank = 0;
  const list = Array.isArray(perms) ? perms : perms === undefined || perms === null ? [] : [perms];
  for (const perm of list) {
    const level = permissionAccessLevel(perm);
    if (level !== null) rank = Math.max(rank, ACCESS_LEVELS.indexOf(level));
  }
  return ACCESS_LEVELS[rank]!;
}

export function isSensitivePermission(perm: unknown, spec: SensitiveSpec = DEFAULT_SENSITIVE): boolean {
  if (!isRecord(perm)) return false;
  const category = stringField(perm, "category");
  if (category !== undefined && spec.categories.includes(category)) return true;
  // a scope the provider's catalog marks as needing a human gate (Mail.Send, administration:write, …)
  if (nonEmpty(scopeFacts(perm)?.sensitive)) return true;
  const actions = actionsOf(perm);
  // A wildcard action includes every sensitive one.
  if (actions.includes("*")) return spec.actions.length > 0;
  return actions.some(
    (a) => spec.actions.includes(a) || (category !== undefined && spec.actions.includes(`${category}:${a}`)),
  );
}

/** Whether a permission's resource pattern covers another resource or pattern (`s3://a/*` covers `s3://a/b`). */
function resourceCovers(pattern: string | undefined, resource: string | undefined): boolean {
  // A permission without a resource says nothing about what it reaches, so it covers nothing and is
  // covered only by a full wildcard.
  if (pattern === undefined) return false;
  if (resource === undefined) return wildcardKind(pattern) === "full";
  return pattern === resource || globMatch(resource, pattern);
}

/**
 * What `held` grants beyond `limit`, one entry per permission as "deploy, write on <resource>": the
 * actions no permission of `limit` allows on a covering resource. Empty when `held` stays within `limit`
 * (delegation must never hand a sub-agent more than the delegating agent has). Categories are not
 * compared: they describe a resource, the resource and the action are what is granted.
 */
export function permissionExcess(held: unknown, limit: unknown): string[] {
  const toList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
  const limits = toList(limit).filter(isRecord);
  const out: string[] = [];
  for (const perm of toList(held)) {
    if (!isRecord(perm)) continue;
    const resource = stringField(perm, "resource");
    const covering = limits.filter((l) => resourceCovers(stringField(l, "resource"), resource));
    const allowed = new Set(covering.flatMap(actionsOf));
    const extra = actionsOf(perm).filter((a) => !allowed.has("*") && !allowed.has(a));
    // acting for any user is more than any action the delegating agent holds for itself
    if (perm.on_behalf_of === "any-user" && !covering.some((l) => l.on_behalf_of === "any-user")) {
      extra.push("on behalf of any user");
    }
    if (extra.length > 0) out.push(`${extra.join(", ")} on ${resource ?? "an unnamed resource"}`);
  }
  return out;
}

export interface SensitivePermission {
  index: number;
  pointer: string;
  resource?: unknown;
  category?: unknown;
  approval?: unknown;
}

/** The `derived` object of the evaluation context. */
export interface DerivedFacts {
  access_level: AccessLevel;
  sensitive_permissions: SensitivePermission[];
  /** Inline secrets found by the manifest stage (`{pointer, kind}`; never the value). */
  secrets: SecretHit[];
  /** The manifest's `compliance:` evidence as a list (src/manifest/compliance.ts). */
  compliance: ComplianceEvidence[];
}

export function deriveFacts(
  data: Record<string, unknown>,
  secrets: readonly SecretHit[],
  spec: SensitiveSpec = DEFAULT_SENSITIVE,
): DerivedFacts {
  const perms = Array.isArray(data.permissions) ? (data.permissions as unknown[]) : [];
  const sensitive: SensitivePermission[] = [];
  perms.forEach((perm, index) => {
    if (!isSensitivePermission(perm, spec)) return;
    const p = perm as Record<string, unknown>;
    sensitive.push({
      index,
      pointer: joinPointer(["permissions", index]),
      resource: p.resource,
      category: p.category,
      approval: p.approval,
    });
  });
  return {
    access_level: agentAccessLevel(data.permissions),
    sensitive_permissions: sensitive,
    secrets: secrets.map((s) => ({ pointer: s.pointer, kind: s.kind })),
    compliance: complianceEvidence(data),
  };
}
