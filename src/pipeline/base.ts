// Stage 4 of the pipeline: check the base with the head's options (the same discovery rules, parser,
// policy, code discovery and engine); run.ts compares the two.
import { checkAgents, type CheckOptions, type CheckResult, type LoadedTree } from "../check.js";
import { loadBase, readBaseText, type BaseReader } from "../diff/base.js";
import { checkedFiles } from "../diff/compare.js";
import { discoverCode } from "../discovery/run.js";
import type { ReadText } from "../discovery/types.js";

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
    ...(head.listing ? { headListing: head.listing } : {}),
  });
  const tree: LoadedTree = { agents: loaded.agents, errors: loaded.errors, files: loaded.files };
  // The code the base already had, so that undeclared code a change leaves alone is not "new".
  if (opts.policy?.config?.settings.discovery?.code !== false) {
    tree.code = await discoverCode({
      root: opts.root,
      listing: loaded.listing.map((file) => ({ file })),
      read: baseTextReader(reader),
      // import sites only where reading every source file costs no request to the code host
      imports: reader.local === true,
      agents: loaded.agents,
      ...(opts.policy?.policy.discovery ? { catalogs: opts.policy.policy.discovery } : {}),
      maxFileSize: opts.maxFileSize,
      manifests: new Set(loaded.read),
    });
  }
  return checkAgents(tree, opts);
}

/** Discovery's reads, served from the base commit. */
function baseTextReader(reader: BaseReader): ReadText {
  return async (f, maxFileSize) => {
    const read = await readBaseText(reader, f.file, maxFileSize);
    if (read === undefined || "message" in read) return read && { error: read };
    return { text: read.text };
  };
}
