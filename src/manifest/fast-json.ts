// Strict JSON manifests (json-strict.ts has checked them) read straight into data and position-table
// fields, as fast-yaml.ts reads YAML. yaml reads JSON as flow YAML; this gives the same values (strings
// by JSON's escapes, which YAML's double quotes share; numbers, booleans and null by the core schema) and
// the same ranges, held to them by test/manifest/fast-json.test.ts.
import type { FastDocument } from "./fast-yaml.js";
import { intern, scalarData } from "./tree.js";
import { KIND_MAP, KIND_SEQ } from "./positions.js";
import { FlowReader, put } from "./yaml-flow.js";
import {
  BACKSLASH,
  COLON,
  COMMA,
  DQUOTE,
  GIVE_UP,
  LBRACE,
  LBRACKET,
  RBRACE,
  RBRACKET,
  resolvePlain,
} from "./yaml-text.js";

/** A JSON file's documents: its one object, or each element of its array (undefined where not an object). */
export type FastJson = { object: FastDocument } | { array: (FastDocument | undefined)[] } | { other: true };

/** Characters whose reading yaml may not share with JSON (controls, YAML 1.1 breaks, byte order marks). */
// eslint-disable-next-line no-control-regex
const OUTSIDE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

/** The documents of a strict JSON text, or undefined where yaml's path should read it. */
export function parseFastJson(text: string): FastJson | undefined {
  if (OUTSIDE.test(text)) return undefined;
  try {
    return new JsonReader(text).root();
  } catch (e) {
    if (e === GIVE_UP || e instanceof RangeError) return undefined;
    throw e;
  }
}

class JsonReader extends FlowReader {
  root(): FastJson {
    const at = this.ws(0);
    const c = this.s.charCodeAt(at);
    if (c === LBRACE) return { object: this.document(at).doc };
    if (c !== LBRACKET) return { other: true };
    const docs: (FastDocument | undefined)[] = [];
    let i = this.ws(at + 1);
    if (this.s.charCodeAt(i) === RBRACKET) return { array: docs };
    for (;;) {
      const { doc, end } = this.document(i);
      docs.push(this.s.charCodeAt(i) === LBRACE ? doc : undefined);
      i = this.ws(end);
      if (this.s.charCodeAt(i) === RBRACKET) return { array: docs };
      i = this.ws(i + 1); // a comma: the text is strict JSON
    }
  }

  /** One value read as its own document (its table starts afresh). */
  private document(at: number): { doc: FastDocument; end: number } {
    this.reset();
    const { value, end } = this.value(at, 0, -1, -1, undefined);
    return { doc: { data: value, values: this.values, keys: this.keys, from: at, to: end }, end };
  }

  private value(
    p: number,
    depth: number,
    keyStart: number,
    keyEnd: number,
    key: string | undefined,
  ): { value: unknown; end: number } {
    const s = this.s;
    const c = s.charCodeAt(p);
    if (c === LBRACE || c === LBRACKET) {
      const node = this.open(p, -1, keyStart, keyEnd, key, depth);
      const map = c === LBRACE;
      const close = map ? RBRACE : RBRACKET;
      const obj: Record<string, unknown> = {};
      const list: unknown[] = [];
      let i = this.ws(p + 1);
      while (s.charCodeAt(i) !== close) {
        if (i >= this.len) throw GIVE_UP; // not strict JSON after all
        if (map) {
          const nameEnd = this.stringEnd(i);
          const name = JSON.parse(s.slice(i, nameEnd)) as string;
          const colon = this.ws(nameEnd);
          if (s.charCodeAt(colon) !== COLON) throw GIVE_UP;
          const item = this.value(this.ws(colon + 1), depth + 1, i, nameEnd, name);
          put(obj, name, item.value);
          i = this.ws(item.end);
        } else {
          const item = this.value(i, depth + 1, -1, -1, undefined);
          list.push(item.value);
          i = this.ws(item.end);
        }
        if (s.charCodeAt(i) === COMMA) i = this.ws(i + 1);
      }
      this.close(node, map ? KIND_MAP : KIND_SEQ, i + 1);
      return { value: map ? obj : list, end: i + 1 };
    }
    let end: number;
    let value: unknown;
    if (c === DQUOTE) {
      end = this.stringEnd(p);
      value = intern(JSON.parse(s.slice(p, end)) as string);
    } else {
      end = p;
      while (end < this.len && !isDelimiter(s.charCodeAt(end))) end++;
      const text = s.slice(p, end);
      value = scalarData(resolvePlain(text), text);
    }
    this.close(this.open(p, end, keyStart, keyEnd, key, depth), 0);
    return { value, end };
  }

  /** Just past the closing quote of the string at `p`. */
  private stringEnd(p: number): number {
    const s = this.s;
    if (s.charCodeAt(p) !== DQUOTE) throw GIVE_UP;
    for (let i = p + 1; i < this.len; i++) {
      const c = s.charCodeAt(i);
      if (c === BACKSLASH) i++;
      else if (c === DQUOTE) return i + 1;
    }
    throw GIVE_UP;
  }

  /** The first offset at or after `i` that is not JSON white space. */
  private ws(i: number): number {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return i;
    }
  }
}

function isDelimiter(c: number): boolean {
  return (
    c === COMMA || c === RBRACE || c === RBRACKET || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
  );
}
