import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/format/json.js";
import { loadFormatter } from "../../src/format/load.js";
import { FORMATS, isFormatName } from "../../src/format/names.js";
import { formatText } from "../../src/format/text.js";
import { format } from "../helpers/formats.js";
import { cleanReport, RULES, sampleReport } from "./sample.js";

describe("format()", () => {
  it("knows the report formats", () => {
    expect([...FORMATS]).toEqual(
      expect.arrayContaining(["text", "json", "sarif", "markdown", "github", "ocsf", "junit", "html"]),
    );
    expect(FORMATS[0]).toBe("text"); // the CLI default comes first
    expect(isFormatName("sarif")).toBe(true);
    expect(isFormatName("pdf")).toBe(false);
  });

  it("dispatches by name to pure formatters", () => {
    // The evidence formats stamp the run's time; a fixed clock makes two calls comparable.
    const input = { report: sampleReport(), rules: RULES, now: Date.UTC(2026, 10, 28) };
    expect(format("json", input)).toBe(formatJson(input));
    expect(format("text", input)).toBe(formatText(input));
    for (const name of FORMATS) {
      const first = format(name, input);
      expect(format(name, input), name).toBe(first); // same input, same output
      expect(input.report, name).toEqual(sampleReport()); // the report is not mutated
    }
  });

  it("handles a clean report in every format", () => {
    for (const name of FORMATS)
      expect(() => format(name, { report: cleanReport(), rules: [] }), name).not.toThrow();
  });

  it("rejects an unknown name from untyped callers, inherited property names included", async () => {
    await expect(loadFormatter("pdf" as never)).rejects.toThrow(/unknown format 'pdf'/);
    await expect(loadFormatter("constructor" as never)).rejects.toThrow(/unknown format 'constructor'/);
  });
});
