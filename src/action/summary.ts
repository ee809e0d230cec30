// The job summary: the full Markdown report (formatMarkdown), the place the PR comment points to.
// GitHub accepts at most 1 MiB per step; a larger report is cut at a line with a note, and the
// complete report stays in the JSON file named by the report-json output.
import * as core from "@actions/core";
import { formatMarkdown } from "../format/markdown.js";
import type { FormatInput } from "../report/model.js";

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export function summaryMarkdown(input: FormatInput, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const text = formatMarkdown(input);
  if (Buffer.byteLength(text) <= limitBytes) return text;
  const note =
    "\n\n**Truncated**: the report is larger than a job summary may be; the complete report is the JSON file named by the `report-json` output.\n";
  const bytes = Buffer.from(text).subarray(0, limitBytes - Buffer.byteLength(note) - 64);
  let cut = bytes.toString("utf8");
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf("\n")));
  // a cut inside a collapsed section would swallow the note
  const open = (cut.match(/^<details>/gm) ?? []).length - (cut.match(/^<\/details>/gm) ?? []).length;
  return cut + "\n" + "\n</details>".repeat(Math.max(0, open)) + note;
}

export async function writeJobSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(markdown).write();
}
