// Regular expressions from policy files (a pack's discovery `contains:`) run over repository files of up to
// half a megabyte. JavaScript's engine backtracks: `(a+)+$` takes exponential time and even the innocent
// `^\s+(role|goal)\s*:` quadratic time on a file of blank lines (minutes at 512 KiB), so one pattern and one
// crafted file could hang a CI job. This matcher runs the common syntax as a Thompson NFA stepped over the
// text once (a Pike VM), in time proportional to text × pattern whatever either holds. What it cannot run
// in that time (backreferences, lookaround) is refused when the pattern is read, with the offset, so the
// policy file is wrong at load time rather than slow at run time. Patterns are multiline (`^` and `$` at
// line ends), case-sensitive and match UTF-16 code units, as `new RegExp(source, "m")` does.
import {
  Assertion,
  inRanges,
  MAX_PATTERN_PROGRAM,
  parsePattern,
  PatternError,
  type CharSet,
  type Node,
} from "./linear-regexp-parse.js";

export { MAX_PATTERN_PROGRAM, PatternError } from "./linear-regexp-parse.js";

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

/** The code unit a set matches when it matches exactly one, else undefined. */
function onlyUnit(set: CharSet): number | undefined {
  const [part, ...rest] = set.parts;
  const range = part?.ranges.length === 1 ? part.ranges[0]! : undefined;
  return !set.neg && rest.length === 0 && !part!.neg && range && range[0] === range[1] ? range[0] : undefined;
}

/**
 * Literal runs (two code units or more) every match contains: the consecutive single characters the
 * pattern's top-level sequence (and groups in it) requires. A text without one of them cannot match, so
 * most files are turned away by a string search before the matcher steps through them.
 */
function requiredLiterals(root: Node): string[] {
  const runs: string[] = [];
  let run = "";
  const end = (): void => {
    if (run.length >= 2) runs.push(run);
    run = "";
  };
  const visit = (n: Node): void => {
    if (n.t === "cat") n.items.forEach(visit);
    else if (n.t === "set" && onlyUnit(n.set) !== undefined) run += String.fromCharCode(onlyUnit(n.set)!);
    else if (n.t === "rep" && n.min >= 1 && n.node.t === "set" && onlyUnit(n.node.set) !== undefined) {
      run += String.fromCharCode(onlyUnit(n.node.set)!);
      end();
    } else if (n.t !== "assert") end();
  };
  visit(root);
  end();
  return runs;
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
function build(source: string): { prog: Program; literals: string[] } {
  const root = parsePattern(source);
  return { prog: compile(root), literals: requiredLiterals(root) };
}

export class LinearRegExp {
  #compiled: { prog: Program; literals: string[] } | undefined;

  /**
   * Parses and compiles `source` (a PatternError says what is refused), or, when it is `checked` already
   * (the built-in catalog's patterns, checked when the build made its snapshot), on first use: a run that
   * never searches with it does not pay for it.
   */
  constructor(
    readonly source: string,
    checked = false,
  ) {
    if (!checked) this.#compiled = build(source);
  }

  /** Index of the leftmost match in `text`, or -1 (what `RegExp.exec(text)?.index` gives). */
  search(text: string): number {
    const compiled = (this.#compiled ??= build(this.source));
    if (compiled.literals.some((literal) => !text.includes(literal))) return -1;
    const prog = compiled.prog;
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
            if (holds(prog.a[at] as Assertion, p)) stack.push(at + 1);
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
