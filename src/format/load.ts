// One formatter, loaded when it is chosen: the bundles keep each formatter in its own chunk, so a check
// printing text never loads (or compiles) the HTML, JUnit or OCSF code.
import type { FormatInput } from "../report/model.js";
import { FORMATS, type FormatName } from "./names.js";

export type Formatter = (input: FormatInput) => string;

const LOADERS: Record<FormatName, () => Promise<Formatter>> = {
  text: async () => (await import("./text.js")).formatText,
  json: async () => (await import("./json.js")).formatJson,
  sarif: async () => (await import("./sarif.js")).formatSarif,
  markdown: async () => (await import("./markdown.js")).formatMarkdown,
  github: async () => (await import("./github.js")).formatGithub,
  ocsf: async () => (await import("./ocsf.js")).formatOcsf,
  junit: async () => (await import("./junit.js")).formatJunit,
  html: async () => (await import("./html.js")).formatHtml,
};

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  const load = Object.hasOwn(LOADERS, name) ? LOADERS[name] : undefined;
  if (!load) throw new Error(`unknown format '${String(name)}'; expected one of ${FORMATS.join(", ")}`);
  return load();
}

/** Writes a format's output in blocks (its concatenation is exactly the formatter's string). */
export type BlockFormatter = (input: FormatInput, write: (chunk: string) => void) => void;

// The formats whose size grows with the findings (one entry, event or test case each) are also written
// in blocks, so a report with many findings is never held again as one string.
const BLOCK_LOADERS: Partial<Record<FormatName, () => Promise<BlockFormatter>>> = {
  json: async () => (await import("./json.js")).writeJson,
  junit: async () => (await import("./junit.js")).writeJunit,
  ocsf: async () => (await import("./ocsf.js")).writeOcsf,
};

/** The block writer of a format, when it has one. */
export async function loadBlockFormatter(name: FormatName): Promise<BlockFormatter | undefined> {
  const load = Object.hasOwn(BLOCK_LOADERS, name) ? BLOCK_LOADERS[name] : undefined;
  return load ? load() : undefined;
}
