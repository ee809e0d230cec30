import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  agentViews,
  checksOfFramework
} from "./chunk-7V3M44MV.js";
import {
  escapeXml
} from "./chunk-JBLX3NH7.js";
import "./chunk-ASN2RXSP.js";

// src/format/junit.ts
function counts() {
  return { tests: 0, failures: 0, errors: 0, skipped: 0 };
}
function attrs(pairs) {
  return pairs.filter((p) => p[1] !== void 0).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
}
function where(f) {
  return `${f.file}:${f.line}`;
}
function findingText(f) {
  const lines = [`${f.severity} ${f.ruleId} at ${where(f)}:${f.column} (${f.path})`, f.message];
  if (f.controls.length > 0)
    lines.push(`Controls: ${f.controls.map((c) => `${c.framework} ${c.id}`).join(", ")}`);
  if (f.remediation) lines.push(`Remediation: ${f.remediation}`);
  if (f.status === "waived" && f.waiver) {
    lines.push(`Waived by ${f.waiver.approved_by} until ${f.waiver.expires}: ${f.waiver.reason}`);
  }
  return lines.join("\n");
}
function testcase(suite, check, agent, tally) {
  const findings = agent.findings.filter((f) => f.ruleId === check);
  const open = findings.filter((f) => f.status === "open");
  const head = `    <testcase${attrs([
    ["classname", suite.prefix ? `${suite.prefix}/${check}` : check],
    ["name", agent.name],
    ["file", agent.file],
    ["time", "0"]
  ])}`;
  tally.tests++;
  if (open.length > 0) {
    tally.failures++;
    const first = open[0];
    const more = open.length > 1 ? ` (and ${open.length - 1} more)` : "";
    const message = `${where(first)}: ${first.message}${more}`;
    const body = open.map(findingText).join("\n\n");
    return `${head}>
      <failure${attrs([
      ["message", message],
      ["type", first.severity]
    ])}>${escapeXml(body)}</failure>
    </testcase>`;
  }
  if (findings.length > 0) {
    tally.skipped++;
    const w = findings[0].waiver;
    const message = w ? `waived by ${w.approved_by} until ${w.expires}: ${w.reason}` : "waived";
    return `${head}>
      <skipped${attrs([["message", message]])}/>
    </testcase>`;
  }
  return `${head}/>`;
}
function suiteXml(suite, agents, total) {
  const tally = counts();
  const cases = suite.checks.flatMap((check) => agents.map((agent) => testcase(suite, check, agent, tally)));
  for (const k of Object.keys(tally)) total[k] += tally[k];
  const open = `  <testsuite${attrs([
    ["name", suite.name],
    ["id", suite.id],
    ["tests", tally.tests],
    ["failures", tally.failures],
    ["errors", tally.errors],
    ["skipped", tally.skipped],
    ["time", "0"]
  ])}`;
  const props = suite.version ? [
    `    <properties>`,
    `      <property${attrs([
      ["name", "framework.version"],
      ["value", suite.version]
    ])}/>`,
    `    </properties>`
  ] : [];
  const children = [...props, ...cases];
  return children.length === 0 ? `${open}/>` : `${open}>
${children.join("\n")}
  </testsuite>`;
}
function errorSuite(input, total) {
  const { errors } = input.report;
  if (errors.length === 0) return void 0;
  const cases = errors.map((e) => {
    const message = `${e.file}:${e.line}:${e.column}: ${e.message}`;
    return `    <testcase${attrs([
      ["classname", "agentpolicy/files"],
      ["name", e.file],
      ["file", e.file],
      ["time", "0"]
    ])}>
      <error${attrs([
      ["message", message],
      ["type", "file-error"]
    ])}>${escapeXml(message)}</error>
    </testcase>`;
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
    ["time", "0"]
  ])}>
${cases.join("\n")}
  </testsuite>`;
}
function ruleTitle(rules, findings, id) {
  return rules.get(id)?.title ?? findings.find((f) => f.ruleId === id)?.title ?? id;
}
function suitesOf(input) {
  const { report } = input;
  const rules = new Map(input.rules.map((r) => [r.id, r]));
  const allChecks = [.../* @__PURE__ */ new Set([...input.rules.map((r) => r.id), ...report.findings.map((f) => f.ruleId)])];
  const perCheck = (id) => ({
    name: `${id} ${ruleTitle(rules, report.findings, id)}`,
    id,
    checks: [id]
  });
  if (report.frameworks.length === 0) return allChecks.map(perCheck);
  const suites = report.frameworks.map((fw) => {
    const cited = report.findings.filter((f) => f.controls.some((c) => c.framework === fw.id)).map((f) => f.ruleId);
    return {
      name: fw.title || fw.id,
      version: fw.version,
      id: fw.id,
      prefix: fw.id,
      checks: [.../* @__PURE__ */ new Set([...checksOfFramework(fw), ...cited])]
    };
  });
  const covered = new Set(suites.flatMap((s) => s.checks));
  const rest = allChecks.filter((id) => !covered.has(id));
  if (rest.length > 0) {
    suites.push({
      name: "Checks not mapped to a framework control",
      id: "agentpolicy/unmapped",
      prefix: "agentpolicy",
      checks: rest
    });
  }
  return suites;
}
function formatJunit(input) {
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
    ["time", "0"]
  ])}`;
  const body = suites.length === 0 ? `${root}/>` : `${root}>
${suites.join("\n")}
</testsuites>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
${body}
`;
}
export {
  formatJunit
};
