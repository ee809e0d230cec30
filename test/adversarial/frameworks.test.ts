// Choosing frameworks narrows what the report reads as, never what it refuses to accept: a check that
// is not waivable (a secret written into a manifest) is reported whatever `frameworks:` or
// `--framework` selects, even a framework that does not map it.
import { describe, expect, it } from "vitest";
import { planChecks } from "../../src/check/plan.js";
import { loadPolicy } from "../../src/policy/load.js";
import type { Report } from "../../src/report/model.js";
import { tempTree } from "../helpers/cli.js";
import { runCapped } from "./harness.js";
import { SECRETS } from "./leaky.js";

const AGENT = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: leaky
  owner: team:platform
credentials:
  - name: github
    type: static-token
    secret_ref: "${SECRETS.github}"
`;

/** A framework of the built-in policy that does not map AP-CRED-001. */
function frameworkWithoutSecretCheck(): string {
  const fw = loadPolicy().frameworks.find((f) => !f.controls.some((c) => c.checks.includes("AP-CRED-001")));
  if (!fw) throw new Error("every built-in framework maps AP-CRED-001; pick another way to test this");
  return fw.id;
}

describe("a framework selection never hides a check that is not waivable", () => {
  it("keeps every non-waivable check in the plan", () => {
    const fw = frameworkWithoutSecretCheck();
    const plan = planChecks({ frameworks: [fw] });
    const nonWaivable = plan.policy.checks.filter((c) => !c.waivable).map((c) => c.id);
    expect(nonWaivable).toContain("AP-CRED-001");
    for (const id of nonWaivable) expect(plan.byId.has(id), id).toBe(true);
    // the selection still narrows the waivable checks
    expect(plan.checks.length).toBeLessThan(plan.policy.checks.length);
  });

  it.each([
    ["--framework", (fw: string) => ({ args: ["--framework", fw], files: {} })],
    [
      "frameworks: in the config",
      (fw: string) => ({ args: [], files: { ".agentpolicy.yml": `frameworks: [${fw}]\n` } }),
    ],
  ])("reports the inline secret when %s selects a framework that does not map it", async (_how, setup) => {
    const fw = frameworkWithoutSecretCheck();
    const { args, files } = setup(fw);
    const root = tempTree({ "agents/leaky.agent.yaml": AGENT, ...files });
    const run = await runCapped(["check", "--format", "json", ...args], root);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.frameworks.map((f) => f.id)).toEqual([fw]);
    const secret = report.findings.filter((f) => f.ruleId === "AP-CRED-001");
    expect(secret.length).toBeGreaterThan(0);
    expect(secret[0]!.severity).toBe("critical");
    expect(run.code).toBe(1);
  });
});
