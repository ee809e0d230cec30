// Positions as consumers require them: SARIF regions and GitHub annotations reject a zero line or
// an end before the start, so a bad position from upstream degrades to the nearest valid span
// instead of a rejected upload.

import type { Span } from "../manifest/types.js";

function positive(n: number | undefined, fallback: number): number {
  return typeof n === "number" && Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback;
}

/** 1-based span with end ≥ start; a missing end collapses onto the start. */
export function spanOf(pos: { line: number; column: number; endLine?: number; endColumn?: number }): Span {
  const line = positive(pos.line, 1);
  const column = positive(pos.column, 1);
  const endLine = Math.max(line, positive(pos.endLine, line));
  const endColumn = positive(pos.endColumn, column);
  return { line, column, endLine, endColumn: endLine === line ? Math.max(column, endColumn) : endColumn };
}
