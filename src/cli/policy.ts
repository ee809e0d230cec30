// Which policy a CLI run is judged by: the working tree's config and packs, or with --base REF the
// ones at REF (see policy/choose.ts); --policy-source head opts out.
import { gitBaseReader, resolveRef, type BaseReader } from "../diff/base.js";
import { UsageError } from "../errors.js";
import type { ActivePolicy } from "../policy/active.js";
import type { PolicyChange } from "../policy/changes.js";
import { choosePolicy, POLICY_SOURCES, type PolicySource } from "../policy/choose.js";
import { oneOf } from "./options.js";

export { POLICY_SOURCES, type PolicySource };

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
  const reader =
    opts.base === undefined
      ? undefined
      : await gitBaseReader(opts.root, await resolveRef(opts.root, opts.base));
  const chosen = await choosePolicy({
    root: opts.root,
    ...(opts.config !== undefined ? { config: opts.config } : {}),
    source,
    ...(reader ? { reader } : {}),
  });
  if (!reader || opts.base === undefined) return { active: chosen.active };
  return {
    active: chosen.active,
    // the CLI never judges by the defaults: an unreadable base is a usage error (choosePolicy throws)
    base: { ref: opts.base, reader, source, changes: chosen.changes ?? [] },
  };
}
