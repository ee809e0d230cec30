// Properties of the core over random input: random manifests (shaped like the schema, with junk and
// hostile text), damaged manifests and random bytes never make parsing or checking throw; the report is
// the same every time for the same input; and every output format stays parseable and starts no
// workflow command from data.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { checkAgents } from "../../src/check.js";
import { loadTexts, type SourceText } from "../../src/sources/texts.js";
import { FORMATS, type FormatName } from "../../src/format/names.js";
import { format } from "../helpers/formats.js";
import { parseSource } from "../../src/manifest/parse.js";
import { readSource } from "../../src/manifest/read.js";
import { annotationProblem, commandLines, sarifValidator } from "../adversarial/harness.js";
import { parseXml } from "../helpers/xml.js";
import { damagedFile, manifestFile } from "./arbitraries.js";

const NOW = Date.parse("2026-06-01T00:00:00Z");
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

const validSarif = sarifValidator();

/** Every output of one check of `files`, by format. */
function outputs(files: SourceText[]): Map<FormatName, string> {
  const result = checkAgents(loadTexts(files), { failOn: "high", now: NOW });
  const report = { ...result.report, run: { generatedAt: new Date(NOW).toISOString() } };
  return new Map(FORMATS.map((name) => [name, format(name, { report, rules: result.rules })]));
}

/** Why an output is not what its format promises; undefined when it is. */
function formatProblem(name: FormatName, out: string): string | undefined {
  try {
    switch (name) {
      case "json":
        JSON.parse(out);
        break;
      case "sarif":
        if (!validSarif(JSON.parse(out))) return JSON.stringify(validSarif.errors?.slice(0, 3));
        break;
      case "junit":
        parseXml(out);
        break;
      case "ocsf":
        for (const line of out.split("\n").filter(Boolean)) JSON.parse(line);
        break;
      case "github":
        for (const line of out.split("\n").filter(Boolean)) {
          const problem = annotationProblem(line);
          if (problem) return `${problem}: ${line.slice(0, 120)}`;
        }
        break;
      default:
        break;
    }
  } catch (e) {
    return `${name} does not parse: ${(e as Error).message}`;
  }
  if (name !== "github" && commandLines(out).length > 0)
    return `a workflow command in ${name}: ${commandLines(out)[0]}`;
  return undefined;
}

afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
});

describe("checking random manifests", () => {
  // 150 runs through every format: a minute or more on a loaded 2-core machine; a guard against hangs only.
  it(
    "never throws, and every format parses and starts no workflow command from data",
    { timeout: 180_000 },
    () => {
      fc.assert(
        fc.property(fc.array(manifestFile, { minLength: 1, maxLength: 3 }), (files) => {
          const named = files.map((f, i) => ({
            file: f.file.replace("agents/", `agents/${i}-`),
            text: f.text,
          }));
          for (const [name, out] of outputs(named)) {
            const problem = formatProblem(name, out);
            if (problem) throw new Error(problem);
          }
        }),
        { numRuns: 150 },
      );
    },
  );

  it("gives the same report, byte for byte in every format, for the same input", () => {
    fc.assert(
      fc.property(manifestFile, (file) => {
        const first = outputs([file]);
        const second = outputs([{ ...file }]);
        for (const name of FORMATS) expect(second.get(name)).toBe(first.get(name));
      }),
      { numRuns: 50 },
    );
  });

  it("gives the same report lean (agents released as they are checked) as in full", () => {
    fc.assert(
      fc.property(fc.array(manifestFile, { minLength: 1, maxLength: 4 }), (files) => {
        const named = files.map((f, i) => ({
          file: f.file.replace("agents/", `agents/${i}-`),
          text: f.text,
        }));
        const full = checkAgents(loadTexts(named), { failOn: "high", now: NOW });
        const loaded = loadTexts(named);
        const lean = checkAgents(loaded, { failOn: "high", now: NOW, lean: true });
        expect(lean.report).toEqual(full.report);
        expect(lean.agentFiles).toEqual(full.agentFiles);
        expect(lean.agents).toEqual([]);
        expect(loaded.agents).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it("never throws on damaged manifests, and reports each unreadable one with a position", () => {
    fc.assert(
      fc.property(damagedFile, (file) => {
        const loaded = loadTexts([file]);
        for (const e of loaded.errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.column).toBeGreaterThanOrEqual(1);
          expect(e.message).not.toMatch(/[\r\n]/);
        }
        const { report } = checkAgents(loaded, { failOn: "high", now: NOW });
        expect(report.summary.agents).toBe(loaded.agents.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe("random bytes and strings", () => {
  it("never make parseSource throw, as YAML or as JSON", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ maxLength: 200 })),
        fc.constantFrom("x.agent.yaml", "x.agent.json"),
        (text, file) => {
          const r = parseSource(file, text);
          for (const e of r.errors) expect(e.line).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never make reading and checking a file throw", async () => {
    const dir = mkdtempSync(join(tmpdir(), "agentpolicy-bytes-"));
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const absPath = join(dir, "x.agent.yaml");
        writeFileSync(absPath, bytes);
        const read = await readSource({ file: "x.agent.yaml", absPath }, { maxFileSize: 1024 * 1024 });
        if ("error" in read) {
          expect(read.error.line).toBeGreaterThanOrEqual(1);
          return;
        }
        const { report } = checkAgents(loadTexts([{ file: "x.agent.yaml", text: read.text }]), {
          failOn: "high",
          now: NOW,
        });
        expect(report.schemaVersion).toBe(1);
      }),
      { numRuns: 100 },
    );
  });
});
