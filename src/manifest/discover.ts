// Finding manifest files: paths may be files (always taken), folders (walked, files picked by the
// discovery globs) or globs. The walk (walk.ts) honours .gitignore, skips dependency/build/VCS folders,
// never follows a symlink that resolves outside the scan root, and visits each real folder once.
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, relative, resolve } from "node:path";
import { picomatch } from "../util/vendor.js";
import type { FileError } from "../report/model.js";
import type { DiscoveredFile } from "./types.js";
import { isInside, toPosix, walkFolder } from "./walk.js";
import { endsInLOrN, isCandidateName, looksLikeManifest } from "./prefilter.js";

export const DEFAULT_INCLUDE: readonly string[] = [
  "**/*.agent.yaml",
  "**/*.agent.yml",
  "**/*.agent.json",
  "**/agents/**/*.{yaml,yml,json}",
  "**/.agents/**/*.{yaml,yml,json}",
  // Native agent configs, read by src/sources/ (formats.ts lists the same paths)
  "**/.mcp.json",
  "**/.claude/settings.json",
  "**/.claude/settings.local.json",
  "**/.cursor/mcp.json",
  "**/.vscode/mcp.json",
  "**/claude_desktop_config.json",
  "**/.gemini/settings.json",
  "**/.codex/config.toml",
  "**/.well-known/agent-card.json",
  "**/.well-known/agent.json",
];

/**
 * Every DEFAULT_INCLUDE glob ends in one of these extensions: a path without one (most of a repository)
 * is not tested against the globs at all. The globs match in any case, and so does this.
 */
export const DEFAULT_INCLUDE_ENDS = /\.(?:ya?ml|json|toml)$/i;

export interface DiscoverOptions {
  /** Scan root: results are relative to it. */
  root: string;
  /** Files, folders or globs (relative to root); empty = the root. */
  paths: string[];
  /** Globs that replace DEFAULT_INCLUDE when walking folders. */
  include?: string[];
  /** Globs whose matches are dropped from walked folders and glob arguments. */
  exclude?: string[];
}

type Matcher = (path: string) => boolean;

export interface Discovered {
  /** Manifest files: named files, and walked files the include globs pick. */
  files: DiscoveredFile[];
  errors: FileError[];
  /**
   * Every file the walk may see (named files, and walked files that .gitignore, the skipped folders and
   * `exclude` leave), sorted: the one listing other sources (native configs, dependency files) select from.
   */
  listing: DiscoveredFile[];
}

export async function discover(opts: DiscoverOptions): Promise<Discovered> {
  const root = resolve(opts.root);
  const errors: FileError[] = [];
  const found = new Map<string, DiscoveredFile>();
  const fail = (file: string, message: string): void => {
    errors.push({ file, line: 1, column: 1, message });
  };

  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    fail(".", "no such file or directory");
    return { files: [], errors, listing: [] };
  }
  const display = (abs: string): string => toPosix(relative(root, abs)) || basename(abs);
  const insideRoot = (abs: string): boolean => isInside(abs, root);
  // The default globs match folder names and extensions in any case (Agents/, .YAML); a config's own
  // `include:` replaces them as written, and with them the content prefilter (prefilter.ts).
  const custom = (opts.include?.length ?? 0) > 0;
  // compiled when a walk first needs them: files named on the command line never do
  let compiled: Matcher | undefined;
  const globs: Matcher = (rel) =>
    (compiled ??= picomatch()(custom ? (opts.include as string[]) : [...DEFAULT_INCLUDE], {
      dot: true,
      nocase: !custom,
    }))(rel);
  const include: Matcher = custom
    ? globs
    : (rel) => endsInLOrN(rel) && DEFAULT_INCLUDE_ENDS.test(rel) && globs(rel);
  /** Files outside the globs that may still be manifests, by content: [display name, path, real path]. */
  const candidates: [string, string, string][] = [];
  const exclude: Matcher = opts.exclude?.length ? picomatch()(opts.exclude, { dot: true }) : () => false;

  const add = (file: string, abs: string, real: string): void => {
    const existing = found.get(real);
    // the same real file reached twice (a symlink inside root) is listed once, under its smaller name
    if (!existing || file < existing.file) found.set(real, { file, absPath: abs });
  };

  // Listed in order with their real paths; the same real file can be listed twice only through a symlink
  // or by two arguments, and only then is the listing de-duplicated (a map over every file of a repository
  // root, keyed by long paths, was a tenth of the walk).
  const listing: DiscoveredFile[] = [];
  const listingReals: string[] = [];
  let mayRepeat = false;
  let listings = 0;
  const list = (file: DiscoveredFile, real: string): void => {
    listing.push(file);
    listingReals.push(real);
  };

  /** Walks `dir`; `select` sees each file's path relative to `base`. Returns how many files it took. */
  const walk = (
    dir: string,
    boundary: string,
    base: string,
    select: Matcher,
    keep: Matcher,
    probe?: Matcher,
  ): number => {
    let taken = 0;
    const {
      files: walked,
      reals,
      throughLinks,
    } = walkFolder(dir, {
      boundary,
      onError: (abs, e) => fail(display(abs), ioMessage(e)),
    });
    mayRepeat ||= throughLinks || ++listings > 1;
    // paths are built from the walk's own relative paths: path.relative per file is the walk's hot spot
    const prefixOf = (from: string): string => {
      const p = toPosix(relative(from, dir));
      return p === "" ? "" : `${p}/`;
    };
    const basePrefix = prefixOf(base);
    const displayPrefix = prefixOf(root);
    for (let i = 0; i < walked.length; i++) {
      const walkedFile = walked[i]!;
      const { file: fromDir, absPath } = walkedFile;
      const real = reals[i]!;
      const rel = basePrefix + fromDir;
      const file = displayPrefix + fromDir;
      if (keep(rel)) list(displayPrefix === "" ? walkedFile : { file, absPath }, real);
      if (select(rel)) {
        add(file, absPath, real);
        taken++;
      } else if (probe?.(rel)) candidates.push([file, absPath, real]);
    }
    return taken;
  };

  const fromRoot = (abs: string): string => toPosix(relative(root, abs));
  const walkSelect = (abs: string): { base: string; select: Matcher; keep: Matcher } => {
    // outside the root, globs see paths from the folder's parent (so "../x/agents" still has agents/)
    const base = insideRoot(abs) ? root : dirname(abs);
    return { base, select: (rel) => include(rel) && !exclude(rel), keep: (rel) => !exclude(rel) };
  };

  for (const arg of opts.paths.length > 0 ? opts.paths : ["."]) {
    const abs = resolve(root, arg);
    let info;
    try {
      info = await stat(abs);
    } catch (e) {
      const scan = picomatch().scan(arg);
      if (scan.isGlob) {
        const pattern = isAbsolute(arg) ? fromRoot(arg) : toPosix(arg).replace(/^(\.\/)+/, "");
        const matches = picomatch()(pattern, { dot: true });
        const baseDir = resolve(root, scan.base || ".");
        const boundary = insideRoot(baseDir) ? realRoot : await realpath(baseDir).catch(() => baseDir);
        let taken = 0;
        try {
          if ((await stat(baseDir)).isDirectory()) {
            const select = (rel: string): boolean => matches(rel) && !exclude(rel);
            taken = walk(baseDir, boundary, root, select, select);
          }
        } catch {
          // a glob whose fixed part does not exist matches nothing
        }
        if (taken === 0) fail(toPosix(arg), "no files match this pattern");
      } else {
        fail(display(abs), ioMessage(e));
      }
      continue;
    }
    // A path inside the root that resolves outside it went through a symlink: not followed.
    const real = await realpath(abs).catch(() => abs);
    if (insideRoot(abs) && !isInside(real, realRoot)) {
      fail(display(abs), "resolves outside the scan root through a symlink; not followed");
      continue;
    }
    if (info.isDirectory()) {
      const { base, select, keep } = walkSelect(abs);
      const probe = custom ? undefined : (rel: string) => isCandidateName(rel) && !exclude(rel);
      walk(abs, insideRoot(abs) ? realRoot : real, base, select, keep, probe);
    } else if (info.isFile()) {
      add(display(abs), abs, real);
      list({ file: display(abs), absPath: abs }, real);
      mayRepeat ||= ++listings > 1;
    } else {
      fail(display(abs), "not a regular file or folder");
    }
  }

  const unseen = candidates.filter(([, , real]) => !found.has(real));
  for (const [file, path, real] of unseen) if (looksLikeManifest(path)) add(file, path, real);

  const files = [...found.values()].sort((a, b) => compare(a.file, b.file));
  errors.sort((a, b) => compare(a.file, b.file));
  let listed = listing;
  if (mayRepeat) {
    const byReal = new Map<string, DiscoveredFile>();
    listing.forEach((f, i) => {
      const real = listingReals[i]!;
      const existing = byReal.get(real);
      if (!existing || f.file < existing.file) byReal.set(real, f);
    });
    listed = [...byReal.values()];
  }
  return { files, errors, listing: listed.sort((a, b) => compare(a.file, b.file)) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ioMessage(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === "ENOENT" || code === "ENOTDIR") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "too many levels of symbolic links";
  return `cannot read${code ? ` (${code})` : ""}`;
}
