import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { REPO, runCli, tempTree } from "../helpers/cli.js";

const ESC = "\u001b[";

const GOOD = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: good-agent
  description: Reads one table
  owner: team:data
permissions:
  - resource: postgres://db/table
    actions: [read]
    category: database
    justification: reads it
`;

function reportSchemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(REPO, "schema", "report.schema.json"), "utf8")));
}

describe("agentpolicy check (spawned)", () => {
  it("checks the examples, groups findings by file and exits 1", () => {
    const r = runCli(["check", "examples"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    // stylish grouping: each file with findings appears once as a heading line
    const headings = r.stdout.split("\n").filter((l) => /^examples\/agents\/\S+$/.test(l));
    expect(headings).toContain("examples/agents/release-bot.agent.yaml");
    expect(new Set(headings).size).toBe(headings.length);
    expect(r.stdout).not.toContain(ESC); // not a TTY: no colour
    expect(r.stdout).not.toContain("AKIAIOSFODNN7EXAMPLE");
  });

  it("json output follows report-v1 and points at exact locations", () => {
    const r = runCli(["check", "examples", "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const validate = reportSchemaValidator();
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.schemaVersion).toBe(1);
    expect(report.summary.passed).toBe(false);
    expect(report.summary.agents).toBeGreaterThanOrEqual(7);
    // the wildcard permission of release-bot: second permission item
    const wildcard = report.findings.find(
      (f: { agent?: string; path: string }) =>
        f.agent === "release-bot" && f.path.startsWith("/permissions/1"),
    );
    expect(wildcard).toBeDefined();
    const lines = readFileSync(join(REPO, "examples/agents/release-bot.agent.yaml"), "utf8").split("\n");
    expect(lines[wildcard.line - 1]).toContain('resource: "*"');
    // the inline key is reported by location, never by value
    expect(r.stdout).not.toContain("AKIAIOSFODNN7EXAMPLE");
    const secret = report.findings.find(
      (f: { agent?: string; ruleId: string }) => f.agent === "billing-bot" && f.ruleId === "AP-CRED-001",
    );
    expect(secret.path).toBe("/credentials/1/secret");
    // sorted by file, line, ruleId
    const keys = report.findings.map((f: { file: string; line: number }) => [f.file, f.line]);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
    // stable: a second run gives the same report
    expect(runCli(["check", "examples", "--format", "json"]).stdout).toBe(r.stdout);
  });

  it("fingerprints survive line moves", () => {
    const dir = tempTree({ "a.agent.yaml": GOOD.replace("owner: team:data\n", "") });
    const before = JSON.parse(runCli(["check", ".", "-f", "json"], { cwd: dir }).stdout);
    const moved = tempTree({
      "a.agent.yaml": "# a comment\n# another\n" + GOOD.replace("owner: team:data\n", ""),
    });
    const after = JSON.parse(runCli(["check", ".", "-f", "json"], { cwd: moved }).stdout);
    const fp = (r: { findings: { ruleId: string; fingerprint: string; line: number }[] }) =>
      r.findings.map((f) => `${f.ruleId}:${f.fingerprint}`).sort();
    expect(before.findings.length).toBeGreaterThan(0);
    expect(fp(after)).toEqual(fp(before));
    expect(after.findings[0].line).toBe(before.findings[0].line + 2);
  });

  it("writes --output and honours --fail-on", () => {
    const dir = tempTree({});
    const out = join(dir, "report.sarif");
    const r = runCli(["check", "examples", "--format", "sarif", "--output", out, "--fail-on", "never"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const sarif = JSON.parse(readFileSync(out, "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  it("--framework limits findings and coverage", () => {
    const all = JSON.parse(runCli(["check", "examples", "-f", "json"]).stdout);
    const soc2 = JSON.parse(runCli(["check", "examples", "-f", "json", "--framework", "soc2"]).stdout);
    expect(soc2.frameworks.map((f: { id: string }) => f.id)).toEqual(["soc2"]);
    expect(all.frameworks.length).toBeGreaterThan(1);
    // every finding evidences a SOC 2 control, except built-in schema checks, which always run
    for (const f of soc2.findings) {
      if (f.ruleId.startsWith("AP-SCHEMA-")) continue;
      expect(f.controls.some((c: { framework: string }) => c.framework === "soc2")).toBe(true);
    }
    // a misspelt field is a schema finding, reported under any framework selection
    const typo = tempTree({ "a.agent.yaml": GOOD.replace("justification:", "justificaton:") });
    const typoReport = JSON.parse(
      runCli(["check", "-f", "json", "--framework", "soc2", "--fail-on", "never"], { cwd: typo }).stdout,
    );
    expect(
      typoReport.findings.map((f: { ruleId: string; path: string }) => `${f.ruleId} ${f.path}`),
    ).toContain("AP-SCHEMA-002 /permissions/0/justificaton");
    expect(soc2.findings.length).toBeLessThanOrEqual(all.findings.length);
  });

  it("writes JSON, JUnit and OCSF in blocks, the same to stdout and to --output", () => {
    const out = tempTree({});
    for (const fmt of ["json", "junit", "ocsf"]) {
      const file = join(out, `report.${fmt}`);
      const stdout = runCli(["check", "examples", "-f", fmt]);
      const written = runCli(["check", "examples", "-f", fmt, "-o", file]);
      expect(stdout.code, fmt).toBe(1);
      expect(written.code, fmt).toBe(1);
      expect(written.stdout, fmt).toBe("");
      expect(stdout.stdout.length, fmt).toBeGreaterThan(1000);
      // the run stamps its time into OCSF events; everything else is identical
      const stamp = (s: string): string => s.replace(/"time":\d+/g, '"time":0');
      expect(stamp(readFileSync(file, "utf8")), fmt).toBe(stamp(stdout.stdout));
    }
  });

  it("produces every format", () => {
    for (const fmt of ["text", "json", "sarif", "markdown", "github"]) {
      const r = runCli(["check", "examples/agents/release-bot.agent.yaml", "-f", fmt]);
      expect(r.code, fmt).toBe(1);
      expect(r.stdout.length, fmt).toBeGreaterThan(0);
    }
    const gh = runCli(["check", "examples/agents/release-bot.agent.yaml", "-f", "github"]).stdout;
    expect(
      gh
        .split("\n")
        .filter(Boolean)
        .every((l) => /^::(error|warning|notice) /.test(l)),
    ).toBe(true);
    expect(gh).toMatch(/file=examples\/agents\/release-bot\.agent\.yaml,line=\d+/);
  });

  it("passes a clean manifest with exit 0", () => {
    const dir = tempTree({ "agents/good.yaml": GOOD });
    const r = runCli(["check", "--fail-on", "critical"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});

describe("bad input", () => {
  it("reports malformed, empty, oversize and non-UTF-8 files as errors and still checks the rest", () => {
    const dir = tempTree({
      "agents/broken.yaml": "apiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata:\n  name: [unclosed\n",
      "agents/empty.yaml": "",
      "agents/binary.yaml": Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]),
      "agents/big.yaml": "a: " + "x".repeat(3000) + "\n",
      "agents/dupe.yaml": "apiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata:\n  name: a\n  name: b\n",
      "agents/good.yaml": GOOD.replace("owner: team:data\n", ""),
    });
    const r = runCli(["check", "-f", "json", "--max-file-size", "2k"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    const report = JSON.parse(r.stdout);
    const byFile = new Map<string, { line: number; column: number; message: string }>(
      report.errors.map((e: { file: string; line: number; column: number; message: string }) => [e.file, e]),
    );
    expect([...byFile.keys()].sort()).toEqual([
      "agents/big.yaml",
      "agents/binary.yaml",
      "agents/broken.yaml",
      "agents/dupe.yaml",
      "agents/empty.yaml",
    ]);
    expect(byFile.get("agents/binary.yaml")).toMatchObject({ line: 1, column: 4 });
    expect(byFile.get("agents/dupe.yaml")).toMatchObject({ line: 5 });
    for (const e of byFile.values()) expect(e.line).toBeGreaterThanOrEqual(1);
    // the good file was still checked: its missing owner is a finding
    expect(report.findings.some((f: { file: string }) => f.file === "agents/good.yaml")).toBe(true);
    expect(report.summary.errors).toBe(5);
  });
});

describe("usage", () => {
  it.each([
    [["check", "--format", "xml"], /--format must be one of/],
    [["check", "--fail-on", "severe"], /--fail-on must be one of/],
    [["check", "--bogus"], /bogus/],
    [["check", "--framework", "gdpr"], /unknown framework 'gdpr'/],
    [["frobnicate"], /unknown command 'frobnicate'/],
    // names every object inherits are not commands
    [["constructor"], /unknown command 'constructor'/],
    [["toString"], /unknown command 'toString'/],
    [["__proto__"], /unknown command '__proto__'/],
    [["hasOwnProperty", "--debug"], /unknown command 'hasOwnProperty'/],
    [["explain", "AP-NOPE-999"], /no check or control/],
  ])("%j exits 2 with one line on stderr", (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("accepts --debug with every command, and offers it only as a flag that works", () => {
    for (const args of [
      ["rules", "--debug"],
      ["schema", "--debug"],
      ["explain", "--debug", "AP-CRED-003"],
    ]) {
      const r = runCli(args);
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
      expect(r.stderr).toBe("");
    }
    // an internal error offers --debug: an I/O error no path the user chose explains (writing at the
    // start of the process's own memory, which Linux refuses with EIO for root and anyone else alike)…
    if (process.platform !== "linux") return;
    const broken = "/proc/self/mem";
    const plain = runCli(["check", "examples", "--output", broken]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/^agentpolicy: internal error: /);
    expect(plain.stderr).toContain("run again with --debug");
    // …and the flag then prints the stack trace, wherever it stands before `--`
    const debug = runCli(["--debug", "check", "examples", "--output", broken]);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/\n\s+at /);
    expect(debug.stderr).not.toContain("run again with --debug");
  });

  it("prints help and version", () => {
    expect(runCli(["--help"]).stdout).toContain("agentpolicy check");
    expect(runCli(["check", "--help"]).stdout).toContain("--fail-on");
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
    expect(runCli(["--version"]).stdout.trim()).toBe(pkg.version);
  });

  it("colours only when asked and never with NO_COLOR", () => {
    const forced = runCli(["check", "examples"], { env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain(ESC);
    const noColor = runCli(["check", "examples"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain(ESC);
  });
});
