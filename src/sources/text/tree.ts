// A native config as parsed: plain JSON data (keys as written, "__proto__" an ordinary own key) and the
// source range of every node by JSON pointer, so a finding points at the exact line and column of the
// host's own file. Built by the JSON-with-comments and TOML readers beside this file.
import type { LineIndex } from "../../manifest/positions.js";
import { pointerSegments, joinPointer } from "../../util/pointer.js";
import type { Span } from "../../manifest/types.js";

export type Range = readonly [number, number];

export interface NodeRange {
  value: Range;
  key?: Range;
}

/** A syntax problem: offsets into the text, and a message that quotes no value from it. */
export interface TextFault {
  start: number;
  end: number;
  message: string;
}

export interface NativeTree {
  data: unknown;
  ranges: Map<string, NodeRange>;
  lines: LineIndex;
}

export type ParsedText = { tree: NativeTree } | { fault: TextFault };

/** Nesting deeper than any host config needs (the manifest parser uses the same bound). */
export const MAX_NATIVE_DEPTH = 64;

/** The span of the node at `pointer`, or of its nearest existing ancestor (its key when it has one). */
export function locateIn(tree: NativeTree, pointer: string): Span {
  const segments = pointerSegments(pointer) ?? [];
  for (let i = segments.length; i >= 0; i--) {
    const at = tree.ranges.get(joinPointer(segments.slice(0, i)));
    if (!at) continue;
    const exact = i === segments.length;
    const range = !exact && at.key ? at.key : at.value;
    return tree.lines.span(range[0], range[1]);
  }
  return { line: 1, column: 1, endLine: 1, endColumn: 2 };
}

/** The span of the key of the member at `pointer`, when there is one. */
export function locateKeyIn(tree: NativeTree, pointer: string): Span | undefined {
  const key = tree.ranges.get(pointer)?.key;
  return key ? tree.lines.span(key[0], key[1]) : undefined;
}

/** Whether the tree holds a node at exactly `pointer`. */
export function hasNode(tree: NativeTree, pointer: string): boolean {
  return tree.ranges.has(pointer);
}
