// loadPolicy: the checks and frameworks of one or more rule folders (the built-in rules/ by default; packs
// later), each folder holding checks/*.yaml and/or frameworks/*.yaml. Every file is parsed once and the
// schemas are compiled once per process; the built-in set is cached, since it cannot change while we run.
import { readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { normaliseParam } from "../engine/params.js";
import { checksFromSource } from "./checks.js";
import { PolicyError } from "./errors.js";
import { frameworkFromSource } from "./frameworks.js";
import { builtinRulesDir } from "./paths.js";
import { loadBuiltinSnapshot } from "./snapshot.js";
import type { CheckDef, FrameworkDef, ParamDef, Policy } from "./types.js";
import { readYamlSource, type YamlSource } from "./yaml-source.js";

let builtinCache: Policy | undefined;

/** Paths in messages: relative to the working directory when inside it. */
export function display(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split("\\").join("/") : abs;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function yamlFiles(dir: string): string[] {
  if (!isDirectory(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => join(dir, f));
  if (files.length > MAX_FILES_PER_FOLDER) {
    throw new PolicyError(display(dir), 1, 1, `more than ${MAX_FILES_PER_FOLDER} policy files in one folder`);
  }
  return files;
}

interface Located<T> {
  def: T;
  /** Where it was read; undefined for the checks of an already loaded policy being extended. */
  src?: YamlSource;
  index: number;
}

function checkParamsAgree(checks: Located<CheckDef>[]): void {
  const first = new Map<string, { def: ParamDef; value: unknown; owner: CheckDef }>();
  for (const { def: check, src, index } of checks) {
    for (const [name, param] of Object.entries(check.params)) {
      const r = normaliseParam(param.type, param.default);
      const value = r.ok ? r.value : undefined;
      const seen = first.get(name);
      if (!seen) {
        first.set(name, { def: param, value, owner: check });
        continue;
      }
      // Config overrides params by name, so one name must mean one thing everywhere.
      if (src && (seen.def.type !== param.type || !isDeepStrictEqual(seen.value, value))) {
        throw src.error(
          ["checks", index, "params", name],
          `check ${check.id}: parameter '${name}' is declared by ${seen.owner.id} with another type or default`,
        );
      }
    }
  }
}

/** The parsed files of one rule folder, however they were read (the disk, or a base commit). */
export interface RuleFolder {
  checks: YamlSource[];
  frameworks: YamlSource[];
}

/** Reads a rule folder from the disk (its checks/*.yaml and frameworks/*.yaml). Throws PolicyError. */
export function readRuleFolder(dir: string): RuleFolder {
  const abs = resolve(dir);
  const checksDir = join(abs, "checks");
  const frameworksDir = join(abs, "frameworks");
  if (!isDirectory(checksDir) && !isDirectory(frameworksDir)) {
    throw new PolicyError(display(abs), 1, 1, "not a rule folder: it has neither checks/ nor frameworks/");
  }
  return {
    checks: yamlFiles(checksDir).map((file) => readYamlSource(file, display(file))),
    frameworks: yamlFiles(frameworksDir).map((file) => readYamlSource(file, display(file))),
  };
}

function loadDirs(dirs: readonly string[]): Policy {
  return loadRuleFolders(dirs.map(readRuleFolder));
}

/** Most checks across the built-in rules and every pack; the built-in set has under a hundred. */
export const MAX_CHECKS = 1_000;
/** Most check files, and most framework files, in one rule folder. */
export const MAX_FILES_PER_FOLDER = 200;

/** A rule folder whose check files have been turned into checks (each check compiled once). */
export interface ParsedRuleFolder {
  checks: { src: YamlSource; defs: CheckDef[] }[];
  frameworks: YamlSource[];
}

/** Parses and compiles the checks of a rule folder. Throws PolicyError at the first malformed check. */
export function parseRuleFolder(folder: RuleFolder): ParsedRuleFolder {
  return {
    checks: folder.checks.map((src) => ({ src, defs: checksFromSource(src) })),
    frameworks: folder.frameworks,
  };
}

/**
 * Checks and frameworks of rule folders already parsed, in order, added to `base` (an already loaded
 * policy, e.g. the built-in one that packs extend; nothing by default): ids must be unique across all of
 * them and every control may name any of their checks. Throws PolicyError.
 */
export function extendPolicy(base: Policy | undefined, folders: readonly ParsedRuleFolder[]): Policy {
  const checks: Located<CheckDef>[] = (base?.checks ?? []).map((def, index) => ({ def, index }));
  const frameworkSources: YamlSource[] = [];
  for (const folder of folders) {
    for (const { src, defs } of folder.checks) {
      if (checks.length + defs.length > MAX_CHECKS) {
        throw src.error(
          ["checks", Math.max(0, MAX_CHECKS - checks.length)],
          `more than ${MAX_CHECKS} checks in the policy (the built-in rules and every pack together)`,
        );
      }
      defs.forEach((def, index) => checks.push({ def, src, index }));
    }
    frameworkSources.push(...folder.frameworks);
  }

  const byId = new Map<string, Located<CheckDef>>();
  for (const located of checks) {
    const earlier = byId.get(located.def.id);
    if (earlier && located.src) {
      const at = earlier.def.source;
      throw located.src.error(
        ["checks", located.index, "id"],
        `duplicate check id ${located.def.id} (first defined at ${at?.file}:${at?.line}:${at?.column})`,
      );
    }
    byId.set(located.def.id, located);
  }
  checkParamsAgree(checks);

  const known = new Set(byId.keys());
  const frameworks: FrameworkDef[] = [...(base?.frameworks ?? [])];
  for (const src of frameworkSources) {
    const fw = frameworkFromSource(src, known);
    const clash = frameworks.find((f) => f.id === fw.id);
    if (clash) {
      throw src.error(["id"], `duplicate framework id '${fw.id}' (also in ${clash.source?.file})`);
    }
    frameworks.push(fw);
  }
  return { checks: checks.map((c) => c.def), frameworks };
}

/** Checks and frameworks of rule folders read but not yet parsed, in order. Throws PolicyError. */
export function loadRuleFolders(folders: readonly RuleFolder[]): Policy {
  return extendPolicy(undefined, folders.map(parseRuleFolder));
}

/**
 * Loads checks and frameworks from rule folders: by default the built-in rules/, otherwise exactly the
 * folders given (pass builtinRulesDir() first to extend the built-in set with packs). Throws PolicyError
 * naming file, line and column for anything malformed.
 */
export function loadPolicy(dirs?: string[]): Policy {
  if (dirs === undefined) {
    // the build's snapshot of the built-in rules when they are unchanged (snapshot.ts), else the files
    builtinCache ??= loadBuiltinSnapshot(builtinRulesDir(), display) ?? loadDirs([builtinRulesDir()]);
    return builtinCache;
  }
  return loadDirs(dirs);
}
