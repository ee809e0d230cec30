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
    if (p < pattern.length && (pc === "?" || pc === value[v])) {
      v++;
      p++;
    } else if (pc === "*") {
      starP = p++;
      starV = v;
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

/**
 * Whether the '/'-separated `path` matches `glob` segment by segment: a `**` segment stands for any number
 * of segments (none included), every other glob segment for one path segment that `segment` accepts.
 * reach[j] says the glob so far matches the first j segments of the path: glob segments × path segments
 * calls of `segment`, never a backtracking search.
 */
export function segmentsMatch(
  glob: string,
  path: string,
  segment: (value: string, pattern: string) => boolean,
): boolean {
  const segments = path.split("/");
  let reach = new Array<boolean>(segments.length + 1).fill(false);
  reach[0] = true;
  for (const part of glob.split("/")) {
    const next = new Array<boolean>(segments.length + 1).fill(false);
    let any = false;
    for (let j = 0; j <= segments.length; j++) {
      if (part === "**") {
        any ||= reach[j]!;
        next[j] = any;
      } else if (j > 0) next[j] = reach[j - 1]! && segment(segments[j - 1]!, part);
    }
    reach = next;
  }
  return reach[segments.length]!;
}
