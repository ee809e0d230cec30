// Which files of a listing (a commit's tree, not the disk) discovery would pick: the same rules as
// manifest/discover.ts for paths inside the scan root — a named file is taken, a folder is searched
// with the include globs (never inside the walk's skipped folders), a glob matches paths from the root.
// Paths that leave the root ("../x") have no counterpart in a commit's tree and select nothing.
import { posix } from "node:path";
import { picomatch } from "../util/vendor.js";
import { DEFAULT_INCLUDE } from "../manifest/discover.js";
import { SKIPPED_DIRS, VENV_MARKER } from "../manifest/walk.js";

export interface SelectOptions {
  /** Files, folders or globs relative to the scan root; empty = the root. */
  paths: readonly string[];
  include?: readonly string[];
  exclude?: readonly string[];
}

function normalisePath(arg: string): string | undefined {
  const p = posix.normalize(arg.replace(/\\/g, "/"));
  if (p === "." || p === "./") return "";
  if (p.startsWith("/") || p === ".." || p.startsWith("../")) return undefined;
  return p.replace(/\/$/, "");
}

function skippedBelow(file: string, folder: string): boolean {
  const rest = folder === "" ? file : file.slice(folder.length + 1);
  const segments = rest.split("/");
  return segments.slice(0, -1).some((s) => SKIPPED_DIRS.has(s));
}

/** The files (relative to the scan root, '/' separators) that discovery would pick, sorted. */
export function selectFiles(files: readonly string[], opts: SelectOptions): string[] {
  const custom = (opts.include?.length ?? 0) > 0;
  // as discover.ts: the default globs in any case, a config's own as written
  const include = picomatch()(custom ? [...(opts.include ?? [])] : [...DEFAULT_INCLUDE], {
    dot: true,
    nocase: !custom,
  });
  return pick(files, opts, include);
}

/**
 * The files the walk would list (every file under the paths that the skipped folders, virtualenvs and
 * `exclude` leave), sorted: what the other sources of a tree (dependency files, source files) select from.
 */
export function listFiles(files: readonly string[], opts: SelectOptions): string[] {
  // a folder holding pyvenv.cfg is a virtualenv, which the walk never enters
  const venvs = files
    .filter((f) => f === VENV_MARKER || f.endsWith(`/${VENV_MARKER}`))
    .map((f) => f.slice(0, -VENV_MARKER.length));
  const inVenv = (f: string): boolean => venvs.some((v) => v !== "" && f.startsWith(v));
  return pick(
    files.filter((f) => !inVenv(f)),
    opts,
    () => true,
  );
}

function pick(files: readonly string[], opts: SelectOptions, include: (f: string) => boolean): string[] {
  const exclude = opts.exclude?.length ? picomatch()([...opts.exclude], { dot: true }) : () => false;
  const all = new Set(files);
  const picked = new Set<string>();
  for (const raw of opts.paths.length > 0 ? opts.paths : ["."]) {
    const arg = normalisePath(raw);
    if (arg === undefined) continue;
    if (arg !== "" && all.has(arg)) {
      picked.add(arg);
      continue;
    }
    const folder = arg;
    const under = files.filter((f) => folder === "" || f.startsWith(`${folder}/`));
    if (under.length > 0) {
      for (const f of under) if (!skippedBelow(f, folder) && include(f) && !exclude(f)) picked.add(f);
      continue;
    }
    const scan = picomatch().scan(arg);
    if (scan.isGlob) {
      const matches = picomatch()(arg, { dot: true });
      const base = normalisePath(scan.base || ".") ?? "";
      for (const f of files) {
        if ((base === "" || f.startsWith(`${base}/`)) && !skippedBelow(f, base) && matches(f) && !exclude(f))
          picked.add(f);
      }
    }
  }
  return [...picked].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
