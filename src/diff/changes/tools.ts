// Tools: added (with where they come from) and removed.
import type { Details } from "./detail.js";
import { list, obj, ordinal, pairByName, str, type Data } from "./detail.js";

export function diffTools(base: Data, head: Data, out: Details): void {
  const toolsOf = (d: Data) =>
    list(d.tools).map((raw, index) => ({ index, name: str(obj(raw)?.name), source: str(obj(raw)?.source) }));
  const { added, removed } = pairByName(toolsOf(base), toolsOf(head));
  const label = (t: { index: number; name?: string | undefined }) => `tool ${ordinal(t)}`;
  for (const t of added) {
    const from = t.source !== undefined ? ` from ${t.source}` : "";
    out.add({
      kind: "tool-added",
      path: `/tools/${t.index}`,
      subject: `${label(t)}${from}`,
      escalation: true,
      after: t.source ?? t.name,
    });
  }
  for (const t of removed) {
    out.add({
      kind: "tool-removed",
      path: `/tools/${t.index}`,
      subject: label(t),
      escalation: false,
      before: t.source ?? t.name,
    });
  }
}
