import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// src/format/related.ts
var SHOWN = 10;
function relatedSuffix(f) {
  const related = f.related ?? [];
  if (related.length === 0) return "";
  const items = related.slice(0, SHOWN).map((r) => `${r.agent !== void 0 ? `${r.agent} at ` : ""}${r.file}:${r.line}`);
  const more = related.length > SHOWN ? `, and ${related.length - SHOWN} more` : "";
  return ` (also: ${items.join(", ")}${more})`;
}
function messageWithRelated(f) {
  return f.message + relatedSuffix(f);
}

export {
  messageWithRelated
};
