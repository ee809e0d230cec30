// Where the action reads the base from: git when the checkout holds the base commit (fetch-depth 0,
// or a push with history), otherwise GitHub's contents API at the base SHA — for a pull request only
// the files it touches (every other file is the same at the base as on disk); otherwise the files the
// base commit's tree lists, so a manifest the change removed is still seen.
import {
  gitBaseReader,
  gitPrefix,
  hasCommit,
  remoteBaseReader,
  resolveRef,
  type BaseReader,
} from "../diff/base.js";
import type { RunContext } from "./event.js";
import type { GitHubApi } from "./github-api.js";

/** A pull request lists at most 3000 files; a list that long may be cut, so it proves nothing. */
const PULL_FILES_CAP = 3000;

export interface BaseTarget {
  /** How the report names the base ("main", or the SHA). */
  ref: string;
  /** The commit, when known without git (event payloads carry SHAs). */
  sha?: string;
}

/** The base to compare with: the `base` input, else the pull request's base, else a push's `before`. */
export function baseTarget(ctx: RunContext, input: string | undefined): BaseTarget | undefined {
  if (input) return /^[0-9a-f]{40}$/i.test(input) ? { ref: input, sha: input } : { ref: input };
  if (ctx.pull) return { ref: ctx.pull.baseRef ?? ctx.pull.baseSha, sha: ctx.pull.baseSha };
  if (ctx.pushBefore) return { ref: ctx.pushBefore, sha: ctx.pushBefore };
  return undefined;
}

export interface ReaderChoice {
  reader: BaseReader;
  via: "git" | "contents API";
}

export async function chooseBaseReader(
  root: string,
  target: BaseTarget,
  ctx: RunContext,
  api: GitHubApi | undefined,
): Promise<ReaderChoice> {
  if (target.sha && (await hasCommit(root, target.sha)))
    return { reader: await gitBaseReader(root, target.sha), via: "git" };
  if (!target.sha) {
    // a branch or tag name: only git can say which commit it is
    const sha = await resolveRef(root, target.ref);
    return { reader: await gitBaseReader(root, sha), via: "git" };
  }
  if (!api || !ctx.owner || !ctx.repo)
    throw new Error(
      "the base commit is not in the checkout, and without a token and a repository it cannot be read from GitHub",
    );
  const { owner, repo } = ctx;
  const sha = target.sha;
  let changed;
  if (ctx.pull && ctx.pull.baseSha === sha) {
    const files = await api.listPullFiles(owner, repo, ctx.pull.number);
    if (files.length < PULL_FILES_CAP) {
      changed = files.map((f) => ({
        file: f.filename,
        status: f.status,
        ...(f.previous_filename ? { previous: f.previous_filename } : {}),
      }));
    }
  }
  // In the workflow_run recipe the checkout is the pull request's head, which may be newer than the
  // file list: nothing is taken from the disk as "unchanged at the base" there.
  const headCheckout = ctx.workflowRun !== undefined;
  const reader = remoteBaseReader({
    sha,
    prefix: (await gitPrefix(root)) ?? "",
    ...(headCheckout ? {} : { workTree: root }),
    ...(changed ? { changed } : { listAll: () => api.listTree(owner, repo, sha) }),
    fetch: (path) => api.getContent(owner, repo, path, sha),
    listDir: (path) => api.listDirectory(owner, repo, path, sha),
  });
  return { reader, via: "contents API" };
}
