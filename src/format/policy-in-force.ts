// "Policy in force": which policy produced a report, for the places people read it (the PR comment, the
// job summary, the HTML report). An auditor must be able to see that a green report was green under the
// default policy, or which checks were switched off and which parameters loosened to get there.
import type { PolicyRecord, Report } from "../report/model.js";
import { escapeMarkdown } from "./escape.js";

const CLIP = 200;
const md = (s: string): string => escapeMarkdown(s.length <= CLIP ? s : `${s.slice(0, CLIP)}…`);

/** "the config .agentpolicy.yml at the base commit 0123456789ab", "the built-in defaults". */
export function policySourceText(p: PolicyRecord): string {
  const where =
    p.source.side === "base"
      ? ` at the base commit${p.source.sha ? ` ${p.source.sha.slice(0, 12)}` : ""}`
      : p.source.side === "head"
        ? " at the head"
        : "";
  return p.source.file ? `the config ${p.source.file}${where}` : `the built-in defaults${where}`;
}

function value(v: unknown): string {
  return typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
}

/** One line per override and changed parameter, in plain words (callers escape for their format). */
export function policyInForceLines(p: PolicyRecord): string[] {
  const lines: string[] = [];
  for (const o of p.overrides) {
    const what = o.setting === "off" ? "switched off" : `severity set to ${o.setting}`;
    lines.push(`${o.check} ${what}${o.applied === false ? " (refused: the check is not waivable)" : ""}`);
  }
  for (const [name, v] of Object.entries(p.params))
    lines.push(`param ${name} = ${value(v)} (not the default)`);
  return lines;
}

/** The Markdown section; empty when the report has no policy record. */
export function formatPolicyInForceMarkdown(report: Report, heading = "#### Policy in force"): string[] {
  const p = report.policy;
  if (!p) return [];
  const lines = policyInForceLines(p);
  const packs = (p.rulePacks ?? []).map((r) => `${md(r.name)} ${md(r.version)}`).join(", ");
  return [
    heading,
    "",
    `Judged by ${md(policySourceText(p))} (digest ${md(p.digest.slice(0, 19))})${packs ? `; rule packs: ${packs}` : ""}.`,
    "",
    ...(lines.length === 0
      ? ["No checks switched off or re-graded, and every parameter at its default."]
      : lines.map((l) => `- ${md(l)}`)),
  ];
}
