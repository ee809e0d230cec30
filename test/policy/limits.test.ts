// Size limits on policy files: a pack comes from the repository, so a file, a logic tree, a template or a
// number of checks far past anything real is refused at load, with the file, line and column, before
// anything in it is compiled or run.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  MAX_CHECKS_PER_FILE,
  MAX_ENTRIES,
  MAX_LOGIC_DEPTH,
  MAX_LOGIC_NODES,
  MAX_MESSAGE_LENGTH,
  MAX_TEXT_LENGTH,
} from "../../src/policy/checks.js";
import { PolicyError } from "../../src/policy/errors.js";
import { loadPolicy, MAX_CHECKS, MAX_FILES_PER_FOLDER } from "../../src/policy/load.js";
import {
  MAX_POLICY_DEPTH,
  MAX_POLICY_FILE_BYTES,
  MAX_POLICY_NODES,
  parseYamlSource,
} from "../../src/policy/yaml-source.js";
import { HANG_GUARD } from "../helpers/hang-guard.js";

function pack(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "agentpolicy-limits-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function policyError(load: () => unknown): PolicyError {
  try {
    load();
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
  throw new Error("expected a PolicyError");
}

/** One check in YAML (id ACME-<area>-<n>); `fields` are extra lines indented by four. */
function check(n: number, fields = "", area = "NET"): string {
  const id = `ACME-${area}-${String(n).padStart(3, "0")}`;
  return `  - id: ${id}
    title: Check ${n}
    severity: medium
    principle: identity
    description: Why it matters.
    remediation: Do this.
    assert: { present: { var: agent.metadata.owner } }
    message: no owner
${fields}`;
}

const file = (...checks: string[]): string => `checks:\n${checks.join("")}`;

describe("policy file limits", () => {
  it("refuses a file over the size limit before reading it", () => {
    const big = `checks: []\n# ${"x".repeat(MAX_POLICY_FILE_BYTES)}\n`;
    const e = policyError(() => loadPolicy([pack({ "checks/big.yaml": big })]));
    expect(e.file).toMatch(/checks\/big\.yaml$/);
    expect([e.line, e.column]).toEqual([1, 1]);
    expect(e.reason).toMatch(/over the limit of 1048576 bytes/);
    expect(policyError(() => parseYamlSource(big, "from-git.yaml")).reason).toMatch(/over the limit/);
  });

  it("refuses more YAML nodes than a policy needs, at the node past the limit", () => {
    const text = `checks: [${Array(MAX_POLICY_NODES).fill("1").join(", ")}]\n`;
    const e = policyError(() => parseYamlSource(text, "many.yaml"));
    expect(e.reason).toMatch(/more than 50000 YAML nodes/);
    expect(e.line).toBe(1);
    expect(e.column).toBeGreaterThan(MAX_POLICY_NODES);
  });

  it("refuses nesting deeper than the limit, and 20,000 levels without overflowing the stack", () => {
    const deep = `checks: ${"[".repeat(MAX_POLICY_DEPTH + 1)}${"]".repeat(MAX_POLICY_DEPTH + 1)}\n`;
    expect(policyError(() => parseYamlSource(deep, "deep.yaml")).reason).toMatch(/nested deeper than 64/);
    const deeper = `checks: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`;
    expect(policyError(() => parseYamlSource(deeper, "deeper.yaml")).reason).toMatch(/nested/);
  });

  it("finds duplicate keys among many without yaml's quadratic check", HANG_GUARD, () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `k${i}: 1`).join(", ");
    const e = policyError(() => parseYamlSource(`checks: [{${keys}, k7: 2}]\n`, "dup.yaml"));
    expect(e.reason).toBe("invalid YAML: duplicate key 'k7'");
  });

  it("refuses an alias bomb", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const [i, name] of [..."bcdefghi"].entries()) {
      const prev = "abcdefghi"[i];
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    }
    const e = policyError(() => parseYamlSource(`${levels.join("\n")}\n`, "bomb.yaml"));
    expect(e.reason).toMatch(/invalid YAML: .*alias/i);
  });

  it("keeps every error message on one line, whatever the file quotes", () => {
    const e = policyError(() =>
      loadPolicy([pack({ "checks/a.yaml": file(check(1, '    "x\\n::error::injected\\r\\nz": 1\n')) })]),
    );
    expect(e.message).not.toMatch(/[\r\n]/);
    expect(e.message).toMatch(/unknown field 'x ::error::injected z'/);
  });
});

describe("check limits", () => {
  const load = (text: string): PolicyError =>
    policyError(() => loadPolicy([pack({ "checks/a.yaml": text })]));

  it(`refuses more than ${MAX_CHECKS_PER_FILE} checks in one file, at the first one too many`, () => {
    const checks = Array.from({ length: MAX_CHECKS_PER_FILE + 1 }, (_, i) => check(i + 1));
    const e = load(file(...checks));
    expect(e.reason).toMatch(/more than 500 checks in one file/);
    expect(e.line).toBe(2 + MAX_CHECKS_PER_FILE * 8);
  });

  it(`refuses more than ${MAX_CHECKS} checks across the policy`, () => {
    const files: Record<string, string> = {};
    for (let f = 0; f < 3; f++) {
      const checks = Array.from({ length: 400 }, (_, i) => check(i + 1, "", `F${f}`));
      files[`checks/f${f}.yaml`] = file(...checks);
    }
    const e = policyError(() => loadPolicy([pack(files)]));
    expect(e.reason).toMatch(/more than 1000 checks in the policy/);
    expect(e.file).toMatch(/f2\.yaml$/);
  });

  it(`refuses more than ${MAX_FILES_PER_FOLDER} files in one folder`, () => {
    const files: Record<string, string> = {};
    for (let i = 0; i <= MAX_FILES_PER_FOLDER; i++) files[`checks/c${i}.yaml`] = "checks: []\n";
    expect(policyError(() => loadPolicy([pack(files)])).reason).toMatch(/more than 200 policy files/);
  });

  it("refuses a logic tree nested too deeply, at its line", () => {
    let tree = "true";
    for (let i = 0; i <= MAX_LOGIC_DEPTH; i++) tree = `{"!": ${tree}}`;
    const e = load(
      file(check(1).replace("assert: { present: { var: agent.metadata.owner } }", `assert: ${tree}`)),
    );
    expect(e.reason).toMatch(/assert: the expression is nested deeper than 32 levels/);
    expect(e.line).toBe(8);
  });

  it("refuses a logic tree with too many nodes", () => {
    const tree = `{"or": [${Array(MAX_LOGIC_NODES).fill("false").join(", ")}]}`;
    const e = load(
      file(check(1).replace("assert: { present: { var: agent.metadata.owner } }", `assert: ${tree}`)),
    );
    expect(e.reason).toMatch(/more than 2000 nodes/);
  });

  it("refuses a var expression too large, naming the var", () => {
    const tree = `{"cat": [${Array(MAX_LOGIC_NODES).fill('"x"').join(", ")}]}`;
    const e = load(file(check(1, `    vars:\n      big: ${tree}\n`)));
    expect(e.reason).toMatch(/vars\.big: the expression has more than 2000 nodes/);
  });

  it("refuses a message template too long, and texts too long", () => {
    const long = load(
      file(check(1).replace("message: no owner", `message: ${"m".repeat(MAX_MESSAGE_LENGTH + 1)}`)),
    );
    expect(long.reason).toMatch(/message is longer than 1000 characters/);
    expect(long.line).toBe(9);
    const text = load(
      file(
        check(1).replace("description: Why it matters.", `description: ${"d".repeat(MAX_TEXT_LENGTH + 1)}`),
      ),
    );
    expect(text.reason).toMatch(/description is longer than 20000 characters/);
  });

  it(`refuses more than ${MAX_ENTRIES} vars`, () => {
    const vars = Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => `      v${i}: 1\n`).join("");
    expect(load(file(check(1, `    vars:\n${vars}`))).reason).toMatch(/more than 50 vars/);
  });

  it("loads a pack right at the limits", () => {
    let tree = "true";
    for (let i = 0; i < MAX_LOGIC_DEPTH / 2 - 1; i++) tree = `{"!": [${tree}]}`;
    const text = file(
      check(1).replace("assert: { present: { var: agent.metadata.owner } }", `assert: ${tree}`),
      check(2).replace("message: no owner", `message: ${"m".repeat(MAX_MESSAGE_LENGTH)}`),
    );
    expect(() => loadPolicy([pack({ "checks/a.yaml": text })])).not.toThrow();
  });
});
