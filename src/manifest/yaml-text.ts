// The text side of the fast parse path (fast-yaml.ts): lines, comments and markers, and the scalars it
// reads (plain, single- and double-quoted, on one line) with the YAML 1.2 core schema's resolution, all
// as yaml 2.x reads them. Anything outside that throws GIVE_UP.

export const LF = 0x0a;
export const SPACE = 0x20;
export const HASH = 0x23;
export const COLON = 0x3a;
export const DASH = 0x2d;
export const COMMA = 0x2c;
export const DQUOTE = 0x22;
export const SQUOTE = 0x27;
export const LBRACKET = 0x5b;
export const RBRACKET = 0x5d;
export const LBRACE = 0x7b;
export const RBRACE = 0x7d;
export const BACKSLASH = 0x5c;
export const DOT = 0x2e;

/** Thrown (one shared instance: giving up is not exceptional here) when the text leaves the subset. */
export const GIVE_UP = Symbol("give up");

/** A YAML text and the scanning a parser of its block and flow structure needs. */
export class Cursor {
  protected readonly len: number;

  constructor(protected readonly s: string) {
    this.len = s.length;
  }

  protected lineStart(p: number): number {
    return p <= 0 ? 0 : this.s.lastIndexOf("\n", p - 1) + 1;
  }

  protected lineEnd(p: number): number {
    const i = this.s.indexOf("\n", p);
    return i < 0 ? this.len : i;
  }

  /** Start of the first line at or after line start `p` that holds content (not blank, not a comment). */
  protected skipBlank(p: number): number {
    const s = this.s;
    while (p < this.len) {
      let i = p;
      while (s.charCodeAt(i) === SPACE) i++;
      const c = s.charCodeAt(i);
      if (i < this.len && c !== LF && c !== HASH) return i;
      p = this.lineEnd(i) + 1;
    }
    return this.len;
  }

  protected isMarker(at: number): boolean {
    const s = this.s;
    if (at !== this.lineStart(at)) return false;
    const three = s.startsWith("---", at) ? "---" : s.startsWith("...", at) ? "..." : undefined;
    if (three === undefined) return false;
    const c = s.charCodeAt(at + 3);
    if (at + 3 < this.len && c !== SPACE && c !== LF) return false;
    if (three === "...") throw GIVE_UP;
    return true;
  }

  /** The line after a `---` marker, which may be followed only by spaces and a comment. */
  protected afterMarker(at: number): number {
    let i = at + 3;
    while (this.s.charCodeAt(i) === SPACE) i++;
    if (i < this.len && this.s.charCodeAt(i) !== LF && this.s.charCodeAt(i) !== HASH) throw GIVE_UP;
    return Math.min(this.lineEnd(i) + 1, this.len);
  }

  /** Whether the last line before line start `p` that is not blank is a comment line. */
  protected commentLineBefore(p: number): boolean {
    const s = this.s;
    for (let end = p - 1; end > 0;) {
      const start = this.lineStart(end);
      let i = start;
      while (s.charCodeAt(i) === SPACE) i++;
      if (i < end) return s.charCodeAt(i) === HASH;
      end = start - 1;
    }
    return false;
  }

  /** Where the trimmed text of `[start, end)` ends. */
  protected trimEnd(start: number, end: number): number {
    while (end > start && this.s.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }

  /**
   * The comment lines between the line of `end` and the next content line (`next`), in order, as pairs
   * of column and trimmed end, flattened.
   */
  protected commentsAfter(end: number, next: number): number[] {
    const s = this.s;
    const out: number[] = [];
    const stop = next >= this.len ? this.len : this.lineStart(next);
    for (let p = this.lineEnd(end) + 1; p < stop;) {
      let i = p;
      while (s.charCodeAt(i) === SPACE) i++;
      const eol = this.lineEnd(i);
      if (i < eol) out.push(i - p, this.trimEnd(i, eol));
      p = eol + 1;
    }
    return out;
  }

  /** The trimmed end of the rest of the line from `p`: spaces, then nothing or a comment. */
  protected lineRest(p: number): number {
    const s = this.s;
    let i = p;
    while (s.charCodeAt(i) === SPACE) i++;
    if (i >= this.len || s.charCodeAt(i) === LF) return p;
    // a comment needs white space before it
    if (s.charCodeAt(i) !== HASH || i === p) throw GIVE_UP;
    return this.trimEnd(i, this.lineEnd(i));
  }

  protected isSeqIndicator(p: number): boolean {
    if (this.s.charCodeAt(p) !== DASH) return false;
    const c = this.s.charCodeAt(p + 1);
    return p + 1 >= this.len || c === SPACE || c === LF;
  }

  /**
   * Where the `:` of an implicit key starting at `p` is, or -1 when the line there is not a key: a plain
   * or quoted scalar on one line followed by `:` and a space or the line's end.
   */
  protected keyEnd(p: number): number {
    const s = this.s;
    const c = s.charCodeAt(p);
    let i: number;
    if (c === DQUOTE || c === SQUOTE) {
      i = this.quotedEnd(p);
      if (i < 0) return -1;
      while (s.charCodeAt(i) === SPACE) i++;
      if (s.charCodeAt(i) !== COLON) return -1;
      const n = s.charCodeAt(i + 1);
      return i + 1 >= this.len || n === SPACE || n === LF ? i : -1;
    }
    if (!this.plainStart(p, false)) return -1;
    for (i = p; i < this.len; i++) {
      const ch = s.charCodeAt(i);
      if (ch === LF) return -1;
      if (ch === COLON) {
        const n = s.charCodeAt(i + 1);
        if (i + 1 >= this.len || n === SPACE || n === LF) return i;
      } else if (ch === HASH && s.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }

  /** The key's text and the end of its node; `colon` is where keyEnd found its `:`. */
  protected keyText(p: number, colon: number): { name: string; end: number } {
    const c = this.s.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const end = this.quotedEnd(p);
      return { name: this.quotedValue(p, end), end };
    }
    const end = this.trimEnd(p, colon);
    if (end === p) throw GIVE_UP; // an empty key
    // a plain key is its text as written, whatever it would resolve to (parse.ts's keyText: the source)
    return { name: this.s.slice(p, end), end };
  }

  /**
   * Whether a plain scalar may start at `p`: not an indicator, except `-`, `?` and `:` followed by a
   * character that can be part of it.
   */
  protected plainStart(p: number, flow: boolean): boolean {
    const c = this.s.charCodeAt(p);
    if (p >= this.len) return false;
    switch (c) {
      case DASH:
      case 0x3f: // ?
      case COLON: {
        const n = this.s.charCodeAt(p + 1);
        if (p + 1 >= this.len || n === SPACE || n === LF) return false;
        return !(flow && isFlowIndicator(n));
      }
      case COMMA:
      case LBRACKET:
      case RBRACKET:
      case LBRACE:
      case RBRACE:
      case HASH:
      case 0x26: // &
      case 0x2a: // *
      case 0x21: // !
      case 0x7c: // |
      case 0x3e: // >
      case SQUOTE:
      case DQUOTE:
      case 0x25: // %
      case 0x40: // @
      case 0x60: // `
      case SPACE:
      case LF:
        return false;
      default:
        return true;
    }
  }

  /** The trimmed end of a plain scalar in a block value; a `: ` inside it would be a nested mapping. */
  protected plainEnd(p: number): number {
    const s = this.s;
    let end = p;
    for (let i = p; i < this.len; i++) {
      const ch = s.charCodeAt(i);
      if (ch === LF) break;
      if (ch === COLON) {
        const n = s.charCodeAt(i + 1);
        if (i + 1 >= this.len || n === SPACE || n === LF) throw GIVE_UP;
      } else if (ch === HASH && s.charCodeAt(i - 1) === SPACE) break;
      if (ch !== SPACE) end = i + 1;
    }
    return end;
  }

  /** Just past the closing quote of a one-line quoted scalar at `p`, or -1 when it spans lines. */
  protected quotedEnd(p: number): number {
    const s = this.s;
    const q = s.charCodeAt(p);
    for (let i = p + 1; i < this.len; i++) {
      const ch = s.charCodeAt(i);
      if (ch === LF) return -1;
      if (q === DQUOTE && ch === BACKSLASH) i++;
      else if (ch === q) {
        if (q === SQUOTE && s.charCodeAt(i + 1) === SQUOTE) i++;
        else return i + 1;
      }
    }
    return -1;
  }

  protected quotedValue(p: number, end: number): string {
    const inner = this.s.slice(p + 1, end - 1);
    if (this.s.charCodeAt(p) === SQUOTE) return inner.includes("'") ? inner.replace(/''/g, "'") : inner;
    return inner.includes("\\") ? unescape(inner) : inner;
  }

  protected skipSpaces(i: number): number {
    while (this.s.charCodeAt(i) === SPACE) i++;
    if (i >= this.len || this.s.charCodeAt(i) === LF) throw GIVE_UP; // flow collections on one line only
    return i;
  }

  /** The trimmed end of a plain scalar inside a flow collection. */
  protected flowPlainEnd(p: number): number {
    const s = this.s;
    let end = p;
    for (let i = p; i < this.len; i++) {
      const ch = s.charCodeAt(i);
      if (ch === LF) throw GIVE_UP;
      if (isFlowIndicator(ch)) break;
      if (ch === COLON) {
        const n = s.charCodeAt(i + 1);
        if (i + 1 >= this.len || n === SPACE || n === LF || isFlowIndicator(n)) break;
      } else if (ch === HASH && s.charCodeAt(i - 1) === SPACE) throw GIVE_UP;
      if (ch !== SPACE) end = i + 1;
    }
    return end;
  }
}

export function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

/**
 * A plain scalar's value under the YAML 1.2 core schema, exactly as yaml resolves it (null, booleans,
 * decimal, octal `0o` and hexadecimal `0x` integers, floats, `.inf` and `.nan`); anything else is text.
 */
export function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  // only these can start a non-string: ~ n N t T f F digits + - .
  if (text.length === 0) return null;
  if (c === 0x7e) return text.length === 1 ? null : text;
  if (c === 0x6e || c === 0x4e) return /^(?:[Nn]ull|NULL)$/.test(text) ? null : text;
  if (c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46) {
    if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
    if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
    return text;
  }
  if (!((c >= 0x30 && c <= 0x39) || c === 0x2b || c === DASH || c === DOT)) return text;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === "nan"
      ? NaN
      : text[0] === "-"
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}

const ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
};

/** A double-quoted scalar's escapes, as YAML 1.2 defines them; anything else is for yaml's path. */
function unescape(inner: string): string {
  let out = "";
  let from = 0;
  for (let i = inner.indexOf("\\"); i >= 0; i = inner.indexOf("\\", from)) {
    out += inner.slice(from, i);
    const e = inner.charAt(i + 1);
    const simple = ESCAPES[e];
    if (simple !== undefined && Object.hasOwn(ESCAPES, e)) {
      out += simple;
      from = i + 2;
      continue;
    }
    const digits = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
    const hex = inner.slice(i + 2, i + 2 + digits);
    if (digits === 0 || !new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) throw GIVE_UP;
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) throw GIVE_UP;
    out += String.fromCodePoint(code);
    from = i + 2 + digits;
  }
  return out + inner.slice(from);
}
