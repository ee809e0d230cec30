import { basename } from "node:path";
import { parseArgs } from "node:util";
import { bomDetails, formatCycloneDx } from "../../format/cyclonedx.js";
import { runCheck } from "../../check.js";
import { compareWithReader } from "../../diff/compare.js";
import { format, FORMATS, type FormatName } from "../../format/index.js";
import { checkOptionsFor } from "../../policy/active.js";
import { reaches, type Report } from "../../report/model.js";
import { CHECK_HELP } from "../help.js";
import { deliver, deliverJson, useColor, type Io } from "../io.js";
import { failOnOf, oneOf, sizeOf } from "../options.js";
import { loadCliPolicy } from "../policy.js";
import { EXIT } from "../errors.js";

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      config: { type: "string", short: "c" },
      framework: { type: "string", multiple: true },
      "fail-on": { type: "string" },
      "max-file-size": { type: "string" },
      base: { type: "string" },
      "policy-source": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      "no-color": { type: "boolean" },
      debug: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(CHECK_HELP + "\n");
    return EXIT.passed;
  }
  // cyclonedx is the AI bill of materials of the checked tree (agents, models, MCP servers, AI libraries)
  const fmt = oneOf<FormatName | "cyclonedx">("format", values.format, [...FORMATS, "cyclonedx"], "text");
  const failOn = values["fail-on"] === undefined ? undefined : failOnOf(values["fail-on"]);
  const maxFileSize = sizeOf("max-file-size", values["max-file-size"], DEFAULT_MAX_FILE_SIZE);

  const policy = await loadCliPolicy({
    root: io.cwd,
    config: values.config,
    base: values.base,
    policySource: values["policy-source"],
  });
  const options = checkOptionsFor(policy.active, {
    root: io.cwd,
    paths: positionals,
    maxFileSize,
    frameworks: values.framework,
    failOn,
  });
  const checked = await runCheck(options);
  const base = policy.base;
  const compared = base ? await compareWithReader(checked, base.reader, base.ref, options) : checked;
  const { rules } = compared;
  // With a base, the report says which policy judged the run and what the change does to it.
  const report: Report = base
    ? { ...compared.report, policySource: base.source, policyChanges: base.changes }
    : compared.report;

  const shown: Report =
    values.quiet && fmt === "text"
      ? {
          ...report,
          frameworks: [],
          findings: report.findings.filter((f) => f.status === "open" && reaches(f.severity, options.failOn)),
        }
      : report;
  const color = fmt === "text" && !values.output && useColor(io, values["no-color"] === true);
  if (fmt === "cyclonedx") {
    deliver(
      io,
      formatCycloneDx({ report, details: bomDetails(checked.agents), name: basename(io.cwd) }),
      values.output,
    );
  } else if (fmt === "json" && values.output) deliverJson(values.output, { report: shown, rules, color });
  else deliver(io, format(fmt, { report: shown, rules, color }), values.output);
  return report.summary.passed ? EXIT.passed : EXIT.failed;
}
