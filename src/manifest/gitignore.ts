// .gitignore rules as the walk (walk.ts) applies them: one level per file, the deepest level with a
// matching rule deciding (git's precedence), a negation re-including. Matching is gitignore-rules.ts's;
// what this adds is not asking it more than needed. At a repository root every file and folder is tested
// against every level above it, and most .gitignore files hold only name patterns (`node_modules/`,
// `*.log`): for those, the verdict on an entry of a folder the level does not exclude depends on the
// entry's name alone, so it is looked up by name (module-001.ts recurs in every package) instead of
// sending each full path through the rules.
import { readFileSync, statSync } from "node:fs";
import { GitignoreRules, type Verdict } from "./gitignore-rules.js";

/** .gitignore files larger than this are not read (git has no limit; a real one is a few kB). */
const MAX_IGNORE_FILE = 1024 * 1024;

/** Rules of one .gitignore, and the folder (posix, relative to the anchor) they belong to. */
export interface IgnoreLevel {
  dir: string;
  rules: GitignoreRules;
  /**
   * Verdicts by name (a folder's with a trailing '/'), when every pattern of the file is a name pattern:
   * one without a '/' but a trailing one, which git matches against the last segment only.
   */
  byName?: Map<string, Verdict>;
}

/**
 * The lines of a .gitignore text that can be patterns (not blank, not comments); whether any of them is
 * more than a name is told conservatively: trailing spaces are the only characters dropped before looking
 * for a '/', so a pattern the rules read as a name pattern may be counted as a path, never the reverse.
 */
function patternsOf(text: string): { any: boolean; namesOnly: boolean } {
  let any = false;
  let namesOnly = true;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    any = true;
    const body = line.replace(/ +$/, "").replace(/^!/, "");
    const slash = body.indexOf("/");
    if (slash !== -1 && slash !== body.length - 1) namesOnly = false;
  }
  return { any, namesOnly };
}

/**
 * The level of the .gitignore at `path` for the folder `dir`; undefined when it has no patterns (the
 * comments `git init` writes to .git/info/exclude), so that no path is tested against it.
 */
export function readIgnoreLevel(path: string, dir: string, nocase = false): IgnoreLevel | undefined {
  let text: string;
  try {
    const info = statSync(path);
    if (!info.isFile() || info.size > MAX_IGNORE_FILE) return undefined;
    text = readFileSync(path, "utf8");
  } catch {
    return undefined; // an unreadable .gitignore ignores nothing, as in git
  }
  return ignoreLevel(text, dir, nocase);
}

/**
 * The level of a .gitignore text for the folder `dir`; undefined when it has no patterns. `nocase`: the
 * repository's `core.ignorecase`.
 */
export function ignoreLevel(text: string, dir: string, nocase = false): IgnoreLevel | undefined {
  const { any, namesOnly } = patternsOf(text);
  if (!any) return undefined;
  const rules = new GitignoreRules(text, nocase);
  return namesOnly ? { dir, rules, byName: new Map() } : { dir, rules };
}

/** Whether the path `anchored` (a folder's when `isDir`) is ignored by `levels`. */
export function isIgnored(levels: readonly IgnoreLevel[], anchored: string, isDir: boolean): boolean {
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i]!;
    let sub: string;
    if (level.dir === "") sub = anchored;
    else if (anchored.startsWith(`${level.dir}/`)) sub = anchored.slice(level.dir.length + 1);
    else continue;
    const result = level.rules.test(isDir ? `${sub}/` : sub);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}

/** The level's verdict on a name (a folder's with a trailing '/') at its own folder, looked up once. */
function byName(level: IgnoreLevel, known: Map<string, Verdict>, key: string): Verdict {
  let verdict = known.get(key);
  if (verdict === undefined) {
    verdict = level.rules.test(key);
    known.set(key, verdict);
  }
  return verdict;
}

/**
 * Whether the level leaves in the folder at `prefix` (from the level's folder, with a trailing '/'):
 * the rules exclude whatever lies in a folder they exclude, whatever its name. With name patterns only, a
 * folder is excluded exactly when one of the folders on its way is by its name.
 */
function leavesIn(level: IgnoreLevel, prefix: string): boolean {
  if (prefix === "") return true;
  if (!level.byName) return !level.rules.test(prefix).ignored;
  let start = 0;
  for (let slash = prefix.indexOf("/"); slash !== -1; slash = prefix.indexOf("/", start)) {
    if (byName(level, level.byName, prefix.slice(start, slash + 1)).ignored) return false;
    start = slash + 1;
  }
  return true;
}

interface Applying {
  level: IgnoreLevel;
  /** The folder's path from the level's folder, with a trailing '/' ("" for the level's own folder). */
  prefix: string;
  /** Whether the level leaves the folder itself in (then its entries are judged by name, when it can). */
  clear: boolean;
}

/**
 * Whether an entry of the folder `anchored` is ignored by `levels`: the same verdicts as isIgnored on the
 * entry's path, with what the folder alone decides worked out once for all its entries.
 */
export function entryIgnorer(
  levels: readonly IgnoreLevel[],
  anchored: string,
): (name: string, isDir: boolean) => boolean {
  const applying: Applying[] = [];
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i]!;
    let prefix: string;
    if (level.dir === anchored) prefix = "";
    else if (level.dir === "") prefix = `${anchored}/`;
    else if (anchored.startsWith(`${level.dir}/`)) prefix = `${anchored.slice(level.dir.length + 1)}/`;
    else continue;
    applying.push({ level, prefix, clear: leavesIn(level, prefix) });
  }
  if (applying.length === 0) return () => false;
  return (name, isDir) => {
    for (const { level, prefix, clear } of applying) {
      const result =
        clear && level.byName
          ? byName(level, level.byName, isDir ? `${name}/` : name)
          : level.rules.test(isDir ? `${prefix}${name}/` : prefix + name);
      if (result.ignored) return true;
      if (result.unignored) return false;
    }
    return false;
  };
}
