// Gemini CLI settings (.gemini/settings.json; JSON with comments). Schema:
// https://github.com/google-gemini/gemini-cli/blob/main/docs/reference/configuration.md and
// https://github.com/google-gemini/gemini-cli/blob/main/docs/tools/mcp-server.md — mcpServers.<name>:
// command/args/env/cwd (stdio), url (SSE), httpUrl (streamable HTTP), headers, timeout, trust (skip every
// confirmation for this server's tools), includeTools / excludeTools.
// Approval posture: `general.defaultApprovalMode` is "default" (prompt for approval), "auto_edit"
// (auto-approve edit tools) or "plan" (read-only); YOLO (approve everything) "can only be enabled via
// command line (--yolo or --approval-mode=yolo)": the CLI ignores "yolo" in a settings file
// (packages/cli/src/config/config.ts). `security.disableYoloMode: true` refuses YOLO even from a flag.
// `autoAccept` (settings v1) and `tools.autoAccept` (v2, since removed) ran tools the CLI considers safe
// without asking. Each is kept as written under native.posture and diffed in pull requests.
import { emptyConfig, type NativeConfig } from "../model.js";
import { isRecord } from "../../util/guards.js";
import { readServers } from "../servers.js";

export function readGeminiSettings(data: unknown, file: string, secrets: string[]): NativeConfig | undefined {
  if (!isRecord(data)) return undefined;
  const tools = isRecord(data.tools) ? data.tools : undefined;
  const general = isRecord(data.general) ? data.general : undefined;
  const security = isRecord(data.security) ? data.security : undefined;
  // the settings that decide what runs without a person's approval, as written (strings and booleans)
  const posture: { setting: string; value: unknown; pointer: string }[] = [
    { setting: "autoAccept", value: data.autoAccept, pointer: "/autoAccept" },
    { setting: "tools.autoAccept", value: tools?.autoAccept, pointer: "/tools/autoAccept" },
    {
      setting: "general.defaultApprovalMode",
      value: general?.defaultApprovalMode,
      pointer: "/general/defaultApprovalMode",
    },
    {
      setting: "security.disableYoloMode",
      value: security?.disableYoloMode,
      pointer: "/security/disableYoloMode",
    },
  ].filter((p) => typeof p.value === "string" || typeof p.value === "boolean");
  if (data.mcpServers === undefined && posture.length === 0) return undefined;
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
  for (const p of posture)
    config.posture.push({ setting: p.setting, value: String(p.value), pointer: p.pointer });
  return config;
}
