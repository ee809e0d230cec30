// The report's only stylesheet, inlined (the CSP allows inline styles and nothing else). System
// fonts, no images; the print rules make "Save as PDF" a clean A4 document with colours kept.
export const STYLE = `
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
