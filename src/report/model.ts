// The report-v1 contract (schema/report.schema.json). Every formatter, the CLI and the action read
// this one type; it changes only by adding fields.

export const SEVERITIES = ["critical", "high", "medium", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];
export type FailOn = Severity | "never";

/** 0 = critical … 4 = info; lower is more severe. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** True when a finding of severity `s` reaches the fail-on threshold. */
export function reaches(s: Severity, failOn: FailOn): boolean {
  return failOn !== "never" && severityRank(s) <= severityRank(failOn);
}

/** A span in a source file, 1-based, plus the JSON pointer of the node inside its agent document. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  path: string;
}

export interface ControlRef {
  framework: string;
  id: string;
  title: string;
}

/** Narrows a waiver to exact findings (what `agentpolicy baseline` writes). */
export interface WaiverMatch {
  /** The manifest file (report path) the findings are in. */
  file?: string;
  /** The findings' fingerprints: the waiver covers only these. */
  fingerprint?: string | string[];
}

export interface WaiverRef {
  check: string;
  agent: string;
  path?: string;
  match?: WaiverMatch;
  reason: string;
  approved_by: string;
  expires: string;
}

/** Another place a finding's root cause occurs (the same identity or secret in another agent). */
export interface RelatedLocation extends SourceLocation {
  agent?: string;
}

export interface Finding extends SourceLocation {
  ruleId: string;
  title: string;
  severity: Severity;
  message: string;
  agent?: string;
  controls: ControlRef[];
  remediation: string;
  fingerprint: string;
  status: "open" | "waived";
  waiver?: WaiverRef;
  /** Only with a base: absent at the base. */
  new?: boolean;
  /** One cause, one finding: the other agents sharing this finding's cause, in file order. */
  related?: RelatedLocation[];
}

export interface FileError {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
}

/**
 * pass: every check of the control ran and none failed, with at least one full-strength mapping applied;
 * fail: an open finding cites it; waived: its findings are all waived; partial: nothing failed, but only
 * partial-strength evidence applied or some of its checks are off; attested: a manual control whose
 * applicable agents all link fresh `compliance:` evidence; not-evaluated: all its checks are off or out of
 * scope; not-applicable: no scanned agent is in its scope (role, tier, Annex III area) or none of its
 * checks applied to any; manual: no check can show it.
 */
export type ControlStatus =
  "pass" | "fail" | "waived" | "partial" | "attested" | "not-evaluated" | "not-applicable" | "manual";

/** Evidence an agent links for a manual control (manifest v1.1 `compliance:`). */
export interface AttestationRef {
  agent: string;
  file: string;
  kind: string;
  ref: string;
  date: string;
}

export interface ControlCoverage {
  id: string;
  title: string;
  status: ControlStatus;
  checks: string[];
  /** Open findings citing the control. */
  failing: number;
  /** How strongly each check evidences the control (v1.1). */
  mappings?: { check: string; strength: "full" | "partial" }[];
  /** Its checks that were switched off or out of scope: they did not run (v1.1). */
  checksOff?: string[];
  /** Agents the control applies to (in its scope, and evaluated by one of its checks), and how many fail it. */
  agents?: { applicable: number; failing: number };
  /** Manual controls: the evidence agents link for it. */
  attested?: AttestationRef[];
}

export interface FrameworkCoverage {
  id: string;
  title: string;
  version: string;
  controls: ControlCoverage[];
}

export type SeverityCounts = Record<Severity, number>;

export interface Summary {
  files: number;
  agents: number;
  findings: SeverityCounts;
  waived: number;
  errors: number;
  passed: boolean;
  failOn: FailOn;
  /**
   * Which findings decided `passed`: all open ones at or above failOn, or (with a base) only the new
   * ones; see report/gate.ts. Absent in reports from before fail scopes (they judged all).
   */
  failScope?: "new" | "all";
  /**
   * Access escalations the policy fails on (config fail_on_escalation); present only with a base and a
   * policy that sets it. Any of them fails the run, whatever the fail scope.
   */
  failingEscalations?: number;
  /** Only with a base. */
  new?: number;
  fixed?: number;
  unchanged?: number;
}

export interface ChangeDetail {
  kind: string;
  path: string;
  /** What changed, in words ("permission deploy on github.com/acme/api", "credential stripe"). */
  subject?: string;
  before?: string;
  after?: string;
  escalation: boolean;
  /** An escalation the policy fails on (config fail_on_escalation): it fails the run. */
  fails?: true;
}

export interface AgentChange {
  agent: string;
  file: string;
  change: "added" | "removed" | "modified";
  details: ChangeDetail[];
}

/** manifest-v1 "What the checker derives". */
export type AccessLevel = "read-only" | "write" | "privileged";

/**
 * One agent of the inventory: who answers for it, what it can touch, how it authenticates, which human
 * gates guard it, and its findings. Every string is redacted of detected secrets.
 */
export interface AgentRow {
  /** metadata.name; `<file>#<document index>` when the manifest has none. */
  name: string;
  file: string;
  /** identity.id */
  identityId?: string;
  /** identity.provider */
  identityProvider?: string;
  owner?: string;
  sponsor?: string;
  environment?: string;
  /** risk.eu_ai_act */
  riskTier?: string;
  /** metadata.labels, string values only, sorted by key. */
  labels?: Record<string, string>;
  accessLevel: AccessLevel;
  permissions: number;
  /** Distinct permissions[].category, sorted. */
  permissionCategories: string[];
  /** Permissions that need a human gate (manifest-v1), and how many of them have none. */
  sensitivePermissions: number;
  ungatedSensitive: number;
  /** Distinct credentials[].type, sorted. */
  credentialTypes: string[];
  /** The longest declared credential ttl (15m, 1h, 30d). */
  longestTtl?: string;
  /** Names of the approval gates the agent declares. */
  gates: string[];
  /** Open findings by severity. */
  findings: SeverityCounts;
  /** Findings accepted by a waiver. */
  waived: number;
  /** The native format the agent was read from ("claude-code-mcp"); absent for a manifest alone. */
  source?: string;
  /** Native config files the agent is built from (its own file for an implicit agent, `sources:` otherwise). */
  sourceFiles?: string[];
  /** Where `owner` came from when the manifest does not declare it: "CODEOWNERS" (derived). */
  ownerSource?: string;
}

/** Where and when the run happened; set by the shells (the core output stays deterministic). */
export interface RunInfo {
  /** ISO 8601 UTC time the check ran. */
  generatedAt: string;
  /** "owner/name" or a URL, when the shell knows it. */
  repository?: string;
  /** Commit SHA of the checked tree. */
  commit?: string;
  ref?: string;
  /** Rule packs loaded (built-in and organisation packs) with their versions. */
  rulePacks?: { name: string; version: string }[];
}

/** An edit to the policy (config, waivers, packs) in a change, for a reviewer to approve knowingly. */
export interface PolicyChangeRef {
  kind: string;
  /** One line of plain language; config values are data and get escaped by each format. */
  text: string;
  /** Can let through something the base policy would fail. */
  mayWeaken: boolean;
}

/** A check setting from the config: switched off, or given another severity. */
export interface PolicyOverride {
  check: string;
  /** "off" or a severity. */
  setting: string;
  /** false when the setting did not take effect (the check is not waivable). */
  applied?: boolean;
}

/** The policy that produced a report (report v1.1 `policy`). */
export interface PolicyRecord {
  source: {
    /** base: read from the base commit; head: the working tree's config; built-in: no config. */
    side: "base" | "head" | "built-in";
    /** The config file, relative to the scan root. */
    file?: string;
    /** The commit the config was read from. */
    sha?: string;
    origin?: string;
  };
  /** sha256 over the config and every pack file. */
  digest: string;
  overrides: PolicyOverride[];
  /** Parameters that differ from their defaults, as written. */
  params: Record<string, unknown>;
  /** The built-in rules (the tool's version) and each pack (the digest of its files). */
  rulePacks?: { name: string; version: string }[];
}

export interface Report {
  schemaVersion: 1;
  tool: { name: "agentpolicy"; version: string };
  summary: Summary;
  frameworks: FrameworkCoverage[];
  findings: Finding[];
  errors: FileError[];
  base?: { ref: string; sha: string };
  changes?: AgentChange[];
  /** Findings present at the base and gone now (only with a base). */
  fixed?: Finding[];
  /**
   * Only with a base: which side's config and packs judged the run, and the edits to them; "defaults"
   * when the base could not be read and the built-in defaults judged instead (never the head's policy).
   */
  policySource?: "base" | "head" | "defaults";
  /** Why the base policy could not be read (only with policySource "defaults"). */
  baseUnreadable?: string;
  policyChanges?: PolicyChangeRef[];
  /** The inventory: every checked agent, compliant or not. */
  agents?: AgentRow[];
  /** The policy that produced the report (v1.1). */
  policy?: PolicyRecord;
  /** Discovered code components with AI agent signals, declared or not (report v1.1). */
  components?: ComponentRow[];
  run?: RunInfo;
}

export function emptyCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}

/** What formatters need to know about a check (SARIF rules, explain, docs). */
export interface RuleMeta {
  id: string;
  title: string;
  severity: Severity;
  description: string;
  remediation: string;
  helpUri: string;
  waivable: boolean;
  controls: ControlRef[];
}

/** Everything a formatter receives. Formatters are pure: (FormatInput) → string. */
export interface FormatInput {
  report: Report;
  rules: RuleMeta[];
  /** ANSI colour for text output (the CLI decides: TTY and no NO_COLOR). */
  color?: boolean;
}

export const HOMEPAGE = "https://github.com/agentpolicy/agentpolicy";
export function ruleHelpUri(id: string): string {
  return `${HOMEPAGE}/blob/main/docs/rules.md#${id.toLowerCase()}`;
}

/** One signal of a discovered component: a dependency line, a framework config, or an import site. */
export interface ComponentSignal {
  type: "dependency" | "config" | "import";
  /** The package (dependency), framework (config) or module (import). */
  package: string;
  kind: "llm-sdk" | "agent-framework" | "mcp-server" | "mcp-client";
  file: string;
  line: number;
  ecosystem?: string;
  version?: string;
  scope?: string;
  /** Compared with a base: true when the base had no such signal (same type, package and file). */
  new?: boolean;
}

/**
 * A discovered code component (a project folder with AI agent signals, report v1.1 `components[]`), and
 * whether a manifest, a native config or a `sources:` link declares it.
 */
export interface ComponentRow {
  /** Project folder from the scan root ("." for the root). */
  path: string;
  name: string;
  declared: boolean;
  /** The first agent that declares it (manifest name), when one does. */
  agent?: string;
  /** Everything that declares it: `code` globs, a `manifest` or `native` config in its folder, `sources`. */
  declaredBy: { by: "code" | "manifest" | "native" | "sources"; file: string; agent?: string }[];
  kinds: string[];
  ecosystems: string[];
  files: string[];
  signals: ComponentSignal[];
  /** Open AP-SHADOW findings on it by severity, and waived ones. */
  findings: SeverityCounts;
  waived: number;
  workspace?: string;
}
