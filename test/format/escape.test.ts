import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  escapeData,
  escapeMarkdown,
  escapeProperty,
  oneLine,
  printable,
  wellFormed,
} from "../../src/format/escape.js";
import { HOSTILE } from "./sample.js";

describe("workflow-command escaping", () => {
  it("escapes data exactly like actions/toolkit: % first, then CR and LF", () => {
    expect(escapeData("100%\r\n::error::x")).toBe("100%25%0D%0A::error::x");
    expect(escapeData("%0A")).toBe("%250A"); // an already-escaped sequence cannot be smuggled in
    expect(escapeData("a:b,c")).toBe("a:b,c");
  });

  it("escapes properties: data rules plus ':' and ','", () => {
    expect(escapeProperty("a:b,c%\nd")).toBe("a%3Ab%2Cc%25%0Ad");
  });

  it("never leaves a line break in escaped data or properties", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(escapeData(s)).not.toMatch(/[\r\n]/);
        expect(escapeProperty(s)).not.toMatch(/[\r\n:,]/);
      }),
    );
  });

  it("printable() turns terminal escapes into U+FFFD but keeps line breaks for escapeData", () => {
    expect(printable(HOSTILE.ansi)).toBe("\uFFFD[31mred\uFFFD[0m");
    expect(printable("a\nb")).toBe("a\nb");
    // separators JavaScript treats as line breaks (a `.` in a regex stops there) cannot split a line
    expect(printable("a\u2028::warning::b\u2029c\u0085d")).toBe("a\uFFFD::warning::b\uFFFDc\uFFFDd");
  });
});

describe("oneLine", () => {
  it("collapses every kind of line break and neutralises control and bidi characters", () => {
    expect(oneLine("a\r\nb\nc\rd\u2028e\u0085f\tg")).toBe("a b c d e f g");
    expect(oneLine(HOSTILE.ansi)).toBe("\uFFFD[31mred\uFFFD[0m");
    expect(oneLine("user\u202Egnp.exe")).toBe("user\uFFFDgnp.exe");
  });

  it("replaces lone surrogates", () => {
    expect(wellFormed("a\uD800b\uDC00c\uD83D\uDE00")).toBe("a\uFFFDb\uFFFDc\uD83D\uDE00");
  });
});

describe("escapeMarkdown", () => {
  it("turns HTML specials into entities", () => {
    expect(escapeMarkdown(HOSTILE.script)).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(escapeMarkdown(HOSTILE.details)).toBe("&lt;/details&gt;&lt;details open&gt;");
    expect(escapeMarkdown('a "quoted" & more')).toBe("a &quot;quoted&quot; &amp; more");
  });

  it("can never produce the hidden comment marker or any comment opener", () => {
    expect(escapeMarkdown(HOSTILE.marker)).toBe("&lt;!-- agentpolicy --&gt;");
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeMarkdown(s);
        expect(out).not.toContain("<");
        expect(out).not.toContain(">");
      }),
    );
  });

  it("escapes table pipes, code, emphasis, links and math", () => {
    expect(escapeMarkdown(HOSTILE.pipe)).toBe("a \\| b \\| c");
    expect(escapeMarkdown(HOSTILE.backticks)).toBe("\\`\\`\\` run \\`rm -rf /\\` \\`\\`\\`");
    expect(escapeMarkdown("*a* _b_ ~c~ [d](e) $x$ \\")).toBe(
      "\\*a\\* \\_b\\_ \\~c\\~ \\[d\\](e) \\$x\\$ \\\\",
    );
  });

  it("neutralises user and team mentions with a zero-width space entity", () => {
    expect(escapeMarkdown(HOSTILE.mention)).toBe("@&#8203;octocat");
    expect(escapeMarkdown(HOSTILE.team)).toBe("@&#8203;org/team");
  });

  it("collapses newlines, so data cannot start a heading, list, quote or fence", () => {
    expect(escapeMarkdown("ok\n# heading\n- item\n> quote\n```")).toBe(
      "ok \\# heading - item &gt; quote \\`\\`\\`",
    );
    expect(escapeMarkdown("# title")).toBe("\\# title");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("+ item")).toBe("\\+ item");
    expect(escapeMarkdown("=== ")).toBe("\\===");
    expect(escapeMarkdown("12. item")).toBe("12\\. item");
    expect(escapeMarkdown("   indented code")).toBe("indented code");
  });

  it("keeps bare URLs from turning into links", () => {
    expect(escapeMarkdown("see https://evil.example and WWW.evil.example")).toBe(
      "see https&#8203;://evil.example and WWW&#8203;.evil.example",
    );
  });

  it("keeps plain text readable", () => {
    expect(escapeMarkdown("credential 'finance-db' lives 30d; at most 1h is allowed")).toBe(
      "credential 'finance-db' lives 30d; at most 1h is allowed",
    );
  });
});
