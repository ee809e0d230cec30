// A native config file from text to an implicit agent: recognise the format by its path, parse in the
// host's dialect with positions, read the host's schema, build the Agent. A file whose content is not
// what its name claims (a settings.json of another tool, an empty object) yields nothing and no error;
// a file that cannot be parsed is an error with its line and column.
import type { FileError } from "../report/model.js";
import { redactText, scanString } from "../manifest/secrets.js";
import { buildAgent, type NativeAgent } from "./agent.js";
import { formatOf, projectFolder, type FormatDef } from "./formats.js";
import { parseJsonText } from "./text/jsonc.js";
import { parseTomlText } from "./text/toml.js";
import type { ParsedText } from "./text/tree.js";
import { LineIndex } from "../manifest/positions.js";

export interface NativeLoad {
  agents: NativeAgent[];
  errors: FileError[];
  /** Why a recognised file gave no agent (debug output). */
  skipped?: string;
}

export function isNativeFile(file: string): boolean {
  return formatOf(file) !== undefined;
}

/** Undefined when the path is not one of the native formats. */
export function loadNative(file: string, text: string): NativeLoad | undefined {
  const format = formatOf(file);
  if (!format) return undefined;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === "") return { agents: [], errors: [], skipped: "empty file" };
  const parsed: ParsedText =
    format.dialect === "toml"
      ? parseTomlText(source)
      : parseJsonText(source, { comments: format.dialect === "jsonc" });
  if ("fault" in parsed) {
    const lines = new LineIndex(source);
    const a = lines.position(parsed.fault.start);
    const b = lines.position(Math.max(parsed.fault.end, parsed.fault.start + 1));
    const found = scanString(parsed.fault.message).map(([, v]) => v);
    const message = `${format.label} config: ${found.length > 0 ? redactText(parsed.fault.message, found) : parsed.fault.message}`;
    return {
      agents: [],
      errors: [{ file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, message }],
    };
  }
  const secrets: string[] = [];
  const config = format.read(parsed.tree.data, file, secrets);
  if (!config)
    return { agents: [], errors: [], skipped: `not a ${format.label} config (none of the fields it reads)` };
  return {
    agents: [buildAgent(config, format, parsed.tree, implicitName(file, format), secrets)],
    errors: [],
  };
}

/**
 * A stable agent name from the host and the project folder: `claude-code` for the repository root's
 * .claude/settings.json, `claude-code-mcp-packages-api` for packages/api/.mcp.json. A DNS label, as
 * metadata.name must be; over 63 characters the folder part is shortened with a hash of it.
 */
export function implicitName(file: string, format: FormatDef): string {
  const folder = projectFolder(file, format);
  const local = /settings\.local\.json$/.test(file) ? "local" : "";
  const head = [format.host, format.suffix, local].filter(Boolean).join("-");
  const tail = slug(folder);
  const name = tail ? `${head}-${tail}` : head;
  if (name.length <= 63) return name;
  const keep = 63 - head.length - 10;
  return `${head}-${tail.slice(0, Math.max(keep, 0)).replace(/-+$/, "")}-${hash(folder)}`;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}
