// One cause, one finding: how formats without a structured slot for related locations (text, Markdown,
// workflow commands, HTML) list the other agents sharing a finding's cause, after its message.
import type { Finding } from "../report/model.js";

/** Listed in full up to this many; past it, a count. */
const SHOWN = 10;

/** " (also: b-agent at agents/b.yaml:4, c-agent at agents/c.yaml:7)"; "" without related locations. */
export function relatedSuffix(f: Pick<Finding, "related">): string {
  const related = f.related ?? [];
  if (related.length === 0) return "";
  const items = related
    .slice(0, SHOWN)
    .map((r) => `${r.agent !== undefined ? `${r.agent} at ` : ""}${r.file}:${r.line}`);
  const more = related.length > SHOWN ? `, and ${related.length - SHOWN} more` : "";
  return ` (also: ${items.join(", ")}${more})`;
}

/** The finding's message followed by its related locations. */
export function messageWithRelated(f: Pick<Finding, "message" | "related">): string {
  return f.message + relatedSuffix(f);
}
