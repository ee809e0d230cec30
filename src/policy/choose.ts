// Which policy judges a run that has a base (a pull request, or the CLI's --base). By default the
// config and packs as they are at the base, so a change that adds a waiver for its own violation is
// still judged by the policy it would be merged into; `head` opts out. Either way, the edits to the
// policy are listed for a reviewer to approve knowingly. The CLI and the action share this.
//
// Fail closed: when the base policy should judge but cannot be read (the API failed after its retries,
// a rate limit, a token without contents: read, a base commit missing from a shallow checkout), the
// run is never judged by the head's policy, which the change under review controls. The caller either
// gets an error, or (`unreadableBase: "defaults"`) the built-in defaults, marked as such, for it to say
// so and fail the run unless the workflow opted in to the defaults. This decision sits here, above any
// transport: however the base is read, a failure to read it ends up in this function.
import type { BaseReader } from "../diff/base.js";
import { loadActivePolicy, type ActivePolicy } from "./active.js";
import { policyChanges, type PolicyChange } from "./changes.js";
import { PolicyError } from "./errors.js";
import { basePolicyFiles, diskPolicyFiles, memoryPolicyFiles } from "./policy-files.js";
import { UsageError } from "../errors.js";
import { makeRedactor } from "../engine/redact.js";
import { scanString } from "../manifest/secrets.js";

/**
 * The changes with every secret either policy holds redacted: config strings are quoted as written
 * (a waiver reason, a parameter), and so are pack and file names and error messages.
 */
function redactChanges(changes: PolicyChange[], policies: ActivePolicy[]): PolicyChange[] {
  const known = policies.flatMap((p) => p.config?.redact ?? []);
  const found = changes.flatMap((c) => scanString(c.text).map(([, v]) => v));
  const scrub = makeRedactor([...known, ...found]);
  return changes.map((c) => ({ ...c, text: scrub(c.text) }));
}

export const POLICY_SOURCES = ["base", "head"] as const;
export type PolicySource = (typeof POLICY_SOURCES)[number];
/** What judged a run: the base's policy, the head's, or (the base unreadable) the built-in defaults. */
export type JudgedBy = PolicySource | "defaults";

export interface ChosenPolicy {
  active: ActivePolicy;
  /** Only with a base: which side judged the run, and what the change does to the policy. */
  source?: JudgedBy;
  changes?: PolicyChange[];
  /** Why the base policy could not be read; set exactly when source is "defaults". */
  baseUnreadable?: string;
}

export interface ChoosePolicyOptions {
  root: string;
  /** A named config file (--config, the action's `config` input). */
  config?: string;
  source: PolicySource;
  /** The base, when there is one. */
  reader?: BaseReader;
  /**
   * There is a base, but no reader could be made for it: why. With source base the run is then judged
   * as `unreadableBase` says, never by the head's policy.
   */
  baseError?: string;
  /**
   * When the base policy cannot be read: "throw" (default; the CLI, where a git failure is a usage
   * error) or "defaults" (the action: the built-in defaults, reported as such).
   */
  unreadableBase?: "throw" | "defaults";
}

/** A failure to read the base, as opposed to a base policy that was read and is invalid. */
function isReadFailure(e: unknown): boolean {
  return !(e instanceof PolicyError) && !(e instanceof UsageError);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The built-in checks and frameworks with no config, waivers or packs. */
export async function builtinDefaults(root: string): Promise<ActivePolicy> {
  return loadActivePolicy(memoryPolicyFiles({}, "the built-in defaults"), { root });
}

async function judgedByDefaults(opts: ChoosePolicyOptions, why: string): Promise<ChosenPolicy> {
  if (opts.unreadableBase !== "defaults") throw new UsageError(`cannot read the base policy: ${why}`);
  return { active: await builtinDefaults(opts.root), source: "defaults", changes: [], baseUnreadable: why };
}

export async function choosePolicy(opts: ChoosePolicyOptions): Promise<ChosenPolicy> {
  if (opts.baseError !== undefined && opts.source === "base") return judgedByDefaults(opts, opts.baseError);
  let head: ActivePolicy;
  try {
    head = await loadActivePolicy(diskPolicyFiles(opts.root), { root: opts.root, config: opts.config });
  } catch (e) {
    // Judged by the base policy, a policy the change breaks is only worth a line in the list of changes.
    if (!(opts.reader && opts.source === "base" && e instanceof PolicyError)) throw e;
    const atBase = await baseOrDefaults({ ...opts, reader: opts.reader });
    if ("chosen" in atBase) return atBase.chosen;
    const change: PolicyChange = {
      kind: "head-policy-invalid",
      text: `the policy as changed could not be loaded, so the changes to it cannot be listed: ${e.message}`,
      mayWeaken: true,
    };
    return { active: atBase.active, source: "base", changes: redactChanges([change], [atBase.active]) };
  }
  if (!opts.reader) return { active: head };
  let atBase: ActivePolicy;
  try {
    atBase = await loadActivePolicy(basePolicyFiles(opts.reader, opts.root), {
      root: opts.root,
      config: opts.config,
    });
  } catch (e) {
    // Judged by the head policy, a broken base policy is only worth a line in the list of changes.
    if (opts.source === "head" && e instanceof PolicyError) {
      const change: PolicyChange = {
        kind: "base-policy-invalid",
        text: `the policy at the base could not be loaded, so the changes to it cannot be listed: ${e.message}`,
        mayWeaken: true,
      };
      return { active: head, source: "head", changes: redactChanges([change], [head]) };
    }
    if (opts.source === "base" && isReadFailure(e)) return judgedByDefaults(opts, messageOf(e));
    throw e;
  }
  return {
    active: opts.source === "base" ? atBase : head,
    source: opts.source,
    changes: redactChanges(policyChanges(atBase, head), [atBase, head]),
  };
}

/** The base policy, or (the base unreadable) what judgedByDefaults decides. */
async function baseOrDefaults(
  opts: ChoosePolicyOptions & { reader: BaseReader },
): Promise<{ active: ActivePolicy } | { chosen: ChosenPolicy }> {
  try {
    return {
      active: await loadActivePolicy(basePolicyFiles(opts.reader, opts.root), {
        root: opts.root,
        config: opts.config,
      }),
    };
  } catch (e) {
    if (isReadFailure(e)) return { chosen: await judgedByDefaults(opts, messageOf(e)) };
    throw e;
  }
}
