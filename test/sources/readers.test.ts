// Each host format read as its documentation defines it: servers, credentials (inline, reference,
// placeholder), positions in the native file, and what is skipped or an error.
import { describe, expect, it } from "vitest";
import { loadNative, implicitName } from "../../src/sources/load.js";
import { formatOf } from "../../src/sources/formats.js";
import type { NativeAgent } from "../../src/sources/agent.js";

function agentOf(file: string, text: string): NativeAgent {
  const r = loadNative(file, text);
  expect(r?.errors).toEqual([]);
  expect(r?.agents).toHaveLength(1);
  return r!.agents[0]!;
}

const TOKEN = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";

describe("Claude Code .mcp.json", () => {
  const text = `{
  "mcpServers": {
    "github": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-github"],
      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${TOKEN}" }
    },
    "files": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "/"]
    },
    "linear": {
      "type": "http",
      "url": "https://mcp.linear.app/mcp",
      "headers": { "Authorization": "Bearer \${LINEAR_TOKEN}" }
    }
  }
}`;
  const agent = agentOf(".mcp.json", text);

  it("turns each server into a tool with its package and pinned version", () => {
    expect(agent.name).toBe("claude-code-mcp");
    expect(agent.data.tools).toEqual([
      { name: "github", type: "mcp", source: "npm:@modelcontextprotocol/server-github" },
      {
        name: "files",
        type: "mcp",
        source: "npm:@modelcontextprotocol/server-filesystem",
        version: "2025.7.1",
      },
      { name: "linear", type: "mcp", source: "https://mcp.linear.app/mcp" },
    ]);
  });

  it("finds the inline token, keeps references as references, and never keeps the value in findings data", () => {
    expect(agent.secrets).toEqual([
      { pointer: "/native/config/mcpServers/github/env/GITHUB_PERSONAL_ACCESS_TOKEN", kind: "GitHub token" },
    ]);
    expect(agent.redact).toContain(TOKEN);
    expect(agent.data.credentials).toEqual([
      { name: "github/GITHUB_PERSONAL_ACCESS_TOKEN", type: "static-token" },
      { name: "linear/Authorization", type: "static-token", secret_ref: "env:LINEAR_TOKEN" },
    ]);
  });

  it("locates synthesised nodes in the native file", () => {
    expect(agent.doc.locate("/tools/1/version")).toMatchObject({ line: 10, column: 22 });
    expect(
      agent.doc.locate("/native/config/mcpServers/github/env/GITHUB_PERSONAL_ACCESS_TOKEN"),
    ).toMatchObject({
      line: 6,
      column: 48,
    });
    expect(agent.doc.locate("/native/servers/1/broad_roots")).toMatchObject({ line: 10, column: 74 });
  });

  it("marks the filesystem server rooted at / and plain http only off loopback", () => {
    const servers = (agent.data.native as { servers: Array<{ broad_roots: string[]; plain_http: boolean }> })
      .servers;
    expect(servers[1]!.broad_roots).toEqual(["/"]);
    expect(servers.every((s) => !s.plain_http)).toBe(true);
  });

  it("rejects comments and trailing commas (Claude Code reads strict JSON) with line and column", () => {
    const r = loadNative("pkg/.mcp.json", '{\n  "mcpServers": {},\n}');
    expect(r?.errors).toEqual([
      expect.objectContaining({
        file: "pkg/.mcp.json",
        line: 2,
        column: 19,
        message: expect.stringContaining("trailing comma"),
      }),
    ]);
    expect(loadNative(".mcp.json", '{ // x\n "mcpServers": {} }')?.errors[0]).toMatchObject({
      line: 1,
      column: 3,
    });
  });

  it("skips quietly a file that is not an MCP config", () => {
    expect(loadNative(".mcp.json", '{"name": "something else"}')).toMatchObject({ agents: [], errors: [] });
    expect(loadNative(".mcp.json", "[1, 2]")).toMatchObject({ agents: [], errors: [] });
  });
});

describe("placeholders and references are not secrets", () => {
  for (const value of [
    "${GITHUB_TOKEN}",
    "${env:GITHUB_TOKEN}",
    "${input:github-token}",
    "$GITHUB_TOKEN",
    "{{ secrets.GITHUB_TOKEN }}",
    "YOUR_GITHUB_TOKEN",
    "<token>",
    "xxx",
    "changeme",
    "...",
    "your-api-key-here",
    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  ]) {
    it(value, () => {
      const agent = agentOf(
        ".cursor/mcp.json",
        JSON.stringify({
          mcpServers: { s: { command: "uvx", args: ["mcp-server-x==1.0.0"], env: { API_TOKEN: value } } },
        }),
      );
      expect(agent.secrets).toEqual([]);
    });
  }

  it("real formats in args, header, URL query and userinfo are inline secrets", () => {
    const agent = agentOf(
      ".cursor/mcp.json",
      JSON.stringify({
        mcpServers: {
          a: {
            command: "docker",
            args: [
              "run",
              "-i",
              "--rm",
              "-e",
              `GITHUB_TOKEN=${TOKEN}`,
              "ghcr.io/github/github-mcp-server:v0.9.1",
            ],
          },
          b: {
            url: "https://mcp.example.com/sse",
            headers: { Authorization: "Bearer 8f3kA92jf0a9Qm3L1x7Zp0vR" },
          },
          c: { url: "https://mcp.example.com/mcp?api_key=sk_live_4eC39HqLyjWDarjtT1zdp7dc" },
          d: { url: "https://user:Sup3rS3cretPassw0rd@mcp.example.com/mcp" },
        },
      }),
    );
    expect(agent.secrets.map((s) => s.pointer).sort()).toEqual([
      "/native/config/mcpServers/a/args/4",
      "/native/config/mcpServers/b/headers/Authorization",
      "/native/config/mcpServers/c/url",
      "/native/config/mcpServers/d/url",
    ]);
    expect(agent.data.tools).toContainEqual({
      name: "a",
      type: "mcp",
      source: "ghcr.io/github/github-mcp-server",
      version: "v0.9.1",
    });
  });
});

describe("VS Code .vscode/mcp.json", () => {
  it("reads servers with comments and trailing commas, inputs and envFile", () => {
    const agent = agentOf(
      ".vscode/mcp.json",
      `{
  // prompted once, stored in secret storage
  "inputs": [{ "type": "promptString", "id": "perplexity-key", "description": "API key", "password": true }],
  "servers": {
    "perplexity": {
      "type": "stdio",
      "command": "npx",
      "args": ["-y", "server-perplexity-ask@0.1.3"],
      "env": { "PERPLEXITY_API_KEY": "\${input:perplexity-key}" },
      "envFile": "\${workspaceFolder}/.env",
    },
  },
}`,
    );
    expect(agent.name).toBe("vscode");
    expect(agent.secrets).toEqual([]);
    expect(agent.data.credentials).toEqual([
      { name: "perplexity/PERPLEXITY_API_KEY", type: "api-key", secret_ref: "input:perplexity-key" },
      {
        name: "perplexity/${workspaceFolder}/.env",
        type: "api-key",
        secret_ref: "file:${workspaceFolder}/.env",
      },
    ]);
  });
});

describe("Gemini CLI .gemini/settings.json", () => {
  it("reads trust, includeTools/excludeTools and httpUrl/url transports", () => {
    const agent = agentOf(
      "tools/.gemini/settings.json",
      `{ "theme": "Dracula",
  "mcpServers": {
    "docs": { "httpUrl": "http://docs.internal.example.com/mcp", "trust": true, "excludeTools": ["delete_page"] },
    "local": { "url": "http://localhost:8080/sse" }
  } }`,
    );
    expect(agent.name).toBe("gemini-cli-tools");
    const servers = (agent.data.native as { servers: Array<Record<string, unknown>> }).servers;
    expect(servers[0]).toMatchObject({
      transport: "http",
      plain_http: true,
      auto_approve: ["every tool (trust: true)"],
      exclude_tools: ["delete_page"],
    });
    expect(servers[1]).toMatchObject({ transport: "sse", plain_http: false });
  });

  it("skips a settings file with nothing agent-related", () => {
    expect(loadNative(".gemini/settings.json", '{"theme": "Dracula"}')).toMatchObject({
      agents: [],
      errors: [],
    });
  });
});

describe("Codex .codex/config.toml", () => {
  const text = `approval_policy = "never"
sandbox_mode = "danger-full-access"

[mcp_servers.docs]
command = "npx"
args = ["-y", "@upstash/context7-mcp@latest"]

[mcp_servers.docs.env]
CONTEXT7_API_KEY = "ctx7sk-2f9c1a7e4b3d8f6a0e5c9b1d7a3f2e8c"

[mcp_servers.figma]
url = "https://mcp.figma.com/mcp"
bearer_token_env_var = "FIGMA_TOKEN"

[profiles.ci]
approval_policy = "on-request"
`;
  const agent = agentOf(".codex/config.toml", text);
  it("reads posture, profiles and servers with positions", () => {
    expect(agent.data.native).toMatchObject({
      posture: {
        approval_policy: "never",
        sandbox_mode: "danger-full-access",
        "profiles.ci.approval_policy": "on-request",
      },
    });
    expect(agent.data.tools).toContainEqual({
      name: "docs",
      type: "mcp",
      source: "npm:@upstash/context7-mcp",
      version: "latest",
    });
    expect(agent.secrets).toEqual([
      {
        pointer: "/native/config/mcp_servers/docs/env/CONTEXT7_API_KEY",
        kind: "high-entropy string in 'CONTEXT7_API_KEY'",
      },
    ]);
    expect(agent.doc.locate("/native/config/mcp_servers/docs/env/CONTEXT7_API_KEY")).toMatchObject({
      line: 9,
      column: 20,
    });
    expect(agent.doc.locate("/native/posture_settings/1")).toMatchObject({ line: 2, column: 16 });
    expect(agent.data.credentials).toContainEqual({
      name: "figma/Authorization",
      type: "static-token",
      secret_ref: "env:FIGMA_TOKEN",
    });
  });

  it("reports a TOML error at its line and column", () => {
    const r = loadNative(".codex/config.toml", 'model = "o3"\napproval_policy = \n');
    expect(r?.errors[0]).toMatchObject({ file: ".codex/config.toml", line: 2 });
  });
});

describe("Claude Code settings", () => {
  it("reads rules as permissions and gates, and marks broad allow rules (deny rules are protection)", () => {
    const agent = agentOf(
      "app/.claude/settings.json",
      JSON.stringify({
        permissions: {
          allow: ["Bash(npm run test:*)", "Bash(curl:*)", "WebFetch", "Read(./src/**)"],
          ask: ["Bash(git push:*)"],
          deny: ["Bash(sudo:*)", "Read(./.env)"],
          defaultMode: "acceptEdits",
        },
        hooks: { PostToolUse: [{ matcher: "Bash", hooks: [{ type: "command", command: "./log.sh" }] }] },
      }),
    );
    expect(agent.name).toBe("claude-code-app");
    const native = agent.data.native as Record<string, unknown>;
    expect(native.broad_allow).toEqual([
      { rule: "Bash(curl:*)", reason: "any 'curl' command (network, privilege or arbitrary code)" },
      { rule: "WebFetch", reason: "fetching from any domain" },
    ]);
    expect(native.deny).toEqual(["Bash(sudo:*)", "Read(./.env)"]);
    expect(agent.data.approvals).toEqual([
      { name: "claude-code-prompt", approvers: ["the person running the session"], min_approvals: 1 },
    ]);
    expect((agent.data.permissions as unknown[]).at(-1)).toEqual({
      resource: "shell:git push:*",
      actions: ["execute"],
      category: "code-execution",
      approval: "claude-code-prompt",
    });
  });

  it("names the personal settings file apart", () => {
    const agent = agentOf(".claude/settings.local.json", '{"permissions": {"allow": ["Bash(ls:*)"]}}');
    expect(agent.name).toBe("claude-code-local");
    expect((agent.data.native as { personal: boolean }).personal).toBe(true);
  });
});

describe("A2A agent card", () => {
  it("reads security schemes, provider and URL", () => {
    const agent = agentOf(
      ".well-known/agent-card.json",
      JSON.stringify({
        name: "Travel planner",
        url: "http://travel.example.com/a2a",
        version: "1.2.0",
        skills: [{ id: "plan", name: "Plan trip" }],
      }),
    );
    expect(agent.data.native).toMatchObject({
      card: { plain_http: true, organization: null, schemes: [], security_required: false, signed: false },
    });
  });
});

describe("recognition and names", () => {
  it("recognises files by path at any depth, and only those", () => {
    expect(formatOf("a/b/.claude/settings.json")?.id).toBe("claude-code-settings");
    expect(formatOf(".vscode/settings.json")).toBeUndefined();
    expect(formatOf("settings.json")).toBeUndefined();
    expect(formatOf("x/.well-known/agent.json")?.id).toBe("a2a-card");
  });

  it("gives stable DNS-label names, hashed when long", () => {
    const f = formatOf("x/.mcp.json")!;
    expect(implicitName("packages/API_v2/.mcp.json", f)).toBe("claude-code-mcp-packages-api-v2");
    const long = implicitName(`${"deep/".repeat(20)}.mcp.json`, f);
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(/^claude-code-mcp-deep-deep.*-[0-9a-f]{8}$/);
  });
});
