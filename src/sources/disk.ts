// The file-system side of native sources: configs a manifest's `sources:` names that the scan did not
// cover (`agentpolicy check agents/` still governs the root's .mcp.json), and the repository's CODEOWNERS.
// Nothing outside the scan root is read, through `..` or through a symlink.
import { realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { DiscoveredFile, NormalisedAgent } from "../manifest/types.js";
import { readSource } from "../manifest/read.js";
import type { FileError } from "../report/model.js";
import { applyOwners, CODEOWNERS_PATHS, parseCodeowners, type Codeowners } from "./codeowners.js";
import { isNativeAgent } from "./implicit.js";
import { loadNative } from "./load.js";
import { applySources, sourcePaths } from "./overlay.js";

export async function readSourcesAndOwners(
  root: string,
  agents: NormalisedAgent[],
  discovered: readonly DiscoveredFile[],
  opts: { maxFileSize: number },
): Promise<{ agents: NormalisedAgent[]; errors: FileError[] }> {
  const read = new Set(discovered.map((f) => f.file));
  const all = [...agents];
  const errors: FileError[] = [];
  const wanted = new Set<string>();
  for (const a of agents) if (!isNativeAgent(a)) for (const s of sourcePaths(a)) wanted.add(s.path);
  for (const path of [...wanted].sort()) {
    if (read.has(path)) continue;
    const abs = await inside(root, path);
    if (!abs) continue;
    const text = await readSource({ file: path, absPath: abs }, opts);
    if ("error" in text) continue; // not there: AP-SRC-001 says so on the manifest
    read.add(path);
    const native = loadNative(path, text.text);
    if (native) {
      all.push(...native.agents);
      errors.push(...native.errors);
    }
  }
  const merged = applySources(all, { readFiles: read });
  return { agents: applyOwners(merged, await readCodeowners(root, opts)), errors };
}

async function readCodeowners(root: string, opts: { maxFileSize: number }): Promise<Codeowners | undefined> {
  for (const path of CODEOWNERS_PATHS) {
    const abs = await inside(root, path);
    if (!abs) continue;
    const text = await readSource({ file: path, absPath: abs }, opts);
    if ("text" in text) return parseCodeowners(path, text.text);
  }
  return undefined;
}

/** The absolute path of `path` when it exists inside `root` (symlinks resolved); undefined otherwise. */
async function inside(root: string, path: string): Promise<string | undefined> {
  if (isAbsolute(path) || path === ".." || path.startsWith("../")) return undefined;
  const abs = resolve(root, path);
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(abs)]);
    const rel = relative(realRoot, real);
    if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
    return abs;
  } catch {
    return undefined;
  }
}
