// Input text on its way into a message: one line, no control characters, bounded length. A newline in
// a message could start a line with `::error` (a GitHub workflow command) or forge a report line.
// (Escaping for an output format is the formatter's job: src/format/escape.ts.)

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Control characters and line separators become single spaces. */
export function flatten(s: string): string {
  return s.replace(CONTROL, " ");
}

/** Flattened, and cut to at most `max` characters (the last one an ellipsis when cut). */
export function boundedLine(s: string, max: number): string {
  const flat = flatten(s);
  return flat.length > max ? flat.slice(0, max - 1) + "…" : flat;
}

/** "1 agent", "3 agents". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
