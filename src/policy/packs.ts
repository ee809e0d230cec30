// Organisation packs: folders named by the config's `packs:` (relative to the config file) holding
// checks/*.yaml and frameworks/*.yaml in the formats of rules/. They extend the built-in policy and never
// replace any of it: a pack id that collides with a built-in check or framework, or that takes the
// reserved AP- prefix, is refused at its line, so a pack cannot quietly redefine what a built-in means.
import { posix } from "node:path";
import type { LoadedConfig } from "./config.js";
import { extendPolicy, loadPolicy, parseRuleFolder, type ParsedRuleFolder } from "./load.js";
import { insideRoot, isAbsolutePath, joinRel, type PolicyFiles } from "./policy-files.js";
import type { Policy } from "./types.js";
import { parseYamlSource, type YamlSource } from "./yaml-source.js";
import { catalogFromSource, type ScopeCatalog } from "./scope-catalog.js";

export interface LoadedPacks {
  policy: Policy;
  /** Every pack file read: path relative to the scan root → text (for listing policy changes). */
  files: Map<string, string>;
}

const RULE_FILE = /\.ya?ml$/;

/** A pack folder relative to the scan root ('/' separators), from its entry in the config. */
export function packDir(config: LoadedConfig, entry: string): string {
  if (isAbsolutePath(entry)) return entry;
  return joinRel(posix.dirname(config.file), entry);
}

/**
 * Why a pack entry is refused before anything in it is read: an absolute path, a `..` that climbs out
 * of the repository, or a folder inside it that is a link to somewhere else. A pack is code the policy
 * runs; one from outside the repository is nothing a reviewer of the repository ever saw.
 */
function outsideProblem(files: PolicyFiles, entry: string, dir: string): string | undefined {
  if (isAbsolutePath(entry)) return "is an absolute path";
  if (!insideRoot(dir)) return `(${dir}) climbs out of the repository`;
  if (files.leavesRoot?.(dir)) return `(${dir}) leads outside the repository through a symlink`;
  return undefined;
}

async function readFolder(
  files: PolicyFiles,
  dir: string,
  sub: "checks" | "frameworks" | "scopes" | "discovery",
  into: Map<string, string>,
): Promise<YamlSource[]> {
  const sources: YamlSource[] = [];
  for (const file of await files.list(joinRel(dir, sub))) {
    if (!RULE_FILE.test(file)) continue;
    const text = await files.read(file);
    if (text === undefined) continue;
    into.set(file, text);
    sources.push(parseYamlSource(text, file));
  }
  return sources;
}

function refuseCollisions(folder: ParsedRuleFolder, builtin: Policy): void {
  const checkIds = new Set(builtin.checks.map((c) => c.id));
  for (const { src, defs } of folder.checks) {
    defs.forEach((check, i) => {
      if (checkIds.has(check.id)) {
        throw src.error(
          ["checks", i, "id"],
          `check id ${check.id} is a built-in check; a pack's checks need ids of their own (e.g. ACME-NET-001)`,
        );
      }
      if (check.id.startsWith("AP-")) {
        throw src.error(
          ["checks", i, "id"],
          `check id ${check.id}: the AP- prefix is reserved for built-in checks; use your organisation's own`,
        );
      }
    });
  }
  const frameworkIds = new Set(builtin.frameworks.map((f) => f.id));
  for (const src of folder.frameworks) {
    const id = (src.data as { id?: unknown } | null)?.id;
    if (typeof id === "string" && frameworkIds.has(id)) {
      throw src.error(
        ["id"],
        `framework id '${id}' is a built-in framework; a pack's frameworks need ids of their own`,
      );
    }
  }
}

/**
 * The built-in policy extended with the config's packs, read through `files`. Without packs it is the
 * cached built-in policy. Throws PolicyError for a missing or empty pack folder (at its entry in the
 * config), a malformed pack file, or an id that collides (at the pack file's line).
 */
export async function loadPacks(files: PolicyFiles, config: LoadedConfig | undefined): Promise<LoadedPacks> {
  const entries = config?.settings.packs ?? [];
  const builtin = loadPolicy();
  if (!config || entries.length === 0) return { policy: builtin, files: new Map() };
  const read = new Map<string, string>();
  const folders: ParsedRuleFolder[] = [];
  const scopes: ScopeCatalog[] = [];
  const discovery: YamlSource[] = [];
  for (const [i, entry] of entries.entries()) {
    const dir = packDir(config, entry);
    const outside = outsideProblem(files, entry, dir);
    if (outside) {
      throw config.source.error(
        ["packs", i],
        `pack '${entry}' ${outside}; packs are folders inside the repository, relative to the config file`,
      );
    }
    const folder = parseRuleFolder({
      checks: await readFolder(files, dir, "checks", read),
      frameworks: await readFolder(files, dir, "frameworks", read),
    });
    // scope catalogs (manifest v1.1) add providers or add and override entries of built-in ones
    const catalogs = (await readFolder(files, dir, "scopes", read)).map(catalogFromSource);
    scopes.push(...catalogs);
    // shadow-agent catalog entries (discovery/*.yaml): parsed by src/discovery/catalog.ts
    const found = await readFolder(files, dir, "discovery", read);
    discovery.push(...found);
    if (
      folder.checks.length === 0 &&
      folder.frameworks.length === 0 &&
      catalogs.length === 0 &&
      found.length === 0
    ) {
      throw config.source.error(
        ["packs", i],
        `pack '${entry}' (${dir}) has no checks/*.yaml, frameworks/*.yaml, scopes/*.yaml or discovery/*.yaml in ${files.origin}`,
      );
    }
    refuseCollisions(folder, builtin);
    folders.push(folder);
  }
  // The packs extend the built-in policy already loaded (from the build's snapshot), never a re-read of it.
  const policy = extendPolicy(builtin, folders);
  return {
    policy: {
      ...policy,
      ...(scopes.length > 0 ? { scopes } : {}),
      ...(discovery.length > 0 ? { discovery } : {}),
    },
    files: read,
  };
}
