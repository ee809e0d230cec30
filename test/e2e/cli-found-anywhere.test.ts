// Adoption on a real estate, spawned: an empty scan is an error, and manifests are found wherever they
// live (by content), in any case of folder or extension, with near-misses reported instead of skipped.
import { describe, expect, it } from "vitest";
import { runCli, tempTree } from "../helpers/cli.js";

const agent = (name: string): string => `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: ${name}
  description: Reads one table
  owner: team:data
permissions:
  - resource: postgres://db/table
    actions: [read]
    category: database
    justification: reads it
`;

function agentsOf(stdout: string): string[] {
  const report = JSON.parse(stdout) as { agents: { name: string; file: string }[] };
  return report.agents.map((a) => `${a.name}@${a.file}`).sort();
}

describe("nothing is not a pass", () => {
  it("a folder without agents exits 2 naming it; --allow-empty accepts it", () => {
    const root = tempTree({
      "docs/readme.md": "# nothing here\n",
      "deploy/values.yaml": "replicas: 2\n",
      "agents/a.agent.yaml": agent("a"),
    });
    const r = runCli(["check", "docs", "deploy"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no agents found in docs, deploy");
    expect(r.stderr).toContain("--allow-empty");
    expect(r.stdout).toBe("");

    const allowed = runCli(["check", "docs", "--allow-empty", "--format", "json"], { cwd: root });
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout).summary.agents).toBe(0);

    // one empty path among good ones is still named
    const mixed = runCli(["check", "agents", "docs"], { cwd: root });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/no agents found in docs \(/);
  });

  it("the whole folder without agents is an error too, and a glob that yields none", () => {
    const root = tempTree({ "src/index.ts": "export {};\n", "config/app.yaml": "port: 80\n" });
    const r = runCli(["check"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no agents found in .");
    const glob = runCli(["check", "config/*.yaml"], { cwd: root });
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain("no agents found in config/*.yaml");
  });

  it("agent code and native agent configs are found agents; a folder beside them is still empty", () => {
    const root = tempTree({
      "services/bot/package.json": JSON.stringify(
        { name: "bot", version: "1.0.0", dependencies: { openai: "^4.0.0" } },
        null,
        2,
      ),
      "tools/.mcp.json": "\n",
      "docs/readme.md": "# nothing\n",
    });
    const code = runCli(["check", "services", "--format", "json", "--fail-on", "never"], { cwd: root });
    expect(code.stderr).toBe("");
    expect(code.code).toBe(0);
    expect(JSON.parse(code.stdout).components.map((c: { path: string }) => c.path)).toEqual(["services/bot"]);
    // a native config that declares no server yet is still the place agents are configured
    const native = runCli(["check", "tools", "--fail-on", "never"], { cwd: root });
    expect(native.stderr).not.toContain("no agents found");
    expect(native.code).toBe(0);
    const empty = runCli(["check", "services", "tools", "docs"], { cwd: root });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no agents found in docs \(/);
  });

  it("a path whose only file cannot be parsed reports that error, not emptiness", () => {
    const root = tempTree({
      "agents/broken.yaml": "apiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata: [\n",
    });
    const r = runCli(["check", "agents"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("agents/broken.yaml");
    expect(r.stderr).not.toContain("no agents found");
  });
});

describe("manifests found wherever they live", () => {
  it("finds a manifest by content in any folder, and folders and extensions in any case", () => {
    const root = tempTree({
      "services/payments/agent.yaml": agent("payments"),
      "services/payments/values.yaml": "image: payments:1.0\n",
      "Agents/Upper.YAML": agent("upper"),
      "ops/bots.JSON": JSON.stringify({
        apiVersion: "agentpolicy.dev/v1",
        kind: "Agent",
        metadata: { name: "json-bot", description: "d", owner: "team:x" },
      }),
      "ops/other.json": '{"name":"not an agent","version":"1.0.0"}',
      "k8s/deployment.yml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n",
      "node_modules/pkg/agent.yaml": agent("vendored"),
    });
    const r = runCli(["check", "--format", "json", "--fail-on", "never"], { cwd: root });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(agentsOf(r.stdout)).toEqual([
      "json-bot@ops/bots.JSON",
      "payments@services/payments/agent.yaml",
      "upper@Agents/Upper.YAML",
    ]);
    expect(JSON.parse(r.stdout).errors).toEqual([]);
  });

  it("a manifest deep in a multi-document YAML file is found past the first chunk", () => {
    const filler = `---\nkind: ConfigMap\napiVersion: v1\ndata:\n  blob: "${"x".repeat(70 * 1024)}"\n`;
    const root = tempTree({ "deploy/all.yaml": `${filler}---\n${agent("deep")}` });
    const r = runCli(["check", "--format", "json", "--fail-on", "never"], { cwd: root });
    expect(agentsOf(r.stdout)).toEqual(["deep@deploy/all.yaml"]);
  });

  it("reports near-misses (kind: agent, apiVersion in the wrong case) at their line", () => {
    const root = tempTree({
      "services/a/agent.yaml": agent("a").replace("kind: Agent", "kind: agent"),
      "services/b/agent.yaml": agent("b").replace("agentpolicy.dev/v1", "AgentPolicy.dev/v1"),
      "services/c/agent.yaml": agent("c"),
    });
    const r = runCli(["check", "--format", "json", "--fail-on", "never"], { cwd: root });
    const report = JSON.parse(r.stdout) as { errors: { file: string; line: number; message: string }[] };
    expect(r.code).toBe(1); // a file that could not be checked fails the run
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: "services/a/agent.yaml",
        line: 2,
        message: "kind must be 'Agent'; got 'agent'",
      }),
      expect.objectContaining({
        file: "services/b/agent.yaml",
        line: 1,
        message: "apiVersion must be written 'agentpolicy.dev/v1' (lower case); got 'AgentPolicy.dev/v1'",
      }),
    ]);
  });

  it("a config's own include replaces the default globs and the content search", () => {
    const root = tempTree({
      ".agentpolicy.yml": 'include: ["bots/**/*.yaml"]\n',
      "bots/x.yaml": agent("x"),
      "services/payments/agent.yaml": agent("payments"),
    });
    const r = runCli(["check", "--format", "json", "--fail-on", "never"], { cwd: root });
    expect(agentsOf(r.stdout)).toEqual(["x@bots/x.yaml"]);
  });

  it("exclude applies to files found by content", () => {
    const root = tempTree({
      ".agentpolicy.yml": 'exclude: ["services/legacy/**"]\n',
      "services/legacy/agent.yaml": agent("old"),
      "services/new/agent.yaml": agent("new"),
    });
    const r = runCli(["check", "--format", "json", "--fail-on", "never"], { cwd: root });
    expect(agentsOf(r.stdout)).toEqual(["new@services/new/agent.yaml"]);
  });
});
