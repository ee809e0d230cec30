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
