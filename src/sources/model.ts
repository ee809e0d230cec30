// What every native reader hands on: one host config as facts with their JSON pointers into the file it
// came from. agent.ts turns it into the Agent model the engine judges; nothing here knows about rules.

/** The native formats agentpolicy reads (docs/native/<format>.md describes each). */
export type FormatId =
  | "claude-code-mcp"
  | "claude-code-settings"
  | "cursor-mcp"
  | "vscode-mcp"
  | "claude-desktop"
  | "gemini-settings"
  | "codex-config"
  | "a2a-card";

export type Transport = "stdio" | "http" | "sse";

/** How a string that may carry a credential is written. */
export type ValueKind = "inline-secret" | "reference" | "placeholder" | "literal";

/** A value passed to a tool that may be a credential: an env var, a header, a URL query parameter, an argument. */
export interface CredentialValue {
  /** Env var, header or parameter name ("GITHUB_TOKEN", "Authorization", "api_key", "--api-key"). */
  name: string;
  where: "env" | "header" | "query" | "userinfo" | "arg" | "env-file";
  pointer: string;
  kind: ValueKind;
  /** The variable, input or secret it refers to (`env:GITHUB_TOKEN`, `input:api-key`), never a value. */
  ref?: string;
  /** For inline secrets: what was recognised ("GitHub token"). */
  secretKind?: string;
  /** Whether its name or value says it is a credential (a LOG_LEVEL is not). */
  credential: boolean;
}

/** The package or image a stdio server runs, as far as its command line says. */
export interface PackageRef {
  ecosystem: "npm" | "pypi" | "docker" | "other";
  name: string;
  version?: string;
  digest?: string;
  /** Pointer of the argument naming it. */
  pointer: string;
}

export interface NativeServer {
  name: string;
  pointer: string;
  transport: Transport;
  command?: string;
  args: string[];
  url?: string;
  package?: PackageRef;
  credentials: CredentialValue[];
  /** A remote URL over plain http to a host that is not loopback. */
  plainHttp?: { pointer: string };
  /** Filesystem roots handed to a filesystem server that are the whole disk or the home folder. */
  broadRoots: Array<{ pointer: string; path: string }>;
  /** Tools the host runs without asking (alwaysAllow / autoApprove), or trust: true for all of them. */
  autoApprove: Array<{ pointer: string; what: string }>;
  /** Tool filters (Gemini includeTools/excludeTools, Codex enabled_tools/disabled_tools). */
  includeTools?: string[];
  excludeTools?: string[];
  disabled: boolean;
}

/** A setting that decides how much the host asks a human before acting. */
export interface PostureSetting {
  setting: string;
  value: string;
  pointer: string;
}

/** A Claude Code permission rule, parsed: `Bash(curl:*)` → tool Bash, specifier "curl:*". */
export interface PermissionRule {
  rule: string;
  tool: string;
  specifier?: string;
  pointer: string;
  /** Why an allow rule is broad (whole tool, any shell command, network fetch anywhere), when it is. */
  broad?: string;
  /** Resource, actions and category in manifest terms. */
  resource: string;
  actions: string[];
  category: string;
}

export interface A2ACard {
  name?: string;
  url?: string;
  urlPointer: string;
  plainHttp: boolean;
  organization?: string;
  schemes: Array<{ name: string; type?: string; pointer: string }>;
  securityRequired: boolean;
  signed: boolean;
  skills: Array<{ id?: string; name?: string; pointer: string }>;
  version?: string;
}

export interface NativeConfig {
  format: FormatId;
  host: string;
  file: string;
  servers: NativeServer[];
  allow: PermissionRule[];
  ask: PermissionRule[];
  deny: PermissionRule[];
  posture: PostureSetting[];
  /** Env vars the host sets for the agent itself (Claude Code `env`). */
  env: CredentialValue[];
  hooks: Array<{ event: string; pointer: string }>;
  /** Settings that trust every project MCP server (enableAllProjectMcpServers: true). */
  trustAll: Array<{ pointer: string; setting: string }>;
  /** Extra folders the agent may touch (additionalDirectories, writable_roots). */
  directories: Array<{ pointer: string; path: string }>;
  card?: A2ACard;
  /** A personal settings file (settings.local.json) that is committed. */
  personal: boolean;
}

export function emptyConfig(format: FormatId, host: string, file: string): NativeConfig {
  return {
    format,
    host,
    file,
    servers: [],
    allow: [],
    ask: [],
    deny: [],
    posture: [],
    env: [],
    hooks: [],
    trustAll: [],
    directories: [],
    personal: false,
  };
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}
