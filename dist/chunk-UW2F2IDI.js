import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  reaches
} from "./chunk-NOSNPXS3.js";

// src/report/escalations.ts
function failsOn(detail, rule) {
  if (!detail.escalation || rule === void 0 || rule === false) return false;
  return rule === true || rule.includes(detail.kind);
}

// src/report/gate.ts
var FAIL_SCOPES = ["new", "all"];
function judged(f, scope) {
  return scope === "all" || f.new !== false || f.ruleId.startsWith("AP-POLICY-");
}
function applyFailScope(report, wanted, failOnEscalation) {
  const scope = wanted === "new" && report.base === void 0 ? "all" : wanted;
  const { failOn } = report.summary;
  const failing = report.findings.some(
    (f) => f.status === "open" && reaches(f.severity, failOn) && judged(f, scope)
  );
  const gated = report.base !== void 0 && failOnEscalation !== void 0 && failOnEscalation !== false;
  let escalations = 0;
  const changes = gated ? report.changes?.map((c) => ({
    ...c,
    details: c.details.map((d) => {
      if (!failsOn(d, failOnEscalation)) return d;
      escalations++;
      return { ...d, fails: true };
    })
  })) : report.changes;
  return {
    ...report,
    ...changes ? { changes } : {},
    summary: {
      ...report.summary,
      failScope: scope,
      ...gated ? { failingEscalations: escalations } : {},
      passed: !failing && escalations === 0 && report.errors.length === 0
    }
  };
}
function gatePasses(findings, errors, opts) {
  if (errors.length > 0) return false;
  return !findings.some((f) => f.status === "open" && reaches(f.severity, opts.failOn));
}

export {
  FAIL_SCOPES,
  judged,
  applyFailScope,
  gatePasses
};
