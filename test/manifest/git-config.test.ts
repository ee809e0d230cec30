// core.ignorecase as git reads it from a repository's config (git-config(1), "Syntax").
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coreIgnoreCase, gitIgnoresCase } from "../../src/manifest/git-config.js";

describe("core.ignorecase", () => {
  it.each([
    ["[core]\n\tignorecase = true\n", true],
    ["[core]\n\tignoreCase = yes\n", true],
    ["[CORE]\n\tIgnoreCase\n", true], // a key with no value is true
    ["[core]\n\tignorecase = true\n\tignorecase = false\n", false], // the last one wins
    ['[core "x"]\n\tignorecase = true\n', false],
    ["[core]\n\tbare = false\n[remote]\n\tignorecase = true\n", false],
    ["[core]\n\t# ignorecase = true\n", false],
    ["[core]\n\tignorecase = true ; set by git init on macOS\n", true],
    ["[core] ignorecase = on\n", true],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(coreIgnoreCase(text)).toBe(expected);
  });

  it("reads the repository's config, through a .git file and a commondir", () => {
    const top = mkdtempSync(join(tmpdir(), "agentpolicy-gitcfg-"));
    expect(gitIgnoresCase(top)).toBe(false); // no repository: git's default
    mkdirSync(join(top, ".git"));
    writeFileSync(join(top, ".git", "config"), "[core]\n\tignorecase = true\n");
    expect(gitIgnoresCase(top)).toBe(true);

    const worktree = mkdtempSync(join(tmpdir(), "agentpolicy-gitwt-"));
    mkdirSync(join(top, ".git", "worktrees", "wt"), { recursive: true });
    writeFileSync(join(top, ".git", "worktrees", "wt", "commondir"), "../..\n");
    writeFileSync(join(worktree, ".git"), `gitdir: ${join(top, ".git", "worktrees", "wt")}\n`);
    expect(gitIgnoresCase(worktree)).toBe(true);
  });
});
