// Stage 5 of checking: the report itself. Counts, the gate's verdict on everything found, framework
// coverage, the inventory of agents and the record of the policy that judged them.
import type { AgentRef } from "../manifest/types.js";
import { computeCoverage, type CoverageAgent } from "../report/coverage.js";
import { policyRecord } from "../policy/record.js";
import type { ActivePolicy } from "../policy/active.js";
import { gatePasses } from "../report/gate.js";
import { countFindings, type InventoryRow } from "../report/inventory.js";
import { emptyCounts, type FailOn, type FileError, type Finding, type Report } from "../report/model.js";
import { TOOL_VERSION } from "../version.js";
import type { CheckPlan } from "./plan.js";

export interface SummariseInput {
  /** Every agent evaluated (finding indexes point into this list). */
  agents: readonly AgentRef[];
  /** The agents reported on (`check FILE...`: those of the named files); default every agent. */
  shown?: readonly AgentRef[];
  /** The inventory row of each agent evaluated (report/inventory.ts inventoryRow), findings not yet counted. */
  rows: InventoryRow[];
  /** What the rows are redacted with (report/inventory.ts inventoryScrub). */
  rowScrub: (text: string) => string;
  files: number;
  /** Sorted. */
  findings: Finding[];
  /** Sorted. */
  errors: FileError[];
  findingAgents: ReadonlyMap<string, number>;
  /** Ids of the checks that applied to at least one agent (for coverage). */
  applied: Iterable<string>;
  /** Per check: 1 at the index of each agent it applied to. */
  appliedTo: ReadonlyMap<string, Uint8Array>;
  /** The agents' scopes and evidence, in the order of `agents`. */
  scopes: readonly CoverageAgent[];
  plan: Pick<CheckPlan, "frameworks" | "policy" | "checks" | "overrides">;
  failOn: FailOn;
  /** The repository's policy, for the record. */
  policy?: ActivePolicy;
  /** The parameters in force. */
  params?: Record<string, unknown>;
}

export function summarise(input: SummariseInput): Report {
  const { agents, findings, errors } = input;
  const { checks, overrides } = input.plan;
  // check FILE...: the report covers the agents of the named files (coverage, counts, inventory)
  const shownAt = input.shown ? new Set(input.shown) : undefined;
  const kept = shownAt ? agents.flatMap((a, i) => (shownAt.has(a) ? [i] : [])) : undefined;
  const scopes = kept ? kept.map((i) => input.scopes[i]!) : input.scopes;
  const appliedTo = kept
    ? new Map([...input.appliedTo].map(([id, row]) => [id, Uint8Array.from(kept, (i) => row[i] ?? 0)]))
    : input.appliedTo;
  const focus = input.shown ? new Set(input.shown.map((a) => a.doc.file)) : undefined;
  countFindings(input.rows, agents, findings, input.findingAgents, input.rowScrub);
  const counts = emptyCounts();
  let waived = 0;
  for (const f of findings) {
    if (f.status === "waived") waived++;
    else counts[f.severity]++;
  }
  return {
    schemaVersion: 1,
    tool: { name: "agentpolicy", version: TOOL_VERSION },
    summary: {
      files: input.files,
      agents: kept ? kept.length : agents.length,
      findings: counts,
      waived,
      errors: new Set(errors.map((e) => e.file)).size,
      passed: gatePasses(findings, errors, { failOn: input.failOn }),
      failOn: input.failOn,
    },
    frameworks: computeCoverage({
      frameworks: input.plan.frameworks,
      findings,
      evaluated: new Set(input.applied),
      // A check switched off did not run: its controls are not-evaluated or partial, never pass.
      enabled: new Set(checks.filter((c) => !c.waivable || !overrides.disabled.has(c.id)).map((c) => c.id)),
      appliedTo,
      agents: scopes,
    }),
    findings,
    errors,
    agents: focus ? input.rows.filter((row) => focus.has(row.file)) : input.rows,
    policy: policyRecord({
      ...(input.policy ? { policy: input.policy } : {}),
      checks: input.plan.policy.checks,
      params: input.params ?? {},
      // check settings that did not take effect (not waivable)
      refused: new Set(overrides.problems.map((p) => p.subject?.replace(/^checks:/, "") ?? "")),
    }),
  };
}
