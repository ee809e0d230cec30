// From the repository listing to components: read the dependency files (each at most once, bounded by
// size), tie each catalog signal to the line that declares it, place framework config files, and only then
// read the source files of the components that have signals, to locate the import sites. Files of
// components without any signal are never opened.
import { posix } from "node:path";
import { readSourceSync } from "../manifest/read.js";
import type { FileError } from "../report/model.js";
import { LANGUAGE_OF, type CatalogIndex, type ImportMatch } from "./catalog.js";
import { importSites, languageOf, looksMinified } from "./imports.js";
import { fileError } from "./readers/common.js";
import { readGradleWithRefs, catalogAccessor } from "./readers/gradle.js";
import { dependencyFileKind } from "./readers/index.js";
import { dirOf, sortListing, sourcesOf, up } from "./listing.js";
import { workspaceMatch } from "./star-glob.js";
import { readVersionCatalog } from "./readers/toml-files.js";
import {
  KIND_ORDER,
  type Component,
  type DependencyFile,
  type Ecosystem,
  type Evidence,
  type ListedFile,
  type ReadText,
} from "./types.js";

export interface DiscoveryOptions {
  /**
   * The catalog, or how to get it: a function is called only when the listing holds a dependency file or a
   * file that could be a framework config (a check of manifests alone never reads the catalog).
   */
  catalog: CatalogIndex | (() => CatalogIndex);
  /** Largest dependency or config file read, in bytes (the check's --max-file-size). */
  maxFileSize: number;
  /** Files that are not framework configs whatever their name (the agent manifests already read). */
  skip?: ReadonlySet<string>;
  /** How a listed file is read: from the disk by default, or from a base commit (pipeline/base.ts). */
  read?: ReadText;
  /**
   * Whether source files are searched for import sites (default true). Off where each read costs a
   * request (a base read through a code host's API): components then rest on dependency and config files.
   */
  imports?: boolean;
}

/**
 * Reads a file of the walked listing from the disk. It blocks, as the walk does (manifest/walk.ts): the
 * files are small and were just listed, and at a repository root there are hundreds of them, each of
 * which an asynchronous read takes four round trips through the thread pool to open, size, read and close.
 */
const readFromDisk: ReadText = (f, maxFileSize) =>
  Promise.resolve(
    f.absPath === undefined
      ? undefined
      : readSourceSync({ file: f.file, absPath: f.absPath }, { maxFileSize }),
  );

/** Source files larger than this are not searched for imports (generated code, vendored bundles). */
export const MAX_SOURCE_FILE = 512 * 1024;
/** Source files searched per component at most; the import sites found so far are kept. */
export const MAX_SOURCES_PER_COMPONENT = 2_000;
/** Import sites kept per component (the count of all of them is not needed for a decision). */
export const MAX_IMPORT_SITES = 25;
/** Files read at once. */
const CONCURRENCY = 16;

export interface Discovery {
  components: Component[];
  dependencyFiles: DependencyFile[];
  errors: FileError[];
}

async function mapLimit<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return out;
}

function describeKinds(evidence: Evidence[]): Component["kinds"] {
  const kinds = new Set(evidence.map((e) => e.kind));
  return KIND_ORDER.filter((k) => kinds.has(k));
}

export async function discoverComponents(
  listing: readonly ListedFile[],
  opts: DiscoveryOptions,
): Promise<Discovery> {
  const readText = opts.read ?? readFromDisk;
  let index = typeof opts.catalog === "function" ? undefined : opts.catalog;
  const catalogOf = (): CatalogIndex => (index ??= (opts.catalog as () => CatalogIndex)());
  const errors: FileError[] = [];
  const { depFiles, configFiles, versionCatalogs, sourceFiles } = sortListing(
    listing,
    () => catalogOf().configs,
    opts.skip,
  );

  // a listed file that is not there (a base listing that names files of the working tree) is no error
  const read = async (f: ListedFile, max: number): Promise<string | undefined> => {
    const r = await readText(f, max);
    if (r === undefined) return undefined;
    if ("error" in r) {
      errors.push(r.error);
      return undefined;
    }
    return r.text;
  };

  const catalogCache = new Map<string, Promise<Map<string, string> | undefined>>();
  const versionCatalogFor = (dir: string): Promise<Map<string, string> | undefined> => {
    let d: string | undefined = dir;
    for (;;) {
      const f = versionCatalogs.get(d);
      if (f) {
        let p = catalogCache.get(f.file);
        if (!p) {
          p = read(f, opts.maxFileSize).then((text) => {
            if (text === undefined) return undefined;
            const parsed = readVersionCatalog(text);
            if (parsed instanceof Map) return parsed;
            errors.push(fileError(f.file, parsed.line, parsed.column, `malformed TOML: ${parsed.message}`));
            return undefined;
          });
          catalogCache.set(f.file, p);
        }
        return p;
      }
      if (d === "") return Promise.resolve(undefined);
      d = dirOf(d);
    }
  };

  const parsed = await mapLimit(depFiles, async ({ file, dir }) => {
    const text = await read(file, opts.maxFileSize);
    if (text === undefined) return undefined;
    const kind = dependencyFileKind(file.file)!;
    if (/build\.gradle(\.kts)?$/.test(file.file)) {
      const { result, refs } = readGradleWithRefs(file.file, text);
      if (refs.length > 0) {
        const libs = await versionCatalogFor(dir);
        for (const ref of refs) {
          const coord = libs?.get(catalogAccessor(ref.alias));
          if (coord) {
            result.dependencies.push({
              name: coord,
              line: ref.line,
              column: ref.column,
              endLine: ref.line,
              endColumn: ref.endColumn,
              ...(ref.scope ? { scope: ref.scope } : {}),
            });
          }
        }
        result.dependencies.sort((a, b) => a.line - b.line || a.column - b.column);
      }
      return { dep: result, dir };
    }
    return { dep: kind.reader(file.file, text), dir };
  });

  const byDir = new Map<string, Component>();
  const component = (dir: string): Component => {
    let c = byDir.get(dir);
    if (!c) {
      c = {
        path: dir,
        name: dir === "" ? "." : dir,
        files: [],
        ecosystems: [],
        kinds: [],
        evidence: [],
        declaredBy: [],
      };
      byDir.set(dir, c);
    }
    return c;
  };
  const dependencyFiles: DependencyFile[] = [];
  const workspaceRoots: { dir: string; globs: string[]; name: string }[] = [];
  for (const p of parsed) {
    if (!p) continue;
    const { dep, dir } = p;
    dependencyFiles.push(dep);
    errors.push(...dep.errors);
    const c = component(dir);
    c.files.push(dep.file);
    if (!c.ecosystems.includes(dep.ecosystem)) c.ecosystems.push(dep.ecosystem);
    if (dep.projectName && c.name === (dir === "" ? "." : dir)) c.name = dep.projectName;
    if (dep.workspaces?.length) workspaceRoots.push({ dir, globs: dep.workspaces, name: c.name });
    for (const d of dep.dependencies) {
      const entry = catalogOf().lookup(dep.ecosystem, d.name);
      if (!entry) continue;
      c.evidence.push({
        type: "dependency",
        file: dep.file,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        kind: entry.kind,
        name: d.name,
        ecosystem: dep.ecosystem,
        ...(d.version !== undefined ? { version: d.version } : {}),
        ...(d.scope !== undefined ? { scope: d.scope } : {}),
        catalogName: entry.name,
        ...(entry.vendor ? { vendor: entry.vendor } : {}),
        ...(entry.title ? { title: entry.title } : {}),
      });
    }
  }

  // framework configs: evidence of the project they belong to (a component of their own when that folder
  // has no dependency file)
  await mapLimit(configFiles, async ({ file, config }) => {
    const text = await read(file, Math.min(opts.maxFileSize, MAX_SOURCE_FILE));
    if (text === undefined) return;
    let line = 1;
    if (config.contains) {
      const matches = config.contains.map((re) => re.search(text));
      if (matches.some((m) => m < 0)) return; // a file of that name that is not the framework's
      line = text.slice(0, matches[0]).split("\n").length;
    }
    // the project the framework documents the file in: its own folder, or `project` folders up
    const at = up(dirOf(file.file), config.project);
    component(at).evidence.push({
      type: "config",
      file: file.file,
      line,
      column: 1,
      kind: config.kind,
      name: config.framework,
    });
  });

  // imports: only in components that already have a signal, only in languages the catalog knows
  const withSignals = new Set([...byDir.values()].filter((c) => c.evidence.length > 0).map((c) => c.path));
  const allDirs = new Set(byDir.keys());
  const sources =
    opts.imports === false || withSignals.size === 0
      ? new Map<string, ListedFile[]>()
      : sourcesOf(
          sourceFiles,
          (l) => catalogOf().hasLanguage(l),
          allDirs,
          withSignals,
          MAX_SOURCES_PER_COMPONENT,
        );
  for (const [dir, files] of sources) {
    const c = byDir.get(dir)!;
    const sites: Evidence[] = [];
    await mapLimit(files, async (f) => {
      const r = await readText(f, MAX_SOURCE_FILE);
      if (r === undefined || "error" in r) return; // an unreadable or huge source file is no evidence either way
      if (looksMinified(r.text)) return;
      const lang = languageOf(f.file)!;
      const hits = new Map<string, ImportMatch>();
      const known = (module: string): boolean => {
        const hit = catalogOf().lookupImport(lang, module);
        if (hit) hits.set(module, hit);
        return hit !== undefined;
      };
      for (const site of importSites(lang, r.text, known)) {
        const hit = hits.get(site.module)!;
        sites.push({
          type: "import",
          file: f.file,
          line: site.line,
          column: site.column,
          kind: hit.kind,
          name: site.module,
          ecosystem: hit.entry.ecosystem,
          catalogName: hit.entry.name,
          ...(hit.entry.vendor ? { vendor: hit.entry.vendor } : {}),
          ...(hit.entry.title ? { title: hit.entry.title } : {}),
        });
      }
    });
    sites.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    c.evidence.push(...sites.slice(0, MAX_IMPORT_SITES));
  }

  // workspace members: components inside a root's workspace globs
  for (const ws of workspaceRoots) {
    const matchers = ws.globs.map((g) => posix.join(ws.dir, g).replace(/\/$/, ""));
    for (const c of byDir.values()) {
      if (c.path === ws.dir) continue;
      if (matchers.some((m) => workspaceMatch(m, c.path))) c.workspace = ws.name;
    }
  }

  const components = [...byDir.values()]
    .filter((c) => c.evidence.length > 0)
    .map((c) => {
      c.files.sort();
      c.ecosystems.sort();
      c.evidence.sort(compareEvidence);
      c.kinds = describeKinds(c.evidence);
      return c;
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  dependencyFiles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { components, dependencyFiles, errors };
}

const TYPE_ORDER = { dependency: 0, config: 1, import: 2 } as const;

function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column
  );
}

export type { Ecosystem };
export { LANGUAGE_OF };
