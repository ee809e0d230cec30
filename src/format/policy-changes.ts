// "Policy changes" for people: what a change does to the config, its waivers and its packs. Config values
// are data someone typed into a pull request, so every item is escaped for its output like manifest data.
import type { PolicyChangeRef as PolicyChange } from "../report/model.js";
import { escapeMarkdown, oneLine } from "./escape.js";

export interface PolicyChangesOptions {
  heading?: string;
  /** Which policy judged the change: the base (default; the change's edits are not in force) or the head. */
  source?: "base" | "head" | "defaults";
}

/**
 * One sentence when the base policy could not be read and the built-in defaults judged the run (plain
 * text: escape it for the output format); undefined otherwise.
 */
export function unreadableBaseNotice(report: {
  policySource?: string;
  baseUnreadable?: string;
}): string | undefined {
  if (report.policySource !== "defaults") return undefined;
  return (
    `The base policy could not be read (${report.baseUnreadable ?? "unknown reason"}), so this run was ` +
    "judged by agentpolicy's built-in default policy, not by the repository's configuration and never by " +
    "the configuration this change brings; waivers and packs did not apply."
  );
}

const MAY_WEAKEN = "may weaken the policy";

function judgedBy(source: "base" | "head" | "defaults"): string {
  if (source === "defaults") return "This run used the built-in defaults: the base policy could not be read.";
  return source === "base"
    ? "This run used the base policy, so these edits are not in force until merged."
    : "This run used the policy as changed (policy source: head).";
}

/** Plain text lines under a heading; empty when nothing changed. */
export function formatPolicyChangesText(
  changes: readonly PolicyChange[],
  opts: PolicyChangesOptions = {},
): string {
  if (changes.length === 0) return "";
  const lines = changes.map(
    (c) => `  ${c.mayWeaken ? "!" : "-"} ${oneLine(c.text)}${c.mayWeaken ? ` (${MAY_WEAKEN})` : ""}`,
  );
  const heading = `${opts.heading ?? "Policy changes"} (${changes.length})`;
  return [heading, ...lines, `  ${judgedBy(opts.source ?? "base")}`].join("\n") + "\n";
}

/** A Markdown section: a heading, then the edits that may weaken the policy first (marked), then the rest. */
export function formatPolicyChangesMarkdown(
  changes: readonly PolicyChange[],
  opts: PolicyChangesOptions = {},
): string {
  if (changes.length === 0) return "";
  const ordered = [...changes.filter((c) => c.mayWeaken), ...changes.filter((c) => !c.mayWeaken)];
  const weakening = ordered.filter((c) => c.mayWeaken).length;
  const intro =
    (weakening > 0
      ? `${weakening} of ${changes.length} policy ${changes.length === 1 ? "edit" : "edits"} ${MAY_WEAKEN}: approve ${weakening === 1 ? "it" : "them"} knowingly. `
      : "") + judgedBy(opts.source ?? "base");
  const items = ordered.map((c) => `- ${c.mayWeaken ? "⚠️ " : ""}${escapeMarkdown(c.text)}`);
  return [opts.heading ?? "### Policy changes", "", intro, "", ...items].join("\n") + "\n";
}
