// normalise copies only the containers on the way to a converted field and shares the rest with the
// document as written. Whatever the document, the result must equal converting a full deep copy, and the
// document as written must stay as it was.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/manifest/date.js";
import { parseDuration } from "../../src/manifest/duration.js";
import { DATE_FIELDS, DURATION_FIELDS, pointersOf } from "../../src/manifest/fields.js";
import { durationProblem, normalise } from "../../src/manifest/normalise.js";
import { parseSource } from "../../src/manifest/parse.js";
import { pointerSegments } from "../../src/util/pointer.js";
import type { AgentDocument } from "../../src/manifest/types.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return files(path);
    return /\.agent\.(ya?ml|json)$/.test(entry) ? [path] : [];
  });
}

const docs: AgentDocument[] = ["test/fixtures/rules", "examples", "test/manifest/fixtures"]
  .flatMap((d) => files(join(ROOT, d)))
  .flatMap((f) => parseSource(f, readFileSync(f, "utf8")).documents);

/** The conversion done on a full deep copy: each duration and date field parsed, or removed. */
function expected(raw: Record<string, unknown>): Record<string, unknown> {
  const data = structuredClone(raw);
  const convert = (
    patterns: readonly string[],
    parse: (v: unknown) => number | undefined,
    problem: (pointer: string, value: number) => string | undefined = () => undefined,
  ): void => {
    for (const pattern of patterns) {
      for (const pointer of pointersOf(data, pattern)) {
        const segments = pointerSegments(pointer)!;
        const key = segments.pop()!;
        let parent: unknown = data;
        for (const s of segments) parent = (parent as Record<string, unknown>)[s];
        const p = parent as Record<string, unknown>;
        const value = parse(p[key]);
        if (value === undefined || problem(pointer, value) !== undefined) delete p[key];
        else p[key] = value;
      }
    }
  };
  convert(DURATION_FIELDS, parseDuration, durationProblem);
  convert(DATE_FIELDS, parseDate);
  return data;
}

function check(doc: AgentDocument): void {
  const before = structuredClone(doc.data);
  const agent = normalise(doc);
  expect(doc.data).toStrictEqual(before);
  expect(agent.data).toStrictEqual(expected(before));
}

describe("normalise shares what it does not convert", () => {
  it("covers the repository's manifests", () => {
    expect(docs.length).toBeGreaterThan(50);
    for (const doc of docs) check(doc);
  });

  it("shares unconverted mappings and lists with the document as written", () => {
    const doc = docs.find((d) => Array.isArray(d.data.permissions) && Array.isArray(d.data.credentials))!;
    const agent = normalise(doc);
    expect(agent.data.permissions).toBe(doc.data.permissions);
    expect(agent.data.credentials).not.toBe(doc.data.credentials);
  });

  it("converts damaged documents as a deep copy would, leaving them unchanged", () => {
    const values = fc.oneof(
      fc.constantFrom("1h", "PT15M", "fifteen", 900, -1, "2027-01-31", "2027-02-30", null, true, [], {}),
      fc.jsonValue({ maxDepth: 2 }),
    );
    const targets = [
      ["credentials", 0, "ttl"],
      ["credentials", 1, "rotation"],
      ["credentials", 0],
      ["credentials"],
      ["approvals", 0, "timeout"],
      ["audit", "retention"],
      ["audit"],
      ["metadata", "review_by"],
      ["metadata"],
    ] as const;
    fc.assert(
      fc.property(
        fc.nat({ max: docs.length - 1 }),
        fc.array(fc.tuple(fc.nat({ max: targets.length - 1 }), values), { maxLength: 4 }),
        (i, edits) => {
          const base = docs[i]!;
          const data = structuredClone(base.data);
          for (const [t, value] of edits) {
            const path = targets[t]!;
            let node: unknown = data;
            for (const seg of path.slice(0, -1)) node = (node as Record<string, unknown> | undefined)?.[seg];
            // a copy: the generator hands out the same [] and {} every time, and a document that holds one
            // object at two places (or one kept from an earlier run) is not what parsing gives
            if (node !== null && typeof node === "object")
              (node as Record<string, unknown>)[path.at(-1)!] = structuredClone(value);
          }
          check({ ...base, data });
        },
      ),
      { numRuns: 300 },
    );
  });
});
