import type { FileError, Finding } from "./model.js";

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** report-v1 order: file, then line, then ruleId (then column and pointer, so ties are stable). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    cmp(a.line, b.line) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.column, b.column) ||
    cmp(a.path, b.path) ||
    cmp(a.fingerprint, b.fingerprint)
  );
}

export function compareErrors(a: FileError, b: FileError): number {
  return cmp(a.file, b.file) || cmp(a.line, b.line) || cmp(a.column, b.column) || cmp(a.message, b.message);
}
