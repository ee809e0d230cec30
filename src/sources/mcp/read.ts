// MCP client configs whose servers live under `mcpServers` (Claude Code's .mcp.json, Cursor's
// .cursor/mcp.json, Claude Desktop's claude_desktop_config.json) and VS Code's `servers` (.vscode/mcp.json).
// Schemas, as each host documents them:
// - Claude Code .mcp.json: https://code.claude.com/docs/en/mcp (type stdio/http/sse, command/args/env,
//   url/headers; `${VAR}` and `${VAR:-default}` expansion)
// - Cursor: https://cursor.com/docs/context/mcp (command/args/env/envFile, url/headers; `${env:NAME}`)
// - Claude Desktop: https://modelcontextprotocol.io/quickstart/user (command/args/env)
// - VS Code: https://code.visualstudio.com/docs/copilot/reference/mcp-configuration (servers: type
//   stdio/http/sse, command/args/env/envFile, url/headers; inputs with password: true; `${input:id}`)
// `alwaysAllow` / `autoApprove` (tools run without a prompt) are read wherever they appear: several MCP
// clients (Cline, Roo Code, Windsurf) write them into the same file shape.
import { emptyConfig, type FormatId, type NativeConfig } from "../model.js";
import { isRecord } from "../../util/guards.js";
import { readServers, type ServerFields } from "../servers.js";

const MCP_FIELDS: ServerFields = {
  urls: [
    { field: "url", transport: "http" },
    { field: "serverUrl", transport: "http" },
  ],
  headers: ["headers"],
  autoApprove: ["alwaysAllow", "autoApprove"],
  disabled: "disabled",
  envFile: "envFile",
};

/** A config whose servers are under `key`; undefined when the file is not one (no such object). */
export function readMcpServers(
  data: unknown,
  format: FormatId,
  host: string,
  file: string,
  key: "mcpServers" | "servers",
  secrets: string[],
): NativeConfig | undefined {
  if (!isRecord(data) || !isRecord(data[key])) return undefined;
  const config = emptyConfig(format, host, file);
  config.servers = readServers(data[key], `/${key}`, MCP_FIELDS, secrets);
  return config;
}

/** VS Code: `servers`, and `inputs` whose ids `${input:id}` references resolve to (prompted, not stored). */
export function readVscode(data: unknown, file: string, secrets: string[]): NativeConfig | undefined {
  const config = readMcpServers(data, "vscode-mcp", "vscode", file, "servers", secrets);
  if (!config || !isRecord(data)) return config;
  const inputs = Array.isArray(data.inputs) ? data.inputs.filter(isRecord) : [];
  const passwordInputs = new Set(inputs.filter((i) => i.password === true).map((i) => String(i.id)));
  // A value taken from a non-password input is typed in plain view and kept in settings: still a
  // reference (nothing is in the file), so it stays one; password inputs are stored in secret storage.
  for (const server of config.servers) {
    for (const c of server.credentials) {
      if (c.ref?.startsWith("input:") && !passwordInputs.has(c.ref.slice("input:".length))) {
        c.ref = `${c.ref} (not a password input)`;
      }
    }
  }
  return config;
}
