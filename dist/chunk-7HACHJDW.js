import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  writeFailure,
  writeFileWithFolders
} from "./chunk-3VZ7T36H.js";
import {
  UsageError
} from "./chunk-BNU4OYRD.js";
import {
  writeFileInBlocks
} from "./chunk-3JT46TE2.js";

// src/cli/io.ts
import { statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
function processIo() {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd()
  };
}
function quietOnClosedPipe(stream) {
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
  });
}
function useColor(io, noColorFlag) {
  if (noColorFlag) return false;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}
function writingTo(what, write) {
  try {
    return write();
  } catch (e) {
    const reason = writeFailure(e);
    if (reason === void 0) throw e;
    throw new UsageError(`cannot write ${what}: ${reason}`);
  }
}
function writeWithFolders(shown, abs, text) {
  writingTo(shown, () => writeFileWithFolders(abs, text));
}
var errorCode = (e) => e?.code;
function pathRefusal(abs) {
  try {
    return statSync(abs).isDirectory() ? "EISDIR" : void 0;
  } catch (e) {
    if (errorCode(e) !== "ENOENT") return errorCode(e);
  }
  try {
    return statSync(dirname(abs)).isDirectory() ? void 0 : "ENOTDIR";
  } catch (e) {
    return errorCode(e);
  }
}
function checkOutput(io, output) {
  if (output === void 0) return;
  const code = pathRefusal(resolve(io.cwd, output));
  const reason = code === void 0 ? void 0 : writeFailure({ code });
  if (reason !== void 0) throw new UsageError(`cannot write --output ${output}: ${reason}`);
}
function deliver(io, text, output) {
  if (output) writingTo(`--output ${output}`, () => writeFileSync(resolve(io.cwd, output), text));
  else io.stdout(text.endsWith("\n") ? text : text + "\n");
}
function deliverInBlocks(io, output, writeTo) {
  if (output) {
    writingTo(`--output ${output}`, () => writeFileInBlocks(resolve(io.cwd, output), writeTo));
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
  quietOnClosedPipe,
  useColor,
  writingTo,
  writeWithFolders,
  checkOutput,
  deliver,
  deliverInBlocks
};
