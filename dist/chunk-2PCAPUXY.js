import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  formatPolicyInForceMarkdown
} from "./chunk-JB4F2WKD.js";
import {
  formatPolicyChangesMarkdown,
  unreadableBaseNotice
} from "./chunk-QFCOLK2G.js";
import {
  problemCount,
  severityBreakdown,
  tallyControls,
  verdict
} from "./chunk-E5PKRJ2Y.js";
import {
  plural
} from "./chunk-LCWV2GUA.js";
import {
  messageWithRelated
} from "./chunk-I2UDWMBI.js";
import {
  escapeMarkdown,
  safeHttpsUrl,
  wellFormed
} from "./chunk-Z6R44D76.js";

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/format/icons.ts
var SEVERITY_ICON = {
  critical: "🔴",
  high: "🟠",
  medium: "🟡",
  low: "🔵",
  info: "⚪"
};

// src/format/undeclared.ts
var CLIP = 200;
function clip(s) {
  return s.length <= CLIP ? s : `${wellFormed(s.slice(0, CLIP))}…`;
}
var KIND_WORDS = {
  "agent-framework": "agent framework",
  "mcp-server": "MCP server SDK",
  "mcp-client": "MCP client SDK",
  "llm-sdk": "LLM SDK"
};
function newUndeclaredCode(report) {
  if (!report.base) return [];
  const out = [];
  for (const c of report.components ?? []) {
    if (c.declared) continue;
    const finding = report.findings.find(
      (f) => f.ruleId.startsWith("AP-SHADOW-") && f.status === "open" && f.agent === c.path
    );
    if (!finding) continue;
    const added = c.signals.filter((s) => s.type !== "import" && s.new === true);
    if (added.length > 0 || finding.new) out.push({ component: c, finding, added });
  }
  return out;
}
function uses(signals, max = 3) {
  const named = [...new Map(signals.map((s) => [s.package, s])).values()];
  const shown = named.slice(0, max).map(
    (s) => `${escapeMarkdown(clip(s.package))} (${Object.hasOwn(KIND_WORDS, s.kind) ? KIND_WORDS[s.kind] : escapeMarkdown(s.kind)})`
  );
  return shown.join(", ") + (named.length > max ? ` and ${named.length - max} more` : "");
}
function codeGlob(c) {
  return c.path === "." ? "**" : `${c.path}/**`;
}
function undeclaredCodeSection(report, opts) {
  const rows = newUndeclaredCode(report);
  if (rows.length === 0) return [];
  const shown = rows.slice(0, opts.limit ?? rows.length);
  const out = [
    `${opts.heading} (${rows.length})`,
    "",
    "AI agent code in projects that no manifest's code: globs, manifest, native agent config or sources: link declares, so no owner, permissions or approvals govern it:",
    ""
  ];
  for (const { component: c, finding, added } of shown) {
    const where2 = c.path === "." ? "the repository root" : escapeMarkdown(clip(c.path));
    const name = c.name !== c.path && c.name !== "." ? ` (${escapeMarkdown(clip(c.name))})` : "";
    const at = added.find((s) => s.type === "dependency") ?? added[0];
    const brought = at ? opts.location(at.file, at.line) : opts.location(finding.file, finding.line);
    const what = added.length > 0 ? `adds ${uses(added)}` : `is no longer declared; it uses ${uses(c.signals.filter((s) => s.type !== "import"))}`;
    const folder = c.path === "." ? "the repository root" : `${escapeMarkdown(clip(c.path))}/`;
    out.push(
      `- **${where2}**${name} ${what}, at ${brought} (${escapeMarkdown(finding.ruleId)}, ${finding.severity}).`,
      `  Fix: add **${escapeMarkdown(`code: ["${clip(codeGlob(c))}"]`)}** to the manifest of the agent it belongs to, or put a manifest in ${folder}; if it is not agent code, remove the dependency or waive ${escapeMarkdown(finding.ruleId)} for agent ${escapeMarkdown(clip(c.path))} with the reason.`
    );
  }
  if (rows.length > shown.length)
    out.push(`- … and ${rows.length - shown.length} more${opts.more ? `: see ${opts.more}` : ""}.`);
  return out;
}

// src/format/markdown.ts
var STATUS_ICON = {
  pass: "✅ pass",
  fail: "❌ fail",
  waived: "⚠️ waived",
  "not-applicable": "➖ n/a",
  manual: "📝 manual",
  partial: "◐ partial",
  attested: "📎 attested",
  "not-evaluated": "⏸️ not evaluated"
};
function table(rows) {
  return markdownTable(rows, { alignDelimiters: false });
}
function severityCell(f) {
  return `${SEVERITY_ICON[f.severity]} ${f.severity}${f.new ? " 🆕 **new**" : ""}`;
}
function where(file, line) {
  return `${escapeMarkdown(file)}:${line}`;
}
function checkCell(f, rules) {
  const uri = safeHttpsUrl(rules.get(f.ruleId)?.helpUri);
  return uri ? `[${escapeMarkdown(f.ruleId)}](${uri})` : escapeMarkdown(f.ruleId);
}
function heading(report) {
  const { passed, files, agents, failOn } = report.summary;
  const problems = problemCount(report);
  const counts = problems === 0 ? "No problems" : `**${plural(problems, "problem")}** (${severityBreakdown(report)})`;
  const lines = [
    `## ${passed ? "✅" : "❌"} agentpolicy: ${passed ? "passed" : "failed"}`,
    "",
    `${counts} in ${plural(files, "file")} (${plural(agents, "agent")}); ${verdict(report)}.`
  ];
  if (report.base) {
    const s = report.summary;
    const delta = [s.new, s.fixed, s.unchanged].every((n) => n !== void 0) ? `: ${s.new} new, ${s.fixed} fixed, ${s.unchanged} unchanged` : "";
    lines.push("", `Compared with ${escapeMarkdown(report.base.ref)} (${escapeMarkdown(report.base.sha.slice(0, 12))})${delta}.`);
  }
  lines.push(
    "",
    table([
      ["Critical", "High", "Medium", "Low", "Info", "Waived", "File errors", "Fail-on"],
      [
        ...["critical", "high", "medium", "low", "info"].map(
          (s) => String(report.summary.findings[s])
        ),
        String(report.summary.waived),
        String(report.summary.errors),
        escapeMarkdown(failOn)
      ]
    ])
  );
  return lines;
}
function findingsSection(findings, rules) {
  if (findings.length === 0) return [];
  return [
    "### Findings",
    "",
    table([
      ["Severity", "Agent", "File", "Check", "Message"],
      ...findings.map((f) => [
        severityCell(f),
        escapeMarkdown(f.agent ?? ""),
        where(f.file, f.line),
        checkCell(f, rules),
        escapeMarkdown(messageWithRelated(f))
      ])
    ])
  ];
}
function waivedSection(waived, rules) {
  if (waived.length === 0) return [];
  return [
    "<details>",
    `<summary>Waived findings (${waived.length})</summary>`,
    "",
    table([
      ["Severity", "Agent", "File", "Check", "Message", "Reason", "Approved by", "Expires"],
      ...waived.map((f) => [
        `${SEVERITY_ICON[f.severity]} ${f.severity}`,
        escapeMarkdown(f.agent ?? ""),
        where(f.file, f.line),
        checkCell(f, rules),
        escapeMarkdown(messageWithRelated(f)),
        escapeMarkdown(f.waiver?.reason ?? ""),
        escapeMarkdown(f.waiver?.approved_by ?? ""),
        escapeMarkdown(f.waiver?.expires ?? "")
      ])
    ]),
    "",
    "</details>"
  ];
}
function errorSection(errors) {
  if (errors.length === 0) return [];
  return [
    "### Files that could not be checked",
    "",
    table([
      ["File", "Problem"],
      ...errors.map((e) => [`${where(e.file, e.line)}:${e.column}`, escapeMarkdown(e.message)])
    ])
  ];
}
function changeSection(report) {
  const changes = report.changes ?? [];
  if (!report.base || changes.length === 0) return [];
  const detail = (d) => {
    const values = [
      d.before !== void 0 ? `from ${escapeMarkdown(d.before)}` : "",
      d.after !== void 0 ? `to ${escapeMarkdown(d.after)}` : ""
    ].filter(Boolean).join(" ");
    const mark = d.fails ? "⛔ " : d.escalation ? "⚠️ " : "";
    return `${mark}${escapeMarkdown(d.kind)} ${escapeMarkdown(d.path)}${values ? ` ${values}` : ""}`;
  };
  return [
    "### Changes since the base",
    "",
    table([
      ["Agent", "File", "Change", "Details"],
      ...changes.map((c) => [escapeMarkdown(c.agent), escapeMarkdown(c.file), escapeMarkdown(c.change), c.details.map(detail).join("<br>")])
    ])
  ];
}
function coverageSection(report) {
  if (report.frameworks.length === 0) return [];
  const out = ["### Compliance coverage", ""];
  for (const fw of report.frameworks) {
    const t = tallyControls(fw);
    const counts = [
      `${t.pass} pass, ${t.fail} fail, ${t.partial} partial, ${t.waived} waived`,
      `${t.attested} attested, ${t.manual} manual, ${t["not-evaluated"]} not evaluated, ${t["not-applicable"]} n/a`
    ].join(", ");
    out.push(
      `#### ${escapeMarkdown(fw.title || fw.id)}${fw.version ? ` (${escapeMarkdown(fw.version)})` : ""}`,
      "",
      "<details>",
      `<summary>${counts}${t.failingIds.length ? ` (${plural(t.failingIds.length, "failing control")})` : ""}</summary>`,
      "",
      table([
        ["Control", "Title", "Status", "Agents failing", "Failing findings"],
        ...fw.controls.map((c) => [
          escapeMarkdown(c.id),
          escapeMarkdown(c.title),
          `${STATUS_ICON[c.status] ?? escapeMarkdown(c.status)}${c.checksOff && c.checksOff.length > 0 ? ` (off: ${c.checksOff.map(escapeMarkdown).join(", ")})` : ""}`,
          c.agents ? `${c.agents.failing} of ${c.agents.applicable}` : "",
          String(c.failing)
        ])
      ]),
      "",
      "</details>",
      ""
    );
  }
  return out;
}
function policySection(report) {
  const notice = unreadableBaseNotice(report);
  const changes = report.policyChanges ?? [];
  return [
    ...notice ? [`> [!WARNING]
> ${escapeMarkdown(notice)}
`] : [],
    ...changes.length > 0 ? [formatPolicyChangesMarkdown(changes, { source: report.policySource ?? "base" })] : []
  ];
}
function formatMarkdown({ report, rules }) {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const open = report.findings.filter((f) => f.status !== "waived");
  const waived = report.findings.filter((f) => f.status === "waived");
  const sections = [
    heading(report),
    findingsSection(open, byId),
    waivedSection(waived, byId),
    errorSection(report.errors),
    changeSection(report),
    undeclaredCodeSection(report, { heading: "### New undeclared agent code", location: where }),
    policySection(report),
    coverageSection(report),
    formatPolicyInForceMarkdown(report, "### Policy in force")
  ].filter((s) => s.length > 0);
  return sections.map((s) => s.join("\n").trimEnd()).join("\n\n") + "\n";
}

export {
  markdownTable,
  SEVERITY_ICON,
  newUndeclaredCode,
  undeclaredCodeSection,
  formatMarkdown
};
