// Inventory as JSON: { schemaVersion, tool, agents, errors }, each agent's keys in a fixed order and
// optional fields present only when known, like the report.
import type { Inventory, InventoryRow } from "../../report/inventory.js";
import { SEVERITIES } from "../../report/model.js";
import { agentStatus, componentJson } from "./components.js";

function laidOut(r: InventoryRow): Record<string, unknown> {
  const out: Record<string, unknown> = { name: r.name, file: r.file, status: agentStatus(r) };
  if (r.owner !== undefined) out.owner = r.owner;
  if (r.sponsor !== undefined) out.sponsor = r.sponsor;
  if (r.environment !== undefined) out.environment = r.environment;
  if (r.riskTier !== undefined) out.riskTier = r.riskTier;
  if (r.identityProvider !== undefined) out.identityProvider = r.identityProvider;
  out.accessLevel = r.accessLevel;
  out.permissionCategories = r.permissionCategories;
  out.credentialTypes = r.credentialTypes;
  if (r.longestTtl !== undefined) out.longestTtl = r.longestTtl;
  out.gates = r.gates;
  out.findings = Object.fromEntries(SEVERITIES.map((s) => [s, r.findings[s]]));
  out.waived = r.waived;
  return out;
}

export function formatInventoryJson(inventory: Inventory): string {
  return (
    JSON.stringify(
      {
        schemaVersion: inventory.schemaVersion,
        tool: inventory.tool,
        agents: inventory.agents.map(laidOut),
        ...(inventory.components ? { components: inventory.components.map(componentJson) } : {}),
        errors: inventory.errors,
      },
      null,
      2,
    ) + "\n"
  );
}
