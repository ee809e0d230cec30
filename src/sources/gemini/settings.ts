// Gemini CLI settings (.gemini/settings.json; JSON with comments). Schema:
// https://github.com/google-gemini/gemini-cli/blob/main/docs/get-started/configuration.md and
// https://github.com/google-gemini/gemini-cli/blob/main/docs/tools/mcp-server.md — mcpServers.<name>:
// command/args/env/cwd (stdio), url (SSE), httpUrl (streamable HTTP), headers, timeout, trust (skip every
// confirmation for this server's tools), includeTools / excludeTools. `autoAccept` (settings v1) and
// `tools.autoAccept` (v2) run tools the CLI considers safe without asking.
import { emptyConfig, type NativeConfig } from "../model.js";
import { isRecord } from "../../util/guards.js";
import { readServers } from "../servers.js";

export function readGeminiSettings(data: unknown, file: string, secrets: string[]): NativeConfig | undefined {
  if (!isRecord(data)) return undefined;
  const tools = isRecord(data.tools) ? data.tools : undefined;
  const relevant =
    data.mcpServers !== undefined || data.autoAccept !== undefined || tools?.autoAccept !== undefined;
  if (!relevant) return undefined;
  const config = emptyConfig("gemini-settings", "gemini-cli", file);
  config.servers = readServers(
    data.mcpServers,
    "/mcpServers",
    {
      urls: [
        { field: "httpUrl", transport: "http" },
        { field: "url", transport: "sse" },
      ],
      headers: ["headers"],
      autoApprove: [],
      trust: "trust",
      include: "includeTools",
      exclude: "excludeTools",
    },
    secrets,
  );
  if (data.autoAccept !== undefined)
    config.posture.push({ setting: "autoAccept", value: String(data.autoAccept), pointer: "/autoAccept" });
  if (tools?.autoAccept !== undefined) {
    config.posture.push({
      setting: "tools.autoAccept",
      value: String(tools.autoAccept),
      pointer: "/tools/autoAccept",
    });
  }
  return config;
}
