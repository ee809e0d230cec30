// What discovery takes from the listing of a tree: dependency files, framework config files, version
// catalogs and source files in one pass, and then the source files of the components that have a
// signal. Both passes run over every file of a repository, so they are plain synchronous loops of their
// own: inside an async function V8 left them in its slowest tiers (44 ms for a 30,000-file listing).
import type { CatalogIndex } from "./catalog.js";
import { languageOf } from "./imports.js";
import { dependencyFileKind } from "./readers/index.js";
import type { Language, ListedFile } from "./types.js";

type Config = CatalogIndex["configs"][number];

export function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i === -1 ? "" : path.slice(0, i);
}

/** The folder `levels` folders above `dir`. */
export function up(dir: string, levels: number): string {
  let d = dir;
  for (let i = 0; i < levels && d !== ""; i++) d = dirOf(d);
  return d;
}

/** The nearest component folder at or above `dir`. */
export function nearest(dirs: ReadonlySet<string>, dir: string): string | undefined {
  let d: string | undefined = dir;
  for (;;) {
    if (dirs.has(d)) return d;
    if (d === "" || (d.startsWith("..") && !d.includes("/"))) return undefined;
    d = dirOf(d);
  }
}

/** Whether `path` names a file right inside the folder `dir` ("" for the root). */
function inFolder(path: string, dir: string): boolean {
  if (dir === "") return !path.includes("/");
  return (
    path.length > dir.length + 1 &&
    path.charCodeAt(dir.length) === 0x2f &&
    path.startsWith(dir) &&
    path.indexOf("/", dir.length + 1) === -1
  );
}

export interface SortedListing {
  /** Dependency files, with the folder of the project each belongs to. */
  depFiles: { file: ListedFile; dir: string }[];
  /** Files a catalog config's path (and name test) matches; their content is checked later. */
  configFiles: { file: ListedFile; config: Config }[];
  /** gradle/libs.versions.toml files by the folder of the project that holds them. */
  versionCatalogs: Map<string, ListedFile>;
  /** Files in a language imports are searched in. */
  sourceFiles: { file: ListedFile; language: Language }[];
}

/**
 * One pass over the listing. `configs` is called at the first file that is not skipped (it may read the
 * catalog); files in `skip` (the agent manifests) are never framework configs.
 */
export function sortListing(
  listing: readonly ListedFile[],
  configs: () => readonly Config[],
  skip: ReadonlySet<string> | undefined,
): SortedListing {
  const sorted: SortedListing = {
    depFiles: [],
    configFiles: [],
    versionCatalogs: new Map(),
    sourceFiles: [],
  };
  // the configs whose name test a file name passes, worked out once per name (names recur across folders)
  const configsNamed = new Map<string, Config[]>();
  for (const f of listing) {
    const path = f.file;
    const language = languageOf(path);
    if (language) sorted.sourceFiles.push({ file: f, language });
    const name = path.slice(path.lastIndexOf("/") + 1);
    const kind = dependencyFileKind(path, name);
    if (kind) sorted.depFiles.push({ file: f, dir: up(dirOf(path), kind.up) });
    if (path.endsWith("gradle/libs.versions.toml")) sorted.versionCatalogs.set(dirOf(dirOf(path)), f);
    if (skip?.has(path)) continue;
    let named = configsNamed.get(name);
    if (!named) {
      named = configs().filter((c) => c.named(name));
      configsNamed.set(name, named);
    }
    if (named.length === 0) continue;
    for (const config of named) if (config.match(path)) sorted.configFiles.push({ file: f, config });
  }
  return sorted;
}

/**
 * The source files of each component in `withSignals` (by folder), at most `max` each: a file belongs to
 * the nearest component folder at or above it among `dirs`, looked up once per folder.
 */
export function sourcesOf(
  sourceFiles: SortedListing["sourceFiles"],
  hasLanguage: (language: Language) => boolean,
  dirs: ReadonlySet<string>,
  withSignals: ReadonlySet<string>,
  max: number,
): Map<string, ListedFile[]> {
  const sources = new Map<string, ListedFile[]>();
  // the listing is sorted: a folder's files come one after another, and share the folder's owner
  let folder: string | undefined;
  let owner: string | undefined;
  for (const { file, language } of sourceFiles) {
    if (!hasLanguage(language)) continue;
    if (folder === undefined || !inFolder(file.file, folder)) {
      folder = dirOf(file.file);
      owner = nearest(dirs, folder);
    }
    if (owner === undefined || !withSignals.has(owner)) continue;
    const list = sources.get(owner) ?? [];
    if (list.length < max) list.push(file);
    sources.set(owner, list);
  }
  return sources;
}
