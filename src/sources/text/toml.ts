// TOML with the range of every node, through toml-eslint-parser (the parser behind eslint-plugin-toml,
// TOML 1.0). Data is built here from its syntax tree rather than with getStaticTOMLValue, so a key named
// "__proto__" stays an ordinary key; dates keep their source text; integers beyond 2^53 keep theirs.
import { boundedLine } from "../../util/text.js";
import type { AST } from "toml-eslint-parser";
import { LineIndex } from "../../manifest/positions.js";
import { escapePointerSegment } from "../../util/pointer.js";
import { setOwn } from "../../manifest/tree.js";
import { tomlParser } from "../../util/vendor.js";
import { MAX_NATIVE_DEPTH, type NodeRange, type ParsedText, type Range } from "./tree.js";

type Obj = Record<string, unknown>;

export function parseTomlText(text: string): ParsedText {
  let ast: AST.TOMLProgram;
  try {
    ast = tomlParser().parseTOML(text);
  } catch (e) {
    const err = e as { message?: string; index?: number };
    let at = typeof err.index === "number" ? Math.min(err.index, text.length) : 0;
    // "a value is missing" is reported where the next line starts: the line that lacks it is the one before
    while (
      at > 0 &&
      (text[at - 1] === "\n" || text[at - 1] === "\r") &&
      (at === text.length || /[\r\n]/.test(text[at] ?? ""))
    )
      at--;
    // the parser's messages name the rule broken, never the text
    return { fault: { start: at, end: at + 1, message: collapsed(err.message ?? "invalid TOML") } };
  }
  const ranges = new Map<string, NodeRange>();
  const root: Obj = {};
  const top = ast.body[0];
  ranges.set("", { value: [0, text.length] });
  const lines = new LineIndex(text);
  if (!top) return { tree: { data: root, ranges, lines } };
  const source = (node: { range: Range }): string => text.slice(node.range[0], node.range[1]);

  const keyName = (k: AST.TOMLBare | AST.TOMLQuoted): string => (k.type === "TOMLBare" ? k.name : k.value);

  /** The container at `path` under `base`, creating tables on the way (TOML's dotted keys and headers). */
  const descend = (
    base: Obj,
    basePointer: string,
    keys: ReadonlyArray<string | number>,
    keyRanges: ReadonlyArray<Range | undefined>,
  ): { obj: Obj; pointer: string } => {
    let obj = base;
    let pointer = basePointer;
    keys.forEach((k, i) => {
      if (typeof k === "number") {
        const list = obj as unknown as unknown[];
        obj = list[k] as Obj;
        pointer = `${pointer}/${k}`;
        return;
      }
      pointer = `${pointer}/${escapePointerSegment(k)}`;
      const next = Object.hasOwn(obj, k) ? obj[k] : undefined;
      const peek = keys[i + 1];
      if (next === undefined) {
        const created: unknown = typeof peek === "number" ? [] : {};
        setOwn(obj, k, created);
        const r = keyRanges[i];
        if (r && !ranges.has(pointer)) ranges.set(pointer, { value: r, key: r });
        obj = created as Obj;
      } else {
        obj = next as Obj;
      }
    });
    return { obj, pointer };
  };

  const value = (node: AST.TOMLContentNode, pointer: string, depth: number, key?: Range): unknown => {
    if (depth > MAX_NATIVE_DEPTH) return null;
    ranges.set(pointer, { value: node.range, ...(key ? { key } : {}) });
    if (node.type === "TOMLArray") {
      return node.elements.map((el, i) => value(el, `${pointer}/${i}`, depth + 1));
    }
    if (node.type === "TOMLInlineTable") {
      const out: Obj = {};
      for (const kv of node.body) keyValue(out, pointer, kv, depth + 1);
      return out;
    }
    if (node.kind === "string" || node.kind === "boolean") return node.value;
    if (node.kind === "integer" || node.kind === "float") {
      return typeof node.value === "number" && Number.isSafeInteger(node.value) ? node.value : source(node);
    }
    // dates and times: as written
    return source(node);
  };

  const keyValue = (obj: Obj, pointer: string, kv: AST.TOMLKeyValue, depth: number): void => {
    const keys = kv.key.keys.map(keyName);
    const last = keys.pop() as string;
    const target = descend(
      obj,
      pointer,
      keys,
      kv.key.keys.map((k) => k.range),
    );
    const child = `${target.pointer}/${escapePointerSegment(last)}`;
    const lastKey = kv.key.keys[kv.key.keys.length - 1] as AST.TOMLBare | AST.TOMLQuoted;
    setOwn(target.obj, last, value(kv.value, child, depth, lastKey.range));
  };

  for (const item of top.body) {
    if (item.type === "TOMLKeyValue") {
      keyValue(root, "", item, 1);
      continue;
    }
    const path = item.resolvedKey;
    const headerRange: Range = item.key.range;
    let table: { obj: Obj; pointer: string };
    if (item.kind === "array") {
      const parentPath = path.slice(0, -1);
      const index = path[path.length - 1] as number;
      const holder = descend(
        root,
        "",
        parentPath.slice(0, -1),
        parentPath.map(() => headerRange),
      );
      const name = parentPath[parentPath.length - 1] as string;
      const listPointer = `${holder.pointer}/${escapePointerSegment(name)}`;
      let list = Object.hasOwn(holder.obj, name) ? (holder.obj[name] as unknown[]) : undefined;
      if (!Array.isArray(list)) {
        list = [];
        setOwn(holder.obj, name, list);
        ranges.set(listPointer, { value: headerRange, key: headerRange });
      }
      const entry: Obj = {};
      list[index] = entry;
      const pointer = `${listPointer}/${index}`;
      ranges.set(pointer, { value: item.range });
      table = { obj: entry, pointer };
    } else {
      table = descend(
        root,
        "",
        path,
        path.map(() => headerRange),
      );
      // a header names its table: the table's span is the whole section, its key the header
      ranges.set(table.pointer, { value: item.range, key: headerRange });
    }
    for (const kv of item.body) keyValue(table.obj, table.pointer, kv, 2);
  }
  return { tree: { data: root, ranges, lines } };
}

/** A parser's message, whitespace collapsed, at most 200 characters. */
function collapsed(message: string): string {
  return boundedLine(message.replace(/\s+/g, " ").trim(), 200);
}
