#!/usr/bin/env node
import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  processIo,
  quietOnClosedPipe
} from "./chunk-7HACHJDW.js";
import {
  EXIT,
  MAIN_HELP
} from "./chunk-O7XNPXAJ.js";
import {
  TOOL_VERSION
} from "./chunk-46J5RHI4.js";
import "./chunk-3VZ7T36H.js";
import {
  PolicyError
} from "./chunk-6WOQBHG4.js";
import {
  UsageError
} from "./chunk-BNU4OYRD.js";
import "./chunk-3JT46TE2.js";
import {
  oneLine
} from "./chunk-Z6R44D76.js";
import "./chunk-OKO2LAOG.js";

// src/cli/app.ts
var COMMANDS = /* @__PURE__ */ new Map([
  ["check", async () => (await import("./chunk-45E5MH7L.js")).checkCommand],
  ["baseline", async () => (await import("./chunk-C6TG2SWI.js")).baselineCommand],
  ["inventory", async () => (await import("./chunk-5UXYSQAJ.js")).inventoryCommand],
  ["init", async () => (await import("./chunk-V4R55VVT.js")).initCommand],
  ["import", async () => (await import("./chunk-O6NIXED3.js")).importCommand],
  ["rules", async () => (await import("./chunk-3JNXJXAA.js")).rulesCommand],
  ["explain", async () => (await import("./chunk-L5FC5NMS.js")).explainCommand],
  ["schema", async () => (await import("./chunk-G4ZS6RDE.js")).schemaCommand]
]);
function withoutDebug(argv) {
  const end = argv.indexOf("--");
  const flags = end === -1 ? argv : argv.slice(0, end);
  const rest = end === -1 ? [] : argv.slice(end);
  const args = flags.filter((a) => a !== "--debug");
  return { args: [...args, ...rest], debug: args.length < flags.length };
}
function isParseArgsError(e) {
  const code = e instanceof Error ? e.code : void 0;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
async function main(argv, io) {
  const { args, debug } = withoutDebug(argv);
  const [name, ...rest] = args;
  if (name === void 0 || name === "-h" || name === "--help" || name === "help") {
    io.stdout(MAIN_HELP + "\n");
    return name === void 0 ? EXIT.usage : EXIT.passed;
  }
  if (name === "-v" || name === "--version") {
    io.stdout(TOOL_VERSION + "\n");
    return EXIT.passed;
  }
  const load = COMMANDS.get(name);
  if (!load) {
    io.stderr(`agentpolicy: unknown command '${oneLine(name)}'; try 'agentpolicy --help'
`);
    return EXIT.usage;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError || isParseArgsError(e)) {
      io.stderr(`agentpolicy ${name}: ${oneLine(e.message)}
`);
      return EXIT.usage;
    }
    if (e instanceof PolicyError) {
      io.stderr(`agentpolicy: ${oneLine(e.message)}
`);
      return EXIT.usage;
    }
    io.stderr(`agentpolicy: internal error: ${oneLine(e instanceof Error ? e.message : String(e))}
`);
    if (debug && e instanceof Error && e.stack) io.stderr(e.stack + "\n");
    else io.stderr("(run again with --debug for details, and please report it)\n");
    return EXIT.usage;
  }
}

// src/cli/main.ts
quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);
process.exitCode = await main(process.argv.slice(2), processIo());
