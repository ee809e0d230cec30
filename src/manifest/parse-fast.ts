// parse.ts's fast paths: YAML in the subset fast-yaml.ts reads, and strict JSON (fast-json.ts), turned into
// agent documents located from their position tables. Each reader answers false when yaml's path should
// read the file instead (outside the subset, every document blank, or a near miss whose error it reports).
import { ownValue } from "../util/guards.js";
import { judge, type Field } from "./agent-kind.js";
import { parseFastJson } from "./fast-json.js";
import { parseFast, type FastDocument } from "./fast-yaml.js";
import { tableFrom, type LineIndex } from "./positions.js";
import type { AgentDocument } from "./types.js";
import { tableDocumentOf } from "./doc-tables.js";

/**
 * The fast path's reading (fast-yaml.ts), when it reads the text and judges every document an agent or
 * plainly not one; false leaves the file to yaml's path, which reports what is wrong with it.
 */
export function readFast(text: string, file: string, lines: LineIndex, out: AgentDocument[]): boolean {
  const docs = parseFast(text);
  if (docs === undefined || docs.every((d) => d.data === null)) return false;
  const found: AgentDocument[] = [];
  for (const [docIndex, d] of docs.entries()) {
    if (!addFast(d, docIndex, file, lines, found)) return false;
  }
  out.push(...found);
  return true;
}

/**
 * A strict JSON file's documents by the fast path (fast-json.ts), as readFast reads YAML. In a YAML file
 * (`yamlFile`) only an object is read: YAML reads an array as one document, a sequence, not as documents.
 */
export function readFastJson(
  text: string,
  file: string,
  lines: LineIndex,
  out: AgentDocument[],
  yamlFile = false,
): boolean {
  const json = parseFastJson(text);
  if (json === undefined || "other" in json || (yamlFile && !("object" in json))) return false;
  const found: AgentDocument[] = [];
  const docs = "object" in json ? [json.object] : json.array;
  for (const [docIndex, d] of docs.entries()) {
    if (d !== undefined && !addFast(d, docIndex, file, lines, found)) return false;
  }
  out.push(...found);
  return true;
}

/**
 * Adds one document the fast path read when it is an agent; false when it is a near miss, whose error
 * (with where it is) yaml's path reports.
 */
function addFast(
  d: FastDocument,
  docIndex: number,
  file: string,
  lines: LineIndex,
  found: AgentDocument[],
): boolean {
  const data = d.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) return true;
  const record = data as Record<string, unknown>;
  const field = (name: string): Field => {
    const value = ownValue(record, name);
    return { value: value !== null && typeof value === "object" ? undefined : value };
  };
  const verdict = judge(field("apiVersion"), field("kind"));
  if (verdict.kind === "error") return false;
  if (verdict.kind === "skip") return true;
  found.push(tableDocumentOf(file, docIndex, record, tableFrom(d.values, d.keys, d.from, d.to, lines)));
  return true;
}
