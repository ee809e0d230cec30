// Catalog names and modules may hold `*` (`@langchain/*`, `dev.langchain4j:*`), and they come from packs as
// well as rules/discovery/. Built into a regular expression, `a*a*a*b` takes time to the power of its stars
// on a long dependency or import name that almost matches; these walks take time linear in name × pattern.
import { segmentsMatch } from "../util/wildcard.js";

/**
 * Whether `value` is `pattern` with each `*` standing for a run of at least `minRun` characters. Each
 * literal between stars is taken at its first place after the previous one: a later place would only
 * leave less room for the rest.
 */
export function starMatch(value: string, pattern: string, minRun = 0): boolean {
  const parts = pattern.split("*");
  const first = parts[0]!;
  if (parts.length === 1) return value === first;
  if (!value.startsWith(first)) return false;
  let pos = first.length;
  for (const literal of parts.slice(1, -1)) {
    const at = value.indexOf(literal, pos + minRun);
    if (at < 0) return false;
    pos = at + literal.length;
  }
  const last = parts.at(-1)!;
  return value.length - last.length >= pos + minRun && value.endsWith(last);
}

/**
 * Whether an imported `module` is the catalog's `pattern` or lies below it (after `sep`), where `*` stands
 * for one or more characters other than the separator's first: `@scope/*` matches `@scope/pkg` and
 * `@scope/pkg/sub`, never `@scope`. A star cannot hold a separator, so the part of `module` the pattern
 * covers holds exactly as many separator characters as the pattern does, which fixes where it ends.
 */
export function moduleMatch(module: string, pattern: string, sep: string): boolean {
  // every import of a repository meets every catalog pattern of its language: most differ at the start,
  // which the pattern's text before its first star must be (compared without allocating; only a module
  // that passes is cut and matched star by star below)
  const star = pattern.indexOf("*");
  const fixed = star < 0 ? pattern.length : star;
  if (module.length < fixed) return false;
  for (let i = 0; i < fixed; i++) if (module.charCodeAt(i) !== pattern.charCodeAt(i)) return false;
  const mark = sep[0]!;
  let marks = 0;
  for (let at = pattern.indexOf(mark); at >= 0; at = pattern.indexOf(mark, at + 1)) marks++;
  let end = -1;
  for (let k = 0; k <= marks; k++) {
    end = module.indexOf(mark, end + 1);
    if (end < 0) break;
  }
  if (end < 0) end = module.length;
  else if (!module.startsWith(sep, end)) return false;
  return starMatch(module.slice(0, end), pattern, 1);
}

/**
 * Whether `path` is matched by a workspace glob as npm and Cargo write them (package.json `workspaces`,
 * Cargo `members`): `*` within a segment, a `**` segment for any number of segments. Both come from the
 * repository, so segments are matched one against one (`segmentsMatch`), where a regular expression of
 * `a*a*a*b` took seconds on a path of 200 characters.
 */
export function workspaceMatch(glob: string, path: string): boolean {
  return segmentsMatch(glob, path, (value, pattern) => starMatch(value, pattern));
}
