import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  formatPolicyChangesMarkdown,
  unreadableBaseNotice
} from "./chunk-DDRHSBER.js";
import {
  problemCount,
  severityBreakdown,
  tallyControls,
  verdict
} from "./chunk-PXD5G6OM.js";
import {
  plural
} from "./chunk-LCWV2GUA.js";
import {
  messageWithRelated
} from "./chunk-I2UDWMBI.js";
import {
  escapeMarkdown,
  safeHttpsUrl
} from "./chunk-JBLX3NH7.js";

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

// src/format/markdown.ts
var STATUS_ICON = {
  pass: "✅ pass",
  fail: "❌ fail",
  waived: "⚠️ waived",
  "not-applicable": "➖ n/a",
  manual: "📝 manual"
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
    const counts = `${t.pass} pass, ${t.fail} fail, ${t.waived} waived, ${t.manual} manual, ${t["not-applicable"]} n/a`;
    out.push(
      `#### ${escapeMarkdown(fw.title || fw.id)}${fw.version ? ` (${escapeMarkdown(fw.version)})` : ""}`,
      "",
      "<details>",
      `<summary>${counts}${t.failingIds.length ? ` (${plural(t.failingIds.length, "failing control")})` : ""}</summary>`,
      "",
      table([
        ["Control", "Title", "Status", "Failing findings"],
        ...fw.controls.map((c) => [
          escapeMarkdown(c.id),
          escapeMarkdown(c.title),
          STATUS_ICON[c.status] ?? escapeMarkdown(c.status),
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
    policySection(report),
    coverageSection(report)
  ].filter((s) => s.length > 0);
  return sections.map((s) => s.join("\n").trimEnd()).join("\n\n") + "\n";
}

export {
  markdownTable,
  SEVERITY_ICON,
  formatMarkdown
};
