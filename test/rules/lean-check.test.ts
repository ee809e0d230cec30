// A lean check (CheckOptions.lean: each agent released once its findings are assembled) reports exactly
// what a full check reports: on every rule fixture at once (cross-manifest pairs included, so that the
// checks reading other agents' data see them all), on the examples, and for `check FILE...`.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCheck, type CheckOptions } from "../../src/check.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const NOW = Date.UTC(2026, 10, 1);

async function both(opts: Omit<CheckOptions, "failOn" | "maxFileSize">): Promise<void> {
  const base = { ...opts, failOn: "high", maxFileSize: 1024 * 1024, now: NOW } as const;
  const full = await runCheck(base);
  const lean = await runCheck({ ...base, lean: true });
  expect(full.report.summary.agents).toBeGreaterThan(0);
  expect(lean.report).toEqual(full.report);
  expect(lean.agentFiles).toEqual(full.agents.map((a) => a.doc.file));
  expect(lean.agents).toEqual([]);
}

describe("a lean check", () => {
  it("reports what a full check reports on every rule fixture", async () => {
    await both({ root: REPO, paths: ["test/fixtures/rules"] });
  });

  it("reports what a full check reports on the examples", async () => {
    await both({ root: REPO, paths: ["examples"] });
  });

  it("reports what a full check reports on named files", async () => {
    await both({
      root: REPO,
      paths: ["test/fixtures/rules"],
      focus: ["test/fixtures/rules/AP-DLG-003/fail/reconciler.agent.yaml"],
    });
  });
});
