// What the workflow run is about, from the environment the runner sets and the event payload:
// the repository, the pull request (number, base and head SHAs) or the push's `before`.
import { readFileSync } from "node:fs";

export interface PullContext {
  number: number;
  baseSha: string;
  baseRef?: string;
  headSha: string;
}

export interface RunContext {
  eventName: string;
  owner?: string;
  repo?: string;
  apiUrl: string;
  /** https://github.com (or the GHES host). */
  serverUrl: string;
  /** URL of this workflow run (where the job summary is), when known. */
  runUrl?: string;
  pull?: PullContext;
  /** A push's `before`, when it names a commit. */
  pushBefore?: string;
  /** The commit the files on disk come from, for links (the PR head, not the merge commit). */
  headSha?: string;
  /** A workflow_run event about a pull request's run: the PR is looked up by its head. */
  workflowRun?: { headSha: string; headLabel?: string; pullNumbers: number[] };
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : {};
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
const sha = (v: unknown): string | undefined => {
  const s = str(v);
  return s !== undefined && SHA.test(s) && !/^0+$/.test(s) ? s : undefined;
};
const NAME = /^[A-Za-z0-9_.-]+$/;

function readPayload(path: string | undefined): Json {
  if (!path) return {};
  try {
    return obj(JSON.parse(readFileSync(path, "utf8")));
  } catch {
    return {};
  }
}

function httpUrl(value: string | undefined, fallback: string): string {
  if (!value) return fallback;
  try {
    const u = new URL(value);
    return u.protocol === "https:" || u.protocol === "http:" ? value.replace(/\/+$/, "") : fallback;
  } catch {
    return fallback;
  }
}

export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const parts = (env.GITHUB_REPOSITORY ?? "").split("/");
  const [owner, repo] =
    parts.length === 2 && parts.every((p) => NAME.test(p) && !/^\.+$/.test(p)) ? parts : [];
  const serverUrl = httpUrl(env.GITHUB_SERVER_URL, "https://github.com");
  const ctx: RunContext = {
    eventName,
    apiUrl: httpUrl(env.GITHUB_API_URL, "https://api.github.com"),
    serverUrl,
  };
  if (owner && repo) {
    ctx.owner = owner;
    ctx.repo = repo;
    if (env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID))
      ctx.runUrl = `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  const pr = obj(payload.pull_request);
  const number = typeof pr.number === "number" ? pr.number : Number(payload.number);
  const baseSha = sha(obj(pr.base).sha);
  const headSha = sha(obj(pr.head).sha);
  if (Number.isInteger(number) && number > 0 && baseSha && headSha) {
    ctx.pull = {
      number,
      baseSha,
      headSha,
      ...(str(obj(pr.base).ref) ? { baseRef: str(obj(pr.base).ref) } : {}),
    };
    ctx.headSha = headSha;
  } else if (eventName === "push") {
    const before = sha(payload.before);
    if (before) ctx.pushBefore = before;
    ctx.headSha = sha(payload.after) ?? sha(env.GITHUB_SHA);
  } else if (eventName === "workflow_run") {
    const run = obj(payload.workflow_run);
    const runHead = sha(run.head_sha);
    if (runHead) {
      const headOwner = str(obj(obj(run.head_repository).owner).login);
      const branch = str(run.head_branch);
      ctx.workflowRun = {
        headSha: runHead,
        ...(headOwner && branch ? { headLabel: `${headOwner}:${branch}` } : {}),
        pullNumbers: (Array.isArray(run.pull_requests) ? run.pull_requests : [])
          .map((p) => obj(p).number)
          .filter((n): n is number => typeof n === "number" && Number.isInteger(n) && n > 0),
      };
      ctx.headSha = runHead;
    }
  } else {
    ctx.headSha = sha(env.GITHUB_SHA);
  }
  return ctx;
}
