// The compact position table (tableLocator) must give exactly the spans the syntax-tree locator
// (createLocator) gives: for every pointer into every manifest the repository ships (rule fixtures,
// examples, manifest fixtures), for pointers that do not exist or are malformed, and for random documents
// in every YAML style. Each table also packs and unpacks to itself (packed-table.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMap, isSeq, parseAllDocuments, parseDocument, stringify, type Node } from "yaml";
import { locatorTableOf } from "../../src/manifest/doc-tables.js";
import { parseSource } from "../../src/manifest/parse.js";
import { joinPointer } from "../../src/util/pointer.js";
import {
  createLocator,
  LineIndex,
  locatorTable,
  tableLocator,
  type Locator,
} from "../../src/manifest/positions.js";
import { YamlTree } from "../../src/manifest/tree.js";
import { packTable, unpackTable } from "../../src/manifest/packed-table.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SOURCES = ["test/fixtures/rules", "examples", "test/manifest/fixtures"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ya?ml|json)$/.test(entry) ? [path] : [];
  });
}

/** Every pointer into the data, plus children that do not exist and malformed pointers. */
function pointersOf(data: unknown, at: string[] = [], out: string[] = []): string[] {
  const here = joinPointer(at);
  out.push(here, `${here}/nope`, `${here}/0`, `${here}/01`, `${here}/-1`, `${here}/nope/deeper`);
  if (Array.isArray(data)) {
    data.forEach((v, i) => pointersOf(v, [...at, String(i)], out));
    out.push(`${here}/${data.length}`);
  } else if (data !== null && typeof data === "object") {
    for (const [k, v] of Object.entries(data)) pointersOf(v, [...at, k], out);
  }
  out.push("nope", "#/a");
  return out;
}

function expectSame(a: Locator, b: Locator, pointers: string[]): void {
  for (const p of pointers) {
    expect(b.locate(p), p).toEqual(a.locate(p));
    expect(b.locateKey(p), p).toEqual(a.locateKey(p));
  }
}

/** Both locators for each document node of a YAML text (each document root, or each JSON array item). */
function locatorsOf(text: string): { data: unknown; full: Locator; table?: Locator }[] {
  const lines = new LineIndex(text);
  const out: { data: unknown; full: Locator; table?: Locator }[] = [];
  for (const doc of parseAllDocuments(text, { uniqueKeys: true, merge: true })) {
    if (doc.errors.length > 0 || !doc.contents) continue;
    const tree = new YamlTree(doc.contents);
    const roots: Node[] = isSeq(doc.contents) ? (doc.contents.items as Node[]) : [doc.contents];
    for (const root of [doc.contents, ...roots]) {
      let data: unknown;
      try {
        data = tree.toData(root);
      } catch {
        continue;
      }
      const table = locatorTable(root, lines);
      // packed for the wait before evaluation (packed-table.ts), a table unpacks to itself
      if (table) expect(unpackTable(packTable(table)!)).toEqual(table);
      out.push({
        data,
        full: createLocator(tree, root, lines),
        ...(table ? { table: tableLocator(structuredClone(table)) } : {}),
      });
    }
  }
  return out;
}

describe("locator tables", () => {
  const all = SOURCES.flatMap((d) => files(join(ROOT, d)));

  it("cover the repository's manifests", () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it("locate every pointer of every shipped manifest as the syntax tree does", () => {
    let compared = 0;
    for (const file of all) {
      for (const { data, full, table } of locatorsOf(readFileSync(file, "utf8"))) {
        if (!table) continue;
        expectSame(full, table, pointersOf(data));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("are what parseSource locates agent documents with, when there are no aliases or merge keys", () => {
    const text = readFileSync(join(ROOT, "test/manifest/fixtures/full.agent.yaml"), "utf8");
    const [doc] = parseSource("full.agent.yaml", text).documents;
    expect(doc && locatorTableOf(doc)).toBeDefined();
    const aliased = "apiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata: &m {name: a}\nother: *m\n";
    const [withAlias] = parseSource("a.agent.yaml", aliased).documents;
    expect(withAlias && locatorTableOf(withAlias)).toBeUndefined();
    const merged = "apiVersion: agentpolicy.dev/v1\nkind: Agent\nbase: &b {x: 1}\nmetadata:\n  <<: *b\n";
    const [withMerge] = parseSource("m.agent.yaml", merged).documents;
    expect(withMerge && locatorTableOf(withMerge)).toBeUndefined();
  });

  it("hold large documents (offsets past 16 bits) as the syntax tree locates them", () => {
    const long = "x".repeat(100);
    const items = Array.from(
      { length: 450 },
      (_, i) => `  - resource: "s3://bucket/${long}/${i}"\n    actions: [read]\n`,
    );
    const text = `apiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata: {name: big}\npermissions:\n${items.join("")}`;
    expect(text.length).toBeGreaterThan(0x10000);
    const found = locatorsOf(text);
    expect(found.length).toBeGreaterThan(0);
    const lines = new LineIndex(text);
    const root = parseDocument(text).contents as Node;
    expect(locatorTable(root, lines)?.wide).toBe(true);
    for (const { data, full, table } of found) {
      expect(table).toBeDefined();
      expectSame(full, table!, pointersOf(data));
    }
  });

  it("grow with their own document, not with the file: many documents in one file stay linear", () => {
    // Counted, not timed: a table holding every line start of the file made N documents cost N × lines.
    const sizeOf = (docs: number): { text: number; tables: number } => {
      const doc = (i: number) =>
        `---\napiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata: {name: a${i}}\n`;
      const text = Array.from({ length: docs }, (_, i) => doc(i)).join("");
      const parsed = parseSource("many.agent.yaml", text).documents;
      expect(parsed).toHaveLength(docs);
      const tables = parsed.reduce((n, d) => n + (locatorTableOf(d)?.codes.length ?? Infinity), 0);
      return { text: text.length, tables };
    };
    const small = sizeOf(200);
    const large = sizeOf(3200);
    expect(large.tables / large.text).toBeLessThanOrEqual((small.tables / small.text) * 1.1);
    // and the last document is still located on its own lines
    const text = "---\napiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata: {name: a}\n".repeat(3);
    const last = parseSource("three.agent.yaml", text).documents[2]!;
    expect(last.locate("/metadata/name")).toEqual({ line: 12, column: 18, endLine: 12, endColumn: 19 });
  });

  it("agree with the syntax tree on random documents in every style", () => {
    const key = fc.oneof(
      fc.constantFrom("a", "b", "name", "a/b", "c~d", "~01", "0", "1", "10", "-", "", " sp ", "é", "x y"),
      fc.string({ maxLength: 5 }),
    );
    const scalar = fc.oneof(
      fc.constantFrom(null, true, 0, 1.5, "", "text", "multi\nline", "  padded  ", "#hash", "a: b", "- x"),
      fc.string({ maxLength: 8 }),
      fc.integer(),
    );
    const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: "small" },
        scalar,
        fc.array(tie("v"), { maxLength: 4 }),
        fc.dictionary(key, tie("v"), { maxKeys: 4 }),
      ),
    })).v;
    const style = fc.record({
      flow: fc.boolean(),
      indent: fc.integer({ min: 1, max: 4 }),
      quote: fc.boolean(),
      crlf: fc.boolean(),
      trailing: fc.constantFrom("", "\n", "\n\n# end\n", "   \n"),
    });
    fc.assert(
      fc.property(value, style, (data, s) => {
        const doc = parseDocument(stringify(data));
        if (isMap(doc.contents) || isSeq(doc.contents)) doc.contents.flow = s.flow;
        let text = doc.toString({ indent: s.indent, defaultStringType: s.quote ? "QUOTE_DOUBLE" : "PLAIN" });
        text += s.trailing;
        if (s.crlf) text = text.replace(/\n/g, "\r\n");
        for (const { data: d, full, table } of locatorsOf(text)) {
          expect(table).toBeDefined();
          if (table) expectSame(full, table, pointersOf(d));
        }
      }),
      { numRuns: 400 },
    );
  });
});
