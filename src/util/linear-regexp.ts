// Regular expressions from policy files (a pack's discovery `contains:`) run over repository files of up to
// half a megabyte. JavaScript's engine backtracks: `(a+)+$` takes exponential time and even the innocent
// `^\s+(role|goal)\s*:` quadratic time on a file of blank lines (minutes at 512 KiB), so one pattern and one
// crafted file could hang a CI job. This matcher runs the common syntax as a Thompson NFA stepped over the
// text once (a Pike VM), in time proportional to text × pattern whatever either holds. What it cannot run
// in that time (backreferences, lookaround) is refused when the pattern is read, with the offset, so the
// policy file is wrong at load time rather than slow at run time. Patterns are multiline (`^` and `$` at
// line ends), case-sensitive and match UTF-16 code units, as `new RegExp(source, "m")` does.

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

type Range = readonly [number, number];
/** A set of code units: the union of `parts` (each a range list, maybe negated), maybe negated as a whole. */
interface CharSet {
  parts: { ranges: Range[]; neg: boolean }[];
  neg: boolean;
}
type Node =
  | { t: "set"; set: CharSet }
  | { t: "cat"; items: Node[] }
  | { t: "alt"; items: Node[] }
  | { t: "rep"; node: Node; min: number; max: number }
  | { t: "assert"; kind: Assertion };

const enum Assertion {
  LineStart,
  LineEnd,
  WordBoundary,
  NotWordBoundary,
}

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

const inRanges = (ranges: readonly Range[], c: number): boolean =>
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

const enum Op {
  Char,
  Split,
  Jump,
  Assert,
  Match,
}

interface Program {
  op: Op[];
  /** Char: the set's index; Split, Jump: the first target; Assert: the assertion. */
  a: number[];
  /** Split: the second target. */
  b: number[];
  sets: ((c: number) => boolean)[];
}

/** A set's test: a table for ASCII, the ranges above it. */
function tester(set: CharSet): (c: number) => boolean {
  const slow = (c: number): boolean => set.parts.some((p) => inRanges(p.ranges, c) !== p.neg) !== set.neg;
  const ascii = Uint8Array.from({ length: 128 }, (_, c) => (slow(c) ? 1 : 0));
  return (c) => (c < 128 ? ascii[c] === 1 : slow(c));
}

function compile(root: Node): Program {
  const prog: Program = { op: [], a: [], b: [], sets: [] };
  const emit = (op: Op, a = 0, b = 0): number => {
    if (prog.op.length >= MAX_PATTERN_PROGRAM)
      throw new PatternError(`pattern too large (over ${MAX_PATTERN_PROGRAM} steps)`, 0);
    prog.op.push(op);
    prog.a.push(a);
    prog.b.push(b);
    return prog.op.length - 1;
  };
  const testers = new Map<CharSet, number>();
  const gen = (n: Node): void => {
    switch (n.t) {
      case "set": {
        let k = testers.get(n.set);
        if (k === undefined) testers.set(n.set, (k = prog.sets.push(tester(n.set)) - 1));
        emit(Op.Char, k);
        return;
      }
      case "assert":
        emit(Op.Assert, n.kind);
        return;
      case "cat":
        n.items.forEach(gen);
        return;
      case "alt": {
        const jumps: number[] = [];
        n.items.forEach((item, i) => {
          const split = i < n.items.length - 1 ? emit(Op.Split, 0, 0) : -1;
          if (split >= 0) prog.a[split] = split + 1;
          gen(item);
          if (split >= 0) {
            jumps.push(emit(Op.Jump));
            prog.b[split] = prog.op.length;
          }
        });
        for (const j of jumps) prog.a[j] = prog.op.length;
        return;
      }
      case "rep": {
        for (let k = 0; k < n.min; k++) gen(n.node);
        if (n.max === Infinity) {
          const split = emit(Op.Split, 0, 0);
          prog.a[split] = split + 1;
          gen(n.node);
          emit(Op.Jump, split);
          prog.b[split] = prog.op.length;
          return;
        }
        const splits: number[] = [];
        for (let k = n.min; k < n.max; k++) {
          const split = emit(Op.Split, 0, 0);
          prog.a[split] = split + 1;
          splits.push(split);
          gen(n.node);
        }
        for (const s of splits) prog.b[s] = prog.op.length;
        return;
      }
    }
  };
  gen(root);
  emit(Op.Match);
  return prog;
}

const isLineTerminator = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isWord = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95 || (c >= 97 && c <= 122);

/**
 * A pattern in JavaScript syntax (multiline), compiled on construction; throws PatternError at what it
 * cannot run in linear time. Two of the same source compare equal (isDeepStrictEqual), as RegExps do.
 */
export class LinearRegExp {
  readonly #prog: Program;

  constructor(readonly source: string) {
    this.#prog = compile(new Parser(source).parse());
  }

  /** Index of the leftmost match in `text`, or -1 (what `RegExp.exec(text)?.index` gives). */
  search(text: string): number {
    const prog = this.#prog;
    const size = prog.op.length;
    const n = text.length;
    const holds = (kind: Assertion, p: number): boolean => {
      const prev = p > 0 ? text.charCodeAt(p - 1) : -1;
      const cur = p < n ? text.charCodeAt(p) : -1;
      switch (kind) {
        case Assertion.LineStart:
          return p === 0 || isLineTerminator(prev);
        case Assertion.LineEnd:
          return p === n || isLineTerminator(cur);
        case Assertion.WordBoundary:
          return isWord(prev) !== isWord(cur);
        case Assertion.NotWordBoundary:
          return isWord(prev) === isWord(cur);
      }
    };
    // the threads alive at a position, in order of their start: the first to reach an instruction keeps it
    let pcs = new Int32Array(size);
    let starts = new Int32Array(size);
    let count = 0;
    let nextPcs = new Int32Array(size);
    let nextStarts = new Int32Array(size);
    let nextCount = 0;
    const seen = new Int32Array(size).fill(-1);
    const stack: number[] = [];
    const add = (
      into: Int32Array,
      intoStarts: Int32Array,
      len: number,
      pc: number,
      start: number,
      p: number,
    ) => {
      stack.push(pc);
      while (stack.length > 0) {
        const at = stack.pop()!;
        if (seen[at] === p) continue;
        seen[at] = p;
        switch (prog.op[at]) {
          case Op.Jump:
            stack.push(prog.a[at]!);
            break;
          case Op.Split:
            stack.push(prog.b[at]!, prog.a[at]!);
            break;
          case Op.Assert:
            if (holds(prog.a[at]!, p)) stack.push(at + 1);
            break;
          default:
            into[len] = at;
            intoStarts[len++] = start;
        }
      }
      return len;
    };
    let best = -1;
    for (let p = 0; p <= n; p++) {
      if (best < 0) count = add(pcs, starts, count, 0, p, p);
      else if (count === 0) break;
      nextCount = 0;
      const c = p < n ? text.charCodeAt(p) : -1;
      for (let t = 0; t < count; t++) {
        const pc = pcs[t]!;
        if (prog.op[pc] === Op.Match) {
          // threads after this one started no earlier, so cannot give a match further left
          best = starts[t]!;
          break;
        }
        if (c >= 0 && prog.sets[prog.a[pc]!]!(c)) {
          nextCount = add(nextPcs, nextStarts, nextCount, pc + 1, starts[t]!, p + 1);
        }
      }
      [pcs, nextPcs, starts, nextStarts, count] = [nextPcs, pcs, nextStarts, starts, nextCount];
    }
    return best;
  }
}
