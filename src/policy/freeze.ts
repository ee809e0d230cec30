// Loaded policy is shared (the built-in pack is cached per process) and compiled evaluators are cached per
// check object, so nothing downstream may change it after load.

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
