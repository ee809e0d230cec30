// Change details in plain words for people ("credential stripe TTL 15m → 7d", "write on … no longer
// gated by refund-approval"). The text is raw manifest data: callers escape it for their medium.
import type { ChangeDetail } from "../report/model.js";

const PERMISSION_GATE = /^\/permissions\/\d+\/approval$/;

/** The subject a detail names (from `diffAgents`), or the kind in words for details made elsewhere. */
function subjectOf(d: ChangeDetail): string {
  const subject = (d as { subject?: unknown }).subject;
  return typeof subject === "string" && subject !== "" ? subject : d.kind.replace(/-/g, " ");
}

export function describeDetail(d: ChangeDetail): string {
  const subject = subjectOf(d);
  const { before, after } = d;
  if (d.kind === "agent-added") return `new agent${after ? ` with ${after} access` : ""}`;
  if (d.kind === "agent-removed") return "agent removed";
  if (PERMISSION_GATE.test(d.path)) {
    if (d.kind === "gate-removed") return `${subject} no longer gated by ${before ?? "its approval gate"}`;
    if (d.kind === "gate-added") return `${subject} now gated by ${after ?? "an approval gate"}`;
    return `${subject} gated by ${after ?? "nothing"} instead of ${before ?? "nothing"}`;
  }
  if (d.kind.endsWith("-widened") && before !== undefined && after !== undefined)
    return `widens ${before} to ${after}`;
  if (d.kind.endsWith("-narrowed") && before !== undefined && after !== undefined) {
    return `narrows ${before} to ${after}`;
  }
  if (d.kind.endsWith("-added")) return `adds ${subject}`;
  if (d.kind.endsWith("-removed")) return `removes ${subject}`;
  if (before !== undefined && after !== undefined) return `${subject} ${before} → ${after}`;
  if (before !== undefined) return `${subject} removed (was ${before})`;
  if (after !== undefined) return `${subject} set to ${after}`;
  return subject;
}
