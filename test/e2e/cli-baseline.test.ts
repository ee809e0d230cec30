// agentpolicy baseline, spawned: today's findings become governed waivers in the config (comments kept),
// the check then passes with them shown as waived, re-running updates instead of duplicating, and bad
// approvals write nothing.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli, tempTree } from "../helpers/cli.js";

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const LEGACY = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: legacy-bot
  description: Posts reports
  owner: team:ops
permissions:
  - resource: https://api.example.com/reports
    actions: [write]
    category: external-api
    justification: posts reports
credentials:
  - name: api
    type: api-key
    ttl: 365d
    secret_ref: vault://kv/ops/api
`;

const LEAKY = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: leaky-bot
  description: Reads a table
  owner: team:data
permissions:
  - resource: postgres://db/table
    actions: [read]
    category: database
    justification: reads it
credentials:
  - name: db
    type: workload-identity
    ttl: 15m
    secret_ref: "postgres://admin:hunter2hunter2@db.example.com/app"
`;

const CONFIG = `# Our policy: reviewed by the platform team.
fail_on: medium # stricter than the default

waivers:
  # hand-written, accepted by the CISO
  - check: AP-ID-005
    agent: legacy-bot
    reason: sponsor being hired, HR-7
    approved_by: ciso@example.com
    expires: ${day(30)}
`;

interface Report {
  summary: { passed: boolean; waived: number };
  findings: {
    ruleId: string;
    status: string;
    agent?: string;
    waiver?: { approved_by: string; match?: unknown };
  }[];
}

function check(root: string): { code: number; report: Report } {
  const r = runCli(["check", "--format", "json"], { cwd: root });
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

const approval = (expires = day(90)) => [
  "--reason",
  "legacy debt, burn-down in PLAT-12",
  "--approved-by",
  "cto@example.com",
  "--expires",
  expires,
];

describe("agentpolicy baseline (spawned)", { timeout: 180_000 }, () => {
  it("round-trips: baseline, then check passes with the findings shown as waived", () => {
    const root = tempTree({ ".agentpolicy.yml": CONFIG, "agents/legacy.agent.yaml": LEGACY });
    const before = check(root);
    expect(before.code).toBe(1);
    const open = before.report.findings.filter((f) => f.status === "open");
    expect(open.length).toBeGreaterThan(1);

    const r = runCli(["baseline", ...approval()], { cwd: root });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /wrote \d+ waivers \(\d+ new, 0 updated\) accepting \d+ findings into \.agentpolicy\.yml/,
    );

    const text = readFileSync(join(root, ".agentpolicy.yml"), "utf8");
    // the user's comments and settings are still there, the hand-written waiver untouched
    expect(text).toContain("# Our policy: reviewed by the platform team.");
    expect(text).toContain("fail_on: medium # stricter than the default");
    expect(text).toContain("  # hand-written, accepted by the CISO");
    const waivers = parse(text).waivers as {
      check: string;
      agent: string;
      match?: { file: string; fingerprint: string[] };
    }[];
    expect(waivers[0]).toMatchObject({ check: "AP-ID-005", agent: "legacy-bot" });
    expect(
      waivers.slice(1).every((w) => w.agent === "legacy-bot" && w.match?.file === "agents/legacy.agent.yaml"),
    ).toBe(true);

    const after = check(root);
    expect(after.code).toBe(0);
    expect(after.report.summary.passed).toBe(true);
    // nothing dropped: every finding is still in the report, as waived
    expect(after.report.findings.filter((f) => f.ruleId !== "AP-POLICY-002").length).toBe(
      before.report.findings.length,
    );
    expect(
      after.report.findings.every((f) => f.status === "waived" || f.ruleId.startsWith("AP-POLICY")),
    ).toBe(true);
    expect(after.report.findings.some((f) => f.waiver?.approved_by === "cto@example.com")).toBe(true);

    // a finding added later is not covered by the baseline
    writeFileSync(
      join(root, "agents/legacy.agent.yaml"),
      LEGACY.replace(
        "credentials:",
        "  - resource: github.com/acme/api\n    actions: [deploy]\n    category: deployment\n    justification: ships\ncredentials:",
      ),
    );
    const later = check(root);
    expect(later.code).toBe(1);
    expect(later.report.findings.some((f) => f.status === "open")).toBe(true);
  });

  it("re-running updates the waivers it wrote and never duplicates them", () => {
    const root = tempTree({ "agents/legacy.agent.yaml": LEGACY });
    expect(runCli(["baseline", ...approval(day(60))], { cwd: root }).code).toBe(0);
    const first = parse(readFileSync(join(root, ".agentpolicy.yml"), "utf8")).waivers as unknown[];
    const again = runCli(["baseline", ...approval(day(120))], { cwd: root });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`(0 new, ${first.length} updated)`);
    const second = parse(readFileSync(join(root, ".agentpolicy.yml"), "utf8")).waivers as {
      expires: string;
    }[];
    expect(second).toHaveLength(first.length);
    expect(second.every((w) => w.expires === day(120))).toBe(true);
    expect(check(root).code).toBe(0);
  });

  it("lists findings that cannot be waived and leaves them open", () => {
    const root = tempTree({ "agents/leaky.agent.yaml": LEAKY });
    const r = runCli(["baseline", ...approval()], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Not waivable, left open");
    expect(r.stdout).toContain("AP-CRED-001");
    expect(r.stdout).not.toContain("hunter2");
    const after = check(root);
    expect(after.code).toBe(1);
    expect(after.report.findings.find((f) => f.ruleId === "AP-CRED-001")?.status).toBe("open");
  });

  it("refuses an expiry over a year ahead, a missing reason or approver: exit 2, nothing written", () => {
    const root = tempTree({ ".agentpolicy.yml": CONFIG, "agents/legacy.agent.yaml": LEGACY });
    const cases: [string[], RegExp][] = [
      [approval(day(400)), /more than 365 days ahead/],
      [approval("2026-13-01"), /must be a date/],
      [approval(day(-2)), /in the past/],
      [["--approved-by", "cto@example.com", "--expires", day(30)], /--reason is required/],
      [["--reason", "x", "--expires", day(30)], /--approved-by is required/],
      [["--reason", "  ", "--approved-by", "a", "--expires", day(30)], /--reason is required/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(["baseline", ...args], { cwd: root });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(readFileSync(join(root, ".agentpolicy.yml"), "utf8")).toBe(CONFIG);
    }
  });
});
