// `agentpolicy check --base REF` with shadow-agent discovery, spawned against a real git repository:
// undeclared code the base already had is "existing", code the change adds is "new", and code the change
// declares or removes is "fixed".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { REPO, runCli } from "../helpers/cli.js";
import { gitRepo } from "../helpers/git-repo.js";

interface Finding {
  ruleId: string;
  file: string;
  line: number;
  agent?: string;
  new?: boolean;
}

interface Report {
  findings: Finding[];
  fixed: Finding[];
  summary: { new: number; fixed: number };
  components: { path: string; signals: { type: string; package: string; new?: boolean }[] }[];
}

const pkg = (deps: Record<string, string>) =>
  `${JSON.stringify({ name: "support-bot", version: "1.0.0", dependencies: deps }, null, 2)}\n`;

const manifest = `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: helpdesk
  description: Answers support tickets
  owner: team:support
code: ["services/helpdesk/**"]
`;

function check(root: string, base: string): Report {
  const r = runCli(["check", "--base", base, "--format", "json", "--fail-on", "never"], { cwd: root });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

const shadow = (fs: Finding[]) =>
  fs
    .filter((f) => f.ruleId.startsWith("AP-SHADOW-"))
    .map((f) => `${f.ruleId} ${f.file}:${f.line}${f.new === undefined ? "" : f.new ? " new" : " existing"}`)
    .sort();

describe("agentpolicy check --base with code discovery (spawned)", () => {
  it("undeclared code that exists at the base is existing; code the change adds is new", () => {
    const repo = gitRepo();
    repo.commit({
      "services/support-bot/package.json": pkg({ "@langchain/langgraph": "^0.2.0" }),
      "services/support-bot/src/index.ts": 'import { StateGraph } from "@langchain/langgraph";\n',
      "services/summariser/requirements.txt": "requests==2.32.3\nopenai==1.54.0\n",
    });
    // the change touches the existing projects (a new line moves the dependency) and adds one
    repo.commit({
      "services/support-bot/package.json": pkg({ express: "^4.21.0", "@langchain/langgraph": "^0.2.0" }),
      "services/triage/pyproject.toml": '[project]\nname = "triage"\ndependencies = ["crewai>=0.80"]\n',
    });
    const report = check(repo.root, "HEAD~1");
    expect(shadow(report.findings)).toEqual([
      "AP-SHADOW-001 services/support-bot/package.json:6 existing",
      "AP-SHADOW-001 services/triage/pyproject.toml:3 new",
      "AP-SHADOW-002 services/summariser/requirements.txt:2 existing",
    ]);
    expect(shadow(report.fixed)).toEqual([]);
    expect(report.summary.new).toBe(report.findings.filter((f) => f.new).length);
    // each discovered signal says whether the base had it
    expect(
      report.components.map(
        (c) => `${c.path}: ${c.signals.map((s) => `${s.type} ${s.package} ${s.new}`).join(", ")}`,
      ),
    ).toEqual([
      "services/summariser: dependency openai false",
      "services/support-bot: dependency @langchain/langgraph false, import @langchain/* false",
      "services/triage: dependency crewai true",
    ]);
    // the job summary (Markdown) names the new undeclared project only
    const md = runCli(["check", "--base", "HEAD~1", "--format", "markdown", "--fail-on", "never"], {
      cwd: repo.root,
    });
    const section = md.stdout.slice(md.stdout.indexOf("### New undeclared agent code (1)"));
    expect(section).toContain(
      "- **services/triage** (triage) adds crewai (agent framework), at services/triage/pyproject.toml:3",
    );
    expect(section).not.toContain("support-bot");
  });

  it("code the change declares or deletes is fixed; code whose declaration the change removes is new", () => {
    const repo = gitRepo();
    repo.commit({
      "services/helpdesk/package.json": pkg({ "@openai/agents": "^0.1.0" }),
      "services/support-bot/package.json": pkg({ "@langchain/langgraph": "^0.2.0" }),
      "services/summariser/requirements.txt": "openai==1.54.0\n",
      "agents/helpdesk.agent.yaml": manifest,
    });
    repo.commit({
      // declared now
      "agents/support-bot.agent.yaml": manifest
        .replace(/helpdesk/g, "support-bot")
        .replace("Answers support tickets", "Routes tickets"),
      // removed
      "services/summariser/requirements.txt": null,
      // no longer declared
      "agents/helpdesk.agent.yaml": null,
    });
    const report = check(repo.root, "HEAD~1");
    expect(shadow(report.findings)).toEqual(["AP-SHADOW-001 services/helpdesk/package.json:5 new"]);
    expect(shadow(report.fixed)).toEqual([
      "AP-SHADOW-001 services/support-bot/package.json:5",
      "AP-SHADOW-002 services/summariser/requirements.txt:1",
    ]);
  });

  it("reads the base from the commit, not the working tree, and honours the skipped folders there", () => {
    const repo = gitRepo();
    repo.commit({
      "app/requirements.txt": "anthropic==0.40.0\n",
      // committed by mistake: the walk never enters node_modules, nor does the base listing
      "node_modules/some-lib/package.json": pkg({ "@langchain/core": "^0.3.0" }),
    });
    repo.commit({ "app/requirements.txt": "anthropic==0.40.0\nlanggraph==0.2.50\n" });
    const report = check(repo.root, "HEAD~1");
    // the project's rule changed (bare SDK → agent framework): a new finding, the old one fixed
    expect(shadow(report.findings)).toEqual(["AP-SHADOW-001 app/requirements.txt:2 new"]);
    expect(shadow(report.fixed)).toEqual(["AP-SHADOW-002 app/requirements.txt:1"]);
  });

  it("the JSON report's components[] is exactly what schema/report.schema.json describes", () => {
    const repo = gitRepo();
    repo.commit({
      "package.json": JSON.stringify({ name: "mono", private: true, workspaces: ["services/*"] }),
      "services/support-bot/package.json": pkg({ "@langchain/langgraph": "^0.2.0" }),
    });
    repo.commit({
      "services/support-bot/package.json": JSON.stringify(
        {
          name: "support-bot",
          dependencies: { "@langchain/langgraph": "^0.2.0" },
          devDependencies: { openai: "4" },
        },
        null,
        2,
      ),
      "services/support-bot/src/index.ts": 'import OpenAI from "openai";\n',
      "agents/bot.agent.yaml": manifest.replace("services/helpdesk/**", "services/none/**"),
    });
    const report = check(repo.root, "HEAD~1") as Report & Record<string, unknown>;
    const schema = JSON.parse(readFileSync(join(REPO, "schema", "report.schema.json"), "utf8"));
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    // every field the tool writes is one the schema names (the schema documents the format)
    const rowKeys = Object.keys(schema.$defs.componentRow.properties);
    const signalKeys = Object.keys(schema.$defs.componentSignal.properties);
    const rows = report.components as unknown as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    const seenRow = new Set(rows.flatMap((r) => Object.keys(r)));
    const seenSignal = new Set(
      rows.flatMap((r) => (r.signals as Record<string, unknown>[]).flatMap((x) => Object.keys(x))),
    );
    for (const k of seenRow) expect(rowKeys, k).toContain(k);
    for (const k of seenSignal) expect(signalKeys, k).toContain(k);
    // and this report shows the optional ones
    for (const k of ["workspace"]) expect(seenRow).toContain(k);
    for (const k of ["ecosystem", "version", "scope", "new"]) expect(seenSignal).toContain(k);
  });
});

describe("a pack's discovery catalog under the base policy (spawned)", () => {
  const catalog = `ecosystem: npm
packages:
  - { name: "@acme/agent-kit", kind: agent-framework, vendor: Acme, source: "https://example.com/acme-agent-kit" }
`;
  it("judges the change by the base's catalog entries: deleting an entry hides no agent code", () => {
    const repo = gitRepo();
    repo.commit({
      ".agentpolicy.yml": "packs: [policy/acme]\n",
      "policy/acme/discovery/npm.yaml": catalog,
      "services/helpdesk/package.json": pkg({ express: "^4.21.0" }),
    });
    // the change brings in the internal agent SDK and removes it from the catalog in the same commit
    repo.commit({
      "policy/acme/discovery/npm.yaml": "ecosystem: npm\npackages: []\n",
      "services/helpdesk/package.json": pkg({ express: "^4.21.0", "@acme/agent-kit": "^1.0.0" }),
    });
    const report = check(repo.root, "HEAD~1");
    expect(shadow(report.findings)).toEqual(["AP-SHADOW-001 services/helpdesk/package.json:6 new"]);
    // judged by its own (edited) policy, the change hides the code: the reason the base's policy judges
    const head = runCli(
      [
        "check",
        "--base",
        "HEAD~1",
        "--policy-source",
        "head",
        "--allow-empty",
        "--format",
        "json",
        "--fail-on",
        "never",
      ],
      { cwd: repo.root },
    );
    expect(shadow((JSON.parse(head.stdout) as Report).findings)).toEqual([]);
  });
});
