// Which files of a listing (a commit's tree, not the disk) discovery would pick: the same rules as
// manifest/discover.ts for paths inside the scan root — a named file is taken, a folder is searched
// with the include globs (never inside the walk's skipped folders), a glob matches paths from the root.
// Paths that leave the root ("../x") have no counterpart in a commit's tree and select nothing.
import { posix } from "node:path";
import picomatch from "picomatch";
import { DEFAULT_INCLUDE } from "../manifest/discover.js";
import { SKIPPED_DIRS } from "../manifest/walk.js";

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
  const include = picomatch(opts.include?.length ? [...opts.include] : [...DEFAULT_INCLUDE], { dot: true });
  const exclude = opts.exclude?.length ? picomatch([...opts.exclude], { dot: true }) : () => false;
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
    const scan = picomatch.scan(arg);
    if (scan.isGlob) {
      const matches = picomatch(arg, { dot: true });
      const base = normalisePath(scan.base || ".") ?? "";
      for (const f of files) {
        if ((base === "" || f.startsWith(`${base}/`)) && !skippedBelow(f, base) && matches(f) && !exclude(f))
          picked.add(f);
      }
    }
  }
  return [...picked].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
