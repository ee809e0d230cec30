import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  failOnOf,
  oneOf,
  sizeOf
} from "./chunk-XY2X6XJ3.js";
import {
  deliver,
  deliverJson,
  useColor
} from "./chunk-J6KXPFCG.js";
import {
  CHECK_HELP,
  EXIT
} from "./chunk-TO37BV72.js";
import {
  POLICY_SOURCES,
  gitBaseReader,
  resolveRef,
  runPipeline
} from "./chunk-KWWX6LCW.js";
import "./chunk-FMZAGI7A.js";
import "./chunk-KZQOBWOM.js";
import "./chunk-JQWWZ5KJ.js";
import "./chunk-4NN7QIXY.js";
import "./chunk-46J5RHI4.js";
import "./chunk-6WOQBHG4.js";
import {
  UsageError
} from "./chunk-BNU4OYRD.js";
import {
  DEFAULT_MAX_FILE_SIZE
} from "./chunk-H7DHQUAY.js";
import "./chunk-V6VN2MFW.js";
import "./chunk-WK5LURPB.js";
import "./chunk-C6GPXQLM.js";
import "./chunk-LCWV2GUA.js";
import {
  reaches
} from "./chunk-NOSNPXS3.js";
import "./chunk-ASN2RXSP.js";

// src/cli/commands/check.ts
import { basename } from "node:path";
import { parseArgs } from "node:util";

// src/format/names.ts
var FORMATS = ["text", "json", "sarif", "markdown", "github", "ocsf", "junit", "html"];

// src/format/load.ts
var LOADERS = {
  text: async () => (await import("./chunk-OTNH63ZO.js")).formatText,
  json: async () => (await import("./chunk-BTDMLQZA.js")).formatJson,
  sarif: async () => (await import("./chunk-4S2QSTRU.js")).formatSarif,
  markdown: async () => (await import("./chunk-FCGZOCBW.js")).formatMarkdown,
  github: async () => (await import("./chunk-O5WZFWXS.js")).formatGithub,
  ocsf: async () => (await import("./chunk-5RAFG764.js")).formatOcsf,
  junit: async () => (await import("./chunk-QUB2YVTH.js")).formatJunit,
  html: async () => (await import("./chunk-R7CCR5AX.js")).formatHtml
};
async function loadFormatter(name) {
  const load = Object.hasOwn(LOADERS, name) ? LOADERS[name] : void 0;
  if (!load) throw new Error(`unknown format '${String(name)}'; expected one of ${FORMATS.join(", ")}`);
  return load();
}

// src/cli/policy.ts
async function cliBase(opts) {
  if (opts.policySource !== void 0 && opts.base === void 0) {
    throw new UsageError(
      "--policy-source needs --base: without a base there is only the working tree's policy"
    );
  }
  const policySource = oneOf("policy-source", opts.policySource, POLICY_SOURCES, "base");
  if (opts.base === void 0) return void 0;
  const reader = await gitBaseReader(opts.root, await resolveRef(opts.root, opts.base));
  return { reader, ref: opts.base, policySource };
}

// src/cli/commands/check.ts
async function checkCommand(argv, io) {
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
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(CHECK_HELP + "\n");
    return EXIT.passed;
  }
  const fmt = oneOf("format", values.format, [...FORMATS, "cyclonedx"], "text");
  const failOn = values["fail-on"] === void 0 ? void 0 : failOnOf(values["fail-on"]);
  const maxFileSize = sizeOf("max-file-size", values["max-file-size"], DEFAULT_MAX_FILE_SIZE);
  const base = await cliBase({ root: io.cwd, base: values.base, policySource: values["policy-source"] });
  const { report, rules, options, agents } = await runPipeline({
    root: io.cwd,
    paths: positionals,
    maxFileSize,
    frameworks: values.framework,
    failOn,
    ...values.config !== void 0 ? { config: values.config } : {},
    ...base ? { base } : {}
  });
  const shown = values.quiet && fmt === "text" ? {
    ...report,
    frameworks: [],
    findings: report.findings.filter((f) => f.status === "open" && reaches(f.severity, options.failOn))
  } : report;
  const color = fmt === "text" && !values.output && useColor(io, values["no-color"] === true);
  if (fmt === "cyclonedx") {
    const { bomDetails, formatCycloneDx } = await import("./chunk-HERCKL3A.js");
    deliver(
      io,
      formatCycloneDx({ report, details: bomDetails(agents), name: basename(io.cwd) }),
      values.output
    );
  } else if (fmt === "json" && values.output) deliverJson(values.output, { report: shown, rules, color });
  else deliver(io, (await loadFormatter(fmt))({ report: shown, rules, color }), values.output);
  return report.summary.passed ? EXIT.passed : EXIT.failed;
}
export {
  checkCommand
};
