// Shadow-agent discovery for one run: the catalog (built-in plus the packs' discovery/ folders), the
// components of the walked listing, and which of them the loaded manifests and native configs declare.
import type { NormalisedAgent } from "../manifest/types.js";
import type { YamlSource } from "../policy/yaml-source.js";
import type { FileError } from "../report/model.js";
import { CatalogIndex, catalogFromSources, mergeCatalogs } from "./catalog.js";
import { discoverComponents } from "./components.js";
import { decideDeclared, type Declaration, type NativeConfig } from "./declared.js";
import type { Component, ListedFile, ReadText } from "./types.js";

export interface CodeDiscovery {
  components: Component[];
  errors: FileError[];
}

let builtinIndex: CatalogIndex | undefined;

/**
 * The catalog for a run: the packs' entries first, then the built-in ones. The packs' entries come with
 * the policy that judges the run (policy/packs.ts reads them through the same files as its checks), so
 * a change cannot edit away the catalog entries its base holds it to.
 */
export function catalogFor(packs: readonly YamlSource[] | undefined): CatalogIndex {
  if (!packs || packs.length === 0) return (builtinIndex ??= new CatalogIndex(mergeCatalogs([])));
  return new CatalogIndex(mergeCatalogs([catalogFromSources(packs)]));
}

/** What each loaded manifest contributes to the declared decision. */
export function declarationsOf(agents: readonly NormalisedAgent[]): Declaration[] {
  return agents.map((a) => {
    const data = a.doc.data;
    return {
      file: a.doc.file,
      ...(a.name !== undefined ? { agent: a.name } : {}),
      ...(data.code !== undefined ? { code: data.code } : {}),
      ...(data.sources !== undefined ? { sources: data.sources } : {}),
    };
  });
}

export async function discoverCode(opts: {
  root: string;
  /** The files of the tree (the walk's listing on disk; a base commit's files). */
  listing: readonly ListedFile[];
  /** How they are read; the disk by default. */
  read?: ReadText;
  /** Whether source files are searched for import sites (default true). */
  imports?: boolean;
  agents: readonly NormalisedAgent[];
  natives?: readonly NativeConfig[];
  /** The packs' discovery/*.yaml of the policy that judges the run (Policy.discovery). */
  catalogs?: readonly YamlSource[];
  maxFileSize: number;
  /** Files already read as agent manifests: not framework configs. */
  manifests?: ReadonlySet<string>;
}): Promise<CodeDiscovery> {
  // The built-in catalog is read (and parsed) only when the listing holds a file it could match; packs'
  // catalogs are read at once, so that a malformed one is reported whatever the listing holds.
  const packs = opts.catalogs;
  const found = await discoverComponents(opts.listing, {
    catalog: packs && packs.length > 0 ? catalogFor(packs) : () => catalogFor(undefined),
    maxFileSize: opts.maxFileSize,
    ...(opts.manifests ? { skip: opts.manifests } : {}),
    ...(opts.read ? { read: opts.read } : {}),
    ...(opts.imports !== undefined ? { imports: opts.imports } : {}),
  });
  decideDeclared(found.components, declarationsOf(opts.agents), opts.natives ?? []);
  return { components: found.components, errors: found.errors };
}
