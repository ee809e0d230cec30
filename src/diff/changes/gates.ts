// Approval gates (`approvals:`): added, removed, fewer approvers required, letting actions through on
// timeout, a different set of approvers.
import type { Details } from "./detail.js";
import { dur, list, minus, num, obj, ordinal, pairByName, str, strings, type Data } from "./detail.js";

export interface Gate {
  index: number;
  name?: string | undefined;
  approvers: string[];
  min?: number | undefined;
  timeout?: number | undefined;
  onTimeout?: string | undefined;
}

export function gatesOf(data: Data): Gate[] {
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
export function weakerGate(before: Gate | undefined, after: Gate | undefined): boolean {
  if (!after) return true; // the permission now names a gate that does not exist
  if (!before) return false;
  return (
    (after.min ?? 1) < (before.min ?? 1) || (after.onTimeout === "allow" && before.onTimeout !== "allow")
  );
}

function gateLabel(g: Gate): string {
  return `approval gate ${ordinal(g)}`;
}

export function diffGates(base: Data, head: Data, out: Details): void {
  const { pairs, added, removed } = pairByName(gatesOf(base), gatesOf(head));
  for (const h of added) {
    out.add({
      kind: "gate-added",
      path: `/approvals/${h.index}`,
      subject: gateLabel(h),
      escalation: false,
      after: ordinal(h),
    });
  }
  for (const b of removed) {
    out.add({
      kind: "gate-removed",
      path: `/approvals/${b.index}`,
      subject: gateLabel(b),
      escalation: true,
      before: ordinal(b),
    });
  }
  for (const { b, h } of pairs) {
    const at = `/approvals/${h.index}`;
    const label = gateLabel(h);
    const bMin = b.min ?? 1;
    const hMin = h.min ?? 1;
    if (bMin !== hMin) {
      const weaker = hMin < bMin;
      out.add({
        kind: weaker ? "gate-weakened" : "gate-strengthened",
        path: `${at}/min_approvals`,
        subject: `${label} minimum approvals`,
        escalation: weaker,
        before: String(bMin),
        after: String(hMin),
      });
    }
    if (b.onTimeout !== h.onTimeout) {
      const weaker = h.onTimeout === "allow" || (b.onTimeout === "deny" && h.onTimeout === undefined);
      out.add({
        kind: weaker ? "gate-weakened" : "gate-changed",
        path: `${at}/on_timeout`,
        subject: `${label} on timeout`,
        escalation: weaker,
        before: b.onTimeout,
        after: h.onTimeout,
      });
    }
    const dropped = minus(b.approvers, h.approvers);
    const joined = minus(h.approvers, b.approvers);
    if (dropped.length > 0 || joined.length > 0) {
      // Dropping approvers takes the accountable people out of the loop; adding some widens who can
      // wave the action through. Either way the gate is not the one that was reviewed.
      out.add({
        kind: dropped.length > 0 ? "gate-weakened" : "gate-approvers-added",
        path: `${at}/approvers`,
        subject: `${label} approvers`,
        escalation: true,
        before: b.approvers.join(", ") || undefined,
        after: h.approvers.join(", ") || undefined,
      });
    }
    if (b.timeout !== h.timeout) {
      // Without a timeout the on_timeout rule never applies; with on_timeout allow, a shorter wait
      // lets the action through sooner.
      const weaker =
        (b.timeout !== undefined && h.timeout === undefined) ||
        (h.onTimeout === "allow" &&
          h.timeout !== undefined &&
          (b.timeout === undefined || h.timeout < b.timeout));
      out.add({
        kind: weaker ? "gate-weakened" : "gate-changed",
        path: `${at}/timeout`,
        subject: `${label} timeout`,
        escalation: weaker,
        before: dur(b.timeout),
        after: dur(h.timeout),
      });
    }
  }
}
