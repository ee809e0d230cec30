import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileLogic } from "../../src/engine/logic.js";
import { HANG_GUARD } from "../helpers/hang-guard.js";

/** Runs one operation through json-logic, as a rule would. */
function run(logic: unknown, data: unknown = {}): unknown {
  return compileLogic(logic)(data);
}

describe("custom operations", () => {
  const cases: [string, unknown, unknown, unknown?][] = [
    // [name, logic, expected, data]
    ["duration of a literal", { duration: "1h" }, 3600],
    ["duration of ISO", { duration: "P1D" }, 86400],
    ["duration of seconds", { duration: 90 }, 90],
    ["duration of garbage", { duration: "soon" }, null],
    ["duration of nothing", { duration: null }, null],

    ["glob trailing star", { glob: ["postgres://finance/invoices", "postgres://finance/*"] }, true],
    ["glob crosses slashes", { glob: ["s3://bucket/a/b/c", "s3://bucket/*"] }, true],
    ["glob other prefix", { glob: ["postgres://hr/people", "postgres://finance/*"] }, false],
    ["glob question mark", { glob: ["v1", "v?"] }, true],
    ["glob any of patterns", { glob: ["b", ["a", "b*"]] }, true],
    ["glob list value", { glob: [["x", "finance-db"], "finance-*"] }, true],
    ["glob non-string value", { glob: [42, "*"] }, false],
    ["glob null pattern", { glob: ["a", null] }, false],
    ["glob regex chars are literal", { glob: ["a.b", "a?b"] }, true],
    ["glob dot is not any char", { glob: ["axb", "a.b"] }, false],

    ["wildcard full", { wildcard: "*" }, "full"],
    ["wildcard scheme only", { wildcard: "s3://*" }, "full"],
    ["wildcard prefix", { wildcard: "postgres://finance/*" }, "prefix"],
    ["wildcard none", { wildcard: "postgres://finance/invoices" }, null],
    ["wildcard list picks broadest", { wildcard: [["a/*", "*"]] }, "full"],
    ["wildcard number", { wildcard: 5 }, null],

    ["intersects yes", { intersects: [["read", "*"], ["*"]] }, true],
    ["intersects no", { intersects: [["read"], ["write"]] }, false],
    ["intersects scalar as list", { intersects: ["*", ["*"]] }, true],
    ["intersects null", { intersects: [null, ["*"]] }, false],
    ["intersects keeps types apart", { intersects: [["1"], [1]] }, false],

    ["subset yes", { subset: [["read"], ["read", "write"]] }, true],
    [
      "subset no",
      {
        subset: [
          ["read", "admin"],
          ["read", "write"],
        ],
      },
      false,
    ],
    ["subset of empty", { subset: [[], ["read"]] }, true],
    ["subset null is empty", { subset: [null, []] }, true],

    ["difference", { difference: [["a", "b", "c"], ["b"]] }, ["a", "c"]],
    ["difference scalar", { difference: ["a", ["a"]] }, []],
    ["difference null", { difference: [null, ["a"]] }, []],

    ["duplicates", { duplicates: [["a", "b", "a", "c", "b", "a"]] }, ["a", "b"]],
    ["duplicates none", { duplicates: [["a", "b"]] }, []],
    ["duplicates non-list", { duplicates: "a" }, []],
    [
      "duplicates of objects by content",
      { duplicates: { var: "l" } },
      [{ a: 1 }],
      { l: [{ a: 1 }, { a: 1 }, { a: 2 }] },
    ],

    ["unique", { unique: [["a", "b", "a"]] }, ["a", "b"]],
    ["unique null", { unique: null }, []],

    ["count list", { count: [["a", "b"]] }, 2],
    ["count object keys", { count: { var: "m" } }, 2, { m: { x: 1, y: 2 } }],
    ["count null", { count: null }, 0],
    ["count scalar", { count: "x" }, 1],

    ["present string", { present: "x" }, true],
    ["present blank", { present: "   " }, false],
    ["present empty list", { present: [[]] }, false],
    ["present zero", { present: 0 }, true],
    ["present false", { present: false }, true],
    ["present missing", { present: { var: "nope" } }, false],
    ["present empty object", { present: { var: "o" } }, false, { o: {} }],

    ["get dotted key", { get: [{ var: "ids" }, "spiffe://x.y/a"] }, 2, { ids: { "spiffe://x.y/a": 2 } }],
    ["get absent", { get: [{ var: "ids" }, "b"] }, null, { ids: { a: 1 } }],
    ["get from non-object", { get: ["str", "length"] }, null],
    ["get does not reach the prototype", { get: [{ var: "ids" }, "__proto__"] }, null, { ids: {} }],
    ["get does not reach constructor", { get: [{ var: "ids" }, "constructor"] }, null, { ids: {} }],
    ["get refuses inherited", { get: [{ var: "ids" }, "toString"] }, null, { ids: {} }],
    ["get list index", { get: [["a", "b"], 1] }, "b"],

    ["lower", { lower: "LaTeSt" }, "latest"],
    ["lower non-string", { lower: 3 }, 3],

    [
      "access_level read",
      { access_level: { var: "p" } },
      "read-only",
      { p: { resource: "db", actions: ["read"] } },
    ],
    [
      "access_level write",
      { access_level: { var: "p" } },
      "write",
      { p: { resource: "db", actions: ["read", "write"] } },
    ],
    [
      "access_level admin",
      { access_level: { var: "p" } },
      "privileged",
      { p: { resource: "db", actions: ["admin"] } },
    ],
    ["access_level non-object", { access_level: "x" }, null],
    [
      "access_level of a list is the highest",
      { access_level: [{ var: "ps" }] },
      "privileged",
      {
        ps: [
          { resource: "db", actions: ["read"] },
          { resource: "*", actions: ["read"] },
        ],
      },
    ],

    [
      "is_sensitive category",
      { is_sensitive: { var: "p" } },
      true,
      { p: { category: "payments", actions: ["read"] } },
    ],
    [
      "is_sensitive action",
      { is_sensitive: { var: "p" } },
      true,
      { p: { category: "database", actions: ["delete"] } },
    ],
    [
      "is_sensitive plain read",
      { is_sensitive: { var: "p" } },
      false,
      { p: { category: "database", actions: ["read"] } },
    ],
    [
      "is_sensitive email send",
      { is_sensitive: { var: "p" } },
      true,
      { p: { category: "email", actions: ["send"] } },
    ],
    [
      "is_sensitive send elsewhere",
      { is_sensitive: { var: "p" } },
      false,
      { p: { category: "workflow", actions: ["send"] } },
    ],
    [
      "is_sensitive wildcard action",
      { is_sensitive: { var: "p" } },
      true,
      { p: { category: "database", actions: ["*"] } },
    ],
    [
      "is_sensitive with widened categories",
      { is_sensitive: [{ var: "p" }, ["database"], []] },
      true,
      { p: { category: "database", actions: ["read"] } },
    ],
    [
      "is_sensitive with narrowed actions",
      { is_sensitive: [{ var: "p" }, [], ["admin"]] },
      false,
      { p: { category: "database", actions: ["delete"] } },
    ],
    ["is_sensitive non-object", { is_sensitive: 7 }, false],

    [
      "words of a URI",
      { words: "bigquery://Analytics-PROD/warehouse" },
      ["bigquery", "analytics", "prod", "warehouse"],
    ],
    ["words keep whole words", { words: "s3://product-images" }, ["s3", "product", "images"]],
    ["words of a list", { words: [["a-b", "c"]] }, ["a", "b", "c"]],
    ["words of non-strings", { words: 5 }, []],
    ["words of nothing", { words: null }, []],

    ["email_local of a person", { email_local: "Maria.Lopez@example.com" }, "maria.lopez"],
    ["email_local of a team alias", { email_local: "team:finance" }, null],
    ["email_local without a domain dot", { email_local: "a@localhost" }, null],
    ["email_local of two @", { email_local: "a@b@c.com" }, null],
    ["email_local of a number", { email_local: 7 }, null],
    ["email_local with a blank", { email_local: "jane doe@example.com" }, null],
    ["email_local with a trailing dot", { email_local: "jane@example." }, null],

    [
      "permission_excess within limits",
      { permission_excess: [{ var: "sub" }, { var: "parent" }] },
      [],
      {
        sub: [{ resource: "postgres://hr/applications", actions: ["read"] }],
        parent: [{ resource: "postgres://hr/*", actions: ["read", "write"] }],
      },
    ],
    [
      "permission_excess names what is extra",
      { permission_excess: [{ var: "sub" }, { var: "parent" }] },
      ["deploy on https://api.example.com/deploy", "write on s3://b/x"],
      {
        sub: [
          { resource: "https://api.example.com/deploy", actions: ["deploy"] },
          { resource: "s3://b/x", actions: ["read", "write"] },
        ],
        parent: [{ resource: "s3://b/*", actions: ["read"] }],
      },
    ],
  ];

  it.each(cases)("%s", (_name, logic, expected, data) => {
    expect(run(logic, data ?? {})).toEqual(expected);
  });

  it("reads crafted megabyte values in linear time", HANG_GUARD, () => {
    const dots = "a@" + ".a".repeat(500_000) + "@";
    expect(run({ email_local: { var: "v" } }, { v: dots })).toBeNull();
    expect(run({ words: { var: "v" } }, { v: "-".repeat(1_000_000) })).toEqual([]);
  });

  it("splits words as the Unicode classes do, on any text (the ASCII shortcut included)", () => {
    const reference = (s: string): string[] =>
      s
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w !== "");
    const text = fc.oneof(
      fc.string({ unit: "binary-ascii" }),
      fc.string({ unit: "grapheme" }),
      fc.constantFrom("Kelvin \u212a", "İstanbul", "ÀB-cd", "x1_y2"),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(run({ words: { var: "v" } }, { v: s })).toEqual(reference(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("finds phrases in several texts, asked again and again with the same values", () => {
    const texts = ["Screens job applicants", "Helps recruiting teams"];
    for (let i = 0; i < 3; i++) {
      expect(run({ mentions: [{ var: "t" }, ["job applicant*", "credit"]] }, { t: texts })).toBe(
        "job applicant*",
      );
      expect(run({ mentions: [{ var: "t" }, ["recruit*"]] }, { t: texts })).toBe("recruit*");
      expect(run({ mentions: [{ var: "t" }, ["applicants helps"]] }, { t: texts })).toBeNull();
      expect(run({ mentions: [{ var: "t" }, ["job"]] }, { t: "jobs" })).toBeNull();
    }
  });
});
