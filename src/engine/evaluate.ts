// Runs checks over a set of normalised agents and returns raw findings (rule, agent, pointer, message);
// the report stage adds positions, controls and fingerprints.
//
// Errors: a rule that throws on some odd manifest must not stop the run, and must not pass silently
// either. Each (check, agent) evaluation is isolated; a throw becomes an entry in `errors` ({ruleId,
// agentIndex, message}) that the CLI shows as a report error, and the remaining checks and agents still
// run. Findings the check raised for that agent before it threw are kept.
import { isDateField, isDurationField } from "../manifest/fields.js";
import { UNREADABLE_VALUE } from "../manifest/normalise.js";
import { writtenPointer } from "../manifest/sections.js";
import type { NormalisedAgent } from "../manifest/types.js";
import { SCHEMA_VIOLATION } from "../manifest/validate.js";
import type { Severity } from "../report/model.js";
import { severityRank } from "../report/model.js";
import type { CheckDef } from "./types.js";
import { EvaluationMeter, LogicBudgetError } from "./meter.js";
import { compileCheck, compileWhen, type CompiledCheck } from "./compile.js";
import { buildRunContext, type EvalContext, type RunContext } from "./context.js";
import { DEFAULT_SENSITIVE, deriveFacts, type SensitiveSpec } from "./derived.js";
import { truthy, type CompiledLogic } from "./logic.js";
import { paramsFor, resolveParams } from "./params.js";
import { appendPointer, getPath } from "./paths.js";
import { joinPointer } from "../util/pointer.js";
import { makeRedactor } from "./redact.js";
import { readsOtherAgents } from "./cross-agent.js";
import { boundedLine } from "../util/text.js";

export interface RawFinding {
  ruleId: string;
  severity: Severity;
  agentIndex: number;
  pointer: string;
  message: string;
}

export interface EngineError {
  ruleId: string;
  agentIndex: number;
  message: string;
}

export interface EvaluateOptions {
  /** Parameter overrides by name (config `params:`); durations as written ("1h") or seconds. */
  params?: Record<string, unknown>;
  /** Evaluation clock, epoch milliseconds. */
  now: number;
  /** New severities by check id. Cannot lower a check that is not waivable. */
  severityOverrides?: Record<string, Severity>;
  /** Checks switched off. Ignored for checks that are not waivable. */
  disabled?: ReadonlySet<string>;
}

export interface EvaluateResult {
  findings: RawFinding[];
  errors: EngineError[];
  /** Ids of checks that applied to at least one agent (enabled, and `when` held). */
  applied: string[];
  /** Per check that applied: 1 at the index of each agent it applied to (coverage counts agents with it). */
  appliedTo: Map<string, Uint8Array>;
}

const MAX_ERROR_LENGTH = 300;

/**
 * Findings one check reports for one agent, one by one; the rest are counted in one more finding. A
 * 200 KB manifest with 100,000 malformed list items would otherwise become 100,000 findings in every
 * report (and a SARIF file GitHub refuses).
 */
export const MAX_FINDINGS_PER_CHECK = 100;

function overflowMessage(count: number): string {
  const what = count === 1 ? "finding" : "findings";
  return `${count} more ${what} of this check for this agent are not listed (only the first ${MAX_FINDINGS_PER_CHECK} are)`;
}

function effectiveSeverity(check: CheckDef, base: Severity, overrides?: Record<string, Severity>): Severity {
  const wanted = overrides && Object.hasOwn(overrides, check.id) ? overrides[check.id] : undefined;
  if (wanted === undefined) return base;
  // Lowering a non-waivable check would be switching it off by the back door.
  if (!check.waivable && severityRank(wanted) > severityRank(base)) return base;
  return wanted;
}

function sensitiveSpecOf(resolved: ReadonlyMap<string, unknown>): SensitiveSpec {
  const categories = resolved.get("sensitive_categories");
  const actions = resolved.get("sensitive_actions");
  return {
    categories: Array.isArray(categories) ? (categories as string[]) : DEFAULT_SENSITIVE.categories,
    actions: Array.isArray(actions) ? (actions as string[]) : DEFAULT_SENSITIVE.actions,
  };
}

/** A derived item's own pointer (`derived.secrets` hits carry one); the document root otherwise. */
function itemPointer(item: unknown): string {
  if (typeof item !== "object" || item === null) return "";
  const p = (item as { pointer?: unknown }).pointer;
  return typeof p === "string" && (p === "" || p.startsWith("/")) ? p : "";
}

/** Redact before calling: shortening first could cut a secret so that it no longer matches. */
function tidy(s: string): string {
  return boundedLine(s, MAX_ERROR_LENGTH).trim();
}

interface Emitter {
  (ctx: EvalContext, pointer: string): void;
}

function runOne(rule: Rule, base: EvalContext, emit: Emitter, meter: EvaluationMeter): boolean {
  const { check, when } = rule;
  if (when && !truthy(when(base, meter))) return false;
  const compiled = (rule.compiled ??= compileCheck(check));
  const assert = compiled.assert!;
  if (!compiled.each) {
    if (!truthy(assert(base, meter))) emit(base, check.at ?? "");
    return true;
  }
  const list = getPath(base, compiled.each);
  if (!Array.isArray(list)) return true;
  // One context for all the items, updated in place: nothing keeps a context past its item (emit
  // renders the message at once), and an object per item was the largest allocation of a whole run.
  const ctx = itemContext(base);
  list.forEach((item: unknown, index) => {
    ctx.item = item;
    ctx.index = index;
    if (compiled.where && !truthy(compiled.where(ctx, meter))) return;
    if (truthy(assert(ctx, meter))) return;
    const at = compiled.eachPointer ? joinPointer([...compiled.eachPointer, index]) : itemPointer(item);
    emit(ctx, appendPointer(at, check.at));
  });
  return true;
}

// The contexts below are copied member by member: an object spread of the context took V8's slow path
// (about 2 µs a copy) and made most of the garbage that outlived young collections (290 MB of a
// 20,000-agent check), which set the process's peak memory.

function itemContext(base: EvalContext): EvalContext {
  return {
    agent: base.agent,
    params: base.params,
    run: base.run,
    derived: base.derived,
    item: undefined,
    index: 0,
  };
}

/** `ctx` and the check's vars, as a message is rendered with them. */
function messageContext(ctx: EvalContext, vars: Record<string, unknown>): EvalContext {
  const out: EvalContext = { agent: ctx.agent, params: ctx.params, run: ctx.run, derived: ctx.derived };
  if (Object.hasOwn(ctx, "item")) {
    out.item = ctx.item;
    out.index = ctx.index;
  }
  out.vars = vars;
  return out;
}

/** Duration and date fields the manifest stage reported as unreadable (and removed from the data). */
function unreadablePointers(agent: NormalisedAgent): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const f of agent.findings) {
    if (f.ruleId === UNREADABLE_VALUE || (f.ruleId === SCHEMA_VIOLATION && isTimeField(f.pointer))) {
      (out ??= new Set()).add(f.pointer);
    }
  }
  return out;
}

function isTimeField(pointer: string): boolean {
  return isDurationField(pointer) || isDateField(pointer);
}

interface Rule {
  check: CheckDef;
  when: CompiledLogic | undefined;
  /** The rest, compiled when the check first applies to an agent. */
  compiled?: CompiledCheck;
  params: Record<string, unknown>;
  severity: Severity;
  /** Reads other agents' data (cross-agent.ts): runs over every agent before the others. */
  crossAgent: boolean;
}

/** What a run shares between agents. */
interface Shared {
  run: RunContext;
  redact: (text: string) => string;
  sensitive: SensitiveSpec;
  /**
   * Checks that ran out of evaluation budget: reported once, then skipped for the remaining agents, so a
   * hostile rule costs one budget per run rather than one per agent.
   */
  exhausted: Set<string>;
  applied: (id: string, agentIndex: number) => void;
}

/** Runs rules on one agent, one after another, into the lists it is handed. */
type AgentRules = (rule: Rule, findings: RawFinding[], errors: EngineError[]) => void;

function agentRules(agent: NormalisedAgent, agentIndex: number, shared: Shared): AgentRules {
  const { redact } = shared;
  const unreadable = unreadablePointers(agent);
  const derived = deriveFacts(agent.data, agent.secrets, shared.sensitive);
  // One context and one emitter per agent, pointed at each rule in turn (the rule's params, its
  // count of findings): nothing keeps either past the rule, and thousands of agents times dozens of
  // rules made these small objects a large share of a run's garbage.
  const base: EvalContext = { agent: agent.data, params: {}, run: shared.run, derived };
  let rule: Rule | undefined;
  let out: RawFinding[] = [];
  let emitted = 0;
  let meter = new EvaluationMeter();
  const emit: Emitter = (ctx, pointer) => {
    // past the cap only counted: no vars or message are computed for findings nobody will read
    // a value the schema stage reported as unreadable is that one finding, not also "missing" here
    if (unreadable?.has(pointer)) return;
    if (++emitted > MAX_FINDINGS_PER_CHECK) return;
    const vars = Object.create(null) as Record<string, unknown>;
    for (const [name, fn] of rule!.compiled!.vars) vars[name] = fn(ctx, meter);
    const message = rule!.compiled!.message!(messageContext(ctx, vars), redact);
    out.push({
      ruleId: rule!.check.id,
      severity: rule!.severity,
      agentIndex,
      pointer: writtenPointer(pointer, agent.aliases),
      message,
    });
  };
  return (current, findings, errors) => {
    const { check, params, severity } = current;
    if (shared.exhausted.has(check.id)) return;
    rule = current;
    out = findings;
    emitted = 0;
    base.params = params;
    // one budget for the check's when, where, assert and vars over this agent's items
    meter = new EvaluationMeter();
    try {
      if (runOne(current, base, emit, meter)) shared.applied(check.id, agentIndex);
    } catch (e) {
      let message = e instanceof Error ? e.message : String(e);
      if (e instanceof LogicBudgetError) {
        shared.exhausted.add(check.id);
        message += "; the check is skipped for the remaining agents";
      }
      errors.push({ ruleId: check.id, agentIndex, message: tidy(redact(message)) });
    }
    if (emitted > MAX_FINDINGS_PER_CHECK) {
      const eachPointer = current.compiled?.eachPointer;
      const pointer = eachPointer ? joinPointer(eachPointer) : "";
      const message = overflowMessage(emitted - MAX_FINDINGS_PER_CHECK);
      out.push({ ruleId: check.id, severity, agentIndex, pointer, message });
    }
  };
}

/** The findings the manifest stage raised for an agent, as raw findings (severity overrides, caps). */
function documentFindings(
  agent: NormalisedAgent,
  agentIndex: number,
  byId: ReadonlyMap<string, CheckDef>,
  opts: EvaluateOptions,
  redact: (text: string) => string,
): RawFinding[] {
  const findings: RawFinding[] = [];
  const documentCounts = new Map<string, { severity: Severity; count: number }>();
  for (const f of agent.findings) {
    const check = byId.get(f.ruleId);
    if (!check) continue;
    const severity = effectiveSeverity(check, f.severity ?? check.severity, opts.severityOverrides);
    const seen = documentCounts.get(f.ruleId) ?? { severity, count: 0 };
    documentCounts.set(f.ruleId, seen);
    if (++seen.count > MAX_FINDINGS_PER_CHECK) continue;
    findings.push({
      ruleId: f.ruleId,
      severity,
      agentIndex,
      pointer: writtenPointer(f.pointer, agent.aliases),
      message: tidy(redact(f.message)),
    });
  }
  for (const [ruleId, { severity, count }] of documentCounts) {
    if (count <= MAX_FINDINGS_PER_CHECK) continue;
    const message = overflowMessage(count - MAX_FINDINGS_PER_CHECK);
    findings.push({ ruleId, severity, agentIndex, pointer: "", message });
  }
  return findings;
}

/** The evaluation of a run, agent by agent (see evaluator). */
export interface Evaluator {
  /**
   * The raw findings of the agent at `agentIndex` of the list the evaluator was made with (that same
   * agent), in the order `evaluate` gives them. Each agent once, in order.
   */
  agent(agent: NormalisedAgent, agentIndex: number): RawFinding[];
  /** Errors and which checks applied, once every agent has had its turn. */
  result(): Omit<EvaluateResult, "findings">;
}

/**
 * Evaluates checks agent by agent. The checks that read other agents' data run first, over every agent
 * (their outcomes wait for their agent's turn), and the run context lets go of that data; after that an
 * agent's data is read during its own turn only, so that a caller may release each agent once its turn is
 * over (a lean check, src/check.ts). Findings and errors come out in the order of one pass over agents
 * and, within an agent, its document findings and then the checks in order.
 */
export function evaluator(
  agents: readonly NormalisedAgent[],
  checks: readonly CheckDef[],
  opts: EvaluateOptions,
): Evaluator {
  const count = agents.length;
  const active = checks.filter((c) => !c.waivable || !opts.disabled?.has(c.id));
  const byId = new Map(active.map((c) => [c.id, c]));
  const resolved = resolveParams(checks, opts.params);
  const rules: Rule[] = active
    .filter((c) => !c.builtin)
    .map((check) => ({
      check,
      when: compileWhen(check),
      params: paramsFor(check, resolved),
      severity: effectiveSeverity(check, check.severity, opts.severityOverrides),
      // with no agent nothing runs, and the analysis is a share of an empty run
      crossAgent: count > 0 && readsOtherAgents(check),
    }));
  const errors: EngineError[] = [];
  const applied = new Set<string>();
  const appliedTo = new Map<string, Uint8Array>();
  const shared: Shared = {
    run: buildRunContext(agents, opts.now),
    redact: makeRedactor(agents.flatMap((a) => a.redact)),
    sensitive: sensitiveSpecOf(resolved),
    exhausted: new Set(),
    applied: (id, agentIndex) => {
      applied.add(id);
      let row = appliedTo.get(id);
      if (!row) appliedTo.set(id, (row = new Uint8Array(count)));
      row[agentIndex] = 1;
    },
  };
  if (count > 0)
    for (const c of active)
      if (c.builtin) {
        applied.add(c.id);
        appliedTo.set(c.id, new Uint8Array(count).fill(1));
      }

  const cross = rules.filter((r) => r.crossAgent);
  // per agent, the outcomes of the checks that read other agents' data, where there are any
  const early: (Map<Rule, { findings: RawFinding[]; errors: EngineError[] }> | undefined)[] = [];
  if (cross.length > 0) {
    agents.forEach((agent, agentIndex) => {
      const run = agentRules(agent, agentIndex, shared);
      for (const rule of cross) {
        const outcome = { findings: [] as RawFinding[], errors: [] as EngineError[] };
        run(rule, outcome.findings, outcome.errors);
        if (outcome.findings.length > 0 || outcome.errors.length > 0) {
          (early[agentIndex] ??= new Map()).set(rule, outcome);
        }
      }
    });
  }
  shared.run.agents_by_name = Object.create(null) as RunContext["agents_by_name"];

  return {
    agent(agent, agentIndex) {
      const findings = documentFindings(agent, agentIndex, byId, opts, shared.redact);
      const run = agentRules(agent, agentIndex, shared);
      const waiting = early[agentIndex];
      early[agentIndex] = undefined;
      for (const rule of rules) {
        if (!rule.crossAgent) {
          run(rule, findings, errors);
          continue;
        }
        const outcome = waiting?.get(rule);
        if (!outcome) continue;
        for (const f of outcome.findings) findings.push(f);
        for (const e of outcome.errors) errors.push(e);
      }
      return findings;
    },
    result: () => ({ errors, applied: [...applied].sort(), appliedTo }),
  };
}

export function evaluate(
  agents: readonly NormalisedAgent[],
  checks: readonly CheckDef[],
  opts: EvaluateOptions,
): EvaluateResult {
  const run = evaluator(agents, checks, opts);
  const findings: RawFinding[] = [];
  agents.forEach((agent, agentIndex) => {
    for (const f of run.agent(agent, agentIndex)) findings.push(f);
  });
  return { findings, ...run.result() };
}
