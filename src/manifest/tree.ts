// Plain JSON data from a composed YAML node tree. Built by hand rather than with yaml's toJS so that
// (a) a key named "__proto__" becomes an ordinary own property, (b) alias expansion, merge keys and
// nesting are bounded (an alias bomb or 20,000 nested brackets is an error, not a hang or a crash),
// and (c) values are JSON: non-finite numbers and tagged oddities keep their source text.
import type { Alias, Node, Pair, YAMLMap } from "yaml";
import { isAlias, isMap, isPair, isScalar, isSeq } from "../util/yaml-nodes.js";
import { showKey } from "./quote.js";

/** Nesting deeper than any manifest needs; keeps every later recursive walk far from the stack limit. */
export const MAX_DEPTH = 128;
/** Values one document may expand to (aliases included); real manifests have a few hundred. */
export const MAX_VALUES = 100_000;

/** A document that composed but cannot become data; `range` is where, as source offsets. */
export class TreeError extends Error {
  constructor(
    message: string,
    readonly range?: readonly [number, number],
  ) {
    super(message);
  }
}

type Range2 = readonly [number, number];

function rangeOf(node: unknown): Range2 | undefined {
  const r = (node as { range?: readonly number[] | null } | null)?.range;
  return r && r.length >= 2 ? [r[0] as number, r[1] as number] : undefined;
}

/** A merge key (`<<`) as yaml composes it when merge keys are on: a scalar holding a symbol. */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === "symbol";
}

/** The JSON key a mapping key becomes; only scalar keys can be JSON keys. */
export function keyText(key: unknown): string {
  if (isScalar(key)) {
    if (typeof key.value === "string") return key.value;
    return key.source ?? String(key.value);
  }
  if (key === null || key === undefined) return "";
  throw new TreeError("mapping keys must be plain scalars, not lists, mappings or aliases", rangeOf(key));
}

/** Stores `value` under `key` as an own data property, even when the key is "__proto__". */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Each alias → the node it names: the last node with that anchor before it, in document order. */
function resolveAliases(root: Node | null): Map<Alias, Node> {
  const anchors = new Map<string, Node>();
  const table = new Map<Alias, Node>();
  // Iterative pre-order walk: source order, and no recursion however deep the tree is.
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (isPair(item)) {
      stack.push(item.value, item.key);
      continue;
    }
    if (isAlias(item)) {
      const target = anchors.get(item.source);
      if (target) table.set(item, target);
      continue;
    }
    if (isScalar(item) || isMap(item) || isSeq(item)) {
      if (item.anchor) anchors.set(item.anchor, item);
      if (isMap(item) || isSeq(item)) {
        for (let i = item.items.length - 1; i >= 0; i--) stack.push(item.items[i]);
      }
    }
  }
  return table;
}

/** One composed YAML document (or one JSON array element) and the lookups positions and data share. */
export class YamlTree {
  private readonly aliases: Map<Alias, Node>;

  constructor(readonly root: Node | null) {
    this.aliases = resolveAliases(root);
  }

  /** The node an alias names; other nodes as they are. */
  deref(node: unknown): unknown {
    if (!isAlias(node)) return node;
    const target = this.aliases.get(node);
    if (!target) throw new TreeError("alias has no anchor before it", rangeOf(node));
    return target;
  }

  /** The merge sources of a `<<` value: one mapping or a list of mappings. */
  mergeSources(value: unknown): YAMLMap[] {
    const v = this.deref(value);
    const list = isSeq(v) ? v.items.map((i) => this.deref(i)) : [v];
    return list.map((m) => {
      if (!isMap(m))
        throw new TreeError("a '<<' merge key needs a mapping or a list of mappings", rangeOf(value));
      return m;
    });
  }

  /** The member `key` of a mapping, explicit members first, then merged ones in order. */
  member(map: YAMLMap, key: string, depth = 0): Pair | undefined {
    let merges: Pair[] | undefined;
    for (const item of map.items) {
      if (!isPair(item)) continue;
      if (isMergeKey(item.key)) (merges ??= []).push(item);
      else if (isScalar(item.key) || item.key === null) {
        if (keyText(item.key) === key) return item;
      }
    }
    if (!merges || depth >= MAX_DEPTH) return undefined;
    for (const pair of merges) {
      for (const source of this.mergeSources(pair.value)) {
        const found = this.member(source, key, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** `node` (by default the whole tree) as plain JSON data. Throws TreeError for what cannot be data. */
  toData(node: unknown = this.root): unknown {
    const state = { count: 0, active: new Set<unknown>() };
    try {
      return this.build(node, 0, state);
    } catch (e) {
      if (e instanceof RangeError) throw new TreeError("document is nested too deeply", rangeOf(node));
      throw e;
    }
  }

  private build(node: unknown, depth: number, state: { count: number; active: Set<unknown> }): unknown {
    if (depth > MAX_DEPTH) throw new TreeError(`nested deeper than ${MAX_DEPTH} levels`, rangeOf(node));
    if (++state.count > MAX_VALUES) {
      throw new TreeError(
        `document expands to more than ${MAX_VALUES} values (too many aliases or too large)`,
        rangeOf(node),
      );
    }
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = this.deref(node);
      if (state.active.has(target)) {
        throw new TreeError("alias refers to a node that contains it", rangeOf(node));
      }
      return this.build(target, depth + 1, state);
    }
    if (isScalar(node)) return scalarData(node.value, node.source);
    if (isSeq(node)) {
      state.active.add(node);
      const out = node.items.map((item) => this.build(item, depth + 1, state));
      state.active.delete(node);
      return out;
    }
    if (isMap(node)) {
      state.active.add(node);
      const out: Record<string, unknown> = {};
      const merges: Pair[] = [];
      for (const item of node.items) {
        if (!isPair(item)) continue;
        if (isMergeKey(item.key)) {
          merges.push(item);
          continue;
        }
        const key = keyText(item.key);
        if (Object.hasOwn(out, key)) {
          throw new TreeError(
            `duplicate key ${showKey(key)} (keys in a mapping must be unique)`,
            rangeOf(item.key),
          );
        }
        setOwn(out, key, this.build(item.value, depth + 1, state));
      }
      // Explicit members win over merged ones; among merged mappings the first one listed wins.
      for (const pair of merges) {
        for (const source of this.mergeSources(pair.value)) {
          const merged = this.build(source, depth + 1, state) as Record<string, unknown>;
          for (const key of Object.keys(merged)) {
            if (!Object.hasOwn(out, key)) setOwn(out, key, merged[key]);
          }
        }
      }
      state.active.delete(node);
      return out;
    }
    throw new TreeError("unsupported YAML node", rangeOf(node));
  }
}

/** Distinct strings kept by `intern`; past this many, new ones are only copied. */
const INTERN_LIMIT = 200_000;
const interned = new Map<string, string>();

/**
 * One shared copy of a string from a manifest. The parser's strings are slices of the source text, and a
 * slice keeps the whole text alive as long as it lives: the data of thousands of documents would hold
 * every file they came from. The copy is flat, and the same value (an action, a category, a team) is
 * one string however many documents hold it.
 */
export function intern(value: string): string {
  const known = interned.get(value);
  if (known !== undefined) return known;
  // slices are at least 13 characters long in V8; a JSON round trip gives a flat copy of any string
  const copy = value.length >= 13 ? (JSON.parse(JSON.stringify(value)) as string) : value;
  if (interned.size < INTERN_LIMIT) interned.set(copy, copy);
  return copy;
}

/**
 * Forgets the shared copies: the strings of documents already loaded stay shared, and those no document
 * holds any more can go (a lean check lets each agent go once it is checked, and loads nothing after).
 */
export function forgetInterned(): void {
  interned.clear();
}

/**
 * Replaces, in place, every string in JSON data (values, not keys) by its interned copy: for data that
 * arrived from a worker thread, where each document's strings are copies of their own.
 */
export function internStrings(value: unknown, depth = 0): void {
  if (depth > MAX_DEPTH + 8 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === "string") value[i] = intern(v);
      else internStrings(v, depth + 1);
    }
    return;
  }
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    // assigning an own member (even one named __proto__) writes that member, never the prototype
    if (typeof v === "string") obj[key] = intern(v);
    else internStrings(v, depth + 1);
  }
}

export function scalarData(value: unknown, source: string | undefined): unknown {
  if (typeof value === "string") return intern(value);
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  // .inf, .nan, 1e400 and anything a tag produced are kept as written
  return source ?? String(value);
}
