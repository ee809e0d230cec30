// Bundles the CLI and the action into single ESM files in dist/, and the manifest worker (dist/worker.js,
// which both start when a check has enough files to spread over the cores; src/manifest/parallel.ts).
// Deterministic output: no timestamps, no absolute paths, so CI can diff dist/ against a fresh build.
//
// What would otherwise be worked out at every start is worked out here, once, by the same code:
// - the agent schema's validator, compiled by ajv into standalone code that replaces
//   src/manifest/precompiled-validator.ts in the bundles (src/manifest/agent-validator-source.ts);
// - the built-in rules, loaded into dist/builtin-policy.json (src/policy/snapshot.ts), which the CLI and
//   the action start from while the rule files are unchanged;
// - the built-in discovery and scope catalogs, read into dist/builtin-discovery.json and
//   dist/builtin-scopes.json (src/discovery/catalog-snapshot.ts, src/policy/scope-snapshot.ts), used on
//   the same condition.
//
// yaml is bundled from its ES module build (the package's "default" export, built from the same sources
// as its CommonJS "node" build): it bundles without CommonJS interop, whose getters sit on every call
// into the parser, and without the node build's debug hooks, which read process.env on every token.
import { build } from "esbuild";
import { existsSync, rmSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const entries = [
  { in: "src/cli/main.ts", out: "cli" },
  { in: "src/action/main.ts", out: "index" },
  { in: "src/manifest/parse-worker.ts", out: "worker" },
].filter((e) => existsSync(e.in));

rmSync("dist", { recursive: true, force: true });
mkdirSync("dist");

const options = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  charset: "utf8",
  legalComments: "none",
  logLevel: "warning",
  // Paths in the bundles' comments name node_modules as the project sees it, not where a symlinked
  // node_modules really lives: the same source gives the same dist/ wherever it is built.
  preserveSymlinks: true,
  alias: { yaml: "./node_modules/yaml/browser/index.js" },
  // src/util/vendor-require.ts: packages loaded on first use come from dist/vendor/ (built below).
  define: { AGENTPOLICY_BUNDLED: "true" },
  // Optional plugins of the CycloneDX library (XML output, XML and JSON validation) that agentpolicy never
  // uses: the library loads them lazily and copes with their absence, so they stay out of the bundle.
  external: ["xmlbuilder2", "libxmljs2", "ajv-formats-draft2019"],
  // CommonJS dependencies bundled into ESM need a real require for node builtins.
  banner: {
    js: 'import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);',
  },
};

/**
 * Bundles a few lines of TypeScript (importing from src/), runs them and returns their exports. The
 * throwaway bundle lives inside dist/ so that it finds the package root (and the schemas) as the bundles do.
 */
async function runBundled(name, lines) {
  const bundled = await build({
    ...options,
    stdin: { contents: lines.join("\n"), resolveDir: ".", loader: "ts" },
    write: false,
  });
  const script = `dist/.${name}.mjs`;
  writeFileSync(script, bundled.outputFiles[0].contents);
  try {
    return await import(pathToFileURL(script).href);
  } finally {
    rmSync(script, { force: true });
  }
}

// Packages only some runs need (src/util/vendor.ts): each file of dist/vendor/ holds the packages
// vendor-require.ts lists for it, required on first use, so a run that never needs one never compiles it.
const { VENDOR_BUNDLES } = await runBundled("vendor", [
  'export { VENDOR_BUNDLES } from "./src/util/vendor-require.ts";',
]);
for (const [file, held] of Object.entries(VENDOR_BUNDLES)) {
  const fields = Object.entries(held).map(
    ([name, entry]) => `${JSON.stringify(name)}: require(${JSON.stringify(entry)})`,
  );
  await build({
    ...options,
    banner: {},
    format: "cjs",
    stdin: { contents: `module.exports = { ${fields.join(", ")} };`, resolveDir: ".", loader: "js" },
    outfile: `dist/vendor/${file}.cjs`,
  });
}

const { precompiledValidatorModule } = await runBundled("validator", [
  'export { precompiledValidatorModule } from "./src/manifest/agent-validator-source.ts";',
]);
const precompiled = resolve("src/manifest/precompiled-validator.ts");
// With the validator compiled ahead of time, the bundles never compile the agent schema: agent-validator.ts
// becomes the precompiled function alone, and ajv's 2020 draft (loaded at start otherwise) stays out.
const agentValidatorFile = resolve("src/manifest/agent-validator.ts");
const precompiledValidator = {
  name: "precompiled-validator",
  setup(b) {
    b.onLoad({ filter: /precompiled-validator\.ts$/ }, (args) => {
      if (args.path !== precompiled) return undefined;
      return { contents: precompiledValidatorModule(), loader: "js", resolveDir: dirname(precompiled) };
    });
    b.onLoad({ filter: /agent-validator\.ts$/ }, (args) => {
      if (args.path !== agentValidatorFile) return undefined;
      return {
        contents: [
          'import { PRECOMPILED } from "./precompiled-validator.js";',
          "export function agentValidator() {",
          "  return PRECOMPILED;",
          "}",
        ].join("\n"),
        loader: "js",
        resolveDir: dirname(agentValidatorFile),
      };
    });
  },
};

// Code splitting: what a command, a formatter or a reader loads with import() lives in its own chunk
// (dist/chunk-<hash>.js, named by content, so two builds are identical), and the code the entries share is
// compiled once. A one-manifest check loads only what it runs (cold start: bench/README.md).
await build({
  ...options,
  entryPoints: entries,
  outdir: "dist",
  splitting: true,
  chunkNames: "chunk-[hash]",
  plugins: [precompiledValidator],
});

const { writeBuiltinSnapshots } = await runBundled("snapshot", [
  'import { writeFileSync } from "node:fs";',
  'import { join } from "node:path";',
  'import { display, loadRuleFolders, readRuleFolder } from "./src/policy/load.ts";',
  'import { SNAPSHOT_FILE, writeSnapshot } from "./src/policy/snapshot.ts";',
  'import { readBuiltinCatalog } from "./src/discovery/catalog.ts";',
  'import { CATALOG_SNAPSHOT_FILE, makeCatalogSnapshot } from "./src/discovery/catalog-snapshot.ts";',
  'import { readBuiltinCatalogList } from "./src/policy/scope-catalog.ts";',
  'import { SCOPES_SNAPSHOT_FILE, makeScopeSnapshot } from "./src/policy/scope-snapshot.ts";',
  "export function writeBuiltinSnapshots(dir, out) {",
  "  writeSnapshot(join(out, SNAPSHOT_FILE), loadRuleFolders([readRuleFolder(dir)]), dir, display);",
  "  writeFileSync(join(out, CATALOG_SNAPSHOT_FILE), makeCatalogSnapshot(readBuiltinCatalog(dir), dir));",
  "  writeFileSync(join(out, SCOPES_SNAPSHOT_FILE), makeScopeSnapshot(readBuiltinCatalogList(dir), dir));",
  "}",
]);
writeBuiltinSnapshots("rules", "dist");
