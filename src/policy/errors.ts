// A broken rule or framework file is a usage error (exit 2): the message names file, line and column so
// the author can jump straight to the offending node.

export class PolicyError extends Error {
  override readonly name = "PolicyError";
  /** The problem without its location prefix. */
  readonly reason: string;

  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.reason = reason;
  }
}
