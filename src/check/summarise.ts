// Stage 5 of checking: the report itself. Counts, the gate's verdict on everything found, framework
// coverage and the inventory of agents.
import type { NormalisedAgent } from "../manifest/types.js";
import { computeCoverage, type CoverageAgent } from "../report/coverage.js";
import { gatePasses } from "../report/gate.js";
import { inventoryRows } from "../report/inventory.js";
import { emptyCounts, type FailOn, type FileError, type Finding, type Report } from "../report/model.js";
import { TOOL_VERSION } from "../version.js";
import type { CheckPlan } from "./plan.js";

/** The tier and role coverage needs to judge which controls concern an agent. */
function coverageAgent(agent: NormalisedAgent): CoverageAgent {
  const risk = agent.data.risk;
  const field = (key: string): string | undefined => {
    if (typeof risk !== "object" || risk === null || Array.isArray(risk)) return undefined;
    const v = (risk as Record<string, unknown>)[key];
    return typeof v === "string" ? v : undefined;
  };
  const tier = field("eu_ai_act");
  const role = field("role");
  return {
    file: agent.doc.file,
    ...(agent.name !== undefined ? { name: agent.name } : {}),
    ...(tier !== undefined ? { tier } : {}),
    ...(role !== undefined ? { role } : {}),
  };
}

export interface SummariseInput {
  /** Every agent evaluated (finding indexes point into this list). */
  agents: readonly NormalisedAgent[];
  /** The agents reported on (`check FILE...`: those of the named files); default every agent. */
  shown?: readonly NormalisedAgent[];
  files: number;
  /** Sorted. */
  findings: Finding[];
  /** Sorted. */
  errors: FileError[];
  findingAgents: ReadonlyMap<string, number>;
  /** Ids of the checks that applied to at least one agent (for coverage). */
  applied: Iterable<string>;
  plan: Pick<CheckPlan, "frameworks">;
  failOn: FailOn;
}

export function summarise(input: SummariseInput): Report {
  const { agents, findings, errors } = input;
  const shown = input.shown ?? agents;
  const focus = input.shown ? new Set(input.shown.map((a) => a.doc.file)) : undefined;
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
      agents: shown.length,
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
      agents: shown.map(coverageAgent),
    }),
    findings,
    errors,
    agents: focus
      ? inventoryRows(agents, findings, input.findingAgents).filter((row) => focus.has(row.file))
      : inventoryRows(agents, findings, input.findingAgents),
  };
}
