// A deterministic monorepo for the "whole repository" benchmark: what `agentpolicy check` walks when it is
// run at the root of a real estate rather than at a folder of manifests. Hundreds of packages in four
// ecosystems (npm, Python, Go, Maven), a few of them AI agents (SDK dependencies and the imports that use
// them, some declared by a manifest, some by a native agent config, some by nobody), plus the bulk a real
// tree carries and a walk must skip: node_modules, virtualenvs, build output and ignored logs. The same
// (packages, seed) always writes byte-identical files; the folder is a git work tree (an empty `git init`),
// so tools that honour .gitignore only inside a repository (ripgrep) see it as users' trees are seen.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Bump when the output changes, so cached corpora are regenerated. */
export const MONOREPO_VERSION = 1;

/**
 * The SDK names the reference search looks for: what a grep-based inventory of "AI code" would use. They are
 * the dependency and import names this generator writes for its agent packages.
 */
export const SDK_PATTERNS = [
  "openai",
  "@anthropic-ai/sdk",
  "anthropic",
  "langchain",
  "langgraph",
  "crewai",
  "@modelcontextprotocol/sdk",
  "langchain4j",
];

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const pad = (i, n = 3) => String(i).padStart(n, "0");

const NPM_DEPS = ["express", "zod", "pino", "lodash", "date-fns", "undici", "commander", "react", "kysely"];
const PY_DEPS = ["requests", "pydantic", "fastapi", "sqlalchemy", "boto3", "httpx", "click", "numpy"];
const GO_DEPS = [
  "github.com/go-chi/chi/v5",
  "github.com/rs/zerolog",
  "golang.org/x/sync",
  "github.com/google/uuid",
];

/** The agent packages: which ecosystem, which SDK dependency, and how (or whether) they are declared. */
const AGENT_KINDS = [
  { eco: "npm", dep: "@langchain/langgraph", version: "0.4.9", declared: "manifest" },
  { eco: "npm", dep: "openai", version: "5.23.1", declared: "none" },
  { eco: "npm", dep: "@modelcontextprotocol/sdk", version: "1.20.0", declared: "mcp" },
  { eco: "python", dep: "crewai", version: "0.201.1", declared: "none" },
  { eco: "python", dep: "anthropic", version: "0.69.0", declared: "manifest" },
  { eco: "python", dep: "langchain", version: "0.3.27", declared: "none" },
  { eco: "go", dep: "github.com/openai/openai-go", version: "v1.12.0", declared: "none" },
  { eco: "maven", dep: "dev.langchain4j:langchain4j", version: "1.5.0", declared: "none" },
];

function npmPackage(rand, dir, name, agent) {
  const deps = {};
  for (let i = 0; i < 4; i++) deps[pick(rand, NPM_DEPS)] = `^${1 + Math.floor(rand() * 9)}.0.0`;
  if (agent) deps[agent.dep] = agent.version;
  const files = {
    "package.json":
      JSON.stringify(
        { name: `@acme/${name}`, version: "1.0.0", type: "module", dependencies: deps },
        null,
        2,
      ) + "\n",
    "tsconfig.json": '{ "extends": "../../../tsconfig.base.json" }\n',
    "README.md": `# ${name}\n\nInternal service.\n`,
  };
  const modules = 40 + Math.floor(rand() * 40);
  for (let i = 0; i < modules; i++) {
    const uses =
      agent && i % 17 === 0
        ? `import ${agent.dep === "openai" ? "OpenAI" : "* as sdk"} from "${agent.dep}";\n`
        : "";
    files[`src/module-${pad(i)}.ts`] =
      `${uses}import { z } from "zod";\n\nexport const schema${i} = z.object({ id: z.string(), n: z.number() });\n` +
      `export function handle${i}(input: unknown) {\n  return schema${i}.parse(input);\n}\n`;
    if (i % 5 === 0)
      files[`test/module-${pad(i)}.test.ts`] = `import { handle${i} } from "../src/module-${pad(i)}";\n`;
  }
  // build output and installed dependencies: what a walk must not enter (both are gitignored)
  for (let i = 0; i < modules; i++)
    files[`dist/module-${pad(i)}.js`] = `export function handle${i}(x){return x}\n`;
  return write(dir, files);
}

function pythonPackage(rand, dir, name, agent) {
  const deps = [...new Set([pick(rand, PY_DEPS), pick(rand, PY_DEPS), pick(rand, PY_DEPS)])].map(
    (d) => `"${d}>=1.0"`,
  );
  if (agent) deps.push(`"${agent.dep}==${agent.version}"`);
  const mod = name.replace(/-/g, "_");
  const files = {
    "pyproject.toml": `[project]\nname = "${name}"\nversion = "1.0.0"\ndependencies = [\n  ${deps.join(",\n  ")},\n]\n`,
    "README.md": `# ${name}\n`,
  };
  const modules = 30 + Math.floor(rand() * 40);
  for (let i = 0; i < modules; i++) {
    const uses = agent && i % 13 === 0 ? `from ${agent.dep} import *\n` : "";
    files[`src/${mod}/m${pad(i)}.py`] =
      `${uses}import json\n\n\ndef handle_${i}(payload):\n    return json.loads(payload)\n`;
  }
  files[`src/${mod}/__init__.py`] = "";
  // a local virtualenv with installed packages: never read
  for (let i = 0; i < 30; i++)
    files[`.venv/lib/python3.12/site-packages/pkg${i}/__init__.py`] = "import openai\n";
  files[".venv/pyvenv.cfg"] = "home = /usr/bin\n";
  return write(dir, files);
}

function goPackage(rand, dir, name, agent) {
  const requires = [pick(rand, GO_DEPS), pick(rand, GO_DEPS)].map((d) => `\t${d} v1.2.3`);
  if (agent) requires.push(`\t${agent.dep} ${agent.version}`);
  const files = {
    "go.mod": `module github.com/acme/${name}\n\ngo 1.23\n\nrequire (\n${[...new Set(requires)].join("\n")}\n)\n`,
  };
  const modules = 30 + Math.floor(rand() * 30);
  for (let i = 0; i < modules; i++) {
    const uses = agent && i % 11 === 0 ? `import openai "${agent.dep}"\n\nvar _ = openai.NewClient\n` : "";
    files[`internal/m${pad(i)}.go`] =
      `package internal\n\n${uses}func Handle${i}(x int) int { return x + ${i} }\n`;
  }
  return write(dir, files);
}

function mavenPackage(rand, dir, name, agent) {
  const dep = (g, a, v) =>
    `    <dependency>\n      <groupId>${g}</groupId>\n      <artifactId>${a}</artifactId>\n      <version>${v}</version>\n    </dependency>`;
  const deps = [dep("org.slf4j", "slf4j-api", "2.0.16")];
  if (agent) {
    const [g, a] = agent.dep.split(":");
    deps.push(dep(g, a, agent.version));
  }
  const files = {
    "pom.xml": `<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.acme</groupId>\n  <artifactId>${name}</artifactId>\n  <version>1.0.0</version>\n  <dependencies>\n${deps.join("\n")}\n  </dependencies>\n</project>\n`,
  };
  const modules = 30 + Math.floor(rand() * 30);
  for (let i = 0; i < modules; i++) {
    const uses = agent && i % 9 === 0 ? "import dev.langchain4j.model.chat.ChatModel;\n" : "";
    files[`src/main/java/com/acme/M${pad(i)}.java`] =
      `package com.acme;\n${uses}\npublic class M${pad(i)} { int n = ${i}; }\n`;
  }
  for (let i = 0; i < modules; i++) files[`target/classes/com/acme/M${pad(i)}.class`] = "cafebabe\n";
  return write(dir, files);
}

function write(dir, files) {
  let n = 0;
  for (const [rel, text] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    n++;
  }
  return n;
}

function agentManifest(name, team, codeGlob) {
  return [
    "apiVersion: agentpolicy.dev/v1",
    "kind: Agent",
    "metadata:",
    `  name: ${name}`,
    `  owner: ${team}-team@example.com`,
    "  environment: production",
    "identity:",
    "  type: workload-identity",
    `  provider: spiffe`,
    `  subject: spiffe://example.com/agents/${name}`,
    "permissions:",
    `  - resource: https://api.example.com/${team}`,
    "    actions: [read]",
    `code: ["${codeGlob}"]`,
    "",
  ].join("\n");
}

/** The root node_modules of an npm workspace: thousands of files, none of them the repository's own. */
function nodeModules(rand, dir, count) {
  const files = {};
  for (let i = 0; i < count; i++) {
    const pkg = `${pick(rand, NPM_DEPS)}-${Math.floor(i / 20)}`;
    files[`node_modules/${pkg}/lib/f${pad(i % 20)}.js`] = 'module.exports = require("openai");\n';
    if (i % 20 === 0)
      files[`node_modules/${pkg}/package.json`] =
        `{ "name": "${pkg}", "dependencies": { "openai": "5.0.0" } }\n`;
  }
  return write(dir, files);
}

/**
 * Writes the monorepo under dir (replacing it). `packages` sets its size: 500 packages make about 60,000
 * files. Returns { files, packages, agents }.
 */
export function generateMonorepo(dir, packages, seed) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rand = prng(seed);
  let files = write(dir, {
    ".gitignore": "node_modules/\ndist/\ntarget/\n.venv/\n*.log\n",
    "package.json":
      JSON.stringify({ name: "acme", private: true, workspaces: ["packages/*/*"] }, null, 2) + "\n",
    "tsconfig.base.json": "{}\n",
    "README.md": "# acme monorepo\n",
  });
  const teams = [
    "payments",
    "platform",
    "support",
    "data",
    "security",
    "growth",
    "hr",
    "legal",
    "infra",
    "ml",
  ];
  // agent packages spread evenly through the tree
  const agentAt = new Map(
    AGENT_KINDS.map((k, i) => [Math.floor(((i + 0.5) * packages) / AGENT_KINDS.length), k]),
  );
  const writers = { npm: npmPackage, python: pythonPackage, go: goPackage, maven: mavenPackage };
  const ecos = ["npm", "npm", "npm", "python", "python", "go", "maven"];
  for (let p = 0; p < packages; p++) {
    const team = teams[p % teams.length];
    const agent = agentAt.get(p);
    const eco = agent ? agent.eco : pick(rand, ecos);
    const name = `${team}-svc-${pad(p)}`;
    const dir2 = join(dir, "packages", team, name);
    files += writers[eco](rand, dir2, name, agent);
    if (agent?.declared === "manifest") {
      files += write(dir, {
        [`agents/${name}.agent.yaml`]: agentManifest(name, team, `packages/${team}/${name}/**`),
      });
    } else if (agent?.declared === "mcp") {
      files += write(dir2, {
        ".mcp.json":
          JSON.stringify(
            {
              mcpServers: {
                github: {
                  command: "npx",
                  args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"],
                  env: { GITHUB_PERSONAL_ACCESS_TOKEN: "${GITHUB_TOKEN}" },
                },
              },
            },
            null,
            2,
          ) + "\n",
      });
    }
    if (p % 25 === 0) files += write(dir2, { "debug.log": "openai request failed\n".repeat(50) });
  }
  files += nodeModules(rand, dir, Math.round(packages * 24));
  spawnSync("git", ["init", "-q", dir], { stdio: "ignore" });
  const stamp = { version: MONOREPO_VERSION, packages, seed, files, agents: AGENT_KINDS.length };
  writeFileSync(join(dir, ".monorepo.json"), JSON.stringify(stamp) + "\n");
  return stamp;
}

/** The monorepo at dir when this generator wrote it with the same size and seed; else undefined. */
export function existingMonorepo(dir, packages, seed) {
  try {
    const stamp = JSON.parse(readFileSync(join(dir, ".monorepo.json"), "utf8"));
    if (stamp.version === MONOREPO_VERSION && stamp.packages === packages && stamp.seed === seed)
      return stamp;
  } catch {
    // absent or unreadable: generate
  }
  return undefined;
}
