// Whether two position tables of one document would locate differently, for the differential tests of
// the fast parse paths (test/manifest/fast-yaml.test.ts, fast-json.test.ts) against yaml.
import { isDeepStrictEqual } from "node:util";
import { tableLocator, type LocatorTable } from "../../src/manifest/positions.js";

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
export function tableDiff(a: LocatorTable | undefined, b: LocatorTable, data: unknown): string | undefined {
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
