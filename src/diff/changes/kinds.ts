// Every kind of change `diffAgents` reports (report-v1 `changes[].details[].kind`). A new kind is added
// here first, so the describer and the formats can rely on the list being complete.

export const CHANGE_KINDS = [
  "agent-added",
  "agent-removed",
  "permission-added",
  "permission-removed",
  "permission-widened",
  "permission-narrowed",
  "permission-category-changed",
  "gate-added",
  "gate-removed",
  "gate-changed",
  "gate-weakened",
  "gate-strengthened",
  "gate-approvers-added",
  "credential-added",
  "credential-removed",
  "credential-type-changed",
  "credential-ttl-changed",
  "credential-rotation-changed",
  "credential-sharing-changed",
  "risk-tier-changed",
  "autonomy-changed",
  "data-classes-added",
  "audit-changed",
  "audit-weakened",
  "monitoring-changed",
  "monitoring-weakened",
  "oversight-weakened",
  "delegation-enabled",
  "sub-agents-added",
  "tool-added",
  "tool-removed",
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];
