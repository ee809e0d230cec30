// JSON pointers (RFC 6901), the one way a finding, a waiver or a fingerprint names a place in a document.

/** `~` and `/` escaped, so a key holding them stays one segment. */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The segments of a pointer, unescaped; undefined when it is not one ("" is the whole document). */
export function pointerSegments(pointer: string): string[] | undefined {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) return undefined;
  return pointer.slice(1).split("/").map(unescapePointerSegment);
}

/** The pointer of a list of keys and indexes ([] → ""). */
export function joinPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => "/" + escapePointerSegment(String(s))).join("");
}
