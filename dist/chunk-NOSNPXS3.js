import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// src/report/model.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
function severityRank(s) {
  return SEVERITIES.indexOf(s);
}
function reaches(s, failOn) {
  return failOn !== "never" && severityRank(s) <= severityRank(failOn);
}
function emptyCounts() {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}
var HOMEPAGE = "https://github.com/agentpolicy/agentpolicy";
function ruleHelpUri(id) {
  return `${HOMEPAGE}/blob/main/docs/rules.md#${id.toLowerCase()}`;
}

export {
  SEVERITIES,
  severityRank,
  reaches,
  emptyCounts,
  HOMEPAGE,
  ruleHelpUri
};
