// Shadow-agent discovery for one run: the catalog (built-in plus the packs' discovery/ folders), the
// components of the walked listing, and which of them the loaded manifests and native configs declare.
import { isAbsolute, join } from "node:path";
import type { DiscoveredFile, NormalisedAgent } from "../manifest/types.js";
import type { LoadedConfig } from "../policy/config.js";
import { packDir } from "../policy/packs.js";
import type { FileError } from "../report/model.js";
import { CatalogIndex, mergeCatalogs, readCatalogFolder } from "./catalog.js";
import type { Catalog } from "./types.js";
import { discoverComponents } from "./components.js";
import { decideDeclared, type Declaration, type NativeConfig } from "./declared.js";
import type { Component } from "./types.js";

export interface CodeDiscovery {
  components: Component[];
  errors: FileError[];
}

const indexCache = new Map<string, CatalogIndex>();

/** The catalog for a run: the packs' entries first, then the built-in ones. */
export function catalogFor(root: string, config: LoadedConfig | undefined): CatalogIndex {
  const dirs = (config?.settings.packs ?? []).map((entry) => {
    const dir = packDir(config!, entry);
    return join(isAbsolute(dir) ? dir : join(root, dir), "discovery");
  });
  const key = dirs.join("\u0000");
  let index = indexCache.get(key);
  if (!index) {
    const packs: Catalog[] = dirs.map((d) =>
      readCatalogFolder(d, (f) => f.slice(root.length + 1).replace(/\\/g, "/")),
    );
    index = new CatalogIndex(mergeCatalogs(packs));
    if (dirs.length === 0) indexCache.set(key, index);
  }
  return index;
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
  listing: readonly DiscoveredFile[];
  agents: readonly NormalisedAgent[];
  natives?: readonly NativeConfig[];
  config?: LoadedConfig;
  maxFileSize: number;
  /** Files already read as agent manifests: not framework configs. */
  manifests?: ReadonlySet<string>;
}): Promise<CodeDiscovery> {
  const catalog = catalogFor(opts.root, opts.config);
  const found = await discoverComponents(opts.listing, {
    catalog,
    maxFileSize: opts.maxFileSize,
    ...(opts.manifests ? { skip: opts.manifests } : {}),
  });
  decideDeclared(found.components, declarationsOf(opts.agents), opts.natives ?? []);
  return { components: found.components, errors: found.errors };
}
