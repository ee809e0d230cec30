import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  controlsOfCheck,
  findCheck,
  findControls
} from "./chunk-CTD2P63B.js";
import {
  EXIT,
  EXPLAIN_HELP
} from "./chunk-O7XNPXAJ.js";
import {
  loadPolicy
} from "./chunk-X6QVJT7M.js";
import "./chunk-NBGPQBYX.js";
import "./chunk-4NN7QIXY.js";
import "./chunk-6WOQBHG4.js";
import {
  UsageError
} from "./chunk-BNU4OYRD.js";
import "./chunk-U6PY5KLE.js";
import "./chunk-EHMHJOXK.js";
import "./chunk-LCWV2GUA.js";
import {
  ruleHelpUri
} from "./chunk-NOSNPXS3.js";
import "./chunk-OKO2LAOG.js";

// src/cli/commands/explain.ts
import { parseArgs } from "node:util";
function indent(text, by = "  ") {
  return text.trimEnd().split("\n").map((l) => l ? by + l : l).join("\n");
}
function explainCheck(policy, check) {
  const out = [`${check.id}  ${check.title}`, ""];
  out.push(`severity:   ${check.severity}${check.waivable ? "" : " (not waivable)"}`);
  if (check.principle) out.push(`principle:  ${check.principle}`);
  out.push(
    `help:       ${ruleHelpUri(check.id)}`,
    "",
    "Why",
    indent(check.description),
    "",
    "Fix",
    indent(check.remediation)
  );
  const params = Object.entries(check.params);
  if (params.length > 0) {
    out.push("", "Parameters (override in .agentpolicy.yml under params:)");
    for (const [name, p] of params)
      out.push(`  ${name} (${p.type}, default ${JSON.stringify(p.default)}): ${p.description}`);
  }
  const controls = controlsOfCheck(policy, check.id);
  out.push("", "Evidences");
  if (controls.length === 0) out.push("  (no control in the loaded frameworks)");
  const fwWidth = Math.max(0, ...controls.map((m) => m.framework.id.length));
  const idWidth = Math.max(0, ...controls.map((m) => m.control.id.length));
  for (const m of controls) {
    const flag = m.control.verified === false ? " (unverified)" : "";
    out.push(
      `  ${m.framework.id.padEnd(fwWidth)}  ${m.control.id.padEnd(idWidth)}  ${m.control.title}${flag}`
    );
  }
  return out.join("\n") + "\n";
}
function explainControl({ framework, control }, policy) {
  const out = [`${framework.id}  ${control.id}  ${control.title}`, ""];
  out.push(`framework:  ${framework.title} (${framework.version})`);
  out.push(`source:     ${control.url}`);
  if (control.verified === false)
    out.push("verified:   no — the citation or wording could not be checked against the source");
  else if (control.verified === true) out.push("verified:   yes");
  out.push("", indent(control.summary));
  const a = control.applicability;
  if (a) {
    out.push("", "Applies");
    if (a.role) out.push(`  to:         ${a.role.join(", ")}`);
    if (a.tiers) out.push(`  risk tiers: ${a.tiers.join(", ")}`);
    if (a.applies_from)
      out.push(`  from:       ${a.applies_from}${a.verified === false ? " (unverified)" : ""}`);
    if (a.source) out.push(`  source:     ${a.source}`);
    if (a.note) out.push(indent(a.note));
    for (const m of a.amendments ?? []) {
      const when = m.applies_from ? `from ${m.applies_from}` : "changed";
      out.push(`  amended:    ${when}${m.verified === false ? " (unverified)" : ""}`);
      if (m.note) out.push(indent(m.note, "              "));
      out.push(indent(`source: ${m.source}`, "              "));
    }
  }
  out.push("", "Evidenced by");
  if (control.manual)
    out.push("  manual: no agent manifest can show this control; it needs evidence outside agentpolicy");
  const idWidth = Math.max(0, ...control.checks.map((id) => id.length));
  for (const id of control.checks) {
    const check = policy.checks.find((c) => c.id === id);
    out.push(
      `  ${id.padEnd(idWidth)}  ${check ? `${check.severity.padEnd(8)}  ${check.title}` : "(not loaded)"}`
    );
  }
  return out.join("\n") + "\n";
}
function explainCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { help: { type: "boolean", short: "h" } }
  });
  if (values.help) {
    io.stdout(EXPLAIN_HELP + "\n");
    return EXIT.passed;
  }
  const query = positionals.join(" ").trim();
  if (!query) throw new UsageError("explain needs a check id (AP-CRED-003) or a control id (soc2:CC6.1)");
  const policy = loadPolicy();
  const check = findCheck(policy, query);
  if (check) {
    io.stdout(explainCheck(policy, check));
    return EXIT.passed;
  }
  const controls = findControls(policy, query);
  if (controls.length === 0) {
    throw new UsageError(`no check or control '${query}'; see 'agentpolicy rules' for the ids`);
  }
  io.stdout(controls.map((m) => explainControl(m, policy)).join("\n"));
  return EXIT.passed;
}
export {
  explainCommand
};
