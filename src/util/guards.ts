// Type guards for data of unknown shape (parsed YAML, JSON, TOML).

/** A plain mapping: an object that is neither null nor an array. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The own member `key` of `obj`, or undefined: never an inherited one (`constructor`, `toString`). */
export function ownValue<T>(obj: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
