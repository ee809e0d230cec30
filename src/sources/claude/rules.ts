// Claude Code permission rules as the host documents them (https://code.claude.com/docs/en/permissions):
// `Tool` matches every use of the tool; `Tool(specifier)` narrows it. Bash specifiers are command
// prefixes (`npm run test:*`, `git diff *`); Read/Edit/Write take gitignore-style paths (`./src/**`,
// `//abs`, `~/x`); WebFetch takes `domain:example.com`; `mcp__server` / `mcp__server__tool` name MCP tools.
// Each rule becomes a permission in manifest terms, and an allow rule that grants more than a narrow
// task needs is marked broad with the reason.
import type { PermissionRule } from "../model.js";

/** Commands that reach the network, escalate, or run arbitrary code: an allow rule on their prefix is broad. */
const RISKY_COMMANDS = new Set([
  "curl",
  "wget",
  "sudo",
  "su",
  "doas",
  "ssh",
  "scp",
  "rsync",
  "nc",
  "ncat",
  "netcat",
  "telnet",
  "bash",
  "sh",
  "zsh",
  "fish",
  "eval",
  "exec",
  "python",
  "python3",
  "node",
  "perl",
  "ruby",
  "php",
  "deno",
  "bun",
  "powershell",
  "pwsh",
  "chmod",
  "chown",
  "dd",
  "mkfs",
  "rm",
  "kubectl",
  "terraform",
  "aws",
  "gcloud",
  "az",
  "docker",
  "env",
  "xargs",
  "find",
  "git push",
  "npx",
  "npm publish",
]);

const FILE_TOOLS = new Set(["Read", "Edit", "Write", "MultiEdit", "NotebookEdit", "Glob", "Grep", "LS"]);

export function parseRule(rule: string, pointer: string, list: "allow" | "ask" | "deny"): PermissionRule {
  const m = /^\s*([A-Za-z_][\w-]*)\s*(?:\((.*)\))?\s*$/s.exec(rule);
  const tool = m?.[1] ?? rule.trim();
  const specifier = m?.[2]?.trim();
  const base = { rule, tool, ...(specifier !== undefined ? { specifier } : {}), pointer };
  const { resource, actions, category } = meaning(tool, specifier);
  const broad = list === "allow" ? broadness(tool, specifier) : undefined;
  return { ...base, resource, actions, category, ...(broad ? { broad } : {}) };
}

function meaning(
  tool: string,
  spec: string | undefined,
): { resource: string; actions: string[]; category: string } {
  if (tool === "Bash")
    return { resource: `shell:${spec ?? "*"}`, actions: ["execute"], category: "code-execution" };
  if (tool === "WebFetch") {
    const domain = spec?.startsWith("domain:") ? spec.slice("domain:".length) : (spec ?? "*");
    return { resource: `https://${domain}/*`, actions: ["read"], category: "external-api" };
  }
  if (tool === "WebSearch") return { resource: "web-search:*", actions: ["read"], category: "external-api" };
  if (tool.startsWith("mcp__")) {
    const [, server, name] = /^mcp__([^_]+(?:_[^_]+)*?)(?:__(.*))?$/.exec(tool) ?? [];
    return {
      resource: `mcp://${server ?? tool}/${name ?? "*"}`,
      actions: ["execute"],
      category: "external-api",
    };
  }
  if (FILE_TOOLS.has(tool)) {
    const write = tool === "Edit" || tool === "Write" || tool === "MultiEdit" || tool === "NotebookEdit";
    return { resource: `file:${spec ?? "**"}`, actions: [write ? "write" : "read"], category: "filesystem" };
  }
  return {
    resource: `tool:${tool}${spec !== undefined ? `(${spec})` : ""}`,
    actions: ["execute"],
    category: "code-execution",
  };
}

/** Why an allow rule is broad, or undefined when it is narrow. */
export function broadness(tool: string, spec: string | undefined): string | undefined {
  const any = spec === undefined || spec === "" || spec === "*" || spec === ":*" || spec === "**";
  if (tool === "Bash") {
    if (any) return "any shell command";
    const words = spec.replace(/:\*$|\s\*$|\*$/, "").trim();
    const first = words.split(/\s+/)[0] ?? "";
    if (RISKY_COMMANDS.has(words) || RISKY_COMMANDS.has(first)) {
      return `any '${words}' command (network, privilege or arbitrary code)`;
    }
    return undefined;
  }
  if (tool === "WebFetch") return any ? "fetching from any domain" : undefined;
  if (FILE_TOOLS.has(tool) && tool !== "Read" && tool !== "Glob" && tool !== "Grep" && tool !== "LS") {
    if (any) return `${tool.toLowerCase()} anywhere`;
    const path = spec.replace(/^\/\//, "/");
    if (/^(?:\/|~\/?|\$HOME\/?)\*\*?$|^\/$|^~$/.test(path))
      return `${tool.toLowerCase()} to the whole disk or home folder`;
    return undefined;
  }
  if (tool.startsWith("mcp__") && !tool.slice(5).includes("__")) return undefined;
  return undefined;
}
