// Finding checks and controls by the ids people type: `AP-CRED-003`, `ap-cred-003`, `soc2:CC6.1`,
// `CC6.1`, `Art. 12(1)`, `nist-ai-rmf:GOVERN 1.6`.
import type { CheckDef, ControlDef, FrameworkDef, Policy } from "./types.js";

export interface ControlMatch {
  framework: FrameworkDef;
  control: ControlDef;
}

const squash = (s: string): string => s.toLowerCase().replace(/\s+/g, "");

export function findCheck(policy: Policy, id: string): CheckDef | undefined {
  const want = squash(id);
  return policy.checks.find((c) => squash(c.id) === want);
}

export function findControls(policy: Policy, query: string): ControlMatch[] {
  const colon = query.indexOf(":");
  const fwId = colon > 0 ? query.slice(0, colon).trim().toLowerCase() : undefined;
  const scoped = fwId !== undefined && policy.frameworks.some((f) => f.id === fwId);
  const controlId = squash(scoped ? query.slice(colon + 1) : query);
  const matches: ControlMatch[] = [];
  for (const framework of policy.frameworks) {
    if (scoped && framework.id !== fwId) continue;
    for (const control of framework.controls) {
      if (squash(control.id) === controlId) matches.push({ framework, control });
    }
  }
  return matches;
}

/** Every control, across frameworks, that a check evidences. */
export function controlsOfCheck(policy: Pick<Policy, "frameworks">, checkId: string): ControlMatch[] {
  const out: ControlMatch[] = [];
  for (const framework of policy.frameworks) {
    for (const control of framework.controls)
      if (control.checks.includes(checkId)) out.push({ framework, control });
  }
  return out;
}
