// The native formats, recognised by where their file sits (at any depth: nested packages have their own),
// each with the dialect its host reads and the reader that turns it into a NativeConfig.
import type { FormatId, NativeConfig } from "./model.js";
import { readMcpServers, readVscode } from "./mcp/read.js";
import { readClaudeSettings } from "./claude/settings.js";
import { readGeminiSettings } from "./gemini/settings.js";
import { readCodexConfig } from "./codex/config.js";
import { readAgentCard } from "./a2a/card.js";

export interface FormatDef {
  id: FormatId;
  host: string;
  /** How reports name the host. */
  label: string;
  /** Matches the file's path (relative, '/' separators). */
  path: RegExp;
  /** Discovery globs (src/manifest/discover.ts DEFAULT_INCLUDE). */
  globs: string[];
  dialect: "json" | "jsonc" | "toml";
  /** Name part that tells two formats of one host apart in implicit agent names. */
  suffix: string;
  /** The folder the config belongs to: the file's folder, or its parent for `.claude/`-style folders. */
  nested: boolean;
  /** The host's own documentation of the format. */
  docs: string;
  read(data: unknown, file: string, secrets: string[]): NativeConfig | undefined;
}

export const FORMATS: readonly FormatDef[] = [
  {
    id: "claude-code-mcp",
    host: "claude-code",
    label: "Claude Code",
    path: /(?:^|\/)\.mcp\.json$/,
    globs: ["**/.mcp.json"],
    // Claude Code reads .mcp.json with JSON.parse
    dialect: "json",
    suffix: "mcp",
    nested: false,
    docs: "https://code.claude.com/docs/en/mcp",
    read: (d, f, s) => readMcpServers(d, "claude-code-mcp", "claude-code", f, "mcpServers", s),
  },
  {
    id: "claude-code-settings",
    host: "claude-code",
    label: "Claude Code",
    path: /(?:^|\/)\.claude\/settings(?:\.local)?\.json$/,
    globs: ["**/.claude/settings.json", "**/.claude/settings.local.json"],
    dialect: "json",
    suffix: "",
    nested: true,
    docs: "https://code.claude.com/docs/en/settings",
    read: readClaudeSettings,
  },
  {
    id: "cursor-mcp",
    host: "cursor",
    label: "Cursor",
    path: /(?:^|\/)\.cursor\/mcp\.json$/,
    globs: ["**/.cursor/mcp.json"],
    // Cursor is built on VS Code's JSON reader, which accepts comments and trailing commas
    dialect: "jsonc",
    suffix: "",
    nested: true,
    docs: "https://cursor.com/docs/context/mcp",
    read: (d, f, s) => readMcpServers(d, "cursor-mcp", "cursor", f, "mcpServers", s),
  },
  {
    id: "vscode-mcp",
    host: "vscode",
    label: "VS Code",
    path: /(?:^|\/)\.vscode\/mcp\.json$/,
    globs: ["**/.vscode/mcp.json"],
    dialect: "jsonc",
    suffix: "",
    nested: true,
    docs: "https://code.visualstudio.com/docs/copilot/reference/mcp-configuration",
    read: readVscode,
  },
  {
    id: "claude-desktop",
    host: "claude-desktop",
    label: "Claude Desktop",
    path: /(?:^|\/)claude_desktop_config\.json$/,
    globs: ["**/claude_desktop_config.json"],
    dialect: "json",
    suffix: "",
    nested: false,
    docs: "https://modelcontextprotocol.io/quickstart/user",
    read: (d, f, s) => readMcpServers(d, "claude-desktop", "claude-desktop", f, "mcpServers", s),
  },
  {
    id: "gemini-settings",
    host: "gemini-cli",
    label: "Gemini CLI",
    path: /(?:^|\/)\.gemini\/settings\.json$/,
    globs: ["**/.gemini/settings.json"],
    // Gemini CLI strips comments before parsing (strip-json-comments)
    dialect: "jsonc",
    suffix: "",
    nested: true,
    docs: "https://github.com/google-gemini/gemini-cli/blob/main/docs/tools/mcp-server.md",
    read: readGeminiSettings,
  },
  {
    id: "codex-config",
    host: "codex",
    label: "Codex",
    path: /(?:^|\/)\.codex\/config\.toml$/,
    globs: ["**/.codex/config.toml"],
    dialect: "toml",
    suffix: "",
    nested: true,
    docs: "https://developers.openai.com/codex/config-reference/",
    read: readCodexConfig,
  },
  {
    id: "a2a-card",
    host: "a2a",
    label: "A2A agent card",
    path: /(?:^|\/)\.well-known\/agent(?:-card)?\.json$/,
    globs: ["**/.well-known/agent-card.json", "**/.well-known/agent.json"],
    dialect: "json",
    suffix: "",
    nested: true,
    docs: "https://a2a-protocol.org/latest/specification/",
    read: (d, f) => readAgentCard(d, f),
  },
];

/** Discovery globs for every native format. */
export const NATIVE_GLOBS: readonly string[] = FORMATS.flatMap((f) => f.globs);

export function formatOf(file: string): FormatDef | undefined {
  const posix = file.replace(/\\/g, "/");
  return FORMATS.find((f) => f.path.test(posix));
}

/** The project folder a config belongs to ("" = the scan root). */
export function projectFolder(file: string, format: FormatDef): string {
  const parts = file.replace(/\\/g, "/").split("/");
  parts.pop();
  if (format.nested) parts.pop();
  return parts.join("/");
}
