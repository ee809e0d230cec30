import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MARKER } from "../../src/action/comment.js";
import { GitHubApi } from "../../src/action/github-api.js";
import { isOwnComment, upsertStickyComment } from "../../src/action/sticky.js";
import { BOT, startGitHubServer, type GitHubServer } from "../helpers/github-server.js";

let server: GitHubServer;
let api: GitHubApi;
const target = { owner: "acme", repo: "agents", issue: 3 };
const body = (s: string) => `${MARKER}\n${s}`;

beforeEach(async () => {
  server = await startGitHubServer();
  api = new GitHubApi({ baseUrl: server.url, token: server.state.token, unitMs: 2 });
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
    server.state.faults.push({ status: 502, count: 1, method: "POST", path: "/comments", afterEffect: true });
    const r = await upsertStickyComment(api, target, body("x"), { mode: "on-change", news: true });
    expect(r.action).toBe("created");
    expect(list()).toHaveLength(1);
    expect(server.writes().map((w) => w.method)).toEqual(["POST"]);
  });

  it("a create that failed with 502 before it happened is tried again", async () => {
    server.state.faults.push({ status: 502, count: 2, method: "POST", path: "/comments" });
    const r = await upsertStickyComment(api, target, body("x"), { mode: "on-change", news: true });
    expect(r.action).toBe("created");
    expect(list()).toHaveLength(1);
    expect(server.writes().map((w) => w.status)).toEqual([502, 502, 201]);
  });

  describe("with a GitHub App's installation token", () => {
    const APP = { id: 777, slug: "policy-bot" };

    it("comments as <slug>[bot] and finds that comment again, leaving github-actions[bot]'s alone", async () => {
      server.state.app = APP;
      const other = server.addComment(3, body("from another workflow's GITHUB_TOKEN"), BOT, "Bot");
      const first = await upsertStickyComment(api, target, body("one"), { mode: "on-change", news: true });
      expect(first.action).toBe("created");
      const mine = list().find((c) => c.user.login === "policy-bot[bot]")!;
      expect(mine.performed_via_github_app?.slug).toBe("policy-bot");
      const second = await upsertStickyComment(api, target, body("two"), { mode: "on-change", news: true });
      expect(second).toEqual({ action: "updated", url: first.url });
      expect(mine.body).toBe(body("two"));
      expect(other.body).toBe(body("from another workflow's GITHUB_TOKEN"));
      expect(server.state.requests.some((r) => r.path === "/user")).toBe(false);
    });

    it("a comment under the App's bot name that another App performed is not ours", async () => {
      server.state.app = APP;
      server.addComment(3, body("odd"), "policy-bot[bot]", "Bot", { id: 1, slug: "impostor" });
      await upsertStickyComment(api, target, body("real"), { mode: "on-change", news: true });
      expect(list().map((c) => c.body)).toEqual([body("odd"), body("real")]);
    });

    it("when GitHub will not say who the token is, only an App's own comment qualifies", async () => {
      server.state.app = APP;
      server.state.graphqlDown = true;
      const forged = server.addComment(3, body("a person typed the marker"), "mallory");
      const byApp = server.addComment(3, body("old"), "policy-bot[bot]", "Bot", APP);
      const r = await upsertStickyComment(api, target, body("new"), { mode: "on-change", news: true });
      expect(r.action).toBe("updated");
      expect(byApp.body).toBe(body("new"));
      expect(forged.body).toBe(body("a person typed the marker"));
    });
  });
});

describe("isOwnComment", () => {
  const c = (login: string, type: string, app: string | null, text = body("x")) => ({
    id: 1,
    body: text,
    user: { login, type },
    performed_via_github_app: app === null ? null : { slug: app },
  });
  const own = (comment: ReturnType<typeof c>, author: string | undefined) =>
    isOwnComment(comment as unknown as Parameters<typeof isOwnComment>[0], author);

  it("matches the token's account (case-insensitively), with the App named consistently", () => {
    expect(own(c("policy-bot[bot]", "Bot", "policy-bot"), "policy-bot[bot]")).toBe(true);
    expect(own(c("Policy-Bot[bot]", "Bot", "policy-bot"), "policy-bot[bot]")).toBe(true);
    expect(own(c("policy-bot[bot]", "Bot", null), "policy-bot[bot]")).toBe(true);
    expect(own(c("policy-bot[bot]", "Bot", "other"), "policy-bot[bot]")).toBe(false);
    expect(own(c("github-actions[bot]", "Bot", "github-actions"), "policy-bot[bot]")).toBe(false);
    // a person's comment made through some App's UI is still that person's
    expect(own(c("release-manager", "User", "slack"), "release-manager")).toBe(true);
    expect(own(c("release-manager", "User", null, `> ${MARKER}`), "release-manager")).toBe(false);
  });

  it("without a known account: an App writing as itself, never a person", () => {
    expect(own(c("policy-bot[bot]", "Bot", "policy-bot"), undefined)).toBe(true);
    expect(own(c("policy-bot[bot]", "Bot", null), undefined)).toBe(false);
    expect(own(c("mallory", "User", "policy-bot"), undefined)).toBe(false);
    expect(own(c("mallory[bot]", "User", "mallory"), undefined)).toBe(false);
  });
});
