// Hand-off types between the manifest stages (discover → parse → validate → normalise) and the engine.
import type { FileError, Severity } from "../report/model.js";

/** A span inside one source file, 1-based lines and columns; end is exclusive of the last character + 1. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A file chosen by discovery. `file` is relative to the scan root with '/' separators (what reports show). */
export interface DiscoveredFile {
  file: string;
  absPath: string;
}

/** One agent manifest document (a YAML document, or a JSON object / array element) as parsed, with positions. */
export interface AgentDocument {
  file: string;
  /** Index of the document inside its file (YAML multi-document, JSON array element). */
  docIndex: number;
  /** Plain JSON data as written (no normalisation). */
  data: Record<string, unknown>;
  /**
   * Source span of the node at a JSON pointer inside this document ("" = the whole document).
   * A pointer to a node that does not exist resolves to its nearest existing ancestor, so a
   * missing field points at its parent.
   */
  locate(pointer: string): Span;
  /** Span of the key of the member at `pointer` when it is a mapping member (for "unknown field" findings). */
  locateKey?(pointer: string): Span | undefined;
  /**
   * For an agent assembled from several files (a manifest and the native configs its `sources:` lists):
   * the file and span of a pointer that lives in another file; undefined for the document's own nodes.
   */
  resolve?(pointer: string): { file: string; span: Span } | undefined;
}

/** A finding raised before rules run (schema shape, unknown fields, bad durations). */
export interface DocumentFinding {
  ruleId: string;
  severity?: Severity;
  pointer: string;
  message: string;
}

export interface ParseResult {
  documents: AgentDocument[];
  errors: FileError[];
}

/** Where an inline secret was found; the value itself is never kept beyond redaction. */
export interface SecretHit {
  pointer: string;
  kind: string;
}

/**
 * The agent as rules see it: durations became seconds (numbers), dates became epoch milliseconds,
 * everything else as written. `raw` keeps the original document for messages and positions.
 */
export interface NormalisedAgent {
  doc: AgentDocument;
  name?: string;
  data: Record<string, unknown>;
  /** Findings from validation and normalisation (schema shape, unknown fields, unparseable durations). */
  findings: DocumentFinding[];
  /** Inline secrets detected anywhere in the document. */
  secrets: SecretHit[];
  /** Exact strings that must never reach output (detected secret values). */
  redact: string[];
  /**
   * Misspelt governed sections read as the section they name (sections.ts): pointer as judged →
   * pointer as written, e.g. "/credentials" → "/credential". Findings are located through it.
   */
  aliases?: Record<string, string>;
}

/**
 * What the stages after evaluation know of an agent: its file, its document and its name (a lean check
 * releases the rest of each agent once its findings are assembled).
 */
export interface AgentRef {
  doc: Pick<AgentDocument, "file" | "docIndex">;
  name?: string;
}
