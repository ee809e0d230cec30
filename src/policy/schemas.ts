// The policy file schemas (rules, frameworks, the config), compiled once per process (on first use) and shared by every load.
import { pointerSegments } from "../util/pointer.js";
import { readFileSync } from "node:fs";
import type { Ajv, ErrorObject, ValidateFunction } from "ajv";
import { boundedRegExp } from "../manifest/bounded-regexp.js";
import { ajvFormats, ajvPackage } from "../util/vendor.js";
import { schemaFile } from "./paths.js";

type SchemaName = "rule" | "framework" | "config";
const compiled = new Map<SchemaName, ValidateFunction>();
let ajv: Ajv | undefined;

export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    ajv ??= ajvFormats()(
      new (ajvPackage().Ajv)({
        allErrors: true,
        strict: true,
        strictRequired: false,
        verbose: true,
        code: { regExp: boundedRegExp },
      }),
    );
    validate = ajv.compile(JSON.parse(readFileSync(schemaFile(name), "utf8")) as object);
    compiled.set(name, validate);
  }
  return validate;
}

export interface SchemaProblem {
  /** Path of the node the problem is about. */
  path: (string | number)[];
  /** Point at the key of the last path segment (an unknown field) rather than its value. */
  key: boolean;
  message: string;
}

function decodePointer(pointer: string): (string | number)[] {
  return (pointerSegments(pointer) ?? []).map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

function dotted(path: (string | number)[]): string {
  return (
    path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("") || "(top level)"
  );
}

/** Conditional requirements (builtin or not) matter only once the unconditional shape is right. */
function isConditional(e: ErrorObject): boolean {
  return e.keyword === "if" || /\/(then|else)\//.test(e.schemaPath);
}

/** The most useful single problem from ajv's errors, phrased for a rule author. */
export function describeSchemaError(errors: ErrorObject[] | null | undefined): SchemaProblem {
  const e = errors?.find((x) => !isConditional(x)) ?? errors?.find((x) => x.keyword !== "if") ?? errors?.[0];
  if (!e) return { path: [], key: false, message: "does not match the schema" };
  const path = decodePointer(e.instancePath);
  const where = dotted(path);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return {
        path,
        key: false,
        message: `${where}: missing required field '${String(params.missingProperty)}'`,
      };
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      return { path: [...path, field], key: true, message: `${where}: unknown field '${field}'` };
    }
    case "enum":
      return {
        path,
        key: false,
        message: `${where}: must be one of ${(params.allowedValues as unknown[]).map(String).join(", ")}`,
      };
    case "pattern":
      return {
        path,
        key: false,
        message: `${where}: '${String(e.data)}' must match ${String(params.pattern)}`,
      };
    default:
      return { path, key: false, message: `${where}: ${e.message ?? "is invalid"}` };
  }
}
