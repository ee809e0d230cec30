// What every area of the change list shares: the detail it records, readers for normalised data of
// unknown shape, and the pairing of base and head items.
import { formatDuration } from "../../manifest/duration.js";
import type { ChangeDetail } from "../../report/model.js";
import type { ChangeKind } from "./kinds.js";

export interface AccessChangeDetail extends ChangeDetail {
  kind: ChangeKind;
  /** What the change is about, in words: "credential stripe TTL", "write on https://…", "approval gate x". */
  subject: string;
}

/** One change, as an area reports it. `before`/`after` are the values in words; absent = not set. */
export interface DetailInput {
  kind: ChangeKind;
  /** JSON pointer in the head document (the base's for removals). */
  path: string;
  subject: string;
  /** Widens what the agent can do or weakens the oversight of it: a reviewer must sign it off. */
  escalation: boolean;
  before?: string | undefined;
  after?: string | undefined;
}

/** Options every area may need. */
export interface DiffOptions {
  /** Credential types held to be long-lived static secrets (the `static_credential_types` parameter). */
  staticCredentialTypes: readonly string[];
}

export class Details {
  readonly items: AccessChangeDetail[] = [];
  add({ kind, path, subject, escalation, before, after }: DetailInput): void {
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

export type Data = Record<string, unknown>;

export function obj(v: unknown): Data | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Data) : undefined;
}
export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}
export function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}
export function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  return list(v).filter((x): x is string => typeof x === "string");
}
export function dur(v: number | undefined): string | undefined {
  return v === undefined ? undefined : formatDuration(v);
}
export function minus(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((x) => !b.includes(x));
}

/** How an item without a name is called: `#2` for the second of its list. */
export function ordinal(item: { name?: string | undefined; index: number }): string {
  return item.name ?? `#${item.index + 1}`;
}

/** Items matched by name; unnamed ones by position among the unnamed. */
export function pairByName<T extends { name?: string | undefined }>(base: T[], head: T[]) {
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

/** A boolean safeguard (`audit.enabled`, `monitoring.baseline`): switching it off from true weakens. */
export function flagChange(
  out: Details,
  area: "audit" | "monitoring",
  b: Data,
  h: Data,
  key: string,
  words: string,
): void {
  const bv = b[key];
  const hv = h[key];
  if (bv === hv) return;
  const show = (v: unknown) => (v === undefined ? undefined : String(v));
  const weaker = bv === true && hv !== true;
  out.add({
    kind: weaker ? `${area}-weakened` : `${area}-changed`,
    path: `/${area}/${key}`,
    subject: `${area} ${words}`,
    escalation: weaker,
    before: show(bv),
    after: show(hv),
  });
}
