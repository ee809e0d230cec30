// Manifest text on its way into messages: one line, no control characters, bounded length. A newline in
// a message could start a line with `::error` (a GitHub workflow command) or forge a report line.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Control characters and line separators become single spaces. */
export function flatten(s: string): string {
  return s.replace(CONTROL, " ");
}

/** Flattened and cut to `max` characters (the last one an ellipsis when cut). */
export function oneLine(s: string, max: number): string {
  const flat = flatten(s);
  return flat.length > max ? flat.slice(0, max - 1) + "…" : flat;
}
