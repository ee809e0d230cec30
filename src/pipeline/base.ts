// Stages 4 and 5 of the pipeline: check the base with the head's options (the same discovery rules,
// parser, policy and engine), then compare the two.
import { checkAgents, type CheckOptions, type CheckResult } from "../check.js";
import { loadBase, type BaseReader } from "../diff/base.js";
import { checkedFiles, compareWithBase } from "../diff/compare.js";

/** Reads and checks the files at the base that discovery would check in the working tree. */
export async function checkBase(
  head: CheckResult,
  reader: BaseReader,
  opts: CheckOptions,
): Promise<CheckResult> {
  const loaded = await loadBase(reader, {
    paths: opts.paths,
    include: opts.include,
    exclude: opts.exclude,
    maxFileSize: opts.maxFileSize,
    headFiles: checkedFiles(head),
  });
  return checkAgents(loaded, opts);
}

/** Reads and checks the base with the head's options, then compares. */
export async function compareWithReader(
  head: CheckResult,
  reader: BaseReader,
  ref: string,
  opts: CheckOptions,
): Promise<CheckResult> {
  const base = await checkBase(head, reader, opts);
  return { ...head, report: compareWithBase(head, base, { ref, sha: reader.sha }) };
}
