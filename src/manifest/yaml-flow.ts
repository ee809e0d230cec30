// Flow collections on one line (`[read, write]`, `{a: 1}`) for the fast parse path, and the position-table
// fields both it and the block parser (fast-yaml.ts) write: one node per value, in document order.
import { FIELDS, KIND_MAP, KIND_SEQ } from "./positions.js";
import { intern, MAX_VALUES, scalarData, setOwn } from "./tree.js";
import {
  COLON,
  COMMA,
  Cursor,
  DQUOTE,
  GIVE_UP,
  LBRACE,
  LBRACKET,
  RBRACE,
  RBRACKET,
  resolvePlain,
  SPACE,
  SQUOTE,
} from "./yaml-text.js";

/** Nesting the fast path reads; deeper documents (none real) take yaml's path and its limit. */
const MAX_FAST_DEPTH = 64;

export class FlowReader extends Cursor {
  protected values: number[] = [];
  protected keys: string[] = [];
  protected keyIndex = new Map<string, number>();
  protected count = 0;

  /** Starts the table of a new document. */
  protected reset(): void {
    this.values = [];
    this.keys = [];
    this.keyIndex = new Map();
    this.count = 0;
  }

  protected open(
    start: number,
    end: number,
    keyStart: number,
    keyEnd: number,
    key: string | undefined,
    depth: number,
  ): number {
    if (++this.count > MAX_VALUES || depth > MAX_FAST_DEPTH) throw GIVE_UP;
    const at = this.values.length;
    let index = -1;
    if (key !== undefined) {
      const known = this.keyIndex.get(key);
      if (known === undefined) {
        index = this.keys.length;
        this.keys.push(intern(key));
        this.keyIndex.set(key, index);
      } else index = known;
    }
    this.values.push(start, end, keyStart, keyEnd, 0, index);
    return at;
  }

  protected close(at: number, kind: number, end?: number): void {
    const v = this.values;
    if (end !== undefined) v[at + 1] = end;
    v[at + 4] = ((v.length - at) / FIELDS) * 4 + kind;
  }

  /** The flow collection opening at `p`; returns its value and the offset just past its closing bracket. */
  protected flow(p: number, depth: number): { value: unknown; end: number } {
    const s = this.s;
    const isSeq = s.charCodeAt(p) === LBRACKET;
    const close = isSeq ? RBRACKET : RBRACE;
    const seq: unknown[] = [];
    const map: Record<string, unknown> = {};
    let i = this.skipSpaces(p + 1);
    if (s.charCodeAt(i) === close) return { value: isSeq ? seq : map, end: i + 1 };
    for (;;) {
      if (isSeq) {
        const item = this.flowItem(i, depth + 1, -1, -1, undefined);
        seq.push(item.value);
        i = this.skipSpaces(item.end);
      } else {
        const keyStart = i;
        const c = s.charCodeAt(i);
        let keyEnd: number;
        let name: string;
        if (c === DQUOTE || c === SQUOTE) {
          keyEnd = this.quotedEnd(i);
          if (keyEnd < 0) throw GIVE_UP;
          name = this.quotedValue(i, keyEnd);
          const colon = this.skipSpaces(keyEnd);
          if (s.charCodeAt(colon) !== COLON) throw GIVE_UP;
          i = colon + 1;
        } else {
          if (!this.plainStart(i, true)) throw GIVE_UP;
          keyEnd = this.flowPlainEnd(i);
          const colon = this.skipSpaces(keyEnd);
          // `{a: b}` only: a key without a value, or `a:b`, is for yaml's path
          if (s.charCodeAt(colon) !== COLON || s.charCodeAt(colon + 1) !== SPACE) throw GIVE_UP;
          name = s.slice(i, keyEnd);
          i = colon + 1;
        }
        // a plain `<<` is a merge key
        if ((name === "<<" && keyEnd - keyStart === 2) || Object.hasOwn(map, name)) throw GIVE_UP;
        const item = this.flowItem(this.skipSpaces(i), depth + 1, keyStart, keyEnd, name);
        put(map, name, item.value);
        i = this.skipSpaces(item.end);
      }
      const ch = s.charCodeAt(i);
      if (ch === close) return { value: isSeq ? seq : map, end: i + 1 };
      if (ch !== COMMA) throw GIVE_UP;
      i = this.skipSpaces(i + 1);
      // a trailing comma, an empty entry and a line break are for yaml's path
      if (s.charCodeAt(i) === close || s.charCodeAt(i) === COMMA) throw GIVE_UP;
    }
  }

  /** One entry of a flow sequence, or one value of a flow mapping, at `p`. */
  protected flowItem(
    p: number,
    depth: number,
    keyStart: number,
    keyEnd: number,
    key: string | undefined,
  ): { value: unknown; end: number } {
    const { value, end } = this.node(p, depth, keyStart, keyEnd, key, true);
    return this.notAKey(value, end, key);
  }

  /**
   * The value at `p` that is not a block collection: a flow collection, a quoted scalar or a plain one
   * (which ends by the rules of flow or of block context), with its node in the table.
   */
  protected node(
    p: number,
    depth: number,
    keyStart: number,
    keyEnd: number,
    key: string | undefined,
    inFlow: boolean,
  ): { value: unknown; end: number } {
    const s = this.s;
    const c = s.charCodeAt(p);
    if (c === LBRACKET || c === LBRACE) {
      const at = this.open(p, -1, keyStart, keyEnd, key, depth);
      const inner = this.flow(p, depth);
      this.close(at, c === LBRACKET ? KIND_SEQ : KIND_MAP, inner.end);
      return inner;
    }
    let value: unknown;
    let end: number;
    if (c === DQUOTE || c === SQUOTE) {
      end = this.quotedEnd(p);
      if (end < 0) throw GIVE_UP;
      value = intern(this.quotedValue(p, end));
    } else {
      if (!this.plainStart(p, inFlow)) throw GIVE_UP;
      end = inFlow ? this.flowPlainEnd(p) : this.plainEnd(p);
      const text = s.slice(p, end);
      value = scalarData(resolvePlain(text), text);
    }
    this.close(this.open(p, end, keyStart, keyEnd, key, depth), 0);
    return { value, end };
  }

  /** In a flow sequence, an entry followed by `:` is a one-pair mapping: for yaml's path. */
  protected notAKey(value: unknown, end: number, key: string | undefined): { value: unknown; end: number } {
    if (key === undefined && this.s.charCodeAt(this.skipSpaces(end)) === COLON) throw GIVE_UP;
    return { value, end };
  }
}

/** Stores a member as an own data property; only "__proto__" needs more than an assignment for that. */
export function put(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") setOwn(obj, key, value);
  else obj[key] = value;
}
