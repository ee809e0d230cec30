// Runs the bundled action (node dist/index.js) the way a GitHub runner does: INPUT_* variables with
// hyphens kept (defaults taken from action.yml, as the runner does), the event payload in a file,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, RUNNER_TEMP, and GITHUB_API_URL at a local stand-in.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { REPO } from "./cli.js";

export const ACTION = join(REPO, "dist", "index.js");

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

/** The INPUT_* environment a runner builds: every input, its default unless given. */
export function inputEnv(given: Record<string, string>, token: string): Record<string, string> {
  const spec = parse(readFileSync(join(REPO, "action.yml"), "utf8")) as ActionYml;
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(spec.inputs)) {
    let value = given[name] ?? input.default ?? "";
    if (value === "${{ github.token }}") value = token;
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  for (const name of Object.keys(given)) {
    if (!(name in spec.inputs)) throw new Error(`action.yml has no input '${name}'`);
  }
  return env;
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks (as @actions/core writes them). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? "");
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? "");
    out[m[1]!] = value.join("\n");
  }
  return out;
}

export async function runAction(opts: {
  workspace: string;
  apiUrl: string;
  token: string;
  repository: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  sha?: string;
  env?: Record<string, string>;
  /** The bundle to run (default: this repository's dist/index.js). */
  action?: string;
}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), "agentpolicy-runner-"));
  const eventPath = join(dir, "event.json");
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  const outputPath = join(dir, "output.txt");
  const summaryPath = join(dir, "summary.md");
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  const runnerTemp = join(dir, "temp");
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: dir,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: opts.repository,
    GITHUB_SHA: opts.sha ?? "",
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    RUNNER_TEMP: runnerTemp,
    AGENTPOLICY_RETRY_UNIT_MS: "20",
    ...inputEnv(opts.inputs ?? {}, opts.token),
    ...opts.env,
  };
  mkdirSync(runnerTemp, { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [opts.action ?? ACTION], {
      cwd: opts.workspace,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({
        code: code ?? -1,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputPath, "utf8")),
        summary: existsSync(summaryPath) ? readFileSync(summaryPath, "utf8") : "",
        runnerTemp,
      });
    });
  });
}
