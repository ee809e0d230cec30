// One cause, one finding, spawned: an identity and a secret reused by three agents are one finding each,
// with the other agents as related locations in every format, and a fingerprint that stays the same as
// the set of agents changes.
import { describe, expect, it } from "vitest";
import { runCli, tempTree } from "../helpers/cli.js";

const agent = (name: string, extra = ""): string => `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: ${name}
  description: Reads one table
  owner: team:data
identity:
  id: spiffe://acme.example/shared-runner
  provider: spiffe
permissions:
  - resource: postgres://db/table
    actions: [read]
    category: database
    justification: reads it
credentials:
  - name: db
    type: oauth-client-credentials
    ttl: 15m
    secret_ref: vault://kv/shared/db
${extra}`;

interface Finding {
  ruleId: string;
  file: string;
  agent?: string;
  fingerprint: string;
  message: string;
  related?: { file: string; line: number; agent?: string }[];
}

function findings(root: string, args: string[] = []): Finding[] {
  const r = runCli(["check", "--format", "json", "--fail-on", "never", ...args], { cwd: root });
  expect(r.stderr).toBe("");
  return (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
}

const shared = (fs: Finding[]) => fs.filter((f) => f.ruleId === "AP-ID-002" || f.ruleId === "AP-CRED-004");

describe("one cause, one finding", () => {
  it("reports an identity and a secret shared by three agents once each, with related locations", () => {
    const root = tempTree({
      "agents/a.agent.yaml": agent("a"),
      "agents/b.agent.yaml": agent("b"),
      "agents/c.agent.yaml": agent("c"),
    });
    const all = shared(findings(root));
    expect(all.map((f) => [f.ruleId, f.agent, f.file])).toEqual([
      ["AP-ID-002", "a", "agents/a.agent.yaml"],
      ["AP-CRED-004", "a", "agents/a.agent.yaml"],
    ]);
    for (const f of all) {
      expect(f.related?.map((r) => [r.agent, r.file])).toEqual([
        ["b", "agents/b.agent.yaml"],
        ["c", "agents/c.agent.yaml"],
      ]);
    }
    const id = all[0]!;
    expect(id.related?.[0]?.line).toBe(8);

    // the fingerprint is the cause: it survives an agent leaving the group
    const fewer = tempTree({ "agents/a.agent.yaml": agent("a"), "agents/c.agent.yaml": agent("c") });
    expect(shared(findings(fewer)).map((f) => f.fingerprint)).toEqual(all.map((f) => f.fingerprint));

    const text = runCli(["check", "--fail-on", "never"], { cwd: root }).stdout;
    expect(text).toContain("(also: b at agents/b.agent.yaml:8, c at agents/c.agent.yaml:8)");

    const sarif = JSON.parse(
      runCli(["check", "--format", "sarif", "--fail-on", "never"], { cwd: root }).stdout,
    );
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "AP-ID-002");
    expect(result.relatedLocations).toEqual([
      expect.objectContaining({
        id: 1,
        physicalLocation: expect.objectContaining({
          artifactLocation: { uri: "agents/b.agent.yaml", uriBaseId: "%SRCROOT%" },
          region: expect.objectContaining({ startLine: 8 }),
        }),
        message: { text: "also b" },
      }),
      expect.objectContaining({ id: 2 }),
    ]);
    expect(sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === "AP-ID-002")).toHaveLength(1);

    const md = runCli(["check", "--format", "markdown", "--fail-on", "never"], { cwd: root }).stdout;
    expect(md).toContain("also: b at agents/b.agent.yaml:8");
  });

  it("a waiver on a shared cause must match every agent sharing it, or its fingerprint", () => {
    const files = {
      "agents/a.agent.yaml": agent("a"),
      "agents/b.agent.yaml": agent("b"),
    };
    const waiver = (agentGlob: string) =>
      `waivers:\n  - check: AP-ID-002\n    agent: "${agentGlob}"\n    reason: migration in SEC-1\n    approved_by: ciso@example.com\n    expires: ${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)}\n`;
    const one = tempTree({ ...files, ".agentpolicy.yml": waiver("a") });
    const onlyA = findings(one).find((f) => f.ruleId === "AP-ID-002") as Finding & { status: string };
    expect(onlyA.status).toBe("open");
    const both = tempTree({ ...files, ".agentpolicy.yml": waiver("*") });
    expect(
      (findings(both).find((f) => f.ruleId === "AP-ID-002") as Finding & { status: string }).status,
    ).toBe("waived");
  });
});
