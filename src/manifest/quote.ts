// How user-written values appear inside messages. A message must stay one short line, carry no
// control or bidi characters, and quote a value only whole (so redaction of a detected secret, which
// matches whole strings, still finds it); anything else is described instead of shown.

const MAX_SHOWN = 40;

/** C0/C1 controls, line and paragraph separators, and bidi embedding/override/isolate characters. */
function hasUnsafe(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}

/** A value for a message: 'text', 42, true, null, or a description such as "a list". */
export function showValue(v: unknown): string {
  if (typeof v === "string") {
    if (v.length <= MAX_SHOWN && !hasUnsafe(v)) return `'${v}'`;
    return `a string of ${v.length} characters`;
  }
  if (typeof v === "number" || typeof v === "boolean" || v === null) return String(v);
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return typeof v;
}

/** A mapping key for a message. */
export function showKey(k: string): string {
  if (k.length <= 64 && !hasUnsafe(k)) return `'${k}'`;
  return `of ${k.length} characters`;
}

/** The type of a value in words, for "must be X; got Y". */
export function kindOf(v: unknown): string {
  if (v === null) return "null (an empty value)";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `the string ${showValue(v)}`;
  if (typeof v === "boolean") return `the boolean ${v}`;
  if (typeof v === "number") return `the number ${v}`;
  return typeof v;
}
