// Checking one tree of agents: gather the agents from every source, then evaluate them and assemble
// the report in named stages (plan → evaluate → assemble findings → apply policy → summarise). It never
// prints and never exits. The pipeline above it (src/pipeline/) runs it for the head and the base.
import { discover } from "./manifest/discover.js";
import { loadFiles } from "./manifest/parallel.js";
import type { LoadedAgents } from "./manifest/load-texts.js";
import type { NormalisedAgent } from "./manifest/types.js";
import type { ActivePolicy } from "./policy/active.js";
import { controlsForCheck } from "./policy/frameworks.js";
import type { CheckDef, FrameworkDef } from "./policy/types.js";
import { evaluate } from "./engine/evaluate.js";
import { makeRedactor } from "./engine/redact.js";
import { pathSecrets } from "./manifest/secrets.js";
import { compareErrors, compareFindings } from "./report/sort.js";
import { ruleHelpUri, type FailOn, type FileError, type Report, type RuleMeta } from "./report/model.js";
import { planChecks, type CheckPlan } from "./check/plan.js";
import { assembleFindings } from "./check/findings.js";
import { applyPolicy } from "./check/apply-policy.js";
import { summarise } from "./check/summarise.js";

// Kept for callers written before the texts loader moved beside the parser; new code imports it from
// manifest/load-texts.js.
export { loadTexts, type LoadedAgents, type SourceText } from "./manifest/load-texts.js";

export interface CheckOptions {
  /** Scan root: report paths are relative to it. */
  root: string;
  /** Files, folders or globs; empty = the root. */
  paths: string[];
  include?: string[];
  exclude?: string[];
  /** Framework ids to report on (and to limit findings to); empty/undefined = all loaded frameworks. */
  frameworks?: string[];
  failOn: FailOn;
  maxFileSize: number;
  params?: Record<string, unknown>;
  /** Clock for date checks (review dates, waiver expiry); injectable for tests. */
  now?: number;
  /**
   * The repository's policy (config, waivers, packs) from loadActivePolicy; undefined = the built-in
   * checks with no config. Build options from it with checkOptionsFor (src/pipeline/options.ts).
   */
  policy?: ActivePolicy;
}

/** What evaluating needs once the agents are loaded. */
export type EvaluationOptions = Omit<CheckOptions, "root" | "paths" | "maxFileSize">;

export interface CheckResult {
  report: Report;
  rules: RuleMeta[];
  /** The normalised agents, for later stages (inventory, diff) that need more than findings. */
  agents: NormalisedAgent[];
}

export function ruleMetaOf(check: CheckDef, frameworks: FrameworkDef[]): RuleMeta {
  return {
    id: check.id,
    title: check.title,
    severity: check.severity,
    description: check.description,
    remediation: check.remediation,
    helpUri: ruleHelpUri(check.id),
    waivable: check.waivable,
    controls: controlsForCheck(check.id, frameworks),
  };
}

/**
 * Every source of agents in the working tree. Today: the manifests discovery finds. A new source
 * (native configs, discovered components) reads its files here and appends its agents and errors,
 * so the engine and everything after it see one list.
 */
export async function loadAgents(opts: CheckOptions): Promise<LoadedAgents> {
  const found = await discover({
    root: opts.root,
    paths: opts.paths,
    include: opts.include,
    exclude: opts.exclude,
  });
  // Read, parse and normalise on every core once there are enough files to pay for the workers.
  const loaded = await loadFiles(found.files, { maxFileSize: opts.maxFileSize });
  return { agents: loaded.agents, errors: [...found.errors, ...loaded.errors], files: found.files.length };
}

export async function runCheck(opts: CheckOptions): Promise<CheckResult> {
  // A usage error (an unknown framework) is reported before any file is read.
  planChecks(opts);
  return checkAgents(await loadAgents(opts), opts);
}

/** Evaluate loaded agents and assemble the report (everything after reading files). */
export function checkAgents(loaded: LoadedAgents, opts: EvaluationOptions): CheckResult {
  const plan = planChecks(opts);
  const { agents, files } = loaded;
  const now = opts.now ?? Date.now();
  const evaluation = evaluate(agents, plan.checks, {
    params: opts.params,
    now,
    severityOverrides: plan.overrides.severity,
    disabled: plan.overrides.disabled,
  });
  const scrub = redactorFor(loaded, plan);
  const assembled = assembleFindings(agents, evaluation, plan, scrub);
  const judged = applyPolicy(assembled.findings, plan, { agents, now, scrub });
  const findings = judged.findings.sort(compareFindings);
  const errors: FileError[] = [
    ...loaded.errors.map((e) => ({ ...e, file: scrub(e.file), message: scrub(e.message) })),
    ...judged.errors,
    ...evaluation.errors.map((e) => ({
      file: scrub(agents[e.agentIndex]?.doc.file ?? ""),
      line: 1,
      column: 1,
      message: scrub(`check ${e.ruleId} could not be evaluated: ${e.message}`),
    })),
  ].sort(compareErrors);
  const report = summarise({
    agents,
    files,
    findings,
    errors,
    findingAgents: assembled.findingAgents,
    applied: evaluation.applied,
    plan,
    failOn: opts.failOn,
  });
  return { report, rules: plan.checks.map((c) => ruleMetaOf(c, plan.frameworks)), agents };
}

/** Secrets the documents hold, the config's, and those in the names of files that could not be read. */
function redactorFor(loaded: LoadedAgents, plan: CheckPlan): (text: string) => string {
  return makeRedactor([
    ...loaded.agents.flatMap((a) => a.redact),
    ...(plan.config?.redact ?? []),
    ...new Set(loaded.errors.flatMap((e) => pathSecrets(e.file))),
  ]);
}
