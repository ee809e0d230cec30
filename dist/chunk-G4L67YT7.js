import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  writeFileInBlocks
} from "./chunk-3JT46TE2.js";

// src/cli/io.ts
import { writeFileSync } from "node:fs";
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
function deliverInBlocks(io, output, writeTo) {
  if (output) {
    writeFileInBlocks(output, writeTo);
    return;
  }
  let last = "";
  writeTo((chunk) => {
    if (chunk === "") return;
    io.stdout(chunk);
    last = chunk;
  });
  if (!last.endsWith("\n")) io.stdout("\n");
}

export {
  processIo,
  useColor,
  deliver,
  deliverInBlocks
};
