// The policy a run is judged by: built-in checks, the config and its packs, all read from one place (the
// working tree, or a base commit so that a pull request cannot weaken the policy that judges it).
import { resolve } from "node:path";
import { checkConfigAgainstPolicy, findConfig, parseConfig, type LoadedConfig } from "./config.js";
import { PolicyError } from "./errors.js";
import { loadPacks } from "./packs.js";
import { rootRelative, type PolicyFiles } from "./policy-files.js";
import type { Policy } from "./types.js";

export interface ActivePolicy {
  /** Where config and packs were read: "the working tree", "the base commit …". */
  origin: string;
  /** The base commit, when read from one. */
  sha?: string;
  /** Built-in checks and frameworks plus the packs'. */
  policy: Policy;
  /** The config file; undefined when there is none (built-in defaults apply). */
  config?: LoadedConfig;
  /** Pack files read: path relative to the scan root → text. */
  packFiles: ReadonlyMap<string, string>;
}

export interface PolicyLoadOptions {
  /** Scan root. */
  root: string;
  /** --config / the action's `config` input: relative to the scan root, or absolute. */
  config?: string;
}

/**
 * Finds, parses and validates the config, then loads its packs and checks the config against them.
 * Throws PolicyError (file, line, column) or UsageError; read from a base commit, messages say so.
 */
export async function loadActivePolicy(files: PolicyFiles, opts: PolicyLoadOptions): Promise<ActivePolicy> {
  const explicit =
    opts.config === undefined ? undefined : rootRelative(opts.root, resolve(opts.root, opts.config));
  try {
    const found = await findConfig(files, explicit);
    const config = found ? parseConfig(found.text, found.file) : undefined;
    const packs = await loadPacks(files, config);
    if (config) checkConfigAgainstPolicy(config, packs.policy);
    return {
      origin: files.origin,
      ...(files.sha !== undefined ? { sha: files.sha } : {}),
      policy: packs.policy,
      ...(config ? { config } : {}),
      packFiles: packs.files,
    };
  } catch (e) {
    if (e instanceof PolicyError && files.sha !== undefined) {
      throw new PolicyError(e.file, e.line, e.column, `${e.reason} (in ${files.origin})`);
    }
    throw e;
  }
}
