// A small element tree over saxes (a strict, maintained XML parser) for the XML dependency files (pom.xml,
// *.csproj, packages.config): element names, attributes, text, and the line each element starts on. No
// DTDs or external entities are ever resolved. A well-formedness error is reported at saxes' position.
import { saxes } from "../../util/vendor.js";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
  /** 1-based line of the end of the start tag (where saxes reports it). */
  line: number;
}

export type XmlResult = { root: XmlElement } | { error: { line: number; column: number; message: string } };

/** Deeper than any real project file; a hostile file cannot exhaust the stack of a consumer. */
const MAX_DEPTH = 64;

export function parseXml(text: string): XmlResult {
  const parser = new (saxes().SaxesParser)({ position: true });
  const top: XmlElement = { name: "", attributes: {}, text: "", children: [], line: 1 };
  const stack: XmlElement[] = [top];
  let error: { line: number; column: number; message: string } | undefined;
  parser.on("error", (e) => {
    // saxes prefixes "line:column: "; keep the reason and our own position
    error ??= {
      line: parser.line,
      column: parser.column + 1,
      message: e.message.replace(/^\d+:\d+:\s*/, ""),
    };
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attributes[k] = typeof v === "string" ? v : v.value;
    const el: XmlElement = { name: tag.name, attributes, text: "", children: [], line: parser.line };
    stack.at(-1)!.children.push(el);
    if (stack.length > MAX_DEPTH) {
      error ??= {
        line: parser.line,
        column: parser.column + 1,
        message: `nested deeper than ${MAX_DEPTH} elements`,
      };
    }
    stack.push(el);
  });
  parser.on("text", (t) => {
    stack.at(-1)!.text += t;
  });
  parser.on("cdata", (t) => {
    stack.at(-1)!.text += t;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  try {
    parser.write(text).close();
  } catch (e) {
    error ??= { line: parser.line, column: parser.column + 1, message: (e as Error).message };
  }
  if (error) return { error };
  const root = top.children[0];
  if (!root) return { error: { line: 1, column: 1, message: "no root element" } };
  return { root };
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => localName(c.name) === name);
}

export function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => localName(c.name) === name);
}

export function localName(name: string): string {
  const i = name.indexOf(":");
  return i === -1 ? name : name.slice(i + 1);
}

/** The column of `value` on `line` of `text` (1-based), or 1 when it is not there. */
export function columnOf(lines: readonly string[], line: number, value: string): number {
  const i = (lines[line - 1] ?? "").indexOf(value);
  return i === -1 ? 1 : i + 1;
}
