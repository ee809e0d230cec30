// Checking one tree of agents: gather the agents from every source, then evaluate them and assemble
// the report in named stages (plan → evaluate → assemble findings → apply policy → summarise). It never
// prints and never exits. The pipeline above it (src/pipeline/) runs it for the head and the base.
import { discover } from "./manifest/discover.js";
import { loadFiles } from "./manifest/parallel.js";
import { readSource } from "./manifest/read.js";
import type { LoadedAgents } from "./sources/texts.js";
import { isNativeFile, loadNative } from "./sources/load.js";
import { readSourcesAndOwners } from "./sources/disk.js";
import { discoverCode, type CodeDiscovery } from "./discovery/run.js";
import { shadowReportFindings } from "./discovery/report-findings.js";
import { componentRows } from "./discovery/rows.js";
import type { AgentRef, NormalisedAgent } from "./manifest/types.js";
import type { ActivePolicy } from "./policy/active.js";
import { controlsForCheck } from "./policy/frameworks.js";
import type { CheckDef, FrameworkDef } from "./policy/types.js";
import { evaluator } from "./engine/evaluate.js";
import { applyScopes, scopeCatalogsOf } from "./scopes/apply.js";
import { makeRedactor } from "./engine/redact.js";
import { forgetInterned } from "./manifest/tree.js";
import { pathSecrets } from "./manifest/secrets.js";
import { compareErrors, compareFindings } from "./report/sort.js";
import { ruleHelpUri, type FailOn, type FileError, type Report, type RuleMeta } from "./report/model.js";
import { planChecks, type CheckPlan } from "./check/plan.js";
import { findingAssembler } from "./check/findings.js";
import { applyPolicy } from "./check/apply-policy.js";
import { summarise } from "./check/summarise.js";
import { focusErrors, focusFindings, focusOn } from "./check/focus.js";
import { coverageAgentsOf } from "./check/scopes.js";
import { makeCiter } from "./report/citations.js";
import { inventoryRow, inventoryScrub, type InventoryRow } from "./report/inventory.js";

/** The agents of a tree, and (on disk) the code discovery found over the same walk. */
export interface LoadedTree extends LoadedAgents {
  /** Shadow-agent discovery (absent when it did not run: `discovery.code: false`). */
  code?: CodeDiscovery;
  /** The native agent configs read (report paths), those that declare no agent included. */
  nativeFiles?: string[];
  /** Every file the walk listed (paths from the scan root), which code discovery selected from. */
  listing?: string[];
}

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
  /**
   * Report on these files only (report paths), though every agent loaded is evaluated: `check FILE...`
   * loads the whole repository so that checks across manifests (a name, an identity or a secret that
   * two agents share) still see the others. Findings whose location or related locations are in these
   * files, their agents, and the config problems about their agents are reported; undefined = everything.
   */
  focus?: readonly string[];
  /**
   * Keep only what the report needs: each agent's data, positions and findings are let go as soon as its
   * findings are assembled, and the result holds no agents (CheckResult.agents is empty). For a shell
   * that delivers the report alone; the inventory's bill of materials and the comparison with a base
   * read the agents.
   */
  lean?: boolean;
}

/** What evaluating needs once the agents are loaded. */
export type EvaluationOptions = Omit<CheckOptions, "root" | "paths" | "maxFileSize">;

export interface CheckResult {
  report: Report;
  rules: RuleMeta[];
  /** The normalised agents reported on, for later stages (inventory, diff); none for a lean check. */
  agents: NormalisedAgent[];
  /** The file of each agent reported on (report paths), lean or not. */
  agentFiles: string[];
  /** The native agent configs read (report paths), those that declare no agent included. */
  nativeFiles?: string[];
  /** Every file the walk listed, for the base check when the base lists only the changed files. */
  listing?: string[];
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
 * Every source of agents in the working tree: the manifests discovery finds, native agent configs,
 * `sources:` overlays and CODEOWNERS, then the code no agent declares (over the same walk). A new
 * source reads its files here and appends its agents and errors, so the engine sees one list.
 */
export async function loadAgents(opts: CheckOptions): Promise<LoadedTree> {
  const found = await discover({
    root: opts.root,
    paths: opts.paths,
    include: opts.include,
    exclude: opts.exclude,
  });
  // Native agent configs (src/sources/) are few and small: read here; manifests go to the workers.
  const nativeFiles = found.files.filter((f) => isNativeFile(f.file));
  const manifestFiles = found.files.filter((f) => !isNativeFile(f.file));
  // Read, parse and normalise on every core once there are enough files to pay for the workers.
  const loaded = await loadFiles(manifestFiles, { maxFileSize: opts.maxFileSize });
  const natives: NormalisedAgent[] = [];
  const nativeErrors: FileError[] = [];
  for (const file of nativeFiles) {
    const read = await readSource(file, { maxFileSize: opts.maxFileSize });
    if ("error" in read) {
      nativeErrors.push(read.error);
      continue;
    }
    const native = loadNative(file.file, read.text);
    natives.push(...(native?.agents ?? []));
    nativeErrors.push(...(native?.errors ?? []));
  }
  // `sources:` outside the scanned paths are read too; CODEOWNERS names owners of last resort
  const extra = await readSourcesAndOwners(opts.root, [...loaded.agents, ...natives], found.files, {
    maxFileSize: opts.maxFileSize,
  });
  const result: LoadedTree = {
    agents: extra.agents,
    errors: [...found.errors, ...loaded.errors, ...nativeErrors, ...extra.errors],
    files: found.files.length,
    nativeFiles: nativeFiles.map((f) => f.file),
    listing: found.listing.map((f) => f.file),
  };
  // native configs and manifests alike declare the code in their folders
  if (opts.policy?.config?.settings.discovery?.code !== false) {
    result.code = await discoverCode({
      root: opts.root,
      listing: found.listing,
      agents: extra.agents,
      ...(opts.policy?.policy.discovery ? { catalogs: opts.policy.policy.discovery } : {}),
      maxFileSize: opts.maxFileSize,
      manifests: new Set(found.files.map((f) => f.file)),
    });
  }
  return result;
}

export async function runCheck(opts: CheckOptions): Promise<CheckResult> {
  // A usage error (an unknown framework) is reported before any file is read.
  planChecks(opts);
  return checkAgents(await loadAgents(opts), opts);
}

/**
 * Evaluate loaded agents and assemble the report (everything after reading files). A lean check
 * (CheckOptions.lean) takes the agents out of `loaded`, whose list is left empty.
 */
export function checkAgents(loaded: LoadedTree, opts: EvaluationOptions): CheckResult {
  const plan = planChecks(opts);
  // provider-native scopes become actions, categories and scope facts (manifest v1.1) before anything reads them
  const agents = applyScopes(loaded.agents, () => scopeCatalogsOf(plan.policy));
  const lean = opts.lean === true;
  const scrub = redactorFor(agents, loaded.errors, plan);
  if (lean) {
    loaded.agents = [];
    forgetInterned();
  }
  const { files } = loaded;
  const now = opts.now ?? Date.now();
  // A finding cites the controls that apply to its agent (role, tier, Annex III area).
  const scopes = coverageAgentsOf(agents, { params: opts.params, allById: plan.allById, now, scrub });
  const cite = makeCiter(plan.frameworks);
  const evaluation = evaluator(agents, plan.checks, {
    params: opts.params,
    now,
    severityOverrides: plan.overrides.severity,
    disabled: plan.overrides.disabled,
  });
  const assembler = findingAssembler(plan, scrub, { scopes, cite });
  const rowScrub = inventoryScrub(agents);
  const rows: InventoryRow[] = [];
  // Agent by agent: its findings assembled and its inventory row built while its data is at hand; a lean
  // check then keeps only its file and name, and drops the agent from the list, which held the last
  // reference to it (the live data of a large run is mostly documents and position tables, and what the
  // report keeps of them is a few values each).
  const refs: AgentRef[] = lean ? [] : agents;
  agents.forEach((agent, i) => {
    assembler.add(agent, evaluation.agent(agent, i));
    rows.push(inventoryRow(agent, rowScrub));
    if (!lean) return;
    const { file, docIndex } = agent.doc;
    refs.push({ doc: { file, docIndex }, ...(agent.name !== undefined ? { name: agent.name } : {}) });
    (agents as (NormalisedAgent | undefined)[])[i] = undefined;
  });
  const evaluated = evaluation.result();
  const assembled = assembler.result();
  const focus = opts.focus ? focusOn(opts.focus, refs, plan.config) : undefined;
  // Code no agent declares (AP-SHADOW): findings of the tree, judged by the same waivers. They belong to
  // no agent, so they cite only controls without a scope.
  const shadow = loaded.code
    ? shadowReportFindings(loaded.code.components, {
        checks: plan.byId,
        disabled: plan.overrides.disabled,
        severity: plan.overrides.severity,
        controls: (id) => cite({ ruleId: id, pointer: "" }),
      })
    : [];
  const judged = applyPolicy([...assembled.findings, ...shadow], plan, {
    agents: refs,
    now,
    scrub,
    cite,
    ...(focus ? { concerns: focus.concerns } : {}),
  });
  const ctx = {
    agents: refs,
    findingAgents: assembled.findingAgents,
    ...(plan.config ? { config: plan.config } : {}),
  };
  const findings = (focus ? focusFindings(judged.findings, focus, ctx) : judged.findings).sort(
    compareFindings,
  );
  const allErrors: FileError[] = [
    ...[...loaded.errors, ...(loaded.code?.errors ?? [])].map((e) => ({
      ...e,
      file: scrub(e.file),
      message: scrub(e.message),
    })),
    ...judged.errors,
    ...evaluated.errors.map((e) => ({
      file: scrub(refs[e.agentIndex]?.doc.file ?? ""),
      line: 1,
      column: 1,
      message: scrub(`check ${e.ruleId} could not be evaluated: ${e.message}`),
    })),
  ];
  const errors = (focus ? focusErrors(allErrors, focus, plan.config) : allErrors).sort(compareErrors);
  const shown = focus ? focus.agents : refs;
  const report = summarise({
    agents: refs,
    shown,
    rows,
    rowScrub,
    files: focus ? focus.files.size : files,
    findings,
    errors,
    findingAgents: assembled.findingAgents,
    applied: evaluated.applied,
    appliedTo: evaluated.appliedTo,
    scopes,
    plan,
    failOn: opts.failOn,
    ...(opts.policy ? { policy: opts.policy } : {}),
    ...(opts.params ? { params: opts.params } : {}),
  });
  if (loaded.code) {
    // agent code in the focus: a component one of whose files is named
    const components = focus
      ? loaded.code.components.filter(
          (c) => c.files.some((f) => focus.files.has(f)) || c.evidence.some((e) => focus.files.has(e.file)),
        )
      : loaded.code.components;
    report.components = componentRows(components, findings);
  }
  return {
    report,
    rules: plan.checks.map((c) => ruleMetaOf(c, plan.frameworks)),
    agents: lean ? [] : focus ? agents.filter((a) => focus.files.has(a.doc.file)) : agents,
    agentFiles: shown.map((a) => a.doc.file),
    ...(loaded.nativeFiles ? { nativeFiles: loaded.nativeFiles } : {}),
    ...(loaded.listing ? { listing: loaded.listing } : {}),
  };
}

/** Secrets the documents hold, the config's, and those in the names of files that could not be read. */
function redactorFor(
  agents: readonly NormalisedAgent[],
  errors: readonly FileError[],
  plan: CheckPlan,
): (text: string) => string {
  return makeRedactor([
    ...agents.flatMap((a) => a.redact),
    ...(plan.config?.redact ?? []),
    ...new Set(errors.flatMap((e) => pathSecrets(e.file))),
  ]);
}
