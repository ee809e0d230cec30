import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test/adversarial/cases/", "bench/out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  // A file past one idea is split; a longer one says at its top why it is one idea
  // (`/* eslint-disable max-lines -- why */`).
  {
    files: ["src/**/*.ts"],
    rules: { "max-lines": ["error", { max: 400, skipBlankLines: true, skipComments: true }] },
  },
  // Promises a caller forgets to await fail silently or out of order; both rules need type information.
  {
    files: ["src/**/*.ts", "test/**/*.ts", "scripts/**/*.ts", "bench/**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  // The layers (docs/architecture.md): each folder imports only from the layers below it, so no
  // folder depends on one above it. report/model.ts is the vocabulary every layer speaks.
  ...layerRules(),
);

/** One no-restricted-imports block per layer: what that layer may not import. */
function layerRules() {
  const shells = {
    group: ["@actions/*", "@octokit/*", "**/cli/*", "**/action/*"],
    message: "The core never imports the action or CLI layers.",
  };
  const layers = [
    {
      files: ["src/util/**"],
      above: [
        "manifest",
        "sources",
        "engine",
        "report",
        "diff",
        "policy",
        "scopes",
        "discovery",
        "check",
        "pipeline",
        "format",
      ],
    },
    {
      files: ["src/manifest/**"],
      above: [
        "sources",
        "engine",
        "report",
        "diff",
        "policy",
        "scopes",
        "discovery",
        "check",
        "pipeline",
        "format",
      ],
    },
    {
      files: ["src/sources/**"],
      above: ["engine", "report", "diff", "policy", "scopes", "discovery", "check", "pipeline", "format"],
    },
    {
      files: ["src/engine/**"],
      above: ["report", "diff", "policy", "scopes", "discovery", "check", "pipeline", "format"],
    },
    {
      files: ["src/report/**"],
      above: ["diff", "policy", "scopes", "discovery", "check", "pipeline", "format"],
    },
    { files: ["src/diff/**"], above: ["policy", "scopes", "discovery", "check", "pipeline", "format"] },
    { files: ["src/policy/**"], above: ["scopes", "discovery", "check", "pipeline", "format"] },
    { files: ["src/scopes/**"], above: ["discovery", "check", "pipeline", "format"] },
    { files: ["src/discovery/**"], above: ["scopes", "check", "pipeline", "format"] },
    { files: ["src/check.ts", "src/check/**"], above: ["pipeline", "format"] },
    { files: ["src/pipeline/**"], above: ["format"] },
    {
      files: ["src/format/**"],
      above: ["sources", "diff", "policy", "scopes", "discovery", "check", "pipeline"],
    },
  ];
  const globsOf = (name) =>
    name === "check"
      ? ["**/check.js", "**/check/*"]
      : name === "report"
        ? ["**/report/*", "!**/report/model.js"]
        : [`**/${name}/*`];
  return layers.map(({ files, above }) => ({
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            shells,
            {
              group: above.flatMap(globsOf),
              message: `A layer imports only from the layers below it (${above.join(", ")} sit above this one; see docs/architecture.md).`,
            },
          ],
        },
      ],
    },
  }));
}
