// Inventory for a terminal: one block per agent (the full row does not fit a line), then a tally by
// access level. Every value goes through oneLine, so data can neither break a line nor emit escapes.
import { ACCESS_LEVELS } from "../../engine/derived.js";
import type { InventoryRow } from "../../report/inventory.js";
import { commandSafe, oneLine } from "../escape.js";
import { findingSummary } from "./columns.js";

const dash = (v: string | undefined): string => (v === undefined || v === "" ? "-" : oneLine(v));
const listed = (v: string[]): string => (v.length === 0 ? "-" : oneLine(v.join(", ")));

export function formatInventoryText(rows: readonly InventoryRow[]): string {
  const blocks = rows.map((r) => {
    const fields: [string, string][] = [
      ["owner", dash(r.owner)],
      ["sponsor", dash(r.sponsor)],
      ["environment", dash(r.environment)],
      ["risk tier", dash(r.riskTier)],
      ["identity", dash(r.identityProvider)],
      [
        "access",
        `${r.accessLevel}${r.permissionCategories.length > 0 ? ` (${listed(r.permissionCategories)})` : ""}`,
      ],
      [
        "credentials",
        `${listed(r.credentialTypes)}${r.longestTtl ? `; longest ttl ${oneLine(r.longestTtl)}` : ""}`,
      ],
      ["gates", listed(r.gates)],
      ["findings", findingSummary(r)],
    ];
    const width = Math.max(...fields.map(([k]) => k.length));
    return [
      `${commandSafe(oneLine(r.name))}  ${oneLine(r.file)}`,
      ...fields.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`),
    ].join("\n");
  });
  const tally = ACCESS_LEVELS.map(
    (level) => `${rows.filter((r) => r.accessLevel === level).length} ${level}`,
  );
  const total = `${rows.length} ${rows.length === 1 ? "agent" : "agents"}: ${tally.join(", ")}`;
  return [...blocks, total].join("\n\n") + "\n";
}
