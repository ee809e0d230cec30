// The CLI shell: pick a command, run it, map the outcome to an exit code. Internal errors print one
// line (a stack trace only with --debug, which every command accepts: it is taken off the arguments
// here, before the command parses them); nothing a manifest contains should ever get here.
import { checkCommand } from "./commands/check.js";
import { initCommand } from "./commands/init.js";
import { importCommand } from "./commands/import.js";
import { inventoryCommand } from "./commands/inventory.js";
import { rulesCommand } from "./commands/rules.js";
import { explainCommand } from "./commands/explain.js";
import { schemaCommand } from "./commands/schema.js";
import { MAIN_HELP } from "./help.js";
import type { Io } from "./io.js";
import { EXIT } from "./errors.js";
import { UsageError } from "../errors.js";
import { oneLine } from "../format/escape.js";
import { PolicyError } from "../policy/errors.js";
import { TOOL_VERSION } from "../version.js";

type Command = (argv: string[], io: Io) => Promise<number> | number;
// A Map, not an object literal: a command name is user input, and `constructor` or `toString` must be
// unknown commands, not properties every object inherits.
const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  ["check", checkCommand],
  ["inventory", inventoryCommand],
  ["init", initCommand],
  ["import", importCommand],
  ["rules", rulesCommand],
  ["explain", explainCommand],
  ["schema", schemaCommand],
]);

/** The arguments without the global --debug flag (an argument after `--` is a path, kept as is). */
function withoutDebug(argv: readonly string[]): { args: string[]; debug: boolean } {
  const end = argv.indexOf("--");
  const flags = end === -1 ? argv : argv.slice(0, end);
  const rest = end === -1 ? [] : argv.slice(end);
  const args = flags.filter((a) => a !== "--debug");
  return { args: [...args, ...rest], debug: args.length < flags.length };
}

function isParseArgsError(e: unknown): e is Error {
  const code = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { args, debug } = withoutDebug(argv);
  const [name, ...rest] = args;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.stdout(MAIN_HELP + "\n");
    return name === undefined ? EXIT.usage : EXIT.passed;
  }
  if (name === "-v" || name === "--version") {
    io.stdout(TOOL_VERSION + "\n");
    return EXIT.passed;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    io.stderr(`agentpolicy: unknown command '${oneLine(name)}'; try 'agentpolicy --help'\n`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError || isParseArgsError(e)) {
      io.stderr(`agentpolicy ${name}: ${oneLine(e.message)}\n`);
      return EXIT.usage;
    }
    if (e instanceof PolicyError) {
      io.stderr(`agentpolicy: ${oneLine(e.message)}\n`);
      return EXIT.usage;
    }
    // One line whatever the error carries (a message may quote manifest text); the stack only on request.
    io.stderr(`agentpolicy: internal error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    if (debug && e instanceof Error && e.stack) io.stderr(e.stack + "\n");
    else io.stderr("(run again with --debug for details, and please report it)\n");
    return EXIT.usage;
  }
}
