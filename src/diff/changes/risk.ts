// Risk: the EU AI Act tier, autonomy, and the data classes an agent handles.
import type { Details } from "./detail.js";
import { minus, obj, str, strings, type Data } from "./detail.js";

const AUTONOMY = ["human-in-the-loop", "supervised", "autonomous"];

export function diffRisk(base: Data, head: Data, out: Details): void {
  const b = obj(base.risk) ?? {};
  const h = obj(head.risk) ?? {};
  const bt = str(b.eu_ai_act);
  const ht = str(h.eu_ai_act);
  if (bt !== ht) {
    // Up means higher stakes; down drops the obligations the checks enforce for the higher tier.
    // Either way a compliance reviewer signs it off.
    out.add({
      kind: "risk-tier-changed",
      path: "/risk/eu_ai_act",
      subject: "EU AI Act risk tier",
      escalation: true,
      before: bt,
      after: ht,
    });
  }
  const ba = str(b.autonomy);
  const ha = str(h.autonomy);
  if (ba !== ha) {
    const more = ha === undefined || AUTONOMY.indexOf(ha) > AUTONOMY.indexOf(ba ?? "human-in-the-loop");
    out.add({
      kind: "autonomy-changed",
      path: "/risk/autonomy",
      subject: "autonomy",
      escalation: more,
      before: ba,
      after: ha,
    });
  }
  const newClasses = minus(strings(h.data_classes), strings(b.data_classes));
  if (newClasses.length > 0) {
    out.add({
      kind: "data-classes-added",
      path: "/risk/data_classes",
      subject: `data classes ${newClasses.join(", ")}`,
      escalation: true,
      after: newClasses.join(", "),
    });
  }
}
