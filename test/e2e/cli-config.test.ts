// The policy configuration end to end through the bundled CLI (run `npm run build` first): config
// discovery, settings, governed waivers, packs, invalid configs, and the base policy with --base.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runCli, tempTree } from "../helpers/cli.js";
import { gitRepo } from "../helpers/git-repo.js";

const DAY = 86_400_000;
const day = (offset: number): string => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  path: string;
  agent?: string;
  status: string;
  waiver?: Record<string, string>;
  controls: { framework: string; id: string }[];
}

interface JsonReport {
  summary: {
    passed: boolean;
    waived: number;
    failOn: string;
    errors: number;
    findings: Record<string, number>;
  };
  findings: JsonFinding[];
  errors: { file: string; line: number; column: number; message: string }[];
  frameworks: { id: string; controls: { id: string; status: string }[] }[];
  policySource?: string;
  policyChanges?: { kind: string; text: string; mayWeaken: boolean }[];
}

/** A compliant agent except for what the options add: a static credential, an inline secret. */
function agent(opts: { name?: string; type?: string; ttl?: string; secret?: boolean } = {}): string {
  const name = opts.name ?? "legacy-billing";
  return `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: ${name}
  description: Reconciles invoices
  owner: team:finance
  sponsor: jane.doe@example.com
  environment: development
  review_by: ${day(200)}
identity:
  id: spiffe://example.com/agents/${name}
  provider: spiffe
  principal: spiffe://example.com/agents/${name}
risk:
  eu_ai_act: minimal
  role: deployer
  data_classes: [internal]
  autonomy: supervised
  purpose: Match invoices to purchase orders
model:
  provider: anthropic
  name: claude-sonnet
  version: "2026-09-01"
permissions:
  - resource: https://erp.example.com/api/invoices
    actions: [read]
    category: external-api
    justification: Reads invoices
credentials:
  - name: erp
    type: ${opts.type ?? "workload-identity"}
    ttl: ${opts.ttl ?? "15m"}
    rotation: 30d
    audience: https://erp.example.com${opts.secret ? "\n    secret_ref: AKIAIOSFODNN7EXAMPLE" : ""}
audit:
  enabled: true
  sink: datadog
  immutable: true
  retention: 400d
  events: [tool_call, authentication, data_access, credential_use]
monitoring:
  siem: datadog
  baseline: true
  alerts: [volume_anomaly]
  rate_limit: 60/m
oversight:
  kill_switch: true
  incident_contact: secops@example.com
transparency:
  discloses_ai: true
`;
}

function waiver(over: Record<string, string> = {}): string {
  const w = {
    check: "AP-CRED-002",
    agent: "legacy-*",
    reason: "Vendor API has no OAuth; migration tracked in SEC-142",
    approved_by: "ciso@example.com",
    expires: day(30),
    ...over,
  };
  return (
    "  - " +
    Object.entries(w)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join("\n    ") +
    "\n"
  );
}

function check(root: string, ...args: string[]): { code: number; report: JsonReport; stderr: string } {
  const r = runCli(["check", "--format", "json", ...args], { cwd: root });
  expect(r.code, r.stderr).not.toBe(2);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

const byRule = (report: JsonReport, id: string): JsonFinding[] =>
  report.findings.filter((f) => f.ruleId === id);

describe("config discovery and settings", () => {
  it("runs clean on the test agent without a config", () => {
    const { code, report } = check(tempTree({ "agents/a.yaml": agent() }));
    expect(report.findings.filter((f) => f.severity !== "info" && f.severity !== "low")).toEqual([]);
    expect(code).toBe(0);
  });

  it("finds .agentpolicy.yml, .yaml or .json at the scan root; --config names another file", () => {
    const files = { "agents/a.yaml": agent({ ttl: "30m" }) };
    for (const [name, text] of [
      [".agentpolicy.yml", "params:\n  max_token_ttl: 10m\n"],
      [".agentpolicy.yaml", "params:\n  max_token_ttl: 10m\n"],
      [".agentpolicy.json", '{ "params": { "max_token_ttl": "10m" } }'],
    ] as const) {
      const { report } = check(tempTree({ ...files, [name]: text }));
      expect(
        byRule(report, "AP-CRED-003").map((f) => f.message),
        name,
      ).toEqual([expect.stringMatching(/^Credential erp .*30m; the policy allows at most 10m$/)]);
    }
    const named = tempTree({ ...files, "policy/strict.yml": "params:\n  max_token_ttl: 10m\n" });
    expect(byRule(check(named).report, "AP-CRED-003")).toEqual([]);
    expect(byRule(check(named, "--config", "policy/strict.yml").report, "AP-CRED-003")).toHaveLength(1);
  });

  it("applies params by name: max_token_ttl and min_log_retention", () => {
    // min_log_retention is the retention check of high-risk agents (AP-AUDIT-002)
    const manifest = agent({ ttl: "2h" })
      .replace("eu_ai_act: minimal", "eu_ai_act: high\n  annex_iii: employment")
      .replace("retention: 400d", "retention: 200d");
    const defaults = check(tempTree({ "agents/a.yaml": manifest })).report;
    expect(byRule(defaults, "AP-CRED-003")).toHaveLength(1); // 2h is over the default 1h
    expect(byRule(defaults, "AP-AUDIT-002")).toEqual([]); // 200d is over the default six months (P6M)
    const root = tempTree({
      "agents/a.yaml": manifest,
      ".agentpolicy.yml": "params:\n  max_token_ttl: 3h\n  min_log_retention: 365d\n",
    });
    const { report } = check(root);
    expect(byRule(report, "AP-CRED-003")).toEqual([]);
    expect(byRule(report, "AP-AUDIT-002").map((f) => f.message)).toEqual([
      expect.stringMatching(/200d.*at least 365d/),
    ]);
  });

  it("switches a check off or gives it a new severity; fail_on applies unless --fail-on is given", () => {
    const files = { "agents/a.yaml": agent({ ttl: "2h" }) };
    const base = check(tempTree(files));
    expect(byRule(base.report, "AP-CRED-003").map((f) => f.severity)).toEqual(["medium"]);
    expect(base.code).toBe(0);

    const raised = tempTree({ ...files, ".agentpolicy.yml": "checks:\n  AP-CRED-003: critical\n" });
    const r = check(raised);
    expect(byRule(r.report, "AP-CRED-003").map((f) => f.severity)).toEqual(["critical"]);
    expect(r.code).toBe(1);

    const off = check(tempTree({ ...files, ".agentpolicy.yml": "checks:\n  AP-CRED-003: off\n" }));
    expect(byRule(off.report, "AP-CRED-003")).toEqual([]);

    const strict = tempTree({ ...files, ".agentpolicy.yml": "fail_on: medium\n" });
    const s = check(strict);
    expect(s.report.summary.failOn).toBe("medium");
    expect(s.code).toBe(1);
    expect(check(strict, "--fail-on", "high").code).toBe(0);
  });

  it("include and exclude replace discovery; frameworks limit the report", () => {
    const root = tempTree({
      "bots/a.yaml": agent({ name: "bot-a", ttl: "2h" }),
      "bots/archive/b.yaml": agent({ name: "bot-b", ttl: "2h" }),
      "agents/c.yaml": agent({ name: "bot-c", ttl: "2h" }),
      ".agentpolicy.yml": 'include: ["bots/**/*.yaml"]\nexclude: ["bots/archive/**"]\nframeworks: [soc2]\n',
    });
    const { report } = check(root);
    expect([...new Set(report.findings.map((f) => f.agent))]).toEqual(["bot-a"]);
    expect(report.frameworks.map((f) => f.id)).toEqual(["soc2"]);
    expect(check(root, "--framework", "eu-ai-act").report.frameworks.map((f) => f.id)).toEqual(["eu-ai-act"]);
  });
});

describe("waivers", () => {
  const files = (config: string) =>
    tempTree({ "agents/a.yaml": agent({ type: "api-key" }), ".agentpolicy.yml": config });

  it("a valid waiver marks the finding waived in every format and the run passes", () => {
    const root = files(`waivers:\n${waiver({ path: "/credentials/0" })}`);
    const { code, report } = check(root);
    const [waived] = byRule(report, "AP-CRED-002");
    expect(waived?.status).toBe("waived");
    expect(waived?.waiver).toEqual({
      check: "AP-CRED-002",
      agent: "legacy-*",
      path: "/credentials/0",
      reason: "Vendor API has no OAuth; migration tracked in SEC-142",
      approved_by: "ciso@example.com",
      expires: day(30),
    });
    expect(report.summary.waived).toBe(1);
    expect(report.summary.findings.high).toBe(0);
    expect(report.summary.passed).toBe(true);
    expect(code).toBe(0);

    const sarif = JSON.parse(runCli(["check", "-f", "sarif"], { cwd: root }).stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === "AP-CRED-002");
    expect(result.suppressions[0].justification).toBe(
      "Vendor API has no OAuth; migration tracked in SEC-142",
    );
    const text = runCli(["check"], { cwd: root });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/waived/i);
    expect(text.stdout).toContain("ciso@example.com");
    const md = runCli(["check", "-f", "markdown"], { cwd: root }).stdout;
    expect(md).toMatch(/Waived findings \(1\)/);
  });

  it("an expired waiver no longer waives and is itself reported at the waived check's severity", () => {
    const root = files(`fail_on: high\nwaivers:\n${waiver({ expires: day(-1) })}`);
    const { code, report } = check(root);
    expect(byRule(report, "AP-CRED-002").map((f) => f.status)).toEqual(["open"]);
    const [expired] = byRule(report, "AP-POLICY-001");
    expect(expired).toMatchObject({
      severity: "high",
      file: ".agentpolicy.yml",
      line: 7,
      column: 14,
      path: "/waivers/0/expires",
    });
    expect(expired?.message).toMatch(new RegExp(`expired on ${day(-1)}.*1 finding it covered is open again`));
    expect(code).toBe(1);
    // the last day is still in force
    expect(check(files(`waivers:\n${waiver({ expires: day(0) })}`)).code).toBe(0);
  });

  it("a waiver that matches nothing is reported as stale (info) and does not fail the run", () => {
    const root = files(`waivers:\n${waiver({ path: "/credentials/0" })}${waiver({ agent: "nobody" })}`);
    const { code, report } = check(root);
    expect(byRule(report, "AP-POLICY-002").map((f) => [f.severity, f.file, f.line, f.path])).toEqual([
      ["info", ".agentpolicy.yml", 8, "/waivers/1"],
    ]);
    expect(code).toBe(0);
  });

  it("a check that is not waivable can be neither waived nor switched off; trying is reported", () => {
    const root = tempTree({
      "agents/a.yaml": agent({ secret: true }),
      ".agentpolicy.yml": `checks:\n  AP-CRED-001: off\nwaivers:\n${waiver({ check: "AP-CRED-001" })}`,
    });
    const { code, report } = check(root);
    expect(byRule(report, "AP-CRED-001").map((f) => [f.status, f.severity])).toEqual([["open", "critical"]]);
    expect(byRule(report, "AP-POLICY-003").map((f) => [f.severity, f.line, f.column, f.path])).toEqual([
      ["high", 2, 3, "/checks/AP-CRED-001"],
      ["high", 4, 5, "/waivers/0"],
    ]);
    expect(code).toBe(1);
    expect(runCli(["check"], { cwd: root }).stdout).not.toContain("AKIAIOSFODNN7EXAMPLE");
  });

  it("a waiver dated more than 365 days ahead does not apply and is a report error", () => {
    const root = files(`waivers:\n${waiver({ expires: day(400) })}`);
    const { code, report } = check(root);
    expect(byRule(report, "AP-CRED-002").map((f) => f.status)).toEqual(["open"]);
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: ".agentpolicy.yml",
        line: 6,
        column: 14,
        message: expect.stringMatching(/more than 365 days ahead/),
      }),
    ]);
    expect(report.summary.passed).toBe(false);
    expect(code).toBe(1);
  });
});

describe("packs", () => {
  const PACK_CHECK = `checks:
  - id: ACME-OPS-001
    title: Agent without a cost center
    severity: high
    principle: risk
    description: Costs must be attributable to a budget owner.
    remediation: Add a cost-center label.
    at: /metadata/labels
    assert: { present: { var: agent.metadata.labels.cost-center } }
    message: Agent {{agent.metadata.name}} has no cost-center label
`;
  const PACK_FRAMEWORK = `id: acme-controls
title: ACME internal controls
version: "2026.1"
url: https://intranet.example.com/controls
controls:
  - id: ACME-FIN-01
    title: Agent costs are attributable
    summary: Every agent is charged to a cost center.
    url: https://intranet.example.com/controls#fin-01
    checks: [ACME-OPS-001]
  - id: ACME-SEC-02
    title: Short-lived credentials
    summary: No static secrets.
    url: https://intranet.example.com/controls#sec-02
    checks: [AP-CRED-002, AP-CRED-003]
`;

  it("adds the pack's checks and framework; --framework accepts the pack framework", () => {
    const root = tempTree({
      "agents/a.yaml": agent({ type: "api-key" }),
      "policy/.agentpolicy.yml": "packs: [./acme]\n",
      "policy/acme/checks/acme.yaml": PACK_CHECK,
      "policy/acme/frameworks/acme.yaml": PACK_FRAMEWORK,
    });
    const { report } = check(root, "--config", "policy/.agentpolicy.yml");
    const [custom] = byRule(report, "ACME-OPS-001");
    expect(custom).toMatchObject({ severity: "high", agent: "legacy-billing", file: "agents/a.yaml" });
    expect(custom?.controls).toEqual([
      { framework: "acme-controls", id: "ACME-FIN-01", title: "Agent costs are attributable" },
    ]);
    expect(byRule(report, "AP-CRED-002")[0]?.controls).toContainEqual({
      framework: "acme-controls",
      id: "ACME-SEC-02",
      title: "Short-lived credentials",
    });

    const only = check(root, "--config", "policy/.agentpolicy.yml", "--framework", "acme-controls").report;
    expect(only.frameworks.map((f) => [f.id, f.controls.map((c) => [c.id, c.status])])).toEqual([
      [
        "acme-controls",
        [
          ["ACME-FIN-01", "fail"],
          ["ACME-SEC-02", "fail"],
        ],
      ],
    ]);
    expect(new Set(only.findings.map((f) => f.ruleId))).toEqual(new Set(["ACME-OPS-001", "AP-CRED-002"]));
    const rules = runCli(["check", "--framework", "acme-controls"], { cwd: root });
    expect(rules.code).toBe(2); // without the config the pack is not loaded
    expect(rules.stderr).toMatch(/unknown framework 'acme-controls'/);
  });

  it("refuses a pack check that collides with a built-in, naming the pack file and line", () => {
    const root = tempTree({
      "agents/a.yaml": agent(),
      ".agentpolicy.yml": "packs: [./acme]\n",
      "acme/checks/acme.yaml": PACK_CHECK.replace("ACME-OPS-001", "AP-CRED-002"),
    });
    const r = runCli(["check"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "agentpolicy: acme/checks/acme.yaml:2:9: check id AP-CRED-002 is a built-in check; a pack's checks need ids of their own (e.g. ACME-NET-001)\n",
    );
  });

  it("runs the example policy: a pack with a custom framework, and waivers", () => {
    const r = runCli(["check", "examples", "--config", "examples/policy/.agentpolicy.yml", "-f", "json"], {
      cwd: REPO,
    });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    const config = readFileSync(join(REPO, "examples/policy/.agentpolicy.yml"), "utf8");
    for (const m of config.matchAll(/expires: (\d{4}-\d{2}-\d{2})/g)) {
      expect(m[1]! >= day(0), `renew the waiver dated ${m[1]} in examples/policy/.agentpolicy.yml`).toBe(
        true,
      );
    }
    expect(report.frameworks.map((f) => f.id)).toContain("acme-agent-controls");
    expect(report.findings.some((f) => f.ruleId.startsWith("ACME-"))).toBe(true);
    const waived = report.findings.filter((f) => f.status === "waived");
    expect(waived.map((f) => `${f.ruleId} ${f.agent}`).sort()).toEqual([
      "AP-CRED-002 support-mailer",
      "AP-ID-006 triage-bot",
    ]);
    expect(report.findings.filter((f) => f.ruleId.startsWith("AP-POLICY-"))).toEqual([]);
  });
});

describe("invalid configs exit 2 with file, line and column", () => {
  it.each([
    [
      "fail_on: urgent\n",
      ".agentpolicy.yml:1:10: fail_on: must be one of critical, high, medium, low, info, never",
    ],
    ["fail_on: high\nwaiver: []\n", ".agentpolicy.yml:2:1: (top level): unknown field 'waiver'"],
    ["include: [a\nb\n", /^\.agentpolicy\.yml:2:1: invalid YAML/],
    [
      "checks:\n  AP-NOPE-001: off\n",
      ".agentpolicy.yml:2:3: unknown check 'AP-NOPE-001' (see 'agentpolicy rules')",
    ],
    [
      "params:\n  max_token_ttl: soon\n",
      /^\.agentpolicy\.yml:2:18: parameter 'max_token_ttl' is not a duration/,
    ],
    ["params:\n  max_ttl: 1h\n", /^\.agentpolicy\.yml:2:3: unknown parameter 'max_ttl'/],
    ["frameworks: [gdpr]\n", /^\.agentpolicy\.yml:1:14: unknown framework 'gdpr'/],
    [
      `waivers:\n${waiver({ expires: "2027-02-30" })}`,
      /^\.agentpolicy\.yml:6:14: waivers\[0\]\.expires: must match format "date"/,
    ],
    [
      `waivers:\n${waiver({ check: "AP-NOPE-001" })}`,
      /^\.agentpolicy\.yml:2:12: unknown check 'AP-NOPE-001'/,
    ],
    ["packs: [./nowhere]\n", /^\.agentpolicy\.yml:1:9: pack '\.\/nowhere' \(nowhere\) has no checks/],
  ])("%j", (config, expected) => {
    const r = runCli(["check"], { cwd: tempTree({ "agents/a.yaml": agent(), ".agentpolicy.yml": config }) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const line = r.stderr.replace(/^agentpolicy: /, "").trimEnd();
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    if (typeof expected === "string") expect(line).toBe(expected);
    else expect(line).toMatch(expected);
  });

  it("refuses two configs and a missing --config file", () => {
    const two = tempTree({ "agents/a.yaml": agent(), ".agentpolicy.yml": "", ".agentpolicy.json": "{}" });
    const r = runCli(["check"], { cwd: two });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.agentpolicy\.yml and \.agentpolicy\.json both exist/);
    const missing = runCli(["check", "--config", "nope.yml"], {
      cwd: tempTree({ "agents/a.yaml": agent() }),
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--config: no such file 'nope\.yml'/);
  });
});

describe("--base judges by the base policy", () => {
  const repo = gitRepo();
  const baseSha = repo.commit({
    "agents/a.yaml": agent({ type: "api-key" }),
    ".agentpolicy.yml": "fail_on: high\n",
  });
  repo.commit({ ".agentpolicy.yml": `fail_on: critical\nwaivers:\n${waiver()}` });

  it("a change that waives its own violation is still judged by the base policy; its edits are listed", () => {
    const { code, report } = check(repo.root, "--base", baseSha);
    expect(report.policySource).toBe("base");
    expect(byRule(report, "AP-CRED-002").map((f) => f.status)).toEqual(["open"]);
    expect(report.summary.failOn).toBe("high");
    expect(code).toBe(1);
    expect(report.policyChanges?.map((c) => [c.kind, c.mayWeaken])).toEqual([
      ["setting-changed", true],
      ["waiver-added", true],
    ]);
    expect(report.policyChanges?.[1]?.text).toMatch(/^waiver added: AP-CRED-002 on 'legacy-\*' until /);
  });

  it("--policy-source head judges by the working tree's policy and still lists the edits", () => {
    const { code, report } = check(repo.root, "--base", baseSha, "--policy-source", "head");
    expect(report.policySource).toBe("head");
    expect(byRule(report, "AP-CRED-002").map((f) => f.status)).toEqual(["waived"]);
    expect(code).toBe(0);
    expect(report.policyChanges).toHaveLength(2);
  });

  it("text, markdown and JSON show the policy changes", () => {
    const text = runCli(["check", "--base", baseSha], { cwd: repo.root });
    expect(text.stdout).toMatch(
      /Policy changes \(2\)\n {2}! fail_on: high → critical \(may weaken the policy\)\n {2}! waiver added/,
    );
    expect(text.stdout).toContain("This run used the base policy");
    const md = runCli(["check", "--base", baseSha, "-f", "markdown"], { cwd: repo.root });
    expect(md.stdout).toMatch(/### Policy changes\n\n2 of 2 policy edits may weaken the policy/);
    expect(md.stdout).toContain("waiver added: AP-CRED-002 on 'legacy-\\*'");
    const json = JSON.parse(runCli(["check", "--base", baseSha, "-f", "json"], { cwd: repo.root }).stdout);
    expect(json.policySource).toBe("base");
    expect(json.policyChanges).toHaveLength(2);
    const sarif = runCli(["check", "--base", baseSha, "-f", "sarif"], { cwd: repo.root });
    expect(() => JSON.parse(sarif.stdout)).not.toThrow();
    expect(sarif.stderr).toBe("");
  });

  it("--policy-source without --base is a usage error", () => {
    const r = runCli(["check", "--policy-source", "base"], { cwd: repo.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--policy-source needs --base/);
  });

  it("an invalid config at the base says so", () => {
    const broken = gitRepo();
    const sha = broken.commit({ "agents/a.yaml": agent(), ".agentpolicy.yml": "fail_on: loud\n" });
    broken.commit({ ".agentpolicy.yml": "fail_on: high\n" });
    const r = runCli(["check", "--base", sha], { cwd: broken.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^agentpolicy: \.agentpolicy\.yml:1:10: .*\(in the base commit [0-9a-f]{12}\)\n$/,
    );
    const head = check(broken.root, "--base", sha, "--policy-source", "head");
    expect(head.report.policyChanges?.map((c) => c.kind)).toEqual(["base-policy-invalid"]);
  });
});
