// Discovered components as report rows (report v1.1 `components[]`): plain data for the formatters,
// the inventory and the BOM, with the AP-SHADOW findings counted per component.
import { emptyCounts, type ComponentRow, type Finding } from "../report/model.js";
import type { Component } from "./types.js";
import { isDeclared } from "./types.js";

export function componentRows(
  components: readonly Component[],
  findings: readonly Finding[] = [],
): ComponentRow[] {
  return components.map((c) => {
    const counts = emptyCounts();
    let waived = 0;
    for (const f of findings) {
      if (!f.ruleId.startsWith("AP-SHADOW-") || f.agent !== (c.path === "" ? "." : c.path)) continue;
      if (f.status === "waived") waived++;
      else counts[f.severity]++;
    }
    const firstAgent = c.declaredBy.find((d) => d.agent !== undefined)?.agent;
    const row: ComponentRow = {
      path: c.path === "" ? "." : c.path,
      name: c.name,
      declared: isDeclared(c),
      ...(firstAgent !== undefined ? { agent: firstAgent } : {}),
      declaredBy: c.declaredBy.map((d) => ({
        by: d.by,
        file: d.by === "code" || d.by === "sources" ? d.manifest : d.file,
        ...(d.agent !== undefined ? { agent: d.agent } : {}),
      })),
      kinds: [...c.kinds],
      ecosystems: [...c.ecosystems],
      files: [...c.files],
      signals: c.evidence.map((e) => ({
        type: e.type,
        package: e.type === "import" ? (e.catalogName ?? e.name) : e.name,
        kind: e.kind,
        file: e.file,
        line: e.line,
        ...(e.ecosystem ? { ecosystem: e.ecosystem } : {}),
        ...(e.version !== undefined ? { version: e.version } : {}),
        ...(e.scope !== undefined ? { scope: e.scope } : {}),
      })),
      findings: counts,
      waived,
      ...(c.workspace !== undefined ? { workspace: c.workspace } : {}),
    };
    return row;
  });
}
