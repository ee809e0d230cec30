import { closeSync, openSync, writeSync } from "node:fs";

// Output written in pieces: formatters for reports too large to hold as one string hand their text to
// `write` in blocks of about BLOCK characters, so a report of any size costs one block of buffer on top
// of the report itself, and the pieces join into exactly the text the formatter would have returned.

/** Flushes pieces to `write` in blocks of about this many characters. */
export const BLOCK = 1 << 16;

export interface BlockWriter {
  /** Queues a piece; writes the queue once it holds a block. */
  put(piece: string): void;
  /** Writes what is queued. */
  flush(): void;
}

/** A writer that joins pieces into blocks; `transform` sees each block once (jsonSafe, say). */
export function blockWriter(
  write: (chunk: string) => void,
  transform: (block: string) => string = (b) => b,
): BlockWriter {
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    write(transform(pending.join("")));
    pending = [];
    size = 0;
  };
  return {
    put(piece) {
      pending.push(piece);
      size += piece.length;
      if (size >= BLOCK) flush();
    },
    flush,
  };
}

/** The pieces `writeTo` writes, joined: the string form of a streaming formatter. */
export function collect(writeTo: (write: (chunk: string) => void) => void): string {
  const chunks: string[] = [];
  writeTo((chunk) => chunks.push(chunk));
  return chunks.join("");
}

/** The pieces `writeTo` writes, straight into the file at `path` (created or truncated), as UTF-8. */
export function writeFileInBlocks(path: string, writeTo: (write: (chunk: string) => void) => void): void {
  const fd = openSync(path, "w");
  try {
    writeTo((chunk) => {
      const bytes = Buffer.from(chunk, "utf8");
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    });
  } finally {
    closeSync(fd);
  }
}
