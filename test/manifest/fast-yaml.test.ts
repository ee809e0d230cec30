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
import { LineIndex, locatorTable, tableFrom, type LocatorTable } from "../../src/manifest/positions.js";
import { tableDiff } from "../helpers/table-diff.js";
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

describe("fast parse path, against yaml, at yaml's limits", () => {
  it("leaves implicit keys near yaml's 1024-character limit to yaml", () => {
    for (const n of [990, 1000, 1001, 1024, 1030]) {
      const k = "k".repeat(n);
      for (const text of [`${k}: 1\n`, `"${k}": 1\n`, `- ${k}: 1\n`, `a: {${k}: 1}\n`]) compare(text);
    }
    expect(parseFast(`${"k".repeat(1030)}: 1\n`)).toBeUndefined();
  });
});

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
