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
import { GLOBSTAR, matchSegments, segmentMatcher, type SegmentMatcher } from "../util/wildcard.js";

/** The verdict on one path: ignored by the last rule that matches, or re-included by a negation. */
export interface Verdict {
  ignored: boolean;
  unignored: boolean;
}

const NONE: Verdict = { ignored: false, unignored: false };
const IGNORED: Verdict = { ignored: true, unignored: false };
const UNIGNORED: Verdict = { ignored: false, unignored: true };

interface Rule {
  negated: boolean;
  dirOnly: boolean;
  /** A name pattern (no '/' but a trailing one): the last segment is matched against it alone. */
  name?: SegmentMatcher;
  /** An anchored pattern: its segments from the file's folder, GLOBSTAR for `**`. */
  segments?: (SegmentMatcher | typeof GLOBSTAR)[];
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
  const dirOnly = p.endsWith("/") && !escapedAt(p, p.length - 1);
  if (dirOnly) p = p.slice(0, -1);
  if (p === "") return undefined;
  const parts = splitSegments(p);
  const anchored = parts.length > 1;
  if (!anchored) return { negated, dirOnly, name: segmentMatcher(parts[0]!, nocase) };
  if (parts[0] === "") parts.shift(); // a leading '/' only anchors
  // a trailing `**` spans everything inside (one segment at least); a leading or inner one none or more
  if (parts.length > 1 && parts.at(-1) === "**") parts.splice(parts.length - 1, 1, "*", "**");
  return {
    negated,
    dirOnly,
    segments: parts.map((s) => (s === "**" ? GLOBSTAR : segmentMatcher(s, nocase))),
  };
}

/** The pattern's '/'-separated parts; a '/' after a backslash does not separate. */
function splitSegments(p: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") i++;
    else if (c === "/") {
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
  /** Whether a folder (no trailing '/'; lower-cased with nocase) or one above it is excluded, once per folder. */
  private readonly excludedFolders = new Map<string, boolean>();
  /** The folder of the path tested last, and its answer: a walk tests a folder's entries one after another. */
  private lastFolder: string | undefined;
  private lastExcluded = false;

  /** `nocase`: compare names without regard to case (`core.ignorecase`). */
  constructor(
    text: string,
    private readonly nocase = false,
  ) {
    for (const line of text.split(/\r?\n/)) {
      const rule = parseRule(line, nocase);
      if (!rule) continue;
      if (rule.segments) this.pathRules.push(this.rules.length);
      this.rules.push(rule);
    }
  }

  /**
   * The verdict on `path` (from the file's folder, '/'-separated; a folder's ends in '/'): a folder above it
   * that is excluded excludes it, whatever a later negation says; otherwise the last rule that matches it.
   */
  test(path: string): Verdict {
    const isDir = path.endsWith("/");
    const exact = isDir ? path.slice(0, -1) : path;
    const body = this.nocase ? exact.toLowerCase() : exact;
    const slash = body.lastIndexOf("/");
    if (slash !== -1) {
      const folder = body.slice(0, slash);
      if (folder !== this.lastFolder) {
        this.lastFolder = folder;
        this.lastExcluded = this.excluded(folder);
      }
      if (this.lastExcluded) return IGNORED;
    }
    return this.own(body, slash, isDir);
  }

  private excluded(folder: string): boolean {
    let known = this.excludedFolders.get(folder);
    if (known === undefined) {
      const slash = folder.lastIndexOf("/");
      known =
        (slash !== -1 && this.excluded(folder.slice(0, slash))) || this.own(folder, slash, true).ignored;
      this.excludedFolders.set(folder, known);
    }
    return known;
  }

  /** The verdict of the last rule that matches `body` itself (lower-cased with nocase; its last '/' at `slash`). */
  private own(body: string, slash: number, isDir: boolean): Verdict {
    const name = slash === -1 ? body : body.slice(slash + 1);
    let last = this.lastNameRule(isDir ? `${name}/` : name, name, isDir);
    if (this.pathRules.length > 0) {
      let names: string[] | undefined;
      for (let k = this.pathRules.length - 1; k >= 0 && this.pathRules[k]! > last; k--) {
        const rule = this.rules[this.pathRules[k]!]!;
        if (rule.dirOnly && !isDir) continue;
        if (matchSegments(rule.segments!, (names ??= body.split("/")), (part, n) => part(n))) {
          last = this.pathRules[k]!;
          break;
        }
      }
    }
    if (last === -1) return NONE;
    return this.rules[last]!.negated ? UNIGNORED : IGNORED;
  }

  private lastNameRule(key: string, name: string, isDir: boolean): number {
    let last = this.lastNameHit.get(key);
    if (last === undefined) {
      last = -1;
      for (let i = this.rules.length - 1; i >= 0; i--) {
        const rule = this.rules[i]!;
        if (rule.name && !(rule.dirOnly && !isDir) && rule.name(name)) {
          last = i;
          break;
        }
      }
      this.lastNameHit.set(key, last);
    }
    return last;
  }
}
