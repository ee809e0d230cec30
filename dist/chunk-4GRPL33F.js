import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  frameworkTitles,
  runTime,
  summaryFor
} from "./chunk-CJXRQW3V.js";
import {
  messageWithRelated
} from "./chunk-I2UDWMBI.js";
import {
  wellFormed
} from "./chunk-JBLX3NH7.js";
import "./chunk-ASN2RXSP.js";

// src/format/ocsf.ts
import { createHash } from "node:crypto";
var OCSF_VERSION = "1.5.0";
var OCSF_CLASS_UID = 2003;
var OCSF_CATEGORY_UID = 2;
var AGENT_RESOURCE_TYPE = "AI Agent";
var OCSF_SEVERITY = {
  info: { id: 1, caption: "Informational" },
  low: { id: 2, caption: "Low" },
  medium: { id: 3, caption: "Medium" },
  high: { id: 4, caption: "High" },
  critical: { id: 5, caption: "Critical" }
};
var OCSF_ACTIVITY = {
  create: { id: 1, caption: "Create" },
  close: { id: 3, caption: "Close" }
};
var OCSF_FINDING_STATUS = {
  new: { id: 1, caption: "New" },
  suppressed: { id: 3, caption: "Suppressed" },
  resolved: { id: 4, caption: "Resolved" }
};
var OCSF_COMPLIANCE_STATUS = {
  pass: { id: 1, caption: "Pass" },
  warning: { id: 2, caption: "Warning" },
  fail: { id: 3, caption: "Fail" }
};
function compact(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
function header(activity, severity, status, time, message) {
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
    message
  };
}
function metadata(report) {
  return {
    version: OCSF_VERSION,
    product: { name: "agentpolicy", vendor_name: "agentpolicy", version: report.tool.version },
    log_name: "agentpolicy"
  };
}
function owner(value) {
  if (value === void 0) return void 0;
  return compact({ name: value, email_addr: /^[^\s@]+@[^\s@]+$/.test(value) ? value : void 0 });
}
function resource(report, f) {
  const agent = summaryFor(report, f);
  const name = agent?.name ?? f.agent;
  if (name === void 0) return { uid: f.file, name: f.file, type: "AI Agent manifest" };
  const labels = agent?.labels ? Object.entries(agent.labels).map(([k, v]) => `${k}=${v}`) : void 0;
  const data = agent ? compact({
    file: agent.file,
    identity_provider: agent.identityProvider,
    environment: agent.environment,
    risk_tier: agent.riskTier,
    access_level: agent.accessLevel,
    sponsor: agent.sponsor
  }) : { file: f.file };
  return compact({
    uid: agent?.identityId ?? name,
    name,
    type: AGENT_RESOURCE_TYPE,
    owner: owner(agent?.owner),
    labels,
    data
  });
}
function compliance(report, f, rule, status) {
  const titles = frameworkTitles(report);
  const standards = [...new Set(f.controls.map((c) => titles.get(c.framework) ?? c.framework))];
  const requirements = f.controls.map((c) => `${c.framework}/${c.id}`);
  const severity = OCSF_SEVERITY[f.severity];
  return compact({
    standards,
    control: f.controls.length > 0 ? f.controls.map((c) => `${c.id} ${c.title}`.trim()).join("; ") : void 0,
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
        status_id: status.id
      })
    ],
    status: status.caption,
    status_id: status.id
  });
}
function waiverDetail(f) {
  const w = f.waiver;
  if (f.status !== "waived") return void 0;
  return w ? `waived by ${w.approved_by} until ${w.expires}: ${w.reason}` : "waived";
}
function findingEvent(input, f, rules, fixed, time) {
  const { report } = input;
  const rule = rules.get(f.ruleId);
  const activity = fixed ? OCSF_ACTIVITY.close : OCSF_ACTIVITY.create;
  const status = fixed ? OCSF_FINDING_STATUS.resolved : f.status === "waived" ? OCSF_FINDING_STATUS.suppressed : OCSF_FINDING_STATUS.new;
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
      src_url: rule && /^https:\/\/[^\s<>"'`]+$/.test(rule.helpUri) ? rule.helpUri : void 0
    }),
    compliance: compliance(report, f, rule, checkStatus),
    resources: [resource(report, f)],
    remediation: f.remediation ? { desc: f.remediation } : void 0,
    unmapped: compact({
      file: f.file,
      line: f.line,
      column: f.column,
      end_line: f.endLine,
      end_column: f.endColumn,
      pointer: f.path,
      new: f.new,
      waiver: f.status === "waived" && f.waiver ? { ...f.waiver } : void 0,
      base: report.base ? { ...report.base } : void 0,
      repository: report.run?.repository,
      commit: report.run?.commit
    })
  });
}
function errorUid(e) {
  const h = createHash("sha256").update(`${e.file}\0${e.line}\0${e.column}\0${e.message}`).digest("hex");
  return `error-${h.slice(0, 32)}`;
}
function errorEvent(input, e, time) {
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
      types: ["agentpolicy", "file-error"]
    },
    compliance: { standards, status: warning.caption, status_id: warning.id, status_detail: e.message },
    resources: [{ uid: e.file, name: e.file, type: "AI Agent manifest" }],
    remediation: { desc: "Fix the file so it can be read and parsed, then run the check again." },
    unmapped: compact({
      file: e.file,
      line: e.line,
      column: e.column,
      repository: report.run?.repository,
      commit: report.run?.commit
    })
  });
}
function ocsfEvents(input) {
  const { report } = input;
  const time = runTime(input);
  const rules = new Map(input.rules.map((r) => [r.id, r]));
  return [
    ...report.findings.map((f) => findingEvent(input, f, rules, false, time)),
    ...(report.fixed ?? []).map((f) => findingEvent(input, f, rules, true, time)),
    ...report.errors.map((e) => errorEvent(input, e, time))
  ];
}
var wellFormedStrings = (_key, value) => typeof value === "string" ? wellFormed(value) : value;
function formatOcsf(input) {
  return ocsfEvents(input).map((e) => JSON.stringify(e, wellFormedStrings) + "\n").join("");
}
export {
  AGENT_RESOURCE_TYPE,
  OCSF_ACTIVITY,
  OCSF_CATEGORY_UID,
  OCSF_CLASS_UID,
  OCSF_COMPLIANCE_STATUS,
  OCSF_FINDING_STATUS,
  OCSF_SEVERITY,
  OCSF_VERSION,
  formatOcsf,
  ocsfEvents
};
