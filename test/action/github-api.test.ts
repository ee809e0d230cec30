// The action's GitHub client (Octokit with the retry and throttling plugins) against the local
// stand-in: pagination, bounded retries, GitHub's rate-limit answers, writes that must not repeat.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubApi, GitHubApiError } from "../../src/action/github-api.js";
import { startGitHubServer, type GitHubServer } from "../helpers/github-server.js";

const UNIT = 10;
let server: GitHubServer;
let api: GitHubApi;
const retries: string[] = [];

function client(): GitHubApi {
  return new GitHubApi({
    baseUrl: server.url,
    token: server.state.token,
    unitMs: UNIT,
    onRetry: (r) => retries.push(`${r.method} ${r.path} #${r.attempt} ${r.reason}`),
  });
}

beforeEach(async () => {
  server = await startGitHubServer();
  retries.length = 0;
  api = client();
});
afterEach(() => server.close());

const gap = (i: number, j: number): number => server.state.requests[j]!.at - server.state.requests[i]!.at;
const list = () => api.listIssueComments("acme", "agents", 1);

describe("GitHubApi over Octokit", () => {
  it("follows Link pagination through every page, sending the token to the API only", async () => {
    for (let i = 0; i < 250; i++) server.addComment(1, `c${i}`);
    const all = await list();
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `c${i}`));
    expect(server.state.requests.map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3"]);
    expect(server.state.requests.every((r) => r.query.per_page === "100")).toBe(true);
    expect(server.state.requests.every((r) => r.authorization === `token ${server.state.token}`)).toBe(true);
  });

  it("never sends the token to another origin named by a Link header", async () => {
    const other = await startGitHubServer();
    try {
      for (let i = 0; i < 150; i++) server.addComment(1, `c${i}`);
      server.state.linkBase = other.url;
      const error = await list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitHubApiError);
      expect(String(error)).toMatch(/outside the API/);
      expect(other.state.requests).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it("retries 5xx on reads with a growing backoff, a bounded number of times", async () => {
    server.state.faults.push({ status: 502, count: 2, method: "GET" });
    expect(await list()).toEqual([]);
    expect(retries).toEqual([
      "GET /repos/acme/agents/issues/1/comments #1 502 injected 502",
      "GET /repos/acme/agents/issues/1/comments #2 502 injected 502",
    ]);
    // the retry plugin's curve: 1, 4, 9 units
    expect(gap(0, 1)).toBeGreaterThanOrEqual(UNIT - 2);
    expect(gap(1, 2)).toBeGreaterThanOrEqual(4 * UNIT - 2);

    server.state.requests.length = 0;
    server.state.faults.push({ status: 500, count: 10, method: "GET" });
    const error = await list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(500);
    expect((error as GitHubApiError).transient).toBe(true);
    expect((error as GitHubApiError).message).toBe(
      "GitHub API GET /repos/acme/agents/issues/1/comments: 500 injected 500",
    );
    expect(server.state.requests).toHaveLength(4); // 1 + 3 retries
  });

  it("a secondary rate limit waits as long as Retry-After says, even for a POST (GitHub did nothing)", async () => {
    server.state.faults.push({
      status: 403,
      count: 1,
      method: "POST",
      retryAfter: "7",
      message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
    });
    const created = await api.createIssueComment("acme", "agents", 1, "hello");
    expect(created.body).toBe("hello");
    expect(server.writes().map((w) => w.status)).toEqual([403, 201]);
    expect(gap(0, 1)).toBeGreaterThanOrEqual(7 * UNIT - 2);
    expect(retries).toEqual(["POST /repos/acme/agents/issues/1/comments #1 secondary rate limit"]);
  });

  it("a secondary rate limit on 429 without Retry-After waits GitHub's minute", async () => {
    server.state.faults.push({
      status: 429,
      count: 1,
      method: "GET",
      message: "You have exceeded a secondary rate limit",
    });
    await list();
    expect(gap(0, 1)).toBeGreaterThanOrEqual(60 * UNIT - 2);
  });

  it("a primary rate limit waits for X-RateLimit-Reset, and gives up when the reset is too far", async () => {
    const reset = (s: number) => String(Math.floor(Date.now() / 1000) + s);
    server.state.faults.push({
      status: 403,
      count: 1,
      message: "API rate limit exceeded for installation ID 1.",
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset(2) },
    });
    await list();
    expect(retries).toEqual(["GET /repos/acme/agents/issues/1/comments #1 rate limit"]);
    expect(gap(0, 1)).toBeGreaterThanOrEqual(2 * UNIT - 2);

    server.state.requests.length = 0;
    server.state.faults.push({
      status: 403,
      count: 1,
      message: "API rate limit exceeded for installation ID 1.",
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset(3600) },
    });
    const error = (await list().catch((e: unknown) => e)) as GitHubApiError;
    expect(error.status).toBe(403);
    expect(error.transient).toBe(true);
    expect(error.forbidden).toBe(false);
    expect(server.state.requests).toHaveLength(1); // neither plugin tried again
  });

  it("gives up at once when Retry-After asks for longer than a minute", async () => {
    server.state.faults.push({
      status: 429,
      count: 1,
      retryAfter: "3600",
      message: "You have exceeded a secondary rate limit",
    });
    await expect(list()).rejects.toMatchObject({ status: 429, transient: true });
    expect(server.state.requests).toHaveLength(1);
  });

  it("a rate limit that keeps coming back is retried a bounded number of times", async () => {
    server.state.faults.push({
      status: 403,
      count: 50,
      retryAfter: "1",
      message: "You have exceeded a secondary rate limit",
    });
    await expect(list()).rejects.toMatchObject({ status: 403 });
    expect(server.state.requests).toHaveLength(4);
  });

  it("a bare 429 (no GitHub rate-limit marks) is retried like a 5xx", async () => {
    server.state.faults.push({ status: 429, count: 1, method: "GET", message: "Too Many Requests" });
    expect(await list()).toEqual([]);
    expect(server.state.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it("any other 403 is not retried, and is 'forbidden'; the token is in no message", async () => {
    server.state.readOnly = true;
    const error = (await api
      .createIssueComment("acme", "agents", 1, "again")
      .catch((e: unknown) => e)) as GitHubApiError;
    expect(error.status).toBe(403);
    expect(error.forbidden).toBe(true);
    expect(error.message).toContain("Resource not accessible by integration");
    expect(error.message).not.toContain(server.state.token);
    expect(server.writes()).toHaveLength(1);
  });

  it("does not repeat a POST after a 5xx (it may have happened); PATCH is retried", async () => {
    server.state.faults.push({ status: 502, count: 1, method: "POST" });
    await expect(api.createIssueComment("acme", "agents", 1, "x")).rejects.toMatchObject({
      status: 502,
      transient: true,
    });
    expect(server.writes()).toHaveLength(1);

    const c = server.addComment(1, "old", "github-actions[bot]", "Bot");
    server.state.faults.push({ status: 503, count: 1, method: "PATCH" });
    const updated = await api.updateIssueComment("acme", "agents", c.id, "new");
    expect(updated.body).toBe("new");
  });

  it("a refused connection is a transient failure without a status", async () => {
    const url = server.url;
    await server.close();
    const offline = new GitHubApi({ baseUrl: url, token: "t", unitMs: 1 });
    const error = (await offline
      .listIssueComments("acme", "agents", 1)
      .catch((e: unknown) => e)) as GitHubApiError;
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error.status).toBe(0);
    expect(error.transient).toBe(true);
    server = await startGitHubServer(); // for afterEach
  });

  it("paces comment writes apart (GitHub's guidance for content that notifies)", async () => {
    await api.createIssueComment("acme", "agents", 1, "a");
    await api.createIssueComment("acme", "agents", 1, "b");
    // paced 3 units apart at dispatch; arrival at the server can lag the first request by a few ms
    expect(gap(0, 1)).toBeGreaterThanOrEqual(2 * UNIT);
  });

  it("reads file contents at a ref (base64), and undefined for a missing file or a folder", async () => {
    server.state.contents.set("abc:agents/a b.yaml", "name: ünïcode\n".repeat(20));
    const bytes = await api.getContent("acme", "agents", "agents/a b.yaml", "abc");
    expect(Buffer.from(bytes!).toString("utf8")).toBe("name: ünïcode\n".repeat(20));
    // Octokit encodes the path as one parameter (agents%2Fa%20b.yaml), which GitHub accepts
    expect(decodeURIComponent(server.state.requests[0]!.path)).toBe(
      "/repos/acme/agents/contents/agents/a b.yaml",
    );
    expect(server.state.requests[0]!.query.ref).toBe("abc");
    expect(await api.getContent("acme", "agents", "agents/none.yaml", "abc")).toBeUndefined();
  });

  it("lists a commit's tree, folder by folder when GitHub cut the recursive listing short", async () => {
    for (const f of ["a.agent.yaml", "sub/b.agent.yaml", "README.md", "x/y/z.json"])
      server.state.contents.set(`abc:${f}`, "x");
    const all = ["README.md", "a.agent.yaml", "sub/b.agent.yaml", "x/y/z.json"];
    expect(await api.listTree("acme", "agents", "abc")).toEqual({ files: all, complete: true });
    expect(server.state.requests[0]!.query.recursive).toBe("1");
    expect(server.state.requests).toHaveLength(1);
    // the recursive listing comes back cut (half the entries): every folder is then listed on its own
    server.state.truncatedTrees.add("abc");
    server.state.requests.length = 0;
    expect(await api.listTree("acme", "agents", "abc")).toEqual({ files: all, complete: true });
    const oneLevel = server.state.requests.filter((r) => r.query.recursive === undefined);
    // the root, sub, x and x/y
    expect(oneLevel).toHaveLength(4);
  });

  describe("who the token is", () => {
    it("GITHUB_TOKEN: github-actions[bot], from GraphQL's viewer (GET /user is refused to it)", async () => {
      expect(await api.login()).toBe("github-actions[bot]");
      expect(server.state.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /graphql"]);
    });

    it("a GitHub App installation token: <slug>[bot]", async () => {
      server.state.app = { id: 4242, slug: "policy-bot" };
      expect(await api.login()).toBe("policy-bot[bot]");
    });

    it("a user's token: the login; from GET /user when GraphQL is unavailable", async () => {
      server.state.login = "octo-user";
      expect(await api.login()).toBe("octo-user");
      server.state.graphqlDown = true;
      expect(await api.login()).toBe("octo-user");
      expect(server.state.requests.at(-1)!.path).toBe("/user");
    });

    it("an App token with GraphQL unavailable: unknown", async () => {
      server.state.graphqlDown = true;
      expect(await api.login()).toBeUndefined();
    });
  });
});
