// Wildcard matching without regular expressions, for patterns that come from repository content or policy
// text. Built into a regular expression, `a*a*a*b` takes time to the power of its stars on a long value
// that almost matches (picomatch: 1.4 s on a name of 120 characters, `**/a/**/a/**/b` 0.4 s on a path of
// 1,000 segments); these walks take time polynomial of degree two at worst, whatever the pattern.

/**
 * Whether `value` matches `pattern`, where `*` matches any run of characters (none included) and `?`
 * exactly one; every other character is itself. Two pointers, backing up only to the last `*`: O(value ×
 * pattern) at worst.
 */
export function globMatch(value: string, pattern: string): boolean {
  let v = 0;
  let p = 0;
  let starP = -1;
  let starV = 0;
  while (v < value.length) {
    const pc = pattern[p];
    // a '*' of the pattern is a wildcard even where the value holds a '*' (a resource written `s3://b/*`)
    if (pc === "*") {
      starP = p++;
      starV = v;
    } else if (p < pattern.length && (pc === "?" || pc === value[v])) {
      v++;
      p++;
    } else if (starP !== -1) {
      p = starP + 1;
      v = ++starV;
    } else {
      return false;
    }
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}

/** A glob segment `**`: any number of path segments, none included. */
export const GLOBSTAR = Symbol("**");

/**
 * Whether `parts` (a glob's segments, GLOBSTAR for `**`) match `names` (a path's) in full, every other part
 * matching exactly one name by `test`. Two pointers, a GLOBSTAR taking one more name at a time when what
 * follows it fails, backing up only to the last GLOBSTAR (a later choice for an earlier one cannot help, as
 * every other part takes one name): O(names × parts) tests at worst, never a backtracking search, and no
 * allocation.
 */
export function matchSegments<T>(
  parts: readonly (T | typeof GLOBSTAR)[],
  names: readonly string[],
  test: (part: T, name: string) => boolean,
): boolean {
  let n = 0;
  let p = 0;
  let starP = -1;
  let starN = 0;
  while (n < names.length) {
    const part = parts[p];
    if (p < parts.length && part !== GLOBSTAR && test(part as T, names[n]!)) {
      n++;
      p++;
    } else if (part === GLOBSTAR) {
      starP = p++;
      starN = n;
    } else if (starP !== -1) {
      p = starP + 1;
      n = ++starN;
    } else return false;
  }
  while (parts[p] === GLOBSTAR) p++;
  return p === parts.length;
}

/**
 * Whether the '/'-separated `path` matches `glob` segment by segment: a `**` segment stands for any number
 * of segments (none included), every other glob segment for one path segment that `segment` accepts.
 */
export function segmentsMatch(
  glob: string,
  path: string,
  segment: (value: string, pattern: string) => boolean,
): boolean {
  const parts = glob.split("/").map((p) => (p === "**" ? GLOBSTAR : p));
  return matchSegments(parts, path.split("/"), (pattern: string, value) => segment(value, pattern));
}

/** One segment of a path glob compiled: whether a name (no '/') matches it. */
export type SegmentMatcher = (name: string) => boolean;

type Token =
  | { kind: "star" }
  | { kind: "any" }
  | { kind: "char"; char: string }
  | { kind: "set"; negated: boolean; has: (char: string) => boolean };

const CLASSES: Record<string, (c: string) => boolean> = {
  alnum: (c) => /[A-Za-z0-9]/.test(c),
  alpha: (c) => /[A-Za-z]/.test(c),
  blank: (c) => c === " " || c === "\t",
  cntrl: (c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f,
  digit: (c) => c >= "0" && c <= "9",
  graph: (c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) < 0x7f,
  lower: (c) => c >= "a" && c <= "z",
  print: (c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) < 0x7f,
  punct: (c) => /[!-/:-@[-`{-~]/.test(c),
  space: (c) => /[ \t\n\v\f\r]/.test(c),
  upper: (c) => c >= "A" && c <= "Z",
  xdigit: (c) => /[0-9A-Fa-f]/.test(c),
};

/** The index after the ']' of the bracket expression at `pattern[open]`, as `bracket` reads it. */
export function bracketEnd(pattern: string, open: number): number | undefined {
  return bracket(pattern, open)?.end;
}

/**
 * A bracket expression from `pattern[open]` ('['): its token and the index after its ']', as git's wildmatch
 * reads one (`!` or `^` negates, a ']' first is itself, `a-z` ranges, `[:alpha:]` classes, a backslash makes
 * the next character itself; a '/' is a member that no name holds); undefined when it does not close or
 * names no known class: git's wildmatch then matches nothing.
 */
function bracket(pattern: string, open: number): { token: Token; end: number } | undefined {
  let i = open + 1;
  const negated = pattern[i] === "!" || pattern[i] === "^";
  if (negated) i++;
  const tests: ((c: string) => boolean)[] = [];
  let first = true;
  for (;;) {
    if (i >= pattern.length) return undefined;
    let c = pattern[i]!;
    if (c === "]" && !first) break;
    first = false;
    if (c === "[" && pattern[i + 1] === ":") {
      // a class runs to the next ']'; without ':' before it, the '[' is a member like any other
      const close = pattern.indexOf("]", i + 2);
      if (close === -1) return undefined;
      if (close - 1 >= i + 2 && pattern[close - 1] === ":") {
        const name = pattern.slice(i + 2, close - 1);
        if (!Object.hasOwn(CLASSES, name)) return undefined;
        tests.push(CLASSES[name]!);
        i = close + 1;
        continue;
      }
    }
    if (c === "\\") {
      i++;
      if (i >= pattern.length) return undefined;
      c = pattern[i]!;
    }
    if (pattern[i + 1] === "-" && i + 2 < pattern.length && pattern[i + 2] !== "]") {
      let hi = pattern[i + 2]!;
      let next = i + 3;
      if (hi === "\\") {
        if (i + 3 >= pattern.length) return undefined;
        hi = pattern[i + 3]!;
        next = i + 4;
      }
      // git takes the character before '-' as a member and then the range, which may hold nothing (`[z-a]`)
      const lo = c;
      tests.push((x) => x === lo || (x >= lo && x <= hi));
      i = next;
      continue;
    }
    const lit = c;
    tests.push((x) => x === lit);
    i++;
  }
  return { token: { kind: "set", negated, has: (c) => tests.some((t) => t(c)) }, end: i + 1 };
}

/**
 * One segment of a gitignore-style glob as a matcher: `*` (any run, a run of stars being one), `?` (one
 * character), `[...]` (bracket; with `brackets` false a '[' is itself), a backslash making the next
 * character itself. With `nocase`, the pattern's characters match either case; the name must come
 * lower-cased. Two pointers over the tokens, backing up
 * only to the last star: O(name × pattern) at worst.
 */
export function segmentMatcher(pattern: string, nocase: boolean, brackets = true): SegmentMatcher {
  const tokens: Token[] = [];
  let literal = true;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*") {
      literal = false;
      if (tokens.at(-1)?.kind !== "star") tokens.push({ kind: "star" });
    } else if (c === "?") {
      literal = false;
      tokens.push({ kind: "any" });
    } else if (c === "[" && brackets) {
      literal = false;
      const b = bracket(pattern, i);
      if (!b) return () => false;
      tokens.push(b.token);
      i = b.end - 1;
    } else if (c === "\\") {
      literal = false;
      if (i + 1 >= pattern.length) return () => false; // a trailing backslash: git's wildmatch matches nothing
      tokens.push({ kind: "char", char: nocase ? pattern[++i]!.toLowerCase() : pattern[++i]! });
    } else tokens.push({ kind: "char", char: nocase ? c.toLowerCase() : c });
  }
  if (literal) {
    const text = nocase ? pattern.toLowerCase() : pattern;
    return (name) => name === text;
  }
  const one = (t: Token, c: string): boolean => {
    switch (t.kind) {
      case "any":
        return true;
      case "char":
        return t.char === c;
      case "set": {
        const hit = t.has(c) || (nocase && (t.has(c.toUpperCase()) || t.has(c.toLowerCase())));
        return hit !== t.negated;
      }
      default:
        return false;
    }
  };
  return (name) => {
    let v = 0;
    let p = 0;
    let starP = -1;
    let starV = 0;
    while (v < name.length) {
      const t = tokens[p];
      if (t !== undefined && t.kind !== "star" && one(t, name[v]!)) {
        v++;
        p++;
      } else if (t?.kind === "star") {
        starP = p++;
        starV = v;
      } else if (starP !== -1) {
        p = starP + 1;
        v = ++starV;
      } else return false;
    }
    while (tokens[p]?.kind === "star") p++;
    return p === tokens.length;
  };
}
