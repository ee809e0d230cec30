// Source text → agent documents with positions. YAML files may hold several documents; JSON files
// hold one object or an array of objects and must be strict JSON. Documents that are not agent
// manifests (apiVersion agentpolicy.dev/v1, kind Agent) are skipped; a broken document becomes a
// FileError and never hides the good documents beside it.
import { boundedLine } from "../util/text.js";
import type { Document, Node, Scalar } from "yaml";
import { yamlPackage } from "../util/vendor.js";
import { isMap, isScalar, isSeq } from "../util/yaml-nodes.js";
import type { FileError } from "../report/model.js";
import type { AgentDocument, ParseResult } from "./types.js";
import { checkJson } from "./json-strict.js";
import { isApiVersionWord, judge, KIND, ourApiVersion, type Field, type Verdict } from "./agent-kind.js";
import { tableDocumentOf } from "./doc-tables.js";
import { readFast, readFastJson } from "./parse-fast.js";
import { createLocator, LineIndex, locatorTable } from "./positions.js";
import { showKey } from "./quote.js";
import { looksRandom, redactText, scanString } from "./secrets.js";
import { keyText, MAX_VALUES, TreeError, YamlTree } from "./tree.js";
import { nodeLimitOffset } from "./yaml-size.js";

/** Errors reported per file at most; past that they are noise. */
const MAX_ERRORS = 20;

/**
 * Nodes one file may compose into (all its documents together), checked before composing: twice what one
 * document may expand to, since mapping keys are nodes too. Far above any real manifest set.
 */
export const MAX_NODES = 2 * MAX_VALUES;

export const YAML_OPTIONS = {
  // YAML 1.2 core schema: dates and versions stay strings, "on"/"yes" stay strings
  schema: "core",
  version: "1.2",
  // yaml checks each key against every earlier one (quadratic: 100,000 keys take a minute); YamlTree
  // finds duplicates with a set instead, and JSON files are checked by json-strict.ts first.
  uniqueKeys: false,
  merge: true,
  // explicit !!timestamp / !!binary tags would produce Date / Uint8Array; keep them as text
  resolveKnownTags: false,
  prettyErrors: false,
  strict: true,
  logLevel: "silent",
} as const;

export function isJsonFile(file: string): boolean {
  return /\.json$/i.test(file);
}

export function parseSource(file: string, text: string): ParseResult {
  // A lone CR ends a line in YAML 1.2 (and is white space in JSON), but yaml and LineIndex break lines at
  // LF only; as LF it means the same, and every offset stays where it was.
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r(?!\n)/g, "\n");
  const lines = new LineIndex(source);
  const errors: FileError[] = [];
  const documents: AgentDocument[] = [];
  const fail = (message: string, start?: number, end?: number): void => {
    if (errors.length >= MAX_ERRORS) return;
    errors.push(fileError(file, lines, scrubSecrets(firstLine(message)), start, end));
  };
  if (source.trim() === "") {
    fail("empty file");
    return { documents, errors };
  }
  const tooMany = nodeLimitOffset(source, MAX_NODES);
  if (tooMany !== undefined) {
    fail(
      `file holds more than ${MAX_NODES} values (keys, items and scalars); a manifest needs far fewer`,
      tooMany,
    );
    return { documents, errors };
  }
  try {
    if (isJsonFile(file)) parseJson(source, file, lines, documents, fail);
    else parseYaml(source, file, lines, documents, fail);
  } catch (e) {
    fail(
      e instanceof RangeError ? "document is nested too deeply to parse" : `cannot parse: ${errorText(e)}`,
    );
  }
  return { documents, errors };
}

type Fail = (message: string, start?: number, end?: number) => void;

function parseYaml(text: string, file: string, lines: LineIndex, out: AgentDocument[], fail: Fail): void {
  if (readFast(text, file, lines, out)) return;
  // JSON saved as .yaml (a generator's output): YAML reads strict JSON as yaml's path reads a .json file
  if (/^\s*\{/.test(text) && checkJson(text) === undefined && readFastJson(text, file, lines, out, true))
    return;
  const docs = yamlPackage().parseAllDocuments(text, YAML_OPTIONS);
  if (docs.every((d) => d.errors.length === 0 && isBlank(d.contents, text))) {
    fail("empty file");
    return;
  }
  docs.forEach((doc, docIndex) => {
    if (doc.errors.length > 0) {
      // A document that plainly is something else (another tool's YAML) is not ours to judge.
      if (plainlyNotAgent(doc.contents)) return;
      reportYamlErrors(doc, fail);
      return;
    }
    if (doc.contents === null || isBlank(doc.contents, text)) return;
    addDocument(new YamlTree(doc.contents), doc.contents, docIndex, file, lines, out, fail);
  });
}

function parseJson(text: string, file: string, lines: LineIndex, out: AgentDocument[], fail: Fail): void {
  const fault = checkJson(text);
  if (fault) {
    fail(fault.message, fault.offset, fault.end);
    return;
  }
  if (readFastJson(text, file, lines, out)) return;
  const doc: Document.Parsed = yamlPackage().parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length > 0) {
    reportYamlErrors(doc, fail);
    return;
  }
  const root = doc.contents;
  if (isMap(root)) {
    addDocument(new YamlTree(root), root, 0, file, lines, out, fail);
  } else if (isSeq(root)) {
    const tree = new YamlTree(root);
    root.items.forEach((item, i) => {
      if (isMap(item)) addDocument(tree, item as Node, i, file, lines, out, fail);
    });
  } else {
    fail(
      "a JSON manifest file must hold an object or an array of objects",
      root?.range?.[0],
      root?.range?.[1],
    );
  }
}

function addDocument(
  tree: YamlTree,
  root: Node,
  docIndex: number,
  file: string,
  lines: LineIndex,
  out: AgentDocument[],
  fail: Fail,
): void {
  try {
    const verdict = classify(tree, root);
    if (verdict.kind === "skip") return;
    if (verdict.kind === "error") {
      fail(verdict.message, verdict.at?.[0], verdict.at?.[1]);
      return;
    }
    const data = tree.toData(root);
    // The compact table, when the document allows one, lets the syntax tree go as soon as parsing ends.
    const record = data as Record<string, unknown>;
    const table = locatorTable(root, lines);
    if (table) {
      out.push(tableDocumentOf(file, docIndex, record, table));
      return;
    }
    const locator = createLocator(tree, root, lines);
    out.push({ file, docIndex, data: record, locate: locator.locate, locateKey: locator.locateKey });
  } catch (e) {
    if (e instanceof TreeError) fail(e.message, e.range?.[0], e.range?.[1]);
    else if (e instanceof RangeError) fail("document is nested too deeply", root.range?.[0], root.range?.[1]);
    else throw e;
  }
}

/** Whether a document is an agent manifest, judged on the syntax tree before any data is built. */
function classify(tree: YamlTree, root: Node): Verdict {
  if (!isMap(root)) return { kind: "skip" };
  const field = (name: string): Field => {
    const pair = tree.member(root, name);
    const node = pair ? tree.deref(pair.value) : undefined;
    return isScalar(node) ? { value: node.value, range: node.range ?? undefined } : { value: undefined };
  };
  // A second apiVersion or kind would decide, unseen, whether the document is checked at all.
  for (const name of ["apiVersion", "kind"]) {
    const pairs = root.items.filter((p) => isScalar(p.key) && keyText(p.key) === name);
    const values = pairs.map((p) => (isScalar(p.value) ? p.value.value : undefined));
    const ours = values.some((v) => typeof v === "string" && (ourApiVersion(v) || v === KIND));
    if (pairs.length > 1 && ours) {
      return {
        kind: "error",
        message: `duplicate key ${showKey(name)} (keys in a mapping must be unique)`,
        at: (pairs[1]?.key as Scalar | undefined)?.range ?? undefined,
      };
    }
  }
  return judge(field("apiVersion"), field("kind"));
}

/** True when a (broken) document's own apiVersion or kind says it belongs to some other tool. */
function plainlyNotAgent(contents: unknown): boolean {
  if (!isMap(contents)) return false;
  const scalar = (name: string): unknown => {
    const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === name);
    return isScalar(pair?.value) ? pair.value.value : undefined;
  };
  const apiVersion = scalar("apiVersion");
  const kind = scalar("kind");
  if (typeof apiVersion === "string" && !ourApiVersion(apiVersion)) return true;
  return typeof kind === "string" && kind.toLowerCase() !== "agent";
}

/** A document with no content at all (`---` alone, or only comments). */
function isBlank(contents: unknown, text: string): boolean {
  if (contents === null || contents === undefined) return true;
  if (!isScalar(contents) || contents.value !== null) return false;
  const r = contents.range;
  return !r || text.slice(r[0], r[1]).trim() === "";
}

/** yaml's errors as one-line messages; several errors at one spot (a cascade) are reported once. */
function reportYamlErrors(doc: Document.Parsed, fail: Fail): void {
  const seen = new Set<number>();
  let tooDeep = false;
  for (const err of doc.errors) {
    if (seen.has(err.pos[0])) continue;
    seen.add(err.pos[0]);
    if (/Maximum call stack size exceeded/.test(err.message)) {
      // Where, and how often, the stack ran out depends on the thread and the engine, not on the text:
      // one error at the document's start does not.
      if (!tooDeep) fail("document is nested too deeply to parse", doc.range?.[0] ?? 0);
      tooDeep = true;
    } else {
      fail(err.message, err.pos[0], err.pos[1]);
    }
  }
}

function fileError(file: string, lines: LineIndex, message: string, start?: number, end?: number): FileError {
  if (start === undefined) return { file, line: 1, column: 1, message };
  const a = lines.position(start);
  // an empty range (a missing character at the end) still covers one column, so editors show it
  const b = lines.position(end !== undefined && end > start ? end : start + 1);
  const endPos = b.line === a.line && b.column <= a.column ? { line: a.line, column: a.column + 1 } : b;
  return { file, line: a.line, column: a.column, endLine: endPos.line, endColumn: endPos.column, message };
}

/**
 * Parser messages that would quote the source (a tag, an anchor, a directive, a scalar): the name is not
 * repeated, the position says where. An alias or tag name can be a secret pasted in by mistake.
 */
const QUOTING: ReadonlyArray<[RegExp, string]> = [
  [
    /^(?:Unresolved tag|Could not resolve tag|Not a valid tag|Verbatim tags aren't resolved)\b.*$/s,
    "unresolved tag",
  ],
  [/^The .* tag has no suffix$/s, "tag has no suffix"],
  [/^(Block scalar header includes extra characters):.*$/s, "$1"],
  [/^(Unknown directive|Unsupported YAML version|Unresolved plain scalar)\b.*$/s, "$1"],
  [/^(Ordered maps must not include duplicate keys):.*$/s, "$1"],
  [/^Unresolved alias\b.*$/s, "alias has no anchor before it"],
  [/^(Anchors and tags must be after the) .* (indicator)$/s, "$1 $2"],
];

/**
 * No secret from the source reaches an error message: quoted names are dropped, known token formats and
 * random-looking words that remain (a duplicate key, an unexpected character) are redacted.
 */
function scrubSecrets(message: string): string {
  let text = message;
  for (const [pattern, replacement] of QUOTING) {
    if (pattern.test(text)) {
      text = text.replace(pattern, replacement);
      break;
    }
  }
  const found = scanString(text).map(([, value]) => value);
  for (const word of text.split(/[\s'"`*&!:,()[\]{}]+/))
    if (looksRandom(word) && !isApiVersionWord(word)) found.push(word);
  return found.length > 0 ? redactText(text, found) : text;
}

/** The first line of a parser's message, whitespace collapsed, at most 200 characters. */
function firstLine(message: string): string {
  return boundedLine((message.split(/\r?\n/)[0] ?? "").replace(/\s+/g, " ").trim(), 200);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
