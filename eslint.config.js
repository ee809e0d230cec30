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
  {
    // The core stays free of the delivery layers (architecture boundary).
    files: [
      "src/manifest/**",
      "src/policy/**",
      "src/engine/**",
      "src/diff/**",
      "src/report/**",
      "src/format/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@actions/*", "@octokit/*", "**/cli/*", "**/action/*"],
              message: "The core never imports the action or CLI layers.",
            },
          ],
        },
      ],
    },
  },
);
