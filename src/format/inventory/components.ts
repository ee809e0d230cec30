// The discovered components beside the declared agents, in every inventory format: the same facts
// (path, status, kinds, the dependency lines that brought agent code in, what declares it). Values are
// repository data and go through the same escaping as the agent rows.
import type { AgentRow, ComponentRow, SeverityCounts } from "../../report/model.js";
import { SEVERITIES } from "../../report/model.js";
import { commandSafe, escapeMarkdown, oneLine } from "../escape.js";

export function statusOf(c: ComponentRow): "declared" | "undeclared" {
  return c.declared ? "declared" : "undeclared";
}

/**
 * An agent from a manifest is declared. An agent read from a native config (a `source` other than
 * manifest) that no manifest governs is undeclared: the host runs it, but nobody declared its owner.
 */
export function agentStatus(row: AgentRow): "declared" | "undeclared" {
  const r = row as AgentRow & { source?: string; declared?: boolean };
  if (r.declared !== undefined) return r.declared ? "declared" : "undeclared";
  return r.source === undefined || r.source === "manifest" ? "declared" : "undeclared";
}

interface OverviewLine {
  status: string;
  type: string;
  name: string;
  where: string;
  owner: string;
}

function overview(agents: readonly AgentRow[], components: readonly ComponentRow[]): OverviewLine[] {
  return [
    ...agents.map((a) => ({
      status: agentStatus(a),
      type:
        (a as { source?: string }).source && (a as { source?: string }).source !== "manifest"
          ? `agent (${(a as { source?: string }).source})`
          : "agent",
      name: a.name,
      where: a.file,
      owner: a.owner ?? "",
    })),
    ...components.map((c) => {
      const first = c.signals.find((s) => s.type !== "import");
      return {
        status: statusOf(c),
        type: `code (${c.kinds.join(", ")})`,
        name: c.path,
        where: first ? `${first.file}:${first.line}` : c.path,
        owner: "",
      };
    }),
  ];
}

/** One line per agent and per code component: status, type, name, where. */
export function overviewText(agents: readonly AgentRow[], components: readonly ComponentRow[]): string {
  const lines = overview(agents, components).map((l) => [
    l.status,
    l.type,
    oneLine(l.name),
    oneLine(l.where),
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...lines.map((l) => l[i]!.length)));
  const undeclared = lines.filter((l) => l[0] === "undeclared").length;
  return (
    [
      `inventory: ${lines.length} ${lines.length === 1 ? "entry" : "entries"}, ${undeclared} undeclared`,
      ...lines.map((l) => commandSafe(l.map((v, i) => (i < 3 ? v.padEnd(widths[i]!) : v)).join("  "))),
    ].join("\n") + "\n"
  );
}

export function overviewMarkdown(agents: readonly AgentRow[], components: readonly ComponentRow[]): string {
  const rows = overview(agents, components);
  const lines = [
    "## Inventory",
    "",
    "| Status | Type | Name | Where | Owner |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.status === "undeclared" ? "**undeclared**" : "declared"} | ${cell(r.type)} | ${cell(r.name)} | ${cell(r.where)} | ${cell(r.owner)} |`,
    );
  }
  return lines.join("\n") + "\n";
}

/** "@langchain/langgraph (agent-framework) at svc/package.json:12; openai (llm-sdk) at ..." */
export function signalSummary(c: ComponentRow): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const s of c.signals) {
    if (s.type === "import" || seen.has(s.package)) continue;
    seen.add(s.package);
    parts.push(`${s.package} (${s.kind}) at ${s.file}:${s.line}`);
  }
  return parts.join("; ");
}

export function declaredBySummary(c: ComponentRow): string {
  return c.declaredBy
    .map(
      (d) =>
        `${d.by === "code" ? "code: globs of" : d.by === "sources" ? "sources: of" : d.by === "native" ? "native config" : "manifest"} ${d.agent ?? d.file}`,
    )
    .join("; ");
}

function counts(c: { findings: SeverityCounts; waived: number }): string {
  const parts = SEVERITIES.filter((s) => c.findings[s] > 0).map((s) => `${c.findings[s]} ${s}`);
  if (c.waived > 0) parts.push(`${c.waived} waived`);
  return parts.length > 0 ? parts.join(", ") : "none";
}

export function componentsText(rows: readonly ComponentRow[]): string {
  if (rows.length === 0) return "";
  const blocks = rows.map((c) => {
    const imports = c.signals.filter((s) => s.type === "import");
    const fields: [string, string][] = [
      ["status", statusOf(c) + (c.declared ? ` (${oneLine(declaredBySummary(c))})` : "")],
      ["kinds", oneLine(c.kinds.join(", "))],
      ["files", oneLine(c.files.join(", ") || "-")],
      ["signals", oneLine(signalSummary(c) || "-")],
      [
        "imports",
        imports.length === 0
          ? "-"
          : oneLine(
              imports
                .slice(0, 5)
                .map((s) => `${s.file}:${s.line}`)
                .join(", ") + (imports.length > 5 ? ` and ${imports.length - 5} more` : ""),
            ),
      ],
      ["findings", counts(c)],
    ];
    const width = Math.max(...fields.map(([k]) => k.length));
    return [
      `${commandSafe(oneLine(c.path))}  code component${c.name !== c.path ? ` ${oneLine(c.name)}` : ""}`,
      ...fields.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`),
    ].join("\n");
  });
  const undeclared = rows.filter((c) => !c.declared).length;
  const total = `${rows.length} code ${rows.length === 1 ? "component" : "components"} with AI agent code: ${undeclared} undeclared, ${rows.length - undeclared} declared`;
  return [...blocks, total].join("\n\n") + "\n";
}

function cell(value: string): string {
  const escaped = escapeMarkdown(value);
  return escaped === "" ? "–" : escaped;
}

export function componentsTableMarkdown(rows: readonly ComponentRow[]): string {
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
        cell(counts(c)),
      ].join(" | ")} |`,
    );
  }
  return lines.join("\n") + "\n";
}

export function componentsMarkdown(rows: readonly ComponentRow[]): string {
  if (rows.length === 0) return "";
  const undeclared = rows.filter((c) => !c.declared).length;
  return [
    "## Discovered agent code",
    "",
    `${rows.length} code ${rows.length === 1 ? "component" : "components"} with AI agent code, ${undeclared} undeclared.`,
    "",
    componentsTableMarkdown(rows),
  ].join("\n");
}

/** JSON layout of a component row: fixed key order, optional keys only when known. */
export function componentJson(c: ComponentRow): Record<string, unknown> {
  return {
    path: c.path,
    name: c.name,
    status: statusOf(c),
    declared: c.declared,
    ...(c.agent !== undefined ? { agent: c.agent } : {}),
    declaredBy: c.declaredBy,
    kinds: c.kinds,
    ecosystems: c.ecosystems,
    files: c.files,
    signals: c.signals,
    findings: Object.fromEntries(SEVERITIES.map((s) => [s, c.findings[s]])),
    waived: c.waived,
    ...(c.workspace !== undefined ? { workspace: c.workspace } : {}),
  };
}
