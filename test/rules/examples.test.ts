// The examples are documentation that runs: the clean high-risk agent must stay clean, each mistake must be
// caught by the right check at the right pointer, and nothing else may be reported. Every YAML example's
// header comment lists its findings as "AP-XXX-NNN /pointer"; this suite holds those lists to the output too.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runCheck } from "../../src/check.js";
import type { Finding } from "../../src/report/model.js";
import { severityRank } from "../../src/report/model.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
// Before every review date in the examples, so that the findings do not change with the calendar.
const NOW = Date.UTC(2026, 10, 1);

/** Expected findings per agent, as "RULE-ID /pointer". */
const EXPECTED: Record<string, { file: string; findings: string[] }> = {
  "hr-screening-assistant": { file: "hr-screening-assistant.agent.yaml", findings: [] },
  "docs-search": {
    file: "docs-search.agent.yaml",
    findings: ["AP-PERM-003 /permissions/0/resource"],
  },
  "triage-bot": {
    file: "triage-bot.agent.json",
    findings: ["AP-ID-006 /metadata/sponsor", "AP-PERM-003 /permissions/0/resource"],
  },
  "release-bot": {
    file: "release-bot.agent.yaml",
    findings: [
      "AP-PERM-001 /permissions/1",
      "AP-PERM-004 /permissions/1",
      "AP-PERM-002 /permissions/1/justification",
      "AP-GATE-001 /permissions/0",
      "AP-GATE-001 /permissions/1",
      "AP-CRED-002 /credentials/0/type",
      "AP-CRED-003 /credentials/0/ttl",
      "AP-CRED-005 /credentials/0/rotation",
      "AP-SUP-001 /model/version",
      "AP-OVS-001 /oversight/kill_switch",
      "AP-MON-001 /monitoring/siem",
      "AP-MON-004 /monitoring/rate_limit",
      "AP-OVS-003 /oversight/incident_contact",
      "AP-AUDIT-003 /audit/immutable",
      "AP-AUDIT-004 /audit/retention",
      "AP-AUDIT-005 /audit/events",
      "AP-ID-005 /metadata/sponsor",
      "AP-ID-009 /metadata/review_by",
      "AP-ID-008 /identity/principal",
    ],
  },
  "support-mailer": {
    file: "support-mailer.agent.yaml",
    findings: [
      "AP-TRN-001 /transparency/discloses_ai",
      "AP-GATE-001 /permissions/1",
      "AP-MON-004 /monitoring/rate_limit",
      "AP-CRED-002 /credentials/0/type",
      "AP-CRED-003 /credentials/0/ttl",
      // the key it shares with billing-bot is one finding, on billing-bot (related: this credential)
      "AP-CRED-007 /credentials/0/shared",
      "AP-ID-006 /metadata/sponsor",
      "AP-MON-002 /monitoring/baseline",
    ],
  },
  "billing-bot": {
    file: "billing-bot.agent.yaml",
    findings: [
      "AP-CRED-001 /credentials/1/secret",
      "AP-CRED-002 /credentials/1/type",
      "AP-CRED-002 /credentials/2/type",
      "AP-CRED-004 /credentials/2/secret_ref",
      "AP-GATE-003 /approvals/0/on_timeout",
      "AP-GATE-002 /permissions/1/approval",
    ],
  },
  // manifest v1.1: provider-native scopes, bounded approvals, runtime
  "coding-agent": {
    file: "coding-agent.agent.yaml",
    findings: ["AP-GATE-001 /permissions/1"],
  },
  "mail-assistant": {
    file: "mail-assistant.agent.yaml",
    findings: ["AP-SCOPE-004 /permissions/0/on_behalf_of"],
  },
  "sre-agent": {
    file: "sre-agent.agent.yaml",
    findings: ["AP-SCOPE-005 /permissions/1/scopes", "AP-GATE-001 /permissions/1"],
  },
  "etl-dev": {
    file: "data-pipeline.agents.yaml",
    findings: ["AP-PERM-005 /permissions/0/resource"],
  },
  "report-exporter": {
    file: "data-pipeline.agents.yaml",
    findings: [
      "AP-AUDIT-001 /audit",
      "AP-RISK-005 /audit/events",
      "AP-ID-003 /metadata/owner",
      "AP-ID-005 /metadata/sponsor",
      "AP-ID-001 /identity/id",
      "AP-ID-009 /metadata/review_by",
      "AP-RISK-001 /risk/eu_ai_act",
      "AP-RISK-004 /risk/purpose",
      "AP-GATE-001 /permissions/0",
      "AP-CRED-002 /credentials/0/type",
      "AP-CRED-005 /credentials/0/rotation",
      "AP-OVS-001 /oversight/kill_switch",
      "AP-MON-001 /monitoring/siem",
      "AP-MON-004 /monitoring/rate_limit",
      "AP-OVS-003 /oversight/incident_contact",
      "AP-SUP-004 /model",
    ],
  },
};

const key = (f: Pick<Finding, "ruleId" | "path">): string => `${f.ruleId} ${f.path}`;

let findings: Finding[] = [];
let errors: unknown[] = [];

beforeAll(async () => {
  const { report } = await runCheck({
    root: REPO,
    paths: ["examples"],
    failOn: "high",
    maxFileSize: 1024 * 1024,
    now: NOW,
  });
  // examples/native-repo has its own suite (native-example.test.ts)
  findings = report.findings.filter((f) => f.file.startsWith("examples/agents/"));
  errors = report.errors;
});

describe("examples", () => {
  it("are all readable, and every agent in them is listed here", () => {
    expect(errors).toEqual([]);
    const agents = new Set(findings.map((f) => f.agent));
    for (const name of agents) expect(Object.keys(EXPECTED), String(name)).toContain(name);
  });

  it("keep the clean high-risk agent free of findings of medium or above", () => {
    const serious = findings.filter(
      (f) => f.agent === "hr-screening-assistant" && severityRank(f.severity) <= severityRank("medium"),
    );
    expect(serious).toEqual([]);
  });

  it.each(Object.entries(EXPECTED))(
    "report exactly the listed findings for %s",
    (agent, { file, findings: want }) => {
      const got = findings.filter((f) => f.agent === agent);
      for (const f of got) expect(f.file).toBe(`examples/agents/${file}`);
      expect(got.map(key).sort()).toEqual([...want].sort());
    },
  );

  it("list every finding in the header comment of each YAML example", () => {
    const byFile = new Map<string, string[]>();
    for (const { file, findings: want } of Object.values(EXPECTED)) {
      byFile.set(file, [...(byFile.get(file) ?? []), ...want]);
    }
    for (const [file, want] of byFile) {
      if (!file.endsWith(".yaml")) continue;
      const text = readFileSync(join(REPO, "examples/agents", file), "utf8");
      const header = text.slice(0, text.search(/^apiVersion:/m));
      const listed = [...header.matchAll(/\b(AP-[A-Z]+-\d{3})\s+(\/\S*)/g)].map((m) => `${m[1]} ${m[2]}`);
      expect(listed.sort(), file).toEqual([...want].sort());
    }
  });
});
