import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// src/format/blocks.ts
import { closeSync, openSync, writeSync } from "node:fs";
var BLOCK = 1 << 16;
function blockWriter(write, transform = (b) => b) {
  let pending = [];
  let size = 0;
  const flush = () => {
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
    flush
  };
}
function collect(writeTo) {
  const chunks = [];
  writeTo((chunk) => chunks.push(chunk));
  return chunks.join("");
}
function writeFileInBlocks(path, writeTo) {
  const fd = openSync(path, "w");
  try {
    writeTo((chunk) => {
      const bytes = Buffer.from(chunk, "utf8");
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    });
  } finally {
    closeSync(fd);
  }
}

export {
  blockWriter,
  collect,
  writeFileInBlocks
};
