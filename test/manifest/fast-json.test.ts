// The fast JSON path (fast-json.ts) against yaml, which parse.ts otherwise reads strict JSON with: the
// same documents (the object, or each object of an array), data and position tables, over every JSON
// manifest the repository ships, a bench corpus and generated JSON in every layout.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { isMap, isSeq, parseDocument, parse as parseYaml, type Node } from "yaml";
import { parseFastJson } from "../../src/manifest/fast-json.js";
import { checkJson } from "../../src/manifest/json-strict.js";
import { parseSource, YAML_OPTIONS } from "../../src/manifest/parse.js";
import { LineIndex, locatorTable, tableFrom } from "../../src/manifest/positions.js";
import { YamlTree } from "../../src/manifest/tree.js";
import { tableDiff } from "../helpers/table-diff.js";
// @ts-expect-error: the bench generator is plain JavaScript
import { generateCorpus } from "../../bench/generate.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return files(path);
    return /\.json$/.test(entry) ? [path] : [];
  });
}

/** Compares both paths on a strict JSON text; returns whether the fast path read it. */
function compare(text: string): boolean {
  expect(checkJson(text)).toBeUndefined();
  const fast = parseFastJson(text);
  if (fast === undefined) return false;
  const doc = parseDocument(text, YAML_OPTIONS);
  const show = JSON.stringify(text).slice(0, 400);
  if (doc.errors.length > 0) throw new Error(`fast path read what yaml rejects: ${show}`);
  const lines = new LineIndex(text);
  const root = doc.contents as Node | null;
  if ("other" in fast) {
    expect(isMap(root) || isSeq(root), show).toBe(false);
    return true;
  }
  const mine = "object" in fast ? [fast.object] : fast.array;
  const theirs: (Node | undefined)[] = isMap(root)
    ? [root]
    : isSeq(root)
      ? root.items.map((i) => (isMap(i) ? (i as Node) : undefined))
      : [];
  expect(mine.length, show).toBe(theirs.length);
  mine.forEach((d, i) => {
    const node = theirs[i];
    expect(d === undefined, `${i}: ${show}`).toBe(node === undefined);
    if (d === undefined || node === undefined) return;
    const data = new YamlTree(root).toData(node);
    if (!isDeepStrictEqual(d.data, data)) throw new Error(`data of ${i}: ${show}`);
    const reference = locatorTable(node, lines);
    const why =
      reference === undefined
        ? "no table from yaml"
        : tableDiff(tableFrom([...d.values], d.keys, d.from, d.to, lines), reference, data);
    if (why !== undefined) throw new Error(`table of ${i}: ${why}: ${show}`);
  });
  return true;
}

describe("fast JSON path, against yaml", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("reads every strict JSON manifest the repository ships as yaml does", () => {
    let read = 0;
    for (const file of ["test/fixtures", "examples", "test/manifest/fixtures"].flatMap((s) =>
      files(join(ROOT, s)),
    )) {
      const text = readFileSync(file, "utf8");
      if (checkJson(text) === undefined && compare(text)) read++;
    }
    expect(read).toBeGreaterThan(5);
  });

  it("reads the JSON manifests of a bench corpus as yaml does", () => {
    const dir = mkdtempSync(join(tmpdir(), "ap-fast-json-"));
    dirs.push(dir);
    generateCorpus(dir, 400, 11, parseYaml);
    const texts = files(dir).map((f) => readFileSync(f, "utf8"));
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(compare(text)).toBe(true);
  });

  it("reads generated JSON in every layout as yaml does", () => {
    const value = fc.jsonValue({ maxDepth: 4 });
    const doc = fc.oneof(
      fc.dictionary(fc.string(), value, { maxKeys: 6 }),
      fc.array(fc.oneof(fc.dictionary(fc.string(), value, { maxKeys: 4 }), value), { maxLength: 4 }),
      value,
    );
    const layout = fc.constantFrom<string | number | undefined>(undefined, 0, 1, 2, 4, "\t", " \t ");
    let read = 0;
    fc.assert(
      fc.property(doc, layout, fc.boolean(), (v, space, crlf) => {
        let text = JSON.stringify(v, null, space);
        if (crlf) text = text.replace(/\n/g, "\r\n");
        if (compare(text)) read++;
      }),
      { numRuns: 3000, seed: 20261205 },
    );
    // nearly every generated text is in reach (those with a U+2028 or a control character are not)
    expect(read).toBeGreaterThan(2000);
  });
});

/** Every JSON pointer into `value`, the root's ("") first. */
function pointers(value: unknown, at = ""): string[] {
  if (value === null || typeof value !== "object") return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [
    at,
    ...entries.flatMap(([k, v]) => pointers(v, `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`)),
  ];
}

describe("a YAML file that holds a JSON object", () => {
  // The same text with a YAML comment after it is no longer JSON, so yaml's YAML path reads it.
  function sameAsYamlPath(text: string): void {
    const fast = parseSource("a.agent.yaml", text);
    const slow = parseSource("a.agent.yaml", `${text}\n# not JSON any more\n`);
    expect(fast.errors).toEqual(slow.errors);
    expect(fast.documents.length).toBe(slow.documents.length);
    fast.documents.forEach((d, i) => {
      const other = slow.documents[i]!;
      expect(d.data).toStrictEqual(other.data);
      for (const p of pointers(d.data)) {
        expect(d.locate(p), p).toEqual(other.locate(p));
        expect(d.locateKey?.(p), p).toEqual(other.locateKey?.(p));
      }
    });
  }

  it("is read as yaml's YAML path reads it: the bench corpus's JSON manifests", () => {
    const dir = mkdtempSync(join(tmpdir(), "ap-fast-json-yaml-"));
    try {
      generateCorpus(dir, 200, 12, parseYaml);
      const texts = files(dir).map((f) => readFileSync(f, "utf8"));
      const objects = texts.filter((t) => t.trimStart().startsWith("{"));
      expect(objects.length).toBeGreaterThan(3);
      for (const text of objects) sameAsYamlPath(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is read as yaml's YAML path reads it: generated objects in every layout", () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    const agent = fc.dictionary(fc.string(), value, { maxKeys: 5 }).map((extra) => ({
      apiVersion: "agentpolicy.dev/v1",
      kind: "Agent",
      ...extra,
    }));
    const layout = fc.constantFrom<string | number | undefined>(undefined, 0, 2, "\t");
    fc.assert(
      fc.property(agent, layout, (v, space) => sameAsYamlPath(JSON.stringify(v, null, space))),
      { numRuns: 500, seed: 20261203 },
    );
  });
});
