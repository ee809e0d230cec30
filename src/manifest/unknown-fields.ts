// Fields the schema does not declare. The validated schema leaves additionalProperties open (a typo
// must not make the whole manifest invalid), so unknown fields are found here, walking the data
// against the schema's declared properties, and reported as low-severity AP-SCHEMA-002 findings.
import type { DocumentFinding } from "./types.js";
import { isPlainObject } from "./fields.js";
import { escapePointerSegment } from "../util/pointer.js";
import { showKey } from "./quote.js";
import { AGENT_SCHEMA, derefSchema, type SchemaNode } from "./schema.js";

export const UNKNOWN_FIELD = "AP-SCHEMA-002";

export function unknownFields(data: unknown): DocumentFinding[] {
  const findings: DocumentFinding[] = [];
  const walk = (node: SchemaNode, value: unknown, pointer: string, depth: number): void => {
    if (depth > 32) return;
    const s = derefSchema(node);
    if (isPlainObject(value) && s.properties) {
      const declared = s.properties;
      const extra = typeof s.additionalProperties === "object" ? s.additionalProperties : undefined;
      for (const key of Object.keys(value)) {
        // x- keys are extensions (manifest v1.1): an organisation's own data, anywhere, never a typo
        if (key.startsWith("x-")) continue;
        const child = `${pointer}/${escapePointerSegment(key)}`;
        if (Object.hasOwn(declared, key)) walk(declared[key] as SchemaNode, value[key], child, depth + 1);
        else if (extra) walk(extra, value[key], child, depth + 1);
        else if (s.additionalProperties !== false)
          findings.push(unknown(key, pointer, Object.keys(declared)));
      }
    } else if (Array.isArray(value) && s.items) {
      value.forEach((item, i) => walk(s.items as SchemaNode, item, `${pointer}/${i}`, depth + 1));
    }
  };
  walk(AGENT_SCHEMA, data, "", 0);
  return findings;
}

function unknown(key: string, parent: string, declared: string[]): DocumentFinding {
  const where = parent === "" ? "at the top level" : `in ${parent}`;
  const guess = closest(key, declared);
  const hint = guess ? ` (did you mean '${guess}'?)` : "";
  return {
    ruleId: UNKNOWN_FIELD,
    severity: "low",
    pointer: `${parent}/${escapePointerSegment(key)}`,
    message: `unknown field ${showKey(key)} ${where}${hint}`,
  };
}

/** The declared name within two edits of `key` (a likely typo), if exactly one is closest. */
function closest(key: string, names: string[]): string | undefined {
  if (key.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    const d = editDistance(key.toLowerCase(), name.toLowerCase());
    if (d < bestDistance && d < Math.max(2, name.length / 2)) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = row;
  }
  return prev[b.length] as number;
}
