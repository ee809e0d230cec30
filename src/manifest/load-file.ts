// One manifest file from the disk to normalised agents (read → parse → normalise), and the form of a batch
// of results a worker thread posts: JSON text, which JSON.parse on the receiving side turns into objects
// about a third smaller than structured clone builds, and small enough to hold by the thousand. Documents
// carry the document as written and their position table (the receiving thread rebuilds the data rules see
// from the first and locates from the second); a file whose documents need their syntax tree to be
// located (aliases, merge keys), or whose data JSON cannot carry (-0), comes back as text, for the
// receiving thread to parse itself.
import type { FileError } from "../report/model.js";
import { declaredName, normalise, rulesView } from "./normalise.js";
import { lazyLocator, locatedBy, locatorTableOf } from "./doc-tables.js";
import { parseSource } from "./parse.js";
import { packTable, unpackTable, type PackedTable } from "./packed-table.js";
import { tableLocator, type Locator, type LocatorTable } from "./positions.js";
import { intern, internStrings } from "./tree.js";
import { readSourceSync } from "./read.js";
import type { AgentDocument, DiscoveredFile, DocumentFinding, NormalisedAgent, SecretHit } from "./types.js";

/** The outcome of one file, in the order its documents appear. */
export interface LoadedFile {
  readError?: FileError;
  agents: NormalisedAgent[];
  parseErrors: FileError[];
}

interface PostedAgent {
  docIndex: number;
  /** The document as written. */
  raw: Record<string, unknown>;
  /** The position table without its codes, which travel beside the JSON text (PostedBatch). */
  table: Omit<LocatorTable, "codes">;
  findings: DocumentFinding[];
  secrets: SecretHit[];
  redact: string[];
}

type PostedFile =
  | { kind: "read-error"; error: FileError }
  | { kind: "parsed"; agents: PostedAgent[]; parseErrors: FileError[] }
  | { kind: "text"; text: string };

/**
 * A worker's results for a batch of files: PostedFile[] as JSON, and the codes of every posted table in
 * order (as JSON strings their many control characters would take six characters each).
 */
export interface PostedBatch {
  json: string;
  codes: string[];
}

/** The locator of the document located last: its findings are located one after another. */
let last: { packed: PackedTable; locator: Locator } | undefined;

function packedLocator(packed: PackedTable): Locator {
  if (last?.packed !== packed) last = { packed, locator: tableLocator(unpackTable(packed)) };
  return last.locator;
}

/**
 * A document located from its position table, kept packed (packed-table.ts): thousands of documents
 * waiting for their findings hold a packed table each, not a table and the dozen closures of a locator.
 * A lookup unpacks it; the locator of the document located last is kept, since its findings are located
 * one after another.
 */
export function tableDocument(
  file: string,
  docIndex: number,
  data: Record<string, unknown>,
  table: LocatorTable,
): AgentDocument {
  const packed = packTable(table);
  // (a table the registry of key names had no room to pack is kept as it is)
  return locatedBy(file, docIndex, data, packed ? () => packedLocator(packed) : lazyLocator(table));
}

interface ParsedAgent {
  agent: NormalisedAgent;
  table?: LocatorTable;
}

/** `pack`: the documents wait in this thread for their findings (a worker posts its tables instead). */
function parseAgents(
  file: string,
  text: string,
  pack: boolean,
): { parsed: ParsedAgent[]; parseErrors: FileError[] } {
  const { documents, errors } = parseSource(file, text);
  const parsed = documents.map((doc): ParsedAgent => {
    const table = locatorTableOf(doc);
    if (!table) return { agent: normalise(doc) };
    return { agent: normalise(pack ? tableDocument(doc.file, doc.docIndex, doc.data, table) : doc), table };
  });
  return { parsed, parseErrors: errors };
}

export function parseText(file: string, text: string): LoadedFile {
  const { parsed, parseErrors } = parseAgents(file, text, true);
  return { agents: parsed.map((p) => p.agent), parseErrors };
}

/** Blocking reads: the caller has nothing else to do meanwhile, and they are several times cheaper. */
export function loadFile(file: DiscoveredFile, maxFileSize: number): LoadedFile {
  const read = readSourceSync(file, { maxFileSize });
  if ("error" in read) return { readError: read.error, agents: [], parseErrors: [] };
  return parseText(file.file, read.text);
}

/** Whether JSON would change the value: -0 comes back as 0 (everything else in parsed data survives). */
function holdsNegativeZero(value: unknown, depth = 0): boolean {
  if (typeof value === "number") return Object.is(value, -0);
  if (value === null || typeof value !== "object" || depth > 200) return false;
  const items = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  return items.some((v) => holdsNegativeZero(v, depth + 1));
}

function postFile(file: DiscoveredFile, maxFileSize: number, codes: string[]): PostedFile {
  const read = readSourceSync(file, { maxFileSize });
  if ("error" in read) return { kind: "read-error", error: read.error };
  const { parsed, parseErrors } = parseAgents(file.file, read.text, false);
  const agents: PostedAgent[] = [];
  const tables: string[] = [];
  for (const { agent, table } of parsed) {
    if (!table || holdsNegativeZero(agent.doc.data)) return { kind: "text", text: read.text };
    const { codes: tableCodes, ...rest } = table;
    tables.push(tableCodes);
    agents.push({
      docIndex: agent.doc.docIndex,
      raw: agent.doc.data,
      table: rest,
      findings: agent.findings,
      secrets: agent.secrets,
      redact: agent.redact,
    });
  }
  codes.push(...tables);
  return { kind: "parsed", agents, parseErrors };
}

/** Runs in the worker: a batch of files loaded, as the receiving thread takes them (receiveBatch). */
export function postBatch(files: readonly DiscoveredFile[], maxFileSize: number): PostedBatch {
  const codes: string[] = [];
  const posted = files.map((file) => postFile(file, maxFileSize, codes));
  return { json: JSON.stringify(posted), codes };
}

/** Runs in the receiving thread: for each file of the batch (report paths), the LoadedFile loadFile gives. */
export function receiveBatch(files: readonly string[], batch: PostedBatch): LoadedFile[] {
  const posted = JSON.parse(batch.json) as PostedFile[];
  let nextTable = 0;
  return posted.map((result, k): LoadedFile => {
    const file = files[k]!;
    if (result.kind === "read-error") return { readError: result.error, agents: [], parseErrors: [] };
    if (result.kind === "text") return parseText(file, result.text);
    const agents = result.agents.map((p): NormalisedAgent => {
      // key names repeat in every manifest: one shared copy of each, as locatorTable keeps them
      const table: LocatorTable = {
        ...p.table,
        keys: p.table.keys.map(intern),
        codes: batch.codes[nextTable++]!,
      };
      // the same strings as the documents parsed in this thread share (tree.ts intern)
      internStrings(p.raw);
      const view = rulesView(p.raw);
      const name = declaredName(p.raw);
      return {
        doc: tableDocument(file, p.docIndex, p.raw, table),
        ...(name !== undefined ? { name } : {}),
        data: view.data,
        findings: p.findings,
        secrets: p.secrets,
        redact: p.redact,
        ...(view.aliases ? { aliases: view.aliases } : {}),
      };
    });
    return { agents, parseErrors: result.parseErrors };
  });
}
