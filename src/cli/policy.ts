// The base a CLI run is compared with: --base REF resolved by git in the scan root, and which side's
// policy judges it (--policy-source, default the base's; see policy/choose.ts).
import { gitBaseReader, resolveRef } from "../diff/base.js";
import { UsageError } from "../errors.js";
import { POLICY_SOURCES, type PolicySource } from "../policy/choose.js";
import type { PipelineBase } from "../pipeline/run.js";
import { oneOf } from "./options.js";

export interface CliBaseOptions {
  root: string;
  base?: string;
  policySource?: string;
}

export async function cliBase(opts: CliBaseOptions): Promise<PipelineBase | undefined> {
  if (opts.policySource !== undefined && opts.base === undefined) {
    throw new UsageError(
      "--policy-source needs --base: without a base there is only the working tree's policy",
    );
  }
  const policySource = oneOf<PolicySource>("policy-source", opts.policySource, POLICY_SOURCES, "base");
  if (opts.base === undefined) return undefined;
  const reader = await gitBaseReader(opts.root, await resolveRef(opts.root, opts.base));
  return { reader, ref: opts.base, policySource };
}
