// Documents located from a compact position table (positions.ts), and which those are: loading keeps the
// table (it crosses from worker threads, and outlives the syntax tree) beside each such document.
import { tableLocator, type Locator, type LocatorTable } from "./positions.js";
import type { AgentDocument } from "./types.js";

const tables = new WeakMap<AgentDocument, LocatorTable>();

/** The position table a parsed document is located from; undefined when it needs its syntax tree. */
export function locatorTableOf(doc: AgentDocument): LocatorTable | undefined {
  return tables.get(doc);
}

/** A document located from `table`, its locator made on first use, and known to be located by it. */
export function tableDocumentOf(
  file: string,
  docIndex: number,
  data: Record<string, unknown>,
  table: LocatorTable,
): AgentDocument {
  const doc = locatedBy(file, docIndex, data, lazyLocator(table));
  tables.set(doc, table);
  return doc;
}

/** A locator made on first use: most documents are never located (they have no findings). */
export function lazyLocator(table: LocatorTable): () => Locator {
  let locator: Locator | undefined;
  return () => (locator ??= tableLocator(table));
}

/** A document whose positions come from `located`, called at each lookup. */
export function locatedBy(
  file: string,
  docIndex: number,
  data: Record<string, unknown>,
  located: () => Locator,
): AgentDocument {
  return {
    file,
    docIndex,
    data,
    locate: (pointer) => located().locate(pointer),
    locateKey: (pointer) => located().locateKey(pointer),
  };
}
