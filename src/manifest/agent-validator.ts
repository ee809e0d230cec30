// The agent schema's validator. Compiling the schema (ajv writes and evaluates a JavaScript function for
// it) costs about as much as checking a small repository, so the bundles ship it compiled ahead of time
// (precompiled-validator.ts, filled in by the build) and compile it here only when run from source.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import { boundedRegExp } from "./bounded-regexp.js";
import { PRECOMPILED } from "./precompiled-validator.js";
import { AGENT_SCHEMA } from "./schema.js";

/** ajv as the agent schema needs it; `source` keeps the generated code, for compiling ahead of time. */
export function agentAjv(source = false): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    verbose: true,
    code: source ? { regExp: boundedRegExp, source: true, esm: true } : { regExp: boundedRegExp },
  });
  // VS Code's JSON language service shows this instead of the raw pattern; for ajv it is an annotation.
  ajv.addKeyword({ keyword: "patternErrorMessage", schemaType: "string" });
  formatsModule.default(ajv, ["date"]);
  return ajv;
}

let compiled: ValidateFunction | undefined;

export function agentValidator(): ValidateFunction {
  compiled ??= PRECOMPILED ?? agentAjv().compile(AGENT_SCHEMA);
  return compiled;
}
