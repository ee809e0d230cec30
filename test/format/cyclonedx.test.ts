import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { exactVersion, formatCycloneDx, purlOf } from "../../src/format/cyclonedx.js";
import { emptyCounts, type AgentRow, type ComponentRow, type Report } from "../../src/report/model.js";

// The official CycloneDX 1.6 JSON schema (and the SPDX and JSF schemas it references), as the CycloneDX
// library ships them for offline use.
const require = createRequire(import.meta.url);
const SCHEMAS = join(dirname(require.resolve("@cyclonedx/cyclonedx-library/package.json")), "res", "schema");
const load = (f: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(SCHEMAS, f), "utf8")) as Record<string, unknown>;

let compiled: ReturnType<typeof compile> | undefined;
/** Compiled once: the schema (with the SPDX licence list) takes seconds to compile. */
function validator(): ReturnType<typeof compile> {
  compiled ??= compile();
  return compiled;
}

function compile() {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  for (const f of ["spdx.SNAPSHOT.schema.json", "jsf-0.82.SNAPSHOT.schema.json"]) {
    const schema = load(f);
    delete schema.$id;
    ajv.addSchema(schema, `http://cyclonedx.org/schema/${f}`);
  }
  return ajv.compile(load("bom-1.6.SNAPSHOT.schema.json"));
}

const agent: AgentRow = {
  name: "support-bot",
  file: "agents/support-bot.agent.yaml",
  owner: "team-support@example.com",
  accessLevel: "write",
  permissions: 2,
  permissionCategories: ["email"],
  sensitivePermissions: 1,
  ungatedSensitive: 0,
  credentialTypes: ["oauth"],
  gates: ["send-approval"],
  findings: { ...emptyCounts(), medium: 2 },
  waived: 0,
};

const component = (path: string, declared: boolean, signals: ComponentRow["signals"]): ComponentRow => ({
  path,
  name: path,
  declared,
  declaredBy: declared ? [{ by: "code", file: "agents/support-bot.agent.yaml", agent: "support-bot" }] : [],
  ...(declared ? { agent: "support-bot" } : {}),
  kinds: [...new Set(signals.map((s) => s.kind))],
  ecosystems: [...new Set(signals.map((s) => s.ecosystem ?? ""))],
  files: [...new Set(signals.map((s) => s.file))],
  signals,
  findings: declared ? emptyCounts() : { ...emptyCounts(), medium: 1 },
  waived: 0,
});

const report = {
  schemaVersion: 1,
  tool: { name: "agentpolicy", version: "0.1.0" },
  summary: {
    files: 1,
    agents: 1,
    findings: emptyCounts(),
    waived: 0,
    errors: 0,
    passed: true,
    failOn: "high",
  },
  frameworks: [],
  findings: [],
  errors: [],
  agents: [agent],
  components: [
    component("services/support-bot", true, [
      {
        type: "dependency",
        package: "@langchain/langgraph",
        kind: "agent-framework",
        file: "services/support-bot/package.json",
        line: 5,
        ecosystem: "npm",
        version: "1.7.3",
      },
      {
        type: "dependency",
        package: "openai",
        kind: "llm-sdk",
        file: "services/support-bot/package.json",
        line: 6,
        ecosystem: "npm",
        version: "^7.0.0",
      },
      {
        type: "import",
        package: "openai",
        kind: "llm-sdk",
        file: "services/support-bot/src/a.ts",
        line: 1,
        ecosystem: "npm",
      },
    ]),
    component("tools/mcp", false, [
      {
        type: "dependency",
        package: "mcp",
        kind: "mcp-server",
        file: "tools/mcp/requirements.txt",
        line: 1,
        ecosystem: "pypi",
        version: "==1.2.0",
      },
      {
        type: "dependency",
        package: "dev.langchain4j:langchain4j",
        kind: "agent-framework",
        file: "tools/mcp/pom.xml",
        line: 9,
        ecosystem: "maven",
        version: "1.19.0",
      },
      {
        type: "dependency",
        package: "github.com/openai/openai-go/v3",
        kind: "llm-sdk",
        file: "tools/mcp/go.mod",
        line: 5,
        ecosystem: "go",
        version: "v3.102.0",
      },
    ]),
  ],
} as Report;

const details = new Map([
  [
    "support-bot",
    {
      model: { provider: "anthropic", name: "claude-sonnet", version: "2026-09-01" },
      tools: [{ name: "github", type: "mcp", source: "ghcr.io/github/github-mcp-server", version: "0.9.1" }],
    },
  ],
]);

describe("CycloneDX BOM", () => {
  const text = formatCycloneDx({ report, details, name: "acme-repo" });
  const bom = JSON.parse(text) as {
    specVersion: string;
    components: {
      type: string;
      name: string;
      group?: string;
      version?: string;
      purl?: string;
      properties?: { name: string; value: string }[];
    }[];
    services: {
      name: string;
      properties?: { name: string; value: string }[];
      services?: { name: string }[];
    }[];
    dependencies: { ref: string; dependsOn?: string[] }[];
  };

  it("validates against the official CycloneDX 1.6 JSON schema", () => {
    const validate = validator();
    const ok = validate(bom);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(bom.specVersion).toBe("1.6");
  });

  it("would reject a BOM that breaks the schema (the validator is not a rubber stamp)", () => {
    const validate = validator();
    expect(validate({ ...bom, components: [{ type: "not-a-type", name: "x" }] })).toBe(false);
  });

  it("lists SDKs and frameworks as libraries with purls, models as machine-learning-model", () => {
    const libs = bom.components.filter((c) => c.type === "library").map((c) => c.purl ?? c.name);
    expect(libs.sort()).toEqual([
      "pkg:golang/github.com/openai/openai-go/v3@v3.102.0",
      "pkg:maven/dev.langchain4j/langchain4j@1.19.0",
      "pkg:npm/%40langchain/langgraph@1.7.3",
      "pkg:npm/openai",
      "pkg:pypi/mcp@1.2.0",
    ]);
    const openai = bom.components.find((c) => c.purl === "pkg:npm/openai")!;
    expect(openai.properties).toContainEqual({ name: "agentpolicy:version-range", value: "^7.0.0" });
    expect(openai.properties).toContainEqual({ name: "agentpolicy:kind", value: "llm-sdk" });
    const model = bom.components.find((c) => c.type === "machine-learning-model")!;
    expect(model).toMatchObject({ name: "claude-sonnet", group: "anthropic", version: "2026-09-01" });
  });

  it("lists agents, their MCP servers and code components as services with agentpolicy properties", () => {
    const byName = new Map(bom.services.map((s) => [s.name, s]));
    const prop = (name: string, key: string) =>
      byName.get(name)!.properties!.find((p) => p.name === `agentpolicy:${key}`)?.value;
    expect(prop("support-bot", "owner")).toBe("team-support@example.com");
    expect(prop("support-bot", "access-level")).toBe("write");
    expect(prop("support-bot", "declared")).toBe("true");
    expect(prop("support-bot", "findings")).toBe("2");
    expect(byName.get("support-bot")!.services!.map((s) => s.name)).toEqual(["github"]);
    expect(prop("tools/mcp", "declared")).toBe("false");
    expect(prop("tools/mcp", "findings")).toBe("1");
    expect(prop("services/support-bot", "declared")).toBe("true");
    const deps = bom.dependencies.find((d) => d.ref === "code:tools/mcp")!;
    expect(deps.dependsOn).toContain("pkg:pypi/mcp@1.2.0");
  });

  it("is reproducible", () => {
    expect(formatCycloneDx({ report, details, name: "acme-repo" })).toBe(text);
  });
});

describe("package URLs and versions", () => {
  it("builds purls per ecosystem and keeps only exact versions", () => {
    expect(purlOf("nuget", "Microsoft.SemanticKernel", "1.82.0")).toBe(
      "pkg:nuget/Microsoft.SemanticKernel@1.82.0",
    );
    expect(purlOf("rubygems", "ruby_llm")).toBe("pkg:gem/ruby_llm");
    expect(purlOf("crates", "rmcp", "0.8.1")).toBe("pkg:cargo/rmcp@0.8.1");
    expect(purlOf("pypi", "Pydantic_AI")).toBe("pkg:pypi/pydantic-ai");
    expect(exactVersion("npm", "^1.2.0")).toBeUndefined();
    expect(exactVersion("npm", "1.2.0")).toBe("1.2.0");
    expect(exactVersion("pypi", ">=1.0")).toBeUndefined();
    expect(exactVersion("pypi", "==2.10.0")).toBe("2.10.0");
    expect(exactVersion("nuget", "[2.1.0]")).toBe("2.1.0");
  });
});
