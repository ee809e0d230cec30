import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateDocs } from "../../src/docs/generate.js";
import { cell, githubAnchor } from "../../src/docs/markdown.js";
import { loadPolicy } from "../../src/policy/load.js";
import { ruleHelpUri } from "../../src/report/model.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const policy = loadPolicy();
const docs = generateDocs(policy);
const rules = docs["docs/rules.md"]!;
const frameworks = docs["docs/frameworks.md"]!;

/** Anchors GitHub creates for the headings of a Markdown text (outside code blocks). */
function anchors(md: string): Set<string> {
  const out = new Set<string>();
  let fenced = false;
  for (const line of md.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    const m = !fenced && /^#{1,6} (.+)$/.exec(line);
    if (m) out.add(githubAnchor(m[1]!));
  }
  return out;
}

describe("generated docs", () => {
  it("give every check a heading at the anchor its help link points to", () => {
    const have = anchors(rules);
    for (const check of policy.checks) {
      const fragment = ruleHelpUri(check.id).split("#")[1]!;
      expect(have.has(fragment), check.id).toBe(true);
      expect(rules).toContain(`### ${check.id}\n`);
    }
  });

  it("document every parameter and every framework control", () => {
    for (const check of policy.checks) {
      for (const name of Object.keys(check.params)) expect(rules).toContain(`| \`${name}\` |`);
    }
    for (const fw of policy.frameworks) {
      expect(frameworks).toContain(`## ${fw.id}\n`);
      for (const c of fw.controls) expect(frameworks).toContain(`| ${cell(c.id)} | ${cell(c.title)}<br>`);
    }
  });

  it("have a matrix row for every rule-based check, and links that land on headings", () => {
    for (const check of policy.checks.filter((c) => !c.builtin)) {
      expect(frameworks).toContain(`| [${check.id}](rules.md#${check.id.toLowerCase()}) |`);
    }
    const ruleAnchors = anchors(rules);
    for (const m of frameworks.matchAll(/\]\(rules\.md#([^)]+)\)/g))
      expect(ruleAnchors.has(m[1]!)).toBe(true);
    const fwAnchors = anchors(frameworks);
    for (const m of rules.matchAll(/\]\(frameworks\.md#([^)]+)\)/g)) expect(fwAnchors.has(m[1]!)).toBe(true);
    for (const m of rules.matchAll(/\]\(#([^)]+)\)/g)) expect(ruleAnchors.has(m[1]!), m[1]).toBe(true);
  });

  it("are the same on every run, and the committed files are up to date (npm run docs)", () => {
    expect(generateDocs(policy)).toEqual(docs);
    for (const [file, text] of Object.entries(docs)) {
      expect(readFileSync(`${REPO}/${file}`, "utf8"), `${file} is stale: run npm run docs`).toBe(text);
    }
  });
});

describe("githubAnchor", () => {
  it.each([
    ["AP-CRED-003", "ap-cred-003"],
    ["Identity (ID)", "identity-id"],
    ["Manifest shape, built in (SCHEMA)", "manifest-shape-built-in-schema"],
    ["Check × framework matrix", "check--framework-matrix"],
    ["eu-ai-act", "eu-ai-act"],
  ])("%s → %s", (heading, anchor) => {
    expect(githubAnchor(heading)).toBe(anchor);
  });
});
