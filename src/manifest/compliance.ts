// The manifest's `compliance:` section (manifest v1.1) as a list: evidence for controls no check can
// automate, each {kind, ref, date}. Rules read it as `derived.compliance`; coverage uses it to mark manual
// controls attested. Dates are epoch milliseconds here (normalise converts them); an unreadable date is
// already removed by normalise (and reported as AP-SCHEMA-003), so it attests nothing.
import { escapePointerSegment } from "../util/pointer.js";

export const EVIDENCE_KINDS = [
  "fria",
  "dpia",
  "eu_database_registration",
  "conformity_assessment",
  "post_market_monitoring_plan",
  "incident_procedure",
] as const;

export interface ComplianceEvidence {
  kind: string;
  ref?: string;
  /** Epoch ms (UTC midnight), when the date could be read. */
  date?: number;
  pointer: string;
}

export function complianceEvidence(data: Record<string, unknown>): ComplianceEvidence[] {
  const section = data.compliance;
  if (typeof section !== "object" || section === null || Array.isArray(section)) return [];
  const out: ComplianceEvidence[] = [];
  for (const kind of EVIDENCE_KINDS) {
    if (!Object.hasOwn(section, kind)) continue;
    const entry = (section as Record<string, unknown>)[kind];
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) continue;
    const { ref, date } = entry as Record<string, unknown>;
    out.push({
      kind,
      ...(typeof ref === "string" && ref.trim() !== "" ? { ref } : {}),
      ...(typeof date === "number" && Number.isFinite(date) ? { date } : {}),
      pointer: `/compliance/${escapePointerSegment(kind)}`,
    });
  }
  return out;
}
