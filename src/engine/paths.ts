// Dotted context paths (`agent.metadata.name`) and JSON pointers (`/metadata/name`). Lookups read own
// properties only, and the three names that reach an object's prototype are refused outright, so neither a
// rule nor a manifest can walk from data into Object.prototype or a constructor.

export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

export class ForbiddenPathError extends Error {
  override readonly name = "ForbiddenPathError";
  constructor(readonly segment: string) {
    super(`path segment '${segment}' is not allowed`);
  }
}

export function splitPath(path: string): string[] {
  return path === "" ? [] : path.split(".");
}

/** Own-property lookup; undefined when any step is missing or not a container. */
export function getPath(root: unknown, segments: readonly string[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (FORBIDDEN_SEGMENTS.has(segment)) throw new ForbiddenPathError(segment);
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Appends a relative pointer ("/ttl", or "" for the base itself) to a base pointer. */
export function appendPointer(base: string, relative: string | undefined): string {
  return relative ? base + relative : base;
}
