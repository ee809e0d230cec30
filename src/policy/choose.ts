// Which policy judges a run that has a base (a pull request, or the CLI's --base). By default the
// config and packs as they are at the base, so a change that adds a waiver for its own violation is
// still judged by the policy it would be merged into; `head` opts out. Either way, the edits to the
// policy are listed for a reviewer to approve knowingly. The CLI and the action share this.
import type { BaseReader } from "../diff/base.js";
import { loadActivePolicy, type ActivePolicy } from "./active.js";
import { policyChanges, type PolicyChange } from "./changes.js";
import { PolicyError } from "./errors.js";
import { basePolicyFiles, diskPolicyFiles } from "./policy-files.js";
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

export interface ChosenPolicy {
  active: ActivePolicy;
  /** Only with a base: which side judged the run, and what the change does to the policy. */
  source?: PolicySource;
  changes?: PolicyChange[];
}

export interface ChoosePolicyOptions {
  root: string;
  /** A named config file (--config, the action's `config` input). */
  config?: string;
  source: PolicySource;
  /** The base, when there is one. */
  reader?: BaseReader;
}

export async function choosePolicy(opts: ChoosePolicyOptions): Promise<ChosenPolicy> {
  const head = await loadActivePolicy(diskPolicyFiles(opts.root), { root: opts.root, config: opts.config });
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
    throw e;
  }
  return {
    active: opts.source === "base" ? atBase : head,
    source: opts.source,
    changes: redactChanges(policyChanges(atBase, head), [atBase, head]),
  };
}
