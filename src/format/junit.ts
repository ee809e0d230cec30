// JUnit XML for CI test-report widgets (GitLab, Jenkins, Azure DevOps, GitHub test-report actions).
// One <testsuite> per framework (per check when the report has no framework). Its size follows the
// findings, not the estate: a <testcase> per check × agent only where the agent fails the check
// (<failure>) or has all its findings of it waived (<skipped>), and one summary case per check for the
// agents that pass it ("passed by 998 of 1000 agents"), so a thousand compliant agents cost one line per
// check. Suite properties carry the counts (agents, check × agent pairs passed). Checks no framework
// control maps (schema checks, say) get a suite of their own so no failure is lost, and files that could
// not be checked become <error>s. Which agents exist comes from report.agents when present, else from
// the findings. writeJunit streams the document in pieces; formatJunit joins them.
import type { Finding, RuleMeta } from "../report/model.js";
import { escapeXml as x } from "./escape.js";
import { agentViews, checksOfFramework, type AgentView, type EvidenceInput } from "./evidence.js";

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
  /** check × agent pairs that pass (each check's pairs are one summary case). */
  passed: number;
}

function counts(): Counts {
  return { tests: 0, failures: 0, errors: 0, skipped: 0, passed: 0 };
}

/** One agent's findings of one check. */
interface Pair {
  agent: AgentView;
  open: Finding[];
  waived: Finding[];
}

/** check id → the agents with findings of it, in finding order: built once, in one pass. */
type PairIndex = Map<string, Pair[]>;

/** A framework's suite counts a finding only when it cites a control of that framework. */
function indexPairs(agents: AgentView[], framework: string | undefined): PairIndex {
  const index: PairIndex = new Map();
  for (const agent of agents) {
    const mine = new Map<string, Pair>();
    for (const f of agent.findings) {
      if (framework !== undefined && !f.controls.some((c) => c.framework === framework)) continue;
      let pair = mine.get(f.ruleId);
      if (!pair) {
        mine.set(f.ruleId, (pair = { agent, open: [], waived: [] }));
        let list = index.get(f.ruleId);
        if (!list) index.set(f.ruleId, (list = []));
        list.push(pair);
      }
      (f.status === "open" ? pair.open : pair.waived).push(f);
    }
  }
  return index;
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
  for (const r of f.related ?? []) {
    lines.push(`Also at ${r.file}:${r.line}:${r.column}${r.agent !== undefined ? ` (${r.agent})` : ""}`);
  }
  if (f.controls.length > 0)
    lines.push(`Controls: ${f.controls.map((c) => `${c.framework} ${c.id}`).join(", ")}`);
  if (f.remediation) lines.push(`Remediation: ${f.remediation}`);
  if (f.status === "waived" && f.waiver) {
    lines.push(`Waived by ${f.waiver.approved_by} until ${f.waiver.expires}: ${f.waiver.reason}`);
  }
  return lines.join("\n");
}

function classname(suite: Suite, check: string): string {
  return suite.prefix ? `${suite.prefix}/${check}` : check;
}

function pairCase(suite: Suite, check: string, pair: Pair): string {
  const head = `    <testcase${attrs([
    ["classname", classname(suite, check)],
    ["name", pair.agent.name],
    ["file", pair.agent.file],
    ["time", "0"],
  ])}`;
  if (pair.open.length > 0) {
    const first = pair.open[0]!;
    const more = pair.open.length > 1 ? ` (and ${pair.open.length - 1} more)` : "";
    const message = `${where(first)}: ${first.message}${more}`;
    const body = pair.open.map(findingText).join("\n\n");
    return `${head}>\n      <failure${attrs([
      ["message", message],
      ["type", first.severity],
    ])}>${x(body)}</failure>\n    </testcase>\n`;
  }
  const w = pair.waived[0]?.waiver;
  const message = w ? `waived by ${w.approved_by} until ${w.expires}: ${w.reason}` : "waived";
  return `${head}>\n      <skipped${attrs([["message", message]])}/>\n    </testcase>\n`;
}

function passCase(suite: Suite, check: string, passed: number, agents: number): string {
  const name =
    passed < agents
      ? `passed by ${passed} of ${agents} agents`
      : agents === 1
        ? "passed by the one agent"
        : `passed by all ${agents} agents`;
  return `    <testcase${attrs([
    ["classname", classname(suite, check)],
    ["name", name],
    ["time", "0"],
  ])}/>\n`;
}

/** What a suite will hold, counted before anything is written (its opening tag carries the counts). */
function tally(suite: Suite, index: PairIndex, agents: number): Counts {
  const t = counts();
  for (const check of suite.checks) {
    const pairs = index.get(check) ?? [];
    for (const p of pairs) {
      t.tests++;
      if (p.open.length > 0) t.failures++;
      else t.skipped++;
    }
    const passed = agents - pairs.length;
    if (passed > 0) {
      t.tests++;
      t.passed += passed;
    }
  }
  return t;
}

function property(name: string, value: string | number): string {
  return `      <property${attrs([
    ["name", name],
    ["value", value],
  ])}/>\n`;
}

function writeSuite(
  suite: Suite,
  t: Counts,
  index: PairIndex,
  agents: number,
  write: (chunk: string) => void,
): void {
  write(
    `  <testsuite${attrs([
      ["name", suite.name],
      ["id", suite.id],
      ["tests", t.tests],
      ["failures", t.failures],
      ["errors", t.errors],
      ["skipped", t.skipped],
      ["time", "0"],
    ])}>\n    <properties>\n`,
  );
  if (suite.version) write(property("framework.version", suite.version));
  write(property("agentpolicy.agents", agents));
  write(property("agentpolicy.passed", t.passed));
  write("    </properties>\n");
  for (const check of suite.checks) {
    const pairs = index.get(check) ?? [];
    for (const p of pairs) write(pairCase(suite, check, p));
    if (agents - pairs.length > 0) write(passCase(suite, check, agents - pairs.length, agents));
  }
  write("  </testsuite>\n");
}

function writeErrorSuite(input: EvidenceInput, write: (chunk: string) => void): void {
  const { errors } = input.report;
  write(
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
    write(
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
  write("  </testsuite>\n");
}

function suitesOf(input: EvidenceInput): Suite[] {
  const { report } = input;
  const rules = new Map<string, RuleMeta>(input.rules.map((r) => [r.id, r]));
  const titles = new Map<string, string>();
  for (const f of report.findings) if (!titles.has(f.ruleId)) titles.set(f.ruleId, f.title);
  const allChecks = [...new Set([...input.rules.map((r) => r.id), ...titles.keys()])];
  const perCheck = (id: string): Suite => ({
    name: `${id} ${rules.get(id)?.title ?? titles.get(id) ?? id}`,
    id,
    checks: [id],
  });
  if (report.frameworks.length === 0) return allChecks.map(perCheck);

  // A finding cites a framework only through a control of it, so its check belongs to that suite even
  // if the coverage list (computed upstream) left it out.
  const cited = new Map<string, Set<string>>();
  for (const f of report.findings) {
    for (const c of f.controls) {
      let set = cited.get(c.framework);
      if (!set) cited.set(c.framework, (set = new Set()));
      set.add(f.ruleId);
    }
  }
  const suites: Suite[] = report.frameworks.map((fw) => ({
    name: fw.title || fw.id,
    version: fw.version,
    id: fw.id,
    prefix: fw.id,
    checks: [...new Set([...checksOfFramework(fw), ...(cited.get(fw.id) ?? [])])],
  }));
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

/** The document in pieces, in order; nothing but the per-check index is held meanwhile. */
export function writeJunit(input: EvidenceInput, write: (chunk: string) => void): void {
  const views = agentViews(input.report);
  const agents = views.length;
  // built per suite twice (counts first, then cases) rather than held for every suite at once
  const indexOf = (suite: Suite): PairIndex => indexPairs(views, suite.prefix);
  const suites = suitesOf(input).map((suite) => ({ suite, t: tally(suite, indexOf(suite), agents) }));
  const total = counts();
  for (const { t } of suites) {
    for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += t[k];
  }
  const errors = input.report.errors.length;
  total.tests += errors;
  total.errors += errors;
  const root = `<testsuites${attrs([
    ["name", "agentpolicy"],
    ["tests", total.tests],
    ["failures", total.failures],
    ["errors", total.errors],
    ["skipped", total.skipped],
    ["time", "0"],
  ])}`;
  write('<?xml version="1.0" encoding="UTF-8"?>\n');
  if (suites.length === 0 && errors === 0) {
    write(`${root}/>\n`);
    return;
  }
  write(`${root}>\n`);
  for (const { suite, t } of suites) writeSuite(suite, t, indexOf(suite), agents, write);
  if (errors > 0) writeErrorSuite(input, write);
  write("</testsuites>\n");
}

export function formatJunit(input: EvidenceInput): string {
  const parts: string[] = [];
  writeJunit(input, (chunk) => parts.push(chunk));
  return parts.join("");
}
