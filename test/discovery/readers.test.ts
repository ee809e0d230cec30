import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPackageJson } from "../../src/discovery/readers/package-json.js";
import { readRequirements } from "../../src/discovery/readers/requirements.js";
import { readGoMod } from "../../src/discovery/readers/go-mod.js";
import { readGemfile } from "../../src/discovery/readers/gemfile.js";
import { readGradle, readGradleWithRefs } from "../../src/discovery/readers/gradle.js";
import { readPom } from "../../src/discovery/readers/pom.js";
import { readCsproj } from "../../src/discovery/readers/csproj.js";
import {
  readCargo,
  readPipfile,
  readPyproject,
  readVersionCatalog,
} from "../../src/discovery/readers/toml-files.js";
import { dependencyFileKind } from "../../src/discovery/readers/index.js";
import type { DependencyFile } from "../../src/discovery/types.js";

/** "name@line:column[ scope]" per dependency: what a finding would point at. */
function where(r: DependencyFile): string[] {
  return r.dependencies.map((d) => `${d.name}@${d.line}:${d.column}${d.scope ? ` ${d.scope}` : ""}`);
}

describe("package.json", () => {
  const text = `{
  "name": "support-bot",
  "workspaces": ["packages/*"],
  "dependencies": {
    "@langchain/langgraph": "^1.7.0",
    "express": "5.0.0"
  },
  "devDependencies": { "openai": "7.55.0" }
}
`;
  it("reads every section at the key's line and column, with scope and version", () => {
    const r = readPackageJson("svc/package.json", text);
    expect(r.errors).toEqual([]);
    expect(r.projectName).toBe("support-bot");
    expect(r.workspaces).toEqual(["packages/*"]);
    expect(where(r)).toEqual(["@langchain/langgraph@5:5", "express@6:5", "openai@8:24 dev"]);
    expect(r.dependencies[0]!.version).toBe("^1.7.0");
  });
  it("reads Yarn's workspaces object", () => {
    const r = readPackageJson("package.json", `{"workspaces": {"packages": ["apps/*", "libs/**"]}}`);
    expect(r.workspaces).toEqual(["apps/*", "libs/**"]);
  });
  it("reports malformed JSON at its position, and a wrongly typed section", () => {
    const bad = readPackageJson("p/package.json", `{\n  "dependencies": {\n    "openai": "1",\n  }\n}`);
    expect(bad.dependencies).toEqual([]);
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatchObject({ file: "p/package.json", line: 3 });
    const typed = readPackageJson("package.json", `{"dependencies": ["openai"]}`);
    expect(typed.errors[0]!.message).toMatch(/dependencies must be an object/);
  });
});

describe("package.json against JSON.parse", () => {
  // any JSON a package.json can hold, in any layout: the dependencies JSON.parse sees, each at its key
  const section = fc.dictionary(
    fc.string({ unit: "binary" }),
    fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
  );
  const pkg = fc.record(
    {
      name: fc.oneof(fc.string({ unit: "binary" }), fc.integer()),
      dependencies: fc.oneof(section, fc.constant(null), fc.array(fc.string())),
      devDependencies: section,
      peerDependencies: section,
      optionalDependencies: section,
      workspaces: fc.oneof(
        fc.array(fc.oneof(fc.string(), fc.integer())),
        fc.record({ packages: fc.array(fc.string()) }),
      ),
      other: fc.jsonValue(),
    },
    { requiredKeys: [] },
  );
  const SCOPES: Record<string, string | undefined> = {
    dependencies: undefined,
    devDependencies: "dev",
    peerDependencies: "peer",
    optionalDependencies: "optional",
  };

  it("reads every dependency JSON.parse reads, its span the key as written", () => {
    fc.assert(
      fc.property(pkg, fc.constantFrom(0, 2, "\t"), (p, indent) => {
        const text = JSON.stringify(p, null, indent);
        const r = readPackageJson("package.json", text);
        const parsed = JSON.parse(text) as Record<string, unknown>;
        const expected: string[] = [];
        for (const [key, scope] of Object.entries(SCOPES)) {
          const deps = parsed[key];
          if (deps === undefined || deps === null || typeof deps !== "object" || Array.isArray(deps))
            continue;
          for (const [name, version] of Object.entries(deps)) {
            expected.push(
              `${name} ${typeof version === "string" && version !== "" ? version : "-"} ${scope ?? ""}`,
            );
          }
        }
        expect(r.dependencies.map((d) => `${d.name} ${d.version ?? "-"} ${d.scope ?? ""}`)).toEqual(expected);
        const lines = text.split("\n");
        for (const d of r.dependencies) {
          expect(d.line).toBe(d.endLine);
          expect(JSON.parse(lines[d.line - 1]!.slice(d.column - 1, d.endColumn - 1))).toBe(d.name);
        }
        const wrong = Object.keys(SCOPES).filter(
          (k) =>
            k in parsed && (parsed[k] === null || typeof parsed[k] !== "object" || Array.isArray(parsed[k])),
        );
        expect(r.errors.map((e) => e.message)).toEqual(wrong.map((k) => `${k} must be an object`));
        expect(r.projectName).toBe(typeof parsed.name === "string" ? parsed.name : undefined);
      }),
      { numRuns: 500 },
    );
  });
});

describe("requirements.txt", () => {
  it("reads PEP 508 lines, egg fragments and continuations; skips options, paths and comments", () => {
    const text = [
      "# agents",
      "crewai[tools]>=0.80,<2 ; python_version >= '3.10'",
      "-r base.txt",
      "--index-url https://pypi.example.com/simple",
      "openai==1.2.3  # pinned",
      "-e git+https://github.com/acme/tool.git#egg=acme-tool",
      "./local/pkg",
      "langchain-core \\",
      "    >=0.3",
      "requests @ https://example.com/requests.whl",
    ].join("\n");
    const r = readRequirements("requirements.txt", text);
    expect(r.errors).toEqual([]);
    expect(where(r)).toEqual([
      "crewai@2:1",
      "openai@5:1",
      "acme-tool@6:1",
      "langchain-core@8:1",
      "requests@10:1",
    ]);
    expect(r.dependencies.map((d) => d.version ?? "")).toEqual([">=0.80,<2", "==1.2.3", "", ">=0.3", ""]);
  });
  it("reports a line pip would reject", () => {
    const r = readRequirements("requirements.txt", "openai==1\n!!!\nanthropic >> 2\n");
    expect(r.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(where(r)).toEqual(["openai@1:1"]);
  });
});

describe("go.mod", () => {
  it("reads require lines and blocks with their versions and indirect marks", () => {
    const text = `module github.com/acme/agent

go 1.24

require github.com/openai/openai-go/v3 v3.102.0

require (
\tgithub.com/mark3labs/mcp-go v1.2.1
\tgolang.org/x/net v0.30.0 // indirect
)
`;
    const r = readGoMod("go.mod", text);
    expect(r.errors).toEqual([]);
    expect(r.projectName).toBe("github.com/acme/agent");
    expect(where(r)).toEqual([
      "github.com/openai/openai-go/v3@5:9",
      "github.com/mark3labs/mcp-go@8:2",
      "golang.org/x/net@9:2 indirect",
    ]);
  });
  it("reports an unknown directive and an unterminated block", () => {
    const r = readGoMod("go.mod", "module x\nrequire (\n\tgithub.com/a/b v1.0.0\nbogus line\n");
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/malformed require/),
      expect.stringMatching(/unterminated require/),
    ]);
  });
});

describe("Gemfile and gemspec", () => {
  it("reads gem lines with groups, and gemspec dependencies", () => {
    const text = `source "https://rubygems.org"
gem "rails", "~> 8.0"
gem 'ruby_llm'
group :development, :test do
  gem "rspec"
end
platforms :jruby do
  gem "jdbc"
end
`;
    expect(where(readGemfile("Gemfile", text))).toEqual([
      "rails@2:6",
      "ruby_llm@3:6",
      "rspec@5:8 dev",
      "jdbc@8:8",
    ]);
    const spec = `Gem::Specification.new do |spec|\n  spec.add_dependency "mcp", ">= 0.4"\n  spec.add_development_dependency "rake"\nend\n`;
    expect(where(readGemfile("x.gemspec", spec))).toEqual(["mcp@2:24", "rake@3:36 dev"]);
  });
});

describe("build.gradle(.kts)", () => {
  it("reads string, map and platform notations in both DSLs, ignoring comments", () => {
    const groovy = `dependencies {
    implementation 'dev.langchain4j:langchain4j:1.19.0'
    // implementation 'com.openai:openai-java:4.0.0'
    testImplementation group: 'org.junit', name: 'junit', version: '5.0'
    api platform("org.springframework.ai:spring-ai-bom:2.0.1")
}`;
    expect(where(readGradle("build.gradle", groovy))).toEqual([
      "dev.langchain4j:langchain4j@2:21",
      "org.junit:junit@4:32 test",
      "org.springframework.ai:spring-ai-bom@5:19",
    ]);
    const kts = `dependencies {\n    implementation("com.anthropic:anthropic-java:3.16.0")\n    implementation(libs.langchain4j.core)\n}`;
    const { result, refs } = readGradleWithRefs("build.gradle.kts", kts);
    expect(where(result)).toEqual(["com.anthropic:anthropic-java@2:21"]);
    expect(refs).toEqual([{ alias: "langchain4j.core", line: 3, column: 20, endColumn: 41 }]);
  });
  it("resolves version-catalog aliases", () => {
    const catalog = readVersionCatalog(
      `[versions]\nlc = "1.19.0"\n[libraries]\nlangchain4j-core = { module = "dev.langchain4j:langchain4j-core", version.ref = "lc" }\nmcp = "io.modelcontextprotocol.sdk:mcp:2.2.0"\n`,
    );
    expect(catalog).toBeInstanceOf(Map);
    expect([...(catalog as Map<string, string>)]).toEqual([
      ["langchain4j.core", "dev.langchain4j:langchain4j-core"],
      ["mcp", "io.modelcontextprotocol.sdk:mcp"],
    ]);
  });
});

describe("pom.xml", () => {
  const pom = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <artifactId>agent-service</artifactId>
  <dependencies>
    <dependency>
      <groupId>dev.langchain4j</groupId>
      <artifactId>langchain4j</artifactId>
      <version>1.19.0</version>
    </dependency>
    <dependency>
      <groupId>org.junit</groupId>
      <artifactId>junit</artifactId>
      <scope>test</scope>
    </dependency>
  </dependencies>
  <build><plugins><plugin><dependencies><dependency>
    <groupId>x</groupId><artifactId>build-only</artifactId>
  </dependency></dependencies></plugin></plugins></build>
</project>
`;
  it("reads project dependencies at the artifactId line, not plugin dependencies", () => {
    const r = readPom("pom.xml", pom);
    expect(r.errors).toEqual([]);
    expect(r.projectName).toBe("agent-service");
    expect(where(r)).toEqual(["dev.langchain4j:langchain4j@7:19", "org.junit:junit@12:19 test"]);
  });
  it("reports malformed XML with a position, and never resolves entities", () => {
    const r = readPom("pom.xml", "<project>\n  <dependencies>\n</project>\n");
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(3);
    const xxe = readPom(
      "pom.xml",
      `<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<project><artifactId>&x;</artifactId></project>`,
    );
    expect(xxe.projectName ?? "").not.toMatch(/root:/);
  });
});

describe("*.csproj and packages.config", () => {
  it("reads PackageReference includes with attribute or element versions", () => {
    const text = `<Project Sdk="Microsoft.NET.Sdk">
  <ItemGroup>
    <PackageReference Include="Microsoft.SemanticKernel" Version="1.82.0" />
    <PackageReference Include="OpenAI">
      <Version>2.15.0</Version>
    </PackageReference>
    <PackageReference Include="coverlet.collector" Version="6.0.0" PrivateAssets="all" />
  </ItemGroup>
</Project>`;
    const r = readCsproj("src/Bot/Bot.csproj", text);
    expect(r.errors).toEqual([]);
    expect(r.projectName).toBe("Bot");
    expect(where(r)).toEqual(["Microsoft.SemanticKernel@3:32", "OpenAI@4:32", "coverlet.collector@7:32 dev"]);
    expect(r.dependencies[1]!.version).toBe("2.15.0");
  });
  it("reads packages.config", () => {
    const r = readCsproj(
      "packages.config",
      `<packages>\n  <package id="Azure.AI.OpenAI" version="2.1.0" />\n</packages>`,
    );
    expect(where(r)).toEqual(["Azure.AI.OpenAI@2:16"]);
  });
});

describe("pyproject.toml", () => {
  it("reads PEP 621, optional dependencies, PEP 735 groups and Poetry tables", () => {
    const text = `[project]
name = "research-agent"
dependencies = [
  "langgraph>=1.2",
  "httpx",
]

[project.optional-dependencies]
mcp = ["mcp[cli]>=1.0"]

[dependency-groups]
dev = ["pytest", {include-group = "lint"}]

[tool.poetry.dependencies]
python = "^3.11"
anthropic = { version = "^0.40", extras = ["bedrock"] }

[tool.poetry.group.test.dependencies]
pytest-asyncio = "*"
`;
    const r = readPyproject("pyproject.toml", text);
    expect(r.errors).toEqual([]);
    expect(r.projectName).toBe("research-agent");
    expect(where(r)).toEqual([
      "langgraph@4:3",
      "httpx@5:3",
      "mcp@9:8 optional",
      "pytest@12:8 dev",
      "anthropic@16:1",
      "pytest-asyncio@19:1 test",
    ]);
    expect(r.dependencies.find((d) => d.name === "anthropic")!.version).toBe("^0.40");
  });
  it("reports malformed TOML with its line", () => {
    const r = readPyproject("pyproject.toml", `[project]\nname = "x"\ndependencies = [\n  "openai",\n`);
    expect(r.dependencies).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toMatch(/malformed TOML/);
    expect(r.errors[0]!.line).toBeGreaterThanOrEqual(4);
  });
});

describe("Pipfile and Cargo.toml", () => {
  it("reads Pipfile packages and dev-packages", () => {
    const r = readPipfile(
      "Pipfile",
      `[[source]]\nurl = "https://pypi.org/simple"\n\n[packages]\nopenai = "*"\n\n[dev-packages]\nblack = "*"\n`,
    );
    expect(where(r)).toEqual(["openai@5:1", "black@8:1 dev"]);
  });
  it("reads Cargo dependencies, renames, targets and the workspace", () => {
    const text = `[package]
name = "mcp-bridge"

[dependencies]
rmcp = { version = "0.8", features = ["server"] }
ai = { package = "async-openai", version = "0.30" }

[target.'cfg(unix)'.dependencies]
libc = "0.2"

[dev-dependencies]
tokio-test = "0.4"

[workspace]
members = ["crates/*"]
`;
    const r = readCargo("Cargo.toml", text);
    expect(r.errors).toEqual([]);
    expect(r.projectName).toBe("mcp-bridge");
    expect(r.workspaces).toEqual(["crates/*"]);
    expect(where(r)).toEqual(["rmcp@5:1", "async-openai@6:1", "libc@9:1", "tokio-test@12:1 dev"]);
  });
});

describe("dependency file names", () => {
  it("knows the files it reads, and never a lockfile", () => {
    const known = [
      "package.json",
      "a/requirements.txt",
      "a/requirements-dev.txt",
      "a/requirements/base.txt",
      "pyproject.toml",
      "Pipfile",
      "go.mod",
      "pom.xml",
      "build.gradle",
      "build.gradle.kts",
      "src/Bot.csproj",
      "packages.config",
      "Gemfile",
      "x.gemspec",
      "Cargo.toml",
    ];
    for (const f of known) expect(dependencyFileKind(f), f).toBeDefined();
    expect(dependencyFileKind("a/requirements/base.txt")!.up).toBe(1);
    for (const f of [
      "package-lock.json",
      "yarn.lock",
      "poetry.lock",
      "Pipfile.lock",
      "go.sum",
      "Cargo.lock",
      "Gemfile.lock",
      "uv.lock",
      "notes.txt",
      "docs/requirements.md",
      "requirements/README",
      // names every object inherits a property for: repository content, never a reader
      "constructor",
      "src/toString",
      "__proto__",
      "hasOwnProperty",
    ]) {
      expect(dependencyFileKind(f), f).toBeUndefined();
    }
    expect(dependencyFileKind("requirements/dev.in")!.up).toBe(1);
    expect(dependencyFileKind("x/requirements-dev.TXT")!.up).toBe(0);
  });
});
