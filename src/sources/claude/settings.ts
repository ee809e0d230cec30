// Claude Code settings (.claude/settings.json, shared; .claude/settings.local.json, personal and meant to
// be git-ignored). Schema: https://code.claude.com/docs/en/settings and permission rules
// https://code.claude.com/docs/en/permissions — permissions.allow/ask/deny (rules `Tool` or
// `Tool(specifier)`), defaultMode (default | acceptEdits | plan | bypassPermissions | dontAsk),
// additionalDirectories, disableBypassPermissionsMode; hooks (event → matchers → commands); env;
// enableAllProjectMcpServers, enabledMcpjsonServers; mcpServers.
import { escapePointerSegment } from "../../util/pointer.js";
import { emptyConfig, str, type NativeConfig, type PermissionRule } from "../model.js";
import { isRecord } from "../../util/guards.js";
import { readServers } from "../servers.js";
import { credentialValue } from "../values.js";
import { parseRule } from "./rules.js";

export function readClaudeSettings(data: unknown, file: string, secrets: string[]): NativeConfig | undefined {
  if (!isRecord(data)) return undefined;
  const known = [
    "permissions",
    "hooks",
    "env",
    "enableAllProjectMcpServers",
    "enabledMcpjsonServers",
    "mcpServers",
    "apiKeyHelper",
  ];
  if (!known.some((k) => data[k] !== undefined)) return undefined;
  const config = emptyConfig("claude-code-settings", "claude-code", file);
  config.personal = /(?:^|\/)settings\.local\.json$/.test(file);
  const perms = data.permissions;
  if (isRecord(perms)) {
    for (const list of ["allow", "ask", "deny"] as const) {
      const rules = perms[list];
      if (!Array.isArray(rules)) continue;
      const out: PermissionRule[] = [];
      rules.forEach((r, i) => {
        if (typeof r === "string") out.push(parseRule(r, `/permissions/${list}/${i}`, list));
      });
      config[list] = out;
    }
    const mode = str(perms.defaultMode);
    if (mode !== undefined)
      config.posture.push({ setting: "defaultMode", value: mode, pointer: "/permissions/defaultMode" });
    if (perms.disableBypassPermissionsMode !== undefined) {
      config.posture.push({
        setting: "disableBypassPermissionsMode",
        value: String(perms.disableBypassPermissionsMode),
        pointer: "/permissions/disableBypassPermissionsMode",
      });
    }
    const dirs = perms.additionalDirectories;
    if (Array.isArray(dirs)) {
      dirs.forEach((d, i) => {
        if (typeof d === "string")
          config.directories.push({ pointer: `/permissions/additionalDirectories/${i}`, path: d });
      });
    }
  }
  if (isRecord(data.hooks)) {
    for (const event of Object.keys(data.hooks)) {
      config.hooks.push({ event, pointer: `/hooks/${escapePointerSegment(event)}` });
    }
  }
  if (isRecord(data.env)) {
    for (const key of Object.keys(data.env)) {
      const v = data.env[key];
      if (typeof v !== "string") continue;
      const cv = credentialValue(v, key, "env", `/env/${escapePointerSegment(key)}`, secrets);
      if (cv.credential) config.env.push(cv);
    }
  }
  if (data.enableAllProjectMcpServers === true) {
    config.trustAll.push({ pointer: "/enableAllProjectMcpServers", setting: "enableAllProjectMcpServers" });
  }
  config.servers = readServers(
    data.mcpServers,
    "/mcpServers",
    {
      urls: [{ field: "url", transport: "http" }],
      headers: ["headers"],
      autoApprove: ["alwaysAllow", "autoApprove"],
    },
    secrets,
  );
  return config;
}
