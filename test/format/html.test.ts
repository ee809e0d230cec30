import { describe, expect, it } from "vitest";
import { formatHtml, HTML_CSP } from "../../src/format/html.js";
import { richText } from "../../src/format/html/sections.js";
import { STATUS_LABEL, STATUS_MEANING } from "../../src/format/html/statuses.js";
import { escapeHtml } from "../../src/format/escape.js";
import type { EvidenceReport } from "../../src/format/evidence.js";
import { cleanReport, HOSTILE, RULES, sampleReport, ROW } from "./sample.js";
import { HANG_GUARD } from "../helpers/hang-guard.js";

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

/** The tags the report is built from; anything else came from data. */
const TAGS = new Set(
  "html head meta title style body header main footer section article h1 h2 h3 p div span strong dl dt dd details summary table thead tbody tr th td ul li a br i pre code".split(
    " ",
  ),
);

const EVIL = `${HOSTILE.script}<img src=x onerror=alert(1)>"'><a href="https://evil.example/">x</a>`;

/** A report with a hostile value in every field a manifest, a file name, git or a rule pack controls. */
function hostileReport(): EvidenceReport {
  const base = sampleReport();
  const fw = base.frameworks[0]!;
  return {
    ...base,
    tool: { name: "agentpolicy", version: EVIL },
    frameworks: [
      {
        ...fw,
        title: EVIL,
        version: EVIL,
        controls: [{ ...fw.controls[0]!, id: EVIL, title: EVIL, checks: [EVIL] }],
      },
    ],
    findings: base.findings.map((f) => ({
      ...f,
      agent: EVIL,
      file: `${EVIL}.agent.yaml`,
      path: EVIL,
      message: EVIL,
      title: EVIL,
      ruleId: EVIL,
      remediation: `${EVIL}\n\`\`\`yaml\n${EVIL}\n\`\`\`\n\`${EVIL}\``,
      controls: [{ framework: EVIL, id: EVIL, title: EVIL }],
      ...(f.waiver ? { waiver: { ...f.waiver, reason: EVIL, approved_by: EVIL, expires: EVIL } } : {}),
    })),
    errors: [{ file: EVIL, line: 1, column: 1, message: EVIL }],
    base: { ref: EVIL, sha: EVIL },
    changes: [
      {
        agent: EVIL,
        file: EVIL,
        change: "modified",
        details: [{ kind: EVIL, path: EVIL, before: EVIL, after: EVIL, escalation: true }],
      },
    ],
    fixed: base.fixed!.map((f) => ({ ...f, agent: EVIL, message: EVIL })),
    agents: [
      {
        ...ROW,
        name: EVIL,
        file: `${EVIL}.agent.yaml`,
        identityId: EVIL,
        identityProvider: EVIL,
        owner: EVIL,
        sponsor: EVIL,
        environment: EVIL,
        riskTier: EVIL,
        labels: { [EVIL]: EVIL },
        accessLevel: "privileged",
        permissions: 2,
        sensitivePermissions: 1,
        ungatedSensitive: 1,
      },
    ],
    run: {
      generatedAt: "2026-11-28T12:00:00Z",
      repository: EVIL,
      commit: EVIL,
      ref: EVIL,
      rulePacks: [{ name: EVIL, version: EVIL }],
    },
  };
}

function tagsOf(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase());
}

function attributes(html: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const tag of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const a of tag[0].matchAll(/\s([a-zA-Z:-]+)=("([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
      out.push({ name: a[1]!.toLowerCase(), value: a[3] ?? a[4] ?? a[5] ?? "" });
    }
  }
  return out;
}

describe("formatHtml", () => {
  it("escapes every value: only the report's own tags and attributes reach the page", () => {
    const html = formatHtml({ report: hostileReport(), rules: RULES, now: NOW });
    expect(new Set(tagsOf(html).filter((t) => !TAGS.has(t)))).toEqual(new Set());
    expect(html).not.toMatch(/<script|<img|<a href="http/i);
    const names = new Set(attributes(html).map((a) => a.name));
    for (const name of names) {
      expect([
        "lang",
        "charset",
        "http-equiv",
        "content",
        "name",
        "class",
        "id",
        "href",
        "style",
        "title",
        "role",
        "aria-label",
      ]).toContain(name);
    }
    expect(html).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&gt;",
    );
  });

  it("loads nothing: no src, only same-page links, a CSP that allows inline styles only", () => {
    for (const report of [sampleReport(), hostileReport()]) {
      const html = formatHtml({ report, rules: RULES, now: NOW });
      const attrs = attributes(html);
      expect(
        attrs.filter((a) => ["src", "srcset", "action", "poster", "data", "xlink:href"].includes(a.name)),
      ).toEqual([]);
      for (const a of attrs.filter((a) => a.name === "href")) expect(a.value).toMatch(/^#agent-\d+$/);
      for (const a of attrs.filter((a) => a.name === "style"))
        expect(a.value).toMatch(/^width:\d+(\.\d+)?%$/);
      expect(html).not.toMatch(/url\(|@import|<link|<base|<iframe|<object|<embed|<form/i);
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
      expect(csp?.[1]).toBe(HTML_CSP);
      expect(HTML_CSP).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
      // The policy comes before anything it governs.
      expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<style>"));
    }
  });

  it("shows what a compliance officer files: run metadata, verdict, coverage, findings, waivers, changes", () => {
    const report: EvidenceReport = {
      ...sampleReport(),
      run: {
        generatedAt: "2026-11-27T08:30:00Z",
        repository: "example/ledger",
        commit: "abc123def456",
        rulePacks: [{ name: "acme-pack", version: "2.3.0" }],
      },
    };
    const html = formatHtml({ report, rules: RULES, now: NOW });
    for (const text of [
      "Agent compliance report",
      "<strong>Failed</strong>",
      "2 open findings at high or above; 1 file could not be checked.",
      "example/ledger",
      "abc123def456",
      "2026-11-27 08:30 UTC",
      "agentpolicy 0.1.0",
      "acme-pack 2.3.0",
      "origin/main (0123456789ab)",
      "EU AI Act (Regulation (EU) 2024/1689)",
      "NIST AI RMF 1.0",
      "Art. 15(1)",
      "MEASURE 2.7",
      "Pass 1",
      "N/A 1",
      "Manual 1",
      "credential &#39;finance-db&#39; lives 30d; at most 1h is allowed",
      "Move the secret to a secret manager",
      "ciso@example.com",
      "2026-03-31",
      "expired",
      "permission-added",
      "credential-ttl-changed",
      "deploy on https://api.github.com/repos/example/ledger",
      "Fixed since the base (1)",
      "Files that could not be checked",
      "agents/broken.agent.yaml:4:9",
    ]) {
      expect(html, text).toContain(text);
    }
    // Without agents in the report, the inventory says what it lacks instead of inventing it.
    expect(html).toContain("owner, identity and access level are not part of it");
  });

  it("explains every control status next to the coverage", () => {
    const html = formatHtml({ report: sampleReport(), rules: RULES, now: NOW });
    const coverage = html.slice(html.indexOf('<section id="coverage">'));
    expect(coverage).toContain("What the statuses mean");
    for (const status of Object.keys(STATUS_LABEL) as (keyof typeof STATUS_LABEL)[]) {
      expect(coverage, status).toContain(
        `${STATUS_LABEL[status]}</span></dt><dd>${escapeHtml(STATUS_MEANING[status])}</dd>`,
      );
    }
    // a switched-off check and partial evidence are never a pass
    expect(STATUS_MEANING.partial).toMatch(/Never a pass/);
    expect(STATUS_MEANING["not-evaluated"]).toMatch(/Never a pass/);
  });

  it("renders the agent inventory with access levels when the report carries agents", () => {
    const report: EvidenceReport = {
      ...sampleReport(),
      agents: [
        {
          ...ROW,
          name: "invoice-reconciler",
          file: "agents/finance.agent.yaml",
          identityId: "spiffe://example.com/agents/invoice-reconciler",
          identityProvider: "spiffe",
          owner: "team:finance-platform",
          environment: "production",
          riskTier: "high",
          accessLevel: "privileged",
          permissions: 4,
          sensitivePermissions: 2,
          ungatedSensitive: 1,
        },
        {
          ...ROW,
          name: "docs-search",
          file: "agents/docs.agent.yaml",
          accessLevel: "read-only",
          permissions: 1,
          sensitivePermissions: 0,
          ungatedSensitive: 0,
        },
      ],
    };
    const html = formatHtml({ report, rules: RULES, now: NOW });
    expect(html).toContain('<span class="badge acc-privileged">privileged</span>');
    expect(html).toContain('<span class="badge acc-read-only">read-only</span>');
    expect(html).toContain("spiffe://example.com/agents/invoice-reconciler");
    expect(html).toContain("4 permissions, 2 sensitive, 1 without a gate");
    expect(html).toContain("No open findings for: <strong>docs-search</strong>");
  });

  it("passes a clean report with no coverage, waivers or changes sections", () => {
    const html = formatHtml({ report: cleanReport(), rules: [], now: NOW });
    expect(html).toContain("<strong>Passed</strong>");
    expect(html).toContain("No open findings.");
    expect(html).not.toMatch(/id="(coverage|waivers|changes|errors)"/);
  });

  it("has a print stylesheet and is deterministic", () => {
    const input = { report: sampleReport(), rules: RULES, now: NOW };
    const html = formatHtml(input);
    expect(html).toMatch(/@media print \{/);
    expect(html).toMatch(/@page \{/);
    expect(formatHtml(input)).toBe(html);
  });
});

describe("richText", () => {
  it("turns Markdown code into <pre>/<code> and escapes every piece", () => {
    expect(richText("Set:\n```yaml\nttl: 15m\n```\nthen `run <x>`.")).toBe(
      'Set:<pre class="code"><code>ttl: 15m</code></pre>then <code>run &lt;x&gt;</code>.',
    );
    expect(richText("```\n</code></pre><script>")).toBe("```&#10;&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;");
  });

  it("stays linear on unclosed fences", HANG_GUARD, () => {
    const text = "```\n".repeat(100_000);
    richText(text);
  });
});
