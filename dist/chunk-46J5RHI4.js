import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "agentpolicy",
  version: "0.1.0",
  description: "Policy-as-code for AI agent identities: check agent manifests against EU AI Act, NIST AI RMF and SOC 2 controls in CI.",
  type: "module",
  license: "Apache-2.0",
  bin: {
    agentpolicy: "dist/cli.js"
  },
  files: [
    "dist",
    "schema",
    "rules",
    "action.yml",
    "docs/*.md",
    "!docs/architecture.md",
    "docs/schemastore-catalog.json",
    "examples/workflows",
    "CHANGELOG.md"
  ],
  engines: {
    node: ">=20.19"
  },
  scripts: {
    build: "node scripts/build.mjs",
    docs: "node scripts/docs.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint . && node scripts/import-cycles.mjs && prettier --check .",
    format: "prettier --write .",
    test: "vitest run",
    bench: "node bench/run.mjs",
    pretest: "npm run -s build"
  },
  devDependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@cyclonedx/cyclonedx-library": "10.3.0",
    "@eslint/js": "9.39.5",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    "@types/json-logic-js": "2.0.8",
    "@types/node": "20.19.43",
    "@types/picomatch": "4.0.3",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    bottleneck: "2.19.5",
    esbuild: "0.28.2",
    eslint: "9.39.5",
    "fast-check": "4.11.0",
    ignore: "7.0.17",
    "json-logic-js": "2.0.5",
    "jsonc-parser": "3.3.1",
    "markdown-table": "3.1.0",
    picomatch: "4.0.7",
    prettier: "3.10.1",
    saxes: "6.0.0",
    "toml-eslint-parser": "1.0.3",
    typescript: "5.9.3",
    "typescript-eslint": "8.74.0",
    vite: "8.3.8",
    vitest: "4.1.12",
    yaml: "2.9.1"
  },
  repository: {
    type: "git",
    url: "https://github.com/agentpolicy/agentpolicy"
  }
};

// src/version.ts
var TOOL_VERSION = package_default.version;

export {
  TOOL_VERSION
};
