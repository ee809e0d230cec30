import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  HOMEPAGE,
  ruleHelpUri
} from "./chunk-NOSNPXS3.js";
import {
  spanOf
} from "./chunk-QZXLW4V6.js";
import {
  escapeMarkdown,
  jsonSafe,
  safeHttpsUrl,
  wellFormed
} from "./chunk-Z6R44D76.js";

// src/format/sarif.ts
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var FINGERPRINT_KEY = "agentpolicy/v1";
var SARIF_LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0"
};
function fileUri(file) {
  return wellFormed(file).split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function controlTags(controls) {
  return controls.map((c) => `${c.framework}/${c.id}`);
}
function ruleFromFinding(f) {
  return {
    id: f.ruleId,
    title: f.title,
    severity: f.severity,
    description: f.title,
    remediation: f.remediation,
    helpUri: ruleHelpUri(f.ruleId),
    waivable: true,
    controls: f.controls
  };
}
function safeHelpUri(rule) {
  return safeHttpsUrl(rule.helpUri) ?? safeHttpsUrl(ruleHelpUri(rule.id)) ?? HOMEPAGE;
}
function descriptor(rule) {
  const controls = rule.controls.map((c) => `${c.framework} ${c.id}${c.title ? ` (${c.title})` : ""}`);
  const helpText = [rule.remediation, controls.length ? `Controls: ${controls.join("; ")}` : ""].filter(Boolean).join("\n\n");
  const helpMarkdown = [
    // Remediation is Markdown written by rule-pack authors (YAML examples in fences), not manifest
    // data, and GitHub sanitises rule help when it renders it; it goes in as authored.
    rule.remediation.trim(),
    controls.length ? `**Controls:** ${controls.map(escapeMarkdown).join("; ")}` : "",
    `[Documentation](${safeHelpUri(rule)})`
  ].filter(Boolean).join("\n\n");
  return {
    id: rule.id,
    name: rule.title || rule.id,
    shortDescription: { text: rule.title || rule.id },
    fullDescription: { text: rule.description || rule.title || rule.id },
    help: { text: helpText || rule.title || rule.id, markdown: helpMarkdown },
    helpUri: safeHelpUri(rule),
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: {
      tags: [.../* @__PURE__ */ new Set(["security", ...controlTags(rule.controls)])],
      "security-severity": SECURITY_SEVERITY[rule.severity]
    }
  };
}
function physicalLocation(file, pos) {
  const s = spanOf(pos);
  return {
    artifactLocation: { uri: fileUri(file), uriBaseId: "%SRCROOT%" },
    region: { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn }
  };
}
function result(f, ruleIndex) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: physicalLocation(f.file, f),
        logicalLocations: [{ fullyQualifiedName: `${f.agent ?? f.file}${f.path}` }]
      }
    ],
    ...f.related?.length ? {
      relatedLocations: f.related.map((r, i) => ({
        id: i + 1,
        physicalLocation: physicalLocation(r.file, r),
        message: { text: r.agent !== void 0 ? `also ${r.agent}` : "also here" }
      }))
    } : {},
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...f.new === void 0 ? {} : { baselineState: f.new ? "new" : "unchanged" },
    ...f.status === "waived" ? {
      suppressions: [
        {
          kind: "external",
          status: "accepted",
          justification: f.waiver?.reason ?? "waived in agentpolicy configuration",
          ...f.waiver ? { properties: { approvedBy: f.waiver.approved_by, expires: f.waiver.expires } } : {}
        }
      ]
    } : {},
    properties: {
      severity: f.severity,
      ...f.agent === void 0 ? {} : { agent: f.agent },
      pointer: f.path,
      controls: controlTags(f.controls)
    }
  };
}
function notification(e) {
  return {
    level: "error",
    message: { text: e.message },
    locations: [{ physicalLocation: physicalLocation(e.file, e) }]
  };
}
function ruleTable(report, rules) {
  const used = new Set(report.findings.map((f) => f.ruleId));
  const known = rules.filter((r) => used.has(r.id));
  const knownIds = new Set(known.map((r) => r.id));
  const missing = /* @__PURE__ */ new Map();
  for (const f of report.findings)
    if (!knownIds.has(f.ruleId) && !missing.has(f.ruleId)) missing.set(f.ruleId, ruleFromFinding(f));
  const descriptors = [...known, ...missing.values()].filter(
    (r, i, all) => all.findIndex((o) => o.id === r.id) === i
  );
  return { descriptors, index: new Map(descriptors.map((r, i) => [r.id, i])) };
}
function formatSarif({ report, rules }) {
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
            .../^\d+\.\d+\.\d+(?:[-+].*)?$/.test(version) ? { semanticVersion: version } : {},
            informationUri: HOMEPAGE,
            rules: descriptors.map(descriptor)
          }
        },
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map(notification)
          }
        ],
        results: report.findings.map((f) => result(f, index.get(f.ruleId) ?? 0))
      }
    ]
  };
  return jsonSafe(JSON.stringify(log, null, 2)) + "\n";
}

export {
  SARIF_SCHEMA_URI,
  FINGERPRINT_KEY,
  SARIF_LEVEL,
  SECURITY_SEVERITY,
  fileUri,
  formatSarif
};
