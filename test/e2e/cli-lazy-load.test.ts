// The CLI loads what a run needs and nothing more (issue 18, cold start): the parsers, yaml, picomatch and
// ajv are files of their own in dist/vendor/ (src/util/vendor.ts), required by the first run that needs
// one. Node's module debug log names each CommonJS file it loads, so these runs can say which were.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runCli, tempTree } from "../helpers/cli.js";
import { VENDOR_BUNDLES } from "../../src/util/vendor-require.js";

function vendorFilesLoaded(stderr: string): string[] {
  return [...new Set([...stderr.matchAll(/vendor[/\\]([\w.-]+)\.cjs/g)].map((m) => m[1]!))].sort();
}

const manifest = readFileSync(join(REPO, "examples", "agents", "billing-bot.agent.yaml"), "utf8");

describe("loading on first use", () => {
  it("checks one manifest written in the fast paths' YAML without loading any vendored package", () => {
    const dir = tempTree({ "billing-bot.agent.yaml": manifest });
    const cwd = mkdtempSync(join(tmpdir(), "agentpolicy-cwd-"));
    const r = runCli(["check", join(dir, "billing-bot.agent.yaml"), "--format", "json"], {
      cwd,
      env: { NODE_DEBUG: "module" },
    });
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).summary.agents).toBe(1);
    expect(vendorFilesLoaded(r.stderr)).toEqual([]);
  });

  it("loads yaml for what the fast path gives up on, and ajv, yaml and picomatch for a config and a walk", () => {
    const anchored = tempTree({
      "a.agent.yaml": `${manifest}\nx-shared: &shared { a: 1 }\nx-use: *shared\n`,
    });
    const one = runCli(["check", "a.agent.yaml", "--format", "json"], {
      cwd: anchored,
      env: { NODE_DEBUG: "module" },
    });
    expect(one.code, one.stderr).toBe(1);
    expect(vendorFilesLoaded(one.stderr)).toContain("yaml");

    const repo = tempTree({
      ".agentpolicy.yml": "fail_on: high\nparams:\n  max_token_ttl: 2h\n",
      "agents/billing-bot.agent.yaml": manifest,
      ".codex/config.toml": '[mcp_servers.docs]\ncommand = "npx"\nargs = ["-y", "docs-mcp@1.2.3"]\n',
    });
    const walk = runCli(["check", ".", "--format", "json"], { cwd: repo, env: { NODE_DEBUG: "module" } });
    expect(walk.code, walk.stderr).toBe(1);
    expect(vendorFilesLoaded(walk.stderr)).toEqual(
      expect.arrayContaining(["ajv", "picomatch", "toml-eslint-parser", "yaml"]),
    );
  });
});

describe("the sources", () => {
  // A value import of a vendored package would put it back in the bundles' chunks, loaded at every start.
  // The agent validator's modules are the exception: the build replaces them with the precompiled validator.
  const BUILD_TIME_ONLY = new Set(["manifest/agent-validator.ts", "manifest/agent-validator-source.ts"]);

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
    );
  }

  it("import the vendored packages only through util/vendor.ts (types excepted)", () => {
    const src = join(REPO, "src");
    const packages = Object.values(VENDOR_BUNDLES).flatMap((held) => Object.keys(held));
    const direct: string[] = [];
    for (const file of sourceFiles(src)) {
      const rel = relative(src, file).split(sep).join("/");
      if (rel.startsWith("util/vendor") || BUILD_TIME_ONLY.has(rel)) continue;
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)) {
        const spec = m[1]!;
        if (packages.some((p) => spec === p || spec.startsWith(`${p}/`))) direct.push(`${rel}: ${spec}`);
      }
    }
    expect(packages).toEqual(expect.arrayContaining(["ajv", "yaml", "picomatch"]));
    expect(direct).toEqual([]);
  });
});
