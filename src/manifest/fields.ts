// Which manifest fields hold durations and dates, read from the schema ($ref to #/$defs/duration or
// #/$defs/date), so normalise and the engine (for rule parameters) treat the same fields the same way.
// Patterns are JSON pointers where "*" stands for any list index: "/credentials/*/ttl".
import { AGENT_SCHEMA, derefSchema, refName, type SchemaNode } from "./schema.js";
import { escapePointerSegment, pointerSegments } from "../util/pointer.js";

function fieldsOf(defName: string): string[] {
  const out: string[] = [];
  const walk = (node: SchemaNode, pointer: string, depth: number): void => {
    if (depth > 16) return;
    if (refName(node) === defName) {
      out.push(pointer);
      return;
    }
    const s = derefSchema(node);
    for (const [key, child] of Object.entries(s.properties ?? {})) {
      walk(child, `${pointer}/${escapePointerSegment(key)}`, depth + 1);
    }
    if (s.items) walk(s.items, `${pointer}/*`, depth + 1);
  };
  walk(AGENT_SCHEMA, "", 0);
  return out.sort();
}

/** Duration fields: credentials[].ttl, credentials[].rotation, approvals[].timeout, audit.retention. */
export const DURATION_FIELDS: readonly string[] = Object.freeze(fieldsOf("duration"));
/** Date fields: metadata.review_by. */
export const DATE_FIELDS: readonly string[] = Object.freeze(fieldsOf("date"));

/** Whether a concrete pointer ("/credentials/0/ttl") matches a field pattern, where "*" is any list index. */
export function matchesField(pattern: string, pointer: string): boolean {
  const p = pattern.split("/");
  const q = pointer.split("/");
  return (
    p.length === q.length &&
    p.every((seg, i) => seg === q[i] || (seg === "*" && /^(0|[1-9][0-9]*)$/.test(q[i] ?? "")))
  );
}

export function isDurationField(pointer: string): boolean {
  return DURATION_FIELDS.some((f) => matchesField(f, pointer));
}

export function isDateField(pointer: string): boolean {
  return DATE_FIELDS.some((f) => matchesField(f, pointer));
}

/** The concrete pointers in `data` that a field pattern names and that exist. */
export function pointersOf(data: unknown, pattern: string): string[] {
  const segments = pointerSegments(pattern) ?? [];
  let frontier: Array<[string, unknown]> = [["", data]];
  for (const seg of segments) {
    const next: Array<[string, unknown]> = [];
    for (const [pointer, value] of frontier) {
      if (seg === "*") {
        if (Array.isArray(value)) value.forEach((item, i) => next.push([`${pointer}/${i}`, item]));
      } else if (isPlainObject(value) && Object.hasOwn(value, seg)) {
        next.push([`${pointer}/${escapePointerSegment(seg)}`, value[seg]]);
      }
    }
    frontier = next;
  }
  return frontier.map(([pointer]) => pointer);
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
