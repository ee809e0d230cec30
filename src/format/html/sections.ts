// The sections of the HTML report, each a function from the report to markup. Every value that comes
// from a manifest, a file name, git or a rule pack goes through e() (escapeHtml); numbers and the
// fixed vocabulary below are the only things written unescaped. Links are same-page anchors only.
import { messageWithRelated } from "../related.js";
import {
  SEVERITIES,
  type AgentChange,
  type FileError,
  type Finding,
  type FrameworkCoverage,
} from "../../report/model.js";
import { escapeHtml as e, safeHttpsUrl } from "../escape.js";
import { blockingCount, tallyControls, tally, verdict } from "../summary.js";
import { plural } from "../../util/text.js";
import { STATUS_LABEL, STATUS_MEANING, STATUS_ORDER } from "./statuses.js";
import { frameworkTitles, type AgentSummary, type AgentView, type EvidenceReport } from "../evidence.js";

function badge(cls: string, text: string): string {
  return `<span class="badge ${e(cls)}">${e(text)}</span>`;
}

/** "2026-11-28 20:22 UTC" */
export function utc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

function row(cells: string[], header = false): string {
  const tag = header ? "th" : "td";
  return `<tr>${cells.map((c) => (c.startsWith("<td") || c.startsWith("<th") ? c : `<${tag}>${c}</${tag}>`)).join("")}</tr>`;
}

function table(head: string[], rows: string[][], cls = ""): string {
  return `<table${cls ? ` class="${cls}"` : ""}><thead>${row(head, true)}</thead><tbody>${rows.map((r) => row(r)).join("")}</tbody></table>`;
}

function num(n: number): string {
  return `<td class="num">${n}</td>`;
}

function inlineCode(text: string): string {
  return text
    .replace(/^\n+|\n+$/g, "")
    .split(/`([^`\n]+)`/)
    .map((p, j) => (j % 2 === 1 ? `<code>${e(p)}</code>` : e(p)))
    .join("");
}

/**
 * Rule text (remediation) may carry Markdown code: fenced blocks become <pre>, `spans` become <code>.
 * Each piece is escaped on its own, so the transform cannot introduce markup from the text. A single
 * forward scan (indexOf), so a hostile rule pack's text cannot make it slow.
 */
export function richText(text: string): string {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf("```", at);
    const bodyStart = open < 0 ? -1 : text.indexOf("\n", open + 3);
    const close = bodyStart < 0 ? -1 : text.indexOf("```", bodyStart + 1);
    if (close < 0) break;
    out.push(inlineCode(text.slice(at, open)));
    out.push(
      `<pre class="code"><code>${e(text.slice(bodyStart + 1, close).replace(/\n$/, ""))}</code></pre>`,
    );
    at = close + 3;
  }
  out.push(inlineCode(text.slice(at)));
  return out.join("").trim();
}

function loc(f: { file: string; line: number; column?: number }): string {
  return `<span class="mono wrap">${e(f.file)}:${f.line}${f.column !== undefined ? `:${f.column}` : ""}</span>`;
}

// ---------------------------------------------------------------------------------------------- header

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Why the run passed or failed, in the words of the fail-on threshold. */
function reason(report: EvidenceReport): string {
  const { failOn, errors } = report.summary;
  const threshold = failOn === "never" ? "" : failOn === "critical" ? "critical" : `${failOn} or above`;
  const parts: string[] = [];
  const blocking = blockingCount(report);
  if (blocking > 0) parts.push(`${plural(blocking, "open finding")} at ${threshold}`);
  if (errors > 0) parts.push(`${plural(errors, "file")} could not be checked`);
  if (parts.length > 0) return `${capitalised(parts.join("; "))}.`;
  if (!report.summary.passed) return `${verdict(report)}.`;
  return failOn === "never"
    ? "Findings never fail this run (fail-on: never)."
    : `No open finding at ${threshold}.`;
}

export function masthead(report: EvidenceReport, time: number): string {
  const { summary, run } = report;
  const meta: [string, string][] = [];
  if (run?.repository) meta.push(["Repository", `<span class="mono">${e(run.repository)}</span>`]);
  if (run?.commit) meta.push(["Commit", `<span class="mono">${e(run.commit)}</span>`]);
  if (run?.ref) meta.push(["Ref", `<span class="mono">${e(run.ref)}</span>`]);
  if (report.base) {
    meta.push([
      "Compared with",
      `<span class="mono">${e(report.base.ref)} (${e(report.base.sha.slice(0, 12))})</span>`,
    ]);
  }
  meta.push(["Generated", e(utc(time))]);
  meta.push(["Tool", `${e(report.tool.name)} ${e(report.tool.version)}`]);
  if (run?.rulePacks && run.rulePacks.length > 0) {
    meta.push(["Rule packs", run.rulePacks.map((p) => `${e(p.name)} ${e(p.version)}`).join(", ")]);
  }
  if (report.frameworks.length > 0) {
    meta.push([
      "Frameworks",
      report.frameworks
        .map((f) => `${e(f.title || f.id)}${f.version ? ` (${e(f.version)})` : ""}`)
        .join("; "),
    ]);
  }
  meta.push(["Scope", `${plural(summary.files, "file")}, ${plural(summary.agents, "agent")}`]);
  meta.push(["Fail-on", e(summary.failOn)]);
  const state = summary.passed ? "passed" : "failed";
  return `<header class="masthead">
<p class="eyebrow">agentpolicy · AI agent identity compliance</p>
<h1>Agent compliance report</h1>
<div class="verdict ${state}"><strong>${summary.passed ? "Passed" : "Failed"}</strong><span>${e(reason(report))}</span><span class="muted">${e(capitalised(tally(report)))}.</span></div>
<dl class="meta">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>
${cards(report)}
</header>`;
}

function cards(report: EvidenceReport): string {
  const s = report.summary;
  const list = SEVERITIES.map(
    (sev) =>
      `<div class="card sev-${sev}"><span class="n">${s.findings[sev]}</span><span class="l">${sev}</span></div>`,
  );
  const plain = (n: number, label: string): string =>
    `<div class="card plain"><span class="n">${n}</span><span class="l">${label}</span></div>`;
  list.push(plain(s.waived, "waived"), plain(s.errors, "file errors"));
  if (s.new !== undefined) list.push(plain(s.new, "new"));
  if (s.fixed !== undefined) list.push(plain(s.fixed, "fixed"));
  return `<div class="cards" aria-label="Open findings by severity">${list.join("")}</div>`;
}

// -------------------------------------------------------------------------------------------- coverage

function coverageBar(fw: FrameworkCoverage): string {
  const t = tallyControls(fw);
  const total = fw.controls.length;
  if (total === 0) return "";
  const segments = STATUS_ORDER.filter((s) => t[s] > 0).map(
    (s) =>
      `<span class="st-${s}" style="width:${((t[s] / total) * 100).toFixed(2)}%" title="${STATUS_LABEL[s]}: ${t[s]}"></span>`,
  );
  const legend = STATUS_ORDER.map((s) => `<span><i class="st-${s}"></i>${STATUS_LABEL[s]} ${t[s]}</span>`);
  return `<div class="bar" role="img" aria-label="${STATUS_ORDER.map((s) => `${STATUS_LABEL[s]} ${t[s]}`).join(", ")}">${segments.join("")}</div>
<div class="legend">${legend.join("")}</div>`;
}

/** The checks of a control (partial-strength ones marked, switched-off ones listed), or its attestations. */
function controlEvidence(c: FrameworkCoverage["controls"][number]): string {
  if (c.checks.length === 0) {
    const links = (c.attested ?? []).map((a) => {
      const url = safeHttpsUrl(a.ref);
      const ref = url ? `<a href="${e(url)}" rel="noopener noreferrer">${e(a.ref)}</a>` : e(a.ref);
      return `<span class="nowrap">${e(a.agent)}: ${e(a.kind)} ${ref} (${e(a.date)})</span>`;
    });
    return links.length > 0 ? links.join("<br>") : `<span class="muted">manual review</span>`;
  }
  const partial = new Set((c.mappings ?? []).filter((m) => m.strength === "partial").map((m) => m.check));
  const ids = c.checks.map(
    (id) =>
      `<span class="nowrap">${e(id)}${partial.has(id) ? ` <abbr title="partial evidence">(partial)</abbr>` : ""}</span>`,
  );
  const off =
    c.checksOff && c.checksOff.length > 0
      ? `<br><span class="muted">off: ${c.checksOff.map((id) => e(id)).join(", ")}</span>`
      : "";
  return `<span class="mono">${ids.join(", ")}</span>${off}`;
}

function frameworkSection(fw: FrameworkCoverage): string {
  const t = tallyControls(fw);
  const assessed = t.pass + t.fail + t.waived + t.partial;
  const counts = table(
    [...STATUS_ORDER.map((s) => STATUS_LABEL[s]), "Total"].map((h) => `<th class="num">${h}</th>`),
    [[...STATUS_ORDER.map((s) => num(t[s])), num(fw.controls.length)]],
    "counts",
  );
  const controls = table(
    ["Control", "Title", "Status", "Checks", `<th class="num">Agents</th>`, `<th class="num">Failing</th>`],
    fw.controls.map((c) => [
      `<span class="mono nowrap">${e(c.id)}</span>`,
      e(c.title),
      badge(`st-${c.status}`, STATUS_LABEL[c.status] ?? String(c.status)),
      controlEvidence(c),
      c.agents
        ? `<td class="num">${c.agents.failing} of ${c.agents.applicable}</td>`
        : `<td class="num muted">–</td>`,
      num(c.failing),
    ]),
  );
  const lead =
    assessed === 0
      ? "No control of this framework is assessed automatically."
      : `${t.pass} of ${assessed} automatically assessed controls pass${t.partial > 0 ? `, ${t.partial} only partially` : ""}${t.waived > 0 ? `, ${t.waived} with a waiver` : ""}.`;
  return `<section class="framework">
<h3>${e(fw.title || fw.id)}${fw.version ? ` <span class="muted">(${e(fw.version)})</span>` : ""}</h3>
<p>${lead}${t.manual > 0 ? ` ${plural(t.manual, "control")} ${t.manual === 1 ? "needs" : "need"} manual evidence.` : ""}${t.attested > 0 ? ` ${t.attested} attested by linked evidence.` : ""}${t["not-evaluated"] > 0 ? ` ${t["not-evaluated"]} not evaluated: their checks are off.` : ""}</p>
${coverageBar(fw)}
${counts}
${controls}
</section>`;
}

export function coverageSection(report: EvidenceReport): string {
  if (report.frameworks.length === 0) return "";
  return `<section id="coverage"><h2>Control coverage</h2>
<p class="muted">A control passes only when every check mapped to it ran and passed for every agent it applies to, and one of them evidences it fully; manual controls need evidence outside the manifests.</p>
<details class="statuses"><summary>What the statuses mean</summary><dl>${STATUS_ORDER.map((s) => `<dt>${badge(`st-${s}`, STATUS_LABEL[s])}</dt><dd>${e(STATUS_MEANING[s])}</dd>`).join("")}</dl></details>
${report.frameworks.map(frameworkSection).join("\n")}
</section>`;
}

// ------------------------------------------------------------------------------------------- inventory

function agentAnchor(index: number): string {
  return `agent-${index + 1}`;
}

function openOf(v: AgentView): Finding[] {
  return v.findings.filter((f) => f.status === "open");
}

export function inventorySection(report: EvidenceReport, views: AgentView[]): string {
  if (views.length === 0)
    return `<section id="inventory"><h2>Agent inventory</h2><p>No agents were checked.</p></section>`;
  const link = (v: AgentView, i: number): string =>
    openOf(v).length > 0 ? `<a href="#${agentAnchor(i)}">${e(v.name)}</a>` : e(v.name);
  const counts = (v: AgentView): string[] => [
    num(openOf(v).length),
    num(v.findings.length - openOf(v).length),
  ];
  if (!report.agents) {
    return `<section id="inventory"><h2>Agent inventory</h2>
<p class="muted">This report lists agents by their findings only (${plural(report.summary.agents, "agent")} checked); owner, identity and access level are not part of it.</p>
${table(
  ["Agent", "File", `<th class="num">Open findings</th>`, `<th class="num">Waived</th>`],
  views.map((v, i) => [link(v, i), `<span class="mono wrap">${e(v.file)}</span>`, ...counts(v)]),
)}
</section>`;
  }
  const none = `<span class="muted">—</span>`;
  const cell = (v: string | undefined): string => (v ? e(v) : none);
  const small = (v: string): string => `<br><span class="muted small">${v}</span>`;
  const identity = (s: AgentSummary | undefined): string =>
    s?.identityId
      ? `<span class="mono wrap">${e(s.identityId)}</span>${s.identityProvider ? small(e(s.identityProvider)) : ""}`
      : none;
  const context = (s: AgentSummary | undefined): string =>
    s
      ? `${cell(s.environment)}${small(`EU AI Act risk: ${s.riskTier ? e(s.riskTier) : "not declared"}`)}`
      : none;
  const access = (s: AgentSummary | undefined): string => {
    if (!s) return none;
    const detail = [plural(s.permissions, "permission")];
    if (s.sensitivePermissions > 0) detail.push(`${s.sensitivePermissions} sensitive`);
    if (s.ungatedSensitive > 0) detail.push(`${s.ungatedSensitive} without a gate`);
    return `${badge(`acc-${s.accessLevel}`, s.accessLevel)}${small(detail.join(", "))}`;
  };
  const owner = (s: AgentSummary | undefined): string =>
    s?.owner || s?.sponsor
      ? `<span class="wrap">${cell(s.owner)}</span>${s.sponsor ? small(`sponsor <span class="wrap">${e(s.sponsor)}</span>`) : ""}`
      : none;
  const findings = (v: AgentView): string => {
    const open = openOf(v).length;
    const waived = v.findings.length - open;
    return `<td class="num">${open}${waived > 0 ? small(`${waived} waived`) : ""}</td>`;
  };
  return `<section id="inventory"><h2>Agent inventory</h2>
<p class="muted">Access level is derived from the declared permissions: read-only, write, or privileged (admin, deploy or wildcard access, or any identity, secrets, code-execution, deployment or payments permission).</p>
${table(
  ["Agent", "Owner", "Identity", "Environment", "Access", `<th class="num">Open</th>`],
  views.map((v, i) => [
    `${link(v, i)}${small(`<span class="mono wrap">${e(v.file)}</span>`)}`,
    owner(v.summary),
    identity(v.summary),
    context(v.summary),
    access(v.summary),
    findings(v),
  ]),
  "inventory",
)}
</section>`;
}

// -------------------------------------------------------------------------------------------- findings

function citations(f: Finding, titles: Map<string, string>): string {
  if (f.controls.length === 0) return `<span class="muted">none</span>`;
  return `<ul class="cites">${f.controls
    .map(
      (c) =>
        `<li>${e(titles.get(c.framework) ?? c.framework)} — <strong>${e(c.id)}</strong> ${e(c.title)}</li>`,
    )
    .join("")}</ul>`;
}

function findingCard(f: Finding, titles: Map<string, string>): string {
  return `<article class="finding sev-${e(f.severity)}">
<div>${badge(`sev-${f.severity}`, f.severity)} <span class="mono">${e(f.ruleId)}</span> <span class="title">${e(f.title)}</span>${f.new ? ` ${badge("new", "new")}` : ""}</div>
<p class="message">${e(messageWithRelated(f))}</p>
<dl>
<dt>Location</dt><dd>${loc(f)} <span class="mono muted wrap">${e(f.path)}</span></dd>
<dt>Controls</dt><dd>${citations(f, titles)}</dd>
${f.remediation ? `<dt>Remediation</dt><dd>${richText(f.remediation)}</dd>` : ""}
</dl>
</article>`;
}

export function findingsSection(report: EvidenceReport, views: AgentView[]): string {
  const titles = frameworkTitles(report);
  const withOpen = views.map((v, i) => ({ v, i })).filter(({ v }) => openOf(v).length > 0);
  const clean = views.filter((v) => openOf(v).length === 0);
  const blocks = withOpen.map(
    ({ v, i }) => `<section class="agent" id="${agentAnchor(i)}">
<h3>${e(v.name)} <span class="muted">(${plural(openOf(v).length, "open finding")})</span></h3>
<p class="mono muted wrap">${e(v.file)}</p>
${openOf(v)
  .map((f) => findingCard(f, titles))
  .join("\n")}
</section>`,
  );
  const none = withOpen.length === 0 ? "<p>No open findings.</p>" : "";
  const compliant =
    clean.length > 0 && withOpen.length > 0
      ? `<p>No open findings for: ${clean.map((v) => `<strong>${e(v.name)}</strong>`).join(", ")}.</p>`
      : "";
  return `<section id="findings"><h2>Findings by agent</h2>
${none}${compliant}
${blocks.join("\n")}
</section>`;
}

// --------------------------------------------------------------------------------------------- waivers

export function waiversSection(report: EvidenceReport, time: number): string {
  const waived = report.findings.filter((f) => f.status === "waived");
  if (waived.length === 0) return "";
  const today = new Date(time).toISOString().slice(0, 10);
  const expires = (f: Finding): string => {
    const at = f.waiver?.expires;
    if (!at) return `<span class="muted">—</span>`;
    return `${e(at)}${/^\d{4}-\d{2}-\d{2}/.test(at) && at.slice(0, 10) < today ? ` ${badge("expired", "expired")}` : ""}`;
  };
  return `<section id="waivers"><h2>Waivers (accepted risk)</h2>
${table(
  ["Agent", "Check", "Finding", "Reason", "Approved by", "Expires"],
  waived.map((f) => [
    `${e(f.agent ?? "")}<br>${loc(f)}`,
    `${badge(`sev-${f.severity}`, f.severity)} <span class="mono nowrap">${e(f.ruleId)}</span><br>${e(f.title)}`,
    e(messageWithRelated(f)),
    f.waiver ? e(f.waiver.reason) : `<span class="muted">not recorded</span>`,
    f.waiver ? e(f.waiver.approved_by) : `<span class="muted">not recorded</span>`,
    expires(f),
  ]),
)}
</section>`;
}

// --------------------------------------------------------------------------------------------- changes

function changeRows(c: AgentChange): string[][] {
  if (c.details.length === 0) return [[e(c.agent), e(c.change), "", "", ""]];
  return c.details.map((d, i) => [
    i === 0
      ? `<strong>${e(c.agent)}</strong><br><span class="muted">${e(c.change)}</span><br><span class="mono muted wrap">${e(c.file)}</span>`
      : "",
    `${e(d.kind)}${d.escalation ? ` ${badge("escalation", d.fails ? "escalation · fails the run" : "escalation")}` : ""}`,
    `<span class="mono wrap">${e(d.path)}</span>`,
    d.before !== undefined ? `<span class="wrap">${e(d.before)}</span>` : `<span class="muted">—</span>`,
    d.after !== undefined ? `<span class="wrap">${e(d.after)}</span>` : `<span class="muted">—</span>`,
  ]);
}

export function changesSection(report: EvidenceReport): string {
  if (!report.base) return "";
  const changes = report.changes ?? [];
  const escalations = changes.flatMap((c) => c.details).filter((d) => d.escalation).length;
  const body =
    changes.length === 0
      ? "<p>No agent's access changed.</p>"
      : `<p>${plural(changes.length, "agent")} changed; ${plural(escalations, "change")} widen access or weaken a control.</p>
${table(["Agent", "Change", "Where", "Before", "After"], changes.flatMap(changeRows))}`;
  const fixed = report.fixed ?? [];
  const fixedList =
    fixed.length > 0
      ? `<h3>Fixed since the base (${fixed.length})</h3>
${table(
  ["Agent", "Check", "Where", "Finding"],
  fixed.map((f) => [
    e(f.agent ?? ""),
    `<span class="mono nowrap">${e(f.ruleId)}</span> ${e(f.title)}`,
    loc(f),
    e(messageWithRelated(f)),
  ]),
)}`
      : "";
  return `<section id="changes"><h2>Access changes since <span class="mono">${e(report.base.ref)}</span></h2>
${body}
${fixedList}
</section>`;
}

// ---------------------------------------------------------------------------------------------- errors

export function errorsSection(errors: FileError[]): string {
  if (errors.length === 0) return "";
  return `<section id="errors"><h2>Files that could not be checked</h2>
<p>The agents in these files are missing from everything above.</p>
${table(
  ["File", "Problem"],
  errors.map((x) => [loc(x), `<span class="wrap">${e(x.message)}</span>`]),
)}
</section>`;
}
