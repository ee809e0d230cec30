// Globs that repository files bring (a manifest's `code:`, CODEOWNERS, .gitignore) run over the repository's paths, and
// a pull request can add both the glob and the path. Before these were bounded, each of the trees below
// kept `check` busy for minutes (picomatch's regular expressions backtracking); now neither can hang it.
import { describe, expect, it } from "vitest";
import { runCli, tempTree } from "../helpers/cli.js";
import { HANG_GUARD } from "../helpers/hang-guard.js";

interface Report {
  findings: { ruleId: string; file: string; line: number; column: number; message: string }[];
  errors: unknown[];
  agents: { name: string; owner?: string; ownerSource?: string }[];
}

const run = (root: string): Report => {
  const r = runCli(["check", "--format", "json", "--fail-on", "never"], { cwd: root, ...HANG_GUARD });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Report;
};

const manifest = (code: string[]): string =>
  `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: sdk-bot
  description: Answers questions
code:
${code.map((g) => `  - "${g}"`).join("\n")}
`;

describe("globs from repository files (spawned)", () => {
  it("reports a `code:` glob with too many wildcards at its place, and does not use it", HANG_GUARD, () => {
    const name = "a".repeat(250);
    const report = run(
      tempTree({
        "agents/bot.agent.yaml": manifest(["svc/*/x/**", "**/a*a*a*a*a*a*a*a*b"]),
        [`svc/${name}/package.json`]: JSON.stringify({ name: "svc", dependencies: { openai: "4" } }),
      }),
    );
    expect(report.findings.filter((f) => f.ruleId === "AP-SCHEMA-001")).toEqual([
      expect.objectContaining({
        file: "agents/bot.agent.yaml",
        line: 8,
        column: 5,
        message:
          "/code/1 '**/a*a*a*a*a*a*a*a*b' has 8 wildcards in one path segment, over the limit of 2 (each wildcard multiplies the time a path that almost matches takes; name a folder instead of one); it is not used",
      }),
    ]);
    // the glob left out declares nothing: the SDK in that folder is still undeclared agent code
    expect(report.findings.filter((f) => f.ruleId.startsWith("AP-SHADOW-"))).toMatchObject([
      { file: `svc/${name}/package.json` },
    ]);
  });

  it(
    "refuses an extglob in `code:`, and reads a manifest's folder in a ./ glob as a name",
    HANG_GUARD,
    () => {
      // `*(*a)x` doubled picomatch's time with each character: 25 s on this folder name
      const name = "a".repeat(40);
      const report = run(
        tempTree({
          [`svc/**/bot.agent.yaml`]: manifest(["svc/*(*a)x/**", "./**"]),
          [`svc/${name}/package.json`]: JSON.stringify({ name: "svc", dependencies: { openai: "4" } }),
        }),
      );
      expect(report.findings.filter((f) => f.ruleId === "AP-SCHEMA-001").map((f) => f.line)).toEqual([7]);
      expect(report.findings.filter((f) => f.ruleId.startsWith("AP-SHADOW-"))).toMatchObject([
        { file: `svc/${name}/package.json` },
      ]);
    },
  );

  it("matches CODEOWNERS patterns over a deep path segment by segment", HANG_GUARD, () => {
    const deep = Array(300).fill("a").join("/");
    const report = run(
      tempTree({
        CODEOWNERS: "*.yaml @acme/platform\n/**/a/**/a/**/a/**/b @acme/other\n",
        [`${deep}/bot.agent.yaml`]: manifest(["src/**"]),
      }),
    );
    expect(report.agents).toMatchObject([
      { name: "sdk-bot", owner: "team:acme/platform", ownerSource: "CODEOWNERS (CODEOWNERS:1)" },
    ]);
  });

  it("walks past a .gitignore rule built to backtrack, 300 folders deep", HANG_GUARD, () => {
    const deep = Array(300).fill("a").join("/");
    const report = run(
      tempTree({
        ".gitignore": "/**/a/**/a/**/a/**/b\n**/a/**/a*a*[a-z]*[a-z]*b.yaml\n",
        [`${deep}/bot.agent.yaml`]: manifest(["src/**"]),
        [`${deep}/b/ignored.agent.yaml`]: "apiVersion: nope\n",
      }),
    );
    expect(report.agents.map((a) => a.name)).toEqual(["sdk-bot"]);
    expect(report.errors).toEqual([]);
  });
});
