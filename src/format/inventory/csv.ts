// Inventory as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a quote, comma or line break,
// quotes doubled). Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula, so
// such a cell gets a leading apostrophe: a manifest cannot plant a formula in an auditor's spreadsheet.
// A line of a cell that would start a GitHub workflow command (`::`) gets one too.
import type { InventoryRow } from "../../report/inventory.js";
import type { ComponentRow } from "../../report/model.js";
import { agentStatus, signalSummary, statusOf } from "./components.js";
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

/**
 * Agents, then discovered code components, in one table: `type` (agent, or code) and `status` (declared,
 * undeclared) say which is which; a component fills name, file, status, signals and its findings.
 */
export function formatInventoryCsv(
  rows: readonly InventoryRow[],
  components: readonly ComponentRow[] = [],
): string {
  const header = [...COLUMNS.map((c) => c.key), "type", "status", "signals"];
  const agentLines = rows.map((r) => [
    ...COLUMNS.map((c) => c.value(r)),
    (r as { source?: string }).source ?? "agent",
    agentStatus(r),
    "",
  ]);
  const componentLines = components.map((c) =>
    header.map((key) => {
      if (key === "name") return c.path;
      if (key === "file") return c.files[0] ?? c.signals[0]?.file ?? "";
      if (key === "type") return "code";
      if (key === "status") return statusOf(c);
      if (key === "signals") return signalSummary(c);
      if (key in c.findings) return String(c.findings[key as keyof typeof c.findings]);
      if (key === "waived") return String(c.waived);
      return "";
    }),
  );
  const lines = [header, ...agentLines, ...componentLines];
  return lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
