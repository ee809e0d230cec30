import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  agentViews,
  checksOfFramework
} from "./chunk-U27AQKTW.js";
import {
  escapeXml
} from "./chunk-Z6R44D76.js";
import "./chunk-OKO2LAOG.js";

// src/format/junit.ts
function counts() {
  return { tests: 0, failures: 0, errors: 0, skipped: 0, passed: 0 };
}
function indexPairs(agents, framework) {
  const index = /* @__PURE__ */ new Map();
  for (const agent of agents) {
    const mine = /* @__PURE__ */ new Map();
    for (const f of agent.findings) {
      if (framework !== void 0 && !f.controls.some((c) => c.framework === framework)) continue;
      let pair = mine.get(f.ruleId);
      if (!pair) {
        mine.set(f.ruleId, pair = { agent, open: [], waived: [] });
        let list = index.get(f.ruleId);
        if (!list) index.set(f.ruleId, list = []);
        list.push(pair);
      }
      (f.status === "open" ? pair.open : pair.waived).push(f);
    }
  }
  return index;
}
function attrs(pairs) {
  return pairs.filter((p) => p[1] !== void 0).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
}
function where(f) {
  return `${f.file}:${f.line}`;
}
function findingText(f) {
  const lines = [`${f.severity} ${f.ruleId} at ${where(f)}:${f.column} (${f.path})`, f.message];
  for (const r of f.related ?? []) {
    lines.push(`Also at ${r.file}:${r.line}:${r.column}${r.agent !== void 0 ? ` (${r.agent})` : ""}`);
  }
  if (f.controls.length > 0)
    lines.push(`Controls: ${f.controls.map((c) => `${c.framework} ${c.id}`).join(", ")}`);
  if (f.remediation) lines.push(`Remediation: ${f.remediation}`);
  if (f.status === "waived" && f.waiver) {
    lines.push(`Waived by ${f.waiver.approved_by} until ${f.waiver.expires}: ${f.waiver.reason}`);
  }
  return lines.join("\n");
}
function classname(suite, check) {
  return suite.prefix ? `${suite.prefix}/${check}` : check;
}
function pairCase(suite, check, pair) {
  const head = `    <testcase${attrs([
    ["classname", classname(suite, check)],
    ["name", pair.agent.name],
    ["file", pair.agent.file],
    ["time", "0"]
  ])}`;
  if (pair.open.length > 0) {
    const first = pair.open[0];
    const more = pair.open.length > 1 ? ` (and ${pair.open.length - 1} more)` : "";
    const message2 = `${where(first)}: ${first.message}${more}`;
    const body = pair.open.map(findingText).join("\n\n");
    return `${head}>
      <failure${attrs([
      ["message", message2],
      ["type", first.severity]
    ])}>${escapeXml(body)}</failure>
    </testcase>
`;
  }
  const w = pair.waived[0]?.waiver;
  const message = w ? `waived by ${w.approved_by} until ${w.expires}: ${w.reason}` : "waived";
  return `${head}>
      <skipped${attrs([["message", message]])}/>
    </testcase>
`;
}
function passCase(suite, check, passed, agents) {
  const name = passed < agents ? `passed by ${passed} of ${agents} agents` : agents === 1 ? "passed by the one agent" : `passed by all ${agents} agents`;
  return `    <testcase${attrs([
    ["classname", classname(suite, check)],
    ["name", name],
    ["time", "0"]
  ])}/>
`;
}
function tally(suite, index, agents) {
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
function property(name, value) {
  return `      <property${attrs([
    ["name", name],
    ["value", value]
  ])}/>
`;
}
function writeSuite(suite, t, index, agents, write) {
  write(
    `  <testsuite${attrs([
      ["name", suite.name],
      ["id", suite.id],
      ["tests", t.tests],
      ["failures", t.failures],
      ["errors", t.errors],
      ["skipped", t.skipped],
      ["time", "0"]
    ])}>
    <properties>
`
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
function writeErrorSuite(input, write) {
  const { errors } = input.report;
  write(
    `  <testsuite${attrs([
      ["name", "Manifest files that could not be checked"],
      ["id", "agentpolicy/files"],
      ["tests", errors.length],
      ["failures", 0],
      ["errors", errors.length],
      ["skipped", 0],
      ["time", "0"]
    ])}>
`
  );
  for (const e of errors) {
    const message = `${e.file}:${e.line}:${e.column}: ${e.message}`;
    write(
      `    <testcase${attrs([
        ["classname", "agentpolicy/files"],
        ["name", e.file],
        ["file", e.file],
        ["time", "0"]
      ])}>
      <error${attrs([
        ["message", message],
        ["type", "file-error"]
      ])}>${escapeXml(message)}</error>
    </testcase>
`
    );
  }
  write("  </testsuite>\n");
}
function suitesOf(input) {
  const { report } = input;
  const rules = new Map(input.rules.map((r) => [r.id, r]));
  const titles = /* @__PURE__ */ new Map();
  for (const f of report.findings) if (!titles.has(f.ruleId)) titles.set(f.ruleId, f.title);
  const allChecks = [.../* @__PURE__ */ new Set([...input.rules.map((r) => r.id), ...titles.keys()])];
  const perCheck = (id) => ({
    name: `${id} ${rules.get(id)?.title ?? titles.get(id) ?? id}`,
    id,
    checks: [id]
  });
  if (report.frameworks.length === 0) return allChecks.map(perCheck);
  const cited = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    for (const c of f.controls) {
      let set = cited.get(c.framework);
      if (!set) cited.set(c.framework, set = /* @__PURE__ */ new Set());
      set.add(f.ruleId);
    }
  }
  const suites = report.frameworks.map((fw) => ({
    name: fw.title || fw.id,
    version: fw.version,
    id: fw.id,
    prefix: fw.id,
    checks: [.../* @__PURE__ */ new Set([...checksOfFramework(fw), ...cited.get(fw.id) ?? []])]
  }));
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
function writeJunit(input, write) {
  const views = agentViews(input.report);
  const agents = views.length;
  const indexOf = (suite) => indexPairs(views, suite.prefix);
  const suites = suitesOf(input).map((suite) => ({ suite, t: tally(suite, indexOf(suite), agents) }));
  const total = counts();
  for (const { t } of suites) {
    for (const k of Object.keys(total)) total[k] += t[k];
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
    ["time", "0"]
  ])}`;
  write('<?xml version="1.0" encoding="UTF-8"?>\n');
  if (suites.length === 0 && errors === 0) {
    write(`${root}/>
`);
    return;
  }
  write(`${root}>
`);
  for (const { suite, t } of suites) writeSuite(suite, t, indexOf(suite), agents, write);
  if (errors > 0) writeErrorSuite(input, write);
  write("</testsuites>\n");
}
function formatJunit(input) {
  const parts = [];
  writeJunit(input, (chunk) => parts.push(chunk));
  return parts.join("");
}
export {
  formatJunit,
  writeJunit
};
