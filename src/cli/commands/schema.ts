import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../policy/paths.js";
import { SCHEMA_HELP } from "../help.js";
import type { Io } from "../io.js";
import { oneOf } from "../options.js";
import { EXIT } from "../errors.js";

export function schemaCommand(argv: string[], io: Io): number {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { format: { type: "string", short: "f" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    io.stdout(SCHEMA_HELP + "\n");
    return EXIT.passed;
  }
  oneOf("format", values.format, ["json"], "json");
  io.stdout(readFileSync(join(packageRoot(), "schema", "agent.schema.json"), "utf8"));
  return EXIT.passed;
}
