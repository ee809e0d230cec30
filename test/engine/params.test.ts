import { describe, expect, it } from "vitest";
import { checkParams, normaliseParam, paramsFor, resolveParams } from "../../src/engine/params.js";
import { check } from "./agents.js";

const ttl = check({
  id: "T-P-001",
  params: { max_token_ttl: { type: "duration", default: "1h", description: "d" } },
  assert: true,
});
const lists = check({
  id: "T-P-002",
  params: {
    kinds: { type: "string[]", default: ["a"], description: "d" },
    strict: { type: "boolean", default: false, description: "d" },
    limit: { type: "number", default: 3, description: "d" },
    label: { type: "string", default: "x", description: "d" },
  },
  assert: true,
});

describe("normaliseParam", () => {
  it.each([
    ["duration", "15m", 900],
    ["duration", "P1D", 86400],
    ["duration", 60, 60],
    ["number", 2.5, 2.5],
    ["string", "s", "s"],
    ["string[]", ["a", "b"], ["a", "b"]],
    ["boolean", true, true],
  ] as const)("%s %j → %j", (type, value, expected) => {
    expect(normaliseParam(type, value)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["duration", "soon"],
    ["duration", -1],
    ["number", "3"],
    ["number", Number.NaN],
    ["string", 3],
    ["string[]", "a"],
    ["string[]", ["a", 1]],
    ["boolean", "true"],
  ] as const)("%s refuses %j", (type, value) => {
    expect(normaliseParam(type, value).ok).toBe(false);
  });
});

describe("resolveParams", () => {
  it("merges defaults and overrides, and gives each check only its own", () => {
    const resolved = resolveParams([ttl, lists], { max_token_ttl: "30m", limit: 5 });
    expect(Object.fromEntries(resolved)).toEqual({
      max_token_ttl: 1800,
      kinds: ["a"],
      strict: false,
      limit: 5,
      label: "x",
    });
    expect({ ...paramsFor(ttl, resolved) }).toEqual({ max_token_ttl: 1800 });
  });
});

describe("checkParams", () => {
  it("reports unknown names and bad values", () => {
    expect(checkParams([ttl, lists], { max_token_ttl: "1d", kinds: "a", nope: 1 })).toEqual([
      { param: "kinds", message: "parameter 'kinds' is not a list of strings" },
      { param: "nope", message: "unknown parameter 'nope' (no loaded check declares it)" },
    ]);
  });
});
