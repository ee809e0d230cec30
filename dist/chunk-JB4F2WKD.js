import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  escapeMarkdown
} from "./chunk-Z6R44D76.js";

// src/format/policy-in-force.ts
var CLIP = 200;
var md = (s) => escapeMarkdown(s.length <= CLIP ? s : `${s.slice(0, CLIP)}…`);
function policySourceText(p) {
  const where = p.source.side === "base" ? ` at the base commit${p.source.sha ? ` ${p.source.sha.slice(0, 12)}` : ""}` : p.source.side === "head" ? " at the head" : "";
  return p.source.file ? `the config ${p.source.file}${where}` : `the built-in defaults${where}`;
}
function value(v) {
  return typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
}
function policyInForceLines(p) {
  const lines = [];
  for (const o of p.overrides) {
    const what = o.setting === "off" ? "switched off" : `severity set to ${o.setting}`;
    lines.push(`${o.check} ${what}${o.applied === false ? " (refused: the check is not waivable)" : ""}`);
  }
  for (const [name, v] of Object.entries(p.params))
    lines.push(`param ${name} = ${value(v)} (not the default)`);
  return lines;
}
function formatPolicyInForceMarkdown(report, heading = "#### Policy in force") {
  const p = report.policy;
  if (!p) return [];
  const lines = policyInForceLines(p);
  const packs = (p.rulePacks ?? []).map((r) => `${md(r.name)} ${md(r.version)}`).join(", ");
  return [
    heading,
    "",
    `Judged by ${md(policySourceText(p))} (digest ${md(p.digest.slice(0, 19))})${packs ? `; rule packs: ${packs}` : ""}.`,
    "",
    ...lines.length === 0 ? ["No checks switched off or re-graded, and every parameter at its default."] : lines.map((l) => `- ${md(l)}`)
  ];
}

export {
  policySourceText,
  policyInForceLines,
  formatPolicyInForceMarkdown
};
