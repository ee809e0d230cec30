// Packages that only some runs need, required on first use rather than imported. A check of one manifest
// on the built-in rules reads no policy file, no TOML, no XML and no JSONC, matches no glob when it walks
// no folder, and its manifest is read by the fast paths (manifest/fast-yaml.ts) without yaml; compiling
// those parsers, yaml, picomatch and ajv at start was about a tenth of a cold start (bench/README.md,
// "Cold start"). Each is its own CommonJS file in the bundles (dist/vendor/, scripts/build.mjs), loaded by
// the first call here. The files are listed in vendor-require.ts.
import type * as Ajv from "ajv";
import type * as JsoncParser from "jsonc-parser/lib/esm/main.js";
import type Picomatch from "picomatch";
import type * as Saxes from "saxes";
import type * as TomlParser from "toml-eslint-parser";
import type * as Yaml from "yaml";
import { vendorRequire } from "./vendor-require.js";

function once<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= vendorRequire(name) as T);
}

export const ajvPackage = once<typeof Ajv>("ajv");
/** ajv-formats is CommonJS: its module is the plugin function. */
export const ajvFormats = once<(ajv: Ajv.Ajv) => Ajv.Ajv>("ajv-formats");
export const jsoncParser = once<typeof JsoncParser>("jsonc-parser");
export const picomatch = once<typeof Picomatch>("picomatch");
export const saxes = once<typeof Saxes>("saxes");
export const tomlParser = once<typeof TomlParser>("toml-eslint-parser");
export const yamlPackage = once<typeof Yaml>("yaml");
