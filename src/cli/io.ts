// The CLI's only contact with the terminal and the file system for output.
import { writeFileSync } from "node:fs";

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
