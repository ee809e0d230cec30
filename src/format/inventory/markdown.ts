// Inventory as a GitHub-flavoured Markdown table (job summaries, PR comments, wikis). Every value is
// manifest data and goes through escapeMarkdown, so no cell can break the table, open HTML or mention.
import type { InventoryRow } from "../../report/inventory.js";
import { escapeMarkdown } from "../escape.js";
import { findingSummary } from "./columns.js";

const HEADINGS = [
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
  "Open findings",
];

function cell(value: string): string {
  const escaped = escapeMarkdown(value);
  return escaped === "" ? "–" : escaped;
}

/** The table alone (no heading): the action can put it under a heading of its own. */
export function inventoryTableMarkdown(rows: readonly InventoryRow[]): string {
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
      cell(findingSummary(r)),
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n") + "\n";
}

export function formatInventoryMarkdown(rows: readonly InventoryRow[]): string {
  const privileged = rows.filter((r) => r.accessLevel === "privileged").length;
  const intro = `${rows.length} ${rows.length === 1 ? "agent" : "agents"}, ${privileged} with privileged access.`;
  return ["## Agent inventory", "", intro, "", inventoryTableMarkdown(rows)].join("\n");
}
