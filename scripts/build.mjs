// Bundles the CLI (and, once it exists, the action) into single ESM files in dist/.
// Deterministic output: no timestamps, no absolute paths, so CI can diff dist/ against a fresh build.
import { build } from "esbuild";
import { existsSync, rmSync, mkdirSync } from "node:fs";

const entries = [
  { in: "src/cli/main.ts", out: "cli" },
  { in: "src/action/main.ts", out: "index" },
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
  // CommonJS dependencies bundled into ESM need a real require for node builtins.
  banner: {
    js: 'import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);',
  },
});
