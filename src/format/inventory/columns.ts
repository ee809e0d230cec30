// The inventory's columns, shared by the table formats (CSV, Markdown) so they always agree.
import { SEVERITIES } from "../../report/model.js";
import type { InventoryRow } from "../../report/inventory.js";

export interface Column {
  /** CSV header (snake_case, stable for scripts). */
  key: string;
  /** Heading for people. */
  title: string;
  value(row: InventoryRow): string;
}

const joined = (values: string[]): string => values.join("; ");

export const COLUMNS: readonly Column[] = [
  { key: "name", title: "Agent", value: (r) => r.name },
  { key: "file", title: "File", value: (r) => r.file },
  { key: "owner", title: "Owner", value: (r) => r.owner ?? "" },
  { key: "sponsor", title: "Sponsor", value: (r) => r.sponsor ?? "" },
  { key: "environment", title: "Environment", value: (r) => r.environment ?? "" },
  { key: "risk_tier", title: "Risk tier", value: (r) => r.riskTier ?? "" },
  { key: "identity_provider", title: "Identity provider", value: (r) => r.identityProvider ?? "" },
  { key: "access_level", title: "Access", value: (r) => r.accessLevel },
  {
    key: "permission_categories",
    title: "Permission categories",
    value: (r) => joined(r.permissionCategories),
  },
  { key: "credential_types", title: "Credential types", value: (r) => joined(r.credentialTypes) },
  { key: "longest_ttl", title: "Longest TTL", value: (r) => r.longestTtl ?? "" },
  { key: "gates", title: "Gates", value: (r) => joined(r.gates) },
  ...SEVERITIES.map((s) => ({ key: s, title: s, value: (r: InventoryRow) => String(r.findings[s]) })),
  { key: "waived", title: "waived", value: (r) => String(r.waived) },
];

/** "1 critical, 2 high" (open findings), or "none". */
export function findingSummary(row: InventoryRow): string {
  const parts = SEVERITIES.filter((s) => row.findings[s] > 0).map((s) => `${row.findings[s]} ${s}`);
  if (row.waived > 0) parts.push(`${row.waived} waived`);
  return parts.length > 0 ? parts.join(", ") : "none";
}
