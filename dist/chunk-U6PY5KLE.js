import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// src/util/guards.ts
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function ownValue(obj, key) {
  return Object.hasOwn(obj, key) ? obj[key] : void 0;
}

export {
  isRecord,
  ownValue
};
