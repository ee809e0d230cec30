// Rule packs from the repository are untrusted: operations outside the allowlist, `var` paths into
// prototypes, regular expressions and oversized content are refused when the pack loads, with the file
// and line, and never run; a check that fails on some manifest at run time becomes a report error while
// every other check still runs; and the CLI says all of it in one line, without a stack trace.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAgents } from "../../src/check.js";
import { loadTexts } from "../../src/sources/texts.js";
import { ALLOWED_OPERATIONS } from "../../src/engine/logic.js";
import { TEMPLATE_FILTERS } from "../../src/engine/template.js";
import { PolicyError } from "../../src/policy/errors.js";
import { loadPolicy } from "../../src/policy/load.js";
import { builtinRulesDir } from "../../src/policy/paths.js";
import type { Policy } from "../../src/policy/types.js";
import { NEIGHBOUR } from "./corpus.js";
import { commandLines, runCapped, STACK_TRACE } from "./harness.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "agentpolicy-evil-pack-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A check file with one check whose assert (and optionally message) is given. */
function checkFile(assert: string, message = "agent {{agent.metadata.name}} failed", extra = ""): string {
  return `checks:
  - id: EVIL-RCE-001
    title: Evil check
    severity: high
    principle: identity
    description: A hostile check.
    remediation: None.
    assert: ${assert}
    message: ${JSON.stringify(message)}
${extra}`;
}

function refusal(files: Record<string, string>): PolicyError {
  try {
    loadPolicy([builtinRulesDir(), folder(files)]);
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
  throw new Error("expected the pack to be refused");
}

describe("a hostile rule pack is refused at load, with file and line", () => {
  it.each([
    [
      "an operation outside the allowlist",
      '{ method: [{ var: "agent" }, "constructor"] }',
      /unknown operation 'method'/,
    ],
    ["console logging", '{ log: "x" }', /unknown operation 'log'.*side effects/],
    [
      "a dotted operation json-logic would resolve",
      '{ "var.constructor": ["x"] }',
      /unknown operation 'var.constructor'/,
    ],
    ["a var path into __proto__", '{ var: "agent.__proto__.polluted" }', /'__proto__' is not allowed/],
    ["a var path to a constructor", '{ var: "agent.constructor.prototype" }', /'constructor' is not allowed/],
    [
      "a prototype path inside a map body",
      '{ map: [{ var: "agent.permissions" }, { var: "prototype" }] }',
      /'prototype' is not allowed/,
    ],
    ["a missing check on a prototype path", '{ missing: ["agent.__proto__"] }', /'__proto__' is not allowed/],
    [
      "a regular expression operation",
      '{ regex: [{ var: "agent.metadata.name" }, "(a+)+$"] }',
      /unknown operation 'regex'/,
    ],
    ["an unknown context root", '{ var: "process.env.GITHUB_TOKEN" }', /unknown context root 'process'/],
  ])("%s", (_what, assert, reason) => {
    const e = refusal({ "checks/evil.yaml": checkFile(assert) });
    expect(e.reason).toMatch(reason);
    expect(e.file).toMatch(/checks\/evil\.yaml$/);
    expect(e.line).toBe(8);
    expect(e.message).not.toMatch(/[\r\n]/);
  });

  it.each([
    ["a prototype path", "{{agent.__proto__.x}}", /'__proto__' is not allowed in a template path/],
    ["an unknown filter", "{{agent.metadata.name|eval}}", /unknown filter 'eval'/],
    ["an unknown root", "{{process.env.GITHUB_TOKEN}}", /unknown root 'process'/],
  ])("a message template with %s", (_what, message, reason) => {
    const e = refusal({ "checks/evil.yaml": checkFile("true", message) });
    expect(e.reason).toMatch(reason);
    expect(e.line).toBe(9);
  });

  it("an each or at path into a prototype", () => {
    expect(
      refusal({ "checks/evil.yaml": checkFile("true", "m", "    each: agent.__proto__\n") }).reason,
    ).toMatch(/'__proto__' is not allowed|must match/);
    expect(
      refusal({ "checks/evil.yaml": checkFile("true", "m", "    at: /constructor/prototype\n") }).reason,
    ).toMatch(/'constructor' is not allowed/);
  });

  it("a pack that redefines a built-in check", () => {
    const builtin = loadPolicy().checks[0]!.id;
    const text = checkFile("true").replace("EVIL-RCE-001", builtin);
    expect(refusal({ "checks/evil.yaml": text }).reason).toMatch(/duplicate check id/);
  });
});

describe("the engine offers no way to run a regular expression from a pack", () => {
  it("has no operation that takes a pattern or reaches a method", () => {
    for (const op of ALLOWED_OPERATIONS)
      expect(op).not.toMatch(/regex|regexp|match|test|replace|search|split|method|eval|exec/i);
    expect(TEMPLATE_FILTERS).toEqual(["duration", "date", "join"]);
  });
});

describe("a pack check that fails at run time", () => {
  const agents = loadTexts([{ file: NEIGHBOUR.file, text: NEIGHBOUR.text }]);
  const policyWith = (assert: string): Policy =>
    loadPolicy([builtinRulesDir(), folder({ "checks/evil.yaml": checkFile(assert) })]);

  it("becomes a report error for that agent, and every other check still runs", () => {
    // a computed path is only known at run time; it is refused then, never read
    const policy = policyWith('{ "==": [{ var: { cat: ["agent.__pro", "to__.polluted"] } }, 1] }');
    const { report } = checkAgents(agents, {
      failOn: "high",
      now: Date.parse("2026-01-01"),
      policy: { origin: "a test", policy, packFiles: new Map() },
    });
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: NEIGHBOUR.file,
        message: expect.stringMatching(/EVIL-RCE-001 could not be evaluated: .*'__proto__' is not allowed/),
      }),
    ]);
    expect(report.findings.map((f) => f.ruleId)).toEqual([NEIGHBOUR.finding.ruleId]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("the CLI with a hostile pack", () => {
  it("exits 2 with one line naming file, line and column, and no stack trace", async () => {
    const root = folder({
      [NEIGHBOUR.file]: NEIGHBOUR.text,
      ".agentpolicy.yml": "packs: [./policy/evil]\n",
      "policy/evil/checks/evil.yaml": checkFile('{ "x\\n::error::injected-op": [1] }'),
    });
    const run = await runCapped(["check"], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(commandLines(run.stderr)).toEqual([]);
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(
        /^agentpolicy: policy\/evil\/checks\/evil\.yaml:8:\d+: check EVIL-RCE-001: .*unknown operation 'x ::error::injected-op'/,
      ),
    ]);
  });
});
