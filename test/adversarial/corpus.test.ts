// Every file of the adversarial corpus, checked together with a good manifest beside them by the bundled
// CLI under a heap cap and a time limit, in every output format: each hostile file becomes an error
// entry or findings with a location, as its expectation says; the good file is still checked; no run
// crashes, hangs or prints a stack trace; and no output lets data start a workflow command.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_FINDINGS_PER_CHECK } from "../../src/engine/evaluate.js";
import { FORMATS, type FormatName } from "../../src/format/names.js";
import { PARALLEL_MIN_FILES } from "../../src/manifest/parallel.js";
import type { FileError, Finding, Report } from "../../src/report/model.js";
import { committedCases, generatedCases, NEIGHBOUR, workspace, type CorpusCase } from "./corpus.js";
import { parseMarkdown, walk, type MdNode } from "../format/render.js";
import { parseXml } from "../helpers/xml.js";
import {
  annotationProblem,
  commandLines,
  runCapped,
  sarifValidator,
  STACK_TRACE,
  type CappedRun,
} from "./harness.js";

const cases: CorpusCase[] = [...committedCases(), ...generatedCases()];
const runs = new Map<FormatName, CappedRun>();
let report: Report;
/** The same corpus among enough good files that parsing is shared with worker threads. */
let parallel: CappedRun;
const COPIES = PARALLEL_MIN_FILES;

beforeAll(async () => {
  const root = workspace(cases);
  // two at a time: each run reads every file of the corpus, including the 50 MB one
  for (let i = 0; i < FORMATS.length; i += 2) {
    const batch = FORMATS.slice(i, i + 2);
    const results = await Promise.all(
      batch.map((f) => runCapped(["check", "--format", f, "--no-color"], root)),
    );
    batch.forEach((f, j) => runs.set(f, results[j]!));
  }
  report = JSON.parse(runs.get("json")!.stdout) as Report;
  const crowd = workspace(cases);
  for (let i = 0; i < COPIES; i++) {
    writeFileSync(
      join(crowd, `agents/copy-${i}.agent.yaml`),
      // a name and identity of its own, or the copies would be findings about each other
      NEIGHBOUR.text.replaceAll(NEIGHBOUR.name, `copy-${i}`),
    );
  }
  parallel = await runCapped(["check", "--format", "json"], crowd);
}, 240_000);

function errorsOf(file: string): FileError[] {
  return report.errors.filter((e) => e.file === file);
}

function findingsOf(file: string): Finding[] {
  return report.findings.filter((f) => f.file === file);
}

describe("the adversarial corpus, through the CLI", () => {
  it.each(FORMATS)("finishes in %s within the heap cap, exits 1, and prints no stack trace", (format) => {
    const run = runs.get(format)!;
    expect(run.signal).toBeNull();
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).not.toMatch(STACK_TRACE);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
  });

  it("keeps the machine-readable formats valid: JSON, SARIF 2.1.0, OCSF lines, JUnit XML", () => {
    expect(() => JSON.parse(runs.get("json")!.stdout)).not.toThrow();
    const validSarif = sarifValidator();
    expect(validSarif(JSON.parse(runs.get("sarif")!.stdout)), JSON.stringify(validSarif.errors?.[0])).toBe(
      true,
    );
    const events = runs.get("ocsf")!.stdout.split("\n").filter(Boolean);
    expect(events.length).toBeGreaterThan(0);
    for (const line of events) expect(() => JSON.parse(line)).not.toThrow();
    expect(parseXml(runs.get("junit")!.stdout).name).toBe("testsuites");
  });

  it("counts every agent it could read and every file it could not", () => {
    const expectedAgents = cases.reduce(
      (n, c) => n + (c.expect.agents ?? (c.expect.outcome === "findings" ? 1 : 0)),
      1,
    );
    expect(report.summary.agents).toBe(expectedAgents);
    const withErrors = cases.filter((c) => c.expect.outcome === "error").map((c) => c.file);
    expect([...new Set(report.errors.map((e) => e.file))].sort()).toEqual(withErrors.sort());
    expect(report.summary.passed).toBe(false);
  });

  it("reports the same in worker threads, among hundreds of good files", () => {
    expect(parallel.signal).toBeNull();
    expect(parallel.stderr).toBe("");
    const crowd = JSON.parse(parallel.stdout) as Report;
    expect(crowd.summary.agents).toBe(report.summary.agents + COPIES);
    expect(crowd.errors).toEqual(report.errors);
    const hostile = (r: Report) => r.findings.filter((f) => !/^agents\/copy-\d+\.agent\.yaml$/.test(f.file));
    expect(hostile(crowd)).toEqual(hostile(report));
  });

  it("still checks the good manifest beside the hostile ones", () => {
    expect(findingsOf(NEIGHBOUR.file)).toEqual([
      expect.objectContaining({ ...NEIGHBOUR.finding, agent: NEIGHBOUR.name, status: "open" }),
    ]);
    expect(errorsOf(NEIGHBOUR.file)).toEqual([]);
  });

  describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it(`becomes what it should: ${c.expect.outcome} (${c.expect.about})`, () => {
      const errors = errorsOf(c.file);
      const findings = findingsOf(c.file);
      if (c.expect.outcome === "error") expect(errors.length).toBeGreaterThan(0);
      else expect(errors).toEqual([]);
      if (c.expect.outcome === "skipped") expect(findings).toEqual([]);
      if (c.expect.outcome === "findings") expect(findings.length).toBeGreaterThan(0);
      for (const want of c.expect.errors ?? []) {
        const matches = errors.filter(
          (e) =>
            (want.line === undefined || e.line === want.line) &&
            (want.column === undefined || e.column === want.column) &&
            (want.message === undefined || new RegExp(want.message).test(e.message)),
        );
        expect(matches, `an error like ${JSON.stringify(want)} in ${JSON.stringify(errors)}`).not.toEqual([]);
      }
      for (const want of c.expect.findings ?? []) {
        const matches = findingsOf(c.file).filter(
          (f) =>
            f.ruleId === want.ruleId &&
            (want.path === undefined || f.path === want.path) &&
            (want.line === undefined || f.line === want.line) &&
            (want.column === undefined || f.column === want.column),
        );
        expect(matches, `a finding like ${JSON.stringify(want)}`).not.toEqual([]);
      }
    });

    it("is located: every error and finding has a line and column inside the file", () => {
      for (const e of errorsOf(c.file)) {
        expect(e.line).toBeGreaterThanOrEqual(1);
        expect(e.column).toBeGreaterThanOrEqual(1);
        expect(e.message).not.toMatch(/[\r\n]/);
        expect(e.message.length).toBeLessThanOrEqual(400);
      }
      for (const f of findingsOf(c.file)) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.column).toBeGreaterThanOrEqual(1);
        expect(f.endLine).toBeGreaterThanOrEqual(f.line);
        expect(f.message).not.toMatch(/[\r\n]/);
      }
    });

    if (c.expect.absent) {
      it("keeps its payloads out of the outputs it names", () => {
        for (const [format, strings] of Object.entries(c.expect.absent ?? {})) {
          const formats = format === "*" ? FORMATS : [format as FormatName];
          for (const f of formats) {
            for (const s of strings)
              expect(runs.get(f)!.stdout, `${JSON.stringify(s)} in ${f}`).not.toContain(s);
          }
        }
      });
    }
  });

  it("lists at most MAX_FINDINGS_PER_CHECK findings of one check for one agent, then one that counts the rest", () => {
    const perCheck = new Map<string, Finding[]>();
    for (const f of report.findings) {
      const key = `${f.file}\u0000${f.agent ?? ""}\u0000${f.ruleId}`;
      perCheck.set(key, [...(perCheck.get(key) ?? []), f]);
    }
    for (const list of perCheck.values()) expect(list.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_CHECK + 1);
    const many = findingsOf("agents/list-findings.agent.yaml").filter((f) => f.ruleId === "AP-SCHEMA-001");
    expect(many).toHaveLength(MAX_FINDINGS_PER_CHECK + 1);
    expect(many.find((f) => f.path === "")?.message).toMatch(/^29900 more findings of this check/);
  });

  it.each(FORMATS.filter((f) => f !== "github"))("lets no data start a workflow command in %s", (format) => {
    expect(commandLines(runs.get(format)!.stdout)).toEqual([]);
  });

  it("writes only escaped annotations of its own in the github format, one per line", () => {
    const lines = runs.get("github")!.stdout.trimEnd().split("\n");
    expect(lines.length).toBe(
      report.errors.length + report.findings.filter((f) => f.status === "open").length,
    );
    for (const line of lines) expect(annotationProblem(line), line.slice(0, 200)).toBeUndefined();
    expect(commandLines(runs.get("github")!.stdout)).toHaveLength(lines.length);
  });

  it("renders the Markdown report as plain text: no HTML, link, image or code from data, no mention", async () => {
    const markdown = runs.get("markdown")!.stdout;
    expect(markdown).not.toMatch(/@(?!&#8203;)[\w-]/);
    const ast = await parseMarkdown(markdown);
    const text: string[] = [];
    walk(ast, (n: MdNode) => {
      expect(["inlineCode", "code", "image", "blockquote"], n.type).not.toContain(n.type);
      if (n.type === "link") expect(n.url).toMatch(/^https:\/\/github\.com\/agentpolicy\/agentpolicy\//);
      if (n.type === "html") {
        for (const line of n.value?.split("\n") ?? []) {
          expect(
            ["<details>", "</details>", "<br>"].includes(line) || /^<summary>[^<]*<\/summary>$/.test(line),
            line,
          ).toBe(true);
        }
      }
      if (n.type === "text" && n.value) text.push(n.value);
    });
    expect(text.join("\n")).toContain("x ::error file=agents/x.yaml,line=1::INJECTED-ERROR");
  });

  it("shows a file named like a workflow command as ./::…, never at the start of a line", () => {
    const text = runs.get("text")!.stdout;
    expect(text).toContain("./::error::injected-file-name.agent.yaml");
    expect(runs.get("github")!.stdout).toContain("file=%3A%3Aerror%3A%3Ainjected-file-name.agent.yaml");
  });
});
