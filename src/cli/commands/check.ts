import { basename } from "node:path";
import { parseArgs } from "node:util";
import { bomDetails, formatCycloneDx } from "../../format/cyclonedx.js";
import { format, FORMATS, type FormatName } from "../../format/index.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../manifest/read.js";
import { runPipeline } from "../../pipeline/run.js";
import { reaches, type Report } from "../../report/model.js";
import { CHECK_HELP } from "../help.js";
import { deliver, deliverJson, useColor, type Io } from "../io.js";
import { failOnOf, oneOf, sizeOf } from "../options.js";
import { cliBase } from "../policy.js";
import { EXIT } from "../errors.js";

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

  const base = await cliBase({ root: io.cwd, base: values.base, policySource: values["policy-source"] });
  const { report, rules, options, agents } = await runPipeline({
    root: io.cwd,
    paths: positionals,
    maxFileSize,
    frameworks: values.framework,
    failOn,
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(base ? { base } : {}),
  });

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
      formatCycloneDx({ report, details: bomDetails(agents), name: basename(io.cwd) }),
      values.output,
    );
  } else if (fmt === "json" && values.output) deliverJson(values.output, { report: shown, rules, color });
  else deliver(io, format(fmt, { report: shown, rules, color }), values.output);
  return report.summary.passed ? EXIT.passed : EXIT.failed;
}
