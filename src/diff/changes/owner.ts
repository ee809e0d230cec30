// Accountability: who owns the agent (metadata.owner, or the CODEOWNERS entry that stands in for it).
// A new owner is listed for the reviewer; losing the owner leaves nobody accountable, an escalation.
import type { Details } from "./detail.js";
import { obj, str, type Data } from "./detail.js";

export function diffOwner(base: Data, head: Data, out: Details): void {
  const before = str(obj(base.metadata)?.owner);
  const after = str(obj(head.metadata)?.owner);
  if (before === after) return;
  out.add({
    kind: "owner-changed",
    path: "/metadata/owner",
    subject: "owner",
    escalation: after === undefined,
    before,
    after,
  });
}
