// Which parsed documents are located from a compact position table (positions.ts): loading keeps the
// table (it crosses from worker threads, and outlives the syntax tree) beside each such document.
import type { LocatorTable } from "./positions.js";
import type { AgentDocument } from "./types.js";

export const tables = new WeakMap<AgentDocument, LocatorTable>();

/** The position table a parsed document is located from; undefined when it needs its syntax tree. */
export function locatorTableOf(doc: AgentDocument): LocatorTable | undefined {
  return tables.get(doc);
}
