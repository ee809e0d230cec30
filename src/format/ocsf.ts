// OCSF Compliance Finding events (class 2003, category 2 Findings), one JSON object per line, for a
// SIEM to ingest beside human activity (docs/ocsf.md). Field names and enum values follow OCSF
// schema 1.5.0 (https://schema.ocsf.io/1.5.0/classes/compliance_finding): `compliance.checks` first
// appears there. Events, in report order:
//  - each finding: activity Create; status New, or Suppressed when waived;
//  - each finding fixed since the base: activity Close, status Resolved;
//  - each file that could not be checked: compliance status Warning ("no result due to missing
//    information"), so a broken manifest does not silently drop an agent from the SIEM.
// The output depends only on the input (the clock comes from run.generatedAt or `now`).
import { messageWithRelated } from "./related.js";
import { createHash } from "node:crypto";
import type { FileError, Finding, RuleMeta, Severity } from "../report/model.js";
import { wellFormed } from "./escape.js";
import {
  frameworkTitles,
  runTime,
  summaryFor,
  type AgentSummary,
  type EvidenceInput,
  type EvidenceReport,
} from "./evidence.js";

export const OCSF_VERSION = "1.5.0";
export const OCSF_CLASS_UID = 2003;
export const OCSF_CATEGORY_UID = 2;
/** The resource type of an agent in `resources[].type`. */
export const AGENT_RESOURCE_TYPE = "AI Agent";

/** OCSF severity_id: 1 Informational … 5 Critical. */
export const OCSF_SEVERITY: Record<Severity, { id: number; caption: string }> = {
  info: { id: 1, caption: "Informational" },
  low: { id: 2, caption: "Low" },
  medium: { id: 3, caption: "Medium" },
  high: { id: 4, caption: "High" },
  critical: { id: 5, caption: "Critical" },
};

/** Finding activity_id (OCSF 1.5.0 finding.activity_id). */
export const OCSF_ACTIVITY = {
  create: { id: 1, caption: "Create" },
  close: { id: 3, caption: "Close" },
} as const;

/** Finding status_id (OCSF 1.5.0 finding.status_id): 1 New, 3 Suppressed, 4 Resolved. */
export const OCSF_FINDING_STATUS = {
  new: { id: 1, caption: "New" },
  suppressed: { id: 3, caption: "Suppressed" },
  resolved: { id: 4, caption: "Resolved" },
} as const;

/** Compliance status_id (OCSF 1.5.0 compliance.status_id): 1 Pass, 2 Warning, 3 Fail. */
export const OCSF_COMPLIANCE_STATUS = {
  pass: { id: 1, caption: "Pass" },
  warning: { id: 2, caption: "Warning" },
  fail: { id: 3, caption: "Fail" },
} as const;

type Json = Record<string, unknown>;
type Status = { id: number; caption: string };

/** Drops undefined members so every line carries only what is known. */
function compact(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function header(activity: Status, severity: Status, status: Status, time: number, message: string): Json {
  return {
    activity_id: activity.id,
    activity_name: activity.caption,
    category_uid: OCSF_CATEGORY_UID,
    category_name: "Findings",
    class_uid: OCSF_CLASS_UID,
    class_name: "Compliance Finding",
    type_uid: OCSF_CLASS_UID * 100 + activity.id,
    type_name: `Compliance Finding: ${activity.caption}`,
    time,
    severity_id: severity.id,
    severity: severity.caption,
    status_id: status.id,
    status: status.caption,
    message,
  };
}

function metadata(report: EvidenceReport): Json {
  return {
    version: OCSF_VERSION,
    product: { name: "agentpolicy", vendor_name: "agentpolicy", version: report.tool.version },
    log_name: "agentpolicy",
  };
}

/** An owner that is an email address fills email_addr; `team:<slug>` stays a name. */
function owner(value: string | undefined): Json | undefined {
  if (value === undefined) return undefined;
  return compact({ name: value, email_addr: /^[^\s@]+@[^\s@]+$/.test(value) ? value : undefined });
}

function resource(report: EvidenceReport, f: Finding): Json {
  const agent: AgentSummary | undefined = summaryFor(report, f);
  const name = agent?.name ?? f.agent;
  if (name === undefined) return { uid: f.file, name: f.file, type: "AI Agent manifest" };
  const labels = agent?.labels ? Object.entries(agent.labels).map(([k, v]) => `${k}=${v}`) : undefined;
  const data = agent
    ? compact({
        file: agent.file,
        identity_provider: agent.identityProvider,
        environment: agent.environment,
        risk_tier: agent.riskTier,
        access_level: agent.accessLevel,
        sponsor: agent.sponsor,
      })
    : { file: f.file };
  return compact({
    uid: agent?.identityId ?? name,
    name,
    type: AGENT_RESOURCE_TYPE,
    owner: owner(agent?.owner),
    labels,
    data,
  });
}

function compliance(report: EvidenceReport, f: Finding, rule: RuleMeta | undefined, status: Status): Json {
  const titles = frameworkTitles(report);
  const standards = [...new Set(f.controls.map((c) => titles.get(c.framework) ?? c.framework))];
  // Citations exactly as the framework catalog writes them, prefixed by the framework id (as in SARIF tags).
  const requirements = f.controls.map((c) => `${c.framework}/${c.id}`);
  const severity = OCSF_SEVERITY[f.severity];
  return compact({
    standards,
    control:
      f.controls.length > 0 ? f.controls.map((c) => `${c.id} ${c.title}`.trim()).join("; ") : undefined,
    requirements,
    checks: [
      compact({
        uid: f.ruleId,
        name: f.title,
        desc: rule?.description,
        severity: severity.caption,
        severity_id: severity.id,
        standards,
        status: status.caption,
        status_id: status.id,
      }),
    ],
    status: status.caption,
    status_id: status.id,
  });
}

function waiverDetail(f: Finding): string | undefined {
  const w = f.waiver;
  if (f.status !== "waived") return undefined;
  return w ? `waived by ${w.approved_by} until ${w.expires}: ${w.reason}` : "waived";
}

function findingEvent(
  input: EvidenceInput,
  f: Finding,
  rules: Map<string, RuleMeta>,
  fixed: boolean,
  time: number,
): Json {
  const { report } = input;
  const rule = rules.get(f.ruleId);
  const activity = fixed ? OCSF_ACTIVITY.close : OCSF_ACTIVITY.create;
  const status = fixed
    ? OCSF_FINDING_STATUS.resolved
    : f.status === "waived"
      ? OCSF_FINDING_STATUS.suppressed
      : OCSF_FINDING_STATUS.new;
  const checkStatus = fixed ? OCSF_COMPLIANCE_STATUS.pass : OCSF_COMPLIANCE_STATUS.fail;
  return compact({
    ...header(activity, OCSF_SEVERITY[f.severity], status, time, f.message),
    status_detail: fixed ? `fixed since ${report.base?.ref ?? "the base"}` : waiverDetail(f),
    metadata: metadata(report),
    finding_info: compact({
      uid: f.fingerprint,
      title: f.title,
      desc: messageWithRelated(f),
      types: ["agentpolicy", f.ruleId],
      src_url: rule && /^https:\/\/[^\s<>"'`]+$/.test(rule.helpUri) ? rule.helpUri : undefined,
    }),
    compliance: compliance(report, f, rule, checkStatus),
    resources: [resource(report, f)],
    remediation: f.remediation ? { desc: f.remediation } : undefined,
    unmapped: compact({
      file: f.file,
      line: f.line,
      column: f.column,
      end_line: f.endLine,
      end_column: f.endColumn,
      pointer: f.path,
      new: f.new,
      waiver: f.status === "waived" && f.waiver ? { ...f.waiver } : undefined,
      base: report.base ? { ...report.base } : undefined,
      repository: report.run?.repository,
      commit: report.run?.commit,
    }),
  });
}

/** Stable id for a file error (it has no fingerprint): a hash of where and what. */
function errorUid(e: FileError): string {
  const h = createHash("sha256")
    .update(`${e.file}\u0000${e.line}\u0000${e.column}\u0000${e.message}`)
    .digest("hex");
  return `error-${h.slice(0, 32)}`;
}

function errorEvent(input: EvidenceInput, e: FileError, time: number): Json {
  const { report } = input;
  const standards = report.frameworks.map((f) => f.title || f.id);
  const warning = OCSF_COMPLIANCE_STATUS.warning;
  return compact({
    ...header(OCSF_ACTIVITY.create, OCSF_SEVERITY.high, OCSF_FINDING_STATUS.new, time, e.message),
    metadata: metadata(report),
    finding_info: {
      uid: errorUid(e),
      title: "Manifest could not be checked",
      desc: e.message,
      types: ["agentpolicy", "file-error"],
    },
    compliance: { standards, status: warning.caption, status_id: warning.id, status_detail: e.message },
    resources: [{ uid: e.file, name: e.file, type: "AI Agent manifest" }],
    remediation: { desc: "Fix the file so it can be read and parsed, then run the check again." },
    unmapped: compact({
      file: e.file,
      line: e.line,
      column: e.column,
      repository: report.run?.repository,
      commit: report.run?.commit,
    }),
  });
}

/** The events as objects (for tests and programmatic use). */
export function ocsfEvents(input: EvidenceInput): Json[] {
  const { report } = input;
  const time = runTime(input);
  const rules = new Map(input.rules.map((r) => [r.id, r]));
  return [
    ...report.findings.map((f) => findingEvent(input, f, rules, false, time)),
    ...(report.fixed ?? []).map((f) => findingEvent(input, f, rules, true, time)),
    ...report.errors.map((e) => errorEvent(input, e, time)),
  ];
}

// Lone surrogates would be written as \udXXX escapes that strict UTF-8 pipelines reject.
const wellFormedStrings = (_key: string, value: unknown): unknown =>
  typeof value === "string" ? wellFormed(value) : value;

/** NDJSON: one event per line (JSON.stringify never emits a raw line break), a trailing newline when non-empty. */
export function formatOcsf(input: EvidenceInput): string {
  return ocsfEvents(input)
    .map((e) => JSON.stringify(e, wellFormedStrings) + "\n")
    .join("");
}
