// Access escalations the policy fails on (config `fail_on_escalation`). A change compared with its base
// lists what it does to each agent's access, and marks as escalations the changes that widen what an agent
// can do or weaken the oversight of it (diff/changes.ts). By default they are shown for a reviewer to sign
// off; a policy can make some or all of them fail the run, under either fail scope: an escalation is
// always something the change adds, so "judged on new findings only" never hides one.
import type { ChangeDetail } from "./model.js";

/** The kinds of change that can be escalations (docs/action.md, "What counts as an escalation"). */
export const ESCALATION_KINDS = [
  "agent-added",
  "permission-added",
  "permission-widened",
  "permission-category-changed",
  "scope-added",
  "gate-removed",
  "gate-changed",
  "gate-weakened",
  "gate-approvers-added",
  "credential-added",
  "credential-type-changed",
  "credential-ttl-changed",
  "credential-rotation-changed",
  "credential-sharing-changed",
  "risk-tier-changed",
  "autonomy-changed",
  "data-classes-added",
  "audit-weakened",
  "monitoring-weakened",
  "oversight-weakened",
  "delegation-enabled",
  "sub-agents-added",
  "tool-added",
  "posture-changed",
  "auto-approval-changed",
] as const;

export type EscalationKind = (typeof ESCALATION_KINDS)[number];

/** `fail_on_escalation`: true = every escalation, a list = escalations of those kinds, false = none. */
export type FailOnEscalation = boolean | readonly EscalationKind[];

/** Whether the policy fails the run on this change. */
export function failsOn(detail: ChangeDetail, rule: FailOnEscalation | undefined): boolean {
  if (!detail.escalation || rule === undefined || rule === false) return false;
  return rule === true || (rule as readonly string[]).includes(detail.kind);
}
