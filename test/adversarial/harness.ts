// Running the bundled CLI on hostile input the way CI would, with the limits a test can assert: a heap
// cap (an unbounded parse dies with "heap out of memory" instead of passing), a time limit (a hang is
// killed and fails), and the checks every output must pass (no stack trace, no workflow command from
// data).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { CLI } from "../helpers/cli.js";

/** Heap cap for every spawned run: hostile input must fit in it. */
export const HEAP_MB = 384;
/** A run that takes longer is killed: "did not hang", with a margin for a slow CI machine. */
export const TIME_LIMIT_MS = 60_000;

export interface CappedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** node --max-old-space-size=HEAP_MB dist/cli.js …args, killed after TIME_LIMIT_MS. */
export function runCapped(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  opts: { nodeArgs?: string[]; timeLimitMs?: number } = {},
): Promise<CappedRun> {
  return new Promise((resolve, reject) => {
    const nodeArgs = [`--max-old-space-size=${HEAP_MB}`, ...(opts.nodeArgs ?? [])];
    const child = spawn(process.execPath, [...nodeArgs, CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeLimitMs ?? TIME_LIMIT_MS);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
  });
}

/** A V8 or Node stack frame ("    at fn (file:1:2)"), or the heap-exhaustion banner. */
export const STACK_TRACE = /^\s+at .+[:(]\d+|FATAL ERROR|JavaScript heap out of memory|node:internal/m;

/**
 * Lines GitHub's runner would read as workflow commands. It splits output at CR, LF and CRLF and trims
 * each line's leading white space (.NET TrimStart: Unicode spaces, NEL included) before looking for `::`.
 */
export function commandLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => /^[\s\u0085]*::/.test(line));
}

/** A message command (`::error file=…,line=…::data`, properties optional), properties and data escaped. */
const MESSAGE_COMMAND =
  /^::(error|warning|notice|debug)(?: ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*))?::(.*)$/;

/**
 * Why `line` is not a message command of ours with every property and the data escaped (or, when
 * `mask` is given, the `::add-mask::` of that token); undefined when it is.
 */
export function annotationProblem(
  line: string,
  opts: { props?: boolean; mask?: string } = {},
): string | undefined {
  if (opts.mask !== undefined && line === `::add-mask::${opts.mask}`) return undefined;
  const m = MESSAGE_COMMAND.exec(line);
  if (!m) return "not an ::error/::warning/::notice/::debug line";
  const [, , props, data = ""] = m;
  if (props === undefined && opts.props !== false) return "an annotation without file and line";
  for (const prop of props?.split(",") ?? []) {
    const value = prop.slice(prop.indexOf("=") + 1);
    // escapeProperty: %, CR, LF, ':' and ',' are the only things encoded, so no other % sequence appears
    if (/%(?!25|0D|0A|3A|2C)/.test(value)) return `property ${prop} is not escaped`;
  }
  if (/%(?!25|0D|0A)/.test(data)) return "the data part is not escaped";
  return undefined;
}

/**
 * The official SARIF 2.1.0 schema (test/schemas/sarif-2.1.0.json, draft-04) as an ajv validator: its
 * header translated for ajv's draft-07 engine, as test/format/sarif.test.ts explains.
 */
export function sarifValidator(): ValidateFunction {
  const path = fileURLToPath(new URL("../schemas/sarif-2.1.0.json", import.meta.url));
  const {
    $schema: _draft,
    id,
    ...body
  } = JSON.parse(readFileSync(path, "utf8")) as {
    $schema: string;
    id: string;
  } & Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile({ $id: id, ...body });
}
