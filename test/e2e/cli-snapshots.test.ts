// The bundles start from the build's snapshots of the built-in rules and catalogs (dist/builtin-*.json):
// a check must report exactly the same with them as without them, when each is read from its YAML.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO } from "../helpers/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "ap-snapshots-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the built package (dist/, rules/, schema/, package.json), without the snapshots if asked. */
function packageCopy(name: string, snapshots: boolean): string {
  const dir = join(scratch, name);
  for (const part of ["dist", "rules", "schema", "package.json"]) {
    cpSync(join(REPO, part), join(dir, part), { recursive: true });
  }
  if (!snapshots) {
    for (const f of readdirSync(join(dir, "dist"))) {
      if (/^builtin-.*\.json$/.test(f)) rmSync(join(dir, "dist", f));
    }
  }
  return dir;
}

describe("the build's snapshots (spawned)", () => {
  it("give the same report as the rule and catalog files they were taken of", () => {
    // undeclared agent code (the discovery catalog) and provider scopes (the scope catalogs)
    const tree = join(scratch, "tree");
    cpSync(join(REPO, "test/fixtures/rules/AP-SHADOW-001/fail"), tree, { recursive: true });
    for (const id of ["AP-SCOPE-001", "AP-SCOPE-003", "AP-SCOPE-004"]) {
      cpSync(join(REPO, `test/fixtures/rules/${id}/fail.agent.yaml`), join(tree, `agents/${id}.agent.yaml`));
    }
    const reports = [packageCopy("with", true), packageCopy("without", false)].map((pkg) => {
      const r = spawnSync(process.execPath, [join(pkg, "dist/cli.js"), "check", "--format", "json"], {
        cwd: tree,
        encoding: "utf8",
      });
      expect(r.stderr).toBe("");
      return r.stdout;
    });
    const report = JSON.parse(reports[0]!) as { findings: { ruleId: string }[] };
    const ids = new Set(report.findings.map((f) => f.ruleId));
    expect(ids).toContain("AP-SHADOW-001");
    expect([...ids].some((id) => id.startsWith("AP-SCOPE-"))).toBe(true);
    expect(reports[1]).toBe(reports[0]);
  });
});
