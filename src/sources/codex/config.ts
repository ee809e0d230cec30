// Codex config (.codex/config.toml, project scope; read by Codex in trusted projects). Schema:
// https://developers.openai.com/codex/config-reference/ — approval_policy (untrusted | on-failure |
// on-request | never), sandbox_mode (read-only | workspace-write | danger-full-access),
// [sandbox_workspace_write] writable_roots / network_access, [profiles.<name>] with the same keys, and
// [mcp_servers.<name>]: command/args/env/cwd, or url with bearer_token_env_var / http_headers /
// env_http_headers; enabled, enabled_tools, disabled_tools.
import { escapePointerSegment } from "../../util/pointer.js";
import { emptyConfig, str, type NativeConfig } from "../model.js";
import { isRecord } from "../../util/guards.js";
import { readServers } from "../servers.js";

export function readCodexConfig(data: unknown, file: string, secrets: string[]): NativeConfig | undefined {
  if (!isRecord(data)) return undefined;
  const relevant = [
    "approval_policy",
    "sandbox_mode",
    "mcp_servers",
    "profiles",
    "sandbox_workspace_write",
  ].some((k) => data[k] !== undefined);
  if (!relevant) return undefined;
  const config = emptyConfig("codex-config", "codex", file);
  const posture = (table: Record<string, unknown>, prefix: string, label: string): void => {
    for (const key of ["approval_policy", "sandbox_mode"]) {
      const v = str(table[key]);
      if (v !== undefined)
        config.posture.push({ setting: `${label}${key}`, value: v, pointer: `${prefix}/${key}` });
    }
    const ws = table.sandbox_workspace_write;
    if (isRecord(ws)) {
      if (ws.network_access === true) {
        config.posture.push({
          setting: `${label}sandbox_workspace_write.network_access`,
          value: "true",
          pointer: `${prefix}/sandbox_workspace_write/network_access`,
        });
      }
      if (Array.isArray(ws.writable_roots)) {
        ws.writable_roots.forEach((r, i) => {
          if (typeof r === "string")
            config.directories.push({
              pointer: `${prefix}/sandbox_workspace_write/writable_roots/${i}`,
              path: r,
            });
        });
      }
    }
  };
  posture(data, "", "");
  const mode = str(data.sandbox_mode);
  const policy = str(data.approval_policy);
  // what the sandbox lets commands reach, as permissions (the inventory's access level follows)
  const gated = policy !== undefined && policy !== "never";
  const at = "/sandbox_mode";
  const grant = (resource: string, actions: string[], category: string, ask: boolean): void => {
    config.allow.push({
      rule: `sandbox_mode = "${mode ?? ""}"`,
      tool: "sandbox",
      pointer: at,
      resource,
      actions,
      category,
    });
    if (ask)
      config.ask.push({
        rule: `approval_policy = "${policy ?? ""}"`,
        tool: "sandbox",
        pointer: "/approval_policy",
        resource: "shell:* (outside the sandbox)",
        actions: ["execute"],
        category: "code-execution",
      });
  };
  if (mode === "read-only") grant("file:**", ["read"], "filesystem", gated);
  else if (mode === "workspace-write") grant("file:./**", ["write"], "filesystem", gated);
  else if (mode === "danger-full-access") grant("*", ["*"], "code-execution", false);
  if (isRecord(data.profiles)) {
    for (const name of Object.keys(data.profiles)) {
      const p = data.profiles[name];
      if (isRecord(p)) posture(p, `/profiles/${escapePointerSegment(name)}`, `profiles.${name}.`);
    }
  }
  config.servers = readServers(
    data.mcp_servers,
    "/mcp_servers",
    {
      urls: [{ field: "url", transport: "http" }],
      headers: ["http_headers"],
      envHeaders: ["env_http_headers"],
      bearerEnv: "bearer_token_env_var",
      autoApprove: [],
      include: "enabled_tools",
      exclude: "disabled_tools",
      enabled: "enabled",
    },
    secrets,
  );
  return config;
}
