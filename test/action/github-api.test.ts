import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubApi, GitHubApiError } from "../../src/action/github-api.js";
import { startGitHubServer, type GitHubServer } from "../helpers/github-server.js";

let server: GitHubServer;
let api: GitHubApi;
const retries: string[] = [];

beforeEach(async () => {
  server = await startGitHubServer();
  retries.length = 0;
  api = new GitHubApi({
    baseUrl: server.url,
    token: server.state.token,
    unitMs: 10,
    onRetry: (r) => retries.push(`${r.method} ${r.path} ${r.waitMs}`),
  });
});
afterEach(() => server.close());

describe("GitHubApi", () => {
  it("follows Link pagination through every page", async () => {
    for (let i = 0; i < 250; i++) server.addComment(1, `c${i}`);
    const all = await api.listIssueComments("acme", "agents", 1);
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `c${i}`));
    expect(server.state.requests.map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3"]);
    expect(server.state.requests.every((r) => r.authorization === `Bearer ${server.state.token}`)).toBe(true);
  });

  it("retries 5xx on reads with exponential backoff, a bounded number of times", async () => {
    server.state.faults.push({ status: 502, count: 2, method: "GET" });
    expect(await api.listIssueComments("acme", "agents", 1)).toEqual([]);
    expect(retries).toEqual([
      "GET /repos/acme/agents/issues/1/comments 10",
      "GET /repos/acme/agents/issues/1/comments 20",
    ]);

    server.state.faults.push({ status: 500, count: 10, method: "GET" });
    const error = await api.listIssueComments("acme", "agents", 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(500);
    expect((error as GitHubApiError).transient).toBe(true);
    expect(server.state.faults[1]!.count).toBe(6); // 4 attempts
  });

  it("waits as long as Retry-After says, and gives up when it asks for too long", async () => {
    server.state.faults.push({ status: 429, count: 1, retryAfter: "7" });
    await api.listIssueComments("acme", "agents", 1);
    const [a, b] = server.state.requests;
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(70 - 5);
    expect(retries).toEqual(["GET /repos/acme/agents/issues/1/comments 70"]);

    server.state.faults.push({ status: 429, count: 1, retryAfter: "3600" });
    await expect(api.listIssueComments("acme", "agents", 1)).rejects.toMatchObject({ status: 429 });
  });

  it("a secondary rate limit (403 + message) is retried; any other 403 is not, and is 'forbidden'", async () => {
    server.state.faults.push({
      status: 403,
      count: 1,
      method: "POST",
      message: "You have exceeded a secondary rate limit",
    });
    const created = await api.createIssueComment("acme", "agents", 1, "hello");
    expect(created.body).toBe("hello");

    server.state.readOnly = true;
    const error = (await api
      .createIssueComment("acme", "agents", 1, "again")
      .catch((e: unknown) => e)) as GitHubApiError;
    expect(error.status).toBe(403);
    expect(error.forbidden).toBe(true);
    expect(error.message).toContain("Resource not accessible by integration");
    expect(error.message).not.toContain(server.state.token);
    expect(server.writes().filter((w) => w.status === 403)).toHaveLength(2);
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

  it("reads file contents at a ref (base64), and undefined for a missing file", async () => {
    server.state.contents.set("abc:agents/a b.yaml", "name: ünïcode\n".repeat(20));
    const bytes = await api.getContent("acme", "agents", "agents/a b.yaml", "abc");
    expect(Buffer.from(bytes!).toString("utf8")).toBe("name: ünïcode\n".repeat(20));
    expect(server.state.requests[0]!.path).toBe("/repos/acme/agents/contents/agents/a%20b.yaml");
    expect(await api.getContent("acme", "agents", "agents/none.yaml", "abc")).toBeUndefined();
  });

  it("never sends the token to another origin named by a Link header", async () => {
    const other = await startGitHubServer();
    try {
      const url = new URL(`${other.url}/repos/acme/agents/issues/1/comments`);
      await expect(api.request("GET", url)).rejects.toThrow(/outside the API/);
      expect(other.state.requests).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it("asks who the token is, and takes a refusal (GITHUB_TOKEN) as unknown", async () => {
    expect(await api.login()).toBeUndefined();
    server.state.login = "octo-user";
    expect(await api.login()).toBe("octo-user");
  });
});
