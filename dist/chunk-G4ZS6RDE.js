import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  oneOf
} from "./chunk-XY2X6XJ3.js";
import {
  EXIT,
  SCHEMA_HELP
} from "./chunk-O7XNPXAJ.js";
import {
  packageRoot
} from "./chunk-4NN7QIXY.js";
import "./chunk-BNU4OYRD.js";
import "./chunk-NOSNPXS3.js";
import "./chunk-OKO2LAOG.js";

// src/cli/commands/schema.ts
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { join } from "node:path";
function schemaCommand(argv, io) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { format: { type: "string", short: "f" }, help: { type: "boolean", short: "h" } }
  });
  if (values.help) {
    io.stdout(SCHEMA_HELP + "\n");
    return EXIT.passed;
  }
  oneOf("format", values.format, ["json"], "json");
  io.stdout(readFileSync(join(packageRoot(), "schema", "agent.schema.json"), "utf8"));
  return EXIT.passed;
}
export {
  schemaCommand
};
