// The fast parse path (fast-yaml.ts) against yaml, the reference: wherever the fast path reads a text,
// yaml must read it without errors into the same documents, the same data (values and types, -0
// included) and the same position table, field for field. Over every manifest the repository ships, a
// generated bench corpus, documents generated in every style the subset covers, and mutations of them
// that wander out of it (where the fast path must give up rather than differ).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { isScalar, parseAllDocuments, parse as parseYaml } from "yaml";
import { parseFast } from "../../src/manifest/fast-yaml.js";
import { YAML_OPTIONS } from "../../src/manifest/parse.js";
import {
  LineIndex,
  locatorTable,
  tableFrom,
  tableLocator,
  type LocatorTable,
} from "../../src/manifest/positions.js";
import { YamlTree } from "../../src/manifest/tree.js";
// @ts-expect-error: the bench generator is plain JavaScript
import { generateCorpus } from "../../bench/generate.mjs";
import { EDITS, yamlTextArb as textArb } from "../helpers/yaml-documents.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SOURCES = ["test/fixtures", "examples", "test/manifest/fixtures", "rules"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return files(path);
    return /\.ya?ml$/.test(entry) ? [path] : [];
  });
}

interface Reading {
  data: unknown;
  table?: LocatorTable;
}

/** What yaml makes of a text: undefined when any document has an error (the fast path must give up). */
function viaYaml(text: string): Reading[] | undefined {
  const lines = new LineIndex(text);
  const out: Reading[] = [];
  for (const doc of parseAllDocuments(text, YAML_OPTIONS)) {
    if (doc.errors.length > 0) return undefined;
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.source === "")) {
      out.push({ data: null });
      continue;
    }
    const tree = new YamlTree(doc.contents);
    let data: unknown;
    try {
      data = tree.toData(doc.contents);
    } catch {
      return undefined;
    }
    out.push({ data, table: locatorTable(doc.contents, lines) });
  }
  return out;
}

/**
 * Compares both paths on one text. Returns whether the fast path read it; throws (with the text) when it
 * read it differently from yaml.
 */
function compare(text: string): boolean {
  const fast = parseFast(text);
  if (fast === undefined) return false;
  const reference = viaYaml(text);
  const show = JSON.stringify(text);
  if (reference === undefined) throw new Error(`fast path read what yaml rejects: ${show}`);
  // an empty document only counts where it is not the whole text
  const lines = new LineIndex(text);
  const got = fast.map((d) => ({
    data: d.data,
    table: d.data === null ? undefined : tableFrom([...d.values], d.keys, d.from, d.to, lines),
  }));
  if (got.length !== reference.length)
    throw new Error(`documents: fast ${got.length}, yaml ${reference.length}: ${show}`);
  got.forEach((g, i) => {
    const r = reference[i] as Reading;
    if (!isDeepStrictEqual(g.data, r.data))
      throw new Error(
        `data of document ${i}: ${JSON.stringify(g.data)} vs ${JSON.stringify(r.data)}: ${show}`,
      );
    const why = r.table === undefined ? undefined : tableDiff(g.table, r.table, r.data);
    if (why !== undefined) throw new Error(`table of document ${i}: ${why}: ${show}`);
  });
  return true;
}

/** A table's numbers: line starts, then FIELDS (6) per node; NONE as -1. */
function decode(t: LocatorTable): { starts: number[]; fields: number[] } {
  const units = [...t.codes].map((c) => c.charCodeAt(0));
  const nums: number[] = [];
  if (t.wide)
    for (let i = 0; i < units.length; i += 2)
      nums.push((units[i] as number) * 0x10000 + (units[i + 1] as number));
  else nums.push(...units);
  const none = t.wide ? 0xffffffff : 0xffff;
  const all = nums.map((n) => (n === none ? -1 : n));
  return { starts: all.slice(0, t.lines), fields: all.slice(t.lines) };
}

/**
 * Why two tables of one document would locate differently, or undefined when they cannot: the same node
 * fields and keys, and line starts that agree as far as either reaches and cover every offset. (The fast
 * path stops at the document's last character; yaml's range may run on over blank lines.)
 */
function tableDiff(a: LocatorTable | undefined, b: LocatorTable, data: unknown): string | undefined {
  if (a === undefined) return "no table from the fast path";
  const da = decode(a);
  const db = decode(b);
  if (a.firstLine !== b.firstLine || a.textLength !== b.textLength || !isDeepStrictEqual(a.keys, b.keys))
    return `${JSON.stringify({ ...a, codes: undefined })} vs ${JSON.stringify({ ...b, codes: undefined })}`;
  for (let i = 0; i < Math.max(da.fields.length, db.fields.length); i++) {
    if (da.fields[i] !== db.fields[i]) {
      const node = Math.floor(i / 6);
      return `node ${node}, field ${i % 6}: fast [${da.fields.slice(node * 6, node * 6 + 6).join(",")}] yaml [${db.fields.slice(node * 6, node * 6 + 6).join(",")}]`;
    }
  }
  const n = Math.min(da.starts.length, db.starts.length);
  if (!isDeepStrictEqual(da.starts.slice(0, n), db.starts.slice(0, n))) return "line starts differ";
  const last = Math.max(...da.fields.filter((_, i) => i % 6 < 4));
  if (da.starts.length < db.starts.length && (db.starts[da.starts.length] as number) <= last)
    return "the fast table's lines stop before its last offset";
  const fast = tableLocator(a);
  const ref = tableLocator(b);
  for (const p of pointersOf(data)) {
    if (
      !isDeepStrictEqual(fast.locate(p), ref.locate(p)) ||
      !isDeepStrictEqual(fast.locateKey(p), ref.locateKey(p))
    )
      return `spans of ${p} differ`;
  }
  return undefined;
}

/** Every pointer into the data, and some that do not exist. */
function pointersOf(data: unknown, at = "", out: string[] = []): string[] {
  out.push(at, `${at}/nope`, `${at}/0`);
  if (Array.isArray(data)) data.forEach((v, i) => pointersOf(v, `${at}/${i}`, out));
  else if (data !== null && typeof data === "object")
    for (const [k, v] of Object.entries(data))
      pointersOf(v, `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`, out);
  return out;
}

describe("fast parse path, against yaml", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("reads every YAML file the repository ships as yaml does (or leaves it to yaml)", () => {
    let read = 0;
    const all = SOURCES.flatMap((s) => files(join(ROOT, s)));
    for (const file of all) if (compare(readFileSync(file, "utf8"))) read++;
    // most of them are in the subset: a path that gave up on everything would pass the comparisons
    expect(read / all.length).toBeGreaterThan(0.6);
  });

  it("reads a generated bench corpus entirely, as yaml does", () => {
    const dir = mkdtempSync(join(tmpdir(), "ap-fast-"));
    dirs.push(dir);
    generateCorpus(dir, 300, 7, parseYaml);
    const texts = files(dir).map((f) => readFileSync(f, "utf8"));
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) expect(compare(text), text.slice(0, 200)).toBe(true);
  });
});

// FAST_YAML_RUNS and FAST_YAML_SEED explore further than the suite does (a long run on demand).
const RUNS = Number(process.env.FAST_YAML_RUNS ?? 1500);
const SEED = process.env.FAST_YAML_SEED === undefined ? undefined : Number(process.env.FAST_YAML_SEED);

describe("fast parse path, against yaml, on generated documents", () => {
  it("reads documents in every style of the subset as yaml does", () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(textArb, (text) => {
        runs++;
        if (compare(text)) read++;
        else if (process.env.SHOW_GIVE_UPS && runs < 400) console.log(JSON.stringify(text));
      }),
      { numRuns: RUNS, seed: SEED ?? 20261203 },
    );
    // the generator stays mostly inside the subset, so the comparisons above are not vacuous
    expect(read / runs).toBeGreaterThan(0.5);
  });

  it("gives up, rather than differs, when edits take a document out of the subset", () => {
    fc.assert(
      fc.property(
        textArb,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...EDITS), fc.constantFrom(0, 1, 2)), {
          minLength: 1,
          maxLength: 4,
        }),
        (text, edits) => {
          let t = text;
          for (const [at, ch, op] of edits) {
            const i = t.length === 0 ? 0 : at % t.length;
            t =
              op === 0
                ? t.slice(0, i) + ch + t.slice(i)
                : op === 1
                  ? t.slice(0, i) + t.slice(i + 1)
                  : t.slice(0, i) + ch + t.slice(i + 1);
          }
          compare(t);
        },
      ),
      { numRuns: 2 * RUNS, seed: SEED ?? 20261204 },
    );
  });
});
