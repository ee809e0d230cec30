// A position table (positions.ts LocatorTable) packed for the wait between loading and evaluation, when
// a large check holds every document's table at once. The table keeps fixed-width numbers (one or two
// UTF-16 units each) so that its locator can jump between nodes; packed, each number is the difference
// from the offset before it as a variable-length integer, and the key names are numbers into one registry
// for the whole process, all in one string of bytes (which V8 stores one byte a character): about half
// the memory. A table is unpacked when its document is first located.
import { FIELDS, NARROW_NONE, WIDE_NONE, type LocatorTable } from "./positions.js";
/** Distinct key names the registry keeps; past that, tables are kept unpacked. */
const MAX_KEYS = 200_000;

const keyIds = new Map<string, number>();
const keyNames: string[] = [];

function keyId(name: string): number | undefined {
  let id = keyIds.get(name);
  if (id === undefined) {
    if (keyNames.length >= MAX_KEYS) return undefined;
    id = keyNames.length;
    keyNames.push(name);
    keyIds.set(name, id);
  }
  return id;
}

/** A packed table: one string of bytes (String.fromCharCode of values below 256). */
export interface PackedTable {
  readonly packed: string;
}

function put(bytes: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    bytes.push(0x80 | (v % 0x80));
    v = Math.floor(v / 0x80);
  }
  bytes.push(v);
}

/** Zigzag, plus one so that 0 can stand for "no span". */
function offsetCode(value: number, previous: number): number {
  const d = value - previous;
  return (d >= 0 ? 2 * d : -2 * d - 1) + 1;
}

function toText(units: number[]): string {
  let out = "";
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}

/** The table packed, or undefined when the key registry is full. */
export function packTable(table: LocatorTable): PackedTable | undefined {
  const ids: number[] = [];
  for (const name of table.keys) {
    const id = keyId(name);
    if (id === undefined) return undefined;
    ids.push(id);
  }
  const { codes, wide, lines } = table;
  const none = wide ? WIDE_NONE : NARROW_NONE;
  const count = wide ? codes.length / 2 : codes.length;
  const at = wide
    ? (i: number): number => codes.charCodeAt(2 * i) * 0x10000 + codes.charCodeAt(2 * i + 1)
    : (i: number): number => codes.charCodeAt(i);
  const bytes: number[] = [];
  for (const n of [wide ? 1 : 0, table.firstLine, lines, table.textLength, count, ids.length, ...ids]) {
    put(bytes, n);
  }
  let previous = 0;
  for (let i = 0; i < lines; i++) {
    put(bytes, at(i) - previous);
    previous = at(i);
  }
  let cursor = 0;
  for (let i = lines; i < count; i++) {
    const v = at(i);
    const field = (i - lines) % FIELDS;
    if (field < 4) {
      put(bytes, v === none ? 0 : offsetCode(v, cursor));
      if (v !== none) cursor = v;
    } else put(bytes, v === none ? 0 : v + 1);
  }
  return { packed: toText(bytes) };
}

export function unpackTable({ packed }: PackedTable): LocatorTable {
  let p = 0;
  const next = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = packed.charCodeAt(p++);
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  };
  const wide = next() === 1;
  const firstLine = next();
  const lines = next();
  const textLength = next();
  const count = next();
  const keys: string[] = [];
  for (let k = next(); k > 0; k--) keys.push(keyNames[next()]!);
  const none = wide ? WIDE_NONE : NARROW_NONE;
  const units: number[] = [];
  const push = wide
    ? (v: number): void => {
        units.push(Math.floor(v / 0x10000), v % 0x10000);
      }
    : (v: number): void => {
        units.push(v);
      };
  let previous = 0;
  for (let i = 0; i < lines; i++) push((previous += next()));
  let cursor = 0;
  for (let i = lines; i < count; i++) {
    const code = next();
    if ((i - lines) % FIELDS >= 4) {
      push(code === 0 ? none : code - 1);
      continue;
    }
    if (code === 0) {
      push(none);
      continue;
    }
    const z = code - 1;
    cursor += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    push(cursor);
  }
  return { codes: toText(units), wide, firstLine, lines, textLength, keys };
}
