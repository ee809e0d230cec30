import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  writeJson
} from "./chunk-AX52OP6L.js";

// src/cli/io.ts
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
function processIo() {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd()
  };
}
function useColor(io, noColorFlag) {
  if (noColorFlag) return false;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}
function deliver(io, text, output) {
  if (output) writeFileSync(output, text);
  else io.stdout(text.endsWith("\n") ? text : text + "\n");
}
function deliverJson(output, input) {
  deliverStream(output, (write) => writeJson(input, write));
}
function deliverStream(output, produce, io) {
  if (!output) {
    if (!io) throw new Error("deliverStream: no output file and no terminal");
    produce((chunk) => io.stdout(chunk));
    return;
  }
  const fd = openSync(output, "w");
  try {
    produce((chunk) => {
      const bytes = Buffer.from(chunk, "utf8");
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    });
  } finally {
    closeSync(fd);
  }
}

export {
  processIo,
  useColor,
  deliver,
  deliverJson,
  deliverStream
};
