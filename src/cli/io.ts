// The CLI's only contact with the terminal and the file system for output.
import { statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { UsageError } from "../errors.js";
import { writeFileInBlocks } from "../format/blocks.js";
import { writeFailure, writeFileWithFolders } from "../util/write-file.js";

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): Io {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * A reader that stops early (`agentpolicy check | head`, `2>&1 | head`) closes the pipe: the rest of the
 * output has nowhere to go, which is no failure of the check. Node ignores SIGPIPE, so the write fails with EPIPE and, with no
 * listener, ends the run with a stack trace; the run now finishes with its own exit code. Other errors
 * still end it.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
  });
}

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org) or --no-color. */
export function useColor(io: Io, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}

/** Runs `write`; a path it cannot write is a usage error naming `what` (an option and its path, a file). */
export function writingTo<T>(what: string, write: () => T): T {
  try {
    return write();
  } catch (e) {
    const reason = writeFailure(e);
    if (reason === undefined) throw e;
    throw new UsageError(`cannot write ${what}: ${reason}`);
  }
}

/** Writes `text` to `abs`, creating its folders; a path that cannot be written is a usage error naming `shown`. */
export function writeWithFolders(shown: string, abs: string, text: string): void {
  writingTo(shown, () => writeFileWithFolders(abs, text));
}

const errorCode = (e: unknown): unknown => (e as { code?: unknown } | null)?.code;

/** The file-system error that writing a file at `abs` would meet from its path alone, if any. */
function pathRefusal(abs: string): unknown {
  try {
    return statSync(abs).isDirectory() ? "EISDIR" : undefined;
  } catch (e) {
    if (errorCode(e) !== "ENOENT") return errorCode(e);
  }
  try {
    return statSync(dirname(abs)).isDirectory() ? undefined : "ENOTDIR";
  } catch (e) {
    return errorCode(e);
  }
}

/** Refuses an --output path that cannot be a file before the run does any work. */
export function checkOutput(io: Io, output: string | undefined): void {
  if (output === undefined) return;
  const code = pathRefusal(resolve(io.cwd, output));
  const reason = code === undefined ? undefined : writeFailure({ code });
  if (reason !== undefined) throw new UsageError(`cannot write --output ${output}: ${reason}`);
}

/** Writes to --output FILE when given, else stdout. */
export function deliver(io: Io, text: string, output: string | undefined): void {
  if (output) writingTo(`--output ${output}`, () => writeFileSync(resolve(io.cwd, output), text));
  else io.stdout(text.endsWith("\n") ? text : text + "\n");
}

/**
 * A format written in blocks to --output FILE, else to stdout (a final line break added when the output
 * has none, as deliver does): a large report is never one string in memory.
 */
export function deliverInBlocks(
  io: Io,
  output: string | undefined,
  writeTo: (write: (chunk: string) => void) => void,
): void {
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
