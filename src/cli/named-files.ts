// `check FILE...` (a pre-commit hook, an editor on save): when every path is a file, the run reads the
// whole repository those files belong to, so that checks across manifests (a name, an identity or a secret
// two agents share) see the other agents, and reports on the named files only.
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { CONFIG_NAMES } from "../policy/config.js";

/**
 * The repository `start` is in: the nearest folder with `.git` (a folder, or a file in a worktree or
 * submodule); without one, the nearest folder with an agentpolicy config; without one, `start` itself.
 */
export function repositoryRoot(start: string): string {
  let configRoot: string | undefined;
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (configRoot === undefined && CONFIG_NAMES.some((name) => existsSync(join(dir, name))))
      configRoot = dir;
    if (dirname(dir) === dir) return configRoot ?? resolve(start);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface NamedFiles {
  /** The repository root: the scan root of the run. */
  root: string;
  /** The named files relative to it, '/' separators, in the order given. */
  files: string[];
}

/**
 * The repository and the named files relative to it, when every path is an existing file inside one
 * repository; undefined otherwise (folders, globs, or a file outside the repository are checked as given).
 */
export function namedFiles(cwd: string, paths: readonly string[]): NamedFiles | undefined {
  if (paths.length === 0) return undefined;
  const abs = paths.map((p) => resolve(cwd, p));
  if (!abs.every(isFile)) return undefined;
  const root = repositoryRoot(cwd);
  const files = abs.map((a) => relative(root, a));
  if (files.some((f) => f === "" || isAbsolute(f) || f === ".." || f.startsWith(`..${sep}`)))
    return undefined;
  return { root, files: files.map((f) => f.split(sep).join("/")) };
}
