import { basename } from "node:path";
import { parseArgs } from "node:util";
import { bomDetails, formatCycloneDx } from "../../format/cyclonedx.js";
import { formatInventory, INVENTORY_FORMATS, type InventoryFormat } from "../../format/inventory/index.js";
import { oneLine } from "../../format/escape.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../manifest/read.js";
import { runPipeline } from "../../pipeline/run.js";
import type { Inventory } from "../../report/inventory.js";
import { TOOL_VERSION } from "../../version.js";
import { INVENTORY_HELP } from "../help.js";
import { checkOutput, deliver, type Io } from "../io.js";
import { oneOf, sizeOf } from "../options.js";
import { EXIT } from "../errors.js";

/**
 * Every agent with its owner, access level, credentials and gates, and its open findings under the
 * repository's policy. Exit 1 when a file could not be read: its agents are missing from the inventory.
 */
export async function inventoryCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      config: { type: "string", short: "c" },
      "max-file-size": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(INVENTORY_HELP + "\n");
    return EXIT.passed;
  }
  const fmt = oneOf<InventoryFormat | "cyclonedx">(
    "format",
    values.format,
    [...INVENTORY_FORMATS, "cyclonedx"],
    "text",
  );
  const maxFileSize = sizeOf("max-file-size", values["max-file-size"], DEFAULT_MAX_FILE_SIZE);
  checkOutput(io, values.output);
  const result = await runPipeline({
    root: io.cwd,
    paths: positionals,
    maxFileSize,
    ...(values.config !== undefined ? { config: values.config } : {}),
  });
  const inventory: Inventory = {
    schemaVersion: 1,
    tool: { name: "agentpolicy", version: TOOL_VERSION },
    agents: result.report.agents ?? [],
    ...(result.report.components ? { components: result.report.components } : {}),
    errors: result.report.errors,
  };
  const text =
    fmt === "cyclonedx"
      ? formatCycloneDx({ report: result.report, details: bomDetails(result.agents), name: basename(io.cwd) })
      : formatInventory(fmt, inventory);
  deliver(io, text, values.output);
  for (const e of inventory.errors) {
    io.stderr(`agentpolicy inventory: ${oneLine(`${e.file}:${e.line}:${e.column}: ${e.message}`)}\n`);
  }
  return inventory.errors.length > 0 ? EXIT.failed : EXIT.passed;
}
