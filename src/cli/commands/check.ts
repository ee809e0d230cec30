import { basename, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { loadBlockFormatter, loadFormatter } from "../../format/load.js";
import { FORMATS, type FormatName } from "../../format/names.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../manifest/read.js";
import { runPipeline } from "../../pipeline/run.js";
import { reaches, type Report } from "../../report/model.js";
import { FAIL_SCOPES, judged, type FailScope } from "../../report/gate.js";
import { noAgentsMessage, pathsWithoutAgents, yieldedFiles } from "../../manifest/empty-paths.js";
import { UsageError } from "../../errors.js";
import { namedFiles } from "../named-files.js";
import { CHECK_HELP } from "../help.js";
import { checkOutput, deliver, deliverInBlocks, useColor, type Io } from "../io.js";
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
      "allow-empty": { type: "boolean" },
      "fail-scope": { type: "string" },
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
  if (values["fail-scope"] !== undefined && values.base === undefined) {
    throw new UsageError("--fail-scope needs --base: without a base every finding is new");
  }
  const failScope =
    values["fail-scope"] === undefined
      ? undefined
      : oneOf<FailScope>("fail-scope", values["fail-scope"], FAIL_SCOPES, "all");
  const maxFileSize = sizeOf("max-file-size", values["max-file-size"], DEFAULT_MAX_FILE_SIZE);
  checkOutput(io, values.output);

  // check FILE...: the files' repository is the scan root and the context; the report is on the files.
  const named = namedFiles(io.cwd, positionals);
  const root = named?.root ?? io.cwd;
  const base = await cliBase({ root, base: values.base, policySource: values["policy-source"] });
  const result = await runPipeline({
    root,
    paths: named ? [".", ...named.files] : positionals,
    maxFileSize,
    frameworks: values.framework,
    failOn,
    ...(named ? { focus: named.files } : {}),
    ...(failScope ? { failScope } : {}),
    ...(values.config !== undefined
      ? { config: named ? resolve(io.cwd, values.config) : values.config }
      : {}),
    ...(base ? { base } : {}),
    // the bill of materials describes the agents; every other format is the report alone
    reportOnly: fmt !== "cyclonedx",
  });
  const { report, rules, options, agents } = result;
  if (values["allow-empty"] !== true) {
    // Nothing is not a pass: a path that yields no agent is a usage error, like an unmatched pattern.
    const yielded = yieldedFiles(result).map((f) => relative(io.cwd, resolve(root, f)).split(sep).join("/"));
    const empty = pathsWithoutAgents(io.cwd, positionals, yielded);
    if (empty.length > 0)
      throw new UsageError(`${noAgentsMessage(empty)}; --allow-empty accepts an empty scan`);
  }

  const shown: Report =
    values.quiet && fmt === "text"
      ? {
          ...report,
          frameworks: [],
          findings: report.findings.filter(
            (f) =>
              f.status === "open" &&
              reaches(f.severity, options.failOn) &&
              judged(f, report.summary.failScope ?? "all"),
          ),
        }
      : report;
  const color = fmt === "text" && !values.output && useColor(io, values["no-color"] === true);
  if (fmt === "cyclonedx") {
    // the CycloneDX library is large: loaded only for this format
    const { bomDetails, formatCycloneDx } = await import("../../format/cyclonedx.js");
    deliver(
      io,
      formatCycloneDx({ report, details: bomDetails(agents), name: basename(io.cwd) }),
      values.output,
    );
  } else {
    const input = { report: shown, rules, color };
    const inBlocks = await loadBlockFormatter(fmt);
    if (inBlocks) deliverInBlocks(io, values.output, (write) => inBlocks(input, write));
    else deliver(io, (await loadFormatter(fmt))(input), values.output);
  }
  return report.summary.passed ? EXIT.passed : EXIT.failed;
}
