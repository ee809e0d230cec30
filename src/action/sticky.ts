// Exactly one agentpolicy comment per pull request: found by the marker at the start of the body
// among all comments (every page) written by the token's own account, updated in place, created
// only when there is none. A create that failed with a 5xx may still have happened, so before
// trying again the comments are listed once more: a flaky gateway never leaves two comments.
//
// Whose comment is ours (docs/action.md, "Which comment is updated"): the token's account, as GitHub
// names it — a user's login for a personal token, `<app-slug>[bot]` for a GitHub App installation
// token (GITHUB_TOKEN is the github-actions App's: github-actions[bot]). An App's comment also names
// the App in performed_via_github_app; when it does, it must be the same App. When GitHub will not
// say who the token is, only comments an App wrote as itself qualify (a bot account named after the
// App in performed_via_github_app): never a person's comment, whatever its text.
import { MARKER } from "./comment.js";
import type { CommentMode } from "./inputs.js";
import { GitHubApiError, type GitHubApi, type IssueComment } from "./github-api.js";

const sameLogin = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The App slug in a bot login ("my-app[bot]" → "my-app"), else undefined. */
export function appSlugOf(login: string): string | undefined {
  const m = /^(.+)\[bot\]$/i.exec(login);
  return m ? m[1] : undefined;
}

/** Whether `comment` is the agentpolicy comment written by `author` (undefined: not known). */
export function isOwnComment(comment: IssueComment, author: string | undefined): boolean {
  if (typeof comment.body !== "string" || !comment.body.startsWith(MARKER)) return false;
  const login = comment.user?.login;
  if (typeof login !== "string") return false;
  const app = comment.performed_via_github_app?.slug;
  if (author !== undefined) {
    if (!sameLogin(login, author)) return false;
    const slug = appSlugOf(author);
    return slug === undefined || typeof app !== "string" || sameLogin(app, slug);
  }
  return comment.user?.type === "Bot" && typeof app === "string" && sameLogin(login, `${app}[bot]`);
}

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
  author: string | undefined,
): Promise<IssueComment | undefined> {
  const comments = await api.listIssueComments(target.owner, target.repo, target.issue);
  return comments.find((c) => isOwnComment(c, author));
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
  const author = await api.login();
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
