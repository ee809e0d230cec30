// JSON and JSON with comments (the VS Code dialect: // and /* */ comments, trailing commas) with the
// range of every node, through Microsoft's jsonc-parser (the parser VS Code itself uses). Hosts that read
// their file with JSON.parse get strict JSON: a comment there is an error, because the host would refuse
// the file too. Duplicate keys are errors: the host keeps the last one, which hides the first.
// (The bundles carry the package's ESM build, whose parts esbuild can follow; its main entry is UMD:
// util/vendor-require.ts.)
import type { Node, ParseError } from "jsonc-parser/lib/esm/main.js";
import { jsoncParser } from "../../util/vendor.js";
import { LineIndex } from "../../manifest/positions.js";
import { escapePointerSegment } from "../../util/pointer.js";
import { setOwn } from "../../manifest/tree.js";
import { MAX_NATIVE_DEPTH, type NodeRange, type ParsedText, type TextFault } from "./tree.js";

const MESSAGES: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "a property name in double quotes is expected",
  ValueExpected: "a value is expected",
  ColonExpected: "':' is expected",
  CommaExpected: "',' is expected",
  CloseBraceExpected: "'}' is expected",
  CloseBracketExpected: "']' is expected",
  EndOfFileExpected: "end of input is expected",
  InvalidCommentToken: "comments are not allowed in this file (the host reads it as strict JSON)",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid \\u escape in string",
  InvalidEscapeCharacter: "invalid escape in string",
  InvalidCharacter: "control character in string (escape it)",
};

class Fault extends Error {
  constructor(readonly fault: TextFault) {
    super(fault.message);
  }
}

export function parseJsonText(text: string, opts: { comments: boolean }): ParsedText {
  const errors: ParseError[] = [];
  const root = jsoncParser().parseTree(text, errors, {
    disallowComments: !opts.comments,
    allowTrailingComma: opts.comments,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first) {
    const code = jsoncParser().printParseErrorCode(first.error);
    const before = text.slice(0, first.offset).trimEnd();
    if ((code === "PropertyNameExpected" || code === "ValueExpected") && before.endsWith(",")) {
      const comma = before.length - 1;
      return {
        fault: {
          start: comma,
          end: comma + 1,
          message: "trailing comma is not allowed (the host reads this file as strict JSON)",
        },
      };
    }
    return {
      fault: {
        start: first.offset,
        end: first.offset + Math.max(first.length, 1),
        message: MESSAGES[code] ?? "invalid JSON",
      },
    };
  }
  if (!root) return { fault: { start: 0, end: 1, message: "empty file" } };
  const ranges = new Map<string, NodeRange>();
  try {
    const data = build(root, "", undefined, 0, ranges);
    return { tree: { data, ranges, lines: new LineIndex(text) } };
  } catch (e) {
    if (e instanceof Fault) return { fault: e.fault };
    throw e;
  }
}

function build(
  node: Node,
  pointer: string,
  key: Node | undefined,
  depth: number,
  ranges: Map<string, NodeRange>,
): unknown {
  if (depth > MAX_NATIVE_DEPTH) {
    throw new Fault({
      start: node.offset,
      end: node.offset + 1,
      message: `nested deeper than ${MAX_NATIVE_DEPTH} levels`,
    });
  }
  ranges.set(pointer, {
    value: [node.offset, node.offset + node.length],
    ...(key ? { key: [key.offset, key.offset + key.length] as const } : {}),
  });
  if (node.type === "object") {
    const out: Record<string, unknown> = {};
    for (const prop of node.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (!k || typeof k.value !== "string") continue;
      const name = k.value;
      if (Object.hasOwn(out, name)) {
        const shown = name.length <= 64 && !/[\s"]/.test(name) ? `"${name}"` : "";
        throw new Fault({
          start: k.offset,
          end: k.offset + k.length,
          message: `duplicate key ${shown}`.trim() + " (the host keeps only the last one)",
        });
      }
      const child = `${pointer}/${escapePointerSegment(name)}`;
      setOwn(out, name, v ? build(v, child, k, depth + 1, ranges) : null);
    }
    return out;
  }
  if (node.type === "array") {
    return (node.children ?? []).map((item, i) =>
      build(item, `${pointer}/${i}`, undefined, depth + 1, ranges),
    );
  }
  return node.value as unknown;
}
