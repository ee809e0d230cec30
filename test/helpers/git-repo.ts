// A throwaway git repository for tests that need a base commit and a head commit.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface GitRepo {
  root: string;
  git(...args: string[]): string;
  /** Writes (string) or deletes (null) files, then commits them all; returns the commit SHA. */
  commit(files: Record<string, string | null>, message?: string): string;
}

export function gitRepo(): GitRepo {
  const root = mkdtempSync(join(tmpdir(), "agentpolicy-git-"));
  const git = (...args: string[]): string =>
    execFileSync("git", args, {
      cwd: root,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", HOME: root, GIT_CONFIG_NOSYSTEM: "1" },
    }).trim();
  git("init", "-q", "-b", "main");
  git("config", "user.name", "Test");
  git("config", "user.email", "test@example.com");
  git("config", "commit.gpgsign", "false");
  let n = 0;
  return {
    root,
    git,
    commit(files, message) {
      for (const [rel, content] of Object.entries(files)) {
        const abs = join(root, rel);
        if (content === null) rmSync(abs, { force: true });
        else {
          mkdirSync(dirname(abs), { recursive: true });
          writeFileSync(abs, content);
        }
      }
      git("add", "-A");
      git("commit", "-q", "--allow-empty", "-m", message ?? `commit ${++n}`);
      return git("rev-parse", "HEAD");
    },
  };
}
