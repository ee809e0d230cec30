// The agent schema's validator compiled ahead of time. The build (scripts/build.mjs) replaces this module
// in the bundles with ajv's standalone code for agentAjv() (agent-validator-source.ts); run from source
// there is none, and agent-validator.ts compiles the schema at first use.
import type { ValidateFunction } from "ajv/dist/2020.js";

export const PRECOMPILED: ValidateFunction | undefined = undefined;
