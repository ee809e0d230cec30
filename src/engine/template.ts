// Finding messages: `{{item.name}}`, `{{params.max_token_ttl|duration}}`, `{{vars.others|join}}`.
// Templates are parsed when the rule loads (unknown roots, filters or prototype paths are load errors).
// Interpolated values come from manifests, so each one is flattened to a single line, stripped of control
// characters and capped in length: a message can never carry a newline (and with it a `::error`
// workflow command at the start of a line) or a wall of text into a report.
import { formatDuration, parseDuration } from "../manifest/duration.js";
import { FORBIDDEN_SEGMENTS, getPath, splitPath } from "./paths.js";
import { boundedLine, flatten } from "../util/text.js";

export const MISSING = "(missing)";
export const NONE = "(none)";
const MAX_VALUE_LENGTH = 200;

type Filter = (v: unknown) => unknown;
type Redactor = (s: string) => string;
const keep: Redactor = (s) => s;

/**
 * How much of a list is joined: enough to fill a message value even after redaction shortens some items.
 * A list can hold 100,000 items (or one item many times over), and joining all of them for a value that
 * is cut to MAX_VALUE_LENGTH characters would build megabytes for nothing.
 */
const MAX_JOINED = 4 * MAX_VALUE_LENGTH;

/** A value as text, before redaction and shortening. Objects are never dumped: they may hold anything. */
function raw(v: unknown): string {
  if (v === undefined || v === null) return MISSING;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return NONE;
    // whole items only, so a secret among them is complete when it is redacted
    let out = raw(v[0]);
    for (let i = 1; i < v.length && out.length <= MAX_JOINED; i++) out += `, ${raw(v[i])}`;
    return out;
  }
  return "{…}";
}

/** Redact first, then flatten and cut: a shortened secret would no longer match. */
function text(v: unknown, redact: Redactor): string {
  return boundedLine(redact(raw(v)), MAX_VALUE_LENGTH);
}

const FILTERS: Readonly<Record<string, Filter>> = {
  /** Seconds → `1h`; a duration string is re-stated in the same compact form. */
  duration: (v) => {
    const seconds = typeof v === "string" ? parseDuration(v) : v;
    return typeof seconds === "number" && Number.isFinite(seconds) ? formatDuration(seconds) : v;
  },
  /** Epoch milliseconds → `YYYY-MM-DD` (UTC). */
  date: (v) => {
    if (typeof v !== "number" || !Number.isFinite(v)) return v;
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
  },
  join: (v) => (Array.isArray(v) ? raw(v) : v),
};

export const TEMPLATE_FILTERS: readonly string[] = Object.keys(FILTERS);

export class TemplateError extends Error {
  override readonly name = "TemplateError";
}

const PATH = /^[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;

interface Slot {
  segments: string[];
  filters: Filter[];
}

/** Renders with a context; `redact` is applied to every interpolated value before it is shortened. */
export type CompiledTemplate = (context: unknown, redact?: Redactor) => string;

export interface TemplateScope {
  roots?: ReadonlySet<string>;
  params?: ReadonlySet<string>;
  vars?: ReadonlySet<string>;
}

function parseSlot(body: string, scope: TemplateScope): Slot {
  const [rawPath = "", ...rawFilters] = body.split("|").map((s) => s.trim());
  if (!PATH.test(rawPath)) throw new TemplateError(`'{{${body}}}' does not name a value`);
  const segments = splitPath(rawPath);
  const bad = segments.find((s) => FORBIDDEN_SEGMENTS.has(s));
  if (bad !== undefined) throw new TemplateError(`'${bad}' is not allowed in a template path ('${rawPath}')`);
  const [root, second] = segments;
  if (scope.roots && !scope.roots.has(root!)) {
    throw new TemplateError(
      `unknown root '${root}' in '{{${body}}}' (known: ${[...scope.roots].join(", ")})`,
    );
  }
  if (root === "params" && second !== undefined && scope.params && !scope.params.has(second)) {
    throw new TemplateError(`parameter '${second}' is not declared in this check's params`);
  }
  if (root === "vars" && second !== undefined && scope.vars && !scope.vars.has(second)) {
    throw new TemplateError(`'vars.${second}' is not defined in this check's vars`);
  }
  const filters = rawFilters.map((name) => {
    const f = Object.hasOwn(FILTERS, name) ? FILTERS[name] : undefined;
    if (!f) throw new TemplateError(`unknown filter '${name}' (known: ${TEMPLATE_FILTERS.join(", ")})`);
    return f;
  });
  return { segments, filters };
}

export function compileTemplate(template: string, scope: TemplateScope = {}): CompiledTemplate {
  const parts: (string | Slot)[] = [];
  let rest = template;
  while (rest.length > 0) {
    const open = rest.indexOf("{{");
    if (open === -1) {
      parts.push(rest);
      break;
    }
    const close = rest.indexOf("}}", open + 2);
    if (close === -1) throw new TemplateError("'{{' without a closing '}}'");
    if (open > 0) parts.push(rest.slice(0, open));
    parts.push(parseSlot(rest.slice(open + 2, close), scope));
    rest = rest.slice(close + 2);
  }
  const render = (context: unknown, redact: Redactor): string =>
    parts
      .map((part) => {
        if (typeof part === "string") return part;
        let value = getPath(context, part.segments);
        for (const f of part.filters) value = f(value);
        return text(value, redact);
      })
      .join("");
  return (context, redact = keep) => flatten(render(context, redact)).trim();
}
