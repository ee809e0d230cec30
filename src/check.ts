// The one core function the CLI and the action call: discover → read → parse → normalise →
// evaluate → report. It never prints and never exits; delivery belongs to the shells.
import { discover } from "./manifest/discover.js";
import { loadFiles } from "./manifest/parallel.js";
import { parseSource } from "./manifest/parse.js";
import { normalise } from "./manifest/normalise.js";
import type { AgentDocument, NormalisedAgent } from "./manifest/types.js";
import { loadPolicy } from "./policy/load.js";
import { controlsForCheck } from "./policy/frameworks.js";
import type { ActivePolicy } from "./policy/active.js";
import { checkOverrides } from "./policy/overrides.js";
import { configIssueError, isPolicyCheck, policyFinding } from "./policy/policy-findings.js";
import { applyWaivers } from "./policy/waivers.js";
import type { CheckDef, FrameworkDef } from "./policy/types.js";
import { evaluate } from "./engine/evaluate.js";
import { applyScopes, scopeCatalogsOf } from "./scopes/apply.js";
import { makeRedactor } from "./engine/redact.js";
import { pathSecrets, redactPointer } from "./manifest/secrets.js";
import { fingerprinter } from "./report/fingerprint.js";
import { inventoryRows } from "./report/inventory.js";
import { computeCoverage, type CoverageAgent } from "./report/coverage.js";
import { scopedAgentOf } from "./report/applicability.js";
import { makeCiter } from "./report/citations.js";
import { policyRecord } from "./policy/record.js";
import { complianceEvidence } from "./manifest/compliance.js";
import { parseDuration } from "./manifest/duration.js";
import { compareErrors, compareFindings } from "./report/sort.js";
import {
  emptyCounts,
  reaches,
  ruleHelpUri,
  severityRank,
  type FailOn,
  type FileError,
  type Finding,
  type Report,
  type RuleMeta,
} from "./report/model.js";
import { TOOL_VERSION } from "./version.js";
import { loadNative, isNativeFile } from "./sources/load.js";
import { keepsFinding } from "./sources/implicit.js";
import { readSource } from "./manifest/read.js";
import { applySources } from "./sources/overlay.js";
import { readSourcesAndOwners } from "./sources/disk.js";
import { discoverCode, type CodeDiscovery } from "./discovery/run.js";
import { shadowReportFindings } from "./discovery/report-findings.js";
import { componentRows } from "./discovery/rows.js";
import { UsageError } from "./errors.js";

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
   * checks with no config. Build options from it with checkOptionsFor (src/policy/active.ts).
   */
  policy?: ActivePolicy;
}

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

/** The tier, role and Annex III area coverage needs to judge which controls concern an agent. */
function coverageAgent(agent: NormalisedAgent): CoverageAgent {
  return {
    file: agent.doc.file,
    ...(agent.name !== undefined ? { name: agent.name } : {}),
    ...scopedAgentOf(agent.data),
  };
}

function selectFrameworks(all: FrameworkDef[], wanted: string[] | undefined): FrameworkDef[] {
  if (!wanted || wanted.length === 0) return all;
  const unknown = wanted.filter((id) => !all.some((f) => f.id === id));
  if (unknown.length > 0) {
    throw new UsageError(`unknown framework '${unknown[0]}'; known: ${all.map((f) => f.id).join(", ")}`);
  }
  return all.filter((f) => wanted.includes(f.id));
}

/** Files as text, however they were obtained (the disk, or a base commit). */
export interface SourceText {
  file: string;
  text: string;
}

export interface LoadedAgents {
  agents: NormalisedAgent[];
  errors: FileError[];
  files: number;
  /** Shadow-agent discovery over the same walk (absent when it did not run). */
  code?: CodeDiscovery;
}

/** Parse and normalise texts already read; used for the working tree and for a base commit alike. */
export function loadTexts(sources: Iterable<SourceText>, errors: FileError[] = []): LoadedAgents {
  const docs: AgentDocument[] = [];
  let files = 0;
  const natives: NormalisedAgent[] = [];
  for (const { file, text } of sources) {
    files++;
    const native = loadNative(file, text);
    if (native) {
      natives.push(...native.agents);
      errors.push(...native.errors);
      continue;
    }
    const parsed = parseSource(file, text);
    docs.push(...parsed.documents);
    errors.push(...parsed.errors);
  }
  const read = new Set<string>();
  for (const { file } of sources) read.add(file);
  return { agents: applySources([...docs.map(normalise), ...natives], { readFiles: read }), errors, files };
}

async function loadFromDisk(opts: CheckOptions): Promise<LoadedAgents> {
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
  const result: LoadedAgents = {
    agents: extra.agents,
    errors: [...found.errors, ...loaded.errors, ...nativeErrors, ...extra.errors],
    files: found.files.length,
  };
  // native configs and manifests alike declare the code in their folders
  if (opts.policy?.config?.settings.discovery?.code !== false) {
    result.code = await discoverCode({
      root: opts.root,
      listing: found.listing,
      agents: extra.agents,
      config: opts.policy?.config,
      maxFileSize: opts.maxFileSize,
      manifests: new Set(found.files.map((f) => f.file)),
    });
  }
  return result;
}

export async function runCheck(opts: CheckOptions): Promise<CheckResult> {
  // A usage error (an unknown framework) is reported before any file is read.
  selectFrameworks((opts.policy?.policy ?? loadPolicy()).frameworks, opts.frameworks);
  return checkAgents(await loadFromDisk(opts), opts);
}

/** Evaluate loaded agents and assemble the report (everything after reading files). */
export function checkAgents(
  loaded: LoadedAgents,
  opts: Omit<CheckOptions, "root" | "paths" | "maxFileSize">,
): CheckResult {
  const policy = opts.policy?.policy ?? loadPolicy();
  const config = opts.policy?.config;
  const frameworks = selectFrameworks(policy.frameworks, opts.frameworks);
  const limitToFrameworks = (opts.frameworks?.length ?? 0) > 0;
  // Built-in checks (a manifest that does not match the schema, problems with the config itself) are
  // reported whatever frameworks were chosen: they say the input could not be judged as written.
  const inScope = (c: CheckDef): boolean =>
    !limitToFrameworks ||
    c.builtin ||
    isPolicyCheck(c.id) ||
    frameworks.some((fw) => fw.controls.some((ctl) => ctl.checks.includes(c.id)));
  const checks = policy.checks.filter(inScope);
  const byId = new Map(checks.map((c) => [c.id, c]));
  const allById = new Map(policy.checks.map((c) => [c.id, c]));
  const overrides = checkOverrides(config?.settings.checks, allById);

  // provider-native scopes become actions, categories and scope facts (manifest v1.1) before anything reads them
  const agents = applyScopes(loaded.agents, scopeCatalogsOf(policy));
  const { files } = loaded;
  const errors = loaded.errors.map((e) => ({ ...e }));
  const now = opts.now ?? Date.now();
  const evaluation = evaluate(agents, checks, {
    params: opts.params,
    now,
    severityOverrides: overrides.severity,
    disabled: overrides.disabled,
  });

  // Secrets the documents hold, and those in the names of files that could not be read or parsed.
  const scrub = makeRedactor([
    ...agents.flatMap((a) => a.redact),
    ...(config?.redact ?? []),
    ...new Set(errors.flatMap((e) => pathSecrets(e.file))),
  ]);
  for (const e of errors) {
    e.file = scrub(e.file);
    e.message = scrub(e.message);
  }

  // One pass: a run can hold a hundred thousand findings, so no intermediate copies. A finding cites the
  // controls that apply to its agent; the citer shares one list per check and agent scope.
  // Linked compliance evidence attests manual controls while it is neither stale nor dated in the future.
  const maxAge =
    parseDuration(
      opts.params?.max_evidence_age ?? allById.get("AP-EVID-001")?.params.max_evidence_age?.default,
    ) ?? 365 * 86_400;
  const coverageAgents = agents.map((a): CoverageAgent => {
    const evidence = complianceEvidence(a.data).flatMap((ev) =>
      ev.ref !== undefined && ev.date !== undefined
        ? [
            {
              kind: ev.kind,
              ref: scrub(ev.ref),
              date: new Date(ev.date).toISOString().slice(0, 10),
              stale: ev.date + maxAge * 1000 < now || ev.date > now + 86_400_000,
            },
          ]
        : [],
    );
    return { ...coverageAgent(a), ...(evidence.length > 0 ? { evidence } : {}) };
  });
  const cite = makeCiter(frameworks);
  const fingerprintFor = fingerprinter();
  const findingAgents = new Map<string, number>();
  let findings: Finding[] = [];
  for (const raw of evaluation.findings) {
    const check = byId.get(raw.ruleId);
    if (!check) continue;
    const agent = agents[raw.agentIndex]!;
    if (!keepsFinding(agent, raw.ruleId, raw.pointer)) continue;
    // a node merged from a native config (`sources:`) is located in that config's file
    const elsewhere = agent.doc.resolve?.(raw.pointer);
    const span = elsewhere?.span ?? agent.doc.locate(raw.pointer);
    const key = {
      ruleId: raw.ruleId,
      agent: agent.name,
      file: agent.doc.file,
      docIndex: agent.doc.docIndex,
      pointer: raw.pointer,
      data: agent.doc.data,
    };
    const fingerprint = fingerprintFor(key);
    const controls = cite({
      ruleId: raw.ruleId,
      agent: coverageAgents[raw.agentIndex]!,
      data: agent.data,
      pointer: raw.pointer,
    });
    findingAgents.set(fingerprint, raw.agentIndex);
    findings.push({
      ruleId: raw.ruleId,
      title: check.title,
      severity: raw.severity,
      message: scrub(raw.message),
      file: scrub(elsewhere?.file ?? agent.doc.file),
      line: span.line,
      column: span.column,
      endLine: span.endLine,
      endColumn: span.endColumn,
      path: redactPointer(raw.pointer, scrub),
      ...(agent.name !== undefined ? { agent: scrub(agent.name) } : {}),
      controls,
      remediation: check.remediation,
      status: "open",
      fingerprint,
    });
  }

  if (loaded.code) {
    findings.push(
      ...shadowReportFindings(loaded.code.components, {
        checks: byId,
        disabled: overrides.disabled,
        severity: overrides.severity,
        // undeclared code belongs to no agent: it cites only controls without a scope
        controls: (id) => cite({ ruleId: id, pointer: "" }),
      }),
    );
    errors.push(...loaded.code.errors);
  }

  if (config) {
    const declared = new Map<string, number>();
    for (const a of agents) {
      if (a.name === undefined) continue;
      const name = scrub(a.name);
      declared.set(name, (declared.get(name) ?? 0) + 1);
    }
    const waived = applyWaivers(findings, config.settings.waivers ?? [], {
      now,
      declarations: (name) => declared.get(name) ?? 0,
      checks: allById,
      severityOf: (id) => overrides.severity[id] ?? allById.get(id)?.severity ?? "high",
      ran: (id) => byId.has(id) && !overrides.disabled.has(id),
    });
    const problems = [...overrides.problems, ...waived.problems].map((p) => {
      // `checks:` may raise a config problem's severity (never lower it: these checks are not waivable).
      const raised = overrides.severity[p.ruleId];
      const severity = raised && severityRank(raised) < severityRank(p.severity) ? raised : p.severity;
      return policyFinding(
        { ...p, severity },
        config,
        allById.get(p.ruleId),
        cite({ ruleId: p.ruleId, pointer: "" }),
      );
    });
    // Waivers and config problems quote the config (a reason, an approver, an agent glob).
    const scrubbed = (f: Finding): Finding =>
      f.waiver
        ? {
            ...f,
            waiver: {
              ...f.waiver,
              agent: scrub(f.waiver.agent),
              reason: scrub(f.waiver.reason),
              approved_by: scrub(f.waiver.approved_by),
              ...(f.waiver.path !== undefined ? { path: redactPointer(f.waiver.path, scrub) } : {}),
            },
          }
        : f;
    findings = [
      ...waived.findings.map(scrubbed),
      ...problems.map((p) => ({ ...p, message: scrub(p.message) })),
    ];
    errors.push(
      ...waived.issues.map((issue) => {
        const e = configIssueError(issue, config);
        return { ...e, message: scrub(e.message) };
      }),
    );
  }
  findings.sort(compareFindings);

  for (const e of evaluation.errors) {
    const agent = agents[e.agentIndex];
    errors.push({
      file: scrub(agent?.doc.file ?? ""),
      line: 1,
      column: 1,
      message: scrub(`check ${e.ruleId} could not be evaluated: ${e.message}`),
    });
  }
  errors.sort(compareErrors);

  const counts = emptyCounts();
  let waived = 0;
  for (const f of findings) {
    if (f.status === "waived") waived++;
    else counts[f.severity]++;
  }
  const failing = findings.some((f) => f.status === "open" && reaches(f.severity, opts.failOn));
  const report: Report = {
    schemaVersion: 1,
    tool: { name: "agentpolicy", version: TOOL_VERSION },
    summary: {
      files,
      agents: agents.length,
      findings: counts,
      waived,
      errors: new Set(errors.map((e) => e.file)).size,
      passed: !failing && errors.length === 0,
      failOn: opts.failOn,
    },
    frameworks: computeCoverage({
      frameworks,
      findings,
      evaluated: new Set(evaluation.applied),
      // A check switched off did not run: its controls are not-evaluated or partial, never pass.
      enabled: new Set(checks.filter((c) => !c.waivable || !overrides.disabled.has(c.id)).map((c) => c.id)),
      appliedTo: evaluation.appliedTo,
      agents: coverageAgents,
    }),
    findings,
    errors,
    agents: inventoryRows(agents, findings, findingAgents),
    policy: policyRecord({
      ...(opts.policy ? { policy: opts.policy } : {}),
      checks: policy.checks,
      params: opts.params ?? {},
      refused: new Set(overrides.problems.map((p) => p.subject?.replace(/^checks:/, "") ?? "")),
    }),
    ...(loaded.code ? { components: componentRows(loaded.code.components, findings) } : {}),
  };
  return { report, rules: checks.map((c) => ruleMetaOf(c, frameworks)), agents };
}
