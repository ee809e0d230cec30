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
  if (a.annex_iii) parts.push(`Annex III: ${a.annex_iii.join(", ")}`);
  if (a.applies_from) {
    parts.push(`from ${a.applies_from}${a.source ? ` ${notes.ref(a.source)}` : ""}${unverified(a.verified)}`);
  }
  for (const m of a.amendments ?? []) {
    const what = m.applies_from
      ? `amended: from ${m.applies_from}${m.replaces ? ` (was ${m.replaces})` : ""}`
      : "amended";
    const urls = m.urls && m.urls.length > 0 ? ` (${m.urls.map((u) => `<${u}>`).join(", ")})` : "";
    parts.push(
      `${what} ${notes.ref(`${m.note ? `${m.note} Source: ` : ""}${m.source}${urls}`)}${unverified(m.verified)}`,
    );
  }
  if (a.note) parts.push(notes.ref(a.note));
  return cell(parts.join("; ") || "all");
}

function checksCell(c: ControlDef, notes: Notes): string {
  if (c.manual) {
    const kinds = c.evidence ?? [];
    return kinds.length > 0
      ? `_manual_; attested by \`compliance.${kinds.join("`, `compliance.")}\``
      : "_manual_";
  }
  return c.mappings
    .map((m) => {
      const how = m.items
        ? ` (${[...(m.items.categories ?? []), ...(m.items.actions ?? [])].join(", ")} only)`
        : "";
      const partial = m.strength === "partial" ? ` partial ${notes.ref(m.note ?? "partial evidence")}` : "";
      return `${checkLink(m.check)}${how}${partial}`;
    })
    .join(", ");
}

function frameworkSection(fw: FrameworkDef): string[] {
  const notes = new Notes();
  const manual = fw.controls.filter((c) => c.manual).length;
  const rows = fw.controls.map((c) => [
    cell(c.id),
    `${cell(c.title)}<br>${cell(c.summary)}`,
    applicabilityCell(c.applicability, notes),
    c.verified === false ? "no" : c.verified === true ? "yes" : "n/a",
    checksCell(c, notes),
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
    "A check evidences a control fully, or _partially_ (a numbered note says what it leaves out). A finding cites",
    "only the controls that apply to its agent: its declared EU AI Act role, risk tier and Annex III area (an agent",
    "without a declared role counts as holding either; one without a tier never counts as high-risk).",
    "",
    "In a report, a control is **fail** when an open finding cites it, **waived** when all findings citing it are",
    "waived, **pass** when all its checks ran, none failed and a full-strength one applied, **partial** when nothing",
    "failed but only partial-strength checks applied or some of its checks are switched off (listed in the report),",
    "**not-evaluated** when all its checks are switched off or out of scope, **manual** when it needs evidence",
    "outside agentpolicy, **attested** when it is manual and every agent it applies to links fresh evidence for it",
    "in `compliance:`, and **not-applicable** when no scanned agent is in its scope or none of its checks applied",
    "to any agent. Switching a check off never makes a control pass or not-applicable. See docs/report.md.",
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
