// A local stand-in for the parts of GitHub's REST API the action uses: issue comments (list with
// Link pagination, create, update, delete), pull request files (paginated), pulls by head, the
// contents API (base64), git trees, /user and GraphQL's viewer. It answers as GitHub does for the
// token's kind: a user's token (`login`) can read /user; an App installation token (GITHUB_TOKEN is
// the github-actions App's) cannot, comments as `<slug>[bot]` and names the App in
// performed_via_github_app. It records every request and can inject faults: 403 on writes (a
// read-only fork token), N× a status (502…) before answering, rate limits shaped like GitHub's
// (secondary: 403/429 with the message and maybe Retry-After; primary: X-RateLimit-Remaining 0).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const BOT = "github-actions[bot]";

export interface App {
  id: number;
  slug: string;
}
export const ACTIONS_APP: App = { id: 15368, slug: "github-actions" };

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
  performed_via_github_app: (App & { name: string }) | null;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: unknown;
  at: number;
  status: number;
}

export interface Fault {
  status: number;
  /** How many matching requests fail before normal service resumes. */
  count: number;
  method?: string;
  /** Only requests whose path contains this. */
  path?: string;
  retryAfter?: string;
  message?: string;
  headers?: Record<string, string>;
  /** Carry out the request, then answer with the fault (a write that happened but "failed"). */
  afterEffect?: boolean;
}

export interface GitHubState {
  owner: string;
  repo: string;
  token: string;
  comments: Map<number, StoredComment[]>;
  pullFiles: Map<number, Array<{ filename: string; status: string; previous_filename?: string }>>;
  pulls: Array<{
    number: number;
    head: { sha: string; ref: string; label: string };
    base: { sha: string; ref: string };
  }>;
  /** "sha:path" → content (the git trees API lists these paths too) */
  contents: Map<string, string>;
  /** Commits whose tree listing GitHub cuts short (`truncated: true`, half the entries). */
  truncatedTrees: Set<string>;
  /** A user's token: the login /user and the viewer report, and the comments' author. */
  login?: string;
  /** Without `login`, the token is this App's installation token (default: GITHUB_TOKEN's App). */
  app: App;
  /** GraphQL refused (GHES with it off, or a network that blocks it). */
  graphqlDown: boolean;
  readOnly: boolean;
  faults: Fault[];
  /** Where Link headers point (default: this server), to test that the token stays at home. */
  linkBase?: string;
  requests: RecordedRequest[];
  nextId: number;
}

export interface GitHubServer {
  url: string;
  state: GitHubState;
  close(): Promise<void>;
  /** Adds a comment by someone (default: another user); a `[bot]` login is that App's bot unless `app` says otherwise. */
  addComment(issue: number, body: string, login?: string, type?: string, app?: App | null): StoredComment;
  writes(): RecordedRequest[];
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function startGitHubServer(
  init: Partial<Pick<GitHubState, "owner" | "repo" | "token" | "login" | "app">> = {},
): Promise<GitHubServer> {
  const state: GitHubState = {
    owner: init.owner ?? "acme",
    repo: init.repo ?? "agents",
    token: init.token ?? "ghs_testtoken0123456789abcdef",
    comments: new Map(),
    pullFiles: new Map(),
    pulls: [],
    contents: new Map(),
    truncatedTrees: new Set(),
    login: init.login,
    app: init.app ?? ACTIONS_APP,
    graphqlDown: false,
    readOnly: false,
    faults: [],
    requests: [],
    nextId: 1000,
  };
  let base = "";

  const page = <T>(req: IncomingMessage, res: ServerResponse, url: URL, items: T[]): void => {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get("per_page") ?? 30)));
    const pageNo = Math.max(1, Number(url.searchParams.get("page") ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const link = (p: number, rel: string): string => {
      const u = new URL(url.pathname + url.search, state.linkBase ?? base);
      u.searchParams.set("page", String(p));
      u.searchParams.set("per_page", String(perPage));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    if (pageNo < last) links.push(link(pageNo + 1, "next"), link(last, "last"));
    if (pageNo > 1) links.push(link(1, "first"), link(pageNo - 1, "prev"));
    send(
      res,
      200,
      items.slice((pageNo - 1) * perPage, pageNo * perPage),
      links.length ? { link: links.join(", ") } : {},
    );
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const url = new URL(req.url ?? "/", base);
    const method = req.method ?? "GET";
    const body = await readBody(req);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      body,
      at: Date.now(),
      status: 0,
    };
    state.requests.push(record);
    const reply = (status: number, data: unknown, headers: Record<string, string> = {}): number => {
      record.status = status;
      send(res, status, data, headers);
      return status;
    };

    // GitHub takes either scheme.
    const auth = req.headers.authorization ?? "";
    if (auth !== `Bearer ${state.token}` && auth !== `token ${state.token}`)
      return reply(401, { message: "Bad credentials" });

    const fault = state.faults.find(
      (f) => f.count > 0 && (!f.method || f.method === method) && (!f.path || url.pathname.includes(f.path)),
    );
    const faultHeaders: Record<string, string> = {
      ...(fault?.retryAfter !== undefined ? { "retry-after": fault.retryAfter } : {}),
      ...fault?.headers,
    };
    if (fault && !fault.afterEffect) {
      fault.count--;
      return reply(fault.status, { message: fault.message ?? `injected ${fault.status}` }, faultHeaders);
    }
    const answer = (status: number, data: unknown, headers: Record<string, string> = {}): number => {
      if (fault?.afterEffect) {
        fault.count--;
        return reply(fault.status, { message: fault.message ?? `injected ${fault.status}` }, faultHeaders);
      }
      return reply(status, data, headers);
    };

    const writing = method !== "GET" && method !== "HEAD";
    if (writing && state.readOnly) {
      return reply(403, { message: "Resource not accessible by integration", status: "403" });
    }

    const { owner, repo } = state;
    const prefix = `/repos/${owner}/${repo}`;
    let m: RegExpExecArray | null;
    if (url.pathname === "/user" && method === "GET") {
      return state.login
        ? answer(200, { login: state.login, type: "User" })
        : reply(403, { message: "Resource not accessible by integration" });
    }
    if (url.pathname === "/graphql" && method === "POST") {
      if (state.graphqlDown) return reply(404, { message: "Not Found" });
      const query = String((body as { query?: unknown })?.query ?? "");
      if (!/\bviewer\s*\{\s*login\s*\}/.test(query))
        return reply(200, { data: null, errors: [{ message: "unsupported query in the stand-in" }] });
      return answer(200, { data: { viewer: { login: author().login } } });
    }
    if ((m = new RegExp(`^${prefix}/issues/(\\d+)/comments$`).exec(url.pathname))) {
      const issue = Number(m[1]);
      const list = state.comments.get(issue) ?? [];
      state.comments.set(issue, list);
      if (method === "GET") {
        page(req, res, url, list);
        record.status = 200;
        return 200;
      }
      if (method === "POST") {
        const text = (body as { body?: unknown })?.body;
        if (typeof text !== "string") return reply(422, { message: "body is required" });
        if (text.length > 65536)
          return reply(422, { message: "Body is too long (maximum is 65536 characters)" });
        const who = author();
        const c = comment(issue, text, who.login, who.type, who.app);
        list.push(c);
        return answer(201, c);
      }
    }
    if ((m = new RegExp(`^${prefix}/issues/comments/(\\d+)$`).exec(url.pathname))) {
      const id = Number(m[1]);
      for (const [, list] of state.comments) {
        const i = list.findIndex((c) => c.id === id);
        if (i === -1) continue;
        if (method === "PATCH") {
          const text = (body as { body?: unknown })?.body;
          if (typeof text !== "string") return reply(422, { message: "body is required" });
          if (text.length > 65536)
            return reply(422, { message: "Body is too long (maximum is 65536 characters)" });
          list[i]!.body = text;
          return answer(200, list[i]);
        }
        if (method === "DELETE") {
          list.splice(i, 1);
          return answer(204, undefined);
        }
      }
      return reply(404, { message: "Not Found" });
    }
    if ((m = new RegExp(`^${prefix}/pulls/(\\d+)/files$`).exec(url.pathname)) && method === "GET") {
      page(req, res, url, state.pullFiles.get(Number(m[1])) ?? []);
      record.status = 200;
      return 200;
    }
    if ((m = new RegExp(`^${prefix}/pulls/(\\d+)$`).exec(url.pathname)) && method === "GET") {
      const pr = state.pulls.find((p) => p.number === Number(m![1]));
      return pr ? answer(200, pr) : reply(404, { message: "Not Found" });
    }
    if (url.pathname === `${prefix}/pulls` && method === "GET") {
      const head = url.searchParams.get("head");
      page(
        req,
        res,
        url,
        state.pulls.filter((p) => !head || p.head.label === head),
      );
      record.status = 200;
      return 200;
    }
    if ((m = new RegExp(`^${prefix}/git/trees/([^/]+)$`).exec(url.pathname)) && method === "GET") {
      const sha = decodeURIComponent(m[1]!);
      const paths = [...state.contents.keys()]
        .filter((k) => k.startsWith(`${sha}:`))
        .map((k) => k.slice(sha.length + 1))
        .sort();
      if (paths.length === 0) return reply(404, { message: "Not Found" });
      const truncated = state.truncatedTrees.has(sha);
      const listed = truncated ? paths.slice(0, Math.ceil(paths.length / 2)) : paths;
      return answer(200, {
        sha,
        truncated,
        tree: listed.map((path) => ({ path, mode: "100644", type: "blob", sha: "0".repeat(40) })),
      });
    }
    if ((m = new RegExp(`^${prefix}/contents/(.+)$`).exec(url.pathname)) && method === "GET") {
      const path = decodeURIComponent(m[1]!);
      const ref = url.searchParams.get("ref") ?? "";
      const content = state.contents.get(`${ref}:${path}`);
      if (content === undefined) {
        // a folder: its direct entries, as GitHub lists them
        const folder = `${ref}:${path.replace(/\/$/, "")}/`;
        const names = new Set<string>();
        for (const key of state.contents.keys()) {
          if (key.startsWith(folder)) names.add(key.slice(folder.length).split("/")[0]!);
        }
        if (names.size === 0) return reply(404, { message: "Not Found" });
        const dir = path.replace(/\/$/, "");
        return answer(
          200,
          [...names].sort().map((name) => {
            const full = `${dir}/${name}`;
            return { type: state.contents.has(`${ref}:${full}`) ? "file" : "dir", name, path: full };
          }),
        );
      }
      return answer(200, {
        type: "file",
        encoding: "base64",
        path,
        size: Buffer.byteLength(content),
        content: Buffer.from(content)
          .toString("base64")
          .replace(/(.{60})/g, "$1\n"),
      });
    }
    return reply(404, { message: "Not Found" });
  };

  /** Who the token writes as. */
  const author = (): { login: string; type: string; app?: App } =>
    state.login
      ? { login: state.login, type: "User" }
      : { login: `${state.app.slug}[bot]`, type: "Bot", app: state.app };

  const comment = (issue: number, body: string, login: string, type: string, app?: App): StoredComment => {
    const id = state.nextId++;
    return {
      id,
      body,
      user: { login, type },
      html_url: `https://github.com/${state.owner}/${state.repo}/pull/${issue}#issuecomment-${id}`,
      performed_via_github_app: app ? { ...app, name: app.slug } : null,
    };
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { message: String(e) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    addComment(issue, body, login = "someone", type = "User", app) {
      const slug = /^(.+)\[bot\]$/.exec(login)?.[1];
      const guessed = slug === ACTIONS_APP.slug ? ACTIONS_APP : slug ? { id: 99, slug } : undefined;
      const by = app === null ? undefined : (app ?? guessed);
      const c = comment(issue, body, login, type, by);
      const list = state.comments.get(issue) ?? [];
      list.push(c);
      state.comments.set(issue, list);
      return c;
    },
    writes: () => state.requests.filter((r) => r.method !== "GET" && r.path !== "/graphql"),
  };
}
