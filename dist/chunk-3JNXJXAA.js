import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  controlsOfCheck
} from "./chunk-CTD2P63B.js";
import {
  oneOf
} from "./chunk-XY2X6XJ3.js";
import {
  EXIT,
  RULES_HELP
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

// src/cli/commands/rules.ts
import { parseArgs } from "node:util";
function rulesCommand(argv, io) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      framework: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(RULES_HELP + "\n");
    return EXIT.passed;
  }
  const fmt = oneOf("format", values.format, ["text", "json"], "text");
  const policy = loadPolicy();
  const wanted = values.framework ?? [];
  for (const id of wanted) {
    if (!policy.frameworks.some((f) => f.id === id)) throw new UsageError(`unknown framework '${id}'`);
  }
  const rows = policy.checks.map((check) => ({
    check,
    controls: controlsOfCheck(policy, check.id).filter(
      (m) => wanted.length === 0 || wanted.includes(m.framework.id)
    )
  })).filter((r) => wanted.length === 0 || r.controls.length > 0);
  if (fmt === "json") {
    const out = rows.map(({ check, controls }) => ({
      id: check.id,
      title: check.title,
      severity: check.severity,
      principle: check.principle,
      waivable: check.waivable,
      description: check.description,
      remediation: check.remediation,
      params: check.params,
      helpUri: ruleHelpUri(check.id),
      controls: controls.map((m) => ({ framework: m.framework.id, id: m.control.id }))
    }));
    io.stdout(JSON.stringify(out, null, 2) + "\n");
    return EXIT.passed;
  }
  const idWidth = Math.max(...rows.map((r) => r.check.id.length));
  for (const { check, controls } of rows) {
    const cites = controls.map((m) => `${m.framework.id}:${m.control.id}`).join(", ");
    io.stdout(`${check.id.padEnd(idWidth)}  ${check.severity.padEnd(8)}  ${check.title}
`);
    if (cites) io.stdout(`${" ".repeat(idWidth)}  ${"".padEnd(8)}  ↳ ${cites}
`);
  }
  io.stdout(`
${rows.length} checks
`);
  return EXIT.passed;
}
export {
  rulesCommand
};
