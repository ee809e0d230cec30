// Writes docs/rules.md and docs/frameworks.md from rules/ (npm run docs). The generator is TypeScript in
// src/docs; it is bundled with esbuild into node_modules/.cache (inside the package, so that it finds
// rules/ and schema/ the way the CLI does), imported, and removed again. Output is deterministic.
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cache = join(root, "node_modules", ".cache");
mkdirSync(cache, { recursive: true });
const tmp = mkdtempSync(join(cache, "agentpolicy-docs-"));
try {
  const outfile = join(tmp, "generate.mjs");
  await build({
    entryPoints: [join(root, "src/docs/generate.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    logLevel: "warning",
    banner: {
      js: 'import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);',
    },
  });
  const { generateDocs } = await import(pathToFileURL(outfile).href);
  for (const [file, text] of Object.entries(generateDocs())) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
    console.log(`wrote ${file}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
