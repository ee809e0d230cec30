import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  bomDetails,
  formatCycloneDx
} from "./chunk-SHOMHZUG.js";
import {
  oneOf,
  sizeOf
} from "./chunk-XY2X6XJ3.js";
import {
  checkOutput,
  deliver
} from "./chunk-7HACHJDW.js";
import {
  EXIT,
  INVENTORY_HELP
} from "./chunk-O7XNPXAJ.js";
import {
  COLUMNS,
  findingSummary,
  formatInventoryMarkdown
} from "./chunk-BVTMA25R.js";
import {
  runPipeline
} from "./chunk-MSQUPWFK.js";
import {
  ACCESS_LEVELS
} from "./chunk-X6QVJT7M.js";
import "./chunk-FWE7YAEI.js";
import "./chunk-NBGPQBYX.js";
import "./chunk-4NN7QIXY.js";
import {
  TOOL_VERSION
} from "./chunk-46J5RHI4.js";
import "./chunk-3VZ7T36H.js";
import "./chunk-6WOQBHG4.js";
import "./chunk-BNU4OYRD.js";
import {
  DEFAULT_MAX_FILE_SIZE
} from "./chunk-C34AYXUD.js";
import "./chunk-U6PY5KLE.js";
import "./chunk-5ETBV6RK.js";
import "./chunk-EHMHJOXK.js";
import "./chunk-3JT46TE2.js";
import "./chunk-UW2F2IDI.js";
import "./chunk-LCWV2GUA.js";
import {
  SEVERITIES
} from "./chunk-NOSNPXS3.js";
import {
  commandSafe,
  escapeMarkdown,
  jsonSafe,
  oneLine,
  printable
} from "./chunk-Z6R44D76.js";
import "./chunk-OKO2LAOG.js";

// src/cli/commands/inventory.ts
import { basename } from "node:path";
import { parseArgs } from "node:util";

// src/format/inventory/components.ts
function statusOf(c) {
  return c.declared ? "declared" : "undeclared";
}
function agentStatus(row) {
  const r = row;
  if (r.declared !== void 0) return r.declared ? "declared" : "undeclared";
  return r.source === void 0 || r.source === "manifest" ? "declared" : "undeclared";
}
function overview(agents, components) {
  return [
    ...agents.map((a) => ({
      status: agentStatus(a),
      type: a.source && a.source !== "manifest" ? `agent (${a.source})` : "agent",
      name: a.name,
      where: a.file,
      owner: a.owner ?? ""
    })),
    ...components.map((c) => {
      const first = c.signals.find((s) => s.type !== "import");
      return {
        status: statusOf(c),
        type: `code (${c.kinds.join(", ")})`,
        name: c.path,
        where: first ? `${first.file}:${first.line}` : c.path,
        owner: ""
      };
    })
  ];
}
function overviewText(agents, components) {
  const lines = overview(agents, components).map((l) => [
    l.status,
    oneLine(l.type),
    oneLine(l.name),
    oneLine(l.where)
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...lines.map((l) => l[i].length)));
  const undeclared = lines.filter((l) => l[0] === "undeclared").length;
  return [
    `inventory: ${lines.length} ${lines.length === 1 ? "entry" : "entries"}, ${undeclared} undeclared`,
    ...lines.map((l) => commandSafe(l.map((v, i) => i < 3 ? v.padEnd(widths[i]) : v).join("  ")))
  ].join("\n") + "\n";
}
function overviewMarkdown(agents, components) {
  const rows = overview(agents, components);
  const lines = [
    "## Inventory",
    "",
    "| Status | Type | Name | Where | Owner |",
    "| --- | --- | --- | --- | --- |"
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.status === "undeclared" ? "**undeclared**" : "declared"} | ${cell(r.type)} | ${cell(r.name)} | ${cell(r.where)} | ${cell(r.owner)} |`
    );
  }
  return lines.join("\n") + "\n";
}
function signalSummary(c) {
  const seen = /* @__PURE__ */ new Set();
  const parts = [];
  for (const s of c.signals) {
    if (s.type === "import" || seen.has(s.package)) continue;
    seen.add(s.package);
    parts.push(`${s.package} (${s.kind}) at ${s.file}:${s.line}`);
  }
  return parts.join("; ");
}
function declaredBySummary(c) {
  return c.declaredBy.map(
    (d) => `${d.by === "code" ? "code: globs of" : d.by === "sources" ? "sources: of" : d.by === "native" ? "native config" : "manifest"} ${d.agent ?? d.file}`
  ).join("; ");
}
function counts(c) {
  const parts = SEVERITIES.filter((s) => c.findings[s] > 0).map((s) => `${c.findings[s]} ${s}`);
  if (c.waived > 0) parts.push(`${c.waived} waived`);
  return parts.length > 0 ? parts.join(", ") : "none";
}
function componentsText(rows) {
  if (rows.length === 0) return "";
  const blocks = rows.map((c) => {
    const imports = c.signals.filter((s) => s.type === "import");
    const fields = [
      ["status", statusOf(c) + (c.declared ? ` (${oneLine(declaredBySummary(c))})` : "")],
      ["kinds", oneLine(c.kinds.join(", "))],
      ["files", oneLine(c.files.join(", ") || "-")],
      ["signals", oneLine(signalSummary(c) || "-")],
      [
        "imports",
        imports.length === 0 ? "-" : oneLine(
          imports.slice(0, 5).map((s) => `${s.file}:${s.line}`).join(", ") + (imports.length > 5 ? ` and ${imports.length - 5} more` : "")
        )
      ],
      ["findings", counts(c)]
    ];
    const width = Math.max(...fields.map(([k]) => k.length));
    return [
      `${commandSafe(oneLine(c.path))}  code component${c.name !== c.path ? ` ${oneLine(c.name)}` : ""}`,
      ...fields.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)
    ].join("\n");
  });
  const undeclared = rows.filter((c) => !c.declared).length;
  const total = `${rows.length} code ${rows.length === 1 ? "component" : "components"} with AI agent code: ${undeclared} undeclared, ${rows.length - undeclared} declared`;
  return [...blocks, total].join("\n\n") + "\n";
}
function cell(value) {
  const escaped = escapeMarkdown(value);
  return escaped === "" ? "–" : escaped;
}
function componentsTableMarkdown(rows) {
  const head = ["Component", "Status", "Kinds", "Signals", "Declared by", "Open findings"];
  const lines = [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`];
  for (const c of rows) {
    lines.push(
      `| ${[
        `**${cell(c.path)}**${c.name !== c.path ? ` (${cell(c.name)})` : ""}`,
        c.declared ? "declared" : "**undeclared**",
        cell(c.kinds.join(", ")),
        cell(signalSummary(c)),
        cell(declaredBySummary(c)),
        cell(counts(c))
      ].join(" | ")} |`
    );
  }
  return lines.join("\n") + "\n";
}
function componentsMarkdown(rows) {
  if (rows.length === 0) return "";
  const undeclared = rows.filter((c) => !c.declared).length;
  return [
    "## Discovered agent code",
    "",
    `${rows.length} code ${rows.length === 1 ? "component" : "components"} with AI agent code, ${undeclared} undeclared.`,
    "",
    componentsTableMarkdown(rows)
  ].join("\n");
}
function componentJson(c) {
  return {
    path: c.path,
    name: c.name,
    status: statusOf(c),
    declared: c.declared,
    ...c.agent !== void 0 ? { agent: c.agent } : {},
    declaredBy: c.declaredBy,
    kinds: c.kinds,
    ecosystems: c.ecosystems,
    files: c.files,
    signals: c.signals,
    findings: Object.fromEntries(SEVERITIES.map((s) => [s, c.findings[s]])),
    waived: c.waived,
    ...c.workspace !== void 0 ? { workspace: c.workspace } : {}
  };
}

// src/format/inventory/csv.ts
var FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
function csvCell(value) {
  let v = printable(value).split(/(\r\n|\r|\n)/).map((part, i) => i % 2 === 0 ? commandSafe(part) : part).join("");
  if (FORMULA_START.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
function formatInventoryCsv(rows, components = []) {
  const header = [...COLUMNS.map((c) => c.key), "type", "status", "signals"];
  const agentLines = rows.map((r) => [
    ...COLUMNS.map((c) => c.value(r)),
    r.source ?? "agent",
    agentStatus(r),
    ""
  ]);
  const componentLines = components.map(
    (c) => header.map((key) => {
      if (key === "name") return c.path;
      if (key === "file") return c.files[0] ?? c.signals[0]?.file ?? "";
      if (key === "type") return "code";
      if (key === "status") return statusOf(c);
      if (key === "signals") return signalSummary(c);
      if (key in c.findings) return String(c.findings[key]);
      if (key === "waived") return String(c.waived);
      return "";
    })
  );
  const lines = [header, ...agentLines, ...componentLines];
  return lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

// src/format/inventory/json.ts
function laidOut(r) {
  const out = { name: r.name, file: r.file, status: agentStatus(r) };
  if (r.owner !== void 0) out.owner = r.owner;
  if (r.sponsor !== void 0) out.sponsor = r.sponsor;
  if (r.environment !== void 0) out.environment = r.environment;
  if (r.riskTier !== void 0) out.riskTier = r.riskTier;
  if (r.identityProvider !== void 0) out.identityProvider = r.identityProvider;
  out.accessLevel = r.accessLevel;
  out.permissionCategories = r.permissionCategories;
  out.credentialTypes = r.credentialTypes;
  if (r.longestTtl !== void 0) out.longestTtl = r.longestTtl;
  out.gates = r.gates;
  out.findings = Object.fromEntries(SEVERITIES.map((s) => [s, r.findings[s]]));
  out.waived = r.waived;
  return out;
}
function formatInventoryJson(inventory) {
  return jsonSafe(
    JSON.stringify(
      {
        schemaVersion: inventory.schemaVersion,
        tool: inventory.tool,
        agents: inventory.agents.map(laidOut),
        ...inventory.components ? { components: inventory.components.map(componentJson) } : {},
        errors: inventory.errors
      },
      null,
      2
    )
  ) + "\n";
}

// src/format/inventory/text.ts
var dash = (v) => v === void 0 || v === "" ? "-" : oneLine(v);
var listed = (v) => v.length === 0 ? "-" : oneLine(v.join(", "));
function formatInventoryText(rows) {
  const blocks = rows.map((r) => {
    const fields = [
      ["owner", dash(r.owner)],
      ["sponsor", dash(r.sponsor)],
      ["environment", dash(r.environment)],
      ["risk tier", dash(r.riskTier)],
      ["identity", dash(r.identityProvider)],
      [
        "access",
        `${r.accessLevel}${r.permissionCategories.length > 0 ? ` (${listed(r.permissionCategories)})` : ""}`
      ],
      [
        "credentials",
        `${listed(r.credentialTypes)}${r.longestTtl ? `; longest ttl ${oneLine(r.longestTtl)}` : ""}`
      ],
      ["gates", listed(r.gates)],
      ["findings", findingSummary(r)]
    ];
    const width = Math.max(...fields.map(([k]) => k.length));
    return [
      `${commandSafe(oneLine(r.name))}  ${oneLine(r.file)}`,
      ...fields.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)
    ].join("\n");
  });
  const tally = ACCESS_LEVELS.map(
    (level) => `${rows.filter((r) => r.accessLevel === level).length} ${level}`
  );
  const total = `${rows.length} ${rows.length === 1 ? "agent" : "agents"}: ${tally.join(", ")}`;
  return [...blocks, total].join("\n\n") + "\n";
}

// src/format/inventory/index.ts
var INVENTORY_FORMATS = ["text", "json", "csv", "markdown"];
function formatInventory(name, inventory) {
  const components = inventory.components ?? [];
  switch (name) {
    // declared agents, native-config agents and discovered code side by side, then the details of each
    case "text":
      return components.length === 0 ? formatInventoryText(inventory.agents) : [
        overviewText(inventory.agents, components),
        formatInventoryText(inventory.agents),
        componentsText(components)
      ].join("\n");
    case "json":
      return formatInventoryJson(inventory);
    case "csv":
      return formatInventoryCsv(inventory.agents, components);
    case "markdown":
      return components.length === 0 ? formatInventoryMarkdown(inventory.agents) : [
        overviewMarkdown(inventory.agents, components),
        formatInventoryMarkdown(inventory.agents),
        componentsMarkdown(components)
      ].join("\n");
  }
}

// src/cli/commands/inventory.ts
async function inventoryCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      config: { type: "string", short: "c" },
      "max-file-size": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(INVENTORY_HELP + "\n");
    return EXIT.passed;
  }
  const fmt = oneOf(
    "format",
    values.format,
    [...INVENTORY_FORMATS, "cyclonedx"],
    "text"
  );
  const maxFileSize = sizeOf("max-file-size", values["max-file-size"], DEFAULT_MAX_FILE_SIZE);
  checkOutput(io, values.output);
  const result = await runPipeline({
    root: io.cwd,
    paths: positionals,
    maxFileSize,
    ...values.config !== void 0 ? { config: values.config } : {}
  });
  const inventory = {
    schemaVersion: 1,
    tool: { name: "agentpolicy", version: TOOL_VERSION },
    agents: result.report.agents ?? [],
    ...result.report.components ? { components: result.report.components } : {},
    errors: result.report.errors
  };
  const text = fmt === "cyclonedx" ? formatCycloneDx({ report: result.report, details: bomDetails(result.agents), name: basename(io.cwd) }) : formatInventory(fmt, inventory);
  deliver(io, text, values.output);
  for (const e of inventory.errors) {
    io.stderr(`agentpolicy inventory: ${oneLine(`${e.file}:${e.line}:${e.column}: ${e.message}`)}
`);
  }
  return inventory.errors.length > 0 ? EXIT.failed : EXIT.passed;
}
export {
  inventoryCommand
};
