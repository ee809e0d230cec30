import jsonLogic from "json-logic-js";
import { describe, expect, it } from "vitest";
import {
  ALLOWED_OPERATIONS,
  compileLogic,
  LogicError,
  truthy,
  validateLogic,
} from "../../src/engine/logic.js";
import { ForbiddenPathError } from "../../src/engine/paths.js";

function logicError(tree: unknown, scope = {}): LogicError {
  try {
    validateLogic(tree, scope);
  } catch (e) {
    if (e instanceof LogicError) return e;
    throw e;
  }
  throw new Error("expected a LogicError");
}

describe("operation allowlist", () => {
  it("has no log operation, neither in the allowlist nor in json-logic", () => {
    expect(ALLOWED_OPERATIONS.has("log")).toBe(false);
    expect(() => jsonLogic.apply({ log: "x" }, {})).toThrow(/Unrecognized operation log/);
    expect(logicError({ log: "hello" }).message).toMatch(/unknown operation 'log'.*side effects/);
  });

  it("refuses an unknown operation, reporting where it is", () => {
    const e = logicError({ and: [{ "==": [1, 1] }, { method: ["x", "toString"] }] });
    expect(e.message).toMatch(/unknown operation 'method'/);
    expect(e.path).toEqual(["and", 1, "method"]);
  });

  it("refuses dotted operation names that json-logic would resolve through its operation table", () => {
    expect(logicError({ "var.call": ["x"] }).message).toMatch(/unknown operation 'var.call'/);
  });

  it("refuses objects that are not a single operation", () => {
    expect(logicError({ "==": [{ a: 1, b: 2 }, 1] }).message).toMatch(/exactly one key; this one has 2/);
    expect(logicError({}).message).toMatch(/exactly one key; this one has 0/);
  });

  it("accepts every allowed built-in and custom operation", () => {
    for (const op of ALLOWED_OPERATIONS) expect(() => validateLogic({ [op]: [] })).not.toThrow();
  });
});

describe("var paths", () => {
  const forbidden: [string, unknown][] = [
    ["string", { var: "agent.__proto__.polluted" }],
    ["constructor", { var: "agent.constructor" }],
    ["prototype", { var: "agent.constructor.prototype" }],
    ["array form", { var: ["item.__proto__", null] }],
    ["nested in an operation", { and: [true, { "!": { var: "agent.metadata.constructor" } }] }],
    ["inside a map body", { map: [{ var: "agent.permissions" }, { var: "__proto__" }] }],
    ["inside the default value", { var: ["agent.x", { var: "prototype" }] }],
    ["missing", { missing: ["agent.__proto__"] }],
    ["missing with a list", { missing: [["agent.a", "agent.constructor"]] }],
    ["missing_some", { missing_some: [1, ["agent.a", "agent.prototype"]] }],
  ];

  it.each(forbidden)("refuses a prototype path: %s", (_name, tree) => {
    expect(logicError(tree).message).toMatch(/'(__proto__|constructor|prototype)' is not allowed/);
  });

  it("guards computed paths at run time", () => {
    const f = compileLogic({ var: { cat: ["agent.", "__pro", "to__"] } });
    expect(() => f({ agent: {} })).toThrow(ForbiddenPathError);
  });

  it("reads own properties only", () => {
    const f = compileLogic({ var: "agent.toString" });
    expect(f({ agent: {} })).toBeNull();
    expect(compileLogic({ var: ["agent.hasOwnProperty", "none"] })({ agent: {} })).toBe("none");
  });

  it("keeps json-logic's var semantics otherwise", () => {
    const data = { agent: { permissions: [{ resource: "a" }, { resource: "b" }], zero: 0, nothing: null } };
    expect(compileLogic({ var: "agent.permissions.1.resource" })(data)).toBe("b");
    expect(compileLogic({ var: "agent.permissions.length" })(data)).toBe(2);
    expect(compileLogic({ var: ["agent.missing", "fallback"] })(data)).toBe("fallback");
    expect(compileLogic({ var: "agent.zero" })(data)).toBe(0);
    expect(compileLogic({ var: "agent.nothing" })(data)).toBeNull();
    expect(compileLogic({ map: [{ var: "agent.permissions" }, { var: "resource" }] })(data)).toEqual([
      "a",
      "b",
    ]);
    expect(compileLogic({ map: [["x", "y"], { var: "" }] })({})).toEqual(["x", "y"]);
    expect(compileLogic({ missing: ["agent.zero", "agent.nope"] })(data)).toEqual(["agent.nope"]);
  });

  it("checks top-level roots and declared params, but not paths inside list bodies", () => {
    const scope = { roots: new Set(["agent", "params"]), params: new Set(["max_token_ttl"]) };
    expect(logicError({ var: "agnet.name" }, scope).message).toMatch(/unknown context root 'agnet'/);
    expect(logicError({ var: "params.max_ttl" }, scope).message).toMatch(
      /parameter 'max_ttl' is not declared/,
    );
    expect(() => validateLogic({ var: "params.max_token_ttl" }, scope)).not.toThrow();
    expect(() => validateLogic({ some: [{ var: "agent.approvals" }, { var: "name" }] }, scope)).not.toThrow();
    expect(logicError({ some: [{ var: "approvals" }, true] }, scope).message).toMatch(/unknown context root/);
  });

  it("refuses a var path that is neither string, number nor operation", () => {
    expect(logicError({ var: true }).message).toMatch(/var path must be/);
  });
});

describe("truthy", () => {
  it("follows json-logic: the empty list is false", () => {
    expect(truthy([])).toBe(false);
    expect(truthy([0])).toBe(true);
    expect(truthy("")).toBe(false);
    expect(truthy(0)).toBe(false);
    expect(truthy({})).toBe(true);
  });
});
