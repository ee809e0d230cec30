// JUnit XML for CI test-report widgets (GitLab, Jenkins, Azure DevOps, GitHub test-report actions).
// One <testsuite> per framework (per check when the report has no framework), one <testcase> per
// check × agent: a failure when the agent has an open finding of that check, skipped when all of
// them are waived, passed otherwise. Checks no framework control maps (schema checks, say) get a
// suite of their own so no failure is lost, and files that could not be checked become <error>s.
// Which agents exist comes from report.agents when present, else from the findings.
// Written in two linear passes: the counts each <testsuite> tag carries first, then the XML in blocks,
// so a report with many findings never exists as one string or as a list of every test case.
import type { Finding, FormatInput } from "../report/model.js";
import { blockWriter, collect } from "./blocks.js";
import { escapeXml as x } from "./escape.js";
import { agentViews, checksOfFramework, type AgentView, type EvidenceInput } from "./evidence.js";

/** An agent with its findings grouped by check, so each check × agent case looks up only its own. */
interface CaseAgent {
  view: AgentView;
  byCheck: Map<string, Finding[]>;
}

function caseAgents(views: AgentView[]): CaseAgent[] {
  return views.map((view) => {
    const byCheck = new Map<string, Finding[]>();
    for (const f of view.findings) {
      const list = byCheck.get(f.ruleId);
      if (list) list.push(f);
      else byCheck.set(f.ruleId, [f]);
    }
    return { view, byCheck };
  });
}

interface Suite {
  name: string;
  id: string;
  /** Framework version, written as a suite property. */
  version?: string;
  checks: string[];
  /** classname prefix: the framework id; none for per-check suites. */
  prefix?: string;
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function counts(): Counts {
  return { tests: 0, failures: 0, errors: 0, skipped: 0 };
}

function attrs(pairs: [string, string | number | undefined][]): string {
  return pairs
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${x(v)}"`)
    .join("");
}

function where(f: Finding): string {
  return `${f.file}:${f.line}`;
}

function findingText(f: Finding): string {
  const lines = [`${f.severity} ${f.ruleId} at ${where(f)}:${f.column} (${f.path})`, f.message];
  if (f.controls.length > 0)
    lines.push(`Controls: ${f.controls.map((c) => `${c.framework} ${c.id}`).join(", ")}`);
  if (f.remediation) lines.push(`Remediation: ${f.remediation}`);
  if (f.status === "waived" && f.waiver) {
    lines.push(`Waived by ${f.waiver.approved_by} until ${f.waiver.expires}: ${f.waiver.reason}`);
  }
  return lines.join("\n");
}

/** How a check × agent case ends: failed (open findings), skipped (all waived) or passed. */
function outcome(findings: readonly Finding[]): { open: Finding[]; skipped: boolean } {
  const open = findings.filter((f) => f.status === "open");
  return { open, skipped: open.length === 0 && findings.length > 0 };
}

function tallyCase(check: string, agent: CaseAgent, tally: Counts): void {
  const { open, skipped } = outcome(agent.byCheck.get(check) ?? []);
  tally.tests++;
  if (open.length > 0) tally.failures++;
  else if (skipped) tally.skipped++;
}

function testcase(suite: Suite, check: string, { view: agent, byCheck }: CaseAgent): string {
  const findings = byCheck.get(check) ?? [];
  const { open } = outcome(findings);
  const head = `    <testcase${attrs([
    ["classname", suite.prefix ? `${suite.prefix}/${check}` : check],
    ["name", agent.name],
    ["file", agent.file],
    ["time", "0"],
  ])}`;
  if (open.length > 0) {
    const first = open[0]!;
    const more = open.length > 1 ? ` (and ${open.length - 1} more)` : "";
    const message = `${where(first)}: ${first.message}${more}`;
    const body = open.map(findingText).join("\n\n");
    return `${head}>\n      <failure${attrs([
      ["message", message],
      ["type", first.severity],
    ])}>${x(body)}</failure>\n    </testcase>`;
  }
  if (findings.length > 0) {
    const w = findings[0]!.waiver;
    const message = w ? `waived by ${w.approved_by} until ${w.expires}: ${w.reason}` : "waived";
    return `${head}>\n      <skipped${attrs([["message", message]])}/>\n    </testcase>`;
  }
  return `${head}/>`;
}

function suiteCounts(suite: Suite, agents: CaseAgent[]): Counts {
  const tally = counts();
  for (const check of suite.checks) for (const agent of agents) tallyCase(check, agent, tally);
  return tally;
}

/** One <testsuite>, its cases written one at a time. */
function writeSuite(suite: Suite, agents: CaseAgent[], tally: Counts, put: (s: string) => void): void {
  const open = `  <testsuite${attrs([
    ["name", suite.name],
    ["id", suite.id],
    ["tests", tally.tests],
    ["failures", tally.failures],
    ["errors", tally.errors],
    ["skipped", tally.skipped],
    ["time", "0"],
  ])}`;
  const props = suite.version
    ? [
        `    <properties>`,
        `      <property${attrs([
          ["name", "framework.version"],
          ["value", suite.version],
        ])}/>`,
        `    </properties>`,
      ]
    : [];
  if (props.length === 0 && (suite.checks.length === 0 || agents.length === 0)) {
    put(`${open}/>\n`);
    return;
  }
  put(`${open}>\n`);
  for (const line of props) put(`${line}\n`);
  for (const check of suite.checks) for (const agent of agents) put(`${testcase(suite, check, agent)}\n`);
  put("  </testsuite>\n");
}

function writeErrorSuite(input: FormatInput, put: (s: string) => void): void {
  const { errors } = input.report;
  if (errors.length === 0) return;
  put(
    `  <testsuite${attrs([
      ["name", "Manifest files that could not be checked"],
      ["id", "agentpolicy/files"],
      ["tests", errors.length],
      ["failures", 0],
      ["errors", errors.length],
      ["skipped", 0],
      ["time", "0"],
    ])}>\n`,
  );
  for (const e of errors) {
    const message = `${e.file}:${e.line}:${e.column}: ${e.message}`;
    put(
      `    <testcase${attrs([
        ["classname", "agentpolicy/files"],
        ["name", e.file],
        ["file", e.file],
        ["time", "0"],
      ])}>\n      <error${attrs([
        ["message", message],
        ["type", "file-error"],
      ])}>${x(message)}</error>\n    </testcase>\n`,
    );
  }
  put("  </testsuite>\n");
}

function suitesOf(input: FormatInput): Suite[] {
  const { report } = input;
  const rules = new Map(input.rules.map((r) => [r.id, r]));
  const allChecks = [...new Set([...input.rules.map((r) => r.id), ...report.findings.map((f) => f.ruleId)])];
  // a check's title from its rule, else from its first finding (one pass, not one search per check)
  const titles = new Map<string, string>();
  for (const f of report.findings) if (!titles.has(f.ruleId)) titles.set(f.ruleId, f.title);
  const perCheck = (id: string): Suite => ({
    name: `${id} ${rules.get(id)?.title ?? titles.get(id) ?? id}`,
    id,
    checks: [id],
  });
  if (report.frameworks.length === 0) return allChecks.map(perCheck);

  // A finding cites a framework only through a control of it, so its check belongs to the suite even
  // if the coverage list (computed upstream) left it out.
  const citedBy = new Map<string, Set<string>>();
  for (const f of report.findings) {
    for (const c of f.controls) {
      const cited = citedBy.get(c.framework) ?? new Set<string>();
      cited.add(f.ruleId);
      citedBy.set(c.framework, cited);
    }
  }
  const suites: Suite[] = report.frameworks.map((fw) => {
    const cited = citedBy.get(fw.id) ?? [];
    return {
      name: fw.title || fw.id,
      version: fw.version,
      id: fw.id,
      prefix: fw.id,
      checks: [...new Set([...checksOfFramework(fw), ...cited])],
    };
  });
  const covered = new Set(suites.flatMap((s) => s.checks));
  const rest = allChecks.filter((id) => !covered.has(id));
  if (rest.length > 0) {
    suites.push({
      name: "Checks not mapped to a framework control",
      id: "agentpolicy/unmapped",
      prefix: "agentpolicy",
      checks: rest,
    });
  }
  return suites;
}

/** The JUnit XML written in blocks to `write`: the counts first (one pass), then every suite. */
export function writeJunit(input: EvidenceInput, write: (chunk: string) => void): void {
  const agents = caseAgents(agentViews(input.report));
  const suites = suitesOf(input).map((suite) => ({ suite, tally: suiteCounts(suite, agents) }));
  const total = counts();
  for (const { tally } of suites)
    for (const k of Object.keys(tally) as (keyof Counts)[]) total[k] += tally[k];
  const fileErrors = input.report.errors.length;
  total.tests += fileErrors;
  total.errors += fileErrors;
  const root = `<testsuites${attrs([
    ["name", "agentpolicy"],
    ["tests", total.tests],
    ["failures", total.failures],
    ["errors", total.errors],
    ["skipped", total.skipped],
    ["time", "0"],
  ])}`;
  const out = blockWriter(write);
  out.put(`<?xml version="1.0" encoding="UTF-8"?>\n`);
  if (suites.length === 0 && fileErrors === 0) out.put(`${root}/>\n`);
  else {
    out.put(`${root}>\n`);
    for (const { suite, tally } of suites) writeSuite(suite, agents, tally, out.put);
    writeErrorSuite(input, out.put);
    out.put("</testsuites>\n");
  }
  out.flush();
}

export function formatJunit(input: EvidenceInput): string {
  return collect((write) => writeJunit(input, write));
}
