import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// src/format/span.ts
function positive(n, fallback) {
  return typeof n === "number" && Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback;
}
function spanOf(pos) {
  const line = positive(pos.line, 1);
  const column = positive(pos.column, 1);
  const endLine = Math.max(line, positive(pos.endLine, line));
  const endColumn = positive(pos.endColumn, column);
  return { line, column, endLine, endColumn: endLine === line ? Math.max(column, endColumn) : endColumn };
}

export {
  spanOf
};
