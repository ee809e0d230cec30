// Every output format by name, loaded the way the CLI loads the one it needs (src/format/load.ts), so
// tests can render a report in all of them synchronously.
import { loadFormatter, type Formatter } from "../../src/format/load.js";
import { FORMATS, type FormatName } from "../../src/format/names.js";
import type { FormatInput } from "../../src/report/model.js";

const loaded = new Map<FormatName, Formatter>(
  await Promise.all(FORMATS.map(async (name) => [name, await loadFormatter(name)] as const)),
);

export function format(name: FormatName, input: FormatInput): string {
  const formatter = loaded.get(name);
  if (!formatter) throw new Error(`unknown format '${String(name)}'`);
  return formatter(input);
}
