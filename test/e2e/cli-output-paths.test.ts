// A file the user tells the CLI to write (--output of check and inventory in every format, import's --out,
// the files init writes) that cannot be written is a usage error naming the path: exit 2 and one line,
// never an internal error. (baseline reads its config before writing it: a folder there is refused as one.)
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runCli, tempTree } from "../helpers/cli.js";

describe("paths the CLI cannot write (spawned)", () => {
  const root = tempTree({ "a-file": "x\n" });
  mkdirSync(join(root, "out"));

  it.each([
    [["check", "examples"], "out", "it is a folder; give the path of a file"],
    [["check", "examples"], "missing/report.txt", "the folder it would go in does not exist"],
    [["check", "examples"], "a-file/report.txt", "a part of the path is a file, not a folder"],
    [["check", "examples", "-f", "sarif"], "out", "it is a folder; give the path of a file"],
    [
      ["check", "examples", "-f", "html"],
      "missing/deeper/report.html",
      "the folder it would go in does not exist",
    ],
    [["check", "examples", "-f", "json"], "out", "it is a folder; give the path of a file"],
    [["check", "examples", "-f", "cyclonedx"], "out", "it is a folder; give the path of a file"],
    [["inventory", "examples"], "out", "it is a folder; give the path of a file"],
    [
      ["inventory", "examples", "-f", "cyclonedx"],
      "missing/bom.json",
      "the folder it would go in does not exist",
    ],
  ])("%j --output %s", (args, output, reason) => {
    const r = runCli([...args, "--output", join(root, output)], { cwd: REPO });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`agentpolicy ${args[0]}: cannot write --output ${join(root, output)}: ${reason}\n`);
  });

  it("import --out naming a file", () => {
    const repo = tempTree({
      ".mcp.json": JSON.stringify({ mcpServers: { fs: { command: "npx" } } }),
      drafts: "x",
    });
    const r = runCli(["import", "--out", "drafts"], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^agentpolicy import: cannot write drafts\/[^:]+\.agent\.yaml: a file is in the way of a folder on the path\n$/,
    );
  });

  it("init --force where a file it writes is a folder", () => {
    const repo = tempTree({});
    mkdirSync(join(repo, ".agentpolicy.yml"));
    const r = runCli(["init", "--force"], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "agentpolicy init: cannot write .agentpolicy.yml: it is a folder; give the path of a file\n",
    );
  });

  it("writes where the path is good", () => {
    const r = runCli(["check", "examples", "-f", "sarif", "--output", join(root, "out", "r.sarif")], {
      cwd: REPO,
    });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe("");
  });
});
