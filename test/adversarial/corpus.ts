// The adversarial corpus: hostile manifests, each with what agentpolicy must make of it. Small cases are
// committed byte for byte under cases/ (<name>.<ext> beside <name>.expect.json); the large ones (a 50 MB
// file, 100,000-item lists, 1 MB strings, 20,000-deep nesting, an alias bomb) and the ones a checkout
// cannot carry (a file named like a workflow command, a symlink out of the tree, a FIFO) are generated
// here at test time, so the repository stays small.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), "cases");

/** What a hostile file must become. Messages are regular expressions; positions are 1-based. */
export interface Expectation {
  about: string;
  /** error: an entry in the report's errors; findings: checked with findings; skipped: silently not ours. */
  outcome: "error" | "findings" | "skipped";
  /** Each must match an error of this file (in any order). */
  errors?: { line?: number; column?: number; message?: string }[];
  /** Agents read from this file (default: 0 for error and skipped, 1 for findings). */
  agents?: number;
  /** Each must match a finding of this file. */
  findings?: { ruleId: string; path?: string; line?: number; column?: number }[];
  /** Per output format ("*" = every format): strings that must not appear in it. */
  absent?: Record<string, string[]>;
}

export interface CorpusCase {
  name: string;
  /** Path inside the workspace ('/' separators): what the report calls the file. */
  file: string;
  content?: string | Buffer;
  /** Create a symlink to this absolute path instead of a file. */
  symlinkTo?: string;
  /** Create a FIFO instead of a file. */
  fifo?: boolean;
  expect: Expectation;
}

const HEAD = "apiVersion: agentpolicy.dev/v1\nkind: Agent\n";

/** A compliant agent with exactly one low finding, placed beside the hostile files: it must still be checked. */
export const NEIGHBOUR = {
  file: "agents/good-neighbour.agent.yaml",
  name: "good-neighbour",
  finding: { ruleId: "AP-PERM-003", path: "/permissions/0/resource", line: 25 },
  text: `${HEAD}metadata:
  name: good-neighbour
  description: Answers staff questions from the internal handbook
  owner: team:developer-experience
  sponsor: sam.okafor@example.com
  environment: production
  review_by: 2027-09-30
identity:
  id: https://login.microsoftonline.com/example.onmicrosoft.com/apps/good-neighbour
  provider: entra
  principal: 7d3e2a90-41b8-4c52-a1f0-6b2d9e3c4f15
risk:
  eu_ai_act: minimal
  role: deployer
  data_classes: [internal]
  autonomy: supervised
  purpose: Retrieve and summarise handbook pages for employees
model:
  provider: openai
  name: gpt-5-mini
  version: "2026-08-15"
permissions:
  - resource: https://wiki.example.com/handbook/*
    actions: [read]
    category: external-api
    justification: Searches and reads handbook pages
credentials:
  - name: wiki-reader
    type: managed-identity
    ttl: 1h
    audience: https://wiki.example.com
audit:
  enabled: true
  sink: datadog
  immutable: true
  retention: 90d
  events: [tool_call, authentication, data_access, credential_use]
monitoring:
  siem: datadog
  baseline: true
  alerts: [volume_anomaly]
oversight:
  kill_switch: true
  incident_contact: secops@example.com
transparency:
  discloses_ai: true
`,
};

/** The committed cases, in name order. */
export function committedCases(): CorpusCase[] {
  const names = readdirSync(CASES_DIR).filter((f) => !f.endsWith(".expect.json"));
  return names.sort().map((file) => {
    const stem = file.replace(/\.agent\.(ya?ml|json)$/, "");
    const expect = JSON.parse(readFileSync(join(CASES_DIR, `${stem}.expect.json`), "utf8")) as Expectation;
    return { name: file, file: `agents/${file}`, content: readFileSync(join(CASES_DIR, file)), expect };
  });
}

const MIB = 1024 * 1024;

/** An alias bomb: nine levels of ten aliases each would expand to a billion strings. */
export function aliasBomb(): string {
  const levels = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let i = 1; i <= 9; i++)
    levels.push(
      `l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(", ")}]`,
    );
  return `${HEAD}metadata:\n  name: bomb\n${levels.join("\n")}\n`;
}

/** The cases built at test time: large, or impossible to commit. */
export function generatedCases(): CorpusCase[] {
  const deep = 20_000;
  const cases: CorpusCase[] = [
    {
      name: "alias-bomb",
      file: "agents/alias-bomb.agent.yaml",
      content: aliasBomb(),
      expect: {
        about: "billion laughs: aliases that expand exponentially",
        outcome: "error",
        errors: [{ message: "more than 100000 values" }],
      },
    },
    {
      name: "deep-flow-yaml",
      file: "agents/deep-flow.agent.yaml",
      content: `${HEAD}metadata:\n  name: deep\nx: ${"[".repeat(deep)}${"]".repeat(deep)}\n`,
      expect: { about: "20,000 nested flow lists", outcome: "error", errors: [{ message: "nested" }] },
    },
    {
      name: "deep-flow-map-yaml",
      file: "agents/deep-map.agent.yaml",
      content: `${HEAD}x: ${"{a: ".repeat(deep)}1${"}".repeat(deep)}\n`,
      expect: { about: "20,000 nested flow mappings", outcome: "error", errors: [{ message: "nested" }] },
    },
    {
      name: "deep-block-yaml",
      file: "agents/deep-block.agent.yaml",
      content: `${HEAD}x:\n  ${"- ".repeat(deep)}leaf\n`,
      expect: {
        about: "20,000 nested block lists on one line",
        outcome: "error",
        errors: [{ message: "nested" }],
      },
    },
    {
      name: "deep-json",
      file: "agents/deep.agent.json",
      content: `{"apiVersion":"agentpolicy.dev/v1","kind":"Agent","x":${"[".repeat(deep)}${"]".repeat(deep)}}`,
      expect: {
        about: "20,000 nested JSON arrays",
        outcome: "error",
        errors: [{ line: 1, message: "nested deeper than 128" }],
      },
    },
    {
      name: "huge-50mb",
      file: "agents/huge.agent.yaml",
      content: Buffer.concat([
        Buffer.from(`${HEAD}metadata:\n  name: huge\n# `),
        Buffer.alloc(50 * MIB, "x"),
      ]),
      expect: {
        about: "a 50 MB file",
        outcome: "error",
        errors: [{ line: 1, message: "over the size limit of 1048576 bytes" }],
      },
    },
    {
      name: "list-100k-flow",
      file: "agents/list-flow.agent.yaml",
      content: `${HEAD}metadata:\n  name: long-list\n  labels: {}\ntools: [${Array(100_000).fill("t").join(", ")}]\n`,
      expect: {
        about: "a 100,000-item flow list",
        outcome: "error",
        errors: [{ message: "more than 200000 values" }],
      },
    },
    {
      name: "list-100k-block",
      file: "agents/list-block.agent.yaml",
      content: `${HEAD}metadata:\n  name: long-block-list\npermissions:\n${"  - read\n".repeat(100_000)}`,
      expect: {
        about: "a 100,000-item block list",
        outcome: "error",
        errors: [{ message: "more than 200000 values" }],
      },
    },
    {
      name: "list-100k-json",
      file: "agents/list.agent.json",
      content: JSON.stringify({
        apiVersion: "agentpolicy.dev/v1",
        kind: "Agent",
        tools: Array(100_000).fill(1),
      }),
      expect: {
        about: "a 100,000-item JSON array",
        outcome: "error",
        errors: [{ message: "more than 200000 values" }],
      },
    },
    {
      name: "list-30k-findings",
      file: "agents/list-findings.agent.yaml",
      content: `${HEAD}metadata:\n  name: many-findings\n  owner: team:platform\ntools: [${Array(30_000).fill("7").join(", ")}]\n`,
      expect: {
        about: "30,000 malformed list items: read, but their findings are capped per check",
        outcome: "findings",
        findings: [
          { ruleId: "AP-SCHEMA-001", path: "/tools/0" },
          { ruleId: "AP-SCHEMA-001", path: "" },
        ],
      },
    },
    {
      name: "many-documents",
      file: "agents/many-documents.agent.yaml",
      content: "---\n".repeat(250_000),
      expect: {
        about: "250,000 empty YAML documents",
        outcome: "error",
        errors: [{ message: "more than 200000" }],
      },
    },
    {
      name: "string-1mb",
      file: "agents/string-1mb.agent.yaml",
      content: `${HEAD}metadata:\n  name: long-string\n  owner: team:platform\n  description: "${"A".repeat(1_000_000)}"\n`,
      expect: {
        about: "a 1,000,000-character description",
        outcome: "findings",
        findings: [{ ruleId: "AP-AUDIT-001" }],
        absent: { "*": ["A".repeat(1000)] },
      },
    },
    {
      name: "string-1mb-backtracking",
      file: "agents/string-backtracking.agent.yaml",
      content: `${HEAD}metadata:\n  name: backtracking\n  owner: team:platform\n  sponsor: "a@${".".repeat(300_000)}@"\ncredentials:\n  - name: c\n    type: api-key\n    ttl: "1s${" ".repeat(600_000)}x"\n`,
      expect: {
        about: "strings that make backtracking regexes quadratic (a duration, an email)",
        outcome: "findings",
        findings: [{ ruleId: "AP-SCHEMA-003", path: "/credentials/0/ttl", line: 10 }],
        // messages quote at most a short piece; the JSON report's agent summaries keep values whole
        absent: Object.fromEntries(
          ["text", "markdown", "github", "sarif"].map((f) => [f, [" ".repeat(1000), ".".repeat(1000)]]),
        ),
      },
    },
    {
      name: "key-100k-yaml",
      file: "agents/long-key.agent.yaml",
      content: `${HEAD}metadata:\n  name: long-key\n  owner: team:platform\n  labels:\n    ${"k".repeat(100_000)}: v\n`,
      expect: {
        about: "a 100,000-character implicit YAML key (YAML allows 1024)",
        outcome: "error",
        errors: [{ line: 7, message: "1024" }],
      },
    },
    {
      name: "key-100k-json",
      file: "agents/long-key.agent.json",
      content: JSON.stringify({
        apiVersion: "agentpolicy.dev/v1",
        kind: "Agent",
        metadata: { name: "long-key-json", owner: "team:platform" },
        ["k".repeat(100_000)]: "unknown field with a long name",
      }),
      expect: {
        about: "a 100,000-character JSON key: an unknown field, named by its length",
        outcome: "findings",
        findings: [{ ruleId: "AP-SCHEMA-002", line: 1 }],
        absent: Object.fromEntries(["text", "markdown", "github"].map((f) => [f, ["k".repeat(1000)]])),
      },
    },
    {
      name: "command-file-name",
      file: "::error::injected-file-name.agent.yaml",
      content: `${HEAD}metadata:\n  name: named-file\n  owner: team:platform\n`,
      expect: {
        about: "a file whose name is a workflow command",
        outcome: "findings",
        findings: [{ ruleId: "AP-AUDIT-001", line: 1 }],
      },
    },
  ];
  const outside = join(mkdtempSync(join(tmpdir(), "agentpolicy-outside-")), "secret.agent.yaml");
  writeFileSync(outside, `${HEAD}metadata:\n  name: outside-the-tree\n`);
  cases.push({
    name: "symlink-outside",
    file: "agents/outside.agent.yaml",
    symlinkTo: outside,
    expect: {
      about: "a symlink to a manifest outside the scan root: not followed (named explicitly, it is an error)",
      outcome: "skipped",
    },
  });
  if (process.platform !== "win32") {
    cases.push({
      name: "fifo",
      file: "agents/pipe.agent.yaml",
      fifo: true,
      expect: {
        about: "a named pipe, which would block a reader forever: never opened",
        outcome: "skipped",
      },
    });
  }
  return cases;
}

/** A temporary workspace holding the cases (and the good neighbour unless told otherwise). */
export function workspace(cases: readonly CorpusCase[], opts: { neighbour?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), "agentpolicy-adversarial-"));
  const files = opts.neighbour === false ? [] : [{ file: NEIGHBOUR.file, content: NEIGHBOUR.text }];
  for (const c of cases) {
    const abs = join(root, c.file);
    mkdirSync(dirname(abs), { recursive: true });
    if (c.symlinkTo !== undefined) symlinkSync(c.symlinkTo, abs);
    else if (c.fifo) execFileSync("mkfifo", [abs]);
  }
  for (const f of [...files, ...cases.filter((c) => c.content !== undefined)]) {
    const abs = join(root, f.file);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, f.content!);
  }
  return root;
}
