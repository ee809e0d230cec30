// Exactly one agentpolicy comment per pull request: found by the marker at the start of the body
// among all comments (every page) written by the token's own account, updated in place, created
// only when there is none. A create that failed with a 5xx may still have happened, so before
// trying again the comments are listed once more: a flaky gateway never leaves two comments.
import { MARKER } from "./comment.js";
import type { CommentMode } from "./inputs.js";
import { GitHubApiError, type GitHubApi, type IssueComment } from "./github-api.js";

/** Who a GITHUB_TOKEN comments as; it cannot ask GitHub (GET /user is refused to it). */
export const ACTIONS_BOT = "github-actions[bot]";

export interface StickyTarget {
  owner: string;
  repo: string;
  issue: number;
}

export interface StickyResult {
  action: "created" | "updated" | "unchanged" | "skipped";
  url?: string;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function findStickyComment(
  api: GitHubApi,
  target: StickyTarget,
  author: string,
): Promise<IssueComment | undefined> {
  const comments = await api.listIssueComments(target.owner, target.repo, target.issue);
  return comments.find(
    (c) => c.user?.login === author && typeof c.body === "string" && c.body.startsWith(MARKER),
  );
}

/**
 * Creates or updates the comment. `news`: whether this run has something to say (on-change posts a
 * new comment only then, but always refreshes an existing one so it never shows stale findings).
 */
export async function upsertStickyComment(
  api: GitHubApi,
  target: StickyTarget,
  body: string,
  opts: { mode: CommentMode; news: boolean },
): Promise<StickyResult> {
  if (opts.mode === "never") return { action: "skipped" };
  const author = (await api.login()) ?? ACTIONS_BOT;
  const update = async (existing: IssueComment): Promise<StickyResult> => {
    if (existing.body === body) return { action: "unchanged", url: existing.html_url };
    const updated = await api.updateIssueComment(target.owner, target.repo, existing.id, body);
    return { action: "updated", url: updated.html_url ?? existing.html_url };
  };

  const existing = await findStickyComment(api, target, author);
  if (existing) return update(existing);
  if (opts.mode !== "always" && !opts.news) return { action: "skipped" };

  for (let attempt = 1; ; attempt++) {
    try {
      const created = await api.createIssueComment(target.owner, target.repo, target.issue, body);
      return { action: "created", url: created.html_url };
    } catch (e) {
      if (!(e instanceof GitHubApiError) || !e.transient || attempt >= api.attempts) throw e;
      await sleep(api.backoffMs(attempt));
      const landed = await findStickyComment(api, target, author);
      if (landed) {
        const result = await update(landed);
        return { action: "created", url: result.url };
      }
    }
  }
}
