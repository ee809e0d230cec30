// Reads one policy YAML file once, keeping the node tree so any later complaint (schema, logic, a
// dangling check id) can point at the exact line and column of the node it is about.
import { readFileSync } from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node, type Pair } from "yaml";
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

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}

export function readYamlSource(absPath: string, file: string): YamlSource {
  let text: string;
  try {
    text = readFileSync(absPath, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new PolicyError(file, 1, 1, `cannot read file${code ? ` (${code})` : ""}`);
  }
  return parseYamlSource(text, file);
}

/** Parses policy text however it was obtained (the disk, or a base commit); `file` is shown in messages. */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  };
  if (!Array.isArray(docs) || docs.length === 0) {
    throw new PolicyError(file, 1, 1, "the file is empty");
  }
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err) {
      const pos = at(err.pos[0]);
      throw new PolicyError(file, pos.line, pos.column, `invalid YAML: ${firstLine(err.message)}`);
    }
  }
  if (docs.length !== 1) {
    const second = docs[1];
    const pos = second?.contents?.range ? at(second.contents.range[0]) : { line: 1, column: 1 };
    throw new PolicyError(file, pos.line, pos.column, `expected one YAML document, found ${docs.length}`);
  }
  const doc = docs[0]!;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    throw new PolicyError(
      file,
      1,
      1,
      `invalid YAML: ${firstLine(e instanceof Error ? e.message : String(e))}`,
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
      return new PolicyError(file, pos.line, pos.column, reason);
    },
  };
}
