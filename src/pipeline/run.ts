// The one core function the CLI and the action call: from what the shell gathered to a report and its
// rules. It never prints and never exits; delivery belongs to the shells. Stages, in order:
//
//   1. choose the policy  (the working tree's, or with a base the one at the base: policy/choose.ts)
//   2. options            (the config's settings under the shell's explicit ones: options.ts)
//   3. check the head     (every source of agents → engine → report: src/check.ts, loadAgents)
//   4. check the base     (the same discovery, policy and engine over the base commit: base.ts)
//   5. compare            (new / fixed / unchanged findings, access changes: diff/compare.ts)
//   6. attach the policy changes a reviewer must see
//   7. gate               (pass or fail: gate.ts)
//
// A new source of agents plugs into stage 3 (and, to be compared, into the base loader of stage 4);
// a new way of deciding pass/fail plugs into stage 7.
import { runCheck, type CheckOptions } from "../check.js";
import type { BaseReader } from "../diff/base.js";
import { DEFAULT_DIFF_OPTIONS, type DiffOptions } from "../diff/changes.js";
import { compareWithBase } from "../diff/compare.js";
import { resolveParams } from "../engine/params.js";
import type { NormalisedAgent } from "../manifest/types.js";
import { choosePolicy, type ChosenPolicy, type PolicySource } from "../policy/choose.js";
import type { Report, RuleMeta } from "../report/model.js";
import { checkBase } from "./base.js";
import { gate } from "./gate.js";
import type { FailScope } from "../report/gate.js";
import { checkOptionsFor, type ShellOptions } from "./options.js";

/**
 * The base a run is compared with (a pull request's base, `check --base REF`): its reader, or why none
 * could be made (the API failed, a shallow checkout lacks the commit).
 */
export type PipelineBase = PipelineBaseTarget & ({ reader: BaseReader } | { error: string });

interface PipelineBaseTarget {
  /** What the user named (a branch, a tag, a SHA); the reader knows the commit. */
  ref: string;
  /** Which side's policy judges the run: the base's (tamper-proof, the default) or the head's. */
  policySource: PolicySource;
}

export interface PipelineRequest extends ShellOptions {
  /** A named config file (--config, the action's `config` input), relative to the root or absolute. */
  config?: string;
  base?: PipelineBase;
  /**
   * When the base policy should judge but cannot be read. Never the head's policy (the change under
   * review controls it): "throw" (the default; the CLI, where it is a usage error), "fail" (judge by
   * the built-in defaults, say so, and fail the run) or "defaults" (judge by them without failing).
   */
  unreadableBase?: "throw" | "fail" | "defaults";
  /** Which findings decide pass or fail, as the shell was told (--fail-scope, the action's input). */
  failScope?: FailScope;
  /** The scope when neither the shell nor the config names one (the action: `new` on pull requests). */
  defaultFailScope?: FailScope;
  /**
   * The shell delivers the report alone and needs no agents (PipelineResult.agents): the head is checked
   * lean (CheckOptions.lean) unless it is compared with a base, whose comparison reads the agents.
   */
  reportOnly?: boolean;
}

export interface PipelineResult {
  report: Report;
  /** The native agent configs read (report paths), those that declare no agent included. */
  nativeFiles?: string[];
  rules: RuleMeta[];
  /** The head's normalised agents (none when the request was `reportOnly` and had no base to compare). */
  agents: NormalisedAgent[];
  /** The file of each of the head's agents. */
  agentFiles: string[];
  /** The options the run was checked with (after the config's settings). */
  options: CheckOptions;
  /** The policy that judged the run, and with a base which side it came from and what changed in it. */
  policy: ChosenPolicy;
}

/** What the comparison needs from the policy: the configured credential types held to be static. */
function diffOptions(policy: ChosenPolicy, options: CheckOptions): DiffOptions {
  const resolved = resolveParams(policy.active.policy.checks, options.params);
  const types = resolved.get("static_credential_types");
  return Array.isArray(types) && types.every((t) => typeof t === "string")
    ? { staticCredentialTypes: types }
    : DEFAULT_DIFF_OPTIONS;
}

export async function runPipeline(req: PipelineRequest): Promise<PipelineResult> {
  const { base } = req;
  const unreadable = req.unreadableBase ?? "throw";
  const policy = await choosePolicy({
    root: req.root,
    ...(req.config !== undefined ? { config: req.config } : {}),
    source: base?.policySource ?? "head",
    ...(base && "reader" in base ? { reader: base.reader } : {}),
    ...(base && "error" in base ? { baseError: base.error } : {}),
    unreadableBase: unreadable === "throw" ? "throw" : "defaults",
  });
  const judgedByDefaults = policy.source === "defaults";
  const options = checkOptionsFor(policy.active, req);
  const compared = base !== undefined && "reader" in base && !judgedByDefaults;
  const head = await runCheck(req.reportOnly === true && !compared ? { ...options, lean: true } : options);
  let report = head.report;
  // Judged by the defaults, the base is unreadable: there is nothing to compare with.
  if (compared) {
    const atBase = await checkBase(head, base.reader, options);
    report = compareWithBase(
      head,
      atBase,
      { ref: base.ref, sha: base.reader.sha },
      diffOptions(policy, options),
    );
  }
  // With a base, the report says which policy judged the run and what the change does to it.
  if (policy.source) {
    report = {
      ...report,
      policySource: policy.source,
      policyChanges: policy.changes ?? [],
      ...(judgedByDefaults ? { baseUnreadable: policy.baseUnreadable ?? "unknown reason" } : {}),
    };
  }
  const settings = policy.active.config?.settings;
  report = gate(report, {
    failScope: req.failScope ?? settings?.fail_scope ?? req.defaultFailScope ?? "all",
    ...(settings?.fail_on_escalation !== undefined ? { failOnEscalation: settings.fail_on_escalation } : {}),
    failClosed: judgedByDefaults && unreadable === "fail",
  });
  return {
    report,
    rules: head.rules,
    agents: head.agents,
    agentFiles: head.agentFiles,
    ...(head.nativeFiles ? { nativeFiles: head.nativeFiles } : {}),
    options,
    policy,
  };
}
