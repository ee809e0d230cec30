// Bundles the CLI and the action into single ESM files in dist/, and the manifest worker (dist/worker.js,
// which both start when a check has enough files to spread over the cores; src/manifest/parallel.ts).
// Deterministic output: no timestamps, no absolute paths, so CI can diff dist/ against a fresh build.
//
// yaml is bundled from its ES module build (the package's "default" export, built from the same sources
// as its CommonJS "node" build): it bundles without CommonJS interop, whose getters sit on every call
// into the parser, and without the node build's debug hooks, which read process.env on every token.
import { build } from "esbuild";
import { existsSync, rmSync, mkdirSync } from "node:fs";

const entries = [
  { in: "src/cli/main.ts", out: "cli" },
  { in: "src/action/main.ts", out: "index" },
  { in: "src/manifest/parse-worker.ts", out: "worker" },
].filter((e) => existsSync(e.in));

rmSync("dist", { recursive: true, force: true });
mkdirSync("dist");

await build({
  entryPoints: entries,
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  charset: "utf8",
  legalComments: "none",
  logLevel: "warning",
  alias: { yaml: "./node_modules/yaml/browser/index.js" },
  // CommonJS dependencies bundled into ESM need a real require for node builtins.
  banner: {
    js: 'import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);',
  },
});
