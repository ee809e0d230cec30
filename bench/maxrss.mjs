// Preloaded (node --import) into a measured process when /usr/bin/time is not available: at exit, writes
// the process's peak resident set size (every thread, workers included) in KiB to $AGENTPOLICY_BENCH_RSS.
import { writeFileSync } from "node:fs";

const target = process.env.AGENTPOLICY_BENCH_RSS;
if (target) {
  process.on("exit", () => {
    writeFileSync(target, `${process.resourceUsage().maxRSS}\n`);
  });
}
