// Schema validation of one agent document: shape and types only (AP-SCHEMA-001), plus unknown fields
// (AP-SCHEMA-002). Whether a governance field is present at all is for the checks, not the schema.
// Malformed duration and date strings are left to normalise, which reports them once (AP-SCHEMA-003).
import { escapePointerSegment } from "../util/pointer.js";
import type { ErrorObject } from "ajv/dist/2020.js";
import type { AgentDocument, DocumentFinding } from "./types.js";
import { agentValidator } from "./agent-validator.js";
import { DURATION_FORMS } from "./duration.js";
import { isDateField, isDurationField, isPlainObject } from "./fields.js";
import { globCostProblem } from "../util/glob-bounds.js";
import { kindOf, showKey, showValue } from "./quote.js";
import { unknownFields } from "./unknown-fields.js";

export const SCHEMA_VIOLATION = "AP-SCHEMA-001";

export function validate(doc: AgentDocument): DocumentFinding[] {
  const check = agentValidator();
  const findings: DocumentFinding[] = [];
  const seen = new Set<string>();
  if (!check(doc.data)) {
    for (const err of check.errors ?? []) {
      const finding = toFinding(err);
      if (!finding) continue;
      const id = `${finding.pointer}\u0000${finding.message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      findings.push(finding);
    }
  }
  findings.push(...unknownFields(doc.data), ...costlyCodeGlobs(doc.data));
  return findings;
}

/**
 * `code:` globs run against the repository's paths, and picomatch builds each into a backtracking regular
 * expression: one with more wildcards than a config or pack may hold is reported here and not used
 * (discovery/declared.ts), so a manifest cannot stall a check.
 */
function costlyCodeGlobs(data: unknown): DocumentFinding[] {
  const code = isPlainObject(data) ? data.code : undefined;
  if (!Array.isArray(code)) return [];
  return code.flatMap((glob: unknown, i) => {
    // as discovery reads it: a backslash separates folders (declared.ts)
    const problem = typeof glob === "string" ? globCostProblem(glob.replace(/\\/g, "/")) : undefined;
    if (problem === undefined) return [];
    const pointer = `/code/${i}`;
    return [
      {
        ruleId: SCHEMA_VIOLATION,
        pointer,
        message: `${pointer} ${showValue(glob)} ${problem}; it is not used`,
      },
    ];
  });
}

function toFinding(err: ErrorObject): DocumentFinding | undefined {
  const pointer = err.instancePath;
  const where = pointer === "" ? "the document" : pointer;
  const data: unknown = err.data;
  const params = err.params as Record<string, unknown>;
  const parent = err.parentSchema as Record<string, unknown> | undefined;
  const finding = (message: string, at = pointer): DocumentFinding => ({
    ruleId: SCHEMA_VIOLATION,
    pointer: at,
    message,
  });
  switch (err.keyword) {
    case "pattern":
    case "format":
      // normalise parses these fields and reports a malformed value once, as AP-SCHEMA-003
      if (isDurationField(pointer) || isDateField(pointer)) return undefined;
      if (err.keyword === "format")
        return finding(`${where} must be a valid ${String(params.format)}; got ${showValue(data)}`);
      return finding(
        typeof parent?.patternErrorMessage === "string"
          ? `${where} ${parent.patternErrorMessage}; got ${showValue(data)}`
          : `${where} does not match the pattern ${String(params.pattern)}; got ${showValue(data)}`,
      );
    case "type":
      // one finding that names the accepted forms; the checks stay silent about the field (evaluate.ts)
      if (isDurationField(pointer))
        return finding(`${where} is not a duration (use ${DURATION_FORMS}); got ${showValue(data)}`);
      return finding(`${where} must be ${typeWords(params.type)}; got ${kindOf(data)}`);
    case "enum":
      return finding(
        `${where} must be one of ${(params.allowedValues as unknown[]).map(String).join(", ")}; got ${showValue(data)}`,
      );
    case "const":
      return finding(`${where} must be '${String(params.allowedValue)}'; got ${showValue(data)}`);
    case "required": {
      const missing = String(params.missingProperty);
      const at = `${pointer}/${escapePointerSegment(missing)}`;
      return finding(
        `missing required field ${showKey(missing)} ${pointer === "" ? "at the top level" : `in ${pointer}`}`,
        at,
      );
    }
    case "maxLength":
      return finding(
        `${where} must be at most ${String(params.limit)} characters; got ${String((data as string).length)}`,
      );
    case "minimum":
      if (isDurationField(pointer))
        return finding(
          `${where} is not a duration (it is negative; use ${DURATION_FORMS}); got ${showValue(data)}`,
        );
      return finding(
        `${where} must be ${String(params.comparison)} ${String(params.limit)}; got ${showValue(data)}`,
      );
    default:
      return finding(`${where} ${err.message ?? "is invalid"}`);
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  null: "empty",
};

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type : String(type).split(",");
  return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(" or ");
}
