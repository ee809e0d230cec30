import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  agentViews,
  frameworkTitles,
  runTime
} from "./chunk-U27AQKTW.js";
import {
  policyInForceLines,
  policySourceText
} from "./chunk-JB4F2WKD.js";
import {
  blockingCount,
  tally,
  tallyControls,
  verdict
} from "./chunk-E5PKRJ2Y.js";
import {
  plural
} from "./chunk-LCWV2GUA.js";
import {
  SEVERITIES
} from "./chunk-NOSNPXS3.js";
import {
  messageWithRelated
} from "./chunk-I2UDWMBI.js";
import {
  escapeHtml,
  safeHttpsUrl
} from "./chunk-Z6R44D76.js";

// src/format/html/statuses.ts
var STATUS_LABEL = {
  pass: "Pass",
  fail: "Fail",
  waived: "Waived",
  manual: "Manual",
  "not-applicable": "N/A",
  partial: "Partial",
  attested: "Attested",
  "not-evaluated": "Not evaluated"
};
var STATUS_MEANING = {
  pass: "Every check of the control ran on the agents it applies to, none failed, and at least one evidences it fully.",
  fail: "An open finding cites the control.",
  waived: "Findings cite the control, and all of them are waived.",
  partial: "Nothing failed, but only partial-strength evidence applied, or some of its checks are switched off (listed). Never a pass.",
  attested: "A manual control for which every agent it applies to links fresh evidence (compliance:), shown with link and date.",
  manual: "No check can show it; it needs evidence outside the manifests.",
  "not-evaluated": "All its checks are switched off or out of scope: nothing was looked at. Never a pass.",
  "not-applicable": "No scanned agent is in its scope (EU AI Act role, risk tier, Annex III area), or none of its checks applied."
};
var STATUS_ORDER = [
  "pass",
  "fail",
  "partial",
  "waived",
  "attested",
  "manual",
  "not-evaluated",
  "not-applicable"
];

// src/format/html/sections.ts
function badge(cls, text) {
  return `<span class="badge ${escapeHtml(cls)}">${escapeHtml(text)}</span>`;
}
function utc(ms) {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function row(cells, header = false) {
  const tag = header ? "th" : "td";
  return `<tr>${cells.map((c) => c.startsWith("<td") || c.startsWith("<th") ? c : `<${tag}>${c}</${tag}>`).join("")}</tr>`;
}
function table(head, rows, cls = "") {
  return `<table${cls ? ` class="${cls}"` : ""}><thead>${row(head, true)}</thead><tbody>${rows.map((r) => row(r)).join("")}</tbody></table>`;
}
function num(n) {
  return `<td class="num">${n}</td>`;
}
function inlineCode(text) {
  return text.replace(/^\n+|\n+$/g, "").split(/`([^`\n]+)`/).map((p, j) => j % 2 === 1 ? `<code>${escapeHtml(p)}</code>` : escapeHtml(p)).join("");
}
function richText(text) {
  const out = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf("```", at);
    const bodyStart = open < 0 ? -1 : text.indexOf("\n", open + 3);
    const close = bodyStart < 0 ? -1 : text.indexOf("```", bodyStart + 1);
    if (close < 0) break;
    out.push(inlineCode(text.slice(at, open)));
    out.push(
      `<pre class="code"><code>${escapeHtml(text.slice(bodyStart + 1, close).replace(/\n$/, ""))}</code></pre>`
    );
    at = close + 3;
  }
  out.push(inlineCode(text.slice(at)));
  return out.join("").trim();
}
function loc(f) {
  return `<span class="mono wrap">${escapeHtml(f.file)}:${f.line}${f.column !== void 0 ? `:${f.column}` : ""}</span>`;
}
function capitalised(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function reason(report) {
  const { failOn, errors } = report.summary;
  const threshold = failOn === "never" ? "" : failOn === "critical" ? "critical" : `${failOn} or above`;
  const parts = [];
  const blocking = blockingCount(report);
  if (blocking > 0) parts.push(`${plural(blocking, "open finding")} at ${threshold}`);
  if (errors > 0) parts.push(`${plural(errors, "file")} could not be checked`);
  if (parts.length > 0) return `${capitalised(parts.join("; "))}.`;
  if (!report.summary.passed) return `${verdict(report)}.`;
  return failOn === "never" ? "Findings never fail this run (fail-on: never)." : `No open finding at ${threshold}.`;
}
function masthead(report, time) {
  const { summary, run } = report;
  const meta = [];
  if (run?.repository) meta.push(["Repository", `<span class="mono">${escapeHtml(run.repository)}</span>`]);
  if (run?.commit) meta.push(["Commit", `<span class="mono">${escapeHtml(run.commit)}</span>`]);
  if (run?.ref) meta.push(["Ref", `<span class="mono">${escapeHtml(run.ref)}</span>`]);
  if (report.base) {
    meta.push([
      "Compared with",
      `<span class="mono">${escapeHtml(report.base.ref)} (${escapeHtml(report.base.sha.slice(0, 12))})</span>`
    ]);
  }
  meta.push(["Generated", escapeHtml(utc(time))]);
  meta.push(["Tool", `${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}`]);
  if (run?.rulePacks && run.rulePacks.length > 0) {
    meta.push(["Rule packs", run.rulePacks.map((p) => `${escapeHtml(p.name)} ${escapeHtml(p.version)}`).join(", ")]);
  }
  if (report.frameworks.length > 0) {
    meta.push([
      "Frameworks",
      report.frameworks.map((f) => `${escapeHtml(f.title || f.id)}${f.version ? ` (${escapeHtml(f.version)})` : ""}`).join("; ")
    ]);
  }
  meta.push(["Scope", `${plural(summary.files, "file")}, ${plural(summary.agents, "agent")}`]);
  meta.push(["Fail-on", escapeHtml(summary.failOn)]);
  const state = summary.passed ? "passed" : "failed";
  return `<header class="masthead">
<p class="eyebrow">agentpolicy · AI agent identity compliance</p>
<h1>Agent compliance report</h1>
<div class="verdict ${state}"><strong>${summary.passed ? "Passed" : "Failed"}</strong><span>${escapeHtml(reason(report))}</span><span class="muted">${escapeHtml(capitalised(tally(report)))}.</span></div>
<dl class="meta">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>
${cards(report)}
</header>`;
}
function cards(report) {
  const s = report.summary;
  const list = SEVERITIES.map(
    (sev) => `<div class="card sev-${sev}"><span class="n">${s.findings[sev]}</span><span class="l">${sev}</span></div>`
  );
  const plain = (n, label) => `<div class="card plain"><span class="n">${n}</span><span class="l">${label}</span></div>`;
  list.push(plain(s.waived, "waived"), plain(s.errors, "file errors"));
  if (s.new !== void 0) list.push(plain(s.new, "new"));
  if (s.fixed !== void 0) list.push(plain(s.fixed, "fixed"));
  return `<div class="cards" aria-label="Open findings by severity">${list.join("")}</div>`;
}
function coverageBar(fw) {
  const t = tallyControls(fw);
  const total = fw.controls.length;
  if (total === 0) return "";
  const segments = STATUS_ORDER.filter((s) => t[s] > 0).map(
    (s) => `<span class="st-${s}" style="width:${(t[s] / total * 100).toFixed(2)}%" title="${STATUS_LABEL[s]}: ${t[s]}"></span>`
  );
  const legend = STATUS_ORDER.map((s) => `<span><i class="st-${s}"></i>${STATUS_LABEL[s]} ${t[s]}</span>`);
  return `<div class="bar" role="img" aria-label="${STATUS_ORDER.map((s) => `${STATUS_LABEL[s]} ${t[s]}`).join(", ")}">${segments.join("")}</div>
<div class="legend">${legend.join("")}</div>`;
}
function controlEvidence(c) {
  if (c.checks.length === 0) {
    const links = (c.attested ?? []).map((a) => {
      const url = safeHttpsUrl(a.ref);
      const ref = url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(a.ref)}</a>` : escapeHtml(a.ref);
      return `<span class="nowrap">${escapeHtml(a.agent)}: ${escapeHtml(a.kind)} ${ref} (${escapeHtml(a.date)})</span>`;
    });
    return links.length > 0 ? links.join("<br>") : `<span class="muted">manual review</span>`;
  }
  const partial = new Set((c.mappings ?? []).filter((m) => m.strength === "partial").map((m) => m.check));
  const ids = c.checks.map(
    (id) => `<span class="nowrap">${escapeHtml(id)}${partial.has(id) ? ` <abbr title="partial evidence">(partial)</abbr>` : ""}</span>`
  );
  const off = c.checksOff && c.checksOff.length > 0 ? `<br><span class="muted">off: ${c.checksOff.map((id) => escapeHtml(id)).join(", ")}</span>` : "";
  return `<span class="mono">${ids.join(", ")}</span>${off}`;
}
function frameworkSection(fw) {
  const t = tallyControls(fw);
  const assessed = t.pass + t.fail + t.waived + t.partial;
  const counts = table(
    [...STATUS_ORDER.map((s) => STATUS_LABEL[s]), "Total"].map((h) => `<th class="num">${h}</th>`),
    [[...STATUS_ORDER.map((s) => num(t[s])), num(fw.controls.length)]],
    "counts"
  );
  const controls = table(
    ["Control", "Title", "Status", "Checks", `<th class="num">Agents</th>`, `<th class="num">Failing</th>`],
    fw.controls.map((c) => [
      `<span class="mono nowrap">${escapeHtml(c.id)}</span>`,
      escapeHtml(c.title),
      badge(`st-${c.status}`, STATUS_LABEL[c.status] ?? String(c.status)),
      controlEvidence(c),
      c.agents ? `<td class="num">${c.agents.failing} of ${c.agents.applicable}</td>` : `<td class="num muted">–</td>`,
      num(c.failing)
    ])
  );
  const lead = assessed === 0 ? "No control of this framework is assessed automatically." : `${t.pass} of ${assessed} automatically assessed controls pass${t.partial > 0 ? `, ${t.partial} only partially` : ""}${t.waived > 0 ? `, ${t.waived} with a waiver` : ""}.`;
  return `<section class="framework">
<h3>${escapeHtml(fw.title || fw.id)}${fw.version ? ` <span class="muted">(${escapeHtml(fw.version)})</span>` : ""}</h3>
<p>${lead}${t.manual > 0 ? ` ${plural(t.manual, "control")} ${t.manual === 1 ? "needs" : "need"} manual evidence.` : ""}${t.attested > 0 ? ` ${t.attested} attested by linked evidence.` : ""}${t["not-evaluated"] > 0 ? ` ${t["not-evaluated"]} not evaluated: their checks are off.` : ""}</p>
${coverageBar(fw)}
${counts}
${controls}
</section>`;
}
function coverageSection(report) {
  if (report.frameworks.length === 0) return "";
  return `<section id="coverage"><h2>Control coverage</h2>
<p class="muted">A control passes only when every check mapped to it ran and passed for every agent it applies to, and one of them evidences it fully; manual controls need evidence outside the manifests.</p>
<details class="statuses"><summary>What the statuses mean</summary><dl>${STATUS_ORDER.map((s) => `<dt>${badge(`st-${s}`, STATUS_LABEL[s])}</dt><dd>${escapeHtml(STATUS_MEANING[s])}</dd>`).join("")}</dl></details>
${report.frameworks.map(frameworkSection).join("\n")}
</section>`;
}
function agentAnchor(index) {
  return `agent-${index + 1}`;
}
function openOf(v) {
  return v.findings.filter((f) => f.status === "open");
}
function inventorySection(report, views) {
  if (views.length === 0)
    return `<section id="inventory"><h2>Agent inventory</h2><p>No agents were checked.</p></section>`;
  const link = (v, i) => openOf(v).length > 0 ? `<a href="#${agentAnchor(i)}">${escapeHtml(v.name)}</a>` : escapeHtml(v.name);
  const counts = (v) => [
    num(openOf(v).length),
    num(v.findings.length - openOf(v).length)
  ];
  if (!report.agents) {
    return `<section id="inventory"><h2>Agent inventory</h2>
<p class="muted">This report lists agents by their findings only (${plural(report.summary.agents, "agent")} checked); owner, identity and access level are not part of it.</p>
${table(
      ["Agent", "File", `<th class="num">Open findings</th>`, `<th class="num">Waived</th>`],
      views.map((v, i) => [link(v, i), `<span class="mono wrap">${escapeHtml(v.file)}</span>`, ...counts(v)])
    )}
</section>`;
  }
  const none = `<span class="muted">—</span>`;
  const cell = (v) => v ? escapeHtml(v) : none;
  const small = (v) => `<br><span class="muted small">${v}</span>`;
  const identity = (s) => s?.identityId ? `<span class="mono wrap">${escapeHtml(s.identityId)}</span>${s.identityProvider ? small(escapeHtml(s.identityProvider)) : ""}` : none;
  const context = (s) => s ? `${cell(s.environment)}${small(`EU AI Act risk: ${s.riskTier ? escapeHtml(s.riskTier) : "not declared"}`)}` : none;
  const access = (s) => {
    if (!s) return none;
    const detail = [plural(s.permissions, "permission")];
    if (s.sensitivePermissions > 0) detail.push(`${s.sensitivePermissions} sensitive`);
    if (s.ungatedSensitive > 0) detail.push(`${s.ungatedSensitive} without a gate`);
    return `${badge(`acc-${s.accessLevel}`, s.accessLevel)}${small(detail.join(", "))}`;
  };
  const owner = (s) => s?.owner || s?.sponsor ? `<span class="wrap">${cell(s.owner)}</span>${s.sponsor ? small(`sponsor <span class="wrap">${escapeHtml(s.sponsor)}</span>`) : ""}` : none;
  const findings = (v) => {
    const open = openOf(v).length;
    const waived = v.findings.length - open;
    return `<td class="num">${open}${waived > 0 ? small(`${waived} waived`) : ""}</td>`;
  };
  return `<section id="inventory"><h2>Agent inventory</h2>
<p class="muted">Access level is derived from the declared permissions: read-only, write, or privileged (admin, deploy or wildcard access, or any identity, secrets, code-execution, deployment or payments permission).</p>
${table(
    ["Agent", "Owner", "Identity", "Environment", "Access", `<th class="num">Open</th>`],
    views.map((v, i) => [
      `${link(v, i)}${small(`<span class="mono wrap">${escapeHtml(v.file)}</span>`)}`,
      owner(v.summary),
      identity(v.summary),
      context(v.summary),
      access(v.summary),
      findings(v)
    ]),
    "inventory"
  )}
</section>`;
}
function citations(f, titles) {
  if (f.controls.length === 0) return `<span class="muted">none</span>`;
  return `<ul class="cites">${f.controls.map(
    (c) => `<li>${escapeHtml(titles.get(c.framework) ?? c.framework)} — <strong>${escapeHtml(c.id)}</strong> ${escapeHtml(c.title)}</li>`
  ).join("")}</ul>`;
}
function findingCard(f, titles) {
  return `<article class="finding sev-${escapeHtml(f.severity)}">
<div>${badge(`sev-${f.severity}`, f.severity)} <span class="mono">${escapeHtml(f.ruleId)}</span> <span class="title">${escapeHtml(f.title)}</span>${f.new ? ` ${badge("new", "new")}` : ""}</div>
<p class="message">${escapeHtml(messageWithRelated(f))}</p>
<dl>
<dt>Location</dt><dd>${loc(f)} <span class="mono muted wrap">${escapeHtml(f.path)}</span></dd>
<dt>Controls</dt><dd>${citations(f, titles)}</dd>
${f.remediation ? `<dt>Remediation</dt><dd>${richText(f.remediation)}</dd>` : ""}
</dl>
</article>`;
}
function findingsSection(report, views) {
  const titles = frameworkTitles(report);
  const withOpen = views.map((v, i) => ({ v, i })).filter(({ v }) => openOf(v).length > 0);
  const clean = views.filter((v) => openOf(v).length === 0);
  const blocks = withOpen.map(
    ({ v, i }) => `<section class="agent" id="${agentAnchor(i)}">
<h3>${escapeHtml(v.name)} <span class="muted">(${plural(openOf(v).length, "open finding")})</span></h3>
<p class="mono muted wrap">${escapeHtml(v.file)}</p>
${openOf(v).map((f) => findingCard(f, titles)).join("\n")}
</section>`
  );
  const none = withOpen.length === 0 ? "<p>No open findings.</p>" : "";
  const compliant = clean.length > 0 && withOpen.length > 0 ? `<p>No open findings for: ${clean.map((v) => `<strong>${escapeHtml(v.name)}</strong>`).join(", ")}.</p>` : "";
  return `<section id="findings"><h2>Findings by agent</h2>
${none}${compliant}
${blocks.join("\n")}
</section>`;
}
function waiversSection(report, time) {
  const waived = report.findings.filter((f) => f.status === "waived");
  if (waived.length === 0) return "";
  const today = new Date(time).toISOString().slice(0, 10);
  const expires = (f) => {
    const at = f.waiver?.expires;
    if (!at) return `<span class="muted">—</span>`;
    return `${escapeHtml(at)}${/^\d{4}-\d{2}-\d{2}/.test(at) && at.slice(0, 10) < today ? ` ${badge("expired", "expired")}` : ""}`;
  };
  return `<section id="waivers"><h2>Waivers (accepted risk)</h2>
${table(
    ["Agent", "Check", "Finding", "Reason", "Approved by", "Expires"],
    waived.map((f) => [
      `${escapeHtml(f.agent ?? "")}<br>${loc(f)}`,
      `${badge(`sev-${f.severity}`, f.severity)} <span class="mono nowrap">${escapeHtml(f.ruleId)}</span><br>${escapeHtml(f.title)}`,
      escapeHtml(messageWithRelated(f)),
      f.waiver ? escapeHtml(f.waiver.reason) : `<span class="muted">not recorded</span>`,
      f.waiver ? escapeHtml(f.waiver.approved_by) : `<span class="muted">not recorded</span>`,
      expires(f)
    ])
  )}
</section>`;
}
function changeRows(c) {
  if (c.details.length === 0) return [[escapeHtml(c.agent), escapeHtml(c.change), "", "", ""]];
  return c.details.map((d, i) => [
    i === 0 ? `<strong>${escapeHtml(c.agent)}</strong><br><span class="muted">${escapeHtml(c.change)}</span><br><span class="mono muted wrap">${escapeHtml(c.file)}</span>` : "",
    `${escapeHtml(d.kind)}${d.escalation ? ` ${badge("escalation", d.fails ? "escalation · fails the run" : "escalation")}` : ""}`,
    `<span class="mono wrap">${escapeHtml(d.path)}</span>`,
    d.before !== void 0 ? `<span class="wrap">${escapeHtml(d.before)}</span>` : `<span class="muted">—</span>`,
    d.after !== void 0 ? `<span class="wrap">${escapeHtml(d.after)}</span>` : `<span class="muted">—</span>`
  ]);
}
function changesSection(report) {
  if (!report.base) return "";
  const changes = report.changes ?? [];
  const escalations = changes.flatMap((c) => c.details).filter((d) => d.escalation).length;
  const body = changes.length === 0 ? "<p>No agent's access changed.</p>" : `<p>${plural(changes.length, "agent")} changed; ${plural(escalations, "change")} widen access or weaken a control.</p>
${table(["Agent", "Change", "Where", "Before", "After"], changes.flatMap(changeRows))}`;
  const fixed = report.fixed ?? [];
  const fixedList = fixed.length > 0 ? `<h3>Fixed since the base (${fixed.length})</h3>
${table(
    ["Agent", "Check", "Where", "Finding"],
    fixed.map((f) => [
      escapeHtml(f.agent ?? ""),
      `<span class="mono nowrap">${escapeHtml(f.ruleId)}</span> ${escapeHtml(f.title)}`,
      loc(f),
      escapeHtml(messageWithRelated(f))
    ])
  )}` : "";
  return `<section id="changes"><h2>Access changes since <span class="mono">${escapeHtml(report.base.ref)}</span></h2>
${body}
${fixedList}
</section>`;
}
function errorsSection(errors) {
  if (errors.length === 0) return "";
  return `<section id="errors"><h2>Files that could not be checked</h2>
<p>The agents in these files are missing from everything above.</p>
${table(
    ["File", "Problem"],
    errors.map((x) => [loc(x), `<span class="wrap">${escapeHtml(x.message)}</span>`])
  )}
</section>`;
}

// src/format/html/style.ts
var STYLE = `
:root {
  color-scheme: light;
  --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --accent: #0b3d91;
  --pass: #1a7f37; --fail: #cf222e; --waived: #bf8700; --manual: #6e7781; --na: #afb8c1;
  --critical: #86181d; --high: #cf222e; --medium: #bc4c00; --low: #0969da; --info: #57606a;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 72rem; padding: 2rem 1.5rem 3rem;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  color: var(--ink); background: #fff;
}
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font-size: 1.75rem; }
h2 { font-size: 1.3rem; margin: 2.25rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
p { margin: 0.4rem 0; }
code, .mono { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.86em; }
td, dd { overflow-wrap: break-word; }
.wrap { overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; color: var(--muted); margin: 0 0 0.25rem; }

header.masthead { border-bottom: 1px solid var(--line); padding-bottom: 1.25rem; }
.verdict { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.75rem; margin: 1rem 0; padding: 0.75rem 1rem; border-radius: 6px; border: 1px solid; }
.verdict strong { font-size: 1.2rem; }
.verdict.passed { background: #dafbe1; border-color: #4ac26b; }
.verdict.failed { background: #ffebe9; border-color: #ff8182; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1.25rem; margin: 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
details.statuses dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; margin: 0.5rem 0 1rem; }
details.statuses dd { margin: 0; }

.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(6.25rem, 1fr)); gap: 0.6rem; margin-top: 1.25rem; }
.card { border: 1px solid var(--line); border-left-width: 5px; border-radius: 6px; padding: 0.5rem 0.75rem; }
.card .n { display: block; font-size: 1.5rem; font-weight: 650; }
.card .l { font-size: 0.8rem; color: var(--muted); }

table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.55rem; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; }
table.counts { width: auto; min-width: 26rem; }
table.counts th, table.counts td { padding-left: 1.1rem; }
.nowrap { white-space: nowrap; }
table.inventory { font-size: 0.85rem; }
table.inventory td:first-child { min-width: 9rem; }
table.inventory td:nth-child(2) { min-width: 8rem; }
table.inventory td:nth-child(3) { min-width: 9rem; }
.small { font-size: 0.82em; }
pre.code { margin: 0.3rem 0; padding: 0.45rem 0.6rem; background: var(--soft); border: 1px solid var(--line); border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.85rem; }
pre.code code { font-size: inherit; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }

.badge { display: inline-block; padding: 0 0.45rem; border-radius: 999px; font-size: 0.78rem; font-weight: 600; color: #fff; background: var(--manual); white-space: nowrap; }
.sev-critical { background: var(--critical); border-color: var(--critical); }
.sev-high { background: var(--high); border-color: var(--high); }
.sev-medium { background: var(--medium); border-color: var(--medium); }
.sev-low { background: var(--low); border-color: var(--low); }
.sev-info { background: var(--info); border-color: var(--info); }
.card.sev-critical, .card.sev-high, .card.sev-medium, .card.sev-low, .card.sev-info, .card.plain { background: #fff; }
.card.plain { border-left-color: var(--accent); }
.st-pass { background: var(--pass); }
.st-fail { background: var(--fail); }
.st-waived { background: var(--waived); }
.st-manual { background: var(--manual); }
.st-not-applicable { background: var(--na); color: var(--ink); }
.st-partial { background: repeating-linear-gradient(135deg, var(--pass), var(--pass) 4px, var(--waived) 4px, var(--waived) 8px); }
.st-attested { background: var(--accent); }
.st-not-evaluated { background: #fff; color: var(--ink); border: 1px dashed var(--manual); }
.acc-privileged { background: var(--fail); }
.acc-write { background: var(--waived); }
.acc-read-only { background: var(--pass); }
.badge.new { background: var(--accent); }
.badge.escalation { background: var(--critical); }
.badge.expired { background: var(--fail); }

.bar { display: flex; height: 0.9rem; border-radius: 4px; overflow: hidden; background: var(--soft); border: 1px solid var(--line); margin: 0.4rem 0; }
.bar span { display: block; height: 100%; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; font-size: 0.85rem; margin: 0.25rem 0 0.5rem; }
.legend i { display: inline-block; width: 0.7rem; height: 0.7rem; border-radius: 2px; margin-right: 0.3rem; vertical-align: -0.05rem; }

.agent { border-top: 1px solid var(--line); margin-top: 1.25rem; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--manual); border-radius: 6px; padding: 0.6rem 0.85rem; margin: 0.6rem 0; break-inside: avoid; background: #fff; }
.finding.sev-critical { border-left-color: var(--critical); }
.finding.sev-high { border-left-color: var(--high); }
.finding.sev-medium { border-left-color: var(--medium); }
.finding.sev-low { border-left-color: var(--low); }
.finding.sev-info { border-left-color: var(--info); }
.finding .title { font-weight: 600; }
.finding .message { white-space: pre-wrap; }
.finding dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.4rem 0 0; font-size: 0.9rem; }
.finding dt { color: var(--muted); }
.finding dd { margin: 0; white-space: pre-wrap; }
ul.cites { margin: 0; padding-left: 1.1rem; }
footer { margin-top: 3rem; padding-top: 0.75rem; border-top: 1px solid var(--line); font-size: 0.8rem; color: var(--muted); }

* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  table { font-size: 8.5pt; }
  h2 { break-after: avoid; margin-top: 1.5rem; }
  h3 { break-after: avoid; }
  header.masthead, .cards, .bar, .legend { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;

// src/format/html/policy.ts
function policyInForceSection(report) {
  const p = report.policy;
  if (!p) return "";
  const lines = policyInForceLines(p);
  const packs = (p.rulePacks ?? []).map((r) => `${escapeHtml(r.name)} <span class="mono">${escapeHtml(r.version)}</span>`);
  const body = lines.length === 0 ? "<p>No checks switched off or re-graded, and every parameter at its default.</p>" : `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`;
  return `<section id="policy">
<h2>Policy in force</h2>
<p>Judged by ${escapeHtml(policySourceText(p))}. Digest of the config and packs: <span class="mono">${escapeHtml(p.digest)}</span>.${packs.length > 0 ? ` Rule packs: ${packs.join(", ")}.` : ""}</p>
${body}
</section>`;
}

// src/format/html.ts
var HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
function formatHtml(input) {
  const { report } = input;
  const time = runTime(input);
  const views = agentViews(report);
  const title = `agentpolicy report — ${report.summary.passed ? "passed" : "failed"} — ${utc(time)}`;
  const body = [
    masthead(report, time),
    "<main>",
    coverageSection(report),
    policyInForceSection(report),
    inventorySection(report, views),
    findingsSection(report, views),
    waiversSection(report, time),
    changesSection(report),
    errorsSection(report.errors),
    "</main>",
    `<footer>Generated by ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)} on ${escapeHtml(utc(time))} from the agent manifests in scope. It states what the manifests declare and what the checks found; it is not evidence of runtime behaviour.</footer>`
  ].filter((part) => part !== "");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}

export {
  HTML_CSP,
  formatHtml
};
