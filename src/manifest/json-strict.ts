// Strict JSON check for .json manifests. The YAML parser reads JSON too (and gives positions), but
// it also accepts what JSON forbids: comments, trailing commas, single quotes, bare words. A file
// named .json should be JSON, so this scanner finds the first such fault and where it is. It is
// iterative, so deep nesting cannot overflow the stack; it builds no values.

export interface JsonFault {
  offset: number;
  /** Exclusive end offset of the offending text. */
  end: number;
  message: string;
}

/** Deeper nesting than any manifest needs; the same limit applies to YAML in tree.ts. */
export const MAX_JSON_DEPTH = 128;

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

interface Frame {
  kind: "object" | "array";
  keys: Set<string>;
}

class Fault extends Error {
  constructor(
    readonly offset: number,
    readonly end: number,
    message: string,
  ) {
    super(message);
  }
}

/** The first way `text` is not strict JSON (RFC 8259, plus no duplicate keys), or undefined when it is. */
export function checkJson(text: string): JsonFault | undefined {
  try {
    scan(text);
    return undefined;
  } catch (e) {
    if (e instanceof Fault) return { offset: e.offset, end: e.end, message: e.message };
    throw e;
  }
}

function scan(text: string): void {
  let pos = 0;
  const stack: Frame[] = [];

  const skipWhitespace = (): void => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) pos++;
      else break;
    }
  };
  const unexpected = (expected: string): never => {
    if (pos >= text.length) throw new Fault(pos, pos, `unexpected end of JSON input, expected ${expected}`);
    const c = text[pos] as string;
    if (text.startsWith("//", pos) || text.startsWith("/*", pos) || c === "#") {
      throw new Fault(pos, pos + 1, "comments are not allowed in JSON");
    }
    if (c === "'") throw new Fault(pos, pos + 1, "JSON strings must use double quotes");
    const shown = JSON.stringify(String.fromCodePoint(text.codePointAt(pos) ?? 0));
    throw new Fault(pos, pos + 1, `unexpected character ${shown}, expected ${expected}`);
  };
  const readString = (): string => {
    const start = pos;
    pos++;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        pos++;
        return JSON.parse(text.slice(start, pos)) as string;
      }
      if (c === 0x5c) {
        const next = text[pos + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
            throw new Fault(pos, pos + 2, "invalid \\u escape in JSON string");
          }
          pos += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          pos += 2;
        } else {
          throw new Fault(pos, pos + 2, "invalid escape in JSON string");
        }
      } else if (c < 0x20) {
        throw new Fault(pos, pos + 1, "control character in JSON string (escape it)");
      } else {
        pos++;
      }
    }
    throw new Fault(start, pos, "unterminated JSON string");
  };
  const readScalar = (): void => {
    const c = text[pos];
    if (c === '"') {
      readString();
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return;
      }
    }
    NUMBER.lastIndex = pos;
    if ((c === "-" || (c !== undefined && c >= "0" && c <= "9")) && NUMBER.test(text)) {
      pos = NUMBER.lastIndex;
      return;
    }
    unexpected("a value");
  };
  const open = (kind: Frame["kind"]): void => {
    if (stack.length >= MAX_JSON_DEPTH) {
      throw new Fault(pos, pos + 1, `JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
    }
    stack.push({ kind, keys: new Set() });
    pos++;
  };
  const readMember = (frame: Frame): void => {
    if (text[pos] !== '"') unexpected("a property name in double quotes");
    const start = pos;
    const key = readString();
    if (frame.keys.has(key)) {
      const shown = key.length <= 64 ? JSON.stringify(key) : `of ${key.length} characters`;
      throw new Fault(start, pos, `duplicate key ${shown}`);
    }
    frame.keys.add(key);
    skipWhitespace();
    if (text[pos] !== ":") unexpected("':'");
    pos++;
  };

  // Each turn reads one value (opening a container counts as starting one), then closes and
  // separates until the next value is due.
  skipWhitespace();
  for (;;) {
    skipWhitespace();
    const c = text[pos];
    if (c === "{") {
      open("object");
      skipWhitespace();
      if (text[pos] !== "}") {
        readMember(stack[stack.length - 1] as Frame);
        continue;
      }
    } else if (c === "[") {
      open("array");
      skipWhitespace();
      if (text[pos] !== "]") continue;
    } else {
      readScalar();
    }
    // a value ended (or an empty container is about to close)
    for (;;) {
      skipWhitespace();
      const frame = stack[stack.length - 1];
      if (!frame) {
        if (pos < text.length) unexpected("end of input");
        return;
      }
      const close = frame.kind === "object" ? "}" : "]";
      if (text[pos] === close) {
        stack.pop();
        pos++;
        continue;
      }
      if (text[pos] !== ",") unexpected(`',' or '${close}'`);
      const comma = pos;
      pos++;
      skipWhitespace();
      if (text[pos] === close) throw new Fault(comma, comma + 1, "trailing comma is not allowed in JSON");
      if (frame.kind === "object") readMember(frame);
      break;
    }
  }
}
