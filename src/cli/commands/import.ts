import { existsSync } from "node:fs";
import { join, posix, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { makeRedactor } from "../../engine/redact.js";
import { oneLine } from "../../format/escape.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../manifest/read.js";
import { runPipeline } from "../../pipeline/run.js";
import { draftManifest } from "../../sources/draft.js";
import { isNativeAgent } from "../../sources/implicit.js";
import { IMPORT_HELP } from "../help.js";
import { writeWithFolders, type Io } from "../io.js";
import { sizeOf } from "../options.js";
import { EXIT } from "../errors.js";

/**
 * Writes a draft manifest for every agent config no manifest claims (implicit agents), into --out
 * (default agents/). Nothing is overwritten without --force: when a draft's file exists, exit 2 and
 * nothing at all is written.
 */
export async function importCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: "string" },
      force: { type: "boolean" },
      config: { type: "string", short: "c" },
      "max-file-size": { type: "string" },
      debug: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(IMPORT_HELP + "\n");
    return EXIT.passed;
  }
  const maxFileSize = sizeOf("max-file-size", values["max-file-size"], DEFAULT_MAX_FILE_SIZE);
  const result = await runPipeline({
    root: io.cwd,
    paths: positionals,
    maxFileSize,
    ...(values.config !== undefined ? { config: values.config } : {}),
  });
  for (const e of result.report.errors) {
    io.stderr(`agentpolicy import: ${oneLine(`${e.file}:${e.line}:${e.column}: ${e.message}`)}\n`);
  }
  const implicit = result.agents.filter((a) => isNativeAgent(a) && a.source.implicit);
  if (implicit.length === 0) {
    io.stdout("Every agent config found is governed by a manifest: nothing to import.\n");
    return result.report.errors.length > 0 ? EXIT.failed : EXIT.passed;
  }
  const redact = makeRedactor(result.agents.flatMap((a) => a.redact));
  const outDir = resolve(io.cwd, values.out ?? "agents");
  const drafts = implicit.map((agent) => {
    const owned = agent as typeof agent & { ownerSource?: string };
    const metadata = agent.data.metadata as Record<string, unknown>;
    const owner =
      owned.ownerSource !== undefined && typeof metadata.owner === "string"
        ? { owner: metadata.owner, source: owned.ownerSource }
        : undefined;
    const abs = join(outDir, `${agent.name ?? "agent"}.agent.yaml`);
    // from the draft's folder, so the draft governs its config whatever folder a check runs from
    const fromOut = relative(outDir, resolve(io.cwd, agent.doc.file)).split(sep).join(posix.sep);
    const entry = fromOut.startsWith("../") ? fromOut : `./${fromOut}`;
    return {
      abs,
      shown: relative(io.cwd, abs) || abs,
      from: agent.doc.file,
      text: draftManifest(agent as never, entry, owner, redact),
    };
  });
  const existing = drafts.filter((d) => existsSync(d.abs));
  if (existing.length > 0 && !values.force) {
    const names = existing.map((d) => d.shown).join(", ");
    io.stderr(
      `agentpolicy import: ${oneLine(names)} already ${existing.length === 1 ? "exists" : "exist"}; nothing written (use --force to overwrite)\n`,
    );
    return EXIT.usage;
  }
  for (const d of drafts) {
    writeWithFolders(d.shown, d.abs, d.text);
    io.stdout(
      `${existing.includes(d) ? "overwrote" : "wrote"} ${oneLine(d.shown)} (governs ${oneLine(redact(d.from))})\n`,
    );
  }
  io.stdout(
    "\nNext: fill in the TODOs in each draft (owner, sponsor, purpose, risk tier), then run\n  npx agentpolicy check\n",
  );
  return result.report.errors.length > 0 ? EXIT.failed : EXIT.passed;
}
