// The output formats by name. Every formatter is pure: (FormatInput) → string.
import type { FormatInput } from "../report/model.js";
import { formatGithub } from "./github.js";
import { formatHtml } from "./html.js";
import { formatJson, writeJson } from "./json.js";
import { formatJunit, writeJunit } from "./junit.js";
import { formatMarkdown } from "./markdown.js";
import { formatOcsf, writeOcsf } from "./ocsf.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";

export const FORMATS = ["text", "json", "sarif", "markdown", "github", "ocsf", "junit", "html"] as const;
export type FormatName = (typeof FORMATS)[number];
export type Formatter = (input: FormatInput) => string;

const FORMATTERS: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  markdown: formatMarkdown,
  github: formatGithub,
  ocsf: formatOcsf,
  junit: formatJunit,
  html: formatHtml,
};

/** Writes a format's output in blocks (its concatenation is exactly the formatter's string). */
export type BlockFormatter = (input: FormatInput, write: (chunk: string) => void) => void;

// The formats whose size grows with the findings (one entry, event or test case each) are also written
// in blocks, so a report with many findings is never held again as one string.
const BLOCK_FORMATTERS: Partial<Record<FormatName, BlockFormatter>> = {
  json: writeJson,
  junit: writeJunit,
  ocsf: writeOcsf,
};

/** The block writer of a format, when it has one. */
export function blockFormatter(name: FormatName): BlockFormatter | undefined {
  return BLOCK_FORMATTERS[name];
}

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

export function format(name: FormatName, input: FormatInput): string {
  const formatter = FORMATTERS[name];
  if (!formatter) throw new Error(`unknown format '${String(name)}'; expected one of ${FORMATS.join(", ")}`);
  return formatter(input);
}

export {
  formatGithub,
  formatHtml,
  formatJson,
  formatJunit,
  formatMarkdown,
  formatOcsf,
  formatSarif,
  formatText,
};
