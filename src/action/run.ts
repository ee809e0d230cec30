// The action from inputs to delivery: check the workspace with the same core as the CLI, compare
// with the base, then deliver — report JSON, SARIF, outputs, job summary, annotations, the PR
// comment. Each delivery step is isolated: a failing one warns and the rest still happen, and the
// result (pass/fail) depends on the findings alone.
import * as core from "@actions/core";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { gitPrefix, type BaseReader } from "../diff/base.js";
import { runPipeline, type PipelineResult } from "../pipeline/run.js";
import { PolicyError } from "../policy/errors.js";
import { UsageError } from "../errors.js";
import { oneLine } from "../format/escape.js";
import { writeFileInBlocks } from "../format/blocks.js";
import { writeFailure, writeFileWithFolders } from "../util/write-file.js";
import { writeJson } from "../format/json.js";
import { formatSarif } from "../format/sarif.js";
import { formatHtml } from "../format/html.js";
import { inventoryRowsOf } from "../report/inventory.js";
import { inventoryTableMarkdown } from "../format/inventory/markdown.js";
import { verdict } from "../format/summary.js";
import { DEFAULT_MAX_FILE_SIZE } from "../manifest/read.js";
import { noAgentsMessage, pathsWithoutAgents, yieldedFiles } from "../manifest/empty-paths.js";
import { annotate } from "./annotations.js";
import { baseTarget, chooseBaseReader } from "./base-source.js";
import { buildComment, hasNews } from "./comment.js";
import { readContext, type RunContext } from "./event.js";
import { GitHubApi, GitHubApiError } from "./github-api.js";
import { readInputs, type ActionInputs } from "./inputs.js";
import { actionOutputs, setOutputs } from "./outputs.js";
import { upsertStickyComment } from "./sticky.js";
import { summaryMarkdown, writeJobSummary } from "./summary.js";
import type { Report } from "../report/model.js";

function messageOf(e: unknown): string {
  return oneLine(e instanceof Error ? e.message : String(e));
}

/** Runs one delivery step; a failure becomes a warning and never escapes. */
async function step(what: string, fn: () => unknown): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (e) {
    core.warning(`agentpolicy could not ${what}: ${messageOf(e)}`);
    return false;
  }
}

function apiFor(inputs: ActionInputs, ctx: RunContext, env: NodeJS.ProcessEnv): GitHubApi {
  // Only the tests shorten the clock; production waits 1s, 4s, 9s after a 5xx and what GitHub asks
  // for a rate limit (Retry-After, the reset time, else a minute).
  const unit = Number(env.AGENTPOLICY_RETRY_UNIT_MS);
  return new GitHubApi({
    baseUrl: ctx.apiUrl,
    token: inputs.token,
    ...(Number.isFinite(unit) && unit >= 0 && env.AGENTPOLICY_RETRY_UNIT_MS !== "" ? { unitMs: unit } : {}),
    onRetry: ({ method, path, attempt, waitMs, reason }) =>
      core.info(
        `GitHub API ${method} ${path}: ${oneLine(reason)}; retry ${attempt}, waiting ${Math.round(waitMs)} ms`,
      ),
  });
}

/** A workflow_run about a pull request's run: find that pull request (fork PRs are not in the payload). */
async function resolveWorkflowRunPull(ctx: RunContext, api: GitHubApi): Promise<void> {
  const run = ctx.workflowRun;
  if (!run || ctx.pull || !ctx.owner || !ctx.repo) return;
  let pull;
  if (run.pullNumbers[0] !== undefined) pull = await api.getPull(ctx.owner, ctx.repo, run.pullNumbers[0]);
  else if (run.headLabel) {
    const candidates = await api.findPullsByHead(ctx.owner, ctx.repo, run.headLabel);
    pull = candidates.find((p) => p.head?.sha === run.headSha);
  }
  if (pull && typeof pull.number === "number" && pull.base?.sha) {
    ctx.pull = {
      number: pull.number,
      baseSha: pull.base.sha,
      headSha: run.headSha,
      ...(pull.base.ref ? { baseRef: pull.base.ref } : {}),
    };
  }
}

/** Why reading the base failed, with what to do about it where that is known. */
function unreadableReason(e: unknown): string {
  const hint =
    e instanceof GitHubApiError && e.forbidden
      ? " (the token cannot read repository contents; grant contents: read, or check out with fetch-depth: 0)"
      : e instanceof GitHubApiError && (e.status === 429 || e.transient)
        ? " (GitHub kept failing or rate-limiting after retries)"
        : "";
  return `${messageOf(e)}${hint}`;
}

/** The base reader; `error` when there is a base but it could not be read; undefined without a base. */
async function baseOf(
  root: string,
  inputs: ActionInputs,
  ctx: RunContext,
  api: GitHubApi | undefined,
): Promise<{ reader: BaseReader; ref: string } | { ref: string; error: string } | undefined> {
  const target = baseTarget(ctx, inputs.base);
  if (!target) return undefined;
  try {
    const { reader, via } = await chooseBaseReader(root, target, ctx, api);
    core.info(`Comparing with the base ${reader.sha.slice(0, 12)} (read via ${via}).`);
    return { reader, ref: target.ref };
  } catch (e) {
    const error = unreadableReason(e);
    core.warning(`agentpolicy could not read the base version, so this report has no comparison: ${error}`);
    return { ref: target.ref, error };
  }
}

function reportPath(env: NodeJS.ProcessEnv): string {
  return join(env.RUNNER_TEMP || tmpdir(), "agentpolicy-report.json");
}

/** A file the workflow named; one that cannot be written says why in words (the step turns it into a warning). */
function write(path: string, text: string): void {
  try {
    writeFileWithFolders(path, text);
  } catch (e) {
    throw new Error(`${path}: ${writeFailure(e) ?? messageOf(e)}`);
  }
}

/** The whole action. Returns whether the check passed; sets the failed state itself. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs();
  } catch (e) {
    core.setFailed(`agentpolicy: ${messageOf(e)}`);
    return false;
  }
  if (inputs.token) core.setSecret(inputs.token);
  const ctx = readContext(env);
  const root = resolve(env.GITHUB_WORKSPACE || process.cwd());
  // Octokit needs a token; without one there is no GitHub API (the base then comes from git only).
  const api = ctx.owner && ctx.repo && inputs.token ? apiFor(inputs, ctx, env) : undefined;

  let result: PipelineResult;
  try {
    if (api) await step("find the pull request of this workflow run", () => resolveWorkflowRunPull(ctx, api));
    const base = await baseOf(root, inputs, ctx, api);
    result = await runPipeline({
      root,
      paths: inputs.paths,
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      frameworks: inputs.frameworks,
      ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
      now: Date.now(),
      ...(inputs.config ? { config: inputs.config } : {}),
      // Tamper-proofing is for pull requests: a push to the default branch is judged by what it pushes.
      ...(base ? { base: { ...base, policySource: ctx.pull ? inputs.policySource : "head" } } : {}),
      // A pull request whose base cannot be read is judged by the built-in defaults, never by its own
      // policy; the run fails unless the workflow accepts the defaults (`unreadable-base: defaults`).
      unreadableBase: inputs.unreadableBase === "defaults" ? "defaults" : "fail",
      // Pull requests are judged on what they add by default; pushes and schedules on everything.
      ...(inputs.failScope ? { failScope: inputs.failScope } : {}),
      defaultFailScope: ctx.pull ? "new" : "all",
      // everything the action delivers comes from the report
      reportOnly: true,
    });
  } catch (e) {
    const usage = e instanceof UsageError || e instanceof PolicyError ? "" : "internal error: ";
    core.setFailed(`agentpolicy: ${usage}${messageOf(e)}`);
    return false;
  }
  const { policy, options } = result;
  const empty = pathsWithoutAgents(root, inputs.paths, yieldedFiles(result));
  if (empty.length > 0) {
    // Nothing is not a pass: say so, and fail when the workflow asked for it.
    core.warning(
      `agentpolicy: ${noAgentsMessage(empty)}; nothing was checked there` +
        (inputs.failOnEmpty ? "" : " (set fail-on-empty: true to fail such runs)"),
    );
  }
  if (policy.source === "defaults") {
    core.warning(
      `agentpolicy could not read the base policy (${policy.baseUnreadable ?? "unknown reason"}); this pull ` +
        "request was judged by the built-in default policy, never by its own .agentpolicy.yml.",
    );
  } else if (policy.source) {
    core.info(`Judged by the policy at the ${policy.source === "base" ? "base" : "head"}.`);
  }
  // The shell adds what only it knows: where and when the run happened.
  const report: Report = {
    ...result.report,
    run: {
      generatedAt: new Date(options.now ?? Date.now()).toISOString(),
      ...(ctx.owner && ctx.repo ? { repository: `${ctx.owner}/${ctx.repo}` } : {}),
      ...(ctx.headSha ? { commit: ctx.headSha } : {}),
    },
  };
  core.info(`Fail scope: ${report.summary.failScope === "new" ? "new findings only" : "all findings"}.`);
  const { rules } = result;
  const input = { report, rules };
  const prefix = (await gitPrefix(root)) ?? "";

  // The report first: whatever fails later, it is on disk.
  const jsonPath = reportPath(env);
  const wroteJson = await step("write the JSON report", () => {
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileInBlocks(jsonPath, (w) => writeJson(input, w));
  });
  const sarifPath = resolve(root, inputs.sarifFile);
  const wroteSarif = await step("write the SARIF file", () => write(sarifPath, formatSarif(input)));
  await step("set the outputs", () =>
    setOutputs(
      actionOutputs(report, {
        ...(wroteJson ? { reportJson: jsonPath } : {}),
        ...(wroteSarif ? { sarifFile: sarifPath } : {}),
      }),
    ),
  );
  if (inputs.htmlReport) {
    const htmlPath = resolve(root, inputs.htmlReport);
    if (await step("write the HTML report", () => write(htmlPath, formatHtml(input))))
      await step("set the html-report output", () => core.setOutput("html-report", htmlPath));
  }
  await step("write the job summary", () => writeJobSummary(summaryMarkdown(input)));
  if (inputs.annotations) await step("annotate the files", () => annotate(report, prefix));

  let commentUrl = "";
  if (inputs.comment !== "never" && ctx.pull && api && ctx.owner && ctx.repo) {
    const changed = (report.changes ?? []).filter((c) => c.change !== "removed").map((c) => c.agent);
    const rows = inventoryRowsOf(report.agents ?? [], changed);
    const body = buildComment(input, {
      ...(rows.length > 0 ? { inventory: inventoryTableMarkdown(rows) } : {}),
      repoUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
      ...(ctx.pull.headSha ? { headSha: ctx.pull.headSha } : {}),
      prefix,
      ...(ctx.runUrl ? { summaryUrl: ctx.runUrl } : {}),
    });
    const target = { owner: ctx.owner, repo: ctx.repo, issue: ctx.pull.number };
    try {
      const posted = await upsertStickyComment(api, target, body, {
        mode: inputs.comment,
        news: hasNews(report),
      });
      commentUrl = oneLine(posted.url ?? "");
      if (posted.action !== "skipped") core.info(`Pull request comment ${posted.action}: ${commentUrl}`);
    } catch (e) {
      if (e instanceof GitHubApiError && e.forbidden) {
        core.warning(
          "agentpolicy could not write the pull request comment: the token may not write to pull requests " +
            "(pull requests from forks get a read-only token). The job summary, annotations, SARIF and outputs are complete; " +
            "see the workflow_run recipe in the agentpolicy docs to comment on fork pull requests.",
        );
      } else {
        core.warning(`agentpolicy could not write the pull request comment: ${messageOf(e)}`);
      }
    }
  }
  await step("set the comment-url output", () => core.setOutput("comment-url", commentUrl));

  if (policy.source === "defaults" && inputs.unreadableBase === "fail") {
    core.setFailed(
      `agentpolicy: the base policy could not be read (${policy.baseUnreadable ?? "unknown reason"}), so the run fails closed: it was ` +
        "judged by the built-in defaults, never by the pull request's own policy. Fix the cause (grant " +
        "contents: read, check out with fetch-depth: 0, or re-run after GitHub recovers), or set " +
        "`unreadable-base: defaults` to accept the built-in defaults without failing.",
    );
    return false;
  }
  if (!report.summary.passed) core.setFailed(`agentpolicy ${verdict(report)}`);
  else if (empty.length > 0 && inputs.failOnEmpty) {
    core.setFailed(`agentpolicy: ${noAgentsMessage(empty)} (fail-on-empty is set)`);
    return false;
  } else core.info(`agentpolicy ${verdict(report)}`);
  return report.summary.passed;
}
