// Inventory as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a quote, comma or line break,
// quotes doubled). Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula, so
// such a cell gets a leading apostrophe: a manifest cannot plant a formula in an auditor's spreadsheet.
// A line of a cell that would start a GitHub workflow command (`::`) gets one too.
import type { InventoryRow } from "../../report/inventory.js";
import { commandSafe, wellFormed } from "../escape.js";
import { COLUMNS } from "./columns.js";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  // Each line of the cell (the first may start a row): none may begin a workflow command in a CI log.
  let v = wellFormed(value)
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 0 ? commandSafe(part) : part))
    .join("");
  if (FORMULA_START.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function formatInventoryCsv(rows: readonly InventoryRow[]): string {
  const lines = [COLUMNS.map((c) => c.key), ...rows.map((r) => COLUMNS.map((c) => c.value(r)))];
  return lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
