import type { AgentRow } from "../../src/report/model.js";
// Hand-built reports for the formatter tests: every severity, a waived finding, a file error, a
// base with new/unchanged findings, coverage for two frameworks, and hostile values in every field
// a manifest or a file name controls.
import {
  emptyCounts,
  ruleHelpUri,
  type Finding,
  type Report,
  type RuleMeta,
} from "../../src/report/model.js";

/** Values a hostile manifest (or file name) could carry, one per injection trick. */
export const HOSTILE = {
  commandInjection: "bad\n::error::x",
  crInjection: "bad\r::add-mask::secret",
  script: "<script>alert(1)</script>",
  pipe: "a | b | c",
  backticks: "``` run `rm -rf /` ```",
  details: "</details><details open>",
  marker: "<!-- agentpolicy -->",
  mention: "@octocat",
  team: "@org/team",
  ansi: "\u001b[31mred\u001b[0m",
} as const;

export const RULES: RuleMeta[] = [
  {
    id: "AP-CRED-001",
    title: "Inline secret",
    severity: "critical",
    description: "A credential value is written into the manifest.",
    remediation: "Move the secret to a secret manager and reference it by name.",
    helpUri: ruleHelpUri("AP-CRED-001"),
    waivable: false,
    controls: [{ framework: "eu-ai-act", id: "Art. 15(1)", title: "Accuracy, robustness and cybersecurity" }],
  },
  {
    id: "AP-CRED-002",
    title: "Credential TTL too long",
    severity: "high",
    description: "Credentials should be short-lived.",
    remediation: "Set ttl to 1h or less.\n\nPrefer workload identity federation.",
    helpUri: ruleHelpUri("AP-CRED-002"),
    waivable: true,
    controls: [
      { framework: "eu-ai-act", id: "Art. 15(1)", title: "Accuracy, robustness and cybersecurity" },
      { framework: "nist-ai-rmf", id: "MEASURE 2.7", title: "Security and resilience" },
    ],
  },
  {
    id: "AP-AUDIT-001",
    title: "Audit logging disabled",
    severity: "medium",
    description: "Agent actions must be logged.",
    remediation: "Enable audit logging.",
    helpUri: ruleHelpUri("AP-AUDIT-001"),
    waivable: true,
    controls: [{ framework: "eu-ai-act", id: "Art. 12(1)", title: "Record-keeping" }],
  },
  {
    id: "AP-GATE-001",
    title: "No approval gate",
    severity: "low",
    description: "Sensitive actions should need approval.",
    remediation: "Add an approval gate.",
    helpUri: ruleHelpUri("AP-GATE-001"),
    waivable: true,
    controls: [{ framework: "eu-ai-act", id: "Art. 14(1)", title: "Human oversight" }],
  },
  {
    id: "AP-META-001",
    title: "No description",
    severity: "info",
    description: "Describe what the agent does.",
    remediation: "Add metadata.description.",
    helpUri: ruleHelpUri("AP-META-001"),
    waivable: true,
    controls: [],
  },
  {
    id: "AP-UNUSED-001",
    title: "Never triggered",
    severity: "low",
    description: "A rule with no finding in the sample.",
    remediation: "Nothing.",
    helpUri: ruleHelpUri("AP-UNUSED-001"),
    waivable: true,
    controls: [],
  },
];

function finding(over: Partial<Finding> & Pick<Finding, "ruleId" | "file" | "line">): Finding {
  const rule = RULES.find((r) => r.id === over.ruleId);
  return {
    title: rule?.title ?? over.ruleId,
    severity: rule?.severity ?? "info",
    message: "message",
    column: 3,
    endLine: over.line,
    endColumn: 9,
    path: "/metadata/name",
    agent: "invoice-reconciler",
    controls: rule?.controls ?? [],
    remediation: rule?.remediation ?? "",
    fingerprint: `fp-${over.ruleId}-${over.file}-${over.line}`,
    status: "open",
    new: false,
    ...over,
  };
}

export function sampleFindings(): Finding[] {
  return [
    finding({
      ruleId: "AP-CRED-001",
      file: "agents/finance.agent.yaml",
      line: 12,
      column: 13,
      endColumn: 33,
      path: "/credentials/1/secret",
      message: "inline secret in credential 'ledger' (value redacted)",
      new: true,
    }),
    finding({
      ruleId: "AP-CRED-002",
      file: "agents/finance.agent.yaml",
      line: 31,
      column: 10,
      endColumn: 13,
      path: "/credentials/0/ttl",
      message: "credential 'finance-db' lives 30d; at most 1h is allowed",
    }),
    finding({
      ruleId: "AP-AUDIT-001",
      file: "agents/finance.agent.yaml",
      line: 40,
      path: "/audit/enabled",
      message: "audit logging is disabled",
      status: "waived",
      waiver: {
        check: "AP-AUDIT-001",
        agent: "invoice-reconciler",
        reason: `migrating to the new log pipeline ${HOSTILE.mention} ${HOSTILE.details}`,
        approved_by: "ciso@example.com",
        expires: "2026-03-31",
      },
    }),
    finding({
      ruleId: "AP-GATE-001",
      file: "agents/hostile|name.agent.yaml",
      line: 5,
      endLine: 7,
      endColumn: 2,
      agent: `${HOSTILE.mention} ${HOSTILE.script}`,
      path: "/permissions/0/a~1b",
      message: [
        HOSTILE.commandInjection,
        HOSTILE.crInjection,
        HOSTILE.pipe,
        HOSTILE.backticks,
        HOSTILE.details,
        HOSTILE.marker,
        HOSTILE.team,
        HOSTILE.ansi,
      ].join(" "),
      new: true,
    }),
    finding({
      ruleId: "AP-META-001",
      file: "agents/hostile|name.agent.yaml",
      line: 9,
      agent: "* _not_ emphasis_ [link](https://evil.example) # not a heading $x$",
      message: "- not a list item\n# not a heading\n1. not ordered",
    }),
  ];
}

/** A report with a base, waived finding, file error, changes and coverage. */
export function sampleReport(): Report {
  const findings = sampleFindings();
  const findingsCount = emptyCounts();
  for (const f of findings) if (f.status === "open") findingsCount[f.severity] += 1;
  return {
    schemaVersion: 1,
    tool: { name: "agentpolicy", version: "0.1.0" },
    summary: {
      files: 4,
      agents: 3,
      findings: findingsCount,
      waived: 1,
      errors: 1,
      passed: false,
      failOn: "high",
      new: 2,
      fixed: 1,
      unchanged: 2,
    },
    frameworks: [
      {
        id: "eu-ai-act",
        title: "EU AI Act (Regulation (EU) 2024/1689)",
        version: "2024",
        controls: [
          {
            id: "Art. 12(1)",
            title: "Record-keeping",
            status: "waived",
            checks: ["AP-AUDIT-001"],
            failing: 0,
          },
          { id: "Art. 14(1)", title: "Human oversight", status: "fail", checks: ["AP-GATE-001"], failing: 1 },
          {
            id: "Art. 15(1)",
            title: "Accuracy, robustness and cybersecurity",
            status: "fail",
            checks: ["AP-CRED-001", "AP-CRED-002"],
            failing: 2,
          },
          { id: "Art. 9(1)", title: "Risk management system", status: "manual", checks: [], failing: 0 },
        ],
      },
      {
        id: "nist-ai-rmf",
        title: "NIST AI RMF 1.0",
        version: "1.0",
        controls: [
          {
            id: "MEASURE 2.7",
            title: "Security and resilience",
            status: "fail",
            checks: ["AP-CRED-002"],
            failing: 1,
          },
          {
            id: "GOVERN 1.1",
            title: "Legal and regulatory requirements",
            status: "manual",
            checks: [],
            failing: 0,
          },
          {
            id: "MAP 1.1",
            title: "Context is established",
            status: "not-applicable",
            checks: ["AP-X"],
            failing: 0,
          },
          {
            id: "MANAGE 4.1",
            title: "Post-deployment monitoring",
            status: "pass",
            checks: ["AP-Y"],
            failing: 0,
          },
        ],
      },
    ],
    findings,
    errors: [
      {
        file: "agents/broken.agent.yaml",
        line: 4,
        column: 9,
        message: `unexpected end of flow sequence\n::warning::injected ${HOSTILE.marker}`,
      },
    ],
    base: { ref: "origin/main", sha: "0123456789abcdef0123456789abcdef01234567" },
    changes: [
      {
        agent: "release-bot",
        file: "agents/release-bot.agent.yaml",
        change: "modified",
        details: [
          {
            kind: "permission-added",
            path: "/permissions/2",
            after: "deploy on https://api.github.com/repos/example/ledger",
            escalation: true,
          },
          {
            kind: "credential-ttl-changed",
            path: "/credentials/1/ttl",
            before: "10m",
            after: "30d",
            escalation: true,
          },
          {
            kind: "gate-removed",
            path: "/permissions/1/approval",
            before: "payment-release",
            escalation: true,
          },
        ],
      },
    ],
    fixed: [
      finding({
        ruleId: "AP-META-001",
        file: "agents/old.agent.yaml",
        line: 2,
        message: "fixed since the base",
        new: undefined,
      }),
    ],
  };
}

/** A clean run without a base: nothing to report. */
export function cleanReport(): Report {
  return {
    schemaVersion: 1,
    tool: { name: "agentpolicy", version: "0.1.0" },
    summary: {
      files: 2,
      agents: 2,
      findings: emptyCounts(),
      waived: 0,
      errors: 0,
      passed: true,
      failOn: "high",
    },
    frameworks: [],
    findings: [],
    errors: [],
  };
}

/** The inventory fields a hand-built agent row does not care about. */
export const ROW = {
  permissions: 0,
  permissionCategories: [],
  sensitivePermissions: 0,
  ungatedSensitive: 0,
  credentialTypes: [],
  gates: [],
  findings: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
  waived: 0,
} as const satisfies Partial<AgentRow>;

/** The sample report (with a base) plus discovered components: one new undeclared, one declared, one old. */
export function withUndeclaredCode(path = "services/triage", pkg = "crewai"): Report {
  const report = sampleReport();
  const shadow = (agent: string, file: string, line: number, isNew: boolean): Finding => ({
    ...report.findings[0]!,
    ruleId: "AP-SHADOW-001",
    title: "Undeclared agent code",
    severity: "medium",
    message: `${agent} uses agent code`,
    agent,
    file,
    line,
    path: "/dependencies/x",
    fingerprint: `fp-shadow-${agent}`,
    status: "open",
    new: isNew,
  });
  const row = (
    p: string,
    declared: boolean,
    signals: { package: string; file: string; line: number; new: boolean }[],
  ) => ({
    path: p,
    name: p,
    declared,
    declaredBy: declared ? [{ by: "code" as const, file: "agents/a.agent.yaml" }] : [],
    kinds: ["agent-framework"],
    ecosystems: ["pypi"],
    files: [signals[0]!.file],
    signals: signals.map((s) => ({ type: "dependency" as const, kind: "agent-framework" as const, ...s })),
    findings: { critical: 0, high: 0, medium: declared ? 0 : 1, low: 0, info: 0 },
    waived: 0,
  });
  report.components = [
    row(path, false, [
      { package: "requests", file: `${path}/pyproject.toml`, line: 2, new: true },
      { package: pkg, file: `${path}/pyproject.toml`, line: 3, new: true },
    ]),
    row("services/declared", true, [
      { package: "langgraph", file: "services/declared/requirements.txt", line: 1, new: true },
    ]),
    row("services/old", false, [
      { package: "langgraph", file: "services/old/requirements.txt", line: 1, new: false },
    ]),
  ];
  report.components[0]!.signals.shift();
  report.findings.push(
    shadow(path, `${path}/pyproject.toml`, 3, true),
    shadow("services/old", "services/old/requirements.txt", 1, false),
  );
  return report;
}
