import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  failOnOf,
  oneOf,
  sizeOf
} from "./chunk-XY2X6XJ3.js";
import {
  checkOutput,
  deliver,
  deliverInBlocks,
  useColor
} from "./chunk-7HACHJDW.js";
import {
  CHECK_HELP,
  EXIT
} from "./chunk-O7XNPXAJ.js";
import {
  noAgentsMessage,
  pathsWithoutAgents,
  yieldedFiles
} from "./chunk-OILI4MX5.js";
import {
  POLICY_SOURCES,
  gitBaseReader,
  resolveRef,
  runPipeline
} from "./chunk-MSQUPWFK.js";
import "./chunk-X6QVJT7M.js";
import {
  CONFIG_NAMES
} from "./chunk-FWE7YAEI.js";
import "./chunk-NBGPQBYX.js";
import "./chunk-4NN7QIXY.js";
import "./chunk-46J5RHI4.js";
import "./chunk-3VZ7T36H.js";
import "./chunk-6WOQBHG4.js";
import {
  UsageError
} from "./chunk-BNU4OYRD.js";
import {
  DEFAULT_MAX_FILE_SIZE
} from "./chunk-C34AYXUD.js";
import "./chunk-U6PY5KLE.js";
import "./chunk-5ETBV6RK.js";
import "./chunk-EHMHJOXK.js";
import "./chunk-3JT46TE2.js";
import {
  FAIL_SCOPES,
  judged
} from "./chunk-UW2F2IDI.js";
import "./chunk-LCWV2GUA.js";
import {
  reaches
} from "./chunk-NOSNPXS3.js";
import "./chunk-OKO2LAOG.js";

// src/cli/commands/check.ts
import { basename, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
import { parseArgs } from "node:util";

// src/format/names.ts
var FORMATS = ["text", "json", "sarif", "markdown", "github", "ocsf", "junit", "html"];

// src/format/load.ts
var LOADERS = {
  text: async () => (await import("./chunk-WJHHXASR.js")).formatText,
  json: async () => (await import("./chunk-BTMVSLWW.js")).formatJson,
  sarif: async () => (await import("./chunk-X7CIWT3H.js")).formatSarif,
  markdown: async () => (await import("./chunk-MCSAV6MZ.js")).formatMarkdown,
  github: async () => (await import("./chunk-SGFURGKU.js")).formatGithub,
  ocsf: async () => (await import("./chunk-QCANBAM3.js")).formatOcsf,
  junit: async () => (await import("./chunk-GDEFSJGT.js")).formatJunit,
  html: async () => (await import("./chunk-FSKC7IE7.js")).formatHtml
};
async function loadFormatter(name) {
  const load = Object.hasOwn(LOADERS, name) ? LOADERS[name] : void 0;
  if (!load) throw new Error(`unknown format '${String(name)}'; expected one of ${FORMATS.join(", ")}`);
  return load();
}
var BLOCK_LOADERS = {
  json: async () => (await import("./chunk-BTMVSLWW.js")).writeJson,
  junit: async () => (await import("./chunk-GDEFSJGT.js")).writeJunit,
  ocsf: async () => (await import("./chunk-QCANBAM3.js")).writeOcsf
};
async function loadBlockFormatter(name) {
  const load = Object.hasOwn(BLOCK_LOADERS, name) ? BLOCK_LOADERS[name] : void 0;
  return load ? load() : void 0;
}

// src/cli/named-files.ts
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function repositoryRoot(start) {
  let configRoot;
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (configRoot === void 0 && CONFIG_NAMES.some((name) => existsSync(join(dir, name))))
      configRoot = dir;
    if (dirname(dir) === dir) return configRoot ?? resolve(start);
  }
}
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function namedFiles(cwd, paths) {
  if (paths.length === 0) return void 0;
  const abs = paths.map((p) => resolve(cwd, p));
  if (!abs.every(isFile)) return void 0;
  const root = repositoryRoot(cwd);
  const files = abs.map((a) => relative(root, a));
  if (files.some((f) => f === "" || isAbsolute(f) || f === ".." || f.startsWith(`..${sep}`)))
    return void 0;
  return { root, files: files.map((f) => f.split(sep).join("/")) };
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
      "allow-empty": { type: "boolean" },
      "fail-scope": { type: "string" },
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
  if (values["fail-scope"] !== void 0 && values.base === void 0) {
    throw new UsageError("--fail-scope needs --base: without a base every finding is new");
  }
  const failScope = values["fail-scope"] === void 0 ? void 0 : oneOf("fail-scope", values["fail-scope"], FAIL_SCOPES, "all");
  const maxFileSize = sizeOf("max-file-size", values["max-file-size"], DEFAULT_MAX_FILE_SIZE);
  checkOutput(io, values.output);
  const named = namedFiles(io.cwd, positionals);
  const root = named?.root ?? io.cwd;
  const base = await cliBase({ root, base: values.base, policySource: values["policy-source"] });
  const result = await runPipeline({
    root,
    paths: named ? [".", ...named.files] : positionals,
    maxFileSize,
    frameworks: values.framework,
    failOn,
    ...named ? { focus: named.files } : {},
    ...failScope ? { failScope } : {},
    ...values.config !== void 0 ? { config: named ? resolve2(io.cwd, values.config) : values.config } : {},
    ...base ? { base } : {},
    // the bill of materials describes the agents; every other format is the report alone
    reportOnly: fmt !== "cyclonedx"
  });
  const { report, rules, options, agents } = result;
  if (values["allow-empty"] !== true) {
    const yielded = yieldedFiles(result).map((f) => relative2(io.cwd, resolve2(root, f)).split(sep2).join("/"));
    const empty = pathsWithoutAgents(io.cwd, positionals, yielded);
    if (empty.length > 0)
      throw new UsageError(`${noAgentsMessage(empty)}; --allow-empty accepts an empty scan`);
  }
  const shown = values.quiet && fmt === "text" ? {
    ...report,
    frameworks: [],
    findings: report.findings.filter(
      (f) => f.status === "open" && reaches(f.severity, options.failOn) && judged(f, report.summary.failScope ?? "all")
    )
  } : report;
  const color = fmt === "text" && !values.output && useColor(io, values["no-color"] === true);
  if (fmt === "cyclonedx") {
    const { bomDetails, formatCycloneDx } = await import("./chunk-BDVK24AI.js");
    deliver(
      io,
      formatCycloneDx({ report, details: bomDetails(agents), name: basename(io.cwd) }),
      values.output
    );
  } else {
    const input = { report: shown, rules, color };
    const inBlocks = await loadBlockFormatter(fmt);
    if (inBlocks) deliverInBlocks(io, values.output, (write) => inBlocks(input, write));
    else deliver(io, (await loadFormatter(fmt))(input), values.output);
  }
  return report.summary.passed ? EXIT.passed : EXIT.failed;
}
export {
  checkCommand
};
