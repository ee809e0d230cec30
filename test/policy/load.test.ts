import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { PolicyError } from "../../src/policy/errors.js";
import { loadPolicy } from "../../src/policy/load.js";
import { builtinRulesDir } from "../../src/policy/paths.js";

/** Writes a rule folder into a fresh temp dir and returns its path. */
function pack(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "agentpolicy-pack-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function policyError(dirs: string[]): PolicyError {
  try {
    loadPolicy(dirs);
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
  throw new Error("expected a PolicyError");
}

const GOOD_CHECK = `checks:
  - id: ACME-NET-001
    title: Something
    severity: medium
    principle: identity
    description: Why it matters.
    remediation: Do this.
    assert: { present: { var: agent.metadata.owner } }
    message: no owner for {{agent.metadata.name}}
`;

/** A check file whose single check has `extra` lines appended (each already indented by 4). */
function checkWith(extra: string, without: string[] = []): string {
  const lines = GOOD_CHECK.trimEnd()
    .split("\n")
    .filter((l) => !without.some((w) => l.trimStart().startsWith(`${w}:`)));
  return [...lines, ...extra.split("\n").filter(Boolean)].join("\n") + "\n";
}

describe("the built-in policy", () => {
  const policy = loadPolicy();

  it("loads once and is cached", () => {
    expect(loadPolicy()).toBe(policy);
    expect(Object.isFrozen(policy.checks[0])).toBe(true);
  });

  it("has the starter checks, each complete", () => {
    const rules = policy.checks.filter((c) => !c.builtin);
    expect(rules.length).toBeGreaterThanOrEqual(12);
    const areas = new Set(rules.map((c) => c.id.split("-")[1]));
    for (const area of ["ID", "PERM", "CRED", "GATE", "AUDIT", "MON", "OVS"]) expect(areas).toContain(area);
    for (const c of policy.checks) {
      expect(c.id).toMatch(/^AP-[A-Z][A-Z0-9]*-\d{3}$/);
      expect(c.description.length, c.id).toBeGreaterThan(80);
      // native checks show the fix in the host's own format (JSON, TOML) or the command that makes it
      expect(c.remediation, c.id).toMatch(/```(?:yaml|json|toml|sh)\n[\s\S]+\n```/);
      if (!c.builtin) expect(c.principle, c.id).toBeDefined();
    }
    expect(policy.checks.filter((c) => c.builtin).map((c) => c.id)).toEqual([
      "AP-POLICY-001",
      "AP-POLICY-002",
      "AP-POLICY-003",
      "AP-SCHEMA-001",
      "AP-SCHEMA-002",
      "AP-SCHEMA-003",
      "AP-SCHEMA-004",
      "AP-SHADOW-001",
      "AP-SHADOW-002",
    ]);
  });

  it("keeps inline secrets and prohibited practices unwaivable, and only those", () => {
    // The config's own checks (AP-POLICY-*) are not waivable either, or a config could hide its own problems.
    const unwaivable = policy.checks.filter((c) => !c.waivable && !c.id.startsWith("AP-POLICY-"));
    expect(unwaivable.map((c) => c.id)).toEqual(["AP-CRED-001", "AP-RISK-002"]);
  });

  it("records where each check is defined", () => {
    const c = policy.checks.find((x) => x.id === "AP-ID-001")!;
    expect(c.source?.file).toMatch(/rules\/checks\/identity\.yaml$/);
    expect(c.source?.line).toBeGreaterThan(1);
  });

  it("declares every shared parameter identically", () => {
    const seen = new Map<string, string>();
    for (const c of policy.checks) {
      for (const [name, p] of Object.entries(c.params)) {
        const key = JSON.stringify([p.type, p.default]);
        expect(seen.get(name) ?? key, `${c.id} ${name}`).toBe(key);
        seen.set(name, key);
      }
    }
  });
});

describe("rule file errors name file, line and column", () => {
  it("reports broken YAML", () => {
    const dir = pack({
      "checks/a.yaml": "checks:\n  - id: ACME-NET-001\n    title: [unclosed\n    severity: high\n",
    });
    const e = policyError([dir]);
    expect(e.file).toMatch(/checks\/a\.yaml$/);
    expect(e.line).toBeGreaterThanOrEqual(3);
    expect(e.message).toMatch(/^.+checks\/a\.yaml:\d+:\d+: invalid YAML/);
  });

  it("reports duplicate keys", () => {
    const e = policyError([pack({ "checks/a.yaml": checkWith("    title: Again") })]);
    expect(e.reason).toMatch(/invalid YAML/);
    expect(e.line).toBe(10);
  });

  it("reports an unknown field at its key", () => {
    const e = policyError([pack({ "checks/a.yaml": checkWith("    severty: high") })]);
    expect([e.line, e.column]).toEqual([10, 5]);
    expect(e.reason).toBe("checks[0]: unknown field 'severty'");
  });

  it("reports a missing required field at the check", () => {
    const e = policyError([pack({ "checks/a.yaml": checkWith("", ["remediation"]) })]);
    expect([e.line, e.column]).toEqual([2, 5]);
    expect(e.reason).toBe("checks[0]: missing required field 'remediation'");
  });

  it("reports the unconditional shape before builtin-dependent requirements", () => {
    const e = policyError([pack({ "checks/a.yaml": "checks:\n  - id: acme\n" })]);
    expect(e.reason).toBe("checks[0]: missing required field 'title'");
    const id = policyError([pack({ "checks/a.yaml": GOOD_CHECK.replace("ACME-NET-001", "acme") })]);
    expect(id.reason).toMatch(/checks\[0\]\.id: 'acme' must match/);
    expect([id.line, id.column]).toEqual([2, 9]);
  });

  it("reports an empty file", () => {
    expect(policyError([pack({ "checks/a.yaml": "" })]).reason).toBe("the file is empty");
  });

  it("requires assert, message and principle for a rule-based check", () => {
    const e = policyError([pack({ "checks/a.yaml": checkWith("", ["assert"]) })]);
    expect(e.reason).toBe("checks[0]: missing required field 'assert'");
  });

  it("reports a bad enum value at the value", () => {
    const e = policyError([
      pack({ "checks/a.yaml": GOOD_CHECK.replace("severity: medium", "severity: urgent") }),
    ]);
    expect([e.line, e.column]).toEqual([4, 15]);
    expect(e.reason).toMatch(/checks\[0\]\.severity: must be one of critical, high, medium, low, info/);
  });

  it("reports an unknown operation deep inside the logic", () => {
    const text = checkWith("", ["assert"]).replace(
      "    message:",
      '    assert:\n      and:\n        - { present: { var: agent.x } }\n        - { eval: ["x"] }\n    message:',
    );
    const e = policyError([pack({ "checks/a.yaml": text })]);
    expect(e.line).toBe(11);
    expect(e.reason).toMatch(/check ACME-NET-001: assert: unknown operation 'eval'/);
  });

  it("refuses log", () => {
    const e = policyError([pack({ "checks/a.yaml": checkWith("    when: { log: hello }") })]);
    expect(e.reason).toMatch(/when: unknown operation 'log'/);
    expect(e.line).toBe(10);
  });

  it.each([
    ["string", "{ var: agent.__proto__.x }"],
    ["array form", "{ var: [agent.constructor, 1] }"],
    ["nested", "{ and: [true, { '!': { var: agent.metadata.prototype } }] }"],
  ])("refuses a prototype path (%s)", (_name, logic) => {
    const e = policyError([pack({ "checks/a.yaml": checkWith(`    when: ${logic}`) })]);
    expect(e.reason).toMatch(/'(__proto__|constructor|prototype)' is not allowed/);
    expect(e.line).toBe(10);
  });

  it("refuses prototype paths in each, at and templates", () => {
    const each = policyError([pack({ "checks/a.yaml": checkWith("    each: agent.__proto__") })]);
    expect(each.reason).toMatch(/each: '__proto__' is not allowed/);
    const at = policyError([pack({ "checks/a.yaml": checkWith("    at: /constructor/x") })]);
    expect(at.reason).toMatch(/at: 'constructor' is not allowed/);
    const msg = policyError([
      pack({ "checks/a.yaml": GOOD_CHECK.replace("{{agent.metadata.name}}", "{{agent.prototype}}") }),
    ]);
    expect(msg.reason).toMatch(/message: 'prototype' is not allowed/);
    expect(msg.line).toBe(9);
  });

  it("refuses unknown template filters and undeclared params", () => {
    const filter = policyError([
      pack({ "checks/a.yaml": GOOD_CHECK.replace("{{agent.metadata.name}}", "{{agent.x|upper}}") }),
    ]);
    expect(filter.reason).toMatch(/unknown filter 'upper'/);
    const param = policyError([
      pack({ "checks/a.yaml": checkWith("    when: { '>': [{ var: params.max }, 1] }") }),
    ]);
    expect(param.reason).toMatch(/parameter 'max' is not declared/);
  });

  it("refuses a parameter default of the wrong type", () => {
    const text = checkWith("    params:\n      max_ttl: { type: duration, default: soon, description: d }");
    const e = policyError([pack({ "checks/a.yaml": text })]);
    expect(e.reason).toMatch(/default of parameter 'max_ttl' is not a duration/);
    expect(e.line).toBe(11);
  });

  it("refuses one parameter name with two meanings", () => {
    const p = (d: string) => `    params:\n      max_ttl: { type: duration, default: ${d}, description: d }`;
    const dir = pack({
      "checks/a.yaml": checkWith(p("1h")),
      "checks/b.yaml": checkWith(p("2h")).replace("ACME-NET-001", "ACME-NET-002"),
    });
    expect(policyError([dir]).reason).toMatch(/parameter 'max_ttl' is declared by ACME-NET-001 with another/);
    const same = pack({
      "checks/a.yaml": checkWith(p("1h")),
      "checks/b.yaml": checkWith(p("PT1H")).replace("ACME-NET-001", "ACME-NET-002"),
    });
    expect(loadPolicy([same]).checks).toHaveLength(2);
  });

  it("refuses duplicate ids across files, pointing at the second", () => {
    const e = policyError([pack({ "checks/a.yaml": GOOD_CHECK, "checks/b.yaml": GOOD_CHECK })]);
    expect(e.file).toMatch(/b\.yaml$/);
    expect(e.line).toBe(2);
    expect(e.reason).toMatch(/duplicate check id ACME-NET-001 \(first defined at .*a\.yaml:2:5\)/);
  });

  it("refuses a pack that redefines a built-in check", () => {
    const e = policyError([
      builtinRulesDir(),
      pack({ "checks/a.yaml": GOOD_CHECK.replace("ACME-NET-001", "AP-ID-001") }),
    ]);
    expect(e.reason).toMatch(/duplicate check id AP-ID-001/);
  });

  it("refuses unknown areas in AP- ids", () => {
    const e = policyError([pack({ "checks/a.yaml": GOOD_CHECK.replace("ACME-NET-001", "AP-NET-001") })]);
    expect(e.reason).toMatch(/unknown area 'NET'/);
  });

  it("refuses logic on a builtin check", () => {
    const text = checkWith("    builtin: true");
    expect(policyError([pack({ "checks/a.yaml": text })]).reason).toMatch(
      /a builtin check has no 'when'|no 'assert'/,
    );
  });

  it("refuses several documents in one file", () => {
    const e = policyError([pack({ "checks/a.yaml": `${GOOD_CHECK}---\nchecks: []\n` })]);
    expect(e.reason).toMatch(/expected one YAML document, found 2/);
    expect(e.line).toBe(11);
  });

  it("refuses a folder that is not a rule folder", () => {
    const dir = pack({ "README.md": "nothing here" });
    expect(policyError([dir]).reason).toMatch(/not a rule folder/);
    expect(policyError([join(dir, "missing")]).reason).toMatch(/not a rule folder/);
  });

  it("loads a good pack on its own and next to the built-in rules", () => {
    const dir = pack({ "checks/a.yaml": GOOD_CHECK });
    expect(loadPolicy([dir]).checks.map((c) => c.id)).toEqual(["ACME-NET-001"]);
    const both = loadPolicy([builtinRulesDir(), dir]);
    expect(both.checks.map((c) => c.id)).toContain("ACME-NET-001");
    expect(both.frameworks.map((f) => f.id)).toEqual([
      "eu-ai-act",
      "iso-27001",
      "iso-42001",
      "nist-ai-rmf",
      "owasp-agentic",
      "soc2",
    ]);
  });
});

describe("framework file errors", () => {
  const framework = (controls: string) => `id: acme
title: ACME controls
version: "1"
url: https://example.com/acme
controls:
${controls}`;

  it("refuses a control that names an unknown check", () => {
    const dir = pack({
      "checks/a.yaml": GOOD_CHECK,
      "frameworks/acme.yaml": framework(
        "  - id: A-1\n    title: T\n    summary: S\n    url: https://example.com/a1\n    checks: [ACME-NET-001, ACME-NET-999]\n",
      ),
    });
    const e = policyError([dir]);
    expect(e.file).toMatch(/frameworks\/acme\.yaml$/);
    expect([e.line, e.column]).toEqual([10, 28]);
    expect(e.reason).toBe("control 'A-1': unknown check 'ACME-NET-999'");
  });

  it("refuses a control with neither checks nor manual", () => {
    const dir = pack({
      "checks/a.yaml": GOOD_CHECK,
      "frameworks/acme.yaml": framework(
        "  - id: A-1\n    title: T\n    summary: S\n    url: https://example.com/a1\n",
      ),
    });
    expect(policyError([dir]).reason).toMatch(/lists no checks; list them, or set manual: true/);
  });

  it("refuses duplicate control ids and a bad applicability date", () => {
    const control =
      "  - id: A-1\n    title: T\n    summary: S\n    url: https://example.com/a1\n    manual: true\n";
    const dup = pack({ "checks/a.yaml": GOOD_CHECK, "frameworks/acme.yaml": framework(control + control) });
    expect(policyError([dup]).reason).toBe("duplicate control 'A-1'");
    const date = pack({
      "checks/a.yaml": GOOD_CHECK,
      "frameworks/acme.yaml": framework(control + "    applicability: { applies_from: next year }\n"),
    });
    expect(policyError([date]).reason).toMatch(
      /controls\[0\]\.applicability\.applies_from: must match format "date"/,
    );
  });

  it("normalises a single role to a list", () => {
    const dir = pack({
      "checks/a.yaml": GOOD_CHECK,
      "frameworks/acme.yaml": framework(
        "  - id: A-1\n    title: T\n    summary: S\n    url: https://example.com/a1\n    manual: true\n    applicability: { role: deployer, verified: false }\n",
      ),
    });
    expect(loadPolicy([dir]).frameworks[0]!.controls[0]!.applicability).toEqual({
      role: ["deployer"],
      verified: false,
    });
  });
});
