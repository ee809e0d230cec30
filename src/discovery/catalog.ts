// The discovery catalog: which packages, per ecosystem, bring agent code into a project, and which files
// agent frameworks read. It is data (rules/discovery/*.yaml); an organisation's pack adds entries from its
// own discovery/ folder, and a pack entry with the same ecosystem and name replaces the built-in one (so an
// organisation can, say, count an internal wrapper of an LLM SDK as an agent framework).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { picomatch } from "../util/vendor.js";
import { builtinRulesDir } from "../policy/paths.js";
import { loadCatalogSnapshot } from "./catalog-snapshot.js";
import { moduleMatch, starMatch } from "./star-glob.js";
import { parseYamlSource, type YamlSource } from "../policy/yaml-source.js";
import { globCostProblem } from "../util/glob-bounds.js";
import { LinearRegExp, PatternError } from "../util/linear-regexp.js";
import {
  ECOSYSTEMS,
  SIGNAL_KINDS,
  type Catalog,
  type CatalogConfig,
  type CatalogImport,
  type CatalogPackage,
  type Ecosystem,
  type Language,
  type SignalKind,
} from "./types.js";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** How each ecosystem's code names an installed package when it imports it. */
export const LANGUAGE_OF: Record<Ecosystem, Language> = {
  npm: "javascript",
  pypi: "python",
  go: "go",
  maven: "java",
  nuget: "csharp",
  rubygems: "ruby",
  crates: "rust",
};

/** The registry's own notion of "the same name" (PEP 503, NuGet's case-insensitive IDs, crates' -/_). */
export function normaliseName(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case "pypi":
      return name.toLowerCase().replace(/[-_.]+/g, "-");
    case "nuget":
    case "maven":
      return name.toLowerCase();
    case "crates":
      return name.toLowerCase().replace(/_/g, "-");
    case "go":
      // a major-version suffix is the same module line: github.com/x/y/v3 → github.com/x/y
      return name.replace(/\/v[0-9]+$/, "");
    default:
      return name;
  }
}

function defaultImports(ecosystem: Ecosystem, name: string): CatalogImport[] {
  switch (ecosystem) {
    case "npm":
    case "go":
    case "nuget":
    case "rubygems":
      return [{ module: name }];
    case "pypi":
    case "crates":
      return [{ module: name.replace(/-/g, "_") }];
    case "maven":
      return [{ module: name.split(":")[0]! }];
  }
}

function str(
  src: YamlSource,
  obj: Obj,
  key: string,
  path: (string | number)[],
  required: boolean,
): string | undefined {
  const v = obj[key];
  if (v === undefined && !required) return undefined;
  if (typeof v !== "string" || v.trim() === "")
    throw src.error([...path, key], `'${key}' must be a non-empty string`);
  return v;
}

function kindOf(src: YamlSource, v: unknown, path: (string | number)[]): SignalKind {
  if (typeof v !== "string" || !(SIGNAL_KINDS as readonly string[]).includes(v)) {
    throw src.error(path, `kind must be one of ${SIGNAL_KINDS.join(", ")}`);
  }
  return v as SignalKind;
}

function packagesOf(src: YamlSource): CatalogPackage[] {
  const data = src.data;
  if (!isObj(data))
    throw src.error([], "a discovery catalog file is a mapping with `ecosystem` and `packages`");
  const ecosystem = data.ecosystem;
  if (typeof ecosystem !== "string" || !(ECOSYSTEMS as readonly string[]).includes(ecosystem)) {
    throw src.error(["ecosystem"], `ecosystem must be one of ${ECOSYSTEMS.join(", ")}`);
  }
  const eco = ecosystem as Ecosystem;
  if (!Array.isArray(data.packages)) throw src.error(["packages"], "packages must be a list");
  return data.packages.map((raw, i) => {
    const at = ["packages", i];
    if (!isObj(raw)) throw src.error(at, "each package is a mapping with name, kind and source");
    const name = str(src, raw, "name", at, true)!;
    const kind = kindOf(src, raw.kind, [...at, "kind"]);
    let imports: CatalogImport[];
    if (raw.imports === undefined) imports = defaultImports(eco, name);
    else if (!Array.isArray(raw.imports)) throw src.error([...at, "imports"], "imports must be a list");
    else {
      imports = raw.imports.map((imp, j) => {
        if (typeof imp === "string" && imp.trim() !== "") return { module: imp };
        if (isObj(imp) && typeof imp.module === "string" && imp.module.trim() !== "") {
          return imp.kind === undefined
            ? { module: imp.module }
            : { module: imp.module, kind: kindOf(src, imp.kind, [...at, "imports", j, "kind"]) };
        }
        throw src.error([...at, "imports", j], "an import is a module name, or {module, kind}");
      });
    }
    if (raw.verified !== undefined && typeof raw.verified !== "boolean") {
      throw src.error([...at, "verified"], "verified must be true or false");
    }
    const vendor = str(src, raw, "vendor", at, false);
    const title = str(src, raw, "title", at, false);
    return {
      ecosystem: eco,
      name,
      kind,
      ...(vendor !== undefined ? { vendor } : {}),
      ...(title !== undefined ? { title } : {}),
      imports,
      source: str(src, raw, "source", at, true)!,
      verified: raw.verified !== false,
      from: src.file,
    };
  });
}

function configsOf(src: YamlSource): CatalogConfig[] {
  const data = src.data;
  if (!isObj(data) || !Array.isArray(data.configs)) throw src.error([], "configs must be a list");
  return data.configs.map((raw, i) => {
    const at = ["configs", i];
    if (!isObj(raw))
      throw src.error(at, "each config is a mapping with id, path, framework, kind and source");
    const project = raw.project ?? 0;
    if (typeof project !== "number" || !Number.isInteger(project) || project < 0 || project > 8) {
      throw src.error([...at, "project"], "project must be a whole number of folders from 0 to 8");
    }
    let contains: LinearRegExp[] | undefined;
    const patterns =
      raw.contains === undefined ? [] : Array.isArray(raw.contains) ? raw.contains : [raw.contains];
    if (raw.contains !== undefined) {
      contains = patterns.map((pattern, j) => {
        const where = Array.isArray(raw.contains) ? [...at, "contains", j] : [...at, "contains"];
        if (typeof pattern !== "string" || pattern === "")
          throw src.error(where, "contains is a regular expression or a list of them");
        try {
          new RegExp(pattern, "m");
        } catch (e) {
          throw src.error(where, `not a regular expression: ${(e as Error).message}`);
        }
        try {
          return new LinearRegExp(pattern);
        } catch (e) {
          if (!(e instanceof PatternError)) throw e;
          throw src.error(where, `${e.message} (at character ${e.offset + 1} of the pattern)`);
        }
      });
    }
    const path = str(src, raw, "path", at, true)!;
    const costly = globCostProblem(path);
    if (costly) throw src.error([...at, "path"], `path '${path}' ${costly}`);
    return {
      id: str(src, raw, "id", at, true)!,
      path,
      framework: str(src, raw, "framework", at, true)!,
      kind: kindOf(src, raw.kind, [...at, "kind"]),
      project,
      ...(contains ? { contains } : {}),
      source: str(src, raw, "source", at, true)!,
      verified: raw.verified !== false,
      from: src.file,
    };
  });
}

/**
 * The built-in catalog files (rules/discovery/), read from the package. A pack's discovery/*.yaml is read
 * with the rest of its policy (policy/packs.ts, through PolicyFiles) and turned into a catalog by
 * catalogFromSources. Throws PolicyError at the bad line.
 */
function readCatalogFolder(dir: string, display: (file: string) => string): Catalog {
  const catalog: Catalog = { packages: [], configs: [] };
  const names = readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();
  for (const name of names) {
    const file = join(dir, name);
    addSource(catalog, parseYamlSource(readFileSync(file, "utf8"), display(file)));
  }
  return catalog;
}

function addSource(catalog: Catalog, src: YamlSource): void {
  if (isObj(src.data) && "configs" in src.data) catalog.configs.push(...configsOf(src));
  else catalog.packages.push(...packagesOf(src));
}

/** A catalog from files already read and parsed (a pack's discovery/*.yaml, at the head or the base). */
export function catalogFromSources(sources: readonly YamlSource[]): Catalog {
  const catalog: Catalog = { packages: [], configs: [] };
  for (const src of sources) addSource(catalog, src);
  return catalog;
}

let builtin: Catalog | undefined;

/** The built-in catalog read from its files (rules/discovery/ of `rulesDir`). */
export function readBuiltinCatalog(rulesDir: string = builtinRulesDir()): Catalog {
  return readCatalogFolder(join(rulesDir, "discovery"), (f) => `rules/discovery/${f.split(/[\\/]/).pop()!}`);
}

/** The built-in catalog: the build's snapshot while the files are unchanged (catalog-snapshot.ts), else the files. */
export function builtinCatalog(): Catalog {
  builtin ??= loadCatalogSnapshot(builtinRulesDir()) ?? readBuiltinCatalog();
  return builtin;
}

/** Pack catalogs first: their entries win over built-in ones with the same ecosystem and name. */
export function mergeCatalogs(packs: readonly Catalog[], base: Catalog = builtinCatalog()): Catalog {
  const all = [...packs, base];
  const seen = new Set<string>();
  const packages: CatalogPackage[] = [];
  for (const c of all) {
    for (const p of c.packages) {
      const key = `${p.ecosystem}\u0000${normaliseName(p.ecosystem, p.name)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      packages.push(p);
    }
  }
  const ids = new Set<string>();
  const configs: CatalogConfig[] = [];
  for (const c of all) {
    for (const cfg of c.configs) {
      if (ids.has(cfg.id)) continue;
      ids.add(cfg.id);
      configs.push(cfg);
    }
  }
  return { packages, configs };
}

/**
 * What the last segment of a path must match for `glob` to match the path: the glob's own last part, when
 * that is one segment (no '/' inside braces or a class, no `**`) of a glob that is not negated. Every file
 * of a repository is tested against every config glob; most fail on their name.
 */
export function nameTest(glob: string): (name: string) => boolean {
  const scan = picomatch().scan(glob, { parts: true });
  const last = scan.parts?.at(-1);
  if (scan.negated || !last || last.includes("/") || last.includes("**")) return () => true;
  return picomatch()(last, { dot: true });
}

/** Separator between a module and what lies below it, per language. */
const MODULE_SEP: Record<Language, string> = {
  javascript: "/",
  python: ".",
  go: "/",
  java: ".",
  csharp: ".",
  ruby: "/",
  rust: "::",
};

export interface ImportMatch {
  entry: CatalogPackage;
  kind: SignalKind;
  module: string;
}

/** Fast lookups over a catalog: by dependency name, by imported module, and config files by path. */
export class CatalogIndex {
  private readonly exact = new Map<string, CatalogPackage>();
  /** Name patterns in catalog order, with the literal text every name they match starts with. */
  private readonly globs: { ecosystem: Ecosystem; prefix: string; glob: string; entry: CatalogPackage }[] =
    [];
  private readonly imports = new Map<
    Language,
    { module: string; entry: CatalogPackage; kind: SignalKind; specific: number }[]
  >();
  readonly configs: (CatalogConfig & {
    match: (path: string) => boolean;
    /** A test of the file's name that every path `match` accepts passes (cheaper, so it runs first). */
    named: (name: string) => boolean;
  })[];

  constructor(readonly catalog: Catalog) {
    for (const p of catalog.packages) {
      if (p.name.includes("*")) {
        const normalised = normaliseName(p.ecosystem, p.name);
        this.globs.push({
          ecosystem: p.ecosystem,
          prefix: normalised.slice(0, normalised.indexOf("*")),
          glob: normalised,
          entry: p,
        });
      } else {
        const key = `${p.ecosystem}\u0000${normaliseName(p.ecosystem, p.name)}`;
        if (!this.exact.has(key)) this.exact.set(key, p);
      }
      const lang = LANGUAGE_OF[p.ecosystem];
      const list = this.imports.get(lang) ?? [];
      for (const imp of p.imports) {
        list.push({
          module: lang === "csharp" ? imp.module.toLowerCase() : imp.module,
          entry: p,
          kind: imp.kind ?? p.kind,
          specific: imp.module.length,
        });
      }
      this.imports.set(lang, list);
    }
    // the longest (most specific) module wins: @modelcontextprotocol/sdk/client before @modelcontextprotocol/sdk
    for (const list of this.imports.values()) list.sort((a, b) => b.specific - a.specific);
    this.configs = catalog.configs.map((c) => ({
      ...c,
      match: picomatch()(c.path, { dot: true }),
      named: nameTest(c.path),
    }));
  }

  /** The catalog entry for a dependency, if it is one: an exact name first, then the first glob. */
  lookup(ecosystem: Ecosystem, name: string): CatalogPackage | undefined {
    const n = normaliseName(ecosystem, name);
    const hit = this.exact.get(`${ecosystem}\u0000${n}`);
    if (hit) return hit;
    // every dependency of every manifest asks: most are no catalog entry, and fail on the prefix
    return this.globs.find((g) => g.ecosystem === ecosystem && n.startsWith(g.prefix) && starMatch(n, g.glob))
      ?.entry;
  }

  /** The catalog entry an imported module belongs to, with the kind that import shows. */
  lookupImport(language: Language, module: string): ImportMatch | undefined {
    // C# namespaces are matched without regard to case
    const key = language === "csharp" ? module.toLowerCase() : module;
    const sep = MODULE_SEP[language];
    const hit = this.imports.get(language)?.find((i) => moduleMatch(key, i.module, sep));
    return hit ? { entry: hit.entry, kind: hit.kind, module } : undefined;
  }

  /** Whether any entry could match an import in this language (no catalog entry, no need to read files). */
  hasLanguage(language: Language): boolean {
    return (this.imports.get(language)?.length ?? 0) > 0;
  }
}
