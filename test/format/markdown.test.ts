import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatMarkdown } from "../../src/format/markdown.js";
import type { Report } from "../../src/report/model.js";
import { cells, parseMarkdown, tables, walk, type MdNode } from "./render.js";
import { cleanReport, HOSTILE, RULES, sampleReport, withUndeclaredCode } from "./sample.js";

const out = () => formatMarkdown({ report: sampleReport(), rules: RULES });

/** The only HTML this formatter writes itself. */
const OWN_HTML = new Set(["<details>", "</details>", "<summary>", "</summary>", "<br>"]);

describe("markdown format", () => {
  it("opens with the verdict and the counts by severity", () => {
    const md = out();
    const lines = md.split("\n");
    expect(lines[0]).toBe("## ❌ agentpolicy: failed");
    expect(md).toContain("**4 problems** (1 critical, 1 high, 1 low, 1 info) in 4 files (3 agents)");
    expect(md).toContain("failed: 2 findings at high or above");
    expect(md).toContain("Compared with origin/main (0123456789ab): 2 new, 1 fixed, 2 unchanged.");
    const counts = tables(md)[0]!;
    expect(counts[0]).toEqual([
      "Critical",
      "High",
      "Medium",
      "Low",
      "Info",
      "Waived",
      "File errors",
      "Fail-on",
    ]);
    expect(counts[2]).toEqual(["1", "1", "0", "1", "1", "1", "1", "high"]);
  });

  it("says passed for a clean run", () => {
    const md = formatMarkdown({ report: cleanReport(), rules: RULES });
    expect(md.startsWith("## ✅ agentpolicy: passed\n")).toBe(true);
    expect(md).toContain("No problems in 2 files (2 agents); passed (fail-on: high).");
    expect(md).not.toContain("### Findings");
  });

  it("lists open findings in a table, marks new ones and links the check", () => {
    const md = out();
    const findings = tables(md)[1]!;
    expect(findings[0]).toEqual(["Severity", "Agent", "File", "Check", "Message"]);
    expect(findings).toHaveLength(2 + 4); // header, delimiter, four open findings
    expect(findings[2]).toEqual([
      "🔴 critical 🆕 **new**",
      "invoice-reconciler",
      "agents/finance.agent.yaml:12",
      "[AP-CRED-001](https://github.com/agentpolicy/agentpolicy/blob/main/docs/rules.md#ap-cred-001)",
      "inline secret in credential 'ledger' (value redacted)",
    ]);
    expect(findings[3]![0]).toBe("🟠 high");
  });

  it("keeps waived findings apart with their reason, and lists file errors", () => {
    const md = out();
    const waived = md.slice(md.indexOf("<summary>Waived findings (1)</summary>"), md.indexOf("</details>"));
    expect(waived).toContain("audit logging is disabled");
    expect(waived).toContain(
      "migrating to the new log pipeline @&#8203;octocat &lt;/details&gt;&lt;details open&gt;",
    );
    expect(md.slice(0, md.indexOf("<details>"))).not.toContain("audit logging is disabled");
    expect(md).toContain("### Files that could not be checked");
    expect(md).toContain(
      "| agents/broken.agent.yaml:4:9 | unexpected end of flow sequence ::warning::injected &lt;!-- agentpolicy --&gt; |",
    );
  });

  it("shows coverage per framework with failing controls", () => {
    const md = out();
    expect(md).toContain("#### EU AI Act (Regulation (EU) 2024/1689) (2024)");
    expect(md).toContain(
      "<summary>0 pass, 2 fail, 0 partial, 1 waived, 0 attested, 1 manual, 0 not evaluated, 0 n/a (2 failing controls)</summary>",
    );
    expect(md).toContain("| Art. 15(1) | Accuracy, robustness and cybersecurity | ❌ fail | | 2 |");
    expect(md).toContain("| MANAGE 4.1 | Post-deployment monitoring | ✅ pass | | 0 |");
  });

  it("shows changes against the base, escalations flagged", () => {
    const md = out();
    expect(md).toContain("### Changes since the base");
    expect(md).toContain("⚠️ credential-ttl-changed /credentials/1/ttl from 10m to 30d");
  });

  it("escapes every hostile value so it renders as inert text", () => {
    const md = out();
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("</details><details open>");
    expect(md).not.toContain("<!--");
    expect(md).not.toMatch(/@(?!&#8203;)[\w-]/); // every @ is followed by the zero-width space
    expect(md).toContain("@&#8203;octocat");
    expect(md).toContain("@&#8203;org/team");
    expect(md).not.toMatch(/(?<!\\)`/); // no unescaped backtick: no code span or fence from data
    expect(md).not.toContain("\u001b");
    // every tag left in the raw text is one of ours
    for (const tag of md.match(/<[^>]*>/g) ?? []) expect(OWN_HTML).toContain(tag);
    // no line from data: headings are ours, nothing starts a list or a quote
    for (const line of md.split("\n")) {
      expect(line).not.toMatch(/^\s*([-+*]|\d+[.)])\s/);
      if (line.startsWith("#"))
        expect(line).toMatch(/^#{2,4} (✅|❌|Findings|Files|Changes|Compliance|EU AI|NIST)/);
    }
  });

  it("links a check only to a plain https URL", () => {
    const rules = RULES.map((r) => (r.id === "AP-CRED-002" ? { ...r, helpUri: "https://x.example/a|b" } : r));
    const md = formatMarkdown({ report: sampleReport(), rules });
    expect(md).toContain("| AP-CRED-002 |");
    expect(md).not.toContain("x.example");
  });

  it("keeps the column count of every table row", () => {
    for (const table of tables(out())) {
      const width = table[0]!.length;
      for (const row of table) expect(row).toHaveLength(width);
    }
    expect(cells("| a \\| b | c |")).toEqual(["a \\| b", "c"]);
  });

  it("renders hostile values as plain text in a CommonMark + GFM parser", async () => {
    const ast = await parseMarkdown(out());
    const text: string[] = [];
    const html: string[] = [];
    const links: string[] = [];
    let inlineCode = 0;
    walk(ast, (n: MdNode) => {
      if (n.type === "text" && n.value) text.push(n.value);
      if (n.type === "html" && n.value) html.push(n.value);
      if (n.type === "link" && n.url) links.push(n.url);
      if (n.type === "inlineCode" || n.type === "code" || n.type === "emphasis") inlineCode++;
    });
    const all = text.join("\n");
    expect(all).toContain(HOSTILE.script);
    expect(all).toContain(HOSTILE.details);
    expect(all).toContain(HOSTILE.marker);
    expect(all).toContain(HOSTILE.pipe);
    expect(all).toContain(HOSTILE.backticks);
    expect(all).toContain("@\u200Boctocat");
    expect(all).not.toMatch(/@octocat|@org/);
    expect(all).toContain("* _not_ emphasis_ [link](https\u200B://evil.example) # not a heading $x$");
    expect(inlineCode).toBe(0);
    expect(
      links.every((u) => u.startsWith("https://github.com/agentpolicy/agentpolicy/blob/main/docs/rules.md#")),
    ).toBe(true);
    expect(
      html.every((h) => h.split("\n").every((l) => OWN_HTML.has(l) || /^<summary>[^<]*<\/summary>$/.test(l))),
    ).toBe(true);
    const rows: MdNode[] = [];
    walk(ast, (n) => void (n.type === "tableRow" && rows.push(n)));
    expect(rows.length).toBeGreaterThan(10);
  });

  it("stays well-formed for arbitrary agent names and messages", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        fc.string({ unit: "binary" }),
        fc.string(),
        (agent, message, file) => {
          const report: Report = sampleReport();
          report.findings = report.findings.map((f) => ({ ...f, agent, message, file: file || "x" }));
          report.errors = report.errors.map((e) => ({ ...e, message }));
          const md = formatMarkdown({ report, rules: RULES });
          expect(md).not.toContain("<!-- agentpolicy -->");
          for (const tag of md.match(/<[^>]*>/g) ?? []) expect(OWN_HTML).toContain(tag);
          for (const table of tables(md)) for (const row of table) expect(row).toHaveLength(table[0]!.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("markdown format: new undeclared agent code (the job summary)", () => {
  it("lists each new undeclared project with its dependency line, what it uses and the fix", () => {
    const md = formatMarkdown({ report: withUndeclaredCode(), rules: RULES });
    const at = md.indexOf("### New undeclared agent code (1)");
    expect(at).toBeGreaterThan(md.indexOf("### Findings"));
    expect(md).toContain(
      "- **services/triage** adds crewai (agent framework), at services/triage/pyproject.toml:3 (AP-SHADOW-001, medium).",
    );
    expect(md).toContain("Fix: add **code: \\[&quot;services/triage/\\*\\*&quot;\\]** to the manifest");
    expect(md.slice(at)).not.toContain("- **services/old**");
  });

  it("keeps hostile names inert", async () => {
    const md = formatMarkdown({
      report: withUndeclaredCode(
        `svc/${HOSTILE.details}${HOSTILE.team}`,
        `${HOSTILE.script}${HOSTILE.backticks}`,
      ),
      rules: RULES,
    });
    expect(md).not.toContain("<script>");
    expect(md).not.toMatch(/@(?!&#8203;)[\w-]/);
    for (const tag of md.match(/<[^>]*>/g) ?? []) expect(OWN_HTML).toContain(tag);
    const ast = await parseMarkdown(md);
    const text: string[] = [];
    walk(ast, (n: MdNode) => {
      if (n.type === "text" && n.value) text.push(n.value);
      expect(["inlineCode", "code"]).not.toContain(n.type);
    });
    expect(text.join("\n")).toContain(`svc/${HOSTILE.details}`);
  });
});
