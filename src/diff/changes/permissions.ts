// Permissions: added, removed, widened (more actions, a wider resource pattern), narrowed, moved to a
// more privileged category, and the approval gate in front of them.
import { ACCESS_LEVELS, isSensitivePermission, permissionAccessLevel } from "../../engine/derived.js";
import { globMatch } from "../../engine/glob.js";
import type { Details } from "./detail.js";
import { list, minus, obj, str, strings, type Data } from "./detail.js";
import { gatesOf, weakerGate } from "./gates.js";

export interface Perm {
  index: number;
  resource: string;
  actions: string[];
  category?: string | undefined;
  approval?: string | undefined;
  scopes: string[];
  raw: unknown;
}

export function permissionsOf(data: Data): Perm[] {
  return list(data.permissions).map((raw, index) => {
    const p = obj(raw) ?? {};
    return {
      index,
      resource: str(p.resource) ?? "",
      actions: strings(p.actions),
      category: str(p.category),
      // approval: a gate's name, or {gate, above} (manifest v1.1)
      approval: str(p.approval) ?? str(obj(p.approval)?.gate),
      scopes: strings(p.scopes),
      raw,
    };
  });
}

/** "deploy on github.com/acme/api" — how people say what a permission allows. */
export function permissionLabel(p: { actions: readonly string[]; resource: string }): string {
  return `${p.actions.length ? p.actions.join(", ") : "no actions"} on ${p.resource || "(no resource)"}`;
}

function accessRank(raw: unknown): number {
  const level = permissionAccessLevel(raw);
  return level === null ? 0 : ACCESS_LEVELS.indexOf(level);
}

type Pairing = "same" | "widened" | "narrowed";

/** Pairs base and head permissions: same resource and category, then same resource, then wildcards. */
function pairPermissions(base: Perm[], head: Perm[]) {
  const pairs: Array<{ b: Perm; h: Perm; how: Pairing }> = [];
  const freeB = new Set(base);
  const freeH = new Set(head);
  const pass = (how: Pairing, match: (b: Perm, h: Perm) => boolean): void => {
    for (const h of head) {
      if (!freeH.has(h)) continue;
      const b = base.find((x) => freeB.has(x) && match(x, h));
      if (!b) continue;
      freeB.delete(b);
      freeH.delete(h);
      pairs.push({ b, h, how });
    }
  };
  pass("same", (b, h) => b.resource === h.resource && b.category === h.category);
  pass("same", (b, h) => b.resource === h.resource);
  // a head resource whose pattern covers a base resource replaced it with something wider
  pass("widened", (b, h) => h.resource.includes("*") && globMatch(b.resource, h.resource));
  pass("narrowed", (b, h) => b.resource.includes("*") && globMatch(h.resource, b.resource));
  return { pairs, added: head.filter((h) => freeH.has(h)), removed: base.filter((b) => freeB.has(b)) };
}

/** One detail per permission of a new agent (or a new permission of an existing one). */
export function addedPermission(p: Perm, out: Details): void {
  const label = permissionLabel(p);
  out.add({
    kind: "permission-added",
    path: `/permissions/${p.index}`,
    subject: label,
    escalation: true,
    after: label,
  });
}

export function diffPermissions(base: Data, head: Data, out: Details): void {
  const baseGates = gatesOf(base);
  const headGates = gatesOf(head);
  const { pairs, added, removed } = pairPermissions(permissionsOf(base), permissionsOf(head));
  for (const h of added) addedPermission(h, out);
  for (const b of removed) {
    const label = permissionLabel(b);
    out.add({
      kind: "permission-removed",
      path: `/permissions/${b.index}`,
      subject: label,
      escalation: false,
      before: label,
    });
  }
  for (const { b, h, how } of pairs) {
    const at = `/permissions/${h.index}`;
    const label = permissionLabel(h);
    const was = permissionLabel(b);
    if (how !== "same") {
      const kind = how === "widened" ? "permission-widened" : "permission-narrowed";
      out.add({
        kind,
        path: `${at}/resource`,
        subject: label,
        escalation: how === "widened",
        before: was,
        after: label,
      });
    } else if (!b.actions.includes("*")) {
      const more = minus(h.actions, b.actions);
      const fewer = minus(b.actions, h.actions);
      if (more.length > 0)
        out.add({
          kind: "permission-widened",
          path: `${at}/actions`,
          subject: label,
          escalation: true,
          before: was,
          after: label,
        });
      else if (fewer.length > 0)
        out.add({
          kind: "permission-narrowed",
          path: `${at}/actions`,
          subject: label,
          escalation: false,
          before: was,
          after: label,
        });
    } else if (!h.actions.includes("*")) {
      out.add({
        kind: "permission-narrowed",
        path: `${at}/actions`,
        subject: label,
        escalation: false,
        before: was,
        after: label,
      });
    }
    // provider-native scopes (manifest v1.1): "adds scope administration:write on …"
    const on = h.resource || "(no resource)";
    for (const scope of minus(h.scopes, b.scopes))
      out.add({
        kind: "scope-added",
        path: `${at}/scopes`,
        subject: `scope ${scope} on ${on}`,
        escalation: true,
        after: scope,
      });
    for (const scope of minus(b.scopes, h.scopes))
      out.add({
        kind: "scope-removed",
        path: `${at}/scopes`,
        subject: `scope ${scope} on ${on}`,
        escalation: false,
        before: scope,
      });
    if (b.category !== h.category) {
      const wider =
        accessRank(h.raw) > accessRank(b.raw) ||
        (isSensitivePermission(h.raw) && !isSensitivePermission(b.raw));
      out.add({
        kind: "permission-category-changed",
        path: `${at}/category`,
        subject: `${label}: category`,
        escalation: wider,
        before: b.category,
        after: h.category,
      });
    }
    if (b.approval !== undefined && h.approval === undefined) {
      out.add({
        kind: "gate-removed",
        path: `${at}/approval`,
        subject: label,
        escalation: true,
        before: b.approval,
      });
    } else if (b.approval === undefined && h.approval !== undefined) {
      out.add({
        kind: "gate-added",
        path: `${at}/approval`,
        subject: label,
        escalation: false,
        after: h.approval,
      });
    } else if (b.approval !== h.approval) {
      const before = baseGates.find((g) => g.name === b.approval);
      const after = headGates.find((g) => g.name === h.approval);
      out.add({
        kind: "gate-changed",
        path: `${at}/approval`,
        subject: label,
        escalation: weakerGate(before, after),
        before: b.approval,
        after: h.approval,
      });
    }
  }
}
