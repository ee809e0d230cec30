import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSource } from "../../src/manifest/parse.js";
import type { AgentDocument, Span } from "../../src/manifest/types.js";
import { HANG_GUARD } from "../helpers/hang-guard.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
const HEAD = "apiVersion: agentpolicy.dev/v1\nkind: Agent\n";

/** The source text a single-line span covers. */
function textAt(text: string, span: Span): string {
  expect(span.endLine).toBe(span.line);
  const line = text.split(/\r?\n/)[span.line - 1] ?? "";
  return line.slice(span.column - 1, span.endColumn - 1);
}

function only(file: string, text: string): AgentDocument {
  const r = parseSource(file, text);
  expect(r.errors).toEqual([]);
  expect(r.documents).toHaveLength(1);
  return r.documents[0] as AgentDocument;
}

describe("positions in YAML", () => {
  const text = readFileSync(join(FIXTURES, "full.agent.yaml"), "utf8");
  const doc = only("full.agent.yaml", text);

  it("keeps the data as written (YAML 1.2 core: dates and versions stay strings)", () => {
    const metadata = doc.data.metadata as Record<string, unknown>;
    expect(metadata.review_by).toBe("2027-03-31");
    expect((doc.data.tools as Array<Record<string, unknown>>)[0]?.version).toBe("0.9.1");
    expect((doc.data.approvals as Array<Record<string, unknown>>)[0]?.min_approvals).toBe(2);
  });

  it("locates scalars exactly, with exclusive end columns", () => {
    const span = doc.locate("/metadata/name");
    expect(span).toEqual({ line: 5, column: 9, endLine: 5, endColumn: 27 });
    expect(textAt(text, span)).toBe("invoice-reconciler");
    expect(textAt(text, doc.locate("/model/version"))).toBe('"2026-09-01"');
    expect(textAt(text, doc.locate("/metadata/labels/cost-center"))).toBe('"4711"');
  });

  it("locates nested maps from their first key to the end of their last value", () => {
    expect(doc.locate("/identity")).toEqual({ line: 14, column: 3, endLine: 16, endColumn: 50 });
  });

  it("locates array items and items inside them", () => {
    const item = doc.locate("/permissions/1");
    expect(item.line).toBe(36);
    expect(textAt(text, { ...item, endLine: item.line, endColumn: 100 })).toMatch(/^resource: payments:/);
    expect(textAt(text, doc.locate("/permissions/1/actions/0"))).toBe("write");
    expect(doc.locate("/permissions/1/actions/1").line).toBe(37);
    expect(textAt(text, doc.locate("/permissions/1/actions/1"))).toBe("send");
  });

  it("points a missing field at its parent's key", () => {
    const metadataKey = { line: 4, column: 1, endLine: 4, endColumn: 9 };
    expect(doc.locate("/metadata/nickname")).toEqual(metadataKey);
    expect(doc.locate("/metadata/nickname/deeper/still")).toEqual(metadataKey);
    expect(textAt(text, doc.locate("/permissions/7"))).toBe("permissions");
    // a list item has no key: a field missing inside it points at the whole item
    expect(doc.locate("/permissions/1/nope")).toEqual(doc.locate("/permissions/1"));
    expect(doc.locate("/permissions/1/nope")).toEqual({ line: 36, column: 5, endLine: 40, endColumn: 30 });
  });

  it("gives key spans for map members only", () => {
    expect(textAt(text, doc.locateKey?.("/audit/retention") as Span)).toBe("retention");
    expect(doc.locateKey?.("/permissions/0")).toBeUndefined();
    expect(doc.locateKey?.("/audit/missing")).toBeUndefined();
  });

  it("locates the whole document for the empty pointer, and falls back to it for a malformed pointer", () => {
    const whole = doc.locate("");
    expect(whole.line).toBe(2);
    expect(whole.column).toBe(1);
    expect(whole.endLine).toBe(text.trimEnd().split("\n").length);
    expect(doc.locate("metadata")).toEqual(whole);
  });

  it("unescapes ~0 and ~1 in pointers", () => {
    const src = `${HEAD}metadata:\n  labels:\n    a/b: slash\n    c~d: tilde\n    "~1": literal\n`;
    const d = only("x.yaml", src);
    expect(textAt(src, d.locate("/metadata/labels/a~1b"))).toBe("slash");
    expect(textAt(src, d.locate("/metadata/labels/c~0d"))).toBe("tilde");
    expect(textAt(src, d.locate("/metadata/labels/~01"))).toBe("literal");
    expect(textAt(src, d.locate("/metadata/labels/a~1c"))).toBe("labels");
  });

  it("points an empty value at its key", () => {
    const src = `${HEAD}metadata:\n  name: x\n  owner:\n`;
    const d = only("x.yaml", src);
    expect((d.data.metadata as Record<string, unknown>).owner).toBeNull();
    expect(textAt(src, d.locate("/metadata/owner"))).toBe("owner");
  });

  it("follows aliases and merge keys to the text that holds the value", () => {
    const src = `${HEAD}defaults: &d\n  ttl: 15m\n  type: mtls\ncredentials:\n  - <<: *d\n    name: one\n  - *d\n`;
    const d = only("x.yaml", src);
    expect(d.data.credentials).toEqual([
      { name: "one", ttl: "15m", type: "mtls" },
      { ttl: "15m", type: "mtls" },
    ]);
    expect(d.locate("/credentials/0/ttl")).toMatchObject({ line: 4, column: 8 });
    expect(textAt(src, d.locate("/credentials/0/name"))).toBe("one");
    expect(textAt(src, d.locate("/credentials/1"))).toBe("*d");
    expect(d.locate("/credentials/1/type")).toMatchObject({ line: 5, column: 9 });
  });

  it("lets explicit members win over merged ones", () => {
    const d = only("x.yaml", `${HEAD}base: &b {a: 1, b: 2}\nx:\n  <<: *b\n  a: 9\n`);
    expect(d.data.x).toEqual({ a: 9, b: 2 });
  });

  it("keeps positions right with CRLF line endings and a BOM", () => {
    const lf = `${HEAD}metadata:\n  name: crlf\n  owner: team:x\n`;
    const crlf = "\uFEFF" + lf.replace(/\n/g, "\r\n");
    const a = only("a.yaml", lf);
    const b = only("b.yaml", crlf);
    for (const p of ["/metadata/name", "/metadata/owner", "/metadata", "/kind", ""]) {
      expect(b.locate(p), p).toEqual(a.locate(p));
    }
    expect(b.locate("/metadata/owner")).toEqual({ line: 5, column: 10, endLine: 5, endColumn: 16 });
    expect(b.data).toEqual(a.data);
  });
});

describe("multi-document YAML", () => {
  const good = (name: string): string => `${HEAD}metadata:\n  name: ${name}\n`;

  it("returns every agent document with its own positions and index", () => {
    const src = `${good("one")}---\n${good("two")}`;
    const r = parseSource("m.yaml", src);
    expect(r.errors).toEqual([]);
    expect(r.documents.map((d) => d.docIndex)).toEqual([0, 1]);
    const second = r.documents[1] as AgentDocument;
    expect(second.locate("/metadata/name")).toEqual({ line: 9, column: 9, endLine: 9, endColumn: 12 });
    expect(second.locate("")).toMatchObject({ line: 6, column: 1, endLine: 9 });
  });

  it("skips documents that are not agent manifests, silently", () => {
    const src = `kind: ConfigMap\napiVersion: v1\n---\n${good("one")}---\n- a list\n---\nplain scalar\n---\napiVersion: agentpolicy.dev/v1\nkind: Policy\n`;
    const r = parseSource("m.yaml", src);
    expect(r.errors).toEqual([]);
    expect(r.documents.map((d) => d.docIndex)).toEqual([1]);
  });

  it("reports a broken document and still returns the good ones", () => {
    const src = `${good("one")}---\n${HEAD}metadata: {name: [x\n---\n${good("three")}`;
    const r = parseSource("m.yaml", src);
    expect(r.documents.map((d) => (d.data.metadata as { name: string }).name)).toEqual(["one", "three"]);
    expect(r.errors.length).toBeGreaterThanOrEqual(1);
    expect(r.errors[0]).toMatchObject({ file: "m.yaml" });
    expect(r.errors[0]?.line).toBeGreaterThanOrEqual(7);
    expect(r.errors[0]?.line).toBeLessThanOrEqual(9);
  });

  it("reports near misses instead of skipping them", () => {
    const v2 = parseSource("m.yaml", "apiVersion: agentpolicy.dev/v2\nkind: Agent\n");
    expect(v2.documents).toEqual([]);
    expect(v2.errors).toEqual([
      expect.objectContaining({
        line: 1,
        column: 13,
        endColumn: 31,
        message: expect.stringMatching(/unsupported apiVersion/),
      }),
    ]);
    // manifest v1.1 keeps apiVersion v1: the slip is named, not hidden as a random-looking word
    const v11 = parseSource("m.yaml", "apiVersion: agentpolicy.dev/v1.1\nkind: Agent\n");
    expect(v11.errors.map((e) => e.message)).toEqual([
      "apiVersion 'agentpolicy.dev/v1.1' does not exist: manifest v1.1 keeps apiVersion agentpolicy.dev/v1 and adds fields under it",
    ]);
    expect(
      parseSource("m.yaml", "apiVersion: agentpolicy.dev/v3.7.1\nkind: Agent\n").errors[0]?.message,
    ).toBe("unsupported apiVersion 'agentpolicy.dev/v3.7.1'; this agentpolicy reads agentpolicy.dev/v1");
    const lower = parseSource("m.yaml", "apiVersion: agentpolicy.dev/v1\nkind: agent\n");
    expect(lower.errors[0]?.message).toBe("kind must be 'Agent'; got 'agent'");
  });
});

describe("JSON files", () => {
  it("reads one object with positions", () => {
    const src =
      '{\n  "apiVersion": "agentpolicy.dev/v1",\n  "kind": "Agent",\n  "metadata": {"name": "j"}\n}\n';
    const d = only("a.agent.json", src);
    expect(d.data).toEqual({ apiVersion: "agentpolicy.dev/v1", kind: "Agent", metadata: { name: "j" } });
    expect(textAt(src, d.locate("/metadata/name"))).toBe('"j"');
    expect(textAt(src, d.locate("/metadata/owner"))).toBe('"metadata"');
  });

  it("reads an array of objects, one document per element, skipping non-agents", () => {
    const text = readFileSync(join(FIXTURES, "two.agents.json"), "utf8");
    const r = parseSource("two.agents.json", `[1, ${text.trim().slice(1)}`);
    expect(r.errors).toEqual([]);
    expect(r.documents.map((d) => d.docIndex)).toEqual([1, 2]);
    const plain = parseSource("two.agents.json", text).documents;
    const second = plain[1] as AgentDocument;
    expect(second.docIndex).toBe(1);
    expect(second.locate("")).toMatchObject({ line: 7, column: 3, endLine: 15, endColumn: 4 });
    expect(textAt(text, second.locate("/metadata/owner"))).toBe('"team:ops"');
    expect(textAt(text, second.locate("/permissions/0/actions/1"))).toBe('"write"');
    expect(textAt(text, (plain[0] as AgentDocument).locate("/metadata/name"))).toBe('"first"');
  });

  it.each([
    ['{\n  "a": 1,\n}', 2, 9, /trailing comma/],
    ['{\n  // note\n  "a": 1\n}', 2, 3, /comments are not allowed/],
    ['{"a": 1, # note\n"b": 2}', 1, 10, /comments are not allowed/],
    ["{'a': 1}", 1, 2, /double quotes/],
    ['{"a": 1,\n "a": 2}', 2, 2, /duplicate key "a"/],
    ['{"a": tru}', 1, 7, /unexpected character/],
    ['{"a": "x', 1, 7, /unterminated/],
    ['{"a": 1} {"b": 2}', 1, 10, /expected end of input/],
    ['{"a": [1, 2}', 1, 12, /expected ',' or '\]'/],
  ])("reports invalid JSON %j at line %i column %i", (src, line, column, message) => {
    const r = parseSource("bad.json", src);
    expect(r.documents).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: "bad.json", line, column });
    expect(r.errors[0]?.message).toMatch(message);
  });

  it("rejects a JSON file that holds neither an object nor an array", () => {
    expect(parseSource("x.json", '"agent"').errors[0]?.message).toMatch(/object or an array of objects/);
  });
});

describe("errors", () => {
  it("reports duplicate YAML keys at the second key", () => {
    const r = parseSource("d.yaml", `${HEAD}metadata:\n  name: a\n  name: b\n`);
    expect(r.documents).toEqual([]);
    expect(r.errors).toEqual([
      {
        file: "d.yaml",
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 7,
        message: "duplicate key 'name' (keys in a mapping must be unique)",
      },
    ]);
  });

  it("reports keys that collide once they become JSON keys", () => {
    const r = parseSource("d.yaml", `${HEAD}1: a\n"1": b\n`);
    expect(r.errors).toEqual([
      expect.objectContaining({
        line: 4,
        column: 1,
        message: "duplicate key '1' (keys in a mapping must be unique)",
      }),
    ]);
  });

  it("reports syntax errors with position and a one-line message", () => {
    const r = parseSource("s.yaml", `${HEAD}metadata:\n  name: "unterminated\n`);
    expect(r.documents).toEqual([]);
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(e.line).toBeGreaterThanOrEqual(4);
      expect(e.column).toBeGreaterThanOrEqual(1);
      expect(e.message).not.toMatch(/\n/);
      expect(e.message.length).toBeGreaterThan(0);
    }
    const bad = parseSource("s.yaml", `${HEAD}metadata:\n  name: a\n bad: indent\n`);
    expect(bad.errors).toEqual([
      expect.objectContaining({ line: 5, column: 1, message: expect.stringMatching(/same column/) }),
    ]);
    const tab = parseSource("s.yaml", `${HEAD}metadata:\n\tname: a\n`);
    expect(tab.errors[0]).toMatchObject({ line: 4, column: 1, message: expect.stringMatching(/[Tt]ab/) });
  });

  it.each([
    ["", "e.yaml"],
    ["   \n\n", "e.yaml"],
    ["# only a comment\n", "e.yaml"],
    ["---\n---\n", "e.yaml"],
    ["  \n", "e.json"],
  ])("reports an empty file (%j)", (src, file) => {
    expect(parseSource(file, src)).toEqual({
      documents: [],
      errors: [{ file, line: 1, column: 1, message: "empty file" }],
    });
  });

  it("strips a BOM before parsing", () => {
    const d = only("b.json", '\uFEFF{"apiVersion": "agentpolicy.dev/v1", "kind": "Agent"}');
    expect(d.locate("/kind")).toMatchObject({ line: 1, column: 46 });
  });
});

describe("hostile input", () => {
  it("keeps __proto__ keys as own data and never pollutes prototypes", () => {
    const yaml = only(
      "p.yaml",
      `${HEAD}__proto__:\n  polluted: yes\nmetadata:\n  constructor: {prototype: {polluted: 1}}\n`,
    );
    const json = only(
      "p.json",
      '{"apiVersion":"agentpolicy.dev/v1","kind":"Agent","__proto__":{"polluted":true}}',
    );
    for (const d of [yaml, json]) {
      expect(Object.getPrototypeOf(d.data)).toBe(Object.prototype);
      expect(Object.hasOwn(d.data, "__proto__")).toBe(true);
      expect(Object.getOwnPropertyDescriptor(d.data, "__proto__")?.value).toMatchObject({
        polluted: expect.anything(),
      });
      expect(Object.keys(d.data)).toContain("__proto__");
      expect(JSON.parse(JSON.stringify(d.data)).__proto__).toBeDefined();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("stops an alias bomb quickly with an error", HANG_GUARD, () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    }
    const r = parseSource("bomb.yaml", `${HEAD}${levels.join("\n")}\n`);
    expect(r.documents).toEqual([]);
    expect(r.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/more than 100000 values/) }),
    ]);
  });

  it("rejects an alias that contains itself", () => {
    const r = parseSource("loop.yaml", `${HEAD}a: &a [x, *a]\n`);
    expect(r.errors).toEqual([
      expect.objectContaining({ line: 3, column: 11, message: expect.stringMatching(/contains it/) }),
    ]);
  });

  it.each([
    ["deep.yaml", `${HEAD}a: ${"[".repeat(20000)}${"]".repeat(20000)}\n`],
    [
      "deep.json",
      `{"apiVersion":"agentpolicy.dev/v1","kind":"Agent","a":${"[".repeat(20000)}${"]".repeat(20000)}}`,
    ],
    ["deep.yaml", `${HEAD}${Array.from({ length: 300 }, (_, i) => `${" ".repeat(i * 2)}k:`).join("\n")} 1\n`],
  ])("turns very deep nesting in %s into an error", HANG_GUARD, (file, src) => {
    const r = parseSource(file, src);
    expect(r.documents).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toMatch(/nested/);
    expect(r.errors[0]?.line).toBeGreaterThanOrEqual(1);
  });

  it("keeps non-JSON scalars as their source text", () => {
    const d = only("n.yaml", `${HEAD}a: .inf\nb: !!binary aGk=\nc: !!timestamp 2020-01-01\nd: 1e400\n`);
    expect(d.data).toMatchObject({ a: ".inf", b: "aGk=", c: "2020-01-01", d: "1e400" });
  });
});
