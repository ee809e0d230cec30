import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  SEVERITIES
} from "./chunk-NOSNPXS3.js";
import {
  escapeMarkdown
} from "./chunk-Z6R44D76.js";

// src/format/inventory/columns.ts
var joined = (values) => values.join("; ");
var COLUMNS = [
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
    value: (r) => joined(r.permissionCategories)
  },
  { key: "credential_types", title: "Credential types", value: (r) => joined(r.credentialTypes) },
  { key: "longest_ttl", title: "Longest TTL", value: (r) => r.longestTtl ?? "" },
  { key: "gates", title: "Gates", value: (r) => joined(r.gates) },
  ...SEVERITIES.map((s) => ({ key: s, title: s, value: (r) => String(r.findings[s]) })),
  { key: "waived", title: "waived", value: (r) => String(r.waived) }
];
function findingSummary(row) {
  const parts = SEVERITIES.filter((s) => row.findings[s] > 0).map((s) => `${row.findings[s]} ${s}`);
  if (row.waived > 0) parts.push(`${row.waived} waived`);
  return parts.length > 0 ? parts.join(", ") : "none";
}

// src/format/inventory/markdown.ts
var HEADINGS = [
  "Agent",
  "File",
  "Owner",
  "Sponsor",
  "Environment",
  "Risk tier",
  "Identity provider",
  "Access",
  "Permission categories",
  "Credential types",
  "Longest TTL",
  "Gates",
  "Open findings"
];
function cell(value) {
  const escaped = escapeMarkdown(value);
  return escaped === "" ? "–" : escaped;
}
function inventoryTableMarkdown(rows) {
  const lines = [`| ${HEADINGS.join(" | ")} |`, `| ${HEADINGS.map(() => "---").join(" | ")} |`];
  for (const r of rows) {
    const cells = [
      `**${cell(r.name)}**`,
      cell(r.file),
      cell(r.owner ?? ""),
      cell(r.sponsor ?? ""),
      cell(r.environment ?? ""),
      cell(r.riskTier ?? ""),
      cell(r.identityProvider ?? ""),
      r.accessLevel === "privileged" ? "**privileged**" : r.accessLevel,
      cell(r.permissionCategories.join(", ")),
      cell(r.credentialTypes.join(", ")),
      cell(r.longestTtl ?? ""),
      cell(r.gates.join(", ")),
      cell(findingSummary(r))
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n") + "\n";
}
function formatInventoryMarkdown(rows) {
  const privileged = rows.filter((r) => r.accessLevel === "privileged").length;
  const intro = `${rows.length} ${rows.length === 1 ? "agent" : "agents"}, ${privileged} with privileged access.`;
  return ["## Agent inventory", "", intro, "", inventoryTableMarkdown(rows)].join("\n");
}

export {
  COLUMNS,
  findingSummary,
  inventoryTableMarkdown,
  formatInventoryMarkdown
};
