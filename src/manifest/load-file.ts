// One manifest file from the disk to normalised agents (read → parse → normalise), and the plain-data
// form of the result that a worker thread can post: documents carry their position table instead of
// locate functions, and a file whose documents need their syntax tree to be located (aliases, merge keys)
// comes back as text, for the receiving thread to parse itself.
import type { FileError } from "../report/model.js";
import { normalise } from "./normalise.js";
import { locatorTableOf } from "./doc-tables.js";
import { parseSource } from "./parse.js";
import { tableLocator, type LocatorTable } from "./positions.js";
import { internStrings } from "./tree.js";
import { readSourceSync } from "./read.js";
import type { DiscoveredFile, DocumentFinding, NormalisedAgent, SecretHit } from "./types.js";

/** The outcome of one file, in the order its documents appear. */
export interface LoadedFile {
  readError?: FileError;
  agents: NormalisedAgent[];
  parseErrors: FileError[];
}

interface PostedAgent {
  docIndex: number;
  raw: Record<string, unknown>;
  table: LocatorTable;
  name?: string;
  data: Record<string, unknown>;
  findings: DocumentFinding[];
  secrets: SecretHit[];
  redact: string[];
  aliases?: Record<string, string>;
}

/** A LoadedFile as structured-clone-safe data. */
export type PostedFile =
  | { kind: "read-error"; error: FileError }
  | { kind: "parsed"; agents: PostedAgent[]; parseErrors: FileError[] }
  | { kind: "text"; text: string };

export function parseText(file: string, text: string): LoadedFile {
  const parsed = parseSource(file, text);
  return { agents: parsed.documents.map(normalise), parseErrors: parsed.errors };
}

/** Blocking reads: the caller has nothing else to do meanwhile, and they are several times cheaper. */
export function loadFile(file: DiscoveredFile, maxFileSize: number): LoadedFile {
  const read = readSourceSync(file, { maxFileSize });
  if ("error" in read) return { readError: read.error, agents: [], parseErrors: [] };
  return parseText(file.file, read.text);
}

/** Runs in the worker. */
export function loadFileForPost(file: DiscoveredFile, maxFileSize: number): PostedFile {
  const read = readSourceSync(file, { maxFileSize });
  if ("error" in read) return { kind: "read-error", error: read.error };
  const { agents, parseErrors } = parseText(file.file, read.text);
  const posted: PostedAgent[] = [];
  for (const agent of agents) {
    const table = locatorTableOf(agent.doc);
    if (!table) return { kind: "text", text: read.text };
    posted.push({
      docIndex: agent.doc.docIndex,
      raw: agent.doc.data,
      table,
      ...(agent.name !== undefined ? { name: agent.name } : {}),
      data: agent.data,
      findings: agent.findings,
      secrets: agent.secrets,
      redact: agent.redact,
      ...(agent.aliases ? { aliases: agent.aliases } : {}),
    });
  }
  return { kind: "parsed", agents: posted, parseErrors };
}

/** Runs in the receiving thread: the same LoadedFile loadFile gives. */
export function receiveFile(file: string, posted: PostedFile): LoadedFile {
  if (posted.kind === "read-error") return { readError: posted.error, agents: [], parseErrors: [] };
  if (posted.kind === "text") return parseText(file, posted.text);
  const agents = posted.agents.map((p): NormalisedAgent => {
    const locator = tableLocator(p.table);
    // the same strings as the documents parsed in this thread share (tree.ts intern)
    internStrings(p.raw);
    internStrings(p.data);
    return {
      doc: { file, docIndex: p.docIndex, data: p.raw, locate: locator.locate, locateKey: locator.locateKey },
      ...(p.name !== undefined ? { name: p.name } : {}),
      data: p.data,
      findings: p.findings,
      secrets: p.secrets,
      redact: p.redact,
      ...(p.aliases ? { aliases: p.aliases } : {}),
    };
  });
  return { agents, parseErrors: posted.parseErrors };
}
