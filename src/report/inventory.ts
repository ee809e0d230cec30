// The agent inventory: the first two steps of agent governance, "inventory all agents" and "classify them
// by access level". One row per agent with who answers for it, what it can touch, how it authenticates,
// which human gates guard it, and how many open findings it has. Every string is redacted with the
// secret values detected in the manifests, so no output built from rows can leak one.
import { agentAccessLevel, isSensitivePermission } from "../engine/derived.js";
import { makeRedactor } from "../engine/redact.js";
import { formatDuration } from "../manifest/duration.js";
import { agentKey } from "../manifest/agent-key.js";
import type { AgentRef, NormalisedAgent } from "../manifest/types.js";
import { sourceColumns } from "../sources/columns.js";
import { emptyCounts, type AgentRow, type ComponentRow, type FileError, type Finding } from "./model.js";

export type InventoryRow = AgentRow;

export interface Inventory {
  schemaVersion: 1;
  tool: { name: "agentpolicy"; version: string };
  agents: InventoryRow[];
  /** Discovered code components with AI agent signals, declared or not. */
  components?: ComponentRow[];
  /** Files that could not be read or parsed: their agents are missing from the inventory. */
  errors: FileError[];
}

type Obj = Record<string, unknown>;

function record(v: unknown): Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : {};
}

function list(v: unknown): Obj[] {
  return Array.isArray(v) ? v.map(record) : [];
}

function text(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))].sort();
}

/** Labels as written, string values only, sorted by key (a manifest may carry anything there). */
function labelsOf(v: unknown, scrub: (s: string) => string): Record<string, string> | undefined {
  const entries = Object.entries(record(v))
    .filter((e): e is [string, string] => typeof e[1] === "string")
    .map(([k, val]) => [scrub(k), scrub(val)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function longestTtl(credentials: Obj[]): string | undefined {
  const ttls = credentials
    .map((c) => c.ttl)
    .filter((t): t is number => typeof t === "number" && Number.isFinite(t));
  return ttls.length > 0 ? formatDuration(Math.max(...ttls)) : undefined;
}

/**
 * Rows in the agents' order. `findingAgents` (CheckResult.findingAgents) ties each finding to its agent;
 * without it findings are matched by file and agent name.
 */
export function inventoryRows(
  agents: readonly NormalisedAgent[],
  findings: readonly Finding[],
  findingAgents?: ReadonlyMap<string, number>,
): InventoryRow[] {
  const scrub = inventoryScrub(agents);
  const rows = agents.map((agent) => inventoryRow(agent, scrub));
  countFindings(rows, agents, findings, findingAgents, scrub);
  return rows;
}

/** What rows are redacted with: every secret value the agents' manifests hold. */
export function inventoryScrub(agents: readonly Pick<NormalisedAgent, "redact">[]): (text: string) => string {
  return makeRedactor(agents.flatMap((a) => a.redact));
}

/** An agent's row with no findings counted yet (countFindings), from its data while it is at hand. */
export function inventoryRow(agent: NormalisedAgent, scrub: (text: string) => string): InventoryRow {
  const opt = (v: unknown): string | undefined => {
    const t = text(v);
    return t === undefined ? undefined : scrub(t);
  };
  const data = agent.data;
  const metadata = record(data.metadata);
  const identity = record(data.identity);
  const credentials = list(data.credentials);
  const permissions = list(data.permissions);
  const sensitive = permissions.filter((p) => isSensitivePermission(p));
  const row: InventoryRow = {
    name: scrub(agentKey(agent)),
    file: scrub(agent.doc.file),
    accessLevel: agentAccessLevel(data.permissions),
    permissions: permissions.length,
    permissionCategories: distinct(permissions.map((p) => opt(p.category))),
    sensitivePermissions: sensitive.length,
    // approval: a gate's name, or {gate, above} (manifest v1.1)
    ungatedSensitive: sensitive.filter(
      (p) => text(p.approval) === undefined && text(record(p.approval).gate) === undefined,
    ).length,
    credentialTypes: distinct(credentials.map((c) => opt(c.type))),
    gates: distinct(list(data.approvals).map((g) => opt(g.name))),
    findings: emptyCounts(),
    waived: 0,
  };
  const put = (
    key: "identityId" | "owner" | "sponsor" | "environment" | "riskTier" | "identityProvider" | "longestTtl",
    v?: string,
  ) => {
    if (v !== undefined) row[key] = v;
  };
  put("identityId", opt(identity.id));
  put("owner", opt(metadata.owner));
  put("sponsor", opt(metadata.sponsor));
  put("environment", opt(metadata.environment));
  put("riskTier", opt(record(data.risk).eu_ai_act));
  put("identityProvider", opt(identity.provider));
  put("longestTtl", longestTtl(credentials));
  const labels = labelsOf(metadata.labels, scrub);
  if (labels) row.labels = labels;
  Object.assign(row, sourceColumns(agent));
  return row;
}

/** Counts the findings into the rows of their agents (rows and agents in the same order). */
export function countFindings(
  rows: readonly InventoryRow[],
  agents: readonly AgentRef[],
  findings: readonly Finding[],
  findingAgents: ReadonlyMap<string, number> | undefined,
  scrub: (text: string) => string,
): void {
  for (const f of findings) {
    const index =
      findingAgents?.get(f.fingerprint) ??
      (findingAgents
        ? undefined
        : agents.findIndex(
            (a) => scrub(a.doc.file) === f.file && a.name !== undefined && scrub(a.name) === f.agent,
          ));
    const row = index === undefined || index < 0 ? undefined : rows[index];
    if (!row) continue;
    if (f.status === "waived") row.waived++;
    else row.findings[f.severity]++;
  }
}

/** Rows of the named agents only (e.g. those a pull request changes), in the inventory's order. */
export function inventoryRowsOf(rows: readonly InventoryRow[], names: Iterable<string>): InventoryRow[] {
  const wanted = new Set(names);
  return rows.filter((r) => wanted.has(r.name));
}
