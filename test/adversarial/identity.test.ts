// An agent is its file and its name. A pull request that adds a manifest reusing an existing agent's
// metadata.name must not borrow that agent's waivers, its fingerprints (so its findings look "existing")
// or its place in "what changed": it is a new agent, and its duplicate name is a high finding.
import { beforeAll, describe, expect, it } from "vitest";
import type { Finding, Report } from "../../src/report/model.js";
import { gitRepo } from "../helpers/git-repo.js";
import { NEIGHBOUR } from "./corpus.js";
import { runCapped } from "./harness.js";

// The good neighbour has one low finding (AP-PERM-003), waived by name in the base's config.
const CONFIG = `fail_on: low
waivers:
  - check: AP-PERM-003
    agent: ${NEIGHBOUR.name}
    reason: handbook wildcard accepted (SEC-1)
    approved_by: ciso@example.com
    expires: 2099-01-01
`;

let report: Report;
let code: number | null;

beforeAll(async () => {
  const repo = gitRepo();
  repo.commit({
    ".agentpolicy.yml": CONFIG.replace("2099-01-01", nextMonth()),
    [NEIGHBOUR.file]: NEIGHBOUR.text,
  });
  // same name, a file that sorts first, and the same wildcard the waiver accepts for the original
  repo.commit({ "agents/aaa-impostor.agent.yaml": NEIGHBOUR.text });
  const run = await runCapped(["check", "--base", "HEAD~1", "--format", "json"], repo.root);
  code = run.code;
  report = JSON.parse(run.stdout) as Report;
}, 60_000);

function nextMonth(): string {
  return new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
}

const of = (file: string, ruleId?: string): Finding[] =>
  report.findings.filter((f) => f.file === file && (ruleId === undefined || f.ruleId === ruleId));

describe("a new manifest that reuses an existing agent's name", () => {
  it("fails the run", () => {
    expect(code).toBe(1);
    expect(report.summary.passed).toBe(false);
  });

  it("is a new agent: its findings are new and fingerprinted apart from the original's", () => {
    const impostor = of("agents/aaa-impostor.agent.yaml", "AP-PERM-003");
    const original = of(NEIGHBOUR.file, "AP-PERM-003");
    expect(impostor).toHaveLength(1);
    expect(original).toHaveLength(1);
    expect(impostor[0]!.new).toBe(true);
    expect(original[0]!.new).toBe(false);
    expect(impostor[0]!.fingerprint).not.toBe(original[0]!.fingerprint);
  });

  it("borrows no waiver: a waiver naming a shared name waives neither agent, and says why", () => {
    for (const f of [
      ...of("agents/aaa-impostor.agent.yaml", "AP-PERM-003"),
      ...of(NEIGHBOUR.file, "AP-PERM-003"),
    ])
      expect(f.status).toBe("open");
    const note = report.findings.find((f) => f.ruleId === "AP-POLICY-002");
    expect(note?.message).toMatch(/several manifests declare that name/);
  });

  it("raises its duplicate name as a high finding, on both manifests", () => {
    const dup = report.findings.filter((f) => f.ruleId === "AP-ID-004");
    expect(dup.map((f) => [f.file, f.severity, f.status]).sort()).toEqual([
      ["agents/aaa-impostor.agent.yaml", "high", "open"],
      [NEIGHBOUR.file, "high", "open"],
    ]);
  });

  it("shows under what changed as an added agent, never as the existing one", () => {
    expect(report.changes?.map((c) => [c.change, c.file])).toEqual([
      ["added", "agents/aaa-impostor.agent.yaml"],
    ]);
  });
});
