import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, escapeXml } from "../../src/format/escape.js";
import { parseXml } from "../helpers/xml.js";

describe("escapeXml", () => {
  it("escapes the five specials and keeps line breaks and tabs as character references", () => {
    expect(escapeXml(`<a href="x">'&'</a>\t\r\n`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;&#9;&#13;&#10;",
    );
  });

  it("replaces what XML 1.0 forbids, lone surrogates and bidi overrides with U+FFFD", () => {
    expect(escapeXml("a\u0000b\u000bc\u001b[0m\ufffe\ud800\u202e")).toBe(
      "a\ufffdb\ufffdc\ufffd[0m\ufffd\ufffd\ufffd",
    );
    expect(escapeXml("emoji 😀 stays")).toBe("emoji 😀 stays");
  });

  it("round-trips any string through an XML parser, as text and as an attribute", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const el = parseXml(`<a v="${escapeXml(s)}">${escapeXml(s)}</a>`);
        expect(el.attrs.v).toBe(el.text);
        expect(el.text.length).toBeLessThanOrEqual(s.length);
      }),
    );
  });
});

describe("escapeHtml", () => {
  it("leaves no tag, attribute quote or entity from data", () => {
    expect(escapeHtml(`<img src=x onerror="a">'&amp;`)).toBe(
      "&lt;img src=x onerror=&quot;a&quot;&gt;&#39;&amp;amp;",
    );
    // a line break shows the same as a character reference, and data can never start a line of the file
    expect(escapeHtml("line\nbreak\r\n::error::x\rend")).toBe("line&#10;break&#10;::error::x&#10;end");
    expect(escapeHtml(42)).toBe("42");
  });
});
