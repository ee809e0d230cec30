import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  frameworkTitles,
  runTime,
  summaryIndex
} from "./chunk-U27AQKTW.js";
import {
  blockWriter,
  collect
} from "./chunk-3JT46TE2.js";
import {
  messageWithRelated
} from "./chunk-I2UDWMBI.js";
import {
  jsonSafe,
  wellFormed
} from "./chunk-Z6R44D76.js";
import "./chunk-OKO2LAOG.js";

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
function runOf(input) {
  const { report } = input;
  return {
    input,
    report,
    rules: new Map(input.rules.map((r) => [r.id, r])),
    time: runTime(input),
    summaryFor: summaryIndex(report),
    titles: frameworkTitles(report),
    metadata: metadata(report)
  };
}
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
function resource(run, f) {
  const agent = run.summaryFor(f);
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
function compliance(run, f, rule, status) {
  const titles = run.titles;
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
function findingEvent(run, f, fixed) {
  const { report, time } = run;
  const rule = run.rules.get(f.ruleId);
  const activity = fixed ? OCSF_ACTIVITY.close : OCSF_ACTIVITY.create;
  const status = fixed ? OCSF_FINDING_STATUS.resolved : f.status === "waived" ? OCSF_FINDING_STATUS.suppressed : OCSF_FINDING_STATUS.new;
  const checkStatus = fixed ? OCSF_COMPLIANCE_STATUS.pass : OCSF_COMPLIANCE_STATUS.fail;
  return compact({
    ...header(activity, OCSF_SEVERITY[f.severity], status, time, f.message),
    status_detail: fixed ? `fixed since ${report.base?.ref ?? "the base"}` : waiverDetail(f),
    metadata: run.metadata,
    finding_info: compact({
      uid: f.fingerprint,
      title: f.title,
      desc: messageWithRelated(f),
      types: ["agentpolicy", f.ruleId],
      src_url: rule && /^https:\/\/[^\s<>"'`]+$/.test(rule.helpUri) ? rule.helpUri : void 0
    }),
    compliance: compliance(run, f, rule, checkStatus),
    resources: [resource(run, f)],
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
function errorEvent(run, e) {
  const { report, time } = run;
  const standards = report.frameworks.map((f) => f.title || f.id);
  const warning = OCSF_COMPLIANCE_STATUS.warning;
  return compact({
    ...header(OCSF_ACTIVITY.create, OCSF_SEVERITY.high, OCSF_FINDING_STATUS.new, time, e.message),
    metadata: run.metadata,
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
function* eachEvent(input) {
  const run = runOf(input);
  for (const f of run.report.findings) yield findingEvent(run, f, false);
  for (const f of run.report.fixed ?? []) yield findingEvent(run, f, true);
  for (const e of run.report.errors) yield errorEvent(run, e);
}
function ocsfEvents(input) {
  return [...eachEvent(input)];
}
var wellFormedStrings = (_key, value) => typeof value === "string" ? wellFormed(value) : value;
function writeOcsf(input, write) {
  const out = blockWriter(write);
  for (const event of eachEvent(input)) out.put(jsonSafe(JSON.stringify(event, wellFormedStrings)) + "\n");
  out.flush();
}
function formatOcsf(input) {
  return collect((write) => writeOcsf(input, write));
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
  ocsfEvents,
  writeOcsf
};
