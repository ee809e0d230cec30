import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readContext } from "../../src/action/event.js";
import { baseTarget } from "../../src/action/base-source.js";

const A = "a".repeat(40);
const B = "b".repeat(40);

function env(eventName: string, payload: unknown, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), "agentpolicy-event-"));
  const path = join(dir, "event.json");
  writeFileSync(path, typeof payload === "string" ? payload : JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: "acme/agents",
    GITHUB_RUN_ID: "9",
    ...extra,
  };
}

describe("readContext", () => {
  it("a pull_request: number, base and head SHAs, base branch, run URL", () => {
    const ctx = readContext(
      env("pull_request", {
        number: 5,
        pull_request: { number: 5, base: { sha: A, ref: "main" }, head: { sha: B, ref: "f" } },
      }),
    );
    expect(ctx).toMatchObject({
      owner: "acme",
      repo: "agents",
      pull: { number: 5, baseSha: A, baseRef: "main", headSha: B },
      headSha: B,
      apiUrl: "https://api.github.com",
      runUrl: "https://github.com/acme/agents/actions/runs/9",
    });
    expect(baseTarget(ctx, undefined)).toEqual({ ref: "main", sha: A });
    expect(baseTarget(ctx, B)).toEqual({ ref: B, sha: B });
    expect(baseTarget(ctx, "origin/release")).toEqual({ ref: "origin/release" });
  });

  it("a push: `before` is the base unless the branch is new (all zeros)", () => {
    expect(readContext(env("push", { before: A, after: B })).pushBefore).toBe(A);
    const created = readContext(env("push", { before: "0".repeat(40), after: B }));
    expect(created.pushBefore).toBeUndefined();
    expect(baseTarget(created, undefined)).toBeUndefined();
  });

  it("a workflow_run: the run's head and the label to find a fork's pull request", () => {
    const ctx = readContext(
      env("workflow_run", {
        workflow_run: {
          head_sha: B,
          head_branch: "feat",
          head_repository: { owner: { login: "forker" } },
          pull_requests: [],
        },
      }),
    );
    expect(ctx.workflowRun).toEqual({ headSha: B, headLabel: "forker:feat", pullNumbers: [] });
    expect(ctx.pull).toBeUndefined();
  });

  it("survives a missing or broken payload and odd environment values", () => {
    const ctx = readContext(
      env("pull_request", "{not json", {
        GITHUB_REPOSITORY: "acme/../x y",
        GITHUB_API_URL: "javascript:alert(1)",
      }),
    );
    expect(ctx.pull).toBeUndefined();
    expect(ctx.owner).toBeUndefined();
    expect(ctx.apiUrl).toBe("https://api.github.com");
    expect(readContext({}).eventName).toBe("");
  });
});
