// A report with many findings must not balloon memory or time when written as JUnit, OCSF or JSON: the
// output is written in blocks (never one string of the whole report), its size grows in proportion to
// the findings, and every lookup is indexed, so the report's lists are read a bounded number of times
// per entry. Everything here is counted (characters, blocks, reads), never timed.
import { beforeAll, describe, expect, it } from "vitest";
import { BLOCK } from "../../src/format/blocks.js";
import { format } from "../helpers/formats.js";
import { loadBlockFormatter } from "../../src/format/load.js";
import type { AgentRow, Finding, Report, RuleMeta } from "../../src/report/model.js";
import { emptyCounts, ruleHelpUri } from "../../src/report/model.js";
import { ROW } from "../format/sample.js";

const CHECKS = 10;
const FRAMEWORK = "soc2";

const RULES: RuleMeta[] = Array.from({ length: CHECKS }, (_, c) => ({
  id: `AP-LOAD-${String(c + 1).padStart(3, "0")}`,
  title: `Load check ${c + 1}`,
  severity: c % 2 === 0 ? "high" : "medium",
  description: "A check of the generated report.",
  remediation: "Fix it.",
  helpUri: ruleHelpUri("AP-LOAD-001"),
  waivable: true,
  controls: [{ framework: FRAMEWORK, id: "CC6.1", title: "Logical access" }],
}));

/** Thrown when a list is read more often than a linear formatter ever needs. */
class QuadraticRead extends Error {}

/**
 * `list` behind a proxy that counts reads of its elements and gives up past `budget` reads: a formatter
 * that searches the list once per finding exceeds any fixed multiple of its length quickly, and fails
 * here with a clear message instead of running for minutes.
 */
function counted<T>(list: T[], budget: number, what: string): { list: T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key) && ++reads > budget) {
        throw new QuadraticRead(`${what} read more than ${budget} times: a lookup per entry is not indexed`);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list: proxy, reads: () => reads };
}

/** Reads of each list allowed per element, across one whole formatter run. */
const READS_PER_ELEMENT = 20;

/** `n` findings: n / CHECKS agents, each failing every check once; one waived in ten. */
function bigReport(n: number): { report: Report; agentReads: () => number; findingReads: () => number } {
  const agentCount = n / CHECKS;
  const controls = RULES[0]!.controls;
  const agents: AgentRow[] = [];
  const findings: Finding[] = [];
  for (let a = 0; a < agentCount; a++) {
    const name = `agent-${a}`;
    const file = `agents/team-${a % 50}/${name}.agent.yaml`;
    agents.push({ ...ROW, name, file, owner: "team:platform", accessLevel: "read-only" } as AgentRow);
    RULES.forEach((rule, c) => {
      const waived = (a + c) % 10 === 0;
      findings.push({
        ruleId: rule.id,
        title: rule.title,
        severity: rule.severity,
        message: `agent ${name} fails ${rule.id}`,
        file,
        line: c + 1,
        column: 3,
        path: `/permissions/${c}`,
        agent: name,
        controls,
        remediation: rule.remediation,
        fingerprint: `fp-${a}-${c}`,
        status: waived ? "waived" : "open",
        ...(waived
          ? {
              waiver: {
                check: rule.id,
                agent: name,
                reason: "accepted",
                approved_by: "ciso@example.com",
                expires: "2027-01-31",
              },
            }
          : {}),
      } as Finding);
    });
  }
  const agentList = counted(agents, READS_PER_ELEMENT * agentCount, "report.agents");
  const findingList = counted(findings, READS_PER_ELEMENT * n, "report.findings");
  const report = {
    schemaVersion: 1,
    tool: { name: "agentpolicy", version: "0.1.0" },
    summary: {
      files: agentCount,
      agents: agentCount,
      findings: emptyCounts(),
      waived: n / 10,
      errors: 0,
      passed: false,
      failOn: "high",
    },
    frameworks: [
      {
        id: FRAMEWORK,
        title: "SOC 2",
        version: "2017",
        controls: [
          {
            id: "CC6.1",
            title: "Logical access",
            status: "fail",
            checks: RULES.map((r) => r.id),
            failing: n,
          },
        ],
      },
    ],
    findings: findingList.list,
    errors: [],
    agents: agentList.list,
  } as Report;
  return { report, agentReads: agentList.reads, findingReads: findingList.reads };
}

interface Written {
  chars: number;
  blocks: number;
  largest: number;
  agentReads: number;
  findingReads: number;
}

async function writeCounted(name: "junit" | "ocsf" | "json", n: number): Promise<Written> {
  const { report, agentReads, findingReads } = bigReport(n);
  const write = await loadBlockFormatter(name);
  if (!write) throw new Error(`${name} has no block writer`);
  const out: Written = { chars: 0, blocks: 0, largest: 0, agentReads: 0, findingReads: 0 };
  write({ report, rules: RULES, now: Date.UTC(2026, 11, 2) } as never, (chunk) => {
    out.chars += chunk.length;
    out.blocks += 1;
    out.largest = Math.max(out.largest, chunk.length);
  });
  return { ...out, agentReads: agentReads(), findingReads: findingReads() };
}

describe.each(["junit", "ocsf", "json"] as const)("%s output for many findings", (name) => {
  // written once per size and shared by the assertions below: 110,000 findings in all per format
  let small: Written;
  let big: Written;
  beforeAll(async () => {
    small = await writeCounted(name, 10_000);
    big = await writeCounted(name, 100_000);
  }, 180_000);

  it("writes 100,000 findings in blocks, never as one string", () => {
    // blocks of about BLOCK characters (plus at most one entry), each far below the whole output
    expect(big.chars).toBeGreaterThan(100_000 * 50);
    expect(big.largest).toBeLessThanOrEqual(BLOCK + 64 * 1024);
    expect(big.blocks).toBeGreaterThanOrEqual(Math.floor(big.chars / (BLOCK + 64 * 1024)));
  });

  it("reads the report's lists a bounded number of times per entry (indexed lookups)", () => {
    // the proxies throw past the budget, so a lookup per finding fails while writing
    expect(big.agentReads).toBeLessThanOrEqual(READS_PER_ELEMENT * (100_000 / CHECKS));
    expect(big.findingReads).toBeLessThanOrEqual(READS_PER_ELEMENT * 100_000);
  });

  it("grows in proportion to the findings: ten times the findings, ten times the output and the reads", () => {
    const ratio = big.chars / small.chars;
    expect(ratio).toBeGreaterThan(9.5);
    expect(ratio).toBeLessThan(10.5);
    expect(big.blocks).toBeLessThanOrEqual(11 * small.blocks);
    expect(big.findingReads).toBeLessThanOrEqual(11 * small.findingReads);
    expect(big.agentReads).toBeLessThanOrEqual(11 * small.agentReads);
  });

  it("writes in blocks exactly what the formatter returns as one string", async () => {
    const { report } = bigReport(2_000);
    const input = { report, rules: RULES, now: Date.UTC(2026, 11, 2) } as never;
    const chunks: string[] = [];
    (await loadBlockFormatter(name))!(input, (chunk) => chunks.push(chunk));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join("")).toBe(format(name, input));
  });
});
