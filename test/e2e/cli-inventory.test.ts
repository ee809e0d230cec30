// `agentpolicy inventory`, spawned: every format on the examples, secrets never printed, config applied.
import { describe, expect, it } from "vitest";
import { REPO, runCli, tempTree } from "../helpers/cli.js";

const KEY = "AKIAIOSFODNN7EXAMPLE";

interface Row {
  name: string;
  file: string;
  accessLevel: string;
  owner?: string;
  permissionCategories: string[];
  credentialTypes: string[];
  longestTtl?: string;
  gates: string[];
  findings: Record<string, number>;
  waived: number;
}

function inventory(args: string[], cwd = REPO) {
  const r = runCli(["inventory", ...args], { cwd });
  return r;
}

describe("agentpolicy inventory (spawned)", () => {
  it("json: every example agent, classified by access level, with findings matching check", () => {
    const r = inventory(["examples", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { schemaVersion: number; agents: Row[]; errors: unknown[] };
    expect(out.schemaVersion).toBe(1);
    expect(out.errors).toEqual([]);
    const names = out.agents.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "billing-bot",
        "docs-search",
        "etl-dev",
        "hr-screening-assistant",
        "release-bot",
        "report-exporter",
        "support-mailer",
        "triage-bot",
      ]),
    );
    const by = (name: string) => out.agents.find((a) => a.name === name)!;
    expect(by("docs-search").accessLevel).toBe("read-only");
    expect(by("release-bot").accessLevel).toBe("privileged");
    expect(by("billing-bot")).toMatchObject({ owner: "team:payments", gates: ["refund-approval"] });
    expect(by("release-bot").longestTtl).toBe("30d");

    // the counts are the check's open findings per agent
    const report = JSON.parse(runCli(["check", "examples", "-f", "json"]).stdout) as {
      findings: { agent?: string; severity: string; status: string }[];
    };
    for (const agent of out.agents) {
      const mine = report.findings.filter((f) => f.agent === agent.name && f.status === "open");
      const total = Object.values(agent.findings).reduce((a, b) => a + b, 0);
      expect(total, agent.name).toBe(mine.length);
    }
    expect(r.stdout).not.toContain(KEY);
  });

  it("text, csv and markdown list the same agents and never print a secret", () => {
    const json = JSON.parse(inventory(["examples", "-f", "json"]).stdout) as { agents: Row[] };
    const text = inventory(["examples"]);
    expect(text.code).toBe(0);
    for (const a of json.agents) expect(text.stdout).toContain(`${a.name}  ${a.file}`);
    expect(text.stdout).toMatch(/\n\d+ agents: \d+ read-only, \d+ write, \d+ privileged\n$/);

    const csv = inventory(["examples", "-f", "csv"]);
    const lines = csv.stdout.split("\r\n").filter(Boolean);
    expect(lines[0]).toMatch(
      /^name,file,owner,sponsor,environment,risk_tier,identity_provider,access_level,/,
    );
    expect(lines).toHaveLength(json.agents.length + 1);

    const md = inventory(["examples", "-f", "markdown"]);
    expect(md.stdout).toMatch(/^## Agent inventory\n/);
    expect(md.stdout.split("\n").filter((l) => l.startsWith("| **"))).toHaveLength(json.agents.length);

    for (const out of [text.stdout, csv.stdout, md.stdout]) expect(out).not.toContain(KEY);
  });

  it("redacts a secret wherever a manifest puts it, and neutralises formulas in CSV", () => {
    const root = tempTree({
      "agents/a.agent.yaml": `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: leaky
  description: Leaks
  owner: "=HYPERLINK(\\"https://evil.example\\",\\"x\\")"
  sponsor: ${KEY}
permissions:
  - { resource: "s3://bucket", actions: [read], category: ${KEY} }
credentials:
  - { name: k, type: api-key, secret: ${KEY} }
approvals:
  - { name: "gate-${KEY}", approvers: [group:x] }
`,
    });
    for (const fmt of ["text", "json", "csv", "markdown"]) {
      const r = inventory(["-f", fmt], root);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout, fmt).not.toContain(KEY);
      expect(r.stdout, fmt).toMatch(/\\?\[REDACTED\\?\]/);
    }
    const csv = inventory(["-f", "csv"], root).stdout.split("\r\n")[1]!;
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
  });

  it("applies the config: its waivers count apart, its include finds the agents", () => {
    const root = tempTree({
      "bots/a.yaml": `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata: { name: a-bot, description: d, owner: team:x }
credentials:
  - { name: k, type: api-key }
`,
      ".agentpolicy.yml": `include: ["bots/**"]
waivers:
  - { check: AP-CRED-002, agent: a-bot, reason: r, approved_by: a@example.com, expires: "${new Date(Date.now() + 864e5 * 30).toISOString().slice(0, 10)}" }
`,
    });
    const out = JSON.parse(inventory(["-f", "json"], root).stdout) as { agents: Row[] };
    expect(out.agents.map((a) => a.name)).toEqual(["a-bot"]);
    expect(out.agents[0]!.waived).toBe(1);
  });

  it("writes --output, exits 1 when a file cannot be read, and 2 for a bad format", () => {
    const root = tempTree({ "agents/bad.yaml": "apiVersion: [unclosed\n" });
    const r = inventory(["-f", "json", "-o", "inv.json"], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^agentpolicy inventory: agents\/bad\.yaml:\d+:\d+: /);
    expect(inventory(["-f", "xml"], root).code).toBe(2);
  });
});
