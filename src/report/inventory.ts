// The agent inventory: the first two steps of agent governance, "inventory all agents" and "classify them
// by access level". One row per agent with who answers for it, what it can touch, how it authenticates,
// which human gates guard it, and how many open findings it has. Every string is redacted with the
// secret values detected in the manifests, so no output built from rows can leak one.
import { agentAccessLevel, type AccessLevel } from "../engine/derived.js";
import { makeRedactor } from "../engine/redact.js";
import { formatDuration } from "../manifest/duration.js";
import type { NormalisedAgent } from "../manifest/types.js";
import { emptyCounts, type FileError, type Finding, type SeverityCounts } from "./model.js";

export interface InventoryRow {
  /** metadata.name; file#document when the manifest has none. */
  name: string;
  file: string;
  owner?: string;
  sponsor?: string;
  environment?: string;
  /** risk.eu_ai_act */
  riskTier?: string;
  /** identity.provider */
  identityProvider?: string;
  /** manifest-v1 "What the checker derives": read-only, write or privileged. */
  accessLevel: AccessLevel;
  /** Distinct permissions[].category, sorted. */
  permissionCategories: string[];
  /** Distinct credentials[].type, sorted. */
  credentialTypes: string[];
  /** The longest declared credential ttl (15m, 1h, 30d); absent when no credential declares one. */
  longestTtl?: string;
  /** Names of the approval gates the agent declares. */
  gates: string[];
  /** Open findings by severity. */
  findings: SeverityCounts;
  /** Findings accepted by a waiver. */
  waived: number;
}

export interface Inventory {
  schemaVersion: 1;
  tool: { name: "agentpolicy"; version: string };
  agents: InventoryRow[];
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
  const scrub = makeRedactor(agents.flatMap((a) => a.redact));
  const opt = (v: unknown): string | undefined => {
    const t = text(v);
    return t === undefined ? undefined : scrub(t);
  };
  const counts = agents.map(() => ({ findings: emptyCounts(), waived: 0 }));
  for (const f of findings) {
    const index =
      findingAgents?.get(f.fingerprint) ??
      (findingAgents
        ? undefined
        : agents.findIndex(
            (a) => a.doc.file === f.file && a.name !== undefined && scrub(a.name) === f.agent,
          ));
    const c = index === undefined || index < 0 ? undefined : counts[index];
    if (!c) continue;
    if (f.status === "waived") c.waived++;
    else c.findings[f.severity]++;
  }
  return agents.map((agent, i) => {
    const data = agent.data;
    const metadata = record(data.metadata);
    const identity = record(data.identity);
    const credentials = list(data.credentials);
    const row: InventoryRow = {
      name: scrub(agent.name ?? `${agent.doc.file}#${agent.doc.docIndex}`),
      file: agent.doc.file,
      accessLevel: agentAccessLevel(data.permissions),
      permissionCategories: distinct(list(data.permissions).map((p) => opt(p.category))),
      credentialTypes: distinct(credentials.map((c) => opt(c.type))),
      gates: distinct(list(data.approvals).map((g) => opt(g.name))),
      findings: counts[i]!.findings,
      waived: counts[i]!.waived,
    };
    const put = (
      key: "owner" | "sponsor" | "environment" | "riskTier" | "identityProvider" | "longestTtl",
      v?: string,
    ) => {
      if (v !== undefined) row[key] = v;
    };
    put("owner", opt(metadata.owner));
    put("sponsor", opt(metadata.sponsor));
    put("environment", opt(metadata.environment));
    put("riskTier", opt(record(data.risk).eu_ai_act));
    put("identityProvider", opt(identity.provider));
    put("longestTtl", longestTtl(credentials));
    return row;
  });
}

/** Rows of the named agents only (e.g. those a pull request changes), in the inventory's order. */
export function inventoryRowsOf(rows: readonly InventoryRow[], names: Iterable<string>): InventoryRow[] {
  const wanted = new Set(names);
  return rows.filter((r) => wanted.has(r.name));
}
