/** A usage or configuration problem (unknown framework, bad option value): the shells exit 2 with one line. */
export class UsageError extends Error {}
