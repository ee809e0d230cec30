// The output formats by name. Every formatter is pure: (FormatInput) → string.
import type { FormatInput } from "../report/model.js";
import { formatGithub } from "./github.js";
import { formatHtml } from "./html.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatMarkdown } from "./markdown.js";
import { formatOcsf } from "./ocsf.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";

import { FORMATS, type FormatName } from "./names.js";

export { FORMATS, isFormatName, type FormatName } from "./names.js";
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
