// The require() behind vendor.ts. From the sources it resolves packages in node_modules; in the bundles,
// which an installed agentpolicy runs without node_modules, it requires the package's bundle in
// dist/vendor/ (scripts/build.mjs defines AGENTPOLICY_BUNDLED and writes those files from the table below).
import { createRequire } from "node:module";

declare const AGENTPOLICY_BUNDLED: boolean | undefined;

/**
 * The files of dist/vendor/ (<name>.cjs) and what each holds: the packages as the sources require them,
 * each with the module the build bundles for it. ajv and ajv-formats share one file, since the code
 * ajv-formats generates must be made of the same ajv's classes; the bundles take jsonc-parser's ES module
 * build, whose imports esbuild follows (its CommonJS main is UMD).
 */
export const VENDOR_BUNDLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ajv: { ajv: "ajv", "ajv-formats": "ajv-formats" },
  "jsonc-parser": { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
  picomatch: { picomatch: "picomatch" },
  saxes: { saxes: "saxes" },
  "toml-eslint-parser": { "toml-eslint-parser": "toml-eslint-parser" },
  yaml: { yaml: "yaml" },
};

const require = createRequire(import.meta.url);

const bundleOf = new Map(
  Object.entries(VENDOR_BUNDLES).flatMap(([file, held]) => Object.keys(held).map((name) => [name, file])),
);

export function vendorRequire(name: string): unknown {
  if (typeof AGENTPOLICY_BUNDLED !== "boolean") return require(name);
  const file = bundleOf.get(name);
  if (file === undefined) throw new Error(`${name} is not a vendored package (util/vendor-require.ts)`);
  return (require(`./vendor/${file}.cjs`) as Record<string, unknown>)[name];
}
