// The repository walk every source uses (manifests, native configs, dependency files): one pass over
// the folders, honouring .gitignore like git does (nested files, negations, the ancestors' files up
// to the work tree's top and .git/info/exclude), never entering the folders in SKIPPED_DIRS or a
// Python virtualenv, never following a symlink out of its boundary, and entering each real folder
// once (so symlink cycles end). Directory entries' types come from readdir; only symlinks are stat'ed.
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";

/**
 * Folder names the walk never enters below a folder it was asked to walk: version control, package
 * managers' install folders, virtualenvs and tool caches, vendored code, and build output. A folder
 * named explicitly as a path argument is still walked (its children are filtered again).
 */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set([
  // version control
  ".git",
  ".hg",
  ".svn",
  // JavaScript / TypeScript installs, caches and build output
  "node_modules",
  "bower_components",
  "jspm_packages",
  ".pnpm-store",
  ".yarn",
  ".next",
  ".nuxt",
  ".svelte-kit",
  ".turbo",
  ".parcel-cache",
  ".angular",
  ".docusaurus",
  ".output",
  ".vercel",
  ".serverless",
  "cdk.out",
  // Python virtualenvs and caches (any folder holding pyvenv.cfg is skipped as well)
  ".venv",
  "venv",
  ".tox",
  ".nox",
  "__pycache__",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  "site-packages",
  ".eggs",
  // vendored dependencies (Go, PHP, Ruby bundler, CocoaPods)
  "vendor",
  "Pods",
  // build output (generic, Rust/Maven target, Gradle, .NET obj)
  "dist",
  "build",
  "out",
  "target",
  ".gradle",
  "obj",
  "coverage",
  ".cache",
  ".terraform",
]);

/** A file name that marks its folder as a Python virtualenv (PEP 405). */
const VENV_MARKER = "pyvenv.cfg";

/** .gitignore files larger than this are not read (git has no limit; a real one is a few kB). */
const MAX_IGNORE_FILE = 1024 * 1024;

export interface WalkedFile {
  /** Path relative to the walk's start, '/' separators. */
  rel: string;
  /** Absolute path as reached (through symlinks, if any). */
  absPath: string;
  /** Real path (symlinks resolved), for de-duplication. */
  real: string;
}

export interface WalkOptions {
  /** Real folder that symlinks may not leave. */
  boundary: string;
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
  /** Called for each unreadable folder. */
  onError?: (absPath: string, e: unknown) => void;
}

/** Rules of one .gitignore, and the folder (posix, relative to the anchor) they belong to. */
interface IgnoreLevel {
  dir: string;
  rules: Ignore;
}

interface Pending {
  abs: string;
  /** Posix path relative to the walk's start ("" for the start). */
  rel: string;
  real: string;
  /** Posix path relative to the ignore anchor (the git top when there is one, else the walk start). */
  anchored: string;
  levels: readonly IgnoreLevel[];
}

/** How many folders are read at once: enough to hide the file system's latency, few enough for 2 cores. */
const CONCURRENCY = 16;

/** Walks `start` (an existing folder) and returns every file it may see, in no particular order. */
export async function walkFolder(folder: string, opts: WalkOptions): Promise<WalkedFile[]> {
  const useIgnore = opts.gitignore !== false;
  const start = resolve(folder);
  const realStart = await realpath(start);
  const anchor = useIgnore ? await ignoreAnchor(realStart) : undefined;
  const startAnchored = anchor ? toPosix(relative(anchor, realStart)) : "";
  let rootLevels = anchor ? await ancestorLevels(anchor, realStart) : [];
  // a folder the user named is walked even when git ignores it; then the rules above it do not apply
  if (startAnchored !== "" && isIgnored(rootLevels, startAnchored, true)) rootLevels = [];

  const files: WalkedFile[] = [];
  const visited = new Set<string>([realStart]);
  const queue: Pending[] = [
    { abs: start, rel: "", real: realStart, anchored: startAnchored, levels: rootLevels },
  ];
  const linked: Pending[] = [];

  const visit = async (dir: Pending): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir.abs, { withFileTypes: true });
    } catch (e) {
      opts.onError?.(dir.abs, e);
      return;
    }
    // a virtualenv below the start holds installed packages, never the project's own code
    if (dir.abs !== start && entries.some((e) => e.name === VENV_MARKER && !e.isDirectory())) return;
    let levels = dir.levels;
    if (useIgnore && entries.some((e) => e.name === ".gitignore" && !e.isDirectory())) {
      const rules = await readIgnoreFile(join(dir.abs, ".gitignore"));
      if (rules) levels = [...levels, { dir: dir.anchored, rules }];
    }
    for (const entry of entries) {
      const name = entry.name;
      // string concatenation, not path.join: this runs once per file of the repository
      const abs = dir.abs + sep + name;
      const rel = dir.rel === "" ? name : `${dir.rel}/${name}`;
      let real = dir.real + sep + name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          real = await realpath(abs);
          if (!isInside(real, opts.boundary)) continue;
          const info = await stat(real);
          isDir = info.isDirectory();
          isFile = info.isFile();
        } catch {
          continue; // a dangling link leads nowhere
        }
      } else if (!isDir && !isFile) {
        // some file systems do not fill in the type; ask once
        try {
          const info = await stat(abs);
          isDir = info.isDirectory();
          isFile = info.isFile();
        } catch {
          continue;
        }
      }
      if (isDir && SKIPPED_DIRS.has(name)) continue;
      const anchored = dir.anchored === "" ? name : `${dir.anchored}/${name}`;
      if (levels.length > 0 && isIgnored(levels, anchored, isDir)) continue;
      if (isDir) {
        const next = { abs, rel, real, anchored, levels };
        // a folder reached through a link waits for the round after the plain tree, so which of its
        // names is walked does not depend on timing (the first in path order wins)
        if (entry.isSymbolicLink()) linked.push(next);
        else if (!visited.has(real)) {
          visited.add(real);
          queue.push(next);
        }
      } else if (isFile) {
        files.push({ rel, absPath: abs, real });
      }
    }
  };

  const running = new Set<Promise<void>>();
  for (;;) {
    while (queue.length > 0 || running.size > 0) {
      while (queue.length > 0 && running.size < CONCURRENCY) {
        const p: Promise<void> = visit(queue.shift() as Pending).finally(() => running.delete(p));
        running.add(p);
      }
      if (running.size > 0) await Promise.race(running);
    }
    if (linked.length === 0) return files;
    linked.sort((a, b) => (a.anchored < b.anchored ? -1 : a.anchored > b.anchored ? 1 : 0));
    for (const next of linked.splice(0)) {
      if (visited.has(next.real)) continue;
      visited.add(next.real);
      queue.push(next);
    }
  }
}

/** Deepest .gitignore with a matching rule decides (git's precedence); a negation re-includes. */
function isIgnored(levels: readonly IgnoreLevel[], anchored: string, isDir: boolean): boolean {
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

async function readIgnoreFile(path: string): Promise<Ignore | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_IGNORE_FILE) return undefined;
    return ignore({ allowRelativePaths: true }).add(await readFile(path, "utf8"));
  } catch {
    return undefined; // an unreadable .gitignore ignores nothing, as in git
  }
}

/** The top of the git work tree holding `dir` (the nearest ancestor with a .git entry), if any. */
async function ignoreAnchor(dir: string): Promise<string | undefined> {
  let current = dir;
  for (;;) {
    try {
      await stat(join(current, ".git"));
      return current;
    } catch {
      // not here; go up
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * The rules that apply to `start` from above it: .git/info/exclude, then each ancestor's .gitignore
 * from the work tree's top down to `start`'s parent (start's own is read by the walk).
 */
async function ancestorLevels(top: string, start: string): Promise<IgnoreLevel[]> {
  const levels: IgnoreLevel[] = [];
  const exclude = await readIgnoreFile(join(top, ".git", "info", "exclude"));
  if (exclude) levels.push({ dir: "", rules: exclude });
  const rel = toPosix(relative(top, start));
  if (rel === "") return levels;
  const parts = rel.split("/");
  for (let i = 0; i < parts.length; i++) {
    const dir = parts.slice(0, i).join("/");
    const rules = await readIgnoreFile(join(top, ...parts.slice(0, i), ".gitignore"));
    if (rules) levels.push({ dir, rules });
  }
  return levels;
}

export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith(".." + sep) && rel !== ".." && !isAbsolute(rel));
}

export function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}
