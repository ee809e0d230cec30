import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { discover } from "../../src/manifest/discover.js";
import { CatalogIndex, builtinCatalog, mergeCatalogs } from "../../src/discovery/catalog.js";
import { discoverComponents } from "../../src/discovery/components.js";
import { decideDeclared } from "../../src/discovery/declared.js";
import { shadowFindings } from "../../src/discovery/findings.js";

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "ap-components-"));
  temps.push(root);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), text);
  }
  return root;
}

async function run(root: string, catalog = new CatalogIndex(builtinCatalog())) {
  const { listing } = await discover({ root, paths: [] });
  return discoverComponents(listing, { catalog, maxFileSize: 1024 * 1024 });
}

const MONOREPO: Record<string, string> = {
  "package.json": `{"name": "mono", "private": true, "workspaces": ["services/*"], "devDependencies": {"prettier": "3"}}`,
  "services/support-bot/package.json": `{
  "name": "support-bot",
  "dependencies": {
    "express": "5.0.0",
    "@langchain/langgraph": "^1.7.0",
    "openai": "^7.0.0"
  }
}`,
  "services/support-bot/src/graph.ts": `import { StateGraph } from "@langchain/langgraph";\nimport OpenAI from "openai";\nconst x = await import("openai/helpers/zod");\n`,
  "services/support-bot/node_modules/crewai/package.json": `{"dependencies": {"@openai/agents": "1"}}`,
  "services/summariser/requirements.txt": "anthropic==2.10.0\nrequests\n",
  "services/summariser/app/main.py":
    "import os\nfrom anthropic import Anthropic\nimport json, anthropic.types as t\n",
  "services/billing/pom.xml": `<project><artifactId>billing</artifactId><dependencies><dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId></dependency></dependencies></project>`,
  "tools/mcp-server/go.mod":
    "module github.com/acme/tools\n\ngo 1.24\n\nrequire github.com/modelcontextprotocol/go-sdk v1.8.0\n",
  "tools/mcp-server/main.go": `package main\n\nimport (\n\t"fmt"\n\t"github.com/modelcontextprotocol/go-sdk/mcp"\n)\n`,
  "research/langgraph.json": `{"graphs": {"agent": "./agent.py:graph"}, "dependencies": ["."]}`,
  "research/agent.py": "from langgraph.graph import StateGraph\n",
  ".venv/lib/python3.12/site-packages/openai/pyproject.toml": `[project]\nname = "openai"\ndependencies = ["anthropic"]\n`,
};

describe("discoverComponents", () => {
  it("finds each project with AI signals at its dependency lines, import sites and framework configs", async () => {
    const d = await run(repo(MONOREPO));
    expect(d.errors).toEqual([]);
    expect(d.components.map((c) => [c.path, c.name, c.kinds.join(",")])).toEqual([
      ["research", "research", "agent-framework"],
      ["services/summariser", "services/summariser", "llm-sdk"],
      ["services/support-bot", "support-bot", "agent-framework,llm-sdk"],
      ["tools/mcp-server", "github.com/acme/tools", "mcp-server"],
    ]);
    const bot = d.components.find((c) => c.path === "services/support-bot")!;
    expect(bot.workspace).toBe("mono");
    expect(bot.evidence.map((e) => `${e.type} ${e.name} ${e.file}:${e.line}:${e.column}`)).toEqual([
      "dependency @langchain/langgraph services/support-bot/package.json:5:5",
      "dependency openai services/support-bot/package.json:6:5",
      "import @langchain/langgraph services/support-bot/src/graph.ts:1:29",
      "import openai services/support-bot/src/graph.ts:2:21",
      "import openai/helpers/zod services/support-bot/src/graph.ts:3:25",
    ]);
    const py = d.components.find((c) => c.path === "services/summariser")!;
    expect(py.evidence.map((e) => `${e.type} ${e.name} ${e.line}:${e.column}`)).toEqual([
      "dependency anthropic 1:1",
      "import anthropic 2:6",
      "import anthropic.types 3:14",
    ]);
    const mcp = d.components.find((c) => c.path === "tools/mcp-server")!;
    expect(mcp.evidence.map((e) => `${e.type} ${e.name} ${e.line}`)).toEqual([
      "dependency github.com/modelcontextprotocol/go-sdk 5",
      "import github.com/modelcontextprotocol/go-sdk/mcp 5",
    ]);
    // a framework config without a dependency file is a component of its own folder
    const research = d.components.find((c) => c.path === "research")!;
    expect(research.files).toEqual([]);
    expect(research.evidence.map((e) => `${e.type} ${e.name} ${e.file}:${e.line}`)).toEqual([
      "config LangGraph research/langgraph.json:1",
      "import langgraph.graph research/agent.py:1",
    ]);
  });

  it("takes the import's own kind for an SDK with both sides (MCP client vs server)", async () => {
    const d = await run(
      repo({
        "package.json": `{"dependencies": {"@modelcontextprotocol/sdk": "1.32.2"}}`,
        "src/client.mjs": `import { Client } from "@modelcontextprotocol/sdk/client/index.js";\n`,
      }),
    );
    expect(d.components[0]!.kinds).toEqual(["mcp-server", "mcp-client"]);
    expect(d.components[0]!.evidence.find((e) => e.type === "import")!.kind).toBe("mcp-client");
  });

  it("reports malformed dependency files as errors and goes on with the others", async () => {
    const d = await run(
      repo({
        "a/package.json": `{"dependencies": {"openai": "1",}}`,
        "b/pyproject.toml": `[project]\ndependencies = ["crewai"\n`,
        "c/requirements.txt": "crewai\n",
      }),
    );
    expect(d.errors.map((e) => `${e.file}:${e.line}`)).toEqual([
      "a/package.json:1",
      expect.stringMatching(/^b\/pyproject\.toml:\d+$/),
    ]);
    expect(d.components.map((c) => c.path)).toEqual(["c"]);
  });

  it("lets a pack entry add a package and override a built-in kind", async () => {
    const pack = {
      packages: [
        {
          ecosystem: "npm" as const,
          name: "@acme/llm-gateway",
          kind: "agent-framework" as const,
          imports: [{ module: "@acme/llm-gateway" }],
          source: "internal",
          verified: true,
          from: "pack",
        },
        {
          ecosystem: "npm" as const,
          name: "openai",
          kind: "agent-framework" as const,
          imports: [{ module: "openai" }],
          source: "internal",
          verified: true,
          from: "pack",
        },
      ],
      configs: [],
    };
    const d = await run(
      repo({ "package.json": `{"dependencies": {"@acme/llm-gateway": "1", "openai": "7"}}` }),
      new CatalogIndex(mergeCatalogs([pack])),
    );
    expect(d.components[0]!.evidence.map((e) => `${e.name} ${e.kind}`)).toEqual([
      "@acme/llm-gateway agent-framework",
      "openai agent-framework",
    ]);
  });
});

describe("declared and undeclared", () => {
  it("declares by code: globs, by a manifest in the folder, by sources:, and by a native config", async () => {
    const d = await run(repo(MONOREPO));
    decideDeclared(
      d.components,
      [
        { file: "agents/support.agent.yaml", agent: "support-bot", code: ["services/support-bot/**"] },
        { file: "research/research.agent.yaml", agent: "researcher" },
        { file: "agents/tools.agent.yaml", agent: "tools", sources: ["../tools/mcp-server/.mcp.json"] },
      ],
      [],
    );
    const status = Object.fromEntries(
      d.components.map((c) => [c.path, c.declaredBy.map((x) => `${x.by}:${x.agent}`).join(",")]),
    );
    expect(status).toEqual({
      research: "manifest:researcher",
      "services/summariser": "",
      "services/support-bot": "code:support-bot",
      "tools/mcp-server": "sources:tools",
    });
    const findings = shadowFindings(d.components);
    expect(findings.map((f) => `${f.ruleId} ${f.at.file}:${f.at.line}`)).toEqual([
      "AP-SHADOW-002 services/summariser/requirements.txt:1",
    ]);
    expect(findings[0]!.message).toMatch(
      /services\/summariser uses anthropic \(llm-sdk\), imported in 1 file/,
    );
    expect(findings[0]!.remediation).toContain(`code: ["services/summariser/**"]`);
  });

  it("raises AP-SHADOW-001 at the strongest dependency line, one finding per component", async () => {
    const d = await run(repo(MONOREPO));
    decideDeclared(d.components, [], [{ file: "research/.mcp.json" }]);
    const findings = shadowFindings(d.components);
    expect(findings.map((f) => `${f.ruleId} ${f.at.file}:${f.at.line}`)).toEqual([
      "AP-SHADOW-002 services/summariser/requirements.txt:1",
      "AP-SHADOW-001 services/support-bot/package.json:5",
      "AP-SHADOW-001 tools/mcp-server/go.mod:5",
    ]);
    // the fingerprint follows the component, not the line
    const again = shadowFindings(
      (
        await run(
          repo({
            ...MONOREPO,
            "services/support-bot/package.json": MONOREPO["services/support-bot/package.json"]!.replace(
              "{\n",
              "{\n\n\n",
            ),
          }),
        )
      ).components,
    );
    expect(again.find((f) => f.component.path === "services/support-bot")!.fingerprint).toBe(
      findings[1]!.fingerprint,
    );
  });
});
