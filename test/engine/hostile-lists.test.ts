// Long lists from a manifest (or built by a rule) stay cheap: a check lists at most
// MAX_FINDINGS_PER_CHECK findings per agent and counts the rest in one more, and a message joins only
// as much of a list as it can show, redacting each item whole.
import { describe, expect, it } from "vitest";
import { evaluate, MAX_FINDINGS_PER_CHECK } from "../../src/engine/evaluate.js";
import { compileTemplate } from "../../src/engine/template.js";
import { agent, check } from "./agents.js";
import { HANG_GUARD } from "../helpers/hang-guard.js";

const j = (...parts: string[]): string => parts.join("");
const TOKEN = j("gh", "p_", "Q7wE9rT2yU4iO6pA8sD0fG1hJ3kL5zX7cV9b");

describe("findings per check and agent", () => {
  const perItem = check({
    id: "ACME-NET-001",
    each: "agent.permissions",
    assert: { "==": [{ var: "item" }, "fine"] },
    message: "item {{index}} is not fine",
  });

  it(`lists the first ${MAX_FINDINGS_PER_CHECK}, then one finding at the list that counts the rest`, () => {
    const many = agent({ metadata: { name: "many" }, permissions: Array(5_000).fill("bad") });
    const { findings } = evaluate([many], [perItem], { now: 0 });
    expect(findings).toHaveLength(MAX_FINDINGS_PER_CHECK + 1);
    expect(findings[MAX_FINDINGS_PER_CHECK - 1]).toMatchObject({
      pointer: "/permissions/99",
      message: "item 99 is not fine",
    });
    expect(findings[MAX_FINDINGS_PER_CHECK]).toMatchObject({
      ruleId: "ACME-NET-001",
      severity: "medium",
      pointer: "/permissions",
      message: "4900 more findings of this check for this agent are not listed (only the first 100 are)",
    });
  });

  it("counts each agent on its own, and leaves a short list alone", () => {
    const few = agent({ metadata: { name: "few" }, permissions: Array(MAX_FINDINGS_PER_CHECK).fill("bad") });
    const more = agent({
      metadata: { name: "more" },
      permissions: Array(MAX_FINDINGS_PER_CHECK + 1).fill("bad"),
    });
    const { findings } = evaluate([few, more], [perItem], { now: 0 });
    expect(findings.filter((f) => f.agentIndex === 0)).toHaveLength(MAX_FINDINGS_PER_CHECK);
    expect(findings.filter((f) => f.agentIndex === 1).at(-1)?.message).toMatch(
      /^1 more finding of this check/,
    );
  });

  it("caps document findings (schema, unknown fields) the same way", () => {
    const schemaCheck = check({ id: "AP-SCHEMA-001", builtin: true, message: undefined });
    const findings = Array.from({ length: 300 }, (_, i) => ({
      ruleId: "AP-SCHEMA-001",
      pointer: `/tools/${i}`,
      message: `/tools/${i} must be a mapping`,
    }));
    const a = agent({ metadata: { name: "junk" } }, { findings });
    const result = evaluate([a], [schemaCheck], { now: 0 });
    expect(result.findings).toHaveLength(MAX_FINDINGS_PER_CHECK + 1);
    expect(result.findings.at(-1)).toMatchObject({
      pointer: "",
      message: expect.stringMatching(/^200 more findings/),
    });
  });
});

describe("message values from long lists", () => {
  const render = compileTemplate("values: {{vars.list|join}}", {
    roots: new Set(["vars"]),
    vars: new Set(["list"]),
  });

  it("join only what a message can show, however long the list", HANG_GUARD, () => {
    const list = Array(100_000).fill("x".repeat(1_000));
    const message = render({ vars: { list } });
    expect(message.length).toBeLessThanOrEqual("values: ".length + 200);
    expect(message.endsWith("…")).toBe(true);
  });

  it("redact a secret among the items before cutting", () => {
    const redact = (s: string): string => s.split(TOKEN).join("[REDACTED]");
    expect(render({ vars: { list: ["a", TOKEN, "b"] } }, redact)).toBe("values: a, [REDACTED], b");
  });
});
