// A small strict XML 1.0 parser for tests: it builds an element tree and throws on anything that is
// not well-formed (mismatched or unclosed tags, a raw `<` or a bare `&` in text or attributes,
// duplicate attributes, characters XML 1.0 forbids, content outside the single root element).
// Enough for JUnit output; no DTDs, no namespaces.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (raw.includes("<")) throw new Error(`raw '<' in ${where}`);
  return raw.replace(/&([^;]*);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare '&' in ${where}`);
    if (ref in ENTITIES) return ENTITIES[ref]!;
    const num = /^#x([0-9a-fA-F]+)$/.exec(ref)?.[1] ?? /^#([0-9]+)$/.exec(ref)?.[1];
    if (num === undefined) throw new Error(`unknown entity '${m}' in ${where}`);
    const cp = ref.startsWith("#x") ? parseInt(num, 16) : parseInt(num, 10);
    const ch = String.fromCodePoint(cp);
    if (FORBIDDEN.test(ch) || (cp >= 0xd800 && cp <= 0xdfff))
      throw new Error(`forbidden character reference '${m}'`);
    return ch;
  });
}

export function parseXml(xml: string): XmlElement {
  const bad = FORBIDDEN.exec(xml);
  if (bad) throw new Error(`forbidden character U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}`);
  let i = 0;
  const rest = (): string => xml.slice(i);
  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end < 0) throw new Error("unterminated XML declaration");
    i = end + 2;
  }
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < xml.length) {
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i + 4);
      if (end < 0) throw new Error("unterminated comment");
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i);
      if (end < 0 || stack.length === 0) throw new Error("bad CDATA");
      stack[stack.length - 1]!.text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith("</", i)) {
      const m = /^<\/([^\s>]+)\s*>/.exec(rest());
      const open = stack.pop();
      if (!m || !open || open.name !== m[1])
        throw new Error(`mismatched end tag at ${i}: ${rest().slice(0, 40)}`);
      i += m[0].length;
    } else if (xml[i] === "<") {
      i++;
      const name = NAME.exec(rest())?.[0];
      if (!name) throw new Error(`bad tag name at ${i}`);
      i += name.length;
      const el: XmlElement = { name, attrs: {}, children: [], text: "" };
      for (;;) {
        const ws = /^\s*/.exec(rest())![0];
        i += ws.length;
        if (xml.startsWith("/>", i) || xml[i] === ">") break;
        if (ws === "") throw new Error(`missing space before attribute at ${i}`);
        const attr = /^([A-Za-z_:][A-Za-z0-9_:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(rest());
        if (!attr) throw new Error(`bad attribute at ${i}: ${rest().slice(0, 40)}`);
        if (attr[1]! in el.attrs) throw new Error(`duplicate attribute ${attr[1]}`);
        // Attribute-value normalisation (XML 1.0 §3.3.3): raw whitespace characters become spaces;
        // only character references keep a line break.
        const raw = (attr[3] ?? attr[4] ?? "").replace(/[\t\n\r]/g, " ");
        el.attrs[attr[1]!] = decode(raw, `attribute ${attr[1]}`);
        i += attr[0].length;
      }
      if (stack.length === 0) {
        if (root) throw new Error("more than one root element");
        root = el;
      } else stack[stack.length - 1]!.children.push(el);
      if (xml.startsWith("/>", i)) i += 2;
      else {
        i += 1;
        stack.push(el);
      }
    } else {
      const next = xml.indexOf("<", i);
      const raw = xml.slice(i, next < 0 ? xml.length : next);
      if (stack.length === 0) {
        if (raw.trim() !== "") throw new Error(`text outside the root element: ${raw.slice(0, 40)}`);
      } else stack[stack.length - 1]!.text += decode(raw, `text of <${stack[stack.length - 1]!.name}>`);
      i += raw.length;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error("no root element");
  return root;
}

export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}
