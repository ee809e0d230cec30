// Tools: added (with where they come from) and removed, named by what they are ("MCP server github",
// "A2A agent planner", "plugin x", "tool y") so a reviewer reads "adds MCP server stripe from npm:@stripe/mcp".
import type { Details } from "./detail.js";
import { list, obj, ordinal, pairByName, str, type Data } from "./detail.js";

/** The manifest's tool types (schema/agent.schema.json) in words. */
const KIND_WORDS: Readonly<Record<string, string>> = {
  mcp: "MCP server",
  a2a: "A2A agent",
  plugin: "plugin",
  function: "function",
};

export function diffTools(base: Data, head: Data, out: Details): void {
  const toolsOf = (d: Data) =>
    list(d.tools).map((raw, index) => ({
      index,
      name: str(obj(raw)?.name),
      source: str(obj(raw)?.source),
      type: str(obj(raw)?.type),
    }));
  const { added, removed } = pairByName(toolsOf(base), toolsOf(head));
  const label = (t: { index: number; name?: string | undefined; type?: string | undefined }) =>
    `${t.type !== undefined && Object.hasOwn(KIND_WORDS, t.type) ? KIND_WORDS[t.type] : "tool"} ${ordinal(t)}`;
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
