// .gitignore rules as the walk (walk.ts) applies them: one level per file, the deepest level with a
// matching rule deciding (git's precedence), a negation re-including. Matching is gitignore-rules.ts's.
// At a repository root every file and folder is tested against every level above it, and most .gitignore
// files hold only name patterns (`node_modules/`, `*.log`): for those, an entry's verdict is looked up by
// its name (module-001.ts recurs in every package) without building its path.
import { readFileSync, statSync } from "node:fs";
import { GitignoreRules, type Verdict } from "./gitignore-rules.js";

/** .gitignore files larger than this are not read (git has no limit; a real one is a few kB). */
const MAX_IGNORE_FILE = 1024 * 1024;

/** Rules of one .gitignore, and the folder (posix, relative to the anchor) they belong to. */
export interface IgnoreLevel {
  dir: string;
  rules: GitignoreRules;
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
  const rules = new GitignoreRules(text, nocase);
  return rules.empty ? undefined : { dir, rules };
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
      const { rules } = level;
      const result = rules.namesOnly
        ? rules.nameVerdict(name, isDir)
        : rules.verdict(isDir ? `${prefix}${name}/` : prefix + name);
      if (result.ignored) return true;
      if (result.unignored) return false;
    }
    return false;
  };
}
