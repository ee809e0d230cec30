// The rules of one .gitignore file, matched as gitignore(5) and git's wildmatch define them, without regular
// expressions. A .gitignore is repository content and its rules run on every path of the walk: built into a
// backtracking regular expression (the `ignore` package), `**/a/**/a/**/a/**/b` took 16 s on one path of 120
// folders and time to the power of its `**` beyond. Here a rule is matched segment by segment
// (util/wildcard.ts), a segment's wildcards by two pointers: polynomial of degree two at worst.
//
// What git documents, in order: blank lines and `#` comments match nothing (`\#` starts a pattern with '#');
// trailing spaces are dropped unless escaped; `!` negates (`\!` is a literal '!'); a '/' at the start or in
// the middle anchors the pattern to the file's folder, otherwise it matches a name at any depth; a trailing
// '/' matches folders only; `*` matches anything but '/', `?` one character but '/', `[...]` one of a set
// (`[!...]` or `[^...]` none of it, ranges, `[:alpha:]` classes); `**/` leading, `/**/` inside and `/**`
// trailing span folders, other runs of stars are one `*`; a backslash makes the next character itself. The
// last rule that matches decides, and nothing inside an excluded folder can be re-included. Case counts
// unless the repository's `core.ignorecase` says otherwise (git-config.ts).
import {
  bracketEnd,
  GLOBSTAR,
  matchSegments,
  segmentMatcher,
  type SegmentMatcher,
} from "../util/wildcard.js";

/** The verdict on one path: ignored by the last rule that matches, or re-included by a negation. */
export interface Verdict {
  ignored: boolean;
  unignored: boolean;
}

const NONE: Verdict = { ignored: false, unignored: false };
const IGNORED: Verdict = { ignored: true, unignored: false };
const UNIGNORED: Verdict = { ignored: false, unignored: true };

/** One pattern, compiled: what a .gitignore line holds after its `!`, and a CODEOWNERS line's path. */
export interface PathPattern {
  dirOnly: boolean;
  /** A name pattern (no '/' but a trailing one): the last segment is matched against it alone. */
  name?: SegmentMatcher;
  /** An anchored pattern: its segments from the file's folder, GLOBSTAR for `**`. */
  segments?: (SegmentMatcher | typeof GLOBSTAR)[];
}

interface Rule extends PathPattern {
  negated: boolean;
}

/** The text of a line as a pattern: trailing unescaped spaces dropped; undefined for blanks and comments. */
function patternText(line: string): string | undefined {
  if (line.startsWith("#")) return undefined;
  let end = line.length;
  while (end > 0 && line[end - 1] === " " && !escapedAt(line, end - 1)) end--;
  return end === 0 ? undefined : line.slice(0, end);
}

/** Whether the character at `i` follows an odd run of backslashes. */
function escapedAt(text: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && text[j] === "\\"; j--) n++;
  return n % 2 === 1;
}

function parseRule(line: string, nocase: boolean): Rule | undefined {
  let p = patternText(line);
  if (p === undefined) return undefined;
  const negated = p.startsWith("!");
  if (negated) p = p.slice(1);
  const pattern = compilePattern(p, { nocase });
  return pattern && { ...pattern, negated };
}

/**
 * A path pattern as gitignore(5) reads one: a trailing '/' for folders only, a '/' anywhere else anchoring
 * it to the file's folder (even inside a bracket: `x[a/b]y`), `**` segments. `brackets: false` reads '['
 * as itself (CODEOWNERS). Undefined for an empty pattern.
 */
export function compilePattern(
  text: string,
  opts: { nocase: boolean; brackets?: boolean },
): PathPattern | undefined {
  let p = text;
  const dirOnly = p.endsWith("/") && !escapedAt(p, p.length - 1);
  if (dirOnly) p = p.slice(0, -1);
  if (p === "") return undefined;
  const brackets = opts.brackets !== false;
  const segment = (s: string): SegmentMatcher => segmentMatcher(s, opts.nocase, brackets);
  const parts = splitSegments(p, brackets);
  if (!p.includes("/")) return { dirOnly, name: segment(parts[0]!) };
  if (parts[0] === "") parts.shift(); // a leading '/' only anchors
  // a trailing `**` spans everything inside (one segment at least); a leading or inner one none or more. A
  // segment of stars alone is a `**` to git's wildmatch, however many
  const globstar = (s: string): boolean => /^\*\*+$/.test(s);
  if (parts.length > 1 && globstar(parts.at(-1)!)) parts.splice(parts.length - 1, 1, "*", "**");
  return { dirOnly, segments: parts.map((s) => (globstar(s) ? GLOBSTAR : segment(s))) };
}

/** Whether `pattern` matches the path `names` (its segments; a folder's when `isDir`) itself. */
export function patternMatches(pattern: PathPattern, names: readonly string[], isDir: boolean): boolean {
  if (pattern.dirOnly && !isDir) return false;
  if (pattern.name) return pattern.name(names[names.length - 1]!);
  return matchSegments(pattern.segments!, names, (part, n) => part(n));
}

/**
 * The pattern's '/'-separated parts. An escaped '/' separates as well (wildmatch compares it with the
 * path's '/'); a '/' inside a bracket expression does not (the bracket is one character, which no name's
 * '/' can be).
 */
function splitSegments(p: string, brackets: boolean): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\" && p[i + 1] === "/") {
      parts.push(p.slice(start, i));
      start = i + 2;
      i++;
    } else if (c === "\\") i++;
    else if (c === "[" && brackets) {
      const end = bracketEnd(p, i);
      if (end !== undefined) i = end - 1;
    } else if (c === "/") {
      parts.push(p.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(p.slice(start));
  return parts;
}

export class GitignoreRules {
  private readonly rules: Rule[] = [];
  /** The rules with a '/' (most of a real file has none), by index. */
  private readonly pathRules: number[] = [];
  /** The last name rule that matches a name (a folder's with a trailing '/'), -1 for none: names recur. */
  private readonly lastNameHit = new Map<string, number>();

  /** `nocase`: compare names without regard to case (`core.ignorecase`). */
  constructor(
    text: string,
    private readonly nocase = false,
  ) {
    // git skips a UTF-8 byte order mark at the start of the file
    for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
      const rule = parseRule(line, nocase);
      if (!rule) continue;
      if (rule.segments) this.pathRules.push(this.rules.length);
      this.rules.push(rule);
    }
  }

  /** Whether the file holds no pattern (the comments `git init` writes to .git/info/exclude). */
  get empty(): boolean {
    return this.rules.length === 0;
  }

  /** Whether every pattern is a name pattern: then a path's verdict depends on its last segment alone. */
  get namesOnly(): boolean {
    return this.pathRules.length === 0;
  }

  /**
   * The verdict of the last rule that matches `path` itself (from the file's folder, '/'-separated; a
   * folder's ends in '/'). Whether a folder on its way is excluded is the caller's question: git asks it
   * of every level of .gitignore files for each folder (gitignore.ts).
   */
  verdict(path: string): Verdict {
    const isDir = path.endsWith("/");
    const exact = isDir ? path.slice(0, -1) : path;
    const body = this.nocase ? exact.toLowerCase() : exact;
    const slash = body.lastIndexOf("/");
    let last = this.lastNameRule(slash === -1 ? body : body.slice(slash + 1), isDir);
    if (this.pathRules.length > 0) {
      let names: string[] | undefined; // split only when a path rule after the name rule's can decide
      for (let k = this.pathRules.length - 1; k >= 0 && this.pathRules[k]! > last; k--) {
        if (patternMatches(this.rules[this.pathRules[k]!]!, (names ??= body.split("/")), isDir)) {
          last = this.pathRules[k]!;
          break;
        }
      }
    }
    return this.verdictOf(last);
  }

  /** The verdict on an entry by its name, for a file of name patterns only (namesOnly). */
  nameVerdict(name: string, isDir: boolean): Verdict {
    return this.verdictOf(this.lastNameRule(this.nocase ? name.toLowerCase() : name, isDir));
  }

  /** What the rule at index `last` (-1: none matched) says. */
  private verdictOf(last: number): Verdict {
    if (last === -1) return NONE;
    return this.rules[last]!.negated ? UNIGNORED : IGNORED;
  }

  /** The last name rule that matches `name` (lower-cased with nocase), -1 for none; once per name. */
  private lastNameRule(name: string, isDir: boolean): number {
    const key = isDir ? `${name}/` : name;
    let last = this.lastNameHit.get(key);
    if (last === undefined) {
      last = -1;
      for (let i = this.rules.length - 1; i >= 0; i--) {
        const rule = this.rules[i]!;
        if (rule.name && patternMatches(rule, [name], isDir)) {
          last = i;
          break;
        }
      }
      this.lastNameHit.set(key, last);
    }
    return last;
  }
}
