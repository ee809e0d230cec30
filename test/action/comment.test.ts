import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildComment, COMMENT_LIMIT, hasNews, MARKER } from "../../src/action/comment.js";
import type { Finding, Report } from "../../src/report/model.js";
import { parseMarkdown, tables, walk, type MdNode } from "../format/render.js";
import { cleanReport, HOSTILE, RULES, sampleReport, withUndeclaredCode } from "../format/sample.js";

const OPTS = {
  repoUrl: "https://github.com/acme/agents",
  headSha: "abcdef0123456789abcdef0123456789abcdef01",
  prefix: "",
  summaryUrl: "https://github.com/acme/agents/actions/runs/1",
};

/** The sample report with access changes carrying hostile values, as diffAgents would produce them. */
function hostileReport(): Report {
  const report = sampleReport();
  report.changes = [
    ...report.changes!,
    {
      agent: `${HOSTILE.mention} ${HOSTILE.marker}`,
      file: "agents/evil.agent.yaml",
      change: "added",
      details: [
        { kind: "agent-added", path: "", after: "privileged", escalation: true },
        {
          kind: "permission-added",
          path: "/permissions/0",
          after: `deploy on ${HOSTILE.script}`,
          escalation: true,
          ...{
            subject: `deploy on ${HOSTILE.details} ${HOSTILE.backticks} ${HOSTILE.team} [x](https://evil.example)`,
          },
        },
      ],
    },
  ];
  return report;
}

/** The only HTML the comment writes itself (plus the marker). */
const OWN_HTML = new Set(["<details>", "</details>", "<summary>", "</summary>", "<sub>", "</sub>", MARKER]);

describe("the PR comment body", () => {
  const body = buildComment({ report: hostileReport(), rules: RULES }, OPTS);

  it("starts with the marker and a one-line verdict, then counts new vs existing by severity", () => {
    const lines = body.split("\n");
    expect(lines[0]).toBe(MARKER);
    expect(lines[1]).toMatch(
      /^### ❌ agentpolicy failed: 2 findings at high or above · 2 new · 1 fixed · ⚠️ 5 access escalations$/,
    );
    const counts = tables(body)[0]!;
    expect(counts[0]).toEqual(["Severity", "New", "Existing"]);
    expect(counts.slice(2).map((r) => r.slice(1))).toEqual([
      ["1", "0"],
      ["0", "1"],
      ["0", "0"],
      ["1", "0"],
      ["0", "1"],
    ]);
  });

  it("puts new findings first with links at the head SHA, existing ones collapsed", () => {
    const fresh = body.indexOf("#### New findings (2)");
    const existing = body.indexOf(
      "<summary>Existing findings (2), present before this pull request</summary>",
    );
    expect(fresh).toBeGreaterThan(0);
    expect(existing).toBeGreaterThan(fresh);
    expect(body.lastIndexOf("<details>", existing)).toBeGreaterThan(fresh);
    expect(body).toContain(
      "[agents/finance.agent.yaml:12](https://github.com/acme/agents/blob/abcdef0123456789abcdef0123456789abcdef01/agents/finance.agent.yaml#L12)",
    );
    // a "|" in a file name is encoded in the URL and escaped in the text
    expect(body).toContain("[agents/hostile\\|name.agent.yaml:5](https://github.com/acme/agents/blob/");
    expect(body).toContain("/agents/hostile%7Cname.agent.yaml#L5)");
    expect(body).toContain("<summary>Fixed by this pull request (1)</summary>");
    expect(body).toContain("#### 1 file could not be checked");
  });

  it("says each access change in words and names failing controls per framework", () => {
    expect(body).toContain("#### Access changes");
    expect(body).toMatch(
      /\*\*release-bot\*\*: ⚠️ adds permission added; ⚠️ credential ttl changed 10m → 30d; ⚠️ /,
    );
    expect(body).toContain("(new agent with privileged access)");
    const coverage = tables(body).at(-1)!;
    expect(coverage[0]).toEqual(["Framework", "Pass", "Fail", "Other", "Failing controls"]);
    expect(coverage[2]).toEqual([
      "EU AI Act (Regulation (EU) 2024/1689)",
      "0",
      "2",
      "2",
      "Art. 14(1), Art. 15(1)",
    ]);
  });

  it("renders every manifest-derived value as inert text", async () => {
    expect(body.indexOf(MARKER)).toBe(0);
    expect(body.indexOf(MARKER, 1)).toBe(-1);
    expect(body).not.toContain("<script>");
    expect(body).not.toMatch(/@(?!&#8203;)[\w-]/);
    expect(body).not.toMatch(/(?<!\\)`/);
    for (const tag of body.match(/<[^>]*>/g) ?? []) expect(OWN_HTML).toContain(tag);
    const ast = await parseMarkdown(body);
    const links: string[] = [];
    const text: string[] = [];
    walk(ast, (n: MdNode) => {
      if (n.type === "link" && n.url) links.push(n.url);
      if (n.type === "text" && n.value) text.push(n.value);
      expect(["inlineCode", "code", "image", "blockquote"]).not.toContain(n.type);
    });
    for (const url of links) {
      expect(
        url.startsWith("https://github.com/acme/agents/") ||
          url.startsWith("https://github.com/agentpolicy/agentpolicy/blob/main/docs/rules.md#"),
      ).toBe(true);
    }
    const all = text.join("\n");
    expect(all).toContain(HOSTILE.script);
    expect(all).toContain(HOSTILE.details);
    expect(all).toContain("[x](https\u200B://evil.example)");
  });

  it("says when nothing changed, and uses one count column without a base", () => {
    const clean = cleanReport();
    clean.base = { ref: "main", sha: "1".repeat(40) };
    clean.changes = [];
    clean.summary = { ...clean.summary, new: 0, fixed: 0, unchanged: 0 };
    const quiet = buildComment({ report: clean, rules: RULES }, OPTS);
    expect(quiet.split("\n")[1]).toBe("### ✅ agentpolicy passed (fail-on: high) · 0 new");
    expect(quiet).toContain("No agent's access changes in this pull request.");
    const noBase = buildComment({ report: cleanReport(), rules: RULES }, OPTS);
    expect(tables(noBase)[0]![0]).toEqual(["Severity", "Open"]);
    expect(noBase).not.toContain("Access changes");
  });
});

function bigReport(n: number): Report {
  const report = sampleReport();
  const template = report.findings[0]!;
  const findings: Finding[] = [];
  for (let i = 0; i < n; i++) {
    findings.push({
      ...template,
      message: `finding ${i} ${"x".repeat(200)}`,
      agent: `agent-${i}`,
      fingerprint: `fp-${i}`,
      line: i + 1,
      new: i % 2 === 0,
      severity: (["critical", "high", "medium", "low", "info"] as const)[i % 5]!,
    });
  }
  report.findings = findings;
  report.changes = Array.from({ length: n }, (_, i) => ({
    agent: `agent-${i}`,
    file: `agents/a${i}.agent.yaml`,
    change: "modified" as const,
    details: [
      { kind: "permission-added", path: "/permissions/0", after: `write on db://${i}`, escalation: true },
    ],
  }));
  return report;
}

describe("the comment size limit", () => {
  it("collapses, then shortens, then cuts, always within the limit", () => {
    const full = buildComment({ report: bigReport(40), rules: RULES }, { ...OPTS, limit: 1_000_000 });
    expect(full).toContain("<summary>Existing findings");

    const collapsed = buildComment(
      { report: bigReport(40), rules: RULES },
      { ...OPTS, limit: full.length - 1 },
    );
    expect(collapsed.length).toBeLessThan(full.length);
    expect(collapsed).not.toContain("<details>");
    expect(collapsed).toMatch(
      /\d+ existing findings \(present before this pull request\): see the \[job summary\]/,
    );

    const shortened = buildComment({ report: bigReport(400), rules: RULES }, OPTS);
    expect(shortened.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(shortened).toMatch(
      /… and \d+ more findings: see the \[job summary\]\(https:\/\/github\.com\/acme\/agents\/actions\/runs\/1\)/,
    );
    // the most severe new findings are the ones kept
    const rows = tables(shortened).find((t) => t[0]![0] === "Severity" && t[0]!.length === 5)!;
    expect(rows[2]![0]).toBe("🔴 critical");

    const tiny = buildComment({ report: bigReport(400), rules: RULES }, { ...OPTS, limit: 600 });
    expect(tiny.length).toBeLessThanOrEqual(600);
    expect(tiny.startsWith(MARKER)).toBe(true);
    expect(tiny).toContain("… truncated: the full report is in the [job summary]");
  });

  it("holds for any limit and any report size", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 400, max: 30_000 }), (n, limit) => {
        const text = buildComment({ report: bigReport(n), rules: RULES }, { ...OPTS, limit });
        expect(text.length).toBeLessThanOrEqual(limit);
        expect(text.startsWith(MARKER)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("hasNews (on-change)", () => {
  it("without a base: any open finding; with a base: new findings, fixed ones or access changes", () => {
    const clean = cleanReport();
    expect(hasNews(clean)).toBe(false);
    expect(hasNews(sampleReport())).toBe(true);
    const unchanged = sampleReport();
    unchanged.findings = unchanged.findings.map((f) => ({ ...f, new: false }));
    unchanged.changes = [];
    unchanged.fixed = [];
    unchanged.errors = [];
    expect(hasNews(unchanged)).toBe(false);
    expect(hasNews({ ...unchanged, changes: sampleReport().changes })).toBe(true);
  });
});

describe("New undeclared agent code", () => {
  it("lists each new undeclared project at its dependency line, with what it uses and the code: glob that declares it", () => {
    const body = buildComment({ report: withUndeclaredCode(), rules: RULES }, OPTS);
    const at = body.indexOf("#### New undeclared agent code (1)");
    expect(at).toBeGreaterThan(0);
    expect(body.indexOf("#### New findings")).toBeGreaterThan(at);
    const section = body.slice(at, body.indexOf("#### New findings"));
    expect(section).toContain(
      "- **services/triage** adds crewai (agent framework), at [services/triage/pyproject.toml:3](https://github.com/acme/agents/blob/abcdef0123456789abcdef0123456789abcdef01/services/triage/pyproject.toml#L3) (AP-SHADOW-001, medium).",
    );
    expect(section).toContain("Fix: add **code: \\[&quot;services/triage/\\*\\*&quot;\\]** to the manifest");
    // declared code and undeclared code the base already had are not listed
    expect(section).not.toContain("services/declared");
    expect(section).not.toContain("services/old");
  });

  it("lists code whose declaration the change removed, and nothing without a base", () => {
    const report = withUndeclaredCode();
    report.components![2]!.signals[0]!.new = false;
    report.findings.find((f) => f.agent === "services/old")!.new = true;
    const body = buildComment({ report, rules: RULES }, OPTS);
    expect(body).toContain("#### New undeclared agent code (2)");
    expect(body).toContain(
      "- **services/old** is no longer declared; it uses langgraph (agent framework), at [services/old/requirements.txt:1]",
    );
    const noBase = withUndeclaredCode();
    delete noBase.base;
    expect(buildComment({ report: noBase, rules: RULES }, OPTS)).not.toContain("New undeclared agent code");
  });

  it("renders hostile project and package names as inert text", async () => {
    const body = buildComment(
      {
        report: withUndeclaredCode(
          `svc/${HOSTILE.details}${HOSTILE.mention}`,
          `${HOSTILE.backticks}${HOSTILE.script}`,
        ),
        rules: RULES,
      },
      OPTS,
    );
    expect(body).toContain("#### New undeclared agent code (1)");
    expect(body).not.toContain("<script>");
    expect(body).not.toMatch(/@(?!&#8203;)[\w-]/);
    expect(body).not.toMatch(/(?<!\\)`/);
    for (const tag of body.match(/<[^>]*>/g) ?? []) expect(OWN_HTML).toContain(tag);
    const ast = await parseMarkdown(body);
    const text: string[] = [];
    walk(ast, (n: MdNode) => {
      if (n.type === "text" && n.value) text.push(n.value);
      expect(["inlineCode", "code"]).not.toContain(n.type);
    });
    expect(text.join("\n")).toContain(`${HOSTILE.backticks}${HOSTILE.script} (agent framework)`);
  });

  it("shortens the list within the size limit", () => {
    const report = withUndeclaredCode();
    const template = report.components![0]!;
    report.components = Array.from({ length: 300 }, (_, i) => ({
      ...template,
      path: `svc/p${i}`,
      name: `svc/p${i}`,
      signals: template.signals.map((s) => ({ ...s, file: `svc/p${i}/pyproject.toml` })),
    }));
    report.findings.push(
      ...report.components.map((c) => ({
        ...report.findings.at(-2)!,
        agent: c.path,
        file: `${c.path}/pyproject.toml`,
        fingerprint: `fp-${c.path}`,
      })),
    );
    const body = buildComment({ report, rules: RULES }, { ...OPTS, limit: 20_000 });
    expect(body.length).toBeLessThanOrEqual(20_000);
    expect(body).toContain("#### New undeclared agent code (300)");
    expect(body).toMatch(/- … and \d+ more: see the \[job summary\]/);
  });
});

describe("hasNews and undeclared code", () => {
  it("an AI dependency added to a project that was already undeclared is news", () => {
    const report = withUndeclaredCode();
    report.findings = report.findings.map((f) => ({ ...f, new: false }));
    report.changes = [];
    report.fixed = [];
    report.policyChanges = [];
    report.errors = [];
    expect(hasNews(report)).toBe(true);
    report.components![0]!.signals[0]!.new = false;
    expect(hasNews(report)).toBe(false);
  });
});
