// A guard against hangs (exponential or quadratic work), not a speed goal: those live in the bench.
export const HANG_GUARD = { timeout: 60_000 };
