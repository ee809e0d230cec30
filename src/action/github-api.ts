// The action's GitHub client: Octokit from @actions/github (typed endpoints, pagination, the runner's
// proxy settings, GITHUB_API_URL for GitHub Enterprise and the tests' stand-in) with the retry and
// throttling plugins, which implement GitHub's documented rate-limit behaviour: secondary limits wait
// for Retry-After (else a minute), primary limits wait for X-RateLimit-Reset, writes are paced, 5xx and
// network failures are retried with a bounded backoff. This module only sets the limits, keeps a POST
// from being repeated blindly (a 5xx may come after GitHub created the comment: the caller lists
// again first) and turns failures into one error type. The token goes to Octokit and nowhere else.
import type * as ActionsGitHub from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck/light.js";
import { oneLine } from "../format/escape.js";
import { TOOL_VERSION } from "../version.js";

export type Octokit = ReturnType<typeof ActionsGitHub.getOctokit>;
type Data<F extends (...args: never[]) => unknown> =
  Awaited<ReturnType<F>> extends { data: infer D } ? D : never;
type Rest = Octokit["rest"];

export type IssueComment = Data<Rest["issues"]["listComments"]>[number];
export type PullFile = Data<Rest["pulls"]["listFiles"]>[number];
/** What the action needs of a pull request (both the single and the list shape have it). */
export interface PullRequestRef {
  number: number;
  base: { sha: string; ref: string };
  head: { sha: string; ref: string };
}

export class GitHubApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly detail: string,
    /** Whether the request may still succeed later (5xx, rate limits, network). */
    readonly transient: boolean,
  ) {
    super(`GitHub API ${method} ${path}: ${status === 0 ? "" : `${status} `}${detail}`.trim());
  }
  /** A permission problem (read-only token, missing scope) rather than a passing fault. */
  get forbidden(): boolean {
    return (this.status === 401 || this.status === 403) && !this.transient;
  }
}

export interface ApiOptions {
  /** GITHUB_API_URL, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  baseUrl: string;
  token: string;
  /**
   * One wait unit in ms. GitHub counts Retry-After and the backoff in seconds, so production uses
   * 1000; tests shorten it (the rules stay the same, only the clock runs faster).
   */
  unitMs?: number;
  /** Retries of a failed request (5xx, network, rate limit) after the first attempt. */
  retries?: number;
  /** Longest wait in units that a rate limit may ask for; a longer one fails instead of stalling the job. */
  maxWaitUnits?: number;
  /** Per attempt. */
  timeoutMs?: number;
  /** Told about each retry (for a log line); never receives the token. */
  onRetry?: (info: { method: string; path: string; attempt: number; waitMs: number; reason: string }) => void;
}

/**
 * Statuses the retry plugin leaves alone: client errors. A 403/429 that GitHub marks as a rate limit
 * (X-RateLimit-Remaining: 0, or a secondary-limit message) is the throttling plugin's, which runs
 * first and waits as GitHub asks; a bare 429 (a proxy's) is retried like a 5xx.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];

/** Pages read at most from one list (10,000 items at 100 a page). */
const MAX_PAGES = 100;

/** The options every request hook receives; `request` carries the plugins' per-request settings. */
type RequestOptions = { method?: string; url?: string; request?: object };
type PerRequest = { retries?: number; retryCount?: number; signal?: AbortSignal };
const perRequest = (options: RequestOptions): PerRequest => (options.request ?? {}) as PerRequest;

/** The path of a request for messages (no host, no query). */
function pathOf(octokit: Octokit, options: RequestOptions): string {
  try {
    const parsed = octokit.request.endpoint.parse(options as never);
    return new URL(parsed.url).pathname;
  } catch {
    return String(options.url ?? "");
  }
}

function isRateLimit(status: number, message: string, headers: Record<string, unknown>): boolean {
  if (status !== 403 && status !== 429) return false;
  return (
    status === 429 ||
    headers["retry-after"] !== undefined ||
    headers["x-ratelimit-remaining"] === "0" ||
    /rate limit/i.test(message)
  );
}

function toApiError(e: unknown, method: string, path: string): GitHubApiError {
  if (e instanceof GitHubApiError) return e;
  const err = e as {
    status?: unknown;
    message?: unknown;
    response?: { data?: unknown; headers?: Record<string, unknown> };
  };
  const status = typeof err.status === "number" ? err.status : 0;
  const data = err.response?.data as { message?: unknown } | undefined;
  const raw =
    typeof data?.message === "string"
      ? data.message
      : typeof err.message === "string"
        ? err.message
        : "error";
  const detail = oneLine(raw).slice(0, 200);
  // A RequestError with a status of 500 and no response never got an answer (network, timeout).
  const network = status === 0 || (status === 500 && err.response === undefined);
  const limited = isRateLimit(status, detail, err.response?.headers ?? {});
  return new GitHubApiError(method, path, network ? 0 : status, detail, network || limited || status >= 500);
}

export class GitHubApi {
  private client?: Promise<Octokit>;
  private readonly connect: () => Promise<Octokit>;
  private readonly unitMs: number;
  private readonly retries: number;

  constructor(opts: ApiOptions) {
    this.unitMs = opts.unitMs ?? 1000;
    this.retries = Math.max(0, opts.retries ?? 3);
    const unit = this.unitMs;
    const maxWait = opts.maxWaitUnits ?? 60;
    const retries = this.retries;
    const base = new URL(opts.baseUrl.replace(/\/+$/, "") + "/");
    const onRetry = opts.onRetry;
    // A rate-limited request was not carried out, so even a POST may be sent again.
    const onLimit =
      (kind: string) =>
      (retryAfter: number, options: RequestOptions, octokit: unknown, retryCount: number): boolean => {
        const path = pathOf(octokit as Octokit, options);
        const method = options.method ?? "GET";
        if (retryCount >= retries || retryAfter > maxWait) {
          // Giving up here is final: the retry plugin must not try again on its own schedule.
          if (options.request) perRequest(options).retries = 0;
          return false;
        }
        onRetry?.({ method, path, attempt: retryCount + 1, waitMs: retryAfter * unit, reason: kind });
        return true;
      };
    const timeoutMs = opts.timeoutMs ?? 30_000;
    const failedAt = new WeakMap<object, { attempt: number; reason: string; at: number }>();

    // Runs innermost (registered before the plugins): sees every attempt, including retries.
    const guard = (octokit: Octokit): Record<string, never> => {
      octokit.hook.before("request", (options: RequestOptions) => {
        const url = options.url ?? "";
        // The token only ever goes to the API's own origin (a Link header could point elsewhere).
        if (/^[a-z][a-z0-9+.-]*:/i.test(url) && new URL(url).origin !== base.origin)
          throw new GitHubApiError(
            options.method ?? "GET",
            new URL(url).pathname,
            0,
            "refusing a URL outside the API",
            false,
          );
        perRequest(options).signal = AbortSignal.timeout(timeoutMs);
        const failed = failedAt.get(options);
        if (failed) {
          failedAt.delete(options);
          if (!/rate limit/.test(failed.reason))
            onRetry?.({
              method: options.method ?? "GET",
              path: pathOf(octokit, options),
              attempt: failed.attempt,
              waitMs: Date.now() - failed.at,
              reason: failed.reason,
            });
        }
      });
      octokit.hook.error("request", (error: unknown, options: RequestOptions) => {
        const e = toApiError(error, options.method ?? "GET", pathOf(octokit, options));
        const prior = failedAt.get(options)?.attempt ?? perRequest(options).retryCount ?? 0;
        failedAt.set(options, {
          attempt: prior + 1,
          reason: e.status ? `${e.status} ${e.detail}` : e.detail,
          at: Date.now(),
        });
        throw error;
      });
      return {};
    };

    // @actions/github reads and parses the event payload when it is loaded, so it is loaded when the
    // first request is made: a run that never calls GitHub never pays for it, and a payload it
    // cannot parse becomes this client's error (a warning) instead of a crash at start.
    this.connect = async () => {
      let github: typeof ActionsGitHub;
      try {
        github = await import("@actions/github");
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        throw new GitHubApiError("GET", "/", 0, `cannot start the GitHub client: ${oneLine(why)}`, false);
      }
      return github.getOctokit(
        opts.token,
        {
          baseUrl: base.href.replace(/\/$/, ""),
          userAgent: `agentpolicy-action/${TOOL_VERSION}`,
          log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
          retry: { retries, retryAfterBaseValue: unit, doNotRetry: DO_NOT_RETRY },
          throttle: {
            retryAfterBaseValue: unit,
            // GitHub: pace writes at least a second apart, and content that notifies people further.
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: unit }),
            notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * unit }),
            onRateLimit: onLimit("rate limit"),
            onSecondaryRateLimit: onLimit("secondary rate limit"),
          },
        },
        guard as never,
        throttling as never,
        retry as never,
      );
    };
  }

  /** The Octokit client, started on first use. */
  private octokit(): Promise<Octokit> {
    this.client ??= this.connect();
    return this.client;
  }

  /** The wait before retry number `attempt` (1-based) when the server names none (the retry plugin's curve). */
  backoffMs(attempt: number): number {
    return this.unitMs * attempt ** 2;
  }

  get attempts(): number {
    return this.retries + 1;
  }

  private async call<T>(method: string, path: string, fn: (octokit: Octokit) => Promise<T>): Promise<T> {
    try {
      return await fn(await this.octokit());
    } catch (e) {
      throw toApiError(e, method, path);
    }
  }

  /** Up to MAX_PAGES pages of a list endpoint (Octokit follows Link rel="next"). */
  private async list<T>(
    path: string,
    iterate: (octokit: Octokit) => AsyncIterable<{ data: T[] }>,
  ): Promise<T[]> {
    return this.call("GET", path, async (octokit) => {
      const iterator = iterate(octokit);
      const items: T[] = [];
      let pages = 0;
      for await (const page of iterator) {
        items.push(...page.data);
        if (++pages >= MAX_PAGES) break;
      }
      return items;
    });
  }

  /**
   * Who the token acts as: a user's login for a personal token, `<app-slug>[bot]` for a GitHub App
   * installation token (including GITHUB_TOKEN: github-actions[bot]). GraphQL's viewer answers for
   * every kind of token; GET /user only for users. Undefined when neither answers.
   */
  async login(): Promise<string | undefined> {
    let o: Octokit;
    try {
      o = await this.octokit();
    } catch {
      return undefined;
    }
    try {
      const res = await o.graphql<{ viewer?: { login?: unknown } }>("query { viewer { login } }", {
        request: { retries: 0 },
      });
      if (typeof res.viewer?.login === "string" && res.viewer.login !== "") return res.viewer.login;
    } catch {
      // GraphQL may be disabled (GHES) or refused: ask REST
    }
    try {
      const res = await o.rest.users.getAuthenticated({ request: { retries: 0 } });
      return typeof res.data?.login === "string" ? res.data.login : undefined;
    } catch {
      return undefined;
    }
  }

  listIssueComments(owner: string, repo: string, issue: number): Promise<IssueComment[]> {
    return this.list(`/repos/${owner}/${repo}/issues/${issue}/comments`, (o) =>
      o.paginate.iterator(o.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      }),
    );
  }

  /** Never retried here on a 5xx or network failure: the caller lists the comments again first. */
  createIssueComment(owner: string, repo: string, issue: number, body: string): Promise<IssueComment> {
    const path = `/repos/${owner}/${repo}/issues/${issue}/comments`;
    return this.call("POST", path, async (o) => {
      const res = await o.rest.issues.createComment({
        owner,
        repo,
        issue_number: issue,
        body,
        request: { retries: 0 },
      });
      return res.data;
    });
  }

  updateIssueComment(owner: string, repo: string, id: number, body: string): Promise<IssueComment> {
    return this.call("PATCH", `/repos/${owner}/${repo}/issues/comments/${id}`, async (o) => {
      const res = await o.rest.issues.updateComment({ owner, repo, comment_id: id, body });
      return res.data;
    });
  }

  listPullFiles(owner: string, repo: string, pull: number): Promise<PullFile[]> {
    return this.list(`/repos/${owner}/${repo}/pulls/${pull}/files`, (o) =>
      o.paginate.iterator(o.rest.pulls.listFiles, {
        owner,
        repo,
        pull_number: pull,
        per_page: 100,
      }),
    );
  }

  getPull(owner: string, repo: string, pull: number): Promise<PullRequestRef> {
    return this.call("GET", `/repos/${owner}/${repo}/pulls/${pull}`, async (o) => {
      const res = await o.rest.pulls.get({ owner, repo, pull_number: pull });
      return res.data;
    });
  }

  /** Open pull requests whose head is `label` ("owner:branch"), for a workflow_run from a fork. */
  async findPullsByHead(owner: string, repo: string, label: string): Promise<PullRequestRef[]> {
    return this.list(`/repos/${owner}/${repo}/pulls`, (o) =>
      o.paginate.iterator(o.rest.pulls.list, {
        owner,
        repo,
        state: "open",
        head: label,
        per_page: 100,
      }),
    );
  }

  /** The files (repository paths) directly inside a folder at `ref`; empty when it does not exist there. */
  listDirectory(owner: string, repo: string, path: string, ref: string): Promise<string[]> {
    return this.call("GET", `/repos/${owner}/${repo}/contents/${path}`, async (o) => {
      let data;
      try {
        ({ data } = await o.rest.repos.getContent({ owner, repo, path, ref }));
      } catch (e) {
        if ((e as { status?: unknown }).status === 404) return [];
        throw e;
      }
      if (!Array.isArray(data)) return [];
      return data
        .filter((e) => (e.type === "file" || e.type === "symlink") && typeof e.path === "string")
        .map((e) => e.path);
    });
  }

  /**
   * Every file (blob) path at a commit, from the recursive tree. `complete: false` when GitHub cut the
   * tree short (over 100,000 entries or 7 MB): the list then holds only what came back.
   */
  listTree(owner: string, repo: string, sha: string): Promise<{ files: string[]; complete: boolean }> {
    return this.call("GET", `/repos/${owner}/${repo}/git/trees/${sha}`, async (o) => {
      const res = await o.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: "1" });
      const files = res.data.tree
        .filter((e) => e.type === "blob" && typeof e.path === "string")
        .map((e) => e.path as string);
      return { files, complete: !res.data.truncated };
    });
  }

  /** A file's bytes at `ref`; undefined when it does not exist there (or is a folder there). */
  getContent(owner: string, repo: string, path: string, ref: string): Promise<Uint8Array | undefined> {
    const shown = `/repos/${owner}/${repo}/contents/${path}`;
    return this.call("GET", shown, async (o) => {
      let data;
      try {
        ({ data } = await o.rest.repos.getContent({ owner, repo, path, ref }));
      } catch (e) {
        if ((e as { status?: unknown }).status === 404) return undefined;
        throw e;
      }
      if (Array.isArray(data) || data.type !== "file") return undefined; // a folder at the base, not a file
      if (!("content" in data) || data.encoding !== "base64" || typeof data.content !== "string") {
        // Files over 1 MB come without content; the checker's size limit is 1 MB by default anyway.
        throw new GitHubApiError("GET", shown, 200, "file too large for the contents API", false);
      }
      return Buffer.from(data.content, "base64");
    });
  }
}
