// `agentpolicy baseline [paths] --reason R --approved-by P --expires D`: accept today's findings as
// governed waivers in the policy config (policy/baseline.ts), so a gate can go live on an estate with
// old debt. Everything is checked before anything is written: a missing reason or approver, or an expiry
// more than a year ahead, is exit 2 with the config untouched.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { UsageError } from "../../errors.js";
import { oneLine } from "../../format/escape.js";
import { noAgentsMessage, pathsWithoutAgents, yieldedFiles } from "../../manifest/empty-paths.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../manifest/read.js";
import { runPipeline } from "../../pipeline/run.js";
import { checkApproval, planBaseline } from "../../policy/baseline.js";
import { writeBaseline } from "../../policy/baseline-write.js";
import { parseConfig } from "../../policy/config.js";
import { BASELINE_HELP } from "../help.js";
import { writingTo, type Io } from "../io.js";
import { sizeOf } from "../options.js";
import { EXIT } from "../errors.js";

export async function baselineCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      reason: { type: "string" },
      "approved-by": { type: "string" },
      expires: { type: "string" },
      config: { type: "string", short: "c" },
      "max-file-size": { type: "string" },
      "dry-run": { type: "boolean" },
      debug: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(BASELINE_HELP + "\n");
    return EXIT.passed;
  }
  const now = Date.now();
  const approval = checkApproval(
    { reason: values.reason, approvedBy: values["approved-by"], expires: values.expires },
    now,
  );
  const maxFileSize = sizeOf("max-file-size", values["max-file-size"], DEFAULT_MAX_FILE_SIZE);
  const checked = await runPipeline({
    root: io.cwd,
    paths: positionals,
    maxFileSize,
    now,
    failOn: "never",
    ...(values.config !== undefined ? { config: values.config } : {}),
  });
  const { active } = checked.policy;
  const empty = pathsWithoutAgents(io.cwd, positionals, yieldedFiles(checked));
  if (empty.length > 0) throw new UsageError(noAgentsMessage(empty));

  const existing = active.config?.settings.waivers ?? [];
  const plan = planBaseline(checked.report.findings, checked.rules, existing, approval);
  const file = active.config?.file ?? values.config ?? ".agentpolicy.yml";
  const path = resolve(io.cwd, file);
  const before = existsSync(path) ? readFileSync(path, "utf8") : undefined;
  const after = writeBaseline(before, file, plan.waivers);
  // What is written must load as a config: a check here, never a broken file left for the next run.
  parseConfig(after, file);

  const added = plan.waivers.filter((w) => w.replaces === undefined).length;
  const updated = plan.waivers.length - added;
  const accepted = plan.waivers.reduce((n, w) => n + w.findings.length, 0);
  if (values["dry-run"] !== true && plan.waivers.length > 0)
    writingTo(file, () => writeFileSync(path, after));
  const verb = values["dry-run"] === true ? "would write" : "wrote";
  io.stdout(
    `agentpolicy baseline: ${verb} ${plan.waivers.length} waiver${plan.waivers.length === 1 ? "" : "s"} ` +
      `(${added} new, ${updated} updated) accepting ${accepted} finding${accepted === 1 ? "" : "s"} into ${file}, ` +
      `approved by ${oneLine(approval.approvedBy)} until ${approval.expires}\n`,
  );
  if (plan.notWaivable.length > 0) {
    io.stdout(`\nNot waivable, left open (${plan.notWaivable.length}); fix these:\n`);
    for (const f of plan.notWaivable) {
      io.stdout(
        `  ${oneLine(`${f.file}:${f.line}:${f.column}  ${f.ruleId}  ${f.agent ?? ""}  ${f.message}`)}\n`,
      );
    }
  }
  for (const e of checked.report.errors) {
    io.stderr(
      `agentpolicy baseline: not checked, nothing accepted: ${oneLine(`${e.file}:${e.line}:${e.column}: ${e.message}`)}\n`,
    );
  }
  return checked.report.errors.length > 0 ? EXIT.failed : EXIT.passed;
}
