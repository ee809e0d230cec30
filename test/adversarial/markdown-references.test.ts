// GitHub turns `#123`, `owner/repo#123` and `GH-123` into links to issues and pull requests in rendered
// Markdown (a cross-reference also shows up in the other thread), and `@name` into a notification.
// Data from a manifest, a file name or a config must do none of that in the PR comment, the job summary
// or any Markdown output: the rendered text still reads the same, with a zero-width space that breaks
// GitHub's match.
import { describe, expect, it } from "vitest";
import { buildComment } from "../../src/action/comment.js";
import { summaryMarkdown } from "../../src/action/summary.js";
import { escapeMarkdown } from "../../src/format/escape.js";
import { formatMarkdown } from "../../src/format/markdown.js";
import { formatInventory } from "../../src/format/inventory/index.js";
import { formatPolicyChangesMarkdown } from "../../src/format/policy-changes.js";
import type { Inventory } from "../../src/report/inventory.js";
import type { AgentRow, Report, RuleMeta } from "../../src/report/model.js";
import { RULES, ROW, sampleReport } from "../format/sample.js";
import { parseMarkdown, walk } from "../format/render.js";

const REFERENCES = " #123 GH-45 gh-7 octo/repo#6 (#89) @octocat @org/team ";

// Fields whose values the formatters switch on (enums); every other string is data.
const ENUM_KEYS = new Set(["severity", "status", "change", "failOn", "policySource", "accessLevel"]);

function poison<T>(value: T, key = ""): T {
  if (typeof value === "string") return (ENUM_KEYS.has(key) ? value : `${value}${REFERENCES}`) as T;
  if (Array.isArray(value)) return value.map((v) => poison(v, key)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)])) as T;
  }
  return value;
}

function hostileReport(): Report {
  const report = sampleReport();
  report.policyChanges = [{ kind: "waiver-added", text: "waiver added", mayWeaken: true }];
  return poison(report);
}

const rules: RuleMeta[] = poison(RULES);

/** Issue references and mentions GitHub would find in the text a renderer shows. */
async function liveReferences(markdown: string): Promise<string[]> {
  const found: string[] = [];
  walk(await parseMarkdown(markdown), (n) => {
    if (n.type !== "text" && n.type !== "inlineCode" && n.type !== "html") return;
    const text = n.value ?? "";
    for (const m of text.matchAll(/(?:^|[^\w&])(#\d+|gh-\d+|@[a-z0-9][\w-]*)/gi)) found.push(m[1]!);
  });
  return found;
}

describe("Markdown from data references no issue and mentions nobody", () => {
  it("escapeMarkdown breaks every form with a zero-width space", () => {
    expect(escapeMarkdown("see #123, GH-45 and octo/repo#6")).toBe(
      "see \\#&#8203;123, GH-&#8203;45 and octo/repo\\#&#8203;6",
    );
    expect(escapeMarkdown("# heading and #tag")).toBe("\\# heading and \\#tag");
  });

  it.each([
    ["the Markdown report", () => formatMarkdown({ report: hostileReport(), rules })],
    ["the PR comment", () => buildComment({ report: hostileReport(), rules })],
    ["the job summary", () => summaryMarkdown({ report: hostileReport(), rules })],
    ["policy changes", () => formatPolicyChangesMarkdown(hostileReport().policyChanges ?? [])],
    [
      "the Markdown inventory",
      () =>
        formatInventory("markdown", {
          schemaVersion: 1,
          tool: { name: "agentpolicy", version: "0.1.0" },
          agents: [
            poison({
              ...ROW,
              name: "bot",
              file: "agents/bot.agent.yaml",
              owner: "team",
              accessLevel: "read-only",
              gates: ["release"],
            } as AgentRow),
          ],
        } as Inventory),
    ],
  ])("%s", async (_what, render) => {
    const markdown = render();
    expect(markdown).toContain("GH-&#8203;45");
    expect(await liveReferences(markdown)).toEqual([]);
  });
});
