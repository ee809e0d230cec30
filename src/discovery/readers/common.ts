// Shared pieces of the dependency readers: spans from offsets, and errors with a position.
import { LineIndex } from "../../manifest/positions.js";
import type { FileError } from "../../report/model.js";
import type { Dependency, DependencyFile, Ecosystem } from "../types.js";

export type Reader = (file: string, text: string) => DependencyFile;

export class FileBuilder {
  readonly lines: LineIndex;
  readonly result: DependencyFile;

  constructor(
    file: string,
    ecosystem: Ecosystem,
    readonly text: string,
  ) {
    this.lines = new LineIndex(text);
    this.result = { file, ecosystem, dependencies: [], errors: [] };
  }

  /** A dependency declared by the text in [start, end). */
  add(name: string, start: number, end: number, extra: { version?: string; scope?: string } = {}): void {
    const span = this.lines.span(start, Math.max(end, start + 1));
    const dep: Dependency = { name, ...span };
    if (extra.version !== undefined && extra.version !== "") dep.version = extra.version;
    if (extra.scope !== undefined) dep.scope = extra.scope;
    this.result.dependencies.push(dep);
  }

  /** A dependency on 1-based line `line`, columns [column, endColumn). */
  addAt(
    name: string,
    line: number,
    column: number,
    endColumn: number,
    extra: { version?: string; scope?: string } = {},
  ): void {
    const dep: Dependency = { name, line, column, endLine: line, endColumn };
    if (extra.version !== undefined && extra.version !== "") dep.version = extra.version;
    if (extra.scope !== undefined) dep.scope = extra.scope;
    this.result.dependencies.push(dep);
  }

  errorAt(offset: number, message: string): void {
    const p = this.lines.position(offset);
    this.result.errors.push(fileError(this.result.file, p.line, p.column, message));
  }

  errorLine(line: number, column: number, message: string): void {
    this.result.errors.push(fileError(this.result.file, line, column, message));
  }
}

export function fileError(file: string, line: number, column: number, message: string): FileError {
  return { file, line, column, endLine: line, endColumn: column + 1, message };
}

/** Lines of a text with their 1-based numbers and start offsets. */
export function* linesOf(text: string): Generator<{ line: number; text: string; offset: number }> {
  let offset = 0;
  let line = 1;
  while (offset <= text.length) {
    const nl = text.indexOf("\n", offset);
    const end = nl === -1 ? text.length : nl;
    yield { line, text: text.slice(offset, end).replace(/\r$/, ""), offset };
    if (nl === -1) return;
    offset = nl + 1;
    line++;
  }
}
