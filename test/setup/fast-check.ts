// Property tests explore new random inputs on every local run; CI pins one seed so that a red run is
// reproducible and never a coin toss. FAST_CHECK_SEED pins a seed anywhere (a failure prints its seed).
import fc from "fast-check";

const pinned = process.env.FAST_CHECK_SEED ?? (process.env.CI ? "20261128" : undefined);
if (pinned !== undefined && Number.isInteger(Number(pinned))) fc.configureGlobal({ seed: Number(pinned) });
