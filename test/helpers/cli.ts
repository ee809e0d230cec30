// Spawns the bundled CLI exactly as a user's shell would (node dist/cli.js …).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CLI = join(REPO, "dist", "cli.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `timeout` (ms) kills a run that hangs, which then reports code -1. */
export function runCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string>; timeout?: number } = {},
): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? REPO,
    ...(opts.timeout !== undefined ? { timeout: opts.timeout } : {}),
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder with the given files (relative path → content). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), "agentpolicy-"));
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}
