import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { printable } from "../../src/format/escape.js";
import { formatGithub } from "../../src/format/github.js";
import { cleanReport, RULES, sampleReport } from "./sample.js";

const COMMAND_LINE =
  /^::(error|warning|notice) file=[^,:]*,line=\d+(,col=\d+)?,endLine=\d+(,endColumn=\d+)?,title=[^:,]*::/;

/** Undoes the runner's escaping, to check what GitHub will display. */
function unescapeData(s: string): string {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
function unescapeProperty(s: string): string {
  return unescapeData(s.replace(/%3A/g, ":").replace(/%2C/g, ","));
}

function parse(line: string) {
  // As the runner reads it: the command up to the first space, properties split on ",".
  const end = line.indexOf("::", 2);
  const head = line.slice(2, end);
  const space = head.indexOf(" ");
  const props = head.slice(space + 1).split(",");
  return {
    name: head.slice(0, space),
    props: Object.fromEntries(
      props.map((p) => [p.slice(0, p.indexOf("=")), unescapeProperty(p.slice(p.indexOf("=") + 1))]),
    ),
    message: unescapeData(line.slice(end + 2)),
  };
}

describe("github format", () => {
  const out = formatGithub({ report: sampleReport(), rules: RULES });
  const lines = out.trimEnd().split("\n");

  it("writes one well-formed annotation per open finding and per file error", () => {
    expect(out.endsWith("\n")).toBe(true);
    expect(lines).toHaveLength(1 + 4); // one file error, four open findings (the waived one is left out)
    for (const l of lines) expect(l).toMatch(COMMAND_LINE);
    expect(lines.map((l) => parse(l).name)).toEqual(["error", "error", "error", "notice", "notice"]);
  });

  it("maps severities to commands", () => {
    const report = sampleReport();
    report.findings = (["critical", "high", "medium", "low", "info"] as const).map((severity) => ({
      ...report.findings[1]!,
      severity,
    }));
    report.errors = [];
    const names = formatGithub({ report, rules: RULES })
      .trimEnd()
      .split("\n")
      .map((l) => parse(l).name);
    expect(names).toEqual(["error", "error", "warning", "notice", "notice"]);
  });

  it("carries the location, a title and the message with the fix", () => {
    const ttl = parse(lines[2]!);
    expect(ttl.props).toEqual({
      file: "agents/finance.agent.yaml",
      line: "31",
      col: "10",
      endLine: "31",
      endColumn: "13",
      title: "AP-CRED-002: Credential TTL too long",
    });
    expect(ttl.message).toBe(
      "[high] invoice-reconciler: credential 'finance-db' lives 30d; at most 1h is allowed\n\nFix: Set ttl to 1h or less.\n\nPrefer workload identity federation.",
    );
    expect(parse(lines[1]!).message.startsWith("[critical (new)] ")).toBe(true);
  });

  it("gives columns only for single-line spans", () => {
    const multi = parse(lines[3]!);
    expect(multi.props).toEqual({
      file: "agents/hostile|name.agent.yaml",
      line: "5",
      endLine: "7",
      title: "AP-GATE-001: No approval gate",
    });
  });

  it("reports file errors as errors", () => {
    const e = parse(lines[0]!);
    expect(e.name).toBe("error");
    expect(e.props).toMatchObject({ file: "agents/broken.agent.yaml", line: "4", col: "9" });
    expect(e.message).toBe("unexpected end of flow sequence\n::warning::injected <!-- agentpolicy -->");
  });

  it("lets no data start a line, so no command can be injected", () => {
    expect(out).toContain("bad%0A::error::x bad%0D::add-mask::secret");
    expect(out).not.toContain("\r");
    expect(out).not.toContain("\u001b");
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        fc.string({ unit: "binary" }),
        fc.string(),
        (agent, message, file) => {
          const report = sampleReport();
          report.findings = report.findings.map((f) => ({
            ...f,
            agent,
            message,
            file,
            title: message,
            ruleId: agent || "R",
          }));
          report.errors = report.errors.map((e) => ({ ...e, message, file }));
          const text = formatGithub({ report, rules: RULES });
          const all = text.trimEnd().split("\n");
          expect(all).toHaveLength(5);
          for (const l of all) expect(l).toMatch(COMMAND_LINE);
          expect(text).not.toMatch(/\r/);
          // what GitHub displays is what the manifest said (control characters aside)
          expect(parse(all[0]!).props.file).toBe(printable(file));
          expect(parse(all[0]!).message).toBe(printable(message));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("prints nothing for a clean run", () => {
    expect(formatGithub({ report: cleanReport(), rules: RULES })).toBe("");
  });
});
