// docs/frameworks.md: every catalog with its controls (citation, title, summary, applicability, whether the
// citation was verified, the checks that evidence it), the facts recorded as unverified, and a check ×
// framework matrix. Sources of dates and amendments become numbered notes under each catalog's table.
import type { Applicability, ControlDef, FrameworkDef, Policy } from "../policy/types.js";
import { cell, checkLink, GENERATED_NOTE, table } from "./markdown.js";
import { orderedChecks } from "./rules-doc.js";

class Notes {
  private readonly list: string[] = [];
  ref(text: string): string {
    let i = this.list.indexOf(text);
    if (i === -1) i = this.list.push(text) - 1;
    return `[${i + 1}]`;
  }
  render(): string[] {
    return this.list.map((text, i) => `${i + 1}. ${text}`);
  }
}

const unverified = (v: boolean | undefined): string => (v === false ? " (unverified)" : "");

function applicabilityCell(a: Applicability | undefined, notes: Notes): string {
  if (!a) return "all";
  const parts: string[] = [];
  if (a.role) parts.push(`role: ${a.role.join(", ")}`);
  if (a.tiers) parts.push(`tiers: ${a.tiers.join(", ")}`);
  if (a.applies_from) {
    parts.push(`from ${a.applies_from}${a.source ? ` ${notes.ref(a.source)}` : ""}${unverified(a.verified)}`);
  }
  for (const m of a.amendments ?? []) {
    const what = m.applies_from ? `amended: from ${m.applies_from}` : "amended";
    parts.push(
      `${what} ${notes.ref(m.note ? `${m.note} Source: ${m.source}` : m.source)}${unverified(m.verified)}`,
    );
  }
  if (a.note) parts.push(notes.ref(a.note));
  return cell(parts.join("; ") || "all");
}

function checksCell(c: ControlDef): string {
  return c.manual ? "_manual_" : c.checks.map((id) => checkLink(id)).join(", ");
}

function frameworkSection(fw: FrameworkDef): string[] {
  const notes = new Notes();
  const manual = fw.controls.filter((c) => c.manual).length;
  const rows = fw.controls.map((c) => [
    cell(c.id),
    `${cell(c.title)}<br>${cell(c.summary)}`,
    applicabilityCell(c.applicability, notes),
    c.verified === false ? "no" : c.verified === true ? "yes" : "n/a",
    checksCell(c),
  ]);
  return [
    `## ${fw.id}`,
    "",
    `**${fw.title}**, ${fw.version}. Source: <${fw.url}>`,
    "",
    `${fw.controls.length} controls: ${fw.controls.length - manual} evidenced by checks, ${manual} manual.`,
    "",
    table([["Control", "Title and summary", "Applies to", "Verified", "Evidenced by"], ...rows]),
    "",
    ...notes.render(),
    "",
  ];
}

/**
 * Every fact marked verified: false, so an auditor can see at once what still needs a primary source. The
 * same fact from the same source (an amendment that moves twenty obligations) is one row.
 */
function unverifiedSection(frameworks: readonly FrameworkDef[]): string[] {
  const rows = new Map<string, { fact: string; source: string; controls: string[] }>();
  const add = (where: string, fact: string, source: string): void => {
    const key = `${fact}\u0000${source}`;
    const row = rows.get(key) ?? { fact, source, controls: [] };
    row.controls.push(where);
    rows.set(key, row);
  };
  for (const fw of frameworks) {
    for (const c of fw.controls) {
      const where = `${fw.id} ${c.id}`;
      if (c.verified === false) add(where, "citation or wording", c.url);
      const a = c.applicability;
      if (a?.verified === false) add(where, `applies from ${a.applies_from ?? "(no date)"}`, a.source ?? "");
      for (const m of a?.amendments ?? []) {
        if (m.verified === false)
          add(where, m.applies_from ? `amended: from ${m.applies_from}` : "amended", m.source);
      }
    }
  }
  if (rows.size === 0) return ["## Unverified facts", "", "None: every citation and date was checked.", ""];
  return [
    "## Unverified facts",
    "",
    "Facts recorded with `verified: false`: only secondary sources were found for them. Check them against the",
    "primary source before relying on them.",
    "",
    table([
      ["Fact", "Controls", "Source"],
      ...[...rows.values()].map((r) => [cell(r.fact), cell(r.controls.join(", ")), cell(r.source)]),
    ]),
    "",
  ];
}

function matrixSection(policy: Policy): string[] {
  const frameworks = policy.frameworks;
  const rows = orderedChecks(policy.checks.filter((c) => !c.builtin)).map((check) => [
    checkLink(check.id),
    cell(check.title),
    ...frameworks.map((fw) =>
      cell(
        fw.controls
          .filter((c) => c.checks.includes(check.id))
          .map((c) => c.id)
          .join(", ") || "·",
      ),
    ),
  ]);
  return [
    "## Check × framework matrix",
    "",
    "Which controls of each framework a check evidences.",
    "",
    table([["Check", "Title", ...frameworks.map((f) => f.id)], ...rows]),
    "",
  ];
}

export function renderFrameworksDoc(policy: Policy): string {
  const frameworks = [...policy.frameworks].sort((a, b) => a.id.localeCompare(b.id));
  const sorted: Policy = { ...policy, frameworks };
  const out = [
    GENERATED_NOTE,
    "",
    "# Frameworks",
    "",
    "The control catalogs agentpolicy reports coverage for. Each control cites the framework exactly (article and",
    "paragraph, subcategory, criterion, Annex A number), gives the official title (or, where the source has none,",
    "a short quote), says in one line what it asks in our own words, and lists the checks that evidence it. Controls",
    "no agent manifest can show are listed as _manual_, so that coverage is honest.",
    "",
    "In a report, a control is **fail** when one of its checks has an open finding on an agent the control applies",
    "to, **waived** when all such findings are waived, **pass** when its checks ran and found nothing, **manual**",
    "when it needs evidence outside agentpolicy, and **not-applicable** when no scanned agent declares a risk tier",
    "and EU AI Act role it applies to (an agent without a declared role counts as holding either; one without a tier",
    "never counts as high-risk) or none of its checks applied to any agent.",
    "",
    table([
      ["Framework", "Edition", "Controls", "Evidenced by checks", "Manual"],
      ...frameworks.map((fw) => {
        const manual = fw.controls.filter((c) => c.manual).length;
        return [
          `[${fw.id}](#${fw.id})`,
          cell(fw.version),
          String(fw.controls.length),
          String(fw.controls.length - manual),
          String(manual),
        ];
      }),
    ]),
    "",
  ];
  for (const fw of frameworks) out.push(...frameworkSection(fw));
  out.push(...unverifiedSection(frameworks), ...matrixSection(sorted));
  return (
    out
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}
