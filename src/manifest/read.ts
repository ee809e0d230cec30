// Reading one discovered file: bounded by size (checked before reading, and enforced while reading in
// case the file grows), decoded as strict UTF-8 with the position of the first bad byte, BOM removed.
// readSourceSync does the same with blocking calls, for a worker thread that has nothing else to do
// meanwhile (and to which each asynchronous call would cost a round trip through the thread pool).
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { open, stat } from "node:fs/promises";
import type { FileError } from "../report/model.js";
import type { DiscoveredFile } from "./types.js";

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export async function readSource(
  file: DiscoveredFile,
  opts: { maxFileSize: number },
): Promise<{ text: string } | { error: FileError }> {
  const fail = (message: string, line = 1, column = 1): { error: FileError } => ({
    error: { file: file.file, line, column, endLine: line, endColumn: column + 1, message },
  });
  let bytes: Buffer;
  try {
    const info = await stat(file.absPath);
    if (info.isDirectory()) return fail("is a directory, not a file");
    // FIFOs and devices could block or never end
    if (!info.isFile()) return fail("not a regular file");
    if (info.size > opts.maxFileSize) return fail(tooLarge(info.size, opts.maxFileSize));
    const read = await readAtMost(file.absPath, opts.maxFileSize + 1);
    if (read.length > opts.maxFileSize) return fail(tooLarge(read.length, opts.maxFileSize, true));
    bytes = read;
  } catch (e) {
    return fail(ioMessage(e));
  }
  return decode(bytes, fail);
}

export function readSourceSync(
  file: DiscoveredFile,
  opts: { maxFileSize: number },
): { text: string } | { error: FileError } {
  const fail = (message: string, line = 1, column = 1): { error: FileError } => ({
    error: { file: file.file, line, column, endLine: line, endColumn: column + 1, message },
  });
  let bytes: Buffer;
  try {
    const info = statSync(file.absPath);
    if (info.isDirectory()) return fail("is a directory, not a file");
    if (!info.isFile()) return fail("not a regular file");
    if (info.size > opts.maxFileSize) return fail(tooLarge(info.size, opts.maxFileSize));
    const read = readAtMostSync(file.absPath, opts.maxFileSize + 1);
    if (read.length > opts.maxFileSize) return fail(tooLarge(read.length, opts.maxFileSize, true));
    bytes = read;
  } catch (e) {
    return fail(ioMessage(e));
  }
  return decode(bytes, fail);
}

/** Where readAtMostSync looks past the size a file had when opened; copied out only if it grew. */
let probe: Buffer | undefined;

function readAtMostSync(path: string, limit: number): Buffer {
  const fd = openSync(path, "r");
  try {
    // one read for the common case: the whole file, as large as it was when opened
    const first = Buffer.alloc(Math.min(Math.max(fstatSync(fd).size, 0) + 1, limit, 64 * 1024) || 1);
    const chunks: Buffer[] = [];
    let total = 0;
    let chunk: Buffer = first;
    while (total < limit) {
      const bytesRead = readSync(fd, chunk, 0, Math.min(chunk.length, limit - total), total);
      if (bytesRead === 0) break;
      // the probe is shared: what it read is copied before the next read
      chunks.push(chunk === probe ? Buffer.from(chunk.subarray(0, bytesRead)) : chunk.subarray(0, bytesRead));
      total += bytesRead;
      // the read that finds the end mostly reads nothing: a fresh 64 kB buffer for it was most of the
      // allocation (and the garbage) of reading hundreds of small files
      chunk = probe ??= Buffer.allocUnsafe(64 * 1024);
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Up to `limit` bytes, read in chunks, so a file that grows after stat is still never read whole. */
async function readAtMost(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, limit - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number, limit: number, grew = false): string {
  const what = grew ? "file grew past" : `file is ${size} bytes, over`;
  return `${what} the size limit of ${limit} bytes; raise it with --max-file-size`;
}

function ioMessage(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file";
  return `cannot read file${code ? ` (${code})` : ""}`;
}

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8");

function decode(
  bytes: Buffer,
  fail: (message: string, line?: number, column?: number) => { error: FileError },
): { text: string } | { error: FileError } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail("file is UTF-16 encoded; manifests must be UTF-8");
  }
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < at; i = bytes.indexOf(0x0a, i + 1)) line++;
    // the line's text before the bad byte is valid UTF-8; its length in UTF-16 units is the column
    const column = lenient.decode(bytes.subarray(lineStart, at)).length + 1;
    const byte = (bytes[at] ?? 0).toString(16).padStart(2, "0");
    return fail(`invalid UTF-8 (byte 0x${byte}); manifests must be UTF-8 encoded`, line, column);
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (RFC 3629 well-formedness). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) i += 1;
    else if (b >= 0xc2 && b <= 0xdf && cont(1)) i += 2;
    else if (b === 0xe0 && cont(1, 0xa0) && cont(2)) i += 3;
    else if (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && cont(1) && cont(2)) i += 3;
    else if (b === 0xed && cont(1, 0x80, 0x9f) && cont(2)) i += 3;
    else if (b === 0xf0 && cont(1, 0x90) && cont(2) && cont(3)) i += 4;
    else if (b >= 0xf1 && b <= 0xf3 && cont(1) && cont(2) && cont(3)) i += 4;
    else if (b === 0xf4 && cont(1, 0x80, 0x8f) && cont(2) && cont(3)) i += 4;
    else return i;
  }
  return bytes.length;
}
