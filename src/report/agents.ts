// Optional report additions for the evidence formats (OCSF, JUnit, HTML): which agents were checked
// with their identity, owner and access level, and where and when the run happened. A finding names
// only its agent, so without these an auditor sees neither the compliant agents nor who owns them.
// Proposed for report-v1 as `Report.agents` and `Report.run` (optional, additive); until then the
// formatters read them when present and fall back to what the findings carry.
import type { NormalisedAgent } from "../manifest/types.js";
import { redactText } from "../manifest/secrets.js";
import { agentAccessLevel, isSensitivePermission, type AccessLevel } from "../engine/derived.js";

export interface AgentSummary {
  /** metadata.name; the file and document index when the manifest has no usable name. */
  name: string;
  file: string;
  /** identity.id */
  id?: string;
  /** identity.provider */
  provider?: string;
  /** metadata.owner: `team:<slug>` or an email. */
  owner?: string;
  /** metadata.sponsor: the accountable human. */
  sponsor?: string;
  environment?: string;
  /** risk.eu_ai_act */
  riskTier?: string;
  labels?: Record<string, string>;
  accessLevel: AccessLevel;
  permissions: number;
  /** Sensitive permissions (manifest-v1 "What the checker derives") and how many of them have no gate. */
  sensitivePermissions: number;
  ungatedSensitive: number;
}

export interface RunInfo {
  /** ISO 8601 UTC time the check ran. */
  generatedAt: string;
  /** "owner/name" or a URL, when the shell knows it (GITHUB_REPOSITORY, git remote). */
  repository?: string;
  /** Commit SHA of the checked tree. */
  commit?: string;
  ref?: string;
  /** Rule packs loaded (built-in and organisation packs) with their versions. */
  rulePacks?: { name: string; version: string }[];
}

function record(v: unknown): Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function text(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** Labels as written, string values only (a manifest may carry anything there). */
function labelsOf(v: unknown): Record<string, string> | undefined {
  const entries = Object.entries(record(v)).filter((e): e is [string, string] => typeof e[1] === "string");
  return entries.length > 0
    ? Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : undefined;
}

/** One summary per checked agent, in input order; detected secret values are redacted from every string. */
export function summariseAgents(agents: readonly NormalisedAgent[]): AgentSummary[] {
  return agents.map((agent) => {
    const scrub = (s: string | undefined): string | undefined =>
      s === undefined || agent.redact.length === 0 ? s : redactText(s, agent.redact);
    const data = agent.data;
    const metadata = record(data.metadata);
    const identity = record(data.identity);
    const perms = Array.isArray(data.permissions) ? (data.permissions as unknown[]) : [];
    const sensitive = perms.filter((p) => isSensitivePermission(p));
    const labels = labelsOf(metadata.labels);
    const summary: Partial<AgentSummary> = {};
    const put = <K extends keyof AgentSummary>(key: K, value: AgentSummary[K] | undefined): void => {
      if (value !== undefined) summary[key] = value;
    };
    put("name", scrub(agent.name) ?? `${agent.doc.file}#${agent.doc.docIndex}`);
    put("file", agent.doc.file);
    put("id", scrub(text(identity.id)));
    put("provider", scrub(text(identity.provider)));
    put("owner", scrub(text(metadata.owner)));
    put("sponsor", scrub(text(metadata.sponsor)));
    put("environment", scrub(text(metadata.environment)));
    put("riskTier", scrub(text(record(data.risk).eu_ai_act)));
    put(
      "labels",
      labels && Object.fromEntries(Object.entries(labels).map(([k, v]) => [scrub(k) ?? k, scrub(v) ?? v])),
    );
    put("accessLevel", agentAccessLevel(data.permissions));
    put("permissions", perms.length);
    put("sensitivePermissions", sensitive.length);
    put("ungatedSensitive", sensitive.filter((p) => text(record(p).approval) === undefined).length);
    return summary as AgentSummary;
  });
}
