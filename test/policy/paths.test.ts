import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinRulesDir, findPackageRoot, packageRoot, schemaFile } from "../../src/policy/paths.js";

describe("package root", () => {
  it("is found from src/ under the test runner", () => {
    const root = packageRoot();
    expect((JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string }).name).toBe(
      "agentpolicy",
    );
    expect(existsSync(join(builtinRulesDir(), "checks"))).toBe(true);
    expect(existsSync(schemaFile("rule"))).toBe(true);
    expect(existsSync(schemaFile("framework"))).toBe(true);
  });

  it("is found from dist/, where the bundle sits", () => {
    expect(findPackageRoot(join(packageRoot(), "dist"))).toBe(packageRoot());
    expect(findPackageRoot(join(packageRoot(), "src", "policy"))).toBe(packageRoot());
  });

  it("is not found outside the package", () => {
    expect(() => findPackageRoot(mkdtempSync(join(tmpdir(), "agentpolicy-elsewhere-")))).toThrow(
      /cannot find/,
    );
  });
});
