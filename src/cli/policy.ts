// Which policy a CLI run is judged by. Without --base: the config (and packs) of the working tree. With
// --base REF: by default the config and packs as they are at REF, so a branch that adds a waiver for its
// own violation is still judged by the policy it would be merged into; --policy-source head opts out.
// Either way, with --base the edits to the policy are listed.
import { gitBaseReader, resolveRef, type BaseReader } from "../diff/base.js";
import { UsageError } from "../errors.js";
import { loadActivePolicy, type ActivePolicy } from "../policy/active.js";
import { policyChanges, type PolicyChange } from "../policy/changes.js";
import { PolicyError } from "../policy/errors.js";
import { basePolicyFiles, diskPolicyFiles } from "../policy/policy-files.js";
import { oneOf } from "./options.js";

export const POLICY_SOURCES = ["base", "head"] as const;
export type PolicySource = (typeof POLICY_SOURCES)[number];

export interface CliPolicy {
  active: ActivePolicy;
  /** Only with --base. */
  base?: { ref: string; reader: BaseReader; source: PolicySource; changes: PolicyChange[] };
}

export interface CliPolicyOptions {
  root: string;
  config?: string;
  base?: string;
  policySource?: string;
}

export async function loadCliPolicy(opts: CliPolicyOptions): Promise<CliPolicy> {
  if (opts.policySource !== undefined && opts.base === undefined) {
    throw new UsageError(
      "--policy-source needs --base: without a base there is only the working tree's policy",
    );
  }
  const source = oneOf<PolicySource>("policy-source", opts.policySource, POLICY_SOURCES, "base");
  const head = await loadActivePolicy(diskPolicyFiles(opts.root), { root: opts.root, config: opts.config });
  if (opts.base === undefined) return { active: head };

  const reader = await gitBaseReader(opts.root, await resolveRef(opts.root, opts.base));
  let atBase: ActivePolicy;
  try {
    atBase = await loadActivePolicy(basePolicyFiles(reader, opts.root), {
      root: opts.root,
      config: opts.config,
    });
  } catch (e) {
    // Judged by the head policy, a broken base policy is only worth a line in the list of changes.
    if (source === "head" && e instanceof PolicyError) {
      const change: PolicyChange = {
        kind: "base-policy-invalid",
        text: `the policy at the base could not be loaded, so the changes to it cannot be listed: ${e.message}`,
        mayWeaken: true,
      };
      return { active: head, base: { ref: opts.base, reader, source, changes: [change] } };
    }
    throw e;
  }
  return {
    active: source === "base" ? atBase : head,
    base: { ref: opts.base, reader, source, changes: policyChanges(atBase, head) },
  };
}
