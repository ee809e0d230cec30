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
  for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
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

/** The verdict of the deepest level with a rule that matches `anchored` itself (a folder's when `isDir`). */
function verdictAcross(
  levels: readonly IgnoreLevel[],
  anchored: string,
  isDir: boolean,
): Verdict | undefined {
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i]!;
    let sub: string;
    if (level.dir === "") sub = anchored;
    else if (anchored.startsWith(`${level.dir}/`)) sub = anchored.slice(level.dir.length + 1);
    else continue;
    const result = level.rules.verdict(isDir ? `${sub}/` : sub);
    if (result.ignored || result.unignored) return result;
  }
  return undefined;
}

/**
 * Whether the path `anchored` (a folder's when `isDir`) is ignored by `levels`, as git decides it: a folder
 * on its way that is excluded (by the deepest level that has a say on that folder) excludes it, whatever is
 * said of it; otherwise the deepest level with a rule that matches it decides.
 */
export function isIgnored(levels: readonly IgnoreLevel[], anchored: string, isDir: boolean): boolean {
  for (let slash = anchored.indexOf("/"); slash !== -1; slash = anchored.indexOf("/", slash + 1)) {
    if (verdictAcross(levels, anchored.slice(0, slash), true)?.ignored) return true;
  }
  return verdictAcross(levels, anchored, isDir)?.ignored ?? false;
}

/** The level's verdict on a name (a folder's with a trailing '/'), looked up once. */
function byName(level: IgnoreLevel, known: Map<string, Verdict>, key: string): Verdict {
  let verdict = known.get(key);
  if (verdict === undefined) {
    verdict = level.rules.verdict(key);
    known.set(key, verdict);
  }
  return verdict;
}

interface Applying {
  level: IgnoreLevel;
  /** The folder's path from the level's folder, with a trailing '/' ("" for the level's own folder). */
  prefix: string;
}

/**
 * Whether an entry of the folder `anchored` is ignored by `levels`, for a folder the walk entered (so no
 * folder on its way is excluded): the deepest level with a rule that matches the entry decides, a level of
 * name patterns only by the entry's name, looked up once per name. The same verdicts as isIgnored on the
 * entry's path wherever the folder is not excluded.
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
    applying.push({ level, prefix });
  }
  if (applying.length === 0) return () => false;
  return (name, isDir) => {
    for (const { level, prefix } of applying) {
      const result = level.byName
        ? byName(level, level.byName, isDir ? `${name}/` : name)
        : level.rules.verdict(isDir ? `${prefix}${name}/` : prefix + name);
      if (result.ignored) return true;
      if (result.unignored) return false;
    }
    return false;
  };
}
