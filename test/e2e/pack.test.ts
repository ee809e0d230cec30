// Installing agentpolicy as a user would: `npm pack` holds what runs and what users read, the
// tarball installs into an empty folder without the network (the bundles carry every dependency),
// and the installed package works there: `npx agentpolicy check`, the schema at the path the
// editor docs name, and the action bundle against the GitHub stand-in, away from this repository's
// node_modules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAction } from "../helpers/action.js";
import { REPO } from "../helpers/cli.js";
import { VENDOR_BUNDLES } from "../../src/util/vendor-require.js";
import { startGitHubServer } from "../helpers/github-server.js";

const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as {
  version: string;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
};

let work: string;
let files: string[];
let project: string;

function npm(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync("npm", args, {
    cwd,
    encoding: "utf8",
    // an empty cache and no registry: nothing may come from the network
    env: {
      PATH: process.env.PATH ?? "",
      HOME: work,
      npm_config_cache: join(work, "cache"),
      npm_config_registry: "http://127.0.0.1:9/",
      npm_config_update_notifier: "false",
      npm_config_fund: "false",
      npm_config_audit: "false",
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "agentpolicy-pack-"));
  const packed = npm(["pack", "--json", "--pack-destination", work], REPO);
  expect(packed.code, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = info!.files.map((f) => f.path).sort();
  project = join(work, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user-project", private: true }));
  cpSync(join(REPO, "examples", "agents"), join(project, "agents"), { recursive: true });
  const installed = npm(["install", "--offline", "--save-dev", join(work, info!.filename)], project);
  expect(installed.code, installed.stderr).toBe(0);
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("the npm package", () => {
  it("holds what runs and what users read, nothing else", () => {
    const allowed = [
      /^package\.json$/,
      /^README\.md$/,
      /^CHANGELOG\.md$/,
      /^LICENSE$/,
      /^action\.yml$/,
      /^dist\/[\w.-]+\.(js|json)$/,
      /^dist\/vendor\/[\w.-]+\.cjs$/,
      /^schema\/[\w.-]+\.schema\.json$/,
      /^rules\/[\w/.-]+\.ya?ml$/,
      /^docs\/[\w.-]+\.(md|json)$/,
      /^examples\/workflows\/[\w.-]+\.ya?ml$/,
    ];
    expect(files.filter((f) => !allowed.some((re) => re.test(f)))).toEqual([]);
    for (const f of [
      "README.md",
      "CHANGELOG.md",
      "action.yml",
      "dist/cli.js",
      "dist/index.js",
      "dist/worker.js",
      "dist/builtin-policy.json",
      "schema/agent.schema.json",
      "schema/config.schema.json",
      "schema/report.schema.json",
      "docs/action.md",
      "docs/editors.md",
      "docs/schemastore-catalog.json",
      Object.values(pkg.bin)[0]!.replace(/^\.\//, ""),
      ...Object.keys(VENDOR_BUNDLES).map((file) => `dist/vendor/${file}.cjs`),
    ]) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith("docs/architecture"))).toBe(false);
  });

  it("has no runtime dependencies: dist/ bundles them (add new ones to devDependencies)", () => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it("installs from the tarball alone and `npx agentpolicy check` works in the new folder", () => {
    const version = npm(["exec", "--offline", "--", "agentpolicy", "--version"], project);
    expect(version.code, version.stderr).toBe(0);
    expect(version.stdout.trim()).toContain(pkg.version);

    const check = npm(["exec", "--offline", "--", "agentpolicy", "check", "agents", "--no-color"], project);
    expect(check.code, check.stderr).toBe(1); // the examples hold typical mistakes
    expect(check.stdout).toMatch(/^agents\/release-bot\.agent\.yaml\n\s+\d+:\d+ /m);
    expect(check.stdout).toContain("AP-");

    const inventory = npm(
      ["exec", "--offline", "--", "agentpolicy", "inventory", "agents", "--format", "json"],
      project,
    );
    expect(inventory.code, inventory.stderr).toBe(0);
    expect(JSON.stringify(JSON.parse(inventory.stdout))).toContain("billing-bot");
  });

  it("loads the parsers it requires on first use from its own files: policy, TOML, JSONC, XML, .gitignore", () => {
    // each reader below comes from dist/vendor/ (src/util/vendor.ts), with no node_modules to fall back on
    const repo = join(project, "repo");
    cpSync(join(REPO, "examples"), repo, { recursive: true });
    writeFileSync(join(repo, ".gitignore"), "generated/\n");
    mkdirSync(join(repo, "generated", "agents"), { recursive: true });
    writeFileSync(join(repo, "generated", "agents", "ignored.agent.yaml"), "apiVersion: nope\n");
    mkdirSync(join(repo, "services", "planner"), { recursive: true });
    writeFileSync(
      join(repo, "services", "planner", "pom.xml"),
      [
        "<project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId><artifactId>planner</artifactId>",
        "<dependencies><dependency><groupId>dev.langchain4j</groupId><artifactId>langchain4j-open-ai</artifactId>",
        "<version>1.0.0</version></dependency></dependencies></project>",
      ].join("\n"),
    );
    const check = npm(
      [
        "exec",
        "--offline",
        "--",
        "agentpolicy",
        "check",
        ".",
        "--config",
        "policy/.agentpolicy.yml",
        "--format",
        "json",
      ],
      repo,
    );
    expect(check.stderr).toBe("");
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as {
      agents: { file: string }[];
      findings: { ruleId: string; status: string; file: string }[];
      errors: unknown[];
    };
    const files = new Set(report.agents.map((a) => a.file));
    expect(files).toContain("native-repo/.codex/config.toml");
    expect(files).toContain("native-repo/.mcp.json");
    expect(files).not.toContain("generated/agents/ignored.agent.yaml");
    expect(report.findings.some((f) => f.status === "waived")).toBe(true);
    expect(
      report.findings.some((f) => f.ruleId === "AP-SHADOW-001" && f.file === "services/planner/pom.xml"),
    ).toBe(true);
    expect(report.errors).toEqual([]);
  });

  it("serves the manifest schema at the path the editor setup names", () => {
    const installed = join(project, "node_modules", "agentpolicy", "schema", "agent.schema.json");
    expect(readFileSync(installed, "utf8")).toBe(
      readFileSync(join(REPO, "schema", "agent.schema.json"), "utf8"),
    );
  });

  it("the action bundle runs from the package with no node_modules around it, talking to GitHub", async () => {
    const server = await startGitHubServer();
    try {
      const workspace = join(work, "workspace");
      cpSync(join(project, "agents"), join(workspace, "agents"), { recursive: true });
      const r = await runAction({
        action: join(project, "node_modules", "agentpolicy", "dist", "index.js"),
        workspace,
        apiUrl: server.url,
        token: server.state.token,
        repository: "acme/agents",
        eventName: "pull_request",
        payload: {
          number: 3,
          pull_request: { number: 3, base: { sha: "a".repeat(40) }, head: { sha: "b".repeat(40) } },
          repository: { full_name: "acme/agents" },
        },
        inputs: { "fail-on": "never", comment: "always" },
      });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Pull request comment created: /m);
      expect(r.outputs.passed).toBe("true");
      const comments = server.state.comments.get(3) ?? [];
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body.startsWith("<!-- agentpolicy -->")).toBe(true);
    } finally {
      await server.close();
    }
  });
});
