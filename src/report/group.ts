// One cause, one finding: a root cause shared by several agents (one identity, one secret, one name
// reused by N manifests) is reported once, at its first occurrence, with the other occurrences as related
// locations, rather than as N findings that each look new. A check opts in with `group: value` in its
// rule file: its findings with the same value at their location are one cause. The finding's fingerprint
// is the check and the value (hashed), so it stays the same as agents join or leave the group; a change
// that adds an agent to the group makes the finding new again (see widens).
import { createHash } from "node:crypto";
import type { Finding, RelatedLocation } from "./model.js";

/** Fingerprint of a shared cause: the check and the shared value, never which agents share it. */
export function causeFingerprint(ruleId: string, value: unknown): string {
  return createHash("sha256")
    .update(`${ruleId}\u0000cause\u0000${JSON.stringify(value) ?? "undefined"}`)
    .digest("hex")
    .slice(0, 32);
}

/** The value at a JSON pointer inside plain data (own members only); undefined when absent. */
export function valueAtPointer(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Folds findings of grouped checks into the first finding of their cause; the rest pass through. */
export class CauseGrouper {
  private readonly primaries = new Map<string, Finding>();

  /**
   * The finding to report, or undefined when `f` joined an earlier finding of the same cause as a related
   * location. `f.fingerprint` must already be the cause fingerprint.
   */
  add(f: Finding): Finding | undefined {
    const primary = this.primaries.get(f.fingerprint);
    if (!primary) {
      this.primaries.set(f.fingerprint, f);
      return f;
    }
    const related: RelatedLocation = {
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      path: f.path,
      ...(f.agent !== undefined ? { agent: f.agent } : {}),
    };
    (primary.related ??= []).push(related);
    return undefined;
  }
}

/** "name@file" of every agent a finding concerns: its own and those of its related locations. */
export function agentsOf(f: Pick<Finding, "agent" | "file" | "related">): string[] {
  const key = (agent: string | undefined, file: string): string => `${agent ?? ""}@${file}`;
  return [key(f.agent, f.file), ...(f.related ?? []).map((r) => key(r.agent, r.file))];
}

/** Whether the head's finding of a shared cause concerns an agent the base's finding did not. */
export function widens(head: Finding, base: Finding | undefined): boolean {
  if (!base || (head.related ?? []).length === 0) return false;
  const before = new Set(agentsOf(base));
  return agentsOf(head).some((a) => !before.has(a));
}
