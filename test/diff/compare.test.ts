import { describe, expect, it } from "vitest";
import { checkAgents, runCheck, type CheckOptions } from "../../src/check.js";
import { loadTexts } from "../../src/sources/texts.js";
import { gitBaseReader, resolveRef } from "../../src/diff/base.js";
import { compareWithBase } from "../../src/diff/compare.js";
import { checkBase } from "../../src/pipeline/base.js";
import { gitRepo } from "../helpers/git-repo.js";

const manifest = (o: {
  name: string;
  secret?: string;
  wildcard?: boolean;
  ttl?: string;
}) => `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: ${o.name}
  description: test agent
  owner: team:test
permissions:
  - resource: ${o.wildcard ? '"*"' : "postgres://db/table"}
    actions: [read]
    category: database
    justification: reads it
credentials:
  - name: db
    type: oauth-client-credentials
    ttl: ${o.ttl ?? "15m"}
    rotation: 30d
${o.secret ? `    secret: ${o.secret}\n` : ""}`;

const OPTS = { failOn: "high" as const, now: Date.parse("2026-01-01") };

function check(files: Record<string, string>) {
  return checkAgents(loadTexts(Object.entries(files).map(([file, text]) => ({ file, text }))), OPTS);
}

describe("compareWithBase", () => {
  it("marks new and unchanged findings by fingerprint, lists fixed ones and counts them", () => {
    const base = check({ "agents/a.agent.yaml": manifest({ name: "a", wildcard: true }) });
    // one more blank line moves every finding down: fingerprints ignore lines
    const head = check({ "agents/a.agent.yaml": "\n" + manifest({ name: "a", ttl: "30d" }) });
    const report = compareWithBase(head, base, { ref: "main", sha: "f".repeat(40) });

    const fpsBase = new Set(base.report.findings.map((f) => f.fingerprint));
    for (const f of report.findings) expect(f.new).toBe(!fpsBase.has(f.fingerprint));
    expect(report.findings.some((f) => f.new)).toBe(true);
    expect(report.findings.some((f) => !f.new)).toBe(true);
    expect(report.fixed!.length).toBeGreaterThan(0);
    expect(
      report.fixed!.every((f) => !head.report.findings.some((h) => h.fingerprint === f.fingerprint)),
    ).toBe(true);
    expect(report.summary.new).toBe(report.findings.filter((f) => f.new).length);
    expect(report.summary.unchanged).toBe(report.findings.length - report.summary.new!);
    expect(report.summary.fixed).toBe(report.fixed!.length);
    expect(report.summary.passed).toBe(head.report.summary.passed);
    expect(report.base).toEqual({ ref: "main", sha: "f".repeat(40) });
    expect(report.changes).toEqual([
      expect.objectContaining({
        agent: "a",
        change: "modified",
        details: expect.arrayContaining([
          expect.objectContaining({ kind: "permission-narrowed" }),
          expect.objectContaining({
            kind: "credential-ttl-changed",
            before: "15m",
            after: "30d",
            escalation: true,
          }),
        ]),
      }),
    ]);
  });

  it("never copies a detected secret into the changes", () => {
    const secret = "AKIAIOSFODNN7EXAMPLE";
    const base = check({ "agents/a.agent.yaml": manifest({ name: "a" }) });
    const head = check({
      "agents/a.agent.yaml":
        manifest({ name: "a" }).replace("postgres://db/table", `postgres://${secret}@db/table`) +
        `    secret: ${secret}\n`,
    });
    const report = compareWithBase(head, base, { ref: "main", sha: "0".repeat(40) });
    expect(report.changes!.length).toBeGreaterThan(0);
    expect(JSON.stringify(report)).not.toContain(secret);
  });
});

describe("the base check over git (agentpolicy check --base REF)", () => {
  it("checks the base commit's manifests, including removed agents", async () => {
    const repo = gitRepo();
    repo.commit({
      "agents/a.agent.yaml": manifest({ name: "a" }),
      "agents/old.agent.yaml": manifest({ name: "old", wildcard: true }),
    });
    repo.commit({ "agents/old.agent.yaml": null, "agents/a.agent.yaml": manifest({ name: "a", ttl: "7d" }) });
    const opts: CheckOptions = { root: repo.root, paths: [], maxFileSize: 1 << 20, ...OPTS };
    const head = await runCheck(opts);
    const reader = await gitBaseReader(repo.root, await resolveRef(repo.root, "HEAD~1"));
    const base = await checkBase(head, reader, opts);
    const report = compareWithBase(head, base, { ref: "HEAD~1", sha: reader.sha });
    expect(report.base).toEqual({ ref: "HEAD~1", sha: repo.git("rev-parse", "HEAD~1") });
    expect(report.changes!.map((c) => [c.agent, c.change])).toEqual([
      ["a", "modified"],
      ["old", "removed"],
    ]);
    expect(report.fixed!.some((f) => f.agent === "old")).toBe(true);
  });
});
