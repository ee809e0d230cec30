// What the config names stays inside the repository. A pack is code the policy runs and a config is
// what judges the change: neither may come from a path nobody reviewing the repository sees. Absolute
// pack paths, `..` escapes and symlinks leading out are refused with exit 2 at the config line, before
// anything there is read; include/exclude patterns that could only reach outside are refused too; and a
// manifest's `sources:` that leads outside is reported (AP-SRC-001), never read.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadActivePolicy } from "../../src/policy/active.js";
import { PolicyError } from "../../src/policy/errors.js";
import { memoryPolicyFiles } from "../../src/policy/policy-files.js";
import type { Report } from "../../src/report/model.js";
import { runCapped } from "./harness.js";

const AGENT = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: bot
  owner: team:platform
`;

/** A pack that would be noticed if it ran: one check that fails every agent. */
const PACK_CHECK = `checks:
  - id: EVIL-OUT-001
    title: Came from outside
    severity: critical
    principle: risk
    description: Read from outside the repository.
    remediation: None.
    assert: false
    message: outside pack ran
`;

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}

/** A scratch folder holding `repo/` (the scan root) and `outside/` (a pack, a config, a native config). */
function layout(repoFiles: Record<string, string>): { repo: string; outside: string } {
  const top = mkdtempSync(join(tmpdir(), "agentpolicy-outside-"));
  const repo = join(top, "repo");
  const outside = join(top, "outside");
  write(outside, {
    "checks/evil.yaml": PACK_CHECK,
    "secret.yml": "frameworks: [soc2]\n",
    "discovery/evil.yaml": "ecosystem: npm\npackages: []\n",
    ".mcp.json": JSON.stringify({
      mcpServers: { leaked: { command: "npx", args: ["-y", "outside-server"] } },
    }),
  });
  write(repo, { "agents/bot.agent.yaml": AGENT, ...repoFiles });
  return { repo, outside };
}

async function check(repo: string, ...args: string[]) {
  return runCapped(["check", "--format", "json", ...args], repo);
}

function refusedAt(run: { code: number | null; stdout: string; stderr: string }, where: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(where);
  expect(run.stderr).not.toMatch(/outside pack ran|EVIL-OUT-001/);
}

describe("packs stay inside the repository", () => {
  it("refuses an absolute pack path at its line, before reading it", async () => {
    const { repo, outside } = layout({});
    write(repo, { ".agentpolicy.yml": `packs:\n  - ${outside}\n` });
    refusedAt(await check(repo), /^agentpolicy: \.agentpolicy\.yml:2:5: pack '.*' is an absolute path/m);
  });

  it("refuses a pack that climbs out with ..", async () => {
    const { repo } = layout({ ".agentpolicy.yml": "packs: [../outside]\n" });
    refusedAt(
      await check(repo),
      /\.agentpolicy\.yml:1:9: pack '\.\.\/outside' \(\.\.\/outside\) climbs out of the repository/,
    );
  });

  it("refuses a pack folder that is a symlink leading outside", async () => {
    const { repo, outside } = layout({ ".agentpolicy.yml": "packs: [./policy]\n" });
    symlinkSync(outside, join(repo, "policy"));
    refusedAt(
      await check(repo),
      /\.agentpolicy\.yml:1:9: pack '\.\/policy' \(policy\) leads outside the repository through a symlink/,
    );
  });

  it("refuses a pack folder below a symlinked parent leading outside", async () => {
    const { repo } = layout({ ".agentpolicy.yml": "packs: [./up/outside]\n" });
    symlinkSync(join(repo, ".."), join(repo, "up"));
    refusedAt(await check(repo), /\.agentpolicy\.yml:1:9: pack '\.\/up\/outside' .* through a symlink/);
  });

  it("refuses a pack file that is a symlink leading outside", async () => {
    const { repo, outside } = layout({ ".agentpolicy.yml": "packs: [./policy]\n" });
    mkdirSync(join(repo, "policy", "checks"), { recursive: true });
    symlinkSync(join(outside, "checks", "evil.yaml"), join(repo, "policy", "checks", "evil.yaml"));
    refusedAt(
      await check(repo),
      /policy\/checks\/evil\.yaml:1:1: leads outside the repository through a symlink/,
    );
  });

  it("refuses a config file that is a symlink leading outside", async () => {
    const { repo, outside } = layout({});
    symlinkSync(join(outside, "secret.yml"), join(repo, ".agentpolicy.yml"));
    refusedAt(await check(repo), /\.agentpolicy\.yml:1:1: leads outside the repository through a symlink/);
  });

  it("refuses the same at a base commit, at the config line", async () => {
    for (const entry of ["../outside", "/etc", "C:\\\\packs", "policy/../../x"]) {
      const files = memoryPolicyFiles(
        { ".agentpolicy.yml": `packs: ["${entry}"]\n` },
        "the base commit 0123",
      );
      const error = await loadActivePolicy(files, { root: "/repo" }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, entry).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).message, entry).toMatch(
        /^\.agentpolicy\.yml:1:9: pack .*(absolute path|climbs out)/,
      );
    }
  });

  it("still reads a pack inside the repository, including one above a nested config", async () => {
    const { repo } = layout({
      "policy/.agentpolicy.yml": "packs: [../acme]\n",
      "acme/checks/acme.yaml": PACK_CHECK.replace("EVIL-OUT-001", "ACME-IN-001"),
    });
    const run = await check(repo, "--config", "policy/.agentpolicy.yml");
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.some((f) => f.ruleId === "ACME-IN-001")).toBe(true);
  });
});

describe("include and exclude match paths inside the repository", () => {
  it.each([
    ["include", "../outside/**", /climbs out with '\.\.'/],
    ["include", "/etc/**", /is an absolute path/],
    ["exclude", "agents/../../x/**", /climbs out with '\.\.'/],
  ])("refuses %s pattern %j at its line", async (key, pattern, why) => {
    const { repo } = layout({ ".agentpolicy.yml": `${key}:\n  - "${pattern}"\n` });
    refusedAt(await check(repo), new RegExp(`\\.agentpolicy\\.yml:2:5: ${key} pattern '.*' ${why.source}`));
  });
});

describe("a manifest's sources: that leads outside is reported, never read", () => {
  it.each([
    [
      "a symlink inside the repository",
      (outside: string, repo: string) => {
        symlinkSync(join(outside, ".mcp.json"), join(repo, ".mcp.json"));
        return ".mcp.json";
      },
    ],
    ["an absolute path", (outside: string) => join(outside, ".mcp.json")],
    ["a .. escape", () => "../../outside/.mcp.json"],
  ])("%s", async (_how, source) => {
    const { repo, outside } = layout({});
    const path = source(outside, repo);
    write(repo, { "agents/bot.agent.yaml": `${AGENT}sources: ["${path}"]\n` });
    const run = await check(repo);
    const report = JSON.parse(run.stdout) as Report;
    const src = report.findings.filter((f) => f.ruleId === "AP-SRC-001");
    expect(src.map((f) => f.message)).toEqual([expect.stringMatching(/is outside the scanned folder/)]);
    expect(run.stdout).not.toContain("outside-server");
  });
});

describe("a pack's discovery catalog stays inside the repository", () => {
  it("refuses a catalog file that is a symlink leading outside", async () => {
    const { repo, outside } = layout({
      ".agentpolicy.yml": "packs: [./policy]\n",
      "policy/checks/ok.yaml": PACK_CHECK.replace("EVIL-OUT-001", "ACME-IN-001"),
      "package.json": JSON.stringify({ dependencies: { openai: "4.0.0" } }),
    });
    mkdirSync(join(repo, "policy", "discovery"), { recursive: true });
    symlinkSync(join(outside, "discovery", "evil.yaml"), join(repo, "policy", "discovery", "evil.yaml"));
    refusedAt(
      await check(repo),
      /policy\/discovery\/evil\.yaml:1:1: leads outside the repository through a symlink/,
    );
  });
});
