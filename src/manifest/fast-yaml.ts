// The fast parse path: YAML as manifests are written (block mappings and sequences, one-line plain and
// quoted scalars, one-line flow collections, comments, `---` between documents) read straight into the
// data and position-table fields that parse.ts otherwise builds from yaml's documents, about ten times
// faster. Anything else gives up (undefined): anchors, aliases, tags, block and multi-line scalars, tabs,
// directives, explicit keys, merge keys, duplicate keys, deep nesting and every error. Such a file takes
// yaml's path, so errors keep yaml's messages and positions. Where yaml's own choices are not obvious
// (which comment lines a collection's range takes in) this follows yaml 2.x to the offset;
// test/manifest/fast-yaml.test.ts holds both paths to identical values and tables.
import { KIND_MAP, KIND_SEQ } from "./positions.js";
import { FlowReader, put } from "./yaml-flow.js";
import { GIVE_UP, HASH, LF, SPACE } from "./yaml-text.js";

/** One document as the fast path reads it. */
export interface FastDocument {
  /** The document's content as data; null for an empty document (a `---` with nothing after it). */
  data: unknown;
  /** Position-table fields as positions.ts's locatorTable collects them (absolute offsets). */
  values: number[];
  keys: string[];
  /** Where the root node starts, and where its last character (a comment it takes in included) ends. */
  from: number;
  to: number;
}

/**
 * Characters that send a text to yaml's path wherever they appear: tabs (whose meaning depends on where
 * they stand), carriage returns, other C0 and C1 controls, DEL, byte order marks and YAML 1.1 line breaks.
 */
// eslint-disable-next-line no-control-regex
const OUTSIDE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

/** The documents of `text`, or undefined when it is not in the subset this path reads. */
export function parseFast(text: string): FastDocument[] | undefined {
  if (OUTSIDE.test(text)) return undefined;
  try {
    return new FastParser(text).stream();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    // a stack overflow on absurd input is yaml's to report
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

/** A value as read: its data and how far its text reaches (same-line comment included). */
interface Parsed {
  value: unknown;
  end: number;
  /** for block mappings and sequences, their column (-1 for other values) */
  indent: number;
}

/** The last value of a block collection, which decides where the collection's span ends. */
interface Last {
  end: number;
  /** EMPTY (a value written as nothing), SCALAR (or a flow collection) or BLOCK */
  kind: number;
  indent: number;
}

const EMPTY = 0;
const SCALAR = 1;
const BLOCK = 2;

class FastParser extends FlowReader {
  private pos = 0;

  stream(): FastDocument[] {
    const docs: FastDocument[] = [];
    const line = this.skipBlank(0);
    // Text before the first marker is a document only when it has content; comments alone are the
    // first document's prefix.
    this.pos = line;
    if (line < this.len && !this.isMarker(line)) docs.push(this.document(line));
    while (this.pos < this.len) {
      const at = this.skipBlank(this.pos);
      if (at >= this.len) break;
      if (!this.isMarker(at)) throw GIVE_UP;
      // `---` alone on its line (a comment may follow); content after it is for yaml's path
      const after = this.afterMarker(at);
      const next = this.skipBlank(after);
      if (next >= this.len || this.isMarker(next)) {
        docs.push({ data: null, values: [], keys: [], from: at, to: at });
        this.pos = next;
        continue;
      }
      docs.push(this.document(next));
    }
    return docs;
  }

  private document(at: number): FastDocument {
    this.reset();
    const indent = at - this.lineStart(at);
    this.pos = at;
    let root: Parsed;
    if (this.isSeqIndicator(at)) root = this.blockSeq(indent, 0, -1, -1, undefined);
    else if (this.keyEnd(at) >= 0) root = this.blockMap(indent, at, 0, -1, -1, undefined);
    else throw GIVE_UP; // a scalar or flow document is not a manifest: yaml's path skips or reports it
    // after the root, only comments until the next marker or the end
    const next = this.pos;
    if (next < this.len && !this.isMarker(next)) throw GIVE_UP;
    // yaml gives comment lines just before a `---` partly to the next document, by rules of its own
    if (next < this.len && this.commentLineBefore(next)) throw GIVE_UP;
    return { data: root.value, values: this.values, keys: this.keys, from: at, to: root.end };
  }

  /** An empty value's range takes in every comment line up to the next content line. */
  private emptyReach(end: number, next: number): number {
    const comments = this.commentsAfter(end, next);
    return comments.length > 0 ? (comments[comments.length - 1] as number) : end;
  }

  /**
   * Where a block collection's span ends: where its last value's range does (yaml's range[1] is the last
   * value's range[2]). A scalar's (or flow collection's) takes in the comment lines after it that are
   * more indented than the collection, until the first that is not; an empty value's every comment line
   * up to the next content; a nested block collection's the comment lines after it unless it stands at
   * column 0 or every one of them is less indented than it (yaml then hands them to the collection above).
   */
  private collectionEnd(last: Last, indent: number): number {
    if (last.kind === EMPTY) return last.end;
    const comments = this.commentsAfter(last.end, this.pos);
    let end = last.end;
    if (last.kind === SCALAR) {
      for (let i = 0; i < comments.length && (comments[i] as number) > indent; i += 2)
        end = comments[i + 1] as number;
      return end;
    }
    // (yaml hands them up from a collection at column 0 in any case)
    for (let i = 0; i < comments.length && last.indent > 0; i += 2) {
      if ((comments[i] as number) >= last.indent) return comments[comments.length - 1] as number;
    }
    return end;
  }

  /**
   * A block mapping whose first key starts at `at` (column `indent`). On return `pos` is the start of
   * the next content line after it (or the end of the text).
   */
  private blockMap(
    indent: number,
    at: number,
    depth: number,
    keyStart: number,
    keyEnd: number,
    key: string | undefined,
  ): Parsed {
    const out: Record<string, unknown> = {};
    const node = this.open(at, -1, keyStart, keyEnd, key, depth);
    let p = at;
    let last: Last = { end: at, kind: SCALAR, indent };
    for (;;) {
      // p: a key at column `indent`
      const colon = this.keyEnd(p);
      // yaml limits an implicit key to 1024 characters; well below that, the key is surely within it
      if (colon < 0 || colon - p > 1000) throw GIVE_UP;
      const { name, end: nameEnd } = this.keyText(p, colon);
      if ((name === "<<" && nameEnd - p === 2) || Object.hasOwn(out, name)) throw GIVE_UP;
      const { v, inline, lineEnd, next, nextIndent } = this.valueAfter(colon);
      let item: Parsed;
      if (!inline) {
        if (next < this.len && !this.isMarker(next) && nextIndent > indent) {
          item = this.blockValue(v, nextIndent, next, depth + 1, p, nameEnd, name, indent);
        } else if (
          next < this.len &&
          !this.isMarker(next) &&
          nextIndent === indent &&
          this.isSeqIndicator(next)
        ) {
          // a sequence may stand at its key's own indentation
          this.pos = next;
          item = this.blockSeq(indent, depth + 1, p, nameEnd, name);
        } else {
          this.close(this.open(-1, -1, p, nameEnd, name, depth + 1), 0);
          this.pos = next;
          last = { end: this.emptyReach(lineEnd, next), kind: EMPTY, indent };
          put(out, name, null);
          if (this.ends(indent, false)) break;
          p = this.pos;
          continue;
        }
      } else {
        item = this.inlineValue(v, depth + 1, p, nameEnd, name, indent);
      }
      put(out, name, item.value);
      last = { end: item.end, kind: item.indent < 0 ? SCALAR : BLOCK, indent: item.indent };
      if (this.ends(indent, false)) break;
      p = this.pos;
    }
    const end = this.collectionEnd(last, indent);
    this.close(node, KIND_MAP, end);
    return { value: out, end, indent };
  }

  /**
   * What follows a key's `:` or an item's `-` at `at`: where the value starts when it is on this line
   * (`inline`); otherwise where the line's text ends (a comment included) and the next content line.
   */
  private valueAfter(at: number): {
    v: number;
    inline: boolean;
    lineEnd: number;
    next: number;
    nextIndent: number;
  } {
    const s = this.s;
    let v = at + 1;
    while (s.charCodeAt(v) === SPACE) v++;
    const c = s.charCodeAt(v);
    if (v < this.len && c !== LF && c !== HASH)
      return { v, inline: true, lineEnd: v, next: v, nextIndent: 0 };
    const lineEnd = c === HASH ? this.lineRest(at + 1) : at + 1;
    const next = this.skipBlank(this.lineEnd(v) + 1);
    return { v, inline: false, lineEnd, next, nextIndent: next - this.lineStart(next) };
  }

  /** A block sequence whose first `-` is at `pos` (column `indent`). */
  private blockSeq(
    indent: number,
    depth: number,
    keyStart: number,
    keyEnd: number,
    key: string | undefined,
  ): Parsed {
    const out: unknown[] = [];
    const start = this.pos;
    const node = this.open(start, -1, keyStart, keyEnd, key, depth);
    let last: Last = { end: start, kind: SCALAR, indent };
    for (;;) {
      const dash = this.pos;
      if (!this.isSeqIndicator(dash)) throw GIVE_UP;
      const { v, inline, lineEnd, next, nextIndent } = this.valueAfter(dash);
      let item: Parsed;
      if (!inline) {
        if (next < this.len && !this.isMarker(next) && nextIndent > indent) {
          item = this.blockValue(v, nextIndent, next, depth + 1, -1, -1, undefined, indent);
        } else {
          this.close(this.open(-1, -1, -1, -1, undefined, depth + 1), 0);
          this.pos = next;
          out.push(null);
          last = { end: this.emptyReach(lineEnd, next), kind: EMPTY, indent };
          if (this.ends(indent, true)) break;
          continue;
        }
      } else if (this.isSeqIndicator(v)) {
        throw GIVE_UP; // `- - x`: a compact nested sequence
      } else if (this.keyEnd(v) >= 0) {
        item = this.blockMap(v - this.lineStart(v), v, depth + 1, -1, -1, undefined);
      } else {
        item = this.inlineValue(v, depth + 1, -1, -1, undefined, indent);
      }
      out.push(item.value);
      last = { end: item.end, kind: item.indent < 0 ? SCALAR : BLOCK, indent: item.indent };
      if (this.ends(indent, true)) break;
    }
    const end = this.collectionEnd(last, indent);
    this.close(node, KIND_SEQ, end);
    return { value: out, end, indent };
  }

  /**
   * A value on the lines after its key or dash (on the line of `from`), starting at `at` (column
   * `indent`, deeper than the collection it belongs to, at column `parent`).
   */
  private blockValue(
    from: number,
    indent: number,
    at: number,
    depth: number,
    keyStart: number,
    keyEnd: number,
    key: string | undefined,
    parent: number,
  ): Parsed {
    this.pos = at;
    if (this.isSeqIndicator(at)) return this.blockSeq(indent, depth, keyStart, keyEnd, key);
    if (this.keyEnd(at) >= 0) return this.blockMap(indent, at, depth, keyStart, keyEnd, key);
    // yaml reads a scalar after a blank line and a comment line as running on over shallower lines
    if (this.commentsAfter(from, at).length > 0) throw GIVE_UP;
    return this.inlineValue(at, depth, keyStart, keyEnd, key, parent);
  }

  /**
   * Whether the block mapping or sequence at column `indent` ends at `pos` (the next content line): a
   * shallower line, a marker or the end; at its own column, a `-` ends a mapping (a sequence there is a
   * mapping's value only right after its key, handled there) and anything else ends a sequence. A deeper
   * line leaves the subset.
   */
  private ends(indent: number, seq: boolean): boolean {
    const p = this.pos;
    if (p >= this.len || this.isMarker(p)) return true;
    const col = p - this.lineStart(p);
    if (col < indent) return true;
    if (col > indent) throw GIVE_UP;
    return this.isSeqIndicator(p) !== seq;
  }

  /**
   * A value on its key's (or dash's) line: a plain or quoted scalar, or a flow collection, followed only
   * by a comment. The next content line must not be deeper than the collection (`parent`): that would
   * be a multi-line scalar or an error.
   */
  private inlineValue(
    v: number,
    depth: number,
    keyStart: number,
    keyEnd: number,
    key: string | undefined,
    parent: number,
  ): Parsed {
    const { value, end } = this.node(v, depth, keyStart, keyEnd, key, false);
    const lineEnd = this.lineRest(end);
    const next = this.skipBlank(this.lineEnd(end) + 1);
    if (next < this.len && !this.isMarker(next) && next - this.lineStart(next) > parent) throw GIVE_UP;
    this.pos = next;
    return { value, end: Math.max(end, lineEnd), indent: -1 };
  }
}
