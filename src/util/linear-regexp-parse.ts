// The syntax half of linear-regexp.ts: a pattern in JavaScript's syntax read into the tree the matcher
// compiles, refusing (with the offset) what a linear-time matcher cannot run.

/** Most instructions a pattern may compile to: matching costs up to this many steps per character. */
export const MAX_PATTERN_PROGRAM = 2000;

export class PatternError extends Error {
  constructor(
    message: string,
    /** 0-based offset in the pattern of the construct refused. */
    readonly offset: number,
  ) {
    super(message);
  }
}

export type Range = readonly [number, number];
/** A set of code units: the union of `parts` (each a range list, maybe negated), maybe negated as a whole. */
export interface CharSet {
  parts: { ranges: Range[]; neg: boolean }[];
  neg: boolean;
}
export type Node =
  | { t: "set"; set: CharSet }
  | { t: "cat"; items: Node[] }
  | { t: "alt"; items: Node[] }
  | { t: "rep"; node: Node; min: number; max: number }
  | { t: "assert"; kind: Assertion };

export const Assertion = { LineStart: 0, LineEnd: 1, WordBoundary: 2, NotWordBoundary: 3 } as const;
export type Assertion = (typeof Assertion)[keyof typeof Assertion];

const DIGIT: Range[] = [[48, 57]];
const WORD: Range[] = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
];
const SPACE: Range[] = [
  [9, 13],
  [32, 32],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const LINE_TERMINATORS: Range[] = [
  [10, 10],
  [13, 13],
  [0x2028, 0x2029],
];
const CLASS_ESCAPES = new Map<string, { ranges: Range[]; neg: boolean }>([
  ["d", { ranges: DIGIT, neg: false }],
  ["D", { ranges: DIGIT, neg: true }],
  ["w", { ranges: WORD, neg: false }],
  ["W", { ranges: WORD, neg: true }],
  ["s", { ranges: SPACE, neg: false }],
  ["S", { ranges: SPACE, neg: true }],
]);
const CONTROL_ESCAPES = new Map([
  ["t", 9],
  ["n", 10],
  ["v", 11],
  ["f", 12],
  ["r", 13],
]);

export const inRanges = (ranges: readonly Range[], c: number): boolean =>
  ranges.some(([lo, hi]) => c >= lo && c <= hi);
const single = (c: number): CharSet => ({ parts: [{ ranges: [[c, c]], neg: false }], neg: false });

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw this.fail("unbalanced ')'");
    return node;
  }

  private fail(message: string, at = this.i): PatternError {
    return new PatternError(message, at);
  }

  private alternation(): Node {
    const items = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      items.push(this.sequence());
    }
    return items.length === 1 ? items[0]! : { t: "alt", items };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const start = this.i;
      const atom = this.atom();
      const q = this.quantifier();
      if (!q) items.push(atom);
      else if (atom.t === "assert") throw this.fail("nothing to repeat", start);
      else items.push({ t: "rep", node: atom, ...q });
    }
    return { t: "cat", items };
  }

  private quantifier(): { min: number; max: number } | undefined {
    const c = this.src[this.i];
    let q: { min: number; max: number } | undefined;
    if (c === "*") q = { min: 0, max: Infinity };
    else if (c === "+") q = { min: 1, max: Infinity };
    else if (c === "?") q = { min: 0, max: 1 };
    if (q) this.i++;
    else if (c === "{") {
      // not a quantifier unless complete (`a{` and `a{x}` are literal braces, as in JavaScript)
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return undefined;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      if (max < min) throw this.fail("numbers out of order in {} quantifier");
      // each repetition is a copy of the pattern it repeats
      if (Math.max(min, max === Infinity ? 0 : max) > MAX_PATTERN_PROGRAM)
        throw this.fail(`a count over ${MAX_PATTERN_PROGRAM} in {} quantifier`);
      q = { min, max };
      this.i += m[0].length;
    } else return undefined;
    if (this.src[this.i] === "?") this.i++; // lazy: the same matches, and only whether and where one starts counts
    return q;
  }

  private atom(): Node {
    const start = this.i;
    const c = this.src[this.i++]!;
    switch (c) {
      case "^":
        return { t: "assert", kind: Assertion.LineStart };
      case "$":
        return { t: "assert", kind: Assertion.LineEnd };
      case ".":
        return { t: "set", set: { parts: [{ ranges: LINE_TERMINATORS, neg: true }], neg: false } };
      case "[":
        return { t: "set", set: this.charClass() };
      case "(": {
        if (this.src.startsWith("?:", this.i)) this.i += 2;
        else if (/^\?<[=!]|^\?[=!]/.test(this.src.slice(this.i, this.i + 3)))
          throw this.fail("lookahead and lookbehind are not supported", start);
        else if (this.src[this.i] === "?") {
          const m = /^\?<[A-Za-z_$][\w$]*>/.exec(this.src.slice(this.i));
          if (!m) throw this.fail("unsupported group", start);
          this.i += m[0].length;
        }
        const node = this.alternation();
        if (this.src[this.i] !== ")") throw this.fail("unterminated group", start);
        this.i++;
        return node;
      }
      case "*":
      case "+":
      case "?":
        throw this.fail("nothing to repeat", start);
      case "\\": {
        const e = this.src[this.i];
        if (e === "b" || e === "B") {
          this.i++;
          return { t: "assert", kind: e === "b" ? Assertion.WordBoundary : Assertion.NotWordBoundary };
        }
        const e2 = this.escape(false);
        return { t: "set", set: typeof e2 === "number" ? single(e2) : { parts: [e2], neg: false } };
      }
      default:
        return { t: "set", set: single(c.charCodeAt(0)) };
    }
  }

  /** After a backslash: a class escape (\d, \w, \s and their negations) or one code unit. */
  private escape(inClass: boolean): CharSet["parts"][number] | number {
    const at = this.i - 1;
    const e = this.src[this.i++];
    if (e === undefined) throw this.fail("\\ at end of pattern", at);
    const cls = CLASS_ESCAPES.get(e);
    if (cls) return cls;
    const control = CONTROL_ESCAPES.get(e);
    if (control !== undefined) return control;
    if (inClass && e === "b") return 8;
    if (e === "0" && !/[0-9]/.test(this.src[this.i] ?? "")) return 0;
    if (/[0-9]/.test(e) || e === "k") throw this.fail("backreferences are not supported", at);
    if (e === "x" || e === "u") {
      const digits = e === "x" ? 2 : 4;
      const hex = /^[0-9A-Fa-f]+/.exec(this.src.slice(this.i, this.i + digits))?.[0];
      if (hex?.length !== digits) throw this.fail(`unsupported escape \\${e}`, at);
      this.i += digits;
      return parseInt(hex, 16);
    }
    if (e === "c" && /[A-Za-z]/.test(this.src[this.i] ?? "")) return this.src.charCodeAt(this.i++) % 32;
    if (/[A-Za-z]/.test(e)) throw this.fail(`unsupported escape \\${e}`, at);
    return e.charCodeAt(0);
  }

  private charClass(): CharSet {
    const start = this.i - 1;
    const neg = this.src[this.i] === "^";
    if (neg) this.i++;
    const parts: CharSet["parts"] = [];
    const ranges: Range[] = [];
    const member = (): CharSet["parts"][number] | number => {
      const c = this.src[this.i++];
      if (c === undefined) throw this.fail("unterminated character class", start);
      return c === "\\" ? this.escape(true) : c.charCodeAt(0);
    };
    while (this.src[this.i] !== "]") {
      const at = this.i;
      const lo = member();
      if (this.src[this.i] === "-" && this.i + 1 < this.src.length && this.src[this.i + 1] !== "]") {
        this.i++;
        const hi = member();
        if (typeof lo !== "number" || typeof hi !== "number")
          throw this.fail("a range with a class escape (\\d, \\w, \\s) is not supported", at);
        if (hi < lo) throw this.fail("range out of order in character class", at);
        ranges.push([lo, hi]);
      } else if (typeof lo === "number") ranges.push([lo, lo]);
      else parts.push(lo);
    }
    this.i++;
    parts.push({ ranges, neg: false });
    return { parts, neg };
  }
}

/** The tree of `source`; throws PatternError at what it cannot hold. */
export function parsePattern(source: string): Node {
  return new Parser(source).parse();
}
