// The only module that talks to GitHub: plain fetch against GITHUB_API_URL (GitHub Enterprise and
// the tests' local stand-in alike). Transient failures are retried a bounded number of times with
// exponential backoff, honouring Retry-After and the rate-limit reset; a write that GitHub may have
// carried out before failing (a 5xx on POST) is not blindly repeated — the caller checks first.
// The token goes into the Authorization header and nowhere else: no message ever includes it.
import { oneLine } from "../format/escape.js";
import { TOOL_VERSION } from "../version.js";

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
  token?: string;
  /** One backoff unit in ms (1000 in production: backoff 1s, 2s, 4s; Retry-After counts in units). */
  unitMs?: number;
  maxAttempts?: number;
  /** Longest single wait in units; a longer Retry-After or rate-limit reset gives up instead. */
  maxWaitUnits?: number;
  timeoutMs?: number;
  /** Told about each retry (for a log line); never receives the token. */
  onRetry?: (info: { method: string; path: string; attempt: number; waitMs: number; reason: string }) => void;
}

/** "all": retry anything transient (reads, idempotent writes); "unprocessed": only failures GitHub
 * guarantees did nothing (rate limits, a refused connection) — for POST. */
export type RetryMode = "all" | "unprocessed";

export interface ApiResponse<T> {
  status: number;
  data: T;
  headers: Headers;
}

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { login?: string; type?: string } | null;
}

export interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

export interface PullRequestRef {
  number: number;
  base: { sha: string; ref?: string };
  head: { sha: string; ref?: string };
}

const MAX_PAGES = 100;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isRateLimited(status: number, headers: Headers, message: string): boolean {
  if (status !== 403 && status !== 429) return false;
  return (
    status === 429 ||
    headers.has("retry-after") ||
    headers.get("x-ratelimit-remaining") === "0" ||
    /rate limit/i.test(message)
  );
}

/** Milliseconds the server asks us to wait, if it says. */
function serverWaitMs(headers: Headers, unitMs: number): number | undefined {
  const after = headers.get("retry-after");
  if (after !== null) {
    if (/^\s*\d+\s*$/.test(after)) return Number(after) * unitMs;
    const date = Date.parse(after);
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
  }
  if (headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(headers.get("x-ratelimit-reset"));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - Date.now());
  }
  return undefined;
}

function refusedConnection(e: unknown): boolean {
  const cause = (e as { cause?: { code?: unknown } }).cause;
  return cause?.code === "ECONNREFUSED";
}

function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

function encodePath(path: string): string {
  return path
    .split("/")
    .map((s) => encodeURIComponent(s))
    .join("/");
}

export class GitHubApi {
  private readonly base: URL;
  private readonly unitMs: number;
  private readonly maxAttempts: number;
  private readonly maxWaitMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly opts: ApiOptions) {
    this.base = new URL(opts.baseUrl.replace(/\/+$/, "") + "/");
    this.unitMs = opts.unitMs ?? 1000;
    this.maxAttempts = Math.max(1, opts.maxAttempts ?? 4);
    this.maxWaitMs = (opts.maxWaitUnits ?? 60) * this.unitMs;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
  }

  /** The wait before retry number `attempt` (1-based) when the server names none. */
  backoffMs(attempt: number): number {
    return this.unitMs * 2 ** (attempt - 1);
  }

  get attempts(): number {
    return this.maxAttempts;
  }

  private url(path: string): URL {
    return new URL(path.replace(/^\/+/, ""), this.base);
  }

  /** A path for messages: no host, no query (nothing secret is in either, but keep them short). */
  private shown(url: URL): string {
    return url.pathname;
  }

  async request<T>(
    method: string,
    pathOrUrl: string | URL,
    init: { body?: unknown; accept?: string; retry?: RetryMode; allow404?: boolean } = {},
  ): Promise<ApiResponse<T>> {
    const url = typeof pathOrUrl === "string" ? this.url(pathOrUrl) : pathOrUrl;
    // The token only ever goes to the API's own origin (a Link header could point elsewhere).
    if (url.origin !== this.base.origin)
      throw new GitHubApiError(method, this.shown(url), 0, "refusing a URL outside the API", false);
    const headers: Record<string, string> = {
      accept: init.accept ?? "application/vnd.github+json",
      "user-agent": `agentpolicy-action/${TOOL_VERSION}`,
      "x-github-api-version": "2022-11-28",
    };
    if (this.opts.token) headers.authorization = `Bearer ${this.opts.token}`;
    if (init.body !== undefined) headers["content-type"] = "application/json";
    const mode =
      init.retry ?? (method === "GET" || method === "PATCH" || method === "DELETE" ? "all" : "unprocessed");

    for (let attempt = 1; ; attempt++) {
      const outcome = await this.once<T>(method, url, headers, init, mode);
      if ("response" in outcome) return outcome.response;
      const { failure, retry, waitMs } = outcome;
      if (!retry || attempt >= this.maxAttempts) throw failure;
      const wait = waitMs ?? this.backoffMs(attempt);
      if (wait > this.maxWaitMs) throw failure;
      const reason = failure.status ? `${failure.status} ${failure.detail}` : failure.detail;
      this.opts.onRetry?.({ method, path: this.shown(url), attempt, waitMs: wait, reason });
      await sleep(wait);
    }
  }

  private async once<T>(
    method: string,
    url: URL,
    headers: Record<string, string>,
    init: { body?: unknown; allow404?: boolean },
    mode: RetryMode,
  ): Promise<{ response: ApiResponse<T> } | { failure: GitHubApiError; retry: boolean; waitMs?: number }> {
    const shown = this.shown(url);
    let res: Response;
    let text: string;
    try {
      res = await fetch(url, {
        method,
        headers,
        body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
        signal: AbortSignal.timeout(this.timeoutMs),
        redirect: "manual",
      });
      text = await res.text();
    } catch (e) {
      const reason = e instanceof Error ? oneLine(e.message) : "network error";
      // A refused connection never reached GitHub; anything else may have.
      return {
        failure: new GitHubApiError(method, shown, 0, reason, true),
        retry: mode === "all" || refusedConnection(e),
      };
    }
    if (res.ok) {
      if (!text || !/json/.test(res.headers.get("content-type") ?? "")) {
        return { response: { status: res.status, data: text as T, headers: res.headers } };
      }
      try {
        return { response: { status: res.status, data: JSON.parse(text) as T, headers: res.headers } };
      } catch {
        return {
          failure: new GitHubApiError(method, shown, res.status, "response is not valid JSON", false),
          retry: false,
        };
      }
    }
    if (res.status === 404 && init.allow404)
      return { response: { status: 404, data: undefined as T, headers: res.headers } };
    const message = messageOf(text) || res.statusText;
    const limited = isRateLimited(res.status, res.headers, message);
    const server = res.status >= 500;
    const failure = new GitHubApiError(method, shown, res.status, message, limited || server);
    if (!limited && !server) return { failure, retry: false };
    return { failure, retry: limited || mode === "all", waitMs: serverWaitMs(res.headers, this.unitMs) };
  }

  /** Every item of a list endpoint, following Link rel="next". */
  async paginate<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let url: URL | undefined = this.url(path);
    for (let page = 0; url && page < MAX_PAGES; page++) {
      const res: ApiResponse<T[]> = await this.request<T[]>("GET", url);
      if (!Array.isArray(res.data)) break;
      items.push(...res.data);
      const next = nextLink(res.headers.get("link"));
      url = next ? new URL(next, this.base) : undefined;
    }
    return items;
  }

  /** The login the token acts as, when GitHub tells (a GITHUB_TOKEN cannot ask: undefined). */
  async login(): Promise<string | undefined> {
    try {
      const res = await this.request<{ login?: unknown }>("GET", "user", { retry: "unprocessed" });
      return typeof res.data?.login === "string" ? res.data.login : undefined;
    } catch {
      return undefined;
    }
  }

  listIssueComments(owner: string, repo: string, issue: number): Promise<IssueComment[]> {
    return this.paginate<IssueComment>(
      `repos/${encodePath(owner)}/${encodePath(repo)}/issues/${issue}/comments?per_page=100`,
    );
  }

  async createIssueComment(owner: string, repo: string, issue: number, body: string): Promise<IssueComment> {
    const path = `repos/${encodePath(owner)}/${encodePath(repo)}/issues/${issue}/comments`;
    return (await this.request<IssueComment>("POST", path, { body: { body }, retry: "unprocessed" })).data;
  }

  async updateIssueComment(owner: string, repo: string, id: number, body: string): Promise<IssueComment> {
    const path = `repos/${encodePath(owner)}/${encodePath(repo)}/issues/comments/${id}`;
    return (await this.request<IssueComment>("PATCH", path, { body: { body } })).data;
  }

  listPullFiles(owner: string, repo: string, pull: number): Promise<PullFile[]> {
    return this.paginate<PullFile>(
      `repos/${encodePath(owner)}/${encodePath(repo)}/pulls/${pull}/files?per_page=100`,
    );
  }

  async getPull(owner: string, repo: string, pull: number): Promise<PullRequestRef> {
    return (
      await this.request<PullRequestRef>(
        "GET",
        `repos/${encodePath(owner)}/${encodePath(repo)}/pulls/${pull}`,
      )
    ).data;
  }

  /** Open pull requests whose head is `label` ("owner:branch"), for a workflow_run from a fork. */
  findPullsByHead(owner: string, repo: string, label: string): Promise<PullRequestRef[]> {
    const q = `state=open&head=${encodeURIComponent(label)}&per_page=100`;
    return this.paginate<PullRequestRef>(`repos/${encodePath(owner)}/${encodePath(repo)}/pulls?${q}`);
  }

  /** The files (repository paths) directly inside a folder at `ref`; empty when it does not exist there. */
  async listDirectory(owner: string, repo: string, path: string, ref: string): Promise<string[]> {
    const url = `repos/${encodePath(owner)}/${encodePath(repo)}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
    const res = await this.request<unknown>("GET", url, { allow404: true });
    if (res.status === 404 || !Array.isArray(res.data)) return [];
    return (res.data as Array<{ type?: unknown; path?: unknown }>)
      .filter((e) => (e.type === "file" || e.type === "symlink") && typeof e.path === "string")
      .map((e) => e.path as string);
  }

  /** A file's bytes at `ref`; undefined when it does not exist there. */
  async getContent(owner: string, repo: string, path: string, ref: string): Promise<Uint8Array | undefined> {
    const url = `repos/${encodePath(owner)}/${encodePath(repo)}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
    const res = await this.request<{ type?: string; encoding?: string; content?: string } | undefined>(
      "GET",
      url,
      {
        allow404: true,
      },
    );
    if (res.status === 404 || res.data === undefined) return undefined;
    const data = res.data;
    if (Array.isArray(data) || data.type !== "file") return undefined; // a folder at the base, not a file
    if (data.encoding !== "base64" || typeof data.content !== "string") {
      // Files over 1 MB come without content; the checker's size limit is 1 MB by default anyway.
      throw new GitHubApiError(
        "GET",
        `contents/${path}`,
        res.status,
        "file too large for the contents API",
        false,
      );
    }
    return Buffer.from(data.content, "base64");
  }
}

function messageOf(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    if (typeof parsed.message === "string") return oneLine(parsed.message).slice(0, 200);
  } catch {
    // not JSON
  }
  return oneLine(text).slice(0, 200);
}
