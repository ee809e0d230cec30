// Invisible and bidirectional-control characters: text an agent reads (tool descriptions, arguments,
// rules) that a reviewer cannot see. Trojan Source (CVE-2021-42574) showed bidi controls reordering what
// code appears to say; zero-width and Unicode tag characters hide instructions from human review.
const INVISIBLE =
  /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/u;

export function invisibleChar(text: string): string | undefined {
  const m = INVISIBLE.exec(text);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** `text` with each invisible character written as its code point, so a message can show where it is. */
export function visible(text: string): string {
  return text.replace(
    new RegExp(INVISIBLE.source, "gu"),
    (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}
