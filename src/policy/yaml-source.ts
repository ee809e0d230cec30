// Reads one policy YAML file once, keeping the node tree so any later complaint (schema, logic, a
// dangling check id) can point at the exact line and column of the node it is about.
import { boundedLine, flatten } from "../util/text.js";
import { readFileSync, statSync } from "node:fs";
import type { Node, Pair } from "yaml";
import { yamlPackage } from "../util/vendor.js";
import { isMap, isPair, isScalar, isSeq } from "../util/yaml-nodes.js";
import { nodeLimitOffset } from "../manifest/yaml-size.js";
import { PolicyError } from "./errors.js";

export type NodePath = readonly (string | number)[];

export interface YamlSource {
  /** The path shown in messages. */
  file: string;
  data: unknown;
  /** 1-based position of the node at `path`, or of its nearest existing ancestor; `key` targets a map key. */
  position(path: NodePath, key?: boolean): { line: number; column: number };
  /** Start and end (exclusive, 1-based) of the node at `path`, resolved like `position`. */
  span(path: NodePath, key?: boolean): { line: number; column: number; endLine: number; endColumn: number };
  /** A PolicyError located at `path`. */
  error(path: NodePath, reason: string, key?: boolean): PolicyError;
}

/** Anchors let a small file expand enormously; policy files have no need for many. */
const MAX_ALIAS_COUNT = 100;

// A pack comes from the repository, so its files are as untrusted as a manifest: these bounds keep a
// hostile one from exhausting memory or time before its content is even judged. The built-in files are a
// few kilobytes, a few hundred nodes and ten levels deep.
/** Largest policy file (a check file, a framework, the config), in bytes. */
export const MAX_POLICY_FILE_BYTES = 1024 * 1024;
/** Most YAML nodes (keys, items, scalars) in one policy file. */
export const MAX_POLICY_NODES = 50_000;
/** Deepest nesting of mappings and lists in one policy file. */
export const MAX_POLICY_DEPTH = 64;

/** Longest problem description in a PolicyError; it may quote a key or a value from the file. */
const MAX_REASON = 300;

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}

/**
 * A policy file's text (a key, a value, a path) on its way into an error message: one line with no control
 * characters, so the message cannot start a line of its own (a `::error::` workflow command in CI).
 */
function oneLine(text: string, max = MAX_REASON): string {
  return boundedLine(flatten(text).trim(), max);
}

function tooLarge(file: string, bytes: number): PolicyError {
  return new PolicyError(
    oneLine(file),
    1,
    1,
    `file is ${bytes} bytes, over the limit of ${MAX_POLICY_FILE_BYTES} bytes for a policy file`,
  );
}

export function readYamlSource(absPath: string, file: string): YamlSource {
  let text: string;
  try {
    const size = statSync(absPath).size;
    if (size > MAX_POLICY_FILE_BYTES) throw tooLarge(file, size);
    text = readFileSync(absPath, "utf8");
  } catch (e) {
    if (e instanceof PolicyError) throw e;
    const code = (e as { code?: string }).code;
    throw new PolicyError(oneLine(file), 1, 1, `cannot read file${code ? ` (${code})` : ""}`);
  }
  return parseYamlSource(text, file);
}

/** Where a key repeats in a mapping, or nesting passes MAX_POLICY_DEPTH; walked without recursion. */
function structureProblem(root: unknown): { node: Node; reason: string } | undefined {
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_POLICY_DEPTH) {
      return { node: node as Node, reason: `invalid YAML: nested deeper than ${MAX_POLICY_DEPTH} levels` };
    }
    if (isSeq(node)) {
      for (const item of node.items) stack.push([item, depth + 1]);
      continue;
    }
    const keys = new Set<string>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined) {
        if (keys.has(key))
          return { node: pair.key as Node, reason: `invalid YAML: duplicate key '${oneLine(key, 80)}'` };
        keys.add(key);
      }
      stack.push([pair.key, depth + 1], [pair.value, depth + 1]);
    }
  }
  return undefined;
}

/** Parses policy text however it was obtained (the disk, or a base commit); `file` is shown in messages. */
export function parseYamlSource(text: string, file: string): YamlSource {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_POLICY_FILE_BYTES) throw tooLarge(file, bytes);
  const lineCounter = new (yamlPackage().LineCounter)();
  const tooMany = nodeLimitOffset(text, MAX_POLICY_NODES);
  if (tooMany !== undefined) {
    const before = text.slice(0, tooMany);
    const line = before.split("\n").length;
    const column = tooMany - before.lastIndexOf("\n");
    throw new PolicyError(
      oneLine(file),
      line,
      column,
      `more than ${MAX_POLICY_NODES} YAML nodes in one policy file; split it, or simplify it`,
    );
  }
  // Duplicate keys are found by structureProblem with a set: yaml's own check is quadratic in the keys.
  const docs = yamlPackage().parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  };
  if (!Array.isArray(docs) || docs.length === 0) {
    throw new PolicyError(oneLine(file), 1, 1, "the file is empty");
  }
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err) {
      const pos = at(err.pos[0]);
      const reason = /Maximum call stack size exceeded/.test(err.message)
        ? "nested too deeply to parse"
        : oneLine(firstLine(err.message));
      throw new PolicyError(oneLine(file), pos.line, pos.column, `invalid YAML: ${reason}`);
    }
    const problem = structureProblem(doc.contents);
    if (problem) {
      const pos = at(problem.node.range?.[0] ?? 0);
      throw new PolicyError(oneLine(file), pos.line, pos.column, problem.reason);
    }
  }
  if (docs.length !== 1) {
    const second = docs[1];
    const pos = second?.contents?.range ? at(second.contents.range[0]) : { line: 1, column: 1 };
    throw new PolicyError(
      oneLine(file),
      pos.line,
      pos.column,
      `expected one YAML document, found ${docs.length}`,
    );
  }
  const doc = docs[0]!;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    throw new PolicyError(
      oneLine(file),
      1,
      1,
      `invalid YAML: ${oneLine(firstLine(e instanceof Error ? e.message : String(e)))}`,
    );
  }

  const nodeAt = (path: NodePath, key: boolean): Node | null | undefined => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let found: Node | null | undefined = node;
    for (let i = 0; i < path.length && node; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair: Pair | undefined = node.items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(segment),
        );
        if (!pair) break;
        const keyNode = pair.key as Node;
        node = (last && key) || pair.value === null ? keyNode : (pair.value as Node);
        found = node;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        node = found = item;
      } else {
        break;
      }
    }
    return found;
  };
  const position = (path: NodePath, key = false): { line: number; column: number } => {
    const found = nodeAt(path, key);
    return found?.range ? at(found.range[0]) : { line: 1, column: 1 };
  };

  return {
    file,
    data,
    position,
    span(path, key = false) {
      const found = nodeAt(path, key);
      if (!found?.range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
      const start = at(found.range[0]);
      const end = at(found.range[1]);
      return { ...start, endLine: end.line, endColumn: end.column };
    },
    error(path, reason, key) {
      const pos = position(path, key);
      return new PolicyError(oneLine(file), pos.line, pos.column, oneLine(reason));
    },
  };
}
