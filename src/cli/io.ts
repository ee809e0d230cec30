// The CLI's only contact with the terminal and the file system for output.
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { writeJson } from "../format/json.js";
import type { FormatInput } from "../report/model.js";

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

/** The JSON report written to a file in pieces, so a large report is never one string in memory. */
export function deliverJson(output: string, input: FormatInput): void {
  deliverStream(output, (write) => writeJson(input, write));
}

/** A report a formatter writes in pieces (JSON, JUnit), to a file or to stdout, never one string. */
export function deliverStream(
  output: string | undefined,
  produce: (write: (chunk: string) => void) => void,
  io?: Io,
): void {
  if (!output) {
    if (!io) throw new Error("deliverStream: no output file and no terminal");
    produce((chunk) => io.stdout(chunk));
    return;
  }
  const fd = openSync(output, "w");
  try {
    produce((chunk) => {
      const bytes = Buffer.from(chunk, "utf8");
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    });
  } finally {
    closeSync(fd);
  }
}
