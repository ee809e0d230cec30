// Which discovered components are declared (discovery.md, "Model"): a manifest's `code:` globs cover the
// component folder or one of its evidence files; or a manifest or native agent config lives in the
// component's folder (below it, and not inside a nested component); or a manifest's `sources:` names a
// file inside it. `code:` globs are relative to the scan root, like CODEOWNERS and the config's include;
// a glob that starts with ./ or ../ is relative to the manifest's own folder.
import { posix } from "node:path";
import { globCostProblem } from "../util/glob-bounds.js";
import { picomatch } from "../util/vendor.js";
import { dirOf, nearest } from "./listing.js";
import type { Component, Coverage } from "./types.js";

/** What a manifest (or an agent inside it) contributes to the decision. */
export interface Declaration {
  /** The manifest file, from the scan root. */
  file: string;
  agent?: string;
  code?: unknown;
  sources?: unknown;
}

/** A native agent config file (MCP client config, Claude Code, Codex, Gemini settings, A2A card). */
export interface NativeConfig {
  file: string;
  agent?: string;
}

/** `text` with every character picomatch reads as glob syntax escaped. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[\]{}()!+@\\]/g, "\\$&");
}

function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === "string" && s.trim() !== "") : [];
}

/**
 * A path from the manifest's folder (./x, ../x) or from the scan root, normalised; undefined if it leaves.
 * For a glob (`folder` given as escapeGlob), the manifest's folder joins it as literal text: a folder named
 * `**` or `*(a)` is a name, not a wildcard.
 */
function fromManifest(manifest: string, p: string, folder = (dir: string) => dir): string {
  const rel = p.replace(/\\/g, "/");
  const joined =
    rel.startsWith("./") || rel.startsWith("../") ? posix.join(folder(dirOf(manifest)), rel) : rel;
  return posix
    .normalize(joined)
    .replace(/^\.\/?/, "")
    .replace(/\/$/, "");
}

export function decideDeclared(
  components: readonly Component[],
  declarations: readonly Declaration[],
  natives: readonly NativeConfig[] = [],
): void {
  const dirs = new Set(components.map((c) => c.path));
  const byPath = new Map(components.map((c) => [c.path, c]));
  const add = (c: Component | undefined, cov: Coverage): void => {
    if (!c) return;
    if (c.declaredBy.some((d) => d.by === cov.by && d.file === cov.file && d.agent === cov.agent)) return;
    c.declaredBy.push(cov);
  };
  const owner = (file: string): Component | undefined => {
    const d = nearest(dirs, dirOf(file));
    return d === undefined ? undefined : byPath.get(d);
  };
  for (const decl of declarations) {
    const agent = decl.agent !== undefined ? { agent: decl.agent } : {};
    // a manifest in the component's folder
    add(owner(decl.file), { by: "manifest", file: decl.file, ...agent });
    // code: globs
    // a glob over the wildcard bounds is reported by validation (AP-SCHEMA-001) and never compiled
    const globs = strings(decl.code)
      .map((g) => fromManifest(decl.file, g, escapeGlob))
      .filter((g) => globCostProblem(g) === undefined);
    if (globs.length > 0) {
      const match = picomatch()(globs, { dot: true });
      for (const c of components) {
        const paths = [c.path, `${c.path}/`, ...c.files, ...c.evidence.map((e) => e.file)];
        const hit = paths.find((p) => p !== "" && p !== "/" && match(p.replace(/^\//, "")));
        if (hit !== undefined || (c.path === "" && globs.some((g) => g === "**" || g === "**/*"))) {
          add(c, { by: "code", manifest: decl.file, file: hit ?? c.path, ...agent });
        }
      }
    }
    // sources: links to native configs inside the component
    for (const s of strings(decl.sources)) {
      const target = fromManifest(decl.file, s);
      add(owner(target), { by: "sources", manifest: decl.file, file: target, ...agent });
    }
  }
  for (const n of natives)
    add(owner(n.file), { by: "native", file: n.file, ...(n.agent ? { agent: n.agent } : {}) });
}
