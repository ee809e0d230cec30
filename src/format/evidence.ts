// What the evidence formats (OCSF, JUnit, HTML) share: the optional report additions they read
// (agents, run) and the views they build from a report (agents with their findings, framework titles,
// the run time). The additions are optional, so a plain report-v1 object is valid input.
import type { AgentRow, Finding, FormatInput, Report } from "../report/model.js";

export type AgentSummary = AgentRow;
/** report-v1; the evidence formats read its optional `agents` and `run`. */
export type EvidenceReport = Report;

export interface EvidenceInput extends FormatInput {
  report: EvidenceReport;
  /** Clock (epoch ms) used when the report carries no run.generatedAt; injectable for tests. */
  now?: number;
}

/** Epoch ms of the run: run.generatedAt when valid, else the injected clock, else the current time. */
export function runTime(input: EvidenceInput): number {
  const at = input.report.run?.generatedAt;
  const parsed = typeof at === "string" ? Date.parse(at) : NaN;
  if (Number.isFinite(parsed)) return parsed;
  return typeof input.now === "number" && Number.isFinite(input.now) ? Math.trunc(input.now) : Date.now();
}

/** "EU AI Act (Regulation (EU) 2024/1689)" for "eu-ai-act"; the id itself when the report lacks it. */
export function frameworkTitles(report: Report): Map<string, string> {
  return new Map(report.frameworks.map((f) => [f.id, f.title || f.id]));
}

/** One agent of the report with its findings; `summary` is present when the report carries agents. */
export interface AgentView {
  key: string;
  name: string;
  file: string;
  summary?: AgentSummary;
  findings: Finding[];
}

function keyOf(name: string | undefined, file: string): string {
  return `${file}\u0000${name ?? ""}`;
}

/**
 * The summary that describes a finding's agent: same name in the same file, else the same name; a
 * finding without a name belongs to the file's only unnamed agent (the inventory names those
 * `<file>#<document index>`).
 */
export function summaryFor(report: EvidenceReport, f: Finding): AgentSummary | undefined {
  const index = agentIndexOf(report);
  if (f.agent === undefined) {
    const unnamed = index.unnamed.get(f.file);
    return unnamed?.length === 1 ? unnamed[0] : undefined;
  }
  return index.byNameAndFile.get(keyOf(f.agent, f.file)) ?? index.byName.get(f.agent);
}

interface AgentIndex {
  byNameAndFile: Map<string, AgentSummary>;
  /** The first agent of each name. */
  byName: Map<string, AgentSummary>;
  /** Per file, its agents without a name (`<file>#<document index>`). */
  unnamed: Map<string, AgentSummary[]>;
}

// Built once per report: looking agents up per finding by scanning the list made the evidence formats
// quadratic (a thousand agents × tens of thousands of findings).
const indexes = new WeakMap<EvidenceReport, AgentIndex>();

function agentIndexOf(report: EvidenceReport): AgentIndex {
  let index = indexes.get(report);
  if (index) return index;
  index = { byNameAndFile: new Map(), byName: new Map(), unnamed: new Map() };
  for (const a of report.agents ?? []) {
    const key = keyOf(a.name, a.file);
    if (!index.byNameAndFile.has(key)) index.byNameAndFile.set(key, a);
    if (!index.byName.has(a.name)) index.byName.set(a.name, a);
    if (a.name.startsWith(`${a.file}#`)) {
      const list = index.unnamed.get(a.file) ?? [];
      list.push(a);
      index.unnamed.set(a.file, list);
    }
  }
  indexes.set(report, index);
  return index;
}

/**
 * Every agent with its findings: the report's agents in their order (so compliant agents appear too),
 * then agents known only from findings, in finding order. A finding without an agent name groups
 * under its file.
 */
export function agentViews(report: EvidenceReport): AgentView[] {
  const views = new Map<string, AgentView>();
  for (const a of report.agents ?? []) {
    views.set(keyOf(a.name, a.file), {
      key: keyOf(a.name, a.file),
      name: a.name,
      file: a.file,
      summary: a,
      findings: [],
    });
  }
  for (const f of report.findings) {
    const summary = summaryFor(report, f);
    const key = summary ? keyOf(summary.name, summary.file) : keyOf(f.agent, f.file);
    let view = views.get(key);
    if (!view) {
      view = { key, name: f.agent ?? f.file, file: f.file, findings: [] };
      views.set(key, view);
    }
    view.findings.push(f);
  }
  return [...views.values()];
}

/** Checks a framework covers, in control order, each once. */
export function checksOfFramework(framework: Report["frameworks"][number]): string[] {
  return [...new Set(framework.controls.flatMap((c) => c.checks))];
}
