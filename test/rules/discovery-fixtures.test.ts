// Discovery checks (AP-SHADOW-*) judge a repository, not a manifest, so their fixture pairs are
// repository-shaped folders: test/fixtures/rules/<CHECK-ID>/fail/ holds projects the check must flag,
// with an EXPECT file listing "file:line" for each finding, and pass/ the same projects declared, on
// which the check stays silent. Each side is checked the way a user runs it: runCheck on the folder.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/check.js";
import { loadPolicy } from "../../src/policy/load.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/rules", import.meta.url));
const NOW = Date.UTC(2026, 10, 1);
const discoveryChecks = loadPolicy().checks.filter((c) => c.id.startsWith("AP-SHADOW-"));

async function findingsOf(id: string, side: "fail" | "pass"): Promise<{ hits: string[]; errors: string[] }> {
  const root = join(FIXTURES, id, side);
  const { report } = await runCheck({ root, paths: [], failOn: "never", maxFileSize: 1024 * 1024, now: NOW });
  return {
    hits: report.findings
      .filter((f) => f.ruleId === id)
      .map((f) => `${f.file}:${f.line}`)
      .sort(),
    errors: report.errors.map((e) => `${e.file}:${e.line}: ${e.message}`),
  };
}

describe("discovery rule fixtures", () => {
  it("cover every discovery check", () => {
    expect(discoveryChecks.map((c) => c.id)).toEqual(["AP-SHADOW-001", "AP-SHADOW-002"]);
  });

  describe.each(discoveryChecks.map((c) => [c.id]))("%s", (id) => {
    it("fires exactly where the fail repository's EXPECT says", async () => {
      const expectFile = join(FIXTURES, id, "fail", "EXPECT");
      expect(existsSync(expectFile), `missing ${id}/fail/EXPECT`).toBe(true);
      const expected = readFileSync(expectFile, "utf8")
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "" && !l.startsWith("#"))
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      const { hits, errors } = await findingsOf(id, "fail");
      expect(errors).toEqual([]);
      expect(hits).toEqual(expected);
    });

    it("stays silent on the pass repository", async () => {
      expect(existsSync(join(FIXTURES, id, "pass")), `missing ${id}/pass/`).toBe(true);
      const { hits, errors } = await findingsOf(id, "pass");
      expect(errors).toEqual([]);
      expect(hits).toEqual([]);
    });
  });
});
