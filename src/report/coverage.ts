// Control coverage per framework: what a compliance officer reads first. A control is only as
// green as the checks that evidence it; controls no manifest can show stay "manual" so coverage
// is honest.
//
// Not-applicable is honest too. A control whose applicability names risk tiers or EU AI Act roles only
// concerns the scanned agents that declare a matching tier and role (an agent that declares no role may
// hold either). It is not-applicable when no scanned agent matches, and only findings on matching agents
// count against it: a static token on a minimal-risk agent does not fail a high-risk obligation. A control
// none of whose checks applied to any agent is not-applicable as well. Dates are not used: a control that
// does not apply yet still shows how ready the agents are for it.
import type { ControlCoverage, ControlStatus, Finding, FrameworkCoverage } from "./model.js";

export interface CoverageApplicability {
  role?: readonly string[];
  tiers?: readonly string[];
}

export interface CoverageControl {
  id: string;
  title: string;
  checks: string[];
  manual?: boolean;
  applicability?: CoverageApplicability;
}

export interface CoverageFramework {
  id: string;
  title: string;
  version: string;
  controls: CoverageControl[];
}

/** What coverage needs to know about a scanned agent: where it is, and its declared tier and role. */
export interface CoverageAgent {
  file: string;
  /** metadata.name, as findings carry it. */
  name?: string;
  /** risk.eu_ai_act, when it is a string. */
  tier?: string;
  /** risk.role, when it is a string. */
  role?: string;
}

export interface CoverageInput {
  frameworks: CoverageFramework[];
  findings: Finding[];
  /** Checks that were evaluated on at least one agent (enabled and applicable). */
  evaluated: ReadonlySet<string>;
  /** The scanned agents; without them, applicability is not used. */
  agents?: readonly CoverageAgent[];
}

function scoped(a: CoverageApplicability | undefined): a is CoverageApplicability {
  return a !== undefined && ((a.tiers?.length ?? 0) > 0 || (a.role?.length ?? 0) > 0);
}

function agentMatches(a: CoverageApplicability, agent: CoverageAgent): boolean {
  if (a.tiers && a.tiers.length > 0 && (agent.tier === undefined || !a.tiers.includes(agent.tier)))
    return false;
  if (a.role && a.role.length > 0 && agent.role !== undefined && !a.role.includes(agent.role)) return false;
  return true;
}

const agentKey = (file: string, name: string | undefined): string => `${file}\u0000${name ?? ""}`;

/** Which findings count against a control, and whether any scanned agent is in its scope. */
function inScope(
  control: CoverageControl,
  findings: Finding[],
  agents: readonly CoverageAgent[] | undefined,
): { applicable: boolean; findings: Finding[] } {
  const mine = findings.filter((f) => control.checks.includes(f.ruleId));
  const a = control.applicability;
  if (!agents || !scoped(a)) return { applicable: true, findings: mine };
  const matching = new Set(
    agents.filter((ag) => agentMatches(a, ag)).map((ag) => agentKey(ag.file, ag.name)),
  );
  const known = new Set(agents.map((ag) => agentKey(ag.file, ag.name)));
  return {
    applicable: matching.size > 0,
    // A finding that cannot be tied to a scanned agent is kept: dropping it could hide a failure.
    findings: mine.filter((f) => {
      const key = agentKey(f.file, f.agent);
      return matching.has(key) || !known.has(key);
    }),
  };
}

function controlStatus(
  control: CoverageControl,
  applicable: boolean,
  mine: Finding[],
  evaluated: ReadonlySet<string>,
): ControlStatus {
  if (control.manual || control.checks.length === 0) return "manual";
  if (!applicable) return "not-applicable";
  if (mine.some((f) => f.status === "open")) return "fail";
  if (mine.length > 0) return "waived";
  return control.checks.some((c) => evaluated.has(c)) ? "pass" : "not-applicable";
}

export function computeCoverage({
  frameworks,
  findings,
  evaluated,
  agents,
}: CoverageInput): FrameworkCoverage[] {
  return frameworks.map((fw) => ({
    id: fw.id,
    title: fw.title,
    version: fw.version,
    controls: fw.controls.map((c): ControlCoverage => {
      const scope = inScope(c, findings, agents);
      return {
        id: c.id,
        title: c.title,
        status: controlStatus(c, scope.applicable, scope.findings, evaluated),
        checks: [...c.checks],
        failing: scope.applicable ? scope.findings.filter((f) => f.status === "open").length : 0,
      };
    }),
  }));
}
