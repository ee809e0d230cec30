// Size-scaled hostile files: the same shape at a size and at four times that size (many documents in
// one file, many keys, many anchors and aliases, long flow collections, long lines, long lists of
// findings). Each run must finish under the corpus's heap cap, and what it costs must grow with the file,
// not with its square: peak memory above an empty run's may grow at most about as much as the input
// (a quadratic structure grows sixteen-fold). Counted in memory, not timed; speed lives in the benchmark.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/report/model.js";
import { tempTree } from "../helpers/cli.js";
import { runCapped, STACK_TRACE } from "./harness.js";

const MAXRSS = fileURLToPath(new URL("../../bench/maxrss.mjs", import.meta.url));
const HEAD = "apiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata:\n  name: s\n  owner: team:x\n";
const lines = (n: number, line: (i: number) => string): string =>
  Array.from({ length: n }, (_, i) => line(i)).join("");

/** Each shape: the file for n units, the agents it holds, and n. */
const SHAPES: Record<string, { n: number; agents: (n: number) => number; text: (n: number) => string }> = {
  documents: {
    n: 600,
    agents: (n) => n,
    text: (n) =>
      lines(n, (i) => `---\napiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata: {name: a${i}}\n`),
  },
  keys: { n: 5000, agents: () => 1, text: (n) => `${HEAD}  labels:\n${lines(n, (i) => `    k${i}: v\n`)}` },
  aliases: {
    n: 4000,
    agents: () => 1,
    text: (n) => `${HEAD}  labels:\n${lines(n, (i) => `    k${i}: &a${i} v${i}\n    c${i}: *a${i}\n`)}`,
  },
  "flow-map": {
    n: 5000,
    agents: () => 1,
    text: (n) => `${HEAD}  labels: {${lines(n, (i) => `k${i}: v, `)}z: v}\n`,
  },
  "flow-list": { n: 5000, agents: () => 1, text: (n) => `${HEAD}tools: [${lines(n, (i) => `t${i}, `)}t]\n` },
  "long-line": { n: 40_000, agents: () => 1, text: (n) => `${HEAD}  description: ${"word ".repeat(n)}\n` },
  findings: {
    n: 1000,
    agents: () => 1,
    text: (n) =>
      `${HEAD}permissions:\n${lines(n, (i) => `  - {resource: "s3://b/${i}", actions: [write], category: storage}\n`)}`,
  },
};

interface Measured {
  rssKiB: number;
  report: Report;
}

async function measure(files: Record<string, string>): Promise<Measured> {
  const root = tempTree(files);
  const rssFile = join(mkdtempSync(join(tmpdir(), "agentpolicy-rss-")), "rss");
  try {
    const run = await runCapped(
      ["check", "--format", "json", "--output", "report.json"],
      root,
      { AGENTPOLICY_BENCH_RSS: rssFile },
      { nodeArgs: ["--import", MAXRSS], timeLimitMs: 170_000 },
    );
    expect(run.signal, run.stderr).toBeNull();
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect([0, 1]).toContain(run.code);
    return {
      rssKiB: Number(readFileSync(rssFile, "utf8")),
      report: JSON.parse(readFileSync(join(root, "report.json"), "utf8")) as Report,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

let empty: Measured;
const FILE = "agents/scaled.agent.yaml";

beforeAll(async () => {
  empty = await measure({ [FILE]: HEAD });
}, 200_000);

describe("size-scaled hostile files", () => {
  it.each(Object.keys(SHAPES))(
    "%s: four times the input costs at most about four times the memory, under the heap cap",
    async (name) => {
      const shape = SHAPES[name]!;
      const small = await measure({ [FILE]: shape.text(shape.n) });
      const large = await measure({ [FILE]: shape.text(shape.n * 4) });
      expect(small.report.summary.agents).toBe(shape.agents(shape.n));
      expect(large.report.summary.agents).toBe(shape.agents(shape.n * 4));
      expect(large.report.errors).toEqual([]);
      // (a floor of 20 MiB keeps a shape whose small run costs next to nothing from dividing by noise)
      const growth = (large.rssKiB - empty.rssKiB) / Math.max(20_480, small.rssKiB - empty.rssKiB);
      // linear is about 4 (less where a fixed cost dominates); quadratic would be about 16
      expect(growth, `${name}: ${empty.rssKiB} / ${small.rssKiB} / ${large.rssKiB} KiB`).toBeLessThan(7);
    },
    600_000,
  );
});
