// Source positions: offsets to 1-based line/column spans, and JSON pointers to the YAML nodes they
// name. Columns count UTF-16 code units (what SARIF, ESLint and editors use); endColumn is the column
// just after the last character. A pointer→node index is built once, on the first lookup.
//
// A document without aliases and merge keys (nearly every manifest) is located from a compact table
// instead (locatorTable / tableLocator): numbers and key names only, no YAML nodes and no source text,
// so that thousands of documents can wait for their findings without holding their syntax trees, and so
// that a worker thread can hand a document's positions to the main thread. Both give the same spans.
import { escapePointerSegment, joinPointer, pointerSegments } from "../util/pointer.js";
import type { Node } from "yaml";
import { isAlias, isMap, isPair, isSeq } from "../util/yaml-nodes.js";
import type { Span } from "./types.js";
import { intern, isMergeKey, keyText, type YamlTree } from "./tree.js";

/** Line starts of a text, for offset → line/column. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    return positionIn(this.starts, this.text.length, offset);
  }

  /** 0-based index of the line holding `offset`. */
  lineOf(offset: number): number {
    return this.position(offset).line - 1;
  }

  /** Where the span of [start, end) ends once trailing whitespace and line breaks are left out. */
  trimmedEnd(start: number, end: number): number {
    let e = Math.max(start, end);
    while (e > start && isSpace(this.text.charCodeAt(e - 1))) e--;
    return e;
  }

  /** The span of [start, end), without trailing whitespace and line breaks. */
  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(this.trimmedEnd(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** Offsets at which lines start (the first is 0). */
  lineStarts(): readonly number[] {
    return this.starts;
  }
}

function positionIn(
  starts: ArrayLike<number>,
  length: number,
  offset: number,
): { line: number; column: number } {
  const o = Math.max(0, Math.min(offset, length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= o) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: o - (starts[lo] as number) + 1 };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** A node reached by a pointer: its value node, and its key node when it is a mapping member. */
interface Entry {
  node: unknown;
  key?: unknown;
}

const INDEX = /^(0|[1-9][0-9]*)$/;

export interface Locator {
  locate(pointer: string): Span;
  locateKey(pointer: string): Span | undefined;
}

/** Pointer lookups for one document whose root node is `root` (a YAML document or a JSON array element). */
export function createLocator(tree: YamlTree, root: Node | null, lines: LineIndex): Locator {
  let index: Map<string, Entry> | undefined;
  const resolved = new Map<string, { entry: Entry; exact: boolean }>();

  const spanOf = (node: unknown): Span | undefined => {
    const r = (node as { range?: readonly number[] | null } | null)?.range;
    if (!r || r.length < 2) return undefined;
    const s = lines.span(r[0] as number, r[1] as number);
    return s.line === s.endLine && s.column === s.endColumn ? undefined : s;
  };
  const rootSpan = (): Span => spanOf(root) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };

  const buildIndex = (): Map<string, Entry> => {
    const map = new Map<string, Entry>([["", { node: root }]]);
    // Explicit structure only; paths through aliases and merge keys are resolved on demand.
    const stack: Array<[string, unknown]> = [["", root]];
    while (stack.length > 0) {
      const [pointer, node] = stack.pop() as [string, unknown];
      if (isMap(node)) {
        for (const item of node.items) {
          if (!isPair(item) || isMergeKey(item.key)) continue;
          let key: string;
          try {
            key = keyText(item.key);
          } catch {
            continue;
          }
          const p = `${pointer}/${escapePointerSegment(key)}`;
          map.set(p, { node: item.value, key: item.key });
          stack.push([p, item.value]);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          const p = `${pointer}/${i}`;
          map.set(p, { node: item });
          stack.push([p, item]);
        });
      }
    }
    return map;
  };

  const child = (entry: Entry, segment: string): Entry | undefined => {
    const node = tree.deref(entry.node);
    if (isMap(node)) {
      const pair = tree.member(node, segment);
      return pair ? { node: pair.value, key: pair.key } : undefined;
    }
    if (isSeq(node) && INDEX.test(segment)) {
      const i = Number(segment);
      return i < node.items.length ? { node: node.items[i] } : undefined;
    }
    return undefined;
  };

  const resolve = (pointer: string): { entry: Entry; exact: boolean } => {
    const cached = resolved.get(pointer);
    if (cached) return cached;
    index ??= buildIndex();
    const segments = pointerSegments(pointer);
    let result: { entry: Entry; exact: boolean };
    if (segments === undefined) {
      result = { entry: { node: root }, exact: false };
    } else {
      // Longest indexed prefix, then walk the rest (through aliases and merges) one segment at a time.
      let i = segments.length;
      let entry: Entry | undefined;
      for (; i >= 0; i--) {
        entry = index.get(joinPointer(segments.slice(0, i)));
        if (entry) break;
      }
      let current = entry ?? { node: root };
      let exact = true;
      for (let j = Math.max(i, 0); j < segments.length; j++) {
        let next: Entry | undefined;
        try {
          next = child(current, segments[j] as string);
        } catch {
          next = undefined;
        }
        if (!next) {
          exact = false;
          break;
        }
        current = next;
      }
      result = { entry: current, exact };
    }
    resolved.set(pointer, result);
    return result;
  };

  return {
    locate(pointer) {
      const { entry, exact } = resolve(pointer);
      // A missing member points at its nearest ancestor's key: the line an editor user wants to click.
      if (!exact) return spanOf(entry.key) ?? spanOf(entry.node) ?? rootSpan();
      // An empty value (`owner:`) has no text of its own; its key stands in for it.
      return spanOf(entry.node) ?? spanOf(entry.key) ?? rootSpan();
    },
    locateKey(pointer) {
      const { entry, exact } = resolve(pointer);
      return exact ? spanOf(entry.key) : undefined;
    },
  };
}

/**
 * The positions of one alias-free, merge-free document as one string of numbers and a list of key names
 * (structured-clone safe, and a few kilobytes: one string rather than arrays of objects or typed arrays,
 * whose buffers cost more than their contents at this size). `codes` holds the starts of the lines the
 * document spans (from line `firstLine` + 1: never the whole file's, or a file of many small documents
 * would cost documents × lines), then FIELDS
 * numbers per explicit node in document order: the value's start and trimmed end, the key's start and
 * trimmed end (NONE when there is no span), the subtree size times four plus the kind (0 other, 1
 * mapping, 2 sequence), and the index of the member's key in `keys` (NONE for none). Each number is one
 * UTF-16 unit, or two when `wide` (a document of 64 Ki characters or more).
 */
export interface LocatorTable {
  codes: string;
  wide: boolean;
  /** 0-based index of the first line whose start is in `codes`; offsets in `codes` count from its start. */
  firstLine: number;
  /** How many line starts `codes` holds. */
  lines: number;
  textLength: number;
  keys: string[];
}

/** The table's format, shared by its writers (fast-yaml.ts, fast-json.ts) and packed-table.ts. */
export const FIELDS = 6;
export const KIND_MAP = 1;
export const KIND_SEQ = 2;
export const NARROW_NONE = 0xffff;
export const WIDE_NONE = 0xffffffff;

function encode(values: number[], wide: boolean): string {
  const units: number[] = [];
  for (const v of values) {
    const n = v < 0 ? (wide ? WIDE_NONE : NARROW_NONE) : v;
    if (wide) units.push(Math.floor(n / 0x10000), n % 0x10000);
    else units.push(n);
  }
  let out = "";
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}

/**
 * The table for the document at `root`, or undefined when it holds an alias or a merge key (whose
 * paths createLocator resolves through the syntax tree). Call only after the document became data: that
 * proves it has no duplicate keys, so the first member with a key is the only one.
 */
export function locatorTable(root: Node, lines: LineIndex): LocatorTable | undefined {
  const values: number[] = [];
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  let complex = false;
  const length = lines.text.length;
  const pushRange = (node: unknown): void => {
    const r = (node as { range?: readonly number[] | null } | null)?.range;
    if (!r || r.length < 2) {
      values.push(-1, -1);
      return;
    }
    const start = r[0] as number;
    const end = lines.trimmedEnd(start, r[1] as number);
    // an empty span is no span (createLocator's spanOf): equal offsets once clamped to the text
    if (Math.max(0, Math.min(start, length)) === Math.max(0, Math.min(end, length))) values.push(-1, -1);
    else values.push(start, end);
  };
  const add = (node: unknown, key: unknown, keyName: string | undefined, depth: number): void => {
    if (isAlias(node) || depth > 10_000) {
      complex = true;
      return;
    }
    const at = values.length;
    pushRange(node);
    if (key === undefined) values.push(-1, -1);
    else pushRange(key);
    values.push(0);
    if (keyName === undefined) values.push(-1);
    else {
      let index = keyIndex.get(keyName);
      if (index === undefined) {
        index = keys.length;
        // key names repeat in every manifest: one shared copy of each keeps thousands of tables small
        keys.push(intern(keyName));
        keyIndex.set(keyName, index);
      }
      values.push(index);
    }
    let kind = 0;
    if (isMap(node)) {
      kind = KIND_MAP;
      for (const item of node.items) {
        if (!isPair(item)) continue;
        if (isMergeKey(item.key) || isAlias(item.key)) {
          complex = true;
          return;
        }
        let name: string;
        try {
          name = keyText(item.key);
        } catch {
          continue;
        }
        add(item.value, item.key, name, depth + 1);
        if (complex) return;
      }
    } else if (isSeq(node)) {
      kind = KIND_SEQ;
      for (const item of node.items) {
        add(item, undefined, undefined, depth + 1);
        if (complex) return;
      }
    }
    values[at + 4] = ((values.length - at) / FIELDS) * 4 + kind;
  };
  add(root, undefined, undefined, 0);
  if (complex) return undefined;
  // Every offset in the table lies within the root's range (keys and values are inside it).
  const range = (root as { range?: readonly number[] | null }).range;
  const from = range && range.length >= 2 ? (range[0] as number) : 0;
  const to = range && range.length >= 2 ? (range[2] ?? range[1]!) : length;
  return tableFrom(values, keys, from, to, lines);
}

/**
 * The table from its fields as collected (FIELDS numbers per node, absolute offsets, -1 for none) and the
 * document's extent [from, to): what locatorTable and the fast parse path (fast-yaml.ts) share.
 */
export function tableFrom(
  values: number[],
  keys: string[],
  from: number,
  to: number,
  lines: LineIndex,
): LocatorTable {
  const length = lines.text.length;
  const first = lines.lineOf(from);
  const last = Math.max(first, lines.lineOf(Math.max(from, to)));
  // Offsets count from the document's first line, so a small document late in a big file stays narrow.
  const origin = lines.lineStarts()[first] as number;
  for (let i = 0; i < values.length; i += FIELDS) {
    for (let f = 0; f < 4; f++)
      if ((values[i + f] as number) >= 0) values[i + f] = (values[i + f] as number) - origin;
  }
  const starts = lines.lineStarts();
  const all: number[] = [];
  for (let l = first; l <= last; l++) all.push((starts[l] as number) - origin);
  for (const v of values) all.push(v);
  let max = 0;
  for (const v of all) if (v > max) max = v;
  const wide = max >= NARROW_NONE;
  return {
    codes: encode(all, wide),
    wide,
    firstLine: first,
    lines: last - first + 1,
    textLength: length - origin,
    keys,
  };
}

/** Pointer lookups from a table: the same spans createLocator gives for that document. */
export function tableLocator(table: LocatorTable): Locator {
  const { codes, wide, firstLine, lines, textLength, keys } = table;
  const none = wide ? WIDE_NONE : NARROW_NONE;
  const at = wide
    ? (i: number): number => codes.charCodeAt(2 * i) * 0x10000 + codes.charCodeAt(2 * i + 1)
    : (i: number): number => codes.charCodeAt(i);
  const field = (node: number, f: number): number => at(lines + node * FIELDS + f);
  const size = (i: number): number => Math.floor(field(i, 4) / 4);
  const kind = (i: number): number => field(i, 4) % 4;

  const position = (offset: number): { line: number; column: number } => {
    const o = Math.max(0, Math.min(offset, textLength));
    let lo = 0;
    let hi = lines - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at(mid) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: firstLine + lo + 1, column: o - at(lo) + 1 };
  };
  const spanAt = (i: number, f: 0 | 2): Span | undefined => {
    const start = field(i, f);
    if (start === none) return undefined;
    const a = position(start);
    const b = position(field(i, f + 1));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const rootSpan = (): Span => spanAt(0, 0) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };

  const child = (i: number, segment: string): number => {
    const k = kind(i);
    if (k === 0) return -1;
    let wanted = -1;
    if (k === KIND_SEQ) {
      if (!INDEX.test(segment)) return -1;
      wanted = Number(segment);
    }
    const end = i + size(i);
    for (let c = i + 1, n = 0; c < end; c += size(c), n++) {
      if (k === KIND_MAP ? keys[field(c, 5)] === segment : n === wanted) return c;
    }
    return -1;
  };

  const resolve = (pointer: string): { at: number; exact: boolean } => {
    const segments = pointerSegments(pointer);
    if (segments === undefined) return { at: 0, exact: false };
    let node = 0;
    for (const segment of segments) {
      const next = child(node, segment);
      if (next < 0) return { at: node, exact: false };
      node = next;
    }
    return { at: node, exact: true };
  };

  return {
    locate(pointer) {
      const { at: node, exact } = resolve(pointer);
      if (!exact) return spanAt(node, 2) ?? spanAt(node, 0) ?? rootSpan();
      return spanAt(node, 0) ?? spanAt(node, 2) ?? rootSpan();
    },
    locateKey(pointer) {
      const { at: node, exact } = resolve(pointer);
      return exact ? spanAt(node, 2) : undefined;
    },
  };
}
