import { describe, expect, it } from "vitest";
import { loadActivePolicy } from "../../src/policy/active.js";
import { policyChanges } from "../../src/policy/changes.js";
import { memoryPolicyFiles } from "../../src/policy/policy-files.js";

const CHECK = `checks:
  - id: ACME-NET-001
    title: Production agent without a cost center
    severity: medium
    principle: risk
    description: Costs must be attributable.
    remediation: Add a label.
    assert: { present: { var: agent.metadata.labels.cost-center } }
    message: Agent {{agent.metadata.name}} has no cost-center label
`;

const WAIVER = `  - check: AP-CRED-002
    agent: legacy-*
    reason: Vendor API has no OAuth (SEC-142)
    approved_by: ciso@example.com
    expires: 2027-01-31
`;

async function load(files: Record<string, string>) {
  return loadActivePolicy(memoryPolicyFiles(files), { root: "/repo" });
}

async function changes(base: Record<string, string>, head: Record<string, string>) {
  return policyChanges(await load(base), await load(head));
}

describe("policyChanges", () => {
  it("is empty when nothing changed", async () => {
    const files = { ".agentpolicy.yml": `fail_on: high\nwaivers:\n${WAIVER}` };
    expect(await changes(files, files)).toEqual([]);
  });

  it("lists fail_scope and fail_on_escalation edits, flagging those that fail on less", async () => {
    const cfg = (text: string) => ({ ".agentpolicy.yml": text });
    const listed = async (b: string, h: string) =>
      (await changes(cfg(b), cfg(h))).map((c) => [c.text, c.mayWeaken]);
    expect(await listed("fail_scope: all\n", "fail_scope: new\n")).toEqual([["fail_scope: all → new", true]]);
    expect(await listed("fail_scope: new\n", "fail_scope: all\n")).toEqual([
      ["fail_scope: new → all", false],
    ]);
    expect(
      await listed(
        "fail_on_escalation: [gate-removed, agent-added]\n",
        "fail_on_escalation: [gate-removed]\n",
      ),
    ).toEqual([["fail_on_escalation: [gate-removed, agent-added] → [gate-removed]", true]]);
    expect(await listed("fail_on_escalation: [gate-removed]\n", "fail_on_escalation: true\n")).toEqual([
      ["fail_on_escalation: [gate-removed] → true", false],
    ]);
    expect(await listed("fail_on_escalation: true\n", "fail_on: high\n")).toEqual([
      ["fail_on_escalation: true → (not set)", true],
    ]);
  });

  it("lists settings, params and check overrides, flagging what may weaken the policy", async () => {
    const base = {
      ".agentpolicy.yml": "fail_on: high\nparams: { max_token_ttl: 1h }\nchecks: { AP-ID-004: low }\n",
    };
    const head = {
      ".agentpolicy.yml":
        "fail_on: critical\nexclude: [agents/legacy/**]\nparams: { max_token_ttl: 8h, min_log_retention: 30d }\nchecks: { AP-MON-001: off, AP-ID-004: high }\n",
    };
    const list = await changes(base, head);
    expect(list.map((c) => [c.kind, c.text, c.mayWeaken])).toEqual([
      ["setting-changed", "exclude: (not set) → [agents/legacy/**]", true],
      ["setting-changed", "fail_on: high → critical", true],
      ["param-changed", "param max_token_ttl: 1h → 8h", true],
      ["param-changed", expect.stringMatching(/^param min_log_retention: P6M \(default\) → 30d$/), true],
      ["check-changed", "check AP-ID-004: low → high", false],
      ["check-changed", "check AP-MON-001: default (medium) → off", true],
    ]);
  });

  it("lists waivers added, removed and changed", async () => {
    const base = { ".agentpolicy.yml": `waivers:\n${WAIVER}${WAIVER.replace("legacy-*", "old-bot")}` };
    const head = {
      ".agentpolicy.yml": `waivers:\n${WAIVER.replace("2027-01-31", "2027-06-30")}${WAIVER.replace("legacy-*", "new-bot")}`,
    };
    const list = await changes(base, head);
    expect(list.map((c) => [c.kind, c.mayWeaken])).toEqual([
      ["waiver-changed", true],
      ["waiver-removed", false],
      ["waiver-added", true],
    ]);
    expect(list[0]!.text).toBe("waiver changed: AP-CRED-002 on 'legacy-*': expires 2027-01-31 → 2027-06-30");
    expect(list[1]!.text).toBe("waiver removed: AP-CRED-002 on 'old-bot' (was until 2027-01-31)");
    expect(list[2]!.text).toBe(
      "waiver added: AP-CRED-002 on 'new-bot' until 2027-01-31, approved by ciso@example.com: Vendor API has no OAuth (SEC-142)",
    );
  });

  it("lists a config added or removed", async () => {
    const added = await changes({}, { ".agentpolicy.yml": `waivers:\n${WAIVER}` });
    expect(added.map((c) => c.kind)).toEqual(["config-added", "waiver-added"]);
    const removed = await changes({ ".agentpolicy.yml": "fail_on: low\n" }, {});
    expect(removed.map((c) => [c.kind, c.mayWeaken])).toEqual([
      ["config-removed", true],
      ["setting-changed", true], // fail_on low → high (default) fails on fewer findings
    ]);
  });

  it("lists packs and the checks in them", async () => {
    const base = { ".agentpolicy.yml": "packs: [./acme]\n", "acme/checks/a.yaml": CHECK };
    const head = {
      ".agentpolicy.yml": "packs: [./acme]\n",
      "acme/checks/a.yaml":
        CHECK.replace("severity: medium", "severity: low") +
        CHECK.replace("ACME-NET-001", "ACME-NET-002").replace("checks:\n", ""),
    };
    const list = await changes(base, head);
    expect(list.map((c) => [c.kind, c.text])).toEqual([
      ["pack-check-changed", "pack check changed: ACME-NET-001 (acme/checks/a.yaml): severity medium → low"],
      [
        "pack-check-added",
        "pack check added: ACME-NET-002 (medium) Production agent without a cost center (acme/checks/a.yaml)",
      ],
    ]);
    const dropped = await changes(base, { ".agentpolicy.yml": "fail_on: high\n" });
    expect(dropped.map((c) => c.kind)).toEqual(["pack-removed", "pack-check-removed"]);
  });

  it("says so when a file changed without changing any setting", async () => {
    const list = await changes(
      { ".agentpolicy.yml": "fail_on: high\n" },
      { ".agentpolicy.yml": "# reviewed 2026-11\nfail_on: high\n" },
    );
    expect(list.map((c) => [c.kind, c.text, c.mayWeaken])).toEqual([
      ["file-changed", ".agentpolicy.yml changed (comments or layout only)", false],
    ]);
  });
});
