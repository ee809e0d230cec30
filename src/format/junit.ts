// JUnit XML for CI test-report widgets (GitLab, Jenkins, Azure DevOps, GitHub test-report actions).
// One <testsuite> per framework (per check when the report has no framework), one <testcase> per
// check × agent: a failure when the agent has an open finding of that check, skipped when all of
// them are waived, passed otherwise. Checks no framework control maps (schema checks, say) get a
// suite of their own so no failure is lost, and files that could not be checked become <error>s.
// Which agents exist comes from report.agents when present, else from the findings.
import type { Finding, FormatInput, RuleMeta } from "../report/model.js";
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
  /** A framework's suite counts only findings that cite one of its controls (those that apply to the agent). */
  framework?: string;
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

function testcase(suite: Suite, check: string, agent: AgentView, tally: Counts): string {
  const findings = agent.findings.filter(
    (f) =>
      f.ruleId === check &&
      (suite.framework === undefined || f.controls.some((c) => c.framework === suite.framework)),
  );
  const open = findings.filter((f) => f.status === "open");
  const head = `    <testcase${attrs([
    ["classname", suite.prefix ? `${suite.prefix}/${check}` : check],
    ["name", agent.name],
    ["file", agent.file],
    ["time", "0"],
  ])}`;
  tally.tests++;
  if (open.length > 0) {
    tally.failures++;
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
    tally.skipped++;
    const w = findings[0]!.waiver;
    const message = w ? `waived by ${w.approved_by} until ${w.expires}: ${w.reason}` : "waived";
    return `${head}>\n      <skipped${attrs([["message", message]])}/>\n    </testcase>`;
  }
  return `${head}/>`;
}

function suiteXml(suite: Suite, agents: AgentView[], total: Counts): string {
  const tally = counts();
  const cases = suite.checks.flatMap((check) => agents.map((agent) => testcase(suite, check, agent, tally)));
  for (const k of Object.keys(tally) as (keyof Counts)[]) total[k] += tally[k];
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
  const children = [...props, ...cases];
  return children.length === 0 ? `${open}/>` : `${open}>\n${children.join("\n")}\n  </testsuite>`;
}

function errorSuite(input: FormatInput, total: Counts): string | undefined {
  const { errors } = input.report;
  if (errors.length === 0) return undefined;
  const cases = errors.map((e) => {
    const message = `${e.file}:${e.line}:${e.column}: ${e.message}`;
    return `    <testcase${attrs([
      ["classname", "agentpolicy/files"],
      ["name", e.file],
      ["file", e.file],
      ["time", "0"],
    ])}>\n      <error${attrs([
      ["message", message],
      ["type", "file-error"],
    ])}>${x(message)}</error>\n    </testcase>`;
  });
  total.tests += errors.length;
  total.errors += errors.length;
  return `  <testsuite${attrs([
    ["name", "Manifest files that could not be checked"],
    ["id", "agentpolicy/files"],
    ["tests", errors.length],
    ["failures", 0],
    ["errors", errors.length],
    ["skipped", 0],
    ["time", "0"],
  ])}>\n${cases.join("\n")}\n  </testsuite>`;
}

function ruleTitle(rules: Map<string, RuleMeta>, findings: Finding[], id: string): string {
  return rules.get(id)?.title ?? findings.find((f) => f.ruleId === id)?.title ?? id;
}

function suitesOf(input: FormatInput): Suite[] {
  const { report } = input;
  const rules = new Map(input.rules.map((r) => [r.id, r]));
  const allChecks = [...new Set([...input.rules.map((r) => r.id), ...report.findings.map((f) => f.ruleId)])];
  const perCheck = (id: string): Suite => ({
    name: `${id} ${ruleTitle(rules, report.findings, id)}`,
    id,
    checks: [id],
  });
  if (report.frameworks.length === 0) return allChecks.map(perCheck);

  const suites: Suite[] = report.frameworks.map((fw) => {
    // A finding cites the framework only through a control of it, so its check belongs to the suite
    // even if the coverage list (computed upstream) left it out.
    const cited = report.findings
      .filter((f) => f.controls.some((c) => c.framework === fw.id))
      .map((f) => f.ruleId);
    return {
      name: fw.title || fw.id,
      version: fw.version,
      id: fw.id,
      prefix: fw.id,
      framework: fw.id,
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

export function formatJunit(input: EvidenceInput): string {
  const agents = agentViews(input.report);
  const total = counts();
  const suites = suitesOf(input).map((s) => suiteXml(s, agents, total));
  const errors = errorSuite(input, total);
  if (errors) suites.push(errors);
  const root = `<testsuites${attrs([
    ["name", "agentpolicy"],
    ["tests", total.tests],
    ["failures", total.failures],
    ["errors", total.errors],
    ["skipped", total.skipped],
    ["time", "0"],
  ])}`;
  const body = suites.length === 0 ? `${root}/>` : `${root}>\n${suites.join("\n")}\n</testsuites>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}
