// What the coverage and the citations need to know about each agent: its declared EU AI Act role, risk
// tier and Annex III area, and the `compliance:` evidence it links. One list, built once, so a finding
// cites exactly the controls that coverage counts the agent in (src/report/applicability.ts).
import { complianceEvidence } from "../manifest/compliance.js";
import { parseDuration } from "../manifest/duration.js";
import type { NormalisedAgent } from "../manifest/types.js";
import type { CheckDef } from "../policy/types.js";
import { scopedAgentOf } from "../report/applicability.js";
import type { CoverageAgent } from "../report/coverage.js";

const DAY_MS = 86_400_000;

export interface ScopeContext {
  /** The parameters in force (config `params:` and the shell's). */
  params?: Record<string, unknown>;
  /** Every loaded check: AP-EVID-001 holds the default evidence age. */
  allById: ReadonlyMap<string, CheckDef>;
  now: number;
  /** Evidence links quote the manifest. */
  scrub: (text: string) => string;
}

export function coverageAgentsOf(agents: readonly NormalisedAgent[], ctx: ScopeContext): CoverageAgent[] {
  // Linked evidence attests manual controls while it is neither stale nor dated in the future.
  const maxAge =
    parseDuration(
      ctx.params?.max_evidence_age ?? ctx.allById.get("AP-EVID-001")?.params.max_evidence_age?.default,
    ) ?? 365 * 86_400;
  return agents.map((a): CoverageAgent => {
    const evidence = complianceEvidence(a.data).flatMap((ev) =>
      ev.ref !== undefined && ev.date !== undefined
        ? [
            {
              kind: ev.kind,
              ref: ctx.scrub(ev.ref),
              date: new Date(ev.date).toISOString().slice(0, 10),
              stale: ev.date + maxAge * 1000 < ctx.now || ev.date > ctx.now + DAY_MS,
            },
          ]
        : [],
    );
    return {
      file: a.doc.file,
      ...(a.name !== undefined ? { name: a.name } : {}),
      ...scopedAgentOf(a.data),
      ...(evidence.length > 0 ? { evidence } : {}),
    };
  });
}
