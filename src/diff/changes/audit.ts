// Audit: switched off, made mutable, shorter retention, no sink, fewer events recorded.
import type { Details } from "./detail.js";
import { dur, flagChange, minus, num, obj, str, strings, type Data } from "./detail.js";

export function diffAudit(base: Data, head: Data, out: Details): void {
  const b = obj(base.audit) ?? {};
  const h = obj(head.audit) ?? {};
  flagChange(out, "audit", b, h, "enabled", "enabled");
  flagChange(out, "audit", b, h, "immutable", "immutable");
  const br = num(b.retention);
  const hr = num(h.retention);
  if (br !== hr) {
    const weaker = br !== undefined && (hr === undefined || hr < br);
    out.add({
      kind: weaker ? "audit-weakened" : "audit-changed",
      path: "/audit/retention",
      subject: "audit retention",
      escalation: weaker,
      before: dur(br),
      after: dur(hr),
    });
  }
  const bs = str(b.sink);
  const hs = str(h.sink);
  if (bs !== hs) {
    const weaker = bs !== undefined && !hs;
    out.add({
      kind: weaker ? "audit-weakened" : "audit-changed",
      path: "/audit/sink",
      subject: "audit sink",
      escalation: weaker,
      before: bs,
      after: hs,
    });
  }
  if (minus(strings(b.events), strings(h.events)).length > 0) {
    out.add({
      kind: "audit-weakened",
      path: "/audit/events",
      subject: "audit events",
      escalation: true,
      before: strings(b.events).join(", "),
      after: strings(h.events).join(", ") || undefined,
    });
  }
}
