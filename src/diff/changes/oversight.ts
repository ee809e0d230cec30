// Human oversight and delegation: the kill switch removed, delegation switched on, new sub-agents.
import type { Details } from "./detail.js";
import { minus, obj, strings, type Data } from "./detail.js";

export function diffOversight(base: Data, head: Data, out: Details): void {
  const b = obj(base.oversight) ?? {};
  const h = obj(head.oversight) ?? {};
  if (b.kill_switch === true && h.kill_switch !== true) {
    out.add({
      kind: "oversight-weakened",
      path: "/oversight/kill_switch",
      subject: "kill switch",
      escalation: true,
      before: "true",
      after: h.kill_switch === undefined ? undefined : String(h.kill_switch),
    });
  }
  const bd = obj(base.delegation) ?? {};
  const hd = obj(head.delegation) ?? {};
  if (bd.can_delegate !== true && hd.can_delegate === true) {
    out.add({
      kind: "delegation-enabled",
      path: "/delegation/can_delegate",
      subject: "delegation to other agents",
      escalation: true,
      before: "false",
      after: "true",
    });
  }
  const newSubs = minus(strings(hd.sub_agents), strings(bd.sub_agents));
  if (newSubs.length > 0) {
    out.add({
      kind: "sub-agents-added",
      path: "/delegation/sub_agents",
      subject: `sub-agents ${newSubs.join(", ")}`,
      escalation: true,
      after: newSubs.join(", "),
    });
  }
}
