import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MARKER } from "../../src/action/comment.js";
import { GitHubApi } from "../../src/action/github-api.js";
import { upsertStickyComment } from "../../src/action/sticky.js";
import { BOT, startGitHubServer, type GitHubServer } from "../helpers/github-server.js";

let server: GitHubServer;
let api: GitHubApi;
const target = { owner: "acme", repo: "agents", issue: 3 };
const body = (s: string) => `${MARKER}\n${s}`;

beforeEach(async () => {
  server = await startGitHubServer();
  api = new GitHubApi({ baseUrl: server.url, token: server.state.token, unitMs: 5 });
});
afterEach(() => server.close());

const list = () => server.state.comments.get(3) ?? [];

describe("upsertStickyComment", () => {
  it("creates once, updates in place, skips an identical body", async () => {
    const first = await upsertStickyComment(api, target, body("one"), { mode: "on-change", news: true });
    expect(first.action).toBe("created");
    const second = await upsertStickyComment(api, target, body("two"), { mode: "on-change", news: true });
    expect(second).toEqual({ action: "updated", url: first.url });
    const third = await upsertStickyComment(api, target, body("two"), { mode: "on-change", news: true });
    expect(third.action).toBe("unchanged");
    expect(list().map((c) => c.body)).toEqual([body("two")]);
  });

  it("on-change: no new comment without news, but an existing one is kept current", async () => {
    expect(
      (await upsertStickyComment(api, target, body("x"), { mode: "on-change", news: false })).action,
    ).toBe("skipped");
    expect(list()).toEqual([]);
    server.addComment(3, body("old"), BOT, "Bot");
    expect(
      (await upsertStickyComment(api, target, body("new"), { mode: "on-change", news: false })).action,
    ).toBe("updated");
    expect((await upsertStickyComment(api, target, body("y"), { mode: "always", news: false })).action).toBe(
      "updated",
    );
  });

  it("never: no request at all", async () => {
    await upsertStickyComment(api, target, body("x"), { mode: "never", news: true });
    expect(server.state.requests).toEqual([]);
  });

  it("ignores the marker from other authors or later in the body", async () => {
    const forged = server.addComment(3, body("forged"), "mallory");
    const quoted = server.addComment(3, `> ${MARKER}`, BOT, "Bot");
    await upsertStickyComment(api, target, body("real"), { mode: "on-change", news: true });
    expect(list()).toHaveLength(3);
    expect(forged.body).toBe(body("forged"));
    expect(quoted.body).toBe(`> ${MARKER}`);
  });

  it("with a user token, its comments are the user's", async () => {
    server.state.login = "release-manager";
    server.addComment(3, body("by the user"), "release-manager");
    const r = await upsertStickyComment(api, target, body("fresh"), { mode: "on-change", news: true });
    expect(r.action).toBe("updated");
    expect(list()).toHaveLength(1);
  });

  it("a create that failed with 502 after it happened is not repeated", async () => {
    server.state.faults.push({ status: 502, count: 1, method: "POST", afterEffect: true });
    const r = await upsertStickyComment(api, target, body("x"), { mode: "on-change", news: true });
    expect(r.action).toBe("created");
    expect(list()).toHaveLength(1);
    expect(server.writes().map((w) => w.method)).toEqual(["POST"]);
  });

  it("a create that failed with 502 before it happened is tried again", async () => {
    server.state.faults.push({ status: 502, count: 2, method: "POST" });
    const r = await upsertStickyComment(api, target, body("x"), { mode: "on-change", news: true });
    expect(r.action).toBe("created");
    expect(list()).toHaveLength(1);
    expect(server.writes().map((w) => w.status)).toEqual([502, 502, 201]);
  });
});
