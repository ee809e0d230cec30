// What a change (a pull request) does to the policy itself: the config's settings, its waivers and its
// packs, base against head, as plain-language items a reviewer can approve knowingly. Since a pull
// request is judged by the base policy, these items are the only place its policy edits show up.
import { isDeepStrictEqual } from "node:util";
import { ownValue } from "../util/guards.js";
import { severityRank, type FailOn } from "../report/model.js";
import type { ActivePolicy } from "./active.js";
import type { PolicyConfig, WaiverDef } from "./config.js";
import { loadPolicy } from "./load.js";
import type { CheckDef, FrameworkDef } from "./types.js";

export type PolicyChangeKind =
  | "config-added"
  | "config-removed"
  | "config-renamed"
  | "setting-changed"
  | "param-changed"
  | "check-changed"
  | "waiver-added"
  | "waiver-removed"
  | "waiver-changed"
  | "pack-added"
  | "pack-removed"
  | "pack-check-added"
  | "pack-check-removed"
  | "pack-check-changed"
  | "pack-framework-added"
  | "pack-framework-removed"
  | "pack-framework-changed"
  | "file-changed"
  /** The base policy is broken; only with policy source head, where the head policy judges. */
  | "base-policy-invalid"
  /** The policy as changed is broken; only with policy source base, where the base policy judges. */
  | "head-policy-invalid";

export interface PolicyChange {
  kind: PolicyChangeKind;
  /** One line of plain language (config values quoted as written; escape it for the output format). */
  text: string;
  /** True when the change can let through something the base policy would fail: review it first. */
  mayWeaken: boolean;
}

type Obj = Record<string, unknown>;

function show(v: unknown): string {
  if (v === undefined) return "(not set)";
  if (Array.isArray(v)) return `[${v.map(show).join(", ")}]`;
  if (typeof v === "string") return v;
  return JSON.stringify(v);
}

/** Higher is stricter: failing from info up is the strictest, never failing the most lenient. */
function strictness(v: FailOn | undefined): number {
  const f = v ?? "high";
  return f === "never" ? -1 : severityRank(f);
}

function settingChanges(base: PolicyConfig, head: PolicyConfig, out: PolicyChange[]): void {
  for (const field of ["include", "exclude"] as const) {
    if (isDeepStrictEqual(base[field], head[field])) continue;
    const text =
      field === "include"
        ? `include: ${base.include ? show(base.include) : "(default discovery)"} → ${head.include ? show(head.include) : "(default discovery)"}`
        : `exclude: ${show(base.exclude)} → ${show(head.exclude)}`;
    out.push({ kind: "setting-changed", text, mayWeaken: true });
  }
  if (!isDeepStrictEqual(base.frameworks, head.frameworks)) {
    const before = base.frameworks ?? [];
    const after = head.frameworks ?? [];
    const dropped = base.frameworks && (!head.frameworks || before.some((f) => !after.includes(f)));
    out.push({
      kind: "setting-changed",
      text: `frameworks: ${base.frameworks ? show(before) : "(all)"} → ${head.frameworks ? show(after) : "(all)"}`,
      mayWeaken: head.frameworks !== undefined && (dropped === true || base.frameworks === undefined),
    });
  }
  if ((base.fail_on ?? "high") !== (head.fail_on ?? "high")) {
    out.push({
      kind: "setting-changed",
      text: `fail_on: ${base.fail_on ?? "high (default)"} → ${head.fail_on ?? "high (default)"}`,
      mayWeaken: strictness(head.fail_on) < strictness(base.fail_on),
    });
  }
  if ((base.fail_scope ?? "") !== (head.fail_scope ?? "")) {
    const side = (v: string | undefined): string => v ?? "(not set)";
    out.push({
      kind: "setting-changed",
      text: `fail_scope: ${side(base.fail_scope)} → ${side(head.fail_scope)}`,
      // judged on new findings only, existing ones no longer fail
      mayWeaken: head.fail_scope === "new" || (base.fail_scope === "all" && head.fail_scope === undefined),
    });
  }
  if (!isDeepStrictEqual(base.fail_on_escalation, head.fail_on_escalation)) {
    const kinds = (v: PolicyConfig["fail_on_escalation"]): readonly string[] | "all" =>
      v === true ? "all" : v === undefined || v === false ? [] : v;
    const [b, h] = [kinds(base.fail_on_escalation), kinds(head.fail_on_escalation)];
    const side = (v: PolicyConfig["fail_on_escalation"]): string => (v === undefined ? "(not set)" : show(v));
    out.push({
      kind: "setting-changed",
      text: `fail_on_escalation: ${side(base.fail_on_escalation)} → ${side(head.fail_on_escalation)}`,
      // an escalation the base failed on that the head lets through
      mayWeaken: b === "all" ? h !== "all" : h !== "all" && b.some((k) => !h.includes(k)),
    });
  }
}

function defaultOf(name: string, checks: readonly CheckDef[]): unknown {
  for (const c of checks) if (Object.hasOwn(c.params, name)) return c.params[name]!.default;
  return undefined;
}

function paramChanges(base: Obj, head: Obj, checks: readonly CheckDef[], out: PolicyChange[]): void {
  const names = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  for (const name of names) {
    // a pack may declare a parameter called `constructor`, which a plain lookup finds on every object
    const [b, h] = [ownValue(base, name), ownValue(head, name)];
    if (isDeepStrictEqual(b, h)) continue;
    const fallback = defaultOf(name, checks);
    const side = (v: unknown): string => (v === undefined ? `${show(fallback)} (default)` : show(v));
    out.push({ kind: "param-changed", text: `param ${name}: ${side(b)} → ${side(h)}`, mayWeaken: true });
  }
}

function checkChanges(
  base: Record<string, string>,
  head: Record<string, string>,
  checks: ReadonlyMap<string, CheckDef>,
  out: PolicyChange[],
): void {
  const ids = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  for (const id of ids) {
    const [b, h] = [ownValue(base, id), ownValue(head, id)];
    if (b === h) continue;
    const own = checks.get(id)?.severity;
    const side = (v: string | undefined): string => v ?? `default (${own ?? "?"})`;
    const rank = (v: string | undefined): number =>
      v === "off" ? 5 : severityRank((v ?? own ?? "info") as Parameters<typeof severityRank>[0]);
    out.push({
      kind: "check-changed",
      text: `check ${id}: ${side(b)} → ${side(h)}`,
      mayWeaken: rank(h) > rank(b),
    });
  }
}

function waiverKey(w: WaiverDef): string {
  return `${w.check}\u0000${w.agent}\u0000${w.path ?? ""}`;
}

function describeWaiver(w: WaiverDef): string {
  return `${w.check} on '${w.agent}'${w.path ? ` at ${w.path}` : ""}`;
}

function waiverChanges(base: WaiverDef[], head: WaiverDef[], out: PolicyChange[]): void {
  const group = (list: WaiverDef[]): Map<string, WaiverDef[]> => {
    const m = new Map<string, WaiverDef[]>();
    for (const w of list) m.set(waiverKey(w), [...(m.get(waiverKey(w)) ?? []), w]);
    return m;
  };
  const [b, h] = [group(base), group(head)];
  for (const key of new Set([...b.keys(), ...h.keys()])) {
    const before = b.get(key) ?? [];
    const after = h.get(key) ?? [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const [was, now] = [before[i], after[i]];
      if (was && !now) {
        out.push({
          kind: "waiver-removed",
          text: `waiver removed: ${describeWaiver(was)} (was until ${was.expires})`,
          mayWeaken: false,
        });
      } else if (now && !was) {
        out.push({
          kind: "waiver-added",
          text: `waiver added: ${describeWaiver(now)} until ${now.expires}, approved by ${now.approved_by}: ${now.reason}`,
          mayWeaken: true,
        });
      } else if (was && now && !isDeepStrictEqual(was, now)) {
        const parts: string[] = [];
        if (was.expires !== now.expires) parts.push(`expires ${was.expires} → ${now.expires}`);
        if (was.approved_by !== now.approved_by)
          parts.push(`approved_by ${was.approved_by} → ${now.approved_by}`);
        if (was.reason !== now.reason) parts.push(`reason now: ${now.reason}`);
        out.push({
          kind: "waiver-changed",
          text: `waiver changed: ${describeWaiver(now)}: ${parts.join("; ")}`,
          mayWeaken: now.expires > was.expires || was.approved_by !== now.approved_by,
        });
      }
    }
  }
}

function withoutSource<T extends { source?: unknown }>(def: T): Omit<T, "source"> {
  const copy = { ...def };
  delete copy.source;
  return copy;
}

function packCheckChanges(base: readonly CheckDef[], head: readonly CheckDef[], out: PolicyChange[]): void {
  const builtin = new Set(loadPolicy().checks.map((c) => c.id));
  const own = (list: readonly CheckDef[]): Map<string, CheckDef> =>
    new Map(list.filter((c) => !builtin.has(c.id)).map((c) => [c.id, c]));
  const [b, h] = [own(base), own(head)];
  for (const id of [...new Set([...b.keys(), ...h.keys()])].sort()) {
    const [was, now] = [b.get(id), h.get(id)];
    const where = (c: CheckDef): string => (c.source ? ` (${c.source.file})` : "");
    if (was && !now) {
      out.push({
        kind: "pack-check-removed",
        text: `pack check removed: ${id} ${was.title}${where(was)}`,
        mayWeaken: true,
      });
    } else if (now && !was) {
      out.push({
        kind: "pack-check-added",
        text: `pack check added: ${id} (${now.severity}) ${now.title}${where(now)}`,
        mayWeaken: false,
      });
    } else if (was && now && !isDeepStrictEqual(withoutSource(was), withoutSource(now))) {
      const parts: string[] = [];
      if (was.severity !== now.severity) parts.push(`severity ${was.severity} → ${now.severity}`);
      if (was.waivable !== now.waivable) parts.push(`waivable ${was.waivable} → ${now.waivable}`);
      const logic = ["when", "each", "where", "at", "assert"] as const;
      if (logic.some((k) => !isDeepStrictEqual(was[k], now[k]))) parts.push("logic changed");
      if (!isDeepStrictEqual(was.params, now.params)) parts.push("parameters changed");
      if (parts.length === 0) parts.push("wording changed");
      out.push({
        kind: "pack-check-changed",
        text: `pack check changed: ${id}${where(now)}: ${parts.join("; ")}`,
        mayWeaken: true,
      });
    }
  }
}

function packFrameworkChanges(
  base: readonly FrameworkDef[],
  head: readonly FrameworkDef[],
  out: PolicyChange[],
): void {
  const builtin = new Set(loadPolicy().frameworks.map((f) => f.id));
  const own = (list: readonly FrameworkDef[]): Map<string, FrameworkDef> =>
    new Map(list.filter((f) => !builtin.has(f.id)).map((f) => [f.id, f]));
  const [b, h] = [own(base), own(head)];
  for (const id of [...new Set([...b.keys(), ...h.keys()])].sort()) {
    const [was, now] = [b.get(id), h.get(id)];
    if (was && !now) {
      out.push({
        kind: "pack-framework-removed",
        text: `pack framework removed: ${id} ${was.title}`,
        mayWeaken: true,
      });
      continue;
    }
    if (now && !was) {
      out.push({
        kind: "pack-framework-added",
        text: `pack framework added: ${id} ${now.title} (${now.controls.length} controls)`,
        mayWeaken: false,
      });
      continue;
    }
    if (!was || !now || isDeepStrictEqual(withoutSource(was), withoutSource(now))) continue;
    const parts: string[] = [];
    const controls = (f: FrameworkDef): Map<string, string[]> =>
      new Map(f.controls.map((c) => [c.id, c.checks]));
    const [cb, ch] = [controls(was), controls(now)];
    for (const c of cb.keys()) if (!ch.has(c)) parts.push(`control ${c} removed`);
    for (const [c, checks] of ch) {
      const before = cb.get(c);
      if (!before) parts.push(`control ${c} added (${show(checks)})`);
      else if (!isDeepStrictEqual(before, checks))
        parts.push(`control ${c} checks ${show(before)} → ${show(checks)}`);
    }
    if (parts.length === 0) parts.push("wording changed");
    out.push({
      kind: "pack-framework-changed",
      text: `pack framework changed: ${id}: ${parts.join("; ")}`,
      mayWeaken: true,
    });
  }
}

/** Every change to the policy from `base` to `head`, in a stable order: config, waivers, packs. */
export function policyChanges(base: ActivePolicy, head: ActivePolicy): PolicyChange[] {
  const out: PolicyChange[] = [];
  const [bc, hc] = [base.config, head.config];
  if (!bc && hc) out.push({ kind: "config-added", text: `config added: ${hc.file}`, mayWeaken: true });
  if (bc && !hc) out.push({ kind: "config-removed", text: `config removed: ${bc.file}`, mayWeaken: true });
  if (bc && hc && bc.file !== hc.file) {
    out.push({ kind: "config-renamed", text: `config file: ${bc.file} → ${hc.file}`, mayWeaken: false });
  }
  const [b, h] = [bc?.settings ?? {}, hc?.settings ?? {}];
  settingChanges(b, h, out);
  paramChanges(b.params ?? {}, h.params ?? {}, head.policy.checks, out);
  checkChanges(b.checks ?? {}, h.checks ?? {}, new Map(head.policy.checks.map((c) => [c.id, c])), out);
  waiverChanges(b.waivers ?? [], h.waivers ?? [], out);

  const [bp, hp] = [b.packs ?? [], h.packs ?? []];
  for (const p of hp)
    if (!bp.includes(p)) out.push({ kind: "pack-added", text: `pack added: ${p}`, mayWeaken: false });
  for (const p of bp)
    if (!hp.includes(p)) out.push({ kind: "pack-removed", text: `pack removed: ${p}`, mayWeaken: true });
  packCheckChanges(base.policy.checks, head.policy.checks, out);
  packFrameworkChanges(base.policy.frameworks, head.policy.frameworks, out);

  // Edits that change no setting (comments, layout) are still edits to the policy; say so once per file.
  if (out.length === 0) {
    if (bc && hc && bc.file === hc.file && bc.text !== hc.text) {
      out.push({
        kind: "file-changed",
        text: `${hc.file} changed (comments or layout only)`,
        mayWeaken: false,
      });
    }
    for (const file of new Set([...base.packFiles.keys(), ...head.packFiles.keys()])) {
      if (base.packFiles.get(file) !== head.packFiles.get(file)) {
        out.push({
          kind: "file-changed",
          text: `${file} changed (comments or layout only)`,
          mayWeaken: false,
        });
      }
    }
  }
  return out;
}
