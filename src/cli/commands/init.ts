import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { UsageError } from "../../errors.js";
import { formatDate } from "../../manifest/date.js";
import { CONFIG_NAMES } from "../../policy/config.js";
import { packageRoot } from "../../policy/paths.js";
import { INIT_HELP } from "../help.js";
import { writeWithFolders, type Io } from "../io.js";
import { EXIT } from "../errors.js";
import { CONFIG_PATH, STARTER_CONFIG } from "../templates/config.js";
import { EXAMPLE_AGENT_PATH, exampleAgent } from "../templates/example-agent.js";

export const WORKFLOW_PATH = ".github/workflows/agentpolicy.yml";
/** The example workflow ships with the package; init copies it rather than keeping a second copy. */
const WORKFLOW_SOURCE = "examples/workflows/agentpolicy.yml";
const YEAR_MS = 365 * 86_400_000;

/** Writes a starter manifest and config (and the example workflow) into the current folder. */
export function initCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      workflow: { type: "boolean" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(INIT_HELP + "\n");
    return EXIT.passed;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument '${positionals[0]}'; init writes into the current folder`);

  const files = new Map<string, string>([
    [EXAMPLE_AGENT_PATH, exampleAgent(formatDate(Date.now() + YEAR_MS))],
    [CONFIG_PATH, STARTER_CONFIG],
  ]);
  if (values.workflow) {
    const source = join(packageRoot(), WORKFLOW_SOURCE);
    if (!existsSync(source))
      throw new UsageError(`this installation has no example workflow (${WORKFLOW_SOURCE})`);
    files.set(WORKFLOW_PATH, readFileSync(source, "utf8"));
  }

  // A second config under another name would make the choice ambiguous; --force does not fix that.
  const other = CONFIG_NAMES.find((name) => name !== CONFIG_PATH && existsSync(join(io.cwd, name)));
  if (other) throw new UsageError(`${other} already exists; edit it instead, or remove it first`);
  const existing = [...files.keys()].filter((file) => existsSync(join(io.cwd, file)));
  if (existing.length > 0 && !values.force) {
    throw new UsageError(
      `${existing.join(", ")} already ${existing.length === 1 ? "exists" : "exist"}; nothing written (use --force to overwrite)`,
    );
  }
  for (const [file, text] of files) {
    const abs = join(io.cwd, file);
    writeWithFolders(file, abs, text);
    io.stdout(`${existing.includes(file) ? "overwrote" : "wrote"} ${file}\n`);
  }
  io.stdout(
    `\nNext: describe a real agent in ${EXAMPLE_AGENT_PATH} (or add more files under agents/), then run\n` +
      "  npx agentpolicy check\n",
  );
  return EXIT.passed;
}
