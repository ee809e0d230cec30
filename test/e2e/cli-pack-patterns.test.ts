// Patterns a pack or a config brings (discovery `contains:` expressions, name and module globs, path
// globs) run over repository content; none may let a crafted file or name hang the run.
import { describe, expect, it } from "vitest";
import { runCli, tempTree } from "../helpers/cli.js";
import { HANG_GUARD } from "../helpers/hang-guard.js";

const CONFIG = { ".agentpolicy.yml": "packs: [./acme]\n" };
const run = (root: string, ...args: string[]) =>
  runCli(["check", "--format", "json", "--fail-on", "never", ...args], { cwd: root, ...HANG_GUARD });

interface Report {
  findings: { ruleId: string; file: string; line: number }[];
}

describe("patterns from packs and configs (spawned)", () => {
  it("runs a `contains` expression that backtracks exponentially in one pass", HANG_GUARD, () => {
    const root = tempTree({
      ...CONFIG,
      "acme/discovery/configs.yaml": `configs:
  - id: acme-bot
    path: "**/bot.conf"
    framework: ACME bot
    kind: agent-framework
    contains: ['^bot:', '(a+)+$']
    source: https://intranet.example.com/bot
`,
      "svc/bot.conf": `bot: x\n${"a".repeat(40)}!\n${"a".repeat(30)}\n`,
    });
    const r = run(root);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.findings.filter((f) => f.ruleId.startsWith("AP-SHADOW-"))).toMatchObject([
      { file: "svc/bot.conf", line: 1 },
    ]);
  });

  it("matches pack name and module globs over hostile names in linear time", HANG_GUARD, () => {
    const long = "a".repeat(3000);
    const root = tempTree({
      ...CONFIG,
      "acme/discovery/npm.yaml": `ecosystem: npm
packages:
  - name: "a*a*a*a*a*a*b"
    kind: agent-framework
    imports: ["x*x*x*x*x*x*y"]
    source: https://intranet.example.com/sdk
  - name: "acme-*"
    kind: llm-sdk
    source: https://intranet.example.com/sdk
`,
      "svc/package.json": JSON.stringify({ dependencies: { [long]: "1", "acme-llm": "1" } }, null, 2),
      "svc/index.js": `import x from "${"x".repeat(3000)}";\nimport y from "acme-llm/chat";\n`,
    });
    const r = run(root);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.findings.filter((f) => f.ruleId.startsWith("AP-SHADOW-"))).toMatchObject([
      { file: "svc/package.json", line: 4 },
    ]);
  });

  it.each([
    [
      "a backreference in `contains`",
      {
        "acme/discovery/configs.yaml":
          "configs:\n  - {id: x, path: x.conf, framework: X, kind: llm-sdk, source: s,\n     contains: '(a)\\1'}\n",
      },
      "acme/discovery/configs.yaml:3:16: backreferences are not supported (at character 4 of the pattern)",
    ],
    [
      "a pack path glob with many wildcards",
      {
        "acme/discovery/configs.yaml":
          "configs:\n  - id: x\n    path: '**/*a*a*a*b.yaml'\n    framework: X\n    kind: llm-sdk\n    source: s\n",
      },
      "acme/discovery/configs.yaml:3:11: path '**/*a*a*a*b.yaml' has 4 wildcards in one path segment, over the limit of 2",
    ],
    [
      "a config exclude with three '**'",
      { ".agentpolicy.yml": "exclude: ['**/a/**/a/**/b']\n" },
      ".agentpolicy.yml:1:11: exclude pattern '**/a/**/a/**/b' has 3 '**', over the limit of 2",
    ],
  ])("refuses %s at its line", (_, files, message) => {
    const root = tempTree({ ...CONFIG, ...files });
    const r = run(root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`agentpolicy: ${message}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
