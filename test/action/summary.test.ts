import { describe, expect, it } from "vitest";
import { summaryMarkdown } from "../../src/action/summary.js";
import { formatMarkdown } from "../../src/format/markdown.js";
import { RULES, sampleReport } from "../format/sample.js";

describe("job summary", () => {
  it("is the full Markdown report", () => {
    const input = { report: sampleReport(), rules: RULES };
    expect(summaryMarkdown(input)).toBe(formatMarkdown(input));
  });

  it("stays under the byte limit, closing any open <details> before the note", () => {
    const input = { report: sampleReport(), rules: RULES };
    const full = formatMarkdown(input);
    const cutInside = full.indexOf("</details>") + 0;
    const limit = Buffer.byteLength(full.slice(0, cutInside)) + 300;
    const text = summaryMarkdown(input, limit);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(limit);
    expect(text).toContain("**Truncated**");
    expect((text.match(/<details>/g) ?? []).length).toBe((text.match(/<\/details>/g) ?? []).length);
  });
});
