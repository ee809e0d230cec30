import { basename, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { bomDetails, formatCycloneDx } from "../../format/cyclonedx.js";
import { runCheck } from "../../check.js";
import { compareWithReader } from "../../diff/compare.js";
import { format, FORMATS, type FormatName } from "../../format/index.js";
import { checkOptionsFor } from "../../policy/active.js";
import { reaches, type Report } from "../../report/model.js";
import { applyFailScope, FAIL_SCOPES, judged, type FailScope } from "../../report/gate.js";
import { CHECK_HELP } from "../help.js";
import { deliver, deliverJson, deliverStream, useColor, type Io } from "../io.js";
import { writeJunit } from "../../format/junit.js";
import { failOnOf, oneOf, sizeOf } from "../options.js";
import { loadCliPolicy } from "../policy.js";
import { namedFiles } from "../named-files.js";
import { EXIT } from "../errors.js";
import { UsageError } from "../../errors.js";
import { noAgentsMessage, pathsWithoutAgents, yieldedFiles } from "../../manifest/empty-paths.js";

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
      "allow-empty": { type: "boolean" },
      "fail-scope": { type: "string" },
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
  if (values["fail-scope"] !== undefined && values.base === undefined) {
    throw new UsageError("--fail-scope needs --base: without a base every finding is new");
  }
  const failScope =
    values["fail-scope"] === undefined
      ? undefined
      : oneOf<FailScope>("fail-scope", values["fail-scope"], FAIL_SCOPES, "all");
  const maxFileSize = sizeOf("max-file-size", values["max-file-size"], DEFAULT_MAX_FILE_SIZE);

  // check FILE...: the files' repository is the scan root and the context; the report is on the files.
  const named = namedFiles(io.cwd, positionals);
  const root = named?.root ?? io.cwd;
  const policy = await loadCliPolicy({
    root,
    config: named && values.config !== undefined ? resolve(io.cwd, values.config) : values.config,
    base: values.base,
    policySource: values["policy-source"],
  });
  const options = {
    ...checkOptionsFor(policy.active, {
      root,
      paths: named ? [".", ...named.files] : positionals,
      maxFileSize,
      frameworks: values.framework,
      failOn,
    }),
    ...(named ? { focus: named.files } : {}),
  };
  const checked = await runCheck(options);
  if (values["allow-empty"] !== true) {
    // Nothing is not a pass: a path that yields no agent is a usage error, like an unmatched pattern.
    const yielded = yieldedFiles(checked).map((f) => relative(io.cwd, resolve(root, f)).split(sep).join("/"));
    const empty = pathsWithoutAgents(io.cwd, positionals, yielded);
    if (empty.length > 0)
      throw new UsageError(`${noAgentsMessage(empty)}; --allow-empty accepts an empty scan`);
  }
  const base = policy.base;
  const compared = base ? await compareWithReader(checked, base.reader, base.ref, options) : checked;
  const { rules } = compared;
  // With a base, the report says which policy judged the run and what the change does to it.
  const judgedReport: Report = base
    ? { ...compared.report, policySource: base.source, policyChanges: base.changes }
    : compared.report;
  const settings = policy.active.config?.settings;
  const report = applyFailScope(
    judgedReport,
    failScope ?? settings?.fail_scope ?? "all",
    settings?.fail_on_escalation,
  );

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
    deliver(
      io,
      formatCycloneDx({ report, details: bomDetails(checked.agents), name: basename(io.cwd) }),
      values.output,
    );
  } else if (fmt === "json" && values.output) deliverJson(values.output, { report: shown, rules, color });
  else if (fmt === "junit")
    deliverStream(values.output, (write) => writeJunit({ report: shown, rules }, write), io);
  else deliver(io, format(fmt, { report: shown, rules, color }), values.output);
  return report.summary.passed ? EXIT.passed : EXIT.failed;
}
