// "New undeclared agent code": the projects a change leaves holding AI agent code that nothing declares
// — a new AI dependency (or framework config) in a project no manifest covers, or code whose declaration
// the change removed. One row each: where the code comes in, what it uses, and the fix (the `code:` glob
// that declares it). Shared by the PR comment and the Markdown report (the job summary); every value
// from the repository passes through escapeMarkdown().
import type { ComponentRow, ComponentSignal, Finding, Report } from "../report/model.js";
import { escapeMarkdown, wellFormed } from "./escape.js";

/** Longest path shown: a huge folder name cannot crowd out the rest. */
const CLIP = 200;

function clip(s: string): string {
  return s.length <= CLIP ? s : `${wellFormed(s.slice(0, CLIP))}…`;
}

export interface UndeclaredCode {
  component: ComponentRow;
  /** Its open AP-SHADOW finding. */
  finding: Finding;
  /** The dependency and config signals the change adds; empty when the code was there and lost its declaration. */
  added: ComponentSignal[];
}

const KIND_WORDS: Record<string, string> = {
  "agent-framework": "agent framework",
  "mcp-server": "MCP server SDK",
  "mcp-client": "MCP client SDK",
  "llm-sdk": "LLM SDK",
};

/** Undeclared components the change brings agent code into (only with a base: otherwise nothing is new). */
export function newUndeclaredCode(report: Report): UndeclaredCode[] {
  if (!report.base) return [];
  const out: UndeclaredCode[] = [];
  for (const c of report.components ?? []) {
    if (c.declared) continue;
    // a waived or switched-off AP-SHADOW finding is a decision already taken about this project
    const finding = report.findings.find(
      (f) => f.ruleId.startsWith("AP-SHADOW-") && f.status === "open" && f.agent === c.path,
    );
    if (!finding) continue;
    const added = c.signals.filter((s) => s.type !== "import" && s.new === true);
    if (added.length > 0 || finding.new) out.push({ component: c, finding, added });
  }
  return out;
}

/** "crewai (agent framework)", the strongest signals first as the component lists them. */
function uses(signals: readonly ComponentSignal[], max = 3): string {
  const named = [...new Map(signals.map((s) => [s.package, s])).values()];
  const shown = named
    .slice(0, max)
    .map(
      (s) =>
        `${escapeMarkdown(clip(s.package))} (${Object.hasOwn(KIND_WORDS, s.kind) ? KIND_WORDS[s.kind] : escapeMarkdown(s.kind)})`,
    );
  return shown.join(", ") + (named.length > max ? ` and ${named.length - max} more` : "");
}

/** The code: glob that declares the project (raw: escape it before it reaches Markdown). */
export function codeGlob(c: ComponentRow): string {
  return c.path === "." ? "**" : `${c.path}/**`;
}

export interface UndeclaredOptions {
  /** A location as Markdown (the comment links it to the head commit). */
  location: (file: string, line: number) => string;
  /** Rows shown at most; the rest are counted. */
  limit?: number;
  heading: string;
  /** Where the rest can be read, when rows are left out. */
  more?: string;
}

export function undeclaredCodeSection(report: Report, opts: UndeclaredOptions): string[] {
  const rows = newUndeclaredCode(report);
  if (rows.length === 0) return [];
  const shown = rows.slice(0, opts.limit ?? rows.length);
  const out = [
    `${opts.heading} (${rows.length})`,
    "",
    "AI agent code in projects that no manifest's code: globs, manifest, native agent config or " +
      "sources: link declares, so no owner, permissions or approvals govern it:",
    "",
  ];
  for (const { component: c, finding, added } of shown) {
    const where = c.path === "." ? "the repository root" : escapeMarkdown(clip(c.path));
    const name = c.name !== c.path && c.name !== "." ? ` (${escapeMarkdown(clip(c.name))})` : "";
    const at = added.find((s) => s.type === "dependency") ?? added[0];
    const brought = at ? opts.location(at.file, at.line) : opts.location(finding.file, finding.line);
    const what =
      added.length > 0
        ? `adds ${uses(added)}`
        : `is no longer declared; it uses ${uses(c.signals.filter((s) => s.type !== "import"))}`;
    const folder = c.path === "." ? "the repository root" : `${escapeMarkdown(clip(c.path))}/`;
    out.push(
      `- **${where}**${name} ${what}, at ${brought} (${escapeMarkdown(finding.ruleId)}, ${finding.severity}).`,
      `  Fix: add **${escapeMarkdown(`code: ["${clip(codeGlob(c))}"]`)}** to the manifest of the agent ` +
        `it belongs to, or put a manifest in ${folder}; if it is not agent code, remove the dependency or ` +
        `waive ${escapeMarkdown(finding.ruleId)} for agent ${escapeMarkdown(clip(c.path))} with the reason.`,
    );
  }
  if (rows.length > shown.length)
    out.push(`- … and ${rows.length - shown.length} more${opts.more ? `: see ${opts.more}` : ""}.`);
  return out;
}
