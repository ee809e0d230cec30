// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One run; the driver lists the rules
// that the results reference (in the order of input.rules), so an upload carries the metadata of
// every alert it raises and nothing else. Waived findings stay in as results with an accepted
// external suppression; unreadable files become tool execution notifications.
import {
  HOMEPAGE,
  ruleHelpUri,
  type FileError,
  type Finding,
  type FormatInput,
  type Report,
  type RuleMeta,
  type Severity,
} from "../report/model.js";
import { escapeMarkdown, safeHttpsUrl, wellFormed } from "./escape.js";
import { spanOf } from "./span.js";

export const SARIF_SCHEMA_URI =
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/** Key of the partial fingerprint; bump the suffix if the fingerprint recipe ever changes. */
export const FINGERPRINT_KEY = "agentpolicy/v1";

type Level = "error" | "warning" | "note";

export const SARIF_LEVEL: Record<Severity, Level> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note",
};

/** GitHub code scanning reads properties["security-severity"] (a string, 0.0–10.0) to rank alerts. */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0",
};

/** A relative path as a URI reference: each segment percent-encoded, so spaces, `#`, `?`, `%` or a
 * leading `c:` cannot turn into a fragment, a query or a scheme. */
export function fileUri(file: string): string {
  return wellFormed(file)
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

function controlTags(controls: { framework: string; id: string }[]): string[] {
  return controls.map((c) => `${c.framework}/${c.id}`);
}

/** A finding whose rule is missing from input.rules still needs a descriptor for its ruleIndex. */
function ruleFromFinding(f: Finding): RuleMeta {
  return {
    id: f.ruleId,
    title: f.title,
    severity: f.severity,
    description: f.title,
    remediation: f.remediation,
    helpUri: ruleHelpUri(f.ruleId),
    waivable: true,
    controls: f.controls,
  };
}

function safeHelpUri(rule: RuleMeta): string {
  return safeHttpsUrl(rule.helpUri) ?? safeHttpsUrl(ruleHelpUri(rule.id)) ?? HOMEPAGE;
}

function descriptor(rule: RuleMeta) {
  const controls = rule.controls.map((c) => `${c.framework} ${c.id}${c.title ? ` (${c.title})` : ""}`);
  const helpText = [rule.remediation, controls.length ? `Controls: ${controls.join("; ")}` : ""]
    .filter(Boolean)
    .join("\n\n");
  const helpMarkdown = [
    // Remediation is Markdown written by rule-pack authors (YAML examples in fences), not manifest
    // data, and GitHub sanitises rule help when it renders it; it goes in as authored.
    rule.remediation.trim(),
    controls.length ? `**Controls:** ${controls.map(escapeMarkdown).join("; ")}` : "",
    `[Documentation](${safeHelpUri(rule)})`,
  ]
    .filter(Boolean)
    .join("\n\n");
  return {
    id: rule.id,
    name: rule.title || rule.id,
    shortDescription: { text: rule.title || rule.id },
    fullDescription: { text: rule.description || rule.title || rule.id },
    help: { text: helpText || rule.title || rule.id, markdown: helpMarkdown },
    helpUri: safeHelpUri(rule),
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: {
      tags: [...new Set(["security", ...controlTags(rule.controls)])],
      "security-severity": SECURITY_SEVERITY[rule.severity],
    },
  };
}

function physicalLocation(
  file: string,
  pos: { line: number; column: number; endLine?: number; endColumn?: number },
) {
  const s = spanOf(pos);
  return {
    artifactLocation: { uri: fileUri(file), uriBaseId: "%SRCROOT%" },
    region: { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn },
  };
}

function result(f: Finding, ruleIndex: number) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: physicalLocation(f.file, f),
        logicalLocations: [{ fullyQualifiedName: `${f.agent ?? f.file}${f.path}` }],
      },
    ],
    ...(f.related?.length
      ? {
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            physicalLocation: physicalLocation(r.file, r),
            message: { text: r.agent !== undefined ? `also ${r.agent}` : "also here" },
          })),
        }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(f.new === undefined ? {} : { baselineState: f.new ? "new" : "unchanged" }),
    ...(f.status === "waived"
      ? {
          suppressions: [
            {
              kind: "external",
              status: "accepted",
              justification: f.waiver?.reason ?? "waived in agentpolicy configuration",
              ...(f.waiver
                ? { properties: { approvedBy: f.waiver.approved_by, expires: f.waiver.expires } }
                : {}),
            },
          ],
        }
      : {}),
    properties: {
      severity: f.severity,
      ...(f.agent === undefined ? {} : { agent: f.agent }),
      pointer: f.path,
      controls: controlTags(f.controls),
    },
  };
}

function notification(e: FileError) {
  return {
    level: "error",
    message: { text: e.message },
    locations: [{ physicalLocation: physicalLocation(e.file, e) }],
  };
}

function ruleTable(
  report: Report,
  rules: RuleMeta[],
): { descriptors: RuleMeta[]; index: Map<string, number> } {
  const used = new Set(report.findings.map((f) => f.ruleId));
  const known = rules.filter((r) => used.has(r.id));
  const knownIds = new Set(known.map((r) => r.id));
  const missing = new Map<string, RuleMeta>();
  for (const f of report.findings)
    if (!knownIds.has(f.ruleId) && !missing.has(f.ruleId)) missing.set(f.ruleId, ruleFromFinding(f));
  const descriptors = [...known, ...missing.values()].filter(
    (r, i, all) => all.findIndex((o) => o.id === r.id) === i,
  );
  return { descriptors, index: new Map(descriptors.map((r, i) => [r.id, i])) };
}

export function formatSarif({ report, rules }: FormatInput): string {
  const { descriptors, index } = ruleTable(report, rules);
  const version = report.tool.version;
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "agentpolicy",
            version,
            ...(/^\d+\.\d+\.\d+(?:[-+].*)?$/.test(version) ? { semanticVersion: version } : {}),
            informationUri: HOMEPAGE,
            rules: descriptors.map(descriptor),
          },
        },
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map(notification),
          },
        ],
        results: report.findings.map((f) => result(f, index.get(f.ruleId) ?? 0)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
