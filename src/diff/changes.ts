// What a change does to each agent's access, base version against head version (report-v1 `changes`).
// It reads the normalised documents (durations in seconds), so "15m" → "900" and "PT15M" compare equal.
// `escalation` marks every change that widens what an agent can do or weakens the oversight of it:
// the changes a reviewer must sign off. Each detail also names its `subject` in words ("credential
// stripe TTL"), so a comment can say what changed without the manifest at hand.
import type { AgentChange, ChangeDetail } from "../report/model.js";
import type { NormalisedAgent } from "../manifest/types.js";
import { formatDuration } from "../manifest/duration.js";
import { globMatch } from "../engine/glob.js";
import { postureChanges } from "../sources/changes.js";
import {
  agentAccessLevel,
  isSensitivePermission,
  permissionAccessLevel,
  ACCESS_LEVELS,
} from "../engine/derived.js";

export interface AccessChangeDetail extends ChangeDetail {
  /** What the change is about, in words: "credential stripe TTL", "write on https://…", "approval gate x". */
  subject: string;
}

export interface AccessChange extends AgentChange {
  details: AccessChangeDetail[];
}

type Data = Record<string, unknown>;

function obj(v: unknown): Data | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Data) : undefined;
}
function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}
function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}
function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  return list(v).filter((x): x is string => typeof x === "string");
}
function dur(v: number | undefined): string | undefined {
  return v === undefined ? undefined : formatDuration(v);
}
function minus(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((x) => !b.includes(x));
}

class Details {
  readonly items: AccessChangeDetail[] = [];
  add(
    kind: string,
    path: string,
    subject: string,
    escalation: boolean,
    before?: string | undefined,
    after?: string | undefined,
  ): void {
    this.items.push({
      kind,
      path,
      subject,
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
      escalation,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// permissions

interface Perm {
  index: number;
  resource: string;
  actions: string[];
  category?: string;
  approval?: string;
  scopes: string[];
  raw: unknown;
}

function permissionsOf(data: Data): Perm[] {
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

/** Pairs base and head permissions: same resource and category, then same resource, then wildcards. */
function pairPermissions(base: Perm[], head: Perm[]) {
  const pairs: Array<{ b: Perm; h: Perm; how: "same" | "widened" | "narrowed" }> = [];
  const freeB = new Set(base);
  const freeH = new Set(head);
  const pass = (how: "same" | "widened" | "narrowed", match: (b: Perm, h: Perm) => boolean): void => {
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

interface Gate {
  index: number;
  name?: string;
  approvers: string[];
  min?: number;
  timeout?: number;
  onTimeout?: string;
}

function gatesOf(data: Data): Gate[] {
  return list(data.approvals).map((raw, index) => {
    const g = obj(raw) ?? {};
    return {
      index,
      name: str(g.name),
      approvers: strings(g.approvers),
      min: num(g.min_approvals),
      timeout: num(g.timeout),
      onTimeout: str(g.on_timeout),
    };
  });
}

/**
 * Whether gate `after` is weaker than `before`: a missing gate, fewer required approvals, or letting
 * the action through on timeout where it was denied.
 */
function weakerGate(before: Gate | undefined, after: Gate | undefined): boolean {
  if (!after) return true; // the permission now names a gate that does not exist
  if (!before) return false;
  return (
    (after.min ?? 1) < (before.min ?? 1) || (after.onTimeout === "allow" && before.onTimeout !== "allow")
  );
}

function diffPermissions(base: Data, head: Data, out: Details): void {
  const baseGates = gatesOf(base);
  const headGates = gatesOf(head);
  const { pairs, added, removed } = pairPermissions(permissionsOf(base), permissionsOf(head));
  for (const h of added) {
    out.add(
      "permission-added",
      `/permissions/${h.index}`,
      permissionLabel(h),
      true,
      undefined,
      permissionLabel(h),
    );
  }
  for (const b of removed) {
    out.add("permission-removed", `/permissions/${b.index}`, permissionLabel(b), false, permissionLabel(b));
  }
  for (const { b, h, how } of pairs) {
    const at = `/permissions/${h.index}`;
    const label = permissionLabel(h);
    if (how !== "same") {
      out.add(`permission-${how}`, `${at}/resource`, label, how === "widened", permissionLabel(b), label);
    } else if (!b.actions.includes("*")) {
      const more = minus(h.actions, b.actions);
      const fewer = minus(b.actions, h.actions);
      if (more.length > 0)
        out.add("permission-widened", `${at}/actions`, label, true, permissionLabel(b), label);
      else if (fewer.length > 0)
        out.add("permission-narrowed", `${at}/actions`, label, false, permissionLabel(b), label);
    } else if (!h.actions.includes("*")) {
      out.add("permission-narrowed", `${at}/actions`, label, false, permissionLabel(b), label);
    }
    // provider-native scopes (manifest v1.1): "adds scope administration:write on …"
    const on = h.resource || "(no resource)";
    for (const scope of minus(h.scopes, b.scopes)) {
      out.add("scope-added", `${at}/scopes`, `scope ${scope} on ${on}`, true, undefined, scope);
    }
    for (const scope of minus(b.scopes, h.scopes)) {
      out.add("scope-removed", `${at}/scopes`, `scope ${scope} on ${on}`, false, scope);
    }
    if (b.category !== h.category) {
      const wider =
        accessRank(h.raw) > accessRank(b.raw) ||
        (isSensitivePermission(h.raw) && !isSensitivePermission(b.raw));
      out.add(
        "permission-category-changed",
        `${at}/category`,
        `${label}: category`,
        wider,
        b.category,
        h.category,
      );
    }
    if (b.approval !== undefined && h.approval === undefined) {
      out.add("gate-removed", `${at}/approval`, label, true, b.approval);
    } else if (b.approval === undefined && h.approval !== undefined) {
      out.add("gate-added", `${at}/approval`, label, false, undefined, h.approval);
    } else if (b.approval !== h.approval) {
      const before = baseGates.find((g) => g.name === b.approval);
      const after = headGates.find((g) => g.name === h.approval);
      out.add("gate-changed", `${at}/approval`, label, weakerGate(before, after), b.approval, h.approval);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// credentials

interface Cred {
  index: number;
  name?: string;
  type?: string;
  ttl?: number;
  rotation?: number;
  shared?: boolean;
}

function credentialsOf(data: Data): Cred[] {
  return list(data.credentials).map((raw, index) => {
    const c = obj(raw) ?? {};
    return {
      index,
      name: str(c.name),
      type: str(c.type),
      ttl: num(c.ttl),
      rotation: num(c.rotation),
      shared: typeof c.shared === "boolean" ? c.shared : undefined,
    };
  });
}

/** Short-lived federated identities are strongest; long-lived shared secrets weakest; unknown types last. */
const CREDENTIAL_STRENGTH: Record<string, number> = {
  "oidc-federation": 3,
  "workload-identity": 3,
  "managed-identity": 3,
  mtls: 3,
  "oauth-client-credentials": 2,
  "api-key": 1,
  "static-token": 1,
  password: 1,
};
function strength(type: string | undefined): number {
  return type !== undefined ? (CREDENTIAL_STRENGTH[type] ?? 0) : 0;
}

/** Items matched by name; unnamed ones by position among the unnamed. */
function pairByName<T extends { name?: string }>(base: T[], head: T[]) {
  const pairs: Array<{ b: T; h: T }> = [];
  const freeB = new Set(base);
  const unnamedB = base.filter((b) => b.name === undefined);
  const unnamedH = head.filter((h) => h.name === undefined);
  const added: T[] = [];
  for (const h of head) {
    const b =
      h.name !== undefined
        ? base.find((x) => freeB.has(x) && x.name === h.name)
        : unnamedB[unnamedH.indexOf(h)];
    if (b && freeB.has(b)) {
      freeB.delete(b);
      pairs.push({ b, h });
    } else added.push(h);
  }
  return { pairs, added, removed: base.filter((b) => freeB.has(b)) };
}

function credLabel(c: Cred): string {
  return `credential ${c.name ?? `#${c.index + 1}`}`;
}

/** A longer lifetime, or none where there was one, widens exposure. */
function longer(before: number | undefined, after: number | undefined): boolean {
  return before !== undefined && (after === undefined || after > before);
}

function diffCredentials(base: Data, head: Data, out: Details): void {
  const { pairs, added, removed } = pairByName(credentialsOf(base), credentialsOf(head));
  for (const h of added) {
    const what = `${h.name ?? `#${h.index + 1}`}${h.type ? ` (${h.type})` : ""}`;
    out.add("credential-added", `/credentials/${h.index}`, `credential ${what}`, true, undefined, what);
  }
  for (const b of removed) {
    out.add(
      "credential-removed",
      `/credentials/${b.index}`,
      credLabel(b),
      false,
      b.name ?? `#${b.index + 1}`,
    );
  }
  for (const { b, h } of pairs) {
    const at = `/credentials/${h.index}`;
    const label = credLabel(h);
    if (b.type !== h.type) {
      out.add(
        "credential-type-changed",
        `${at}/type`,
        `${label} type`,
        strength(h.type) < strength(b.type),
        b.type,
        h.type,
      );
    }
    if (b.ttl !== h.ttl) {
      out.add(
        "credential-ttl-changed",
        `${at}/ttl`,
        `${label} TTL`,
        longer(b.ttl, h.ttl),
        dur(b.ttl),
        dur(h.ttl),
      );
    }
    if (b.rotation !== h.rotation) {
      out.add(
        "credential-rotation-changed",
        `${at}/rotation`,
        `${label} rotation`,
        longer(b.rotation, h.rotation),
        dur(b.rotation),
        dur(h.rotation),
      );
    }
    if ((b.shared ?? false) !== (h.shared ?? false)) {
      const show = (s: boolean | undefined) => (s ? "shared" : "not shared");
      out.add(
        "credential-sharing-changed",
        `${at}/shared`,
        label,
        h.shared === true,
        show(b.shared),
        show(h.shared),
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// approval gates

function gateLabel(g: Gate): string {
  return `approval gate ${g.name ?? `#${g.index + 1}`}`;
}

function diffGates(base: Data, head: Data, out: Details): void {
  const { pairs, added, removed } = pairByName(gatesOf(base), gatesOf(head));
  for (const h of added) {
    out.add(
      "gate-added",
      `/approvals/${h.index}`,
      gateLabel(h),
      false,
      undefined,
      h.name ?? `#${h.index + 1}`,
    );
  }
  for (const b of removed) {
    out.add("gate-removed", `/approvals/${b.index}`, gateLabel(b), true, b.name ?? `#${b.index + 1}`);
  }
  for (const { b, h } of pairs) {
    const at = `/approvals/${h.index}`;
    const label = gateLabel(h);
    const bMin = b.min ?? 1;
    const hMin = h.min ?? 1;
    if (bMin !== hMin) {
      const weaker = hMin < bMin;
      out.add(
        weaker ? "gate-weakened" : "gate-strengthened",
        `${at}/min_approvals`,
        `${label} minimum approvals`,
        weaker,
        String(bMin),
        String(hMin),
      );
    }
    if (b.onTimeout !== h.onTimeout) {
      const weaker = h.onTimeout === "allow" || (b.onTimeout === "deny" && h.onTimeout === undefined);
      out.add(
        weaker ? "gate-weakened" : "gate-changed",
        `${at}/on_timeout`,
        `${label} on timeout`,
        weaker,
        b.onTimeout,
        h.onTimeout,
      );
    }
    const dropped = minus(b.approvers, h.approvers);
    const joined = minus(h.approvers, b.approvers);
    if (dropped.length > 0 || joined.length > 0) {
      // Dropping approvers takes the accountable people out of the loop; adding some widens who can
      // wave the action through. Either way the gate is not the one that was reviewed.
      out.add(
        dropped.length > 0 ? "gate-weakened" : "gate-approvers-added",
        `${at}/approvers`,
        `${label} approvers`,
        true,
        b.approvers.join(", ") || undefined,
        h.approvers.join(", ") || undefined,
      );
    }
    if (b.timeout !== h.timeout) {
      // Without a timeout the on_timeout rule never applies; with on_timeout allow, a shorter wait
      // lets the action through sooner.
      const weaker =
        (b.timeout !== undefined && h.timeout === undefined) ||
        (h.onTimeout === "allow" &&
          h.timeout !== undefined &&
          (b.timeout === undefined || h.timeout < b.timeout));
      out.add(
        weaker ? "gate-weakened" : "gate-changed",
        `${at}/timeout`,
        `${label} timeout`,
        weaker,
        dur(b.timeout),
        dur(h.timeout),
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// risk, audit, monitoring, oversight, delegation, tools

const AUTONOMY = ["human-in-the-loop", "supervised", "autonomous"];

function diffRisk(base: Data, head: Data, out: Details): void {
  const b = obj(base.risk) ?? {};
  const h = obj(head.risk) ?? {};
  const bt = str(b.eu_ai_act);
  const ht = str(h.eu_ai_act);
  if (bt !== ht) {
    // Up means higher stakes; down drops the obligations the checks enforce for the higher tier.
    // Either way a compliance reviewer signs it off.
    out.add("risk-tier-changed", "/risk/eu_ai_act", "EU AI Act risk tier", true, bt, ht);
  }
  const ba = str(b.autonomy);
  const ha = str(h.autonomy);
  if (ba !== ha) {
    const more = ha === undefined || AUTONOMY.indexOf(ha) > AUTONOMY.indexOf(ba ?? "human-in-the-loop");
    out.add("autonomy-changed", "/risk/autonomy", "autonomy", more, ba, ha);
  }
  const bc = strings(b.data_classes);
  const hc = strings(h.data_classes);
  const newClasses = minus(hc, bc);
  if (newClasses.length > 0) {
    out.add(
      "data-classes-added",
      "/risk/data_classes",
      `data classes ${newClasses.join(", ")}`,
      true,
      undefined,
      newClasses.join(", "),
    );
  }
}

function flagWeakened(out: Details, area: string, b: Data, h: Data, key: string, words: string): void {
  const bv = b[key];
  const hv = h[key];
  if (bv === hv) return;
  const show = (v: unknown) => (v === undefined ? undefined : String(v));
  const weaker = bv === true && hv !== true;
  out.add(
    weaker ? `${area}-weakened` : `${area}-changed`,
    `/${area}/${key}`,
    `${area} ${words}`,
    weaker,
    show(bv),
    show(hv),
  );
}

function diffAudit(base: Data, head: Data, out: Details): void {
  const b = obj(base.audit) ?? {};
  const h = obj(head.audit) ?? {};
  flagWeakened(out, "audit", b, h, "enabled", "enabled");
  flagWeakened(out, "audit", b, h, "immutable", "immutable");
  const br = num(b.retention);
  const hr = num(h.retention);
  if (br !== hr) {
    const weaker = br !== undefined && (hr === undefined || hr < br);
    out.add(
      weaker ? "audit-weakened" : "audit-changed",
      "/audit/retention",
      "audit retention",
      weaker,
      dur(br),
      dur(hr),
    );
  }
  const bs = str(b.sink);
  const hs = str(h.sink);
  if (bs !== hs) {
    const weaker = bs !== undefined && !hs;
    out.add(weaker ? "audit-weakened" : "audit-changed", "/audit/sink", "audit sink", weaker, bs, hs);
  }
  const droppedEvents = minus(strings(b.events), strings(h.events));
  if (droppedEvents.length > 0) {
    out.add(
      "audit-weakened",
      "/audit/events",
      "audit events",
      true,
      strings(b.events).join(", "),
      strings(h.events).join(", ") || undefined,
    );
  }
}

/** "600/m" → events per second; undefined when unreadable. */
function ratePerSecond(v: unknown): number | undefined {
  if (typeof v !== "string") return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(s|m|h|d)\s*$/.exec(v);
  if (!m) return undefined;
  const per = { s: 1, m: 60, h: 3600, d: 86_400 }[m[2] as "s" | "m" | "h" | "d"];
  return Number(m[1]) / per;
}

function diffMonitoring(base: Data, head: Data, out: Details): void {
  const b = obj(base.monitoring) ?? {};
  const h = obj(head.monitoring) ?? {};
  const bs = str(b.siem);
  const hs = str(h.siem);
  if (bs !== hs) {
    const weaker = bs !== undefined && !hs;
    out.add(
      weaker ? "monitoring-weakened" : "monitoring-changed",
      "/monitoring/siem",
      "monitoring SIEM",
      weaker,
      bs,
      hs,
    );
  }
  flagWeakened(out, "monitoring", b, h, "baseline", "baseline");
  const droppedAlerts = minus(strings(b.alerts), strings(h.alerts));
  if (droppedAlerts.length > 0) {
    out.add(
      "monitoring-weakened",
      "/monitoring/alerts",
      "monitoring alerts",
      true,
      strings(b.alerts).join(", "),
      strings(h.alerts).join(", ") || undefined,
    );
  }
  const br = str(b.rate_limit);
  const hr = str(h.rate_limit);
  if (br !== hr) {
    const bRate = ratePerSecond(br);
    const hRate = ratePerSecond(hr);
    const weaker =
      br !== undefined &&
      (hr === undefined || (bRate !== undefined && (hRate === undefined || hRate > bRate)));
    out.add(
      weaker ? "monitoring-weakened" : "monitoring-changed",
      "/monitoring/rate_limit",
      "monitoring rate limit",
      weaker,
      br,
      hr,
    );
  }
}

function diffOversight(base: Data, head: Data, out: Details): void {
  const b = obj(base.oversight) ?? {};
  const h = obj(head.oversight) ?? {};
  if (b.kill_switch === true && h.kill_switch !== true) {
    out.add(
      "oversight-weakened",
      "/oversight/kill_switch",
      "kill switch",
      true,
      "true",
      h.kill_switch === undefined ? undefined : String(h.kill_switch),
    );
  }
  const bd = obj(base.delegation) ?? {};
  const hd = obj(head.delegation) ?? {};
  if (bd.can_delegate !== true && hd.can_delegate === true) {
    out.add(
      "delegation-enabled",
      "/delegation/can_delegate",
      "delegation to other agents",
      true,
      "false",
      "true",
    );
  }
  const newSubs = minus(strings(hd.sub_agents), strings(bd.sub_agents));
  if (newSubs.length > 0) {
    out.add(
      "sub-agents-added",
      "/delegation/sub_agents",
      `sub-agents ${newSubs.join(", ")}`,
      true,
      undefined,
      newSubs.join(", "),
    );
  }
}

function diffTools(base: Data, head: Data, out: Details): void {
  const toolsOf = (d: Data) =>
    list(d.tools).map((raw, index) => ({ index, name: str(obj(raw)?.name), source: str(obj(raw)?.source) }));
  const { added, removed } = pairByName(toolsOf(base), toolsOf(head));
  const label = (t: { index: number; name?: string }) => `tool ${t.name ?? `#${t.index + 1}`}`;
  for (const t of added) {
    const from = t.source !== undefined ? ` from ${t.source}` : "";
    out.add("tool-added", `/tools/${t.index}`, `${label(t)}${from}`, true, undefined, t.source ?? t.name);
  }
  for (const t of removed) out.add("tool-removed", `/tools/${t.index}`, label(t), false, t.source ?? t.name);
}

/** Every change of one agent between its base and head documents (normalised data). */
export function diffAgentData(base: Data, head: Data): AccessChangeDetail[] {
  const out = new Details();
  diffPermissions(base, head, out);
  diffCredentials(base, head, out);
  diffGates(base, head, out);
  diffRisk(base, head, out);
  diffAudit(base, head, out);
  diffMonitoring(base, head, out);
  diffOversight(base, head, out);
  diffTools(base, head, out);
  // native agents: approval posture (approval_policy, sandbox_mode, defaultMode, auto-approval)
  for (const c of postureChanges(base, head))
    out.add(c.kind, c.path, c.subject, c.escalation, c.before, c.after);
  return out.items;
}

// ---------------------------------------------------------------------------------------------
// agents

/**
 * Agents pair by file and metadata.name; unnamed ones by file and document index. An agent is its file
 * and its name: a new file that reuses an existing agent's name is a new agent. A file that was moved
 * or renamed still pairs its agent when that name is declared exactly once at the base and once at the
 * head, and neither declaration pairs otherwise.
 */
function keyed(agents: readonly NormalisedAgent[]): Map<string, NormalisedAgent> {
  const out = new Map<string, NormalisedAgent>();
  for (const a of agents) {
    let key =
      a.name !== undefined && a.name !== ""
        ? `name:${a.doc.file}\u0000${a.name}`
        : `doc:${a.doc.file}#${a.doc.docIndex}`;
    // a duplicated name is a finding of its own; keep both agents apart by their order
    for (let n = 2; out.has(key); n++) key = `${key}\u0000${n}`;
    out.set(key, a);
  }
  return out;
}

function nameCounts(agents: readonly NormalisedAgent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of agents) if (a.name) counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  return counts;
}

/** Base → head agent pairs: same file and name, then moved files whose name is unique on both sides. */
function pairAgents(
  base: readonly NormalisedAgent[],
  head: readonly NormalisedAgent[],
): Map<NormalisedAgent, NormalisedAgent> {
  const before = keyed(base);
  const pairs = new Map<NormalisedAgent, NormalisedAgent>();
  const paired = new Set<NormalisedAgent>();
  for (const [key, h] of keyed(head)) {
    const b = before.get(key);
    if (b) {
      pairs.set(h, b);
      paired.add(b);
    }
  }
  const baseCount = nameCounts(base);
  const headCount = nameCounts(head);
  const unpairedBase = new Map(
    base.filter((b) => !paired.has(b) && b.name && baseCount.get(b.name) === 1).map((b) => [b.name, b]),
  );
  for (const h of head) {
    if (pairs.has(h) || !h.name || headCount.get(h.name) !== 1) continue;
    const b = unpairedBase.get(h.name);
    if (b) pairs.set(h, b);
  }
  return pairs;
}

function agentName(a: NormalisedAgent): string {
  return a.name ?? `(unnamed agent ${a.doc.docIndex + 1} in ${a.doc.file})`;
}

function addedDetails(a: NormalisedAgent): AccessChangeDetail[] {
  const out = new Details();
  const level = agentAccessLevel(a.data.permissions);
  out.add("agent-added", "", `agent ${agentName(a)}`, true, undefined, level);
  for (const p of permissionsOf(a.data)) {
    out.add(
      "permission-added",
      `/permissions/${p.index}`,
      permissionLabel(p),
      true,
      undefined,
      permissionLabel(p),
    );
  }
  return out.items;
}

/** Added, removed and modified agents, head order first (by file), then removed ones in base order. */
export function diffAgents(
  base: readonly NormalisedAgent[],
  head: readonly NormalisedAgent[],
): AccessChange[] {
  const pairs = pairAgents(base, head);
  const changes: AccessChange[] = [];
  for (const h of head) {
    const b = pairs.get(h);
    if (!b) {
      changes.push({ agent: agentName(h), file: h.doc.file, change: "added", details: addedDetails(h) });
      continue;
    }
    const details = diffAgentData(b.data, h.data);
    if (details.length > 0)
      changes.push({ agent: agentName(h), file: h.doc.file, change: "modified", details });
  }
  const kept = new Set(pairs.values());
  for (const b of base) {
    if (kept.has(b)) continue;
    const level = agentAccessLevel(b.data.permissions);
    changes.push({
      agent: agentName(b),
      file: b.doc.file,
      change: "removed",
      details: [
        {
          kind: "agent-removed",
          path: "",
          subject: `agent ${agentName(b)}`,
          before: level,
          escalation: false,
        },
      ],
    });
  }
  return changes.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
}
