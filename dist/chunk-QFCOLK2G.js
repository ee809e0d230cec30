import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  escapeMarkdown,
  oneLine
} from "./chunk-Z6R44D76.js";

// src/format/policy-changes.ts
function unreadableBaseNotice(report) {
  if (report.policySource !== "defaults") return void 0;
  return `The base policy could not be read (${report.baseUnreadable ?? "unknown reason"}), so this run was judged by agentpolicy's built-in default policy, not by the repository's configuration and never by the configuration this change brings; waivers and packs did not apply.`;
}
var MAY_WEAKEN = "may weaken the policy";
function judgedBy(source) {
  if (source === "defaults") return "This run used the built-in defaults: the base policy could not be read.";
  return source === "base" ? "This run used the base policy, so these edits are not in force until merged." : "This run used the policy as changed (policy source: head).";
}
function formatPolicyChangesText(changes, opts = {}) {
  if (changes.length === 0) return "";
  const lines = changes.map(
    (c) => `  ${c.mayWeaken ? "!" : "-"} ${oneLine(c.text)}${c.mayWeaken ? ` (${MAY_WEAKEN})` : ""}`
  );
  const heading = `${opts.heading ?? "Policy changes"} (${changes.length})`;
  return [heading, ...lines, `  ${judgedBy(opts.source ?? "base")}`].join("\n") + "\n";
}
function formatPolicyChangesMarkdown(changes, opts = {}) {
  if (changes.length === 0) return "";
  const ordered = [...changes.filter((c) => c.mayWeaken), ...changes.filter((c) => !c.mayWeaken)];
  const weakening = ordered.filter((c) => c.mayWeaken).length;
  const intro = (weakening > 0 ? `${weakening} of ${changes.length} policy ${changes.length === 1 ? "edit" : "edits"} ${MAY_WEAKEN}: approve ${weakening === 1 ? "it" : "them"} knowingly. ` : "") + judgedBy(opts.source ?? "base");
  const items = ordered.map((c) => `- ${c.mayWeaken ? "⚠️ " : ""}${escapeMarkdown(c.text)}`);
  return [opts.heading ?? "### Policy changes", "", intro, "", ...items].join("\n") + "\n";
}

export {
  unreadableBaseNotice,
  formatPolicyChangesText,
  formatPolicyChangesMarkdown
};
