// Control coverage per framework: what a compliance officer reads first. It must not be possible to make
// a control look better by editing the config, so the statuses are ordered by what is known:
//
//   manual          no check can show it; `attested` when every agent it applies to links fresh evidence
//   not-applicable  no scanned agent is in its scope (role, tier, Annex III area; src/report/applicability.ts),
//                   or none of its checks applied to any agent
//   not-evaluated   all its checks are switched off or out of scope: never pass, never not-applicable
//   fail / waived   an open (or only waived) finding cites it
//   partial         nothing failed, but some of its checks are off (listed in checksOff), or only
//                   partial-strength mappings applied (rules/frameworks: `strength: partial`)
//   pass            every check ran, none failed, and a full-strength mapping applied
//
// Findings count against a control only when they cite it; findings cite only the controls that apply to
// their agent (src/report/citations.ts), so the two never disagree. Dates are not used: a control that
// does not apply yet still shows how ready the agents are for it.
import type { AttestationRef, ControlCoverage, ControlStatus, Finding, FrameworkCoverage } from "./model.js";
import { appliesTo, isScoped, type ScopeSpec, type ScopedAgent } from "./applicability.js";

export type CoverageApplicability = ScopeSpec;

export interface CoverageControl {
  id: string;
  title: string;
  checks: string[];
  manual?: boolean;
  applicability?: CoverageApplicability;
  /** Strength per check; a check without one is full strength. */
  mappings?: readonly { check: string; strength: "full" | "partial" }[];
  /** Manual controls: the `compliance:` evidence kinds that attest it. */
  evidence?: readonly string[];
}

export interface CoverageFramework {
  id: string;
  title: string;
  version: string;
  controls: CoverageControl[];
}

/** Evidence one agent links (manifest `compliance:`); stale evidence attests nothing. */
export interface AgentEvidence {
  kind: string;
  ref: string;
  date: string;
  stale: boolean;
}

/** What coverage needs to know about a scanned agent: where it is, its declared scope, its evidence. */
export interface CoverageAgent extends ScopedAgent {
  file: string;
  /** metadata.name, as findings carry it. */
  name?: string;
  evidence?: readonly AgentEvidence[];
}

export interface CoverageInput {
  frameworks: CoverageFramework[];
  findings: Finding[];
  /** Checks that applied to at least one agent (enabled, and their `when` held). */
  evaluated: ReadonlySet<string>;
  /** Checks that ran at all: in scope and not switched off. Undefined: every check ran. */
  enabled?: ReadonlySet<string>;
  /** Per check: 1 at the index (in `agents`) of each agent it applied to. */
  appliedTo?: ReadonlyMap<string, Uint8Array>;
  /** The scanned agents; without them, applicability is not used. */
  agents?: readonly CoverageAgent[];
}

const agentKey = (file: string, name: string | undefined): string => `${file}\u0000${name ?? ""}`;

const controlKey = (fw: string, id: string): string => `${fw}\u0000${id}`;

/** Findings by the controls they cite, built once: a run can hold a hundred thousand findings. */
function byControl(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings)
    for (const c of f.controls) {
      const k = controlKey(c.framework, c.id);
      const list = out.get(k);
      if (list) list.push(f);
      else out.set(k, [f]);
    }
  return out;
}

interface Prepared {
  cited: Map<string, Finding[]>;
  indexOf: Map<CoverageAgent, number>;
}

interface Judged {
  status: ControlStatus;
  checksOff: string[];
  agents?: { applicable: number; failing: number };
  attested?: AttestationRef[];
}

function judgeManual(c: CoverageControl, inScope: readonly CoverageAgent[] | undefined): Judged {
  if (inScope && isScoped(c.applicability) && inScope.length === 0)
    return { status: "not-applicable", checksOff: [], agents: { applicable: 0, failing: 0 } };
  const attested: AttestationRef[] = [];
  let covered = 0;
  for (const a of inScope ?? []) {
    const fresh = (a.evidence ?? []).filter((e) => !e.stale && (c.evidence ?? []).includes(e.kind));
    if (fresh.length > 0) covered++;
    for (const e of fresh)
      attested.push({ agent: a.name ?? a.file, file: a.file, kind: e.kind, ref: e.ref, date: e.date });
  }
  const all = inScope !== undefined && inScope.length > 0 && covered === inScope.length;
  return {
    status: all ? "attested" : "manual",
    checksOff: [],
    ...(inScope ? { agents: { applicable: inScope.length, failing: 0 } } : {}),
    ...(attested.length > 0 ? { attested } : {}),
  };
}

function judge(fwId: string, c: CoverageControl, input: CoverageInput, prep: Prepared): Judged {
  const { agents, appliedTo } = input;
  const inScope = agents?.filter((a) => appliesTo(c.applicability, a));
  if (c.manual || c.checks.length === 0) return judgeManual(c, inScope);

  const enabled = input.enabled;
  const on = c.checks.filter((id) => !enabled || enabled.has(id));
  const checksOff = c.checks.filter((id) => enabled && !enabled.has(id));
  const mine = prep.cited.get(controlKey(fwId, c.id)) ?? [];
  const failingAgents = new Set(mine.filter((f) => f.status === "open").map((f) => agentKey(f.file, f.agent)))
    .size;

  // Agents in scope that one of its enabled checks evaluated.
  const { indexOf } = prep;
  const ranOn = (checks: readonly string[], a: CoverageAgent): boolean =>
    checks.some((id) => {
      if (!appliedTo) return input.evaluated.has(id);
      return appliedTo.get(id)?.[indexOf.get(a)!] === 1;
    });
  const applicable = inScope?.filter((a) => ranOn(on, a));
  const counts = applicable ? { agents: { applicable: applicable.length, failing: failingAgents } } : {};

  if (inScope && isScoped(c.applicability) && inScope.length === 0)
    return { status: "not-applicable", checksOff, agents: { applicable: 0, failing: 0 } };
  if (on.length === 0) return { status: "not-evaluated", checksOff, ...counts };
  if (mine.some((f) => f.status === "open")) return { status: "fail", checksOff, ...counts };
  if (mine.length > 0) return { status: "waived", checksOff, ...counts };
  const anyApplied = applicable ? applicable.length > 0 : on.some((id) => input.evaluated.has(id));
  if (!anyApplied)
    return { status: checksOff.length > 0 ? "not-evaluated" : "not-applicable", checksOff, ...counts };
  if (checksOff.length > 0) return { status: "partial", checksOff, ...counts };
  const strength = (id: string): string => c.mappings?.find((m) => m.check === id)?.strength ?? "full";
  const full = on.filter((id) => strength(id) === "full");
  const fullApplied = applicable
    ? applicable.some((a) => ranOn(full, a))
    : full.some((id) => input.evaluated.has(id));
  return { status: fullApplied ? "pass" : "partial", checksOff, ...counts };
}

export function computeCoverage(input: CoverageInput): FrameworkCoverage[] {
  const prep: Prepared = { cited: byControl(input.findings), indexOf: new Map() };
  input.agents?.forEach((a, i) => prep.indexOf.set(a, i));
  return input.frameworks.map((fw) => ({
    id: fw.id,
    title: fw.title,
    version: fw.version,
    controls: fw.controls.map((c): ControlCoverage => {
      const j = judge(fw.id, c, input, prep);
      const cited = prep.cited.get(controlKey(fw.id, c.id)) ?? [];
      return {
        id: c.id,
        title: c.title,
        status: j.status,
        checks: [...c.checks],
        failing: cited.filter((f) => f.status === "open").length,
        mappings: c.checks.map((check) => ({
          check,
          strength: c.mappings?.find((m) => m.check === check)?.strength ?? "full",
        })),
        ...(j.checksOff.length > 0 ? { checksOff: j.checksOff } : {}),
        ...(j.agents ? { agents: j.agents } : {}),
        ...(j.attested ? { attested: j.attested } : {}),
      };
    }),
  }));
}
