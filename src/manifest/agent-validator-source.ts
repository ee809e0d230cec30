// The source of the precompiled agent validator: ajv's standalone code for exactly the validator
// agent-validator.ts would compile. Used by the build (and its test), never by the running tool.
import standaloneModule from "ajv/dist/standalone/index.js";
import { agentAjv } from "./agent-validator.js";
import { boundedRegExp } from "./bounded-regexp.js";
import { AGENT_SCHEMA } from "./schema.js";

const standaloneCode = standaloneModule.default;

/** The name the standalone code calls the pattern engine by (ajv writes the engine's `code`). */
export function regExpEngineName(): string {
  const name = (boundedRegExp as unknown as { code: string }).code;
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`pattern engine code '${name}' is not an identifier`);
  return name;
}

/** Standalone ES module code exporting `validate` (it still requires ajv's runtime helpers). */
export function standaloneValidatorCode(): string {
  const ajv = agentAjv(true);
  return standaloneCode(ajv, ajv.compile(AGENT_SCHEMA));
}

/** The module that replaces precompiled-validator.ts in the bundles (resolved from src/manifest/). */
export function precompiledValidatorModule(): string {
  return [
    `import { boundedRegExp as ${regExpEngineName()} } from "./bounded-regexp.js";`,
    standaloneValidatorCode(),
    "export const PRECOMPILED = validate;",
    "",
  ].join("\n");
}
