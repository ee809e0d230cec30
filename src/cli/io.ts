// The CLI's only contact with the terminal and the file system for output.
import { writeFileSync } from "node:fs";
import { writeFileInBlocks } from "../format/blocks.js";

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

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org) or --no-color. */
export function useColor(io: Io, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}

/** Writes to --output FILE when given, else stdout. */
export function deliver(io: Io, text: string, output: string | undefined): void {
  if (output) writeFileSync(output, text);
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
