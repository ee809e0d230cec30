// Findings for undeclared components (AP-SHADOW-001 agent framework / MCP code, medium; AP-SHADOW-002 a
// bare LLM SDK, low): one per component, at the dependency line of its strongest signal (or at the
// framework config that is its only evidence). The message names the project and what it uses; the
// remediation is the manifest that would declare this very project.
import { escapePointerSegment } from "../util/pointer.js";
import { fingerprintOf } from "../report/fingerprint.js";
import type { Severity } from "../report/model.js";
import type { Component, Evidence } from "./types.js";
import { isDeclared } from "./types.js";

export const SHADOW_AGENT_CODE = "AP-SHADOW-001";
export const SHADOW_LLM_SDK = "AP-SHADOW-002";

/** A finding before the check's metadata (title, controls, severity overrides) is attached. */
export interface RawShadowFinding {
  ruleId: typeof SHADOW_AGENT_CODE | typeof SHADOW_LLM_SDK;
  component: Component;
  at: Evidence;
  message: string;
  remediation: string;
  fingerprint: string;
  /** JSON-pointer-like path of the dependency inside its file. */
  path: string;
}

function strongest(c: Component): Evidence {
  const kind = c.kinds[0]!;
  return (
    c.evidence.find((e) => e.type === "dependency" && e.kind === kind) ??
    c.evidence.find((e) => e.type === "config" && e.kind === kind) ??
    c.evidence.find((e) => e.type === "dependency") ??
    c.evidence[0]!
  );
}

function label(e: Evidence): string {
  const what = e.type === "config" ? `${e.name} config` : e.name;
  return `${what} (${e.kind})`;
}

function slug(path: string): string {
  const last = path.split("/").filter(Boolean).pop() ?? "agent";
  return (
    last
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "agent"
  );
}

export function shadowFindings(components: readonly Component[]): RawShadowFinding[] {
  const out: RawShadowFinding[] = [];
  for (const c of components) {
    if (isDeclared(c) || c.kinds.length === 0) continue;
    const agentCode = c.kinds.some((k) => k !== "llm-sdk");
    const ruleId = agentCode ? SHADOW_AGENT_CODE : SHADOW_LLM_SDK;
    const at = strongest(c);
    const signals = [
      ...new Map(c.evidence.filter((e) => e.type !== "import").map((e) => [e.name, e])).values(),
    ];
    const shown = signals.slice(0, 3).map(label).join(", ");
    const more = signals.length > 3 ? ` and ${signals.length - 3} more` : "";
    const imports = c.evidence.filter((e) => e.type === "import").length;
    const where = c.path === "" ? "the repository root" : c.path;
    const message =
      `${where}${c.name !== c.path && c.name !== "." ? ` (${c.name})` : ""} uses ${shown}${more}` +
      `${imports > 0 ? `, imported in ${new Set(c.evidence.filter((e) => e.type === "import").map((e) => e.file)).size} file(s)` : ""}; ` +
      `no manifest's code: globs, manifest, native agent config or sources: link declares it`;
    const glob = c.path === "" ? "**" : `${c.path}/**`;
    const remediation =
      `Declare ${where} in a manifest: put one in ${c.path === "" ? "the repository root" : `${c.path}/`}, or cover it with code: globs:\n` +
      "```yaml\n" +
      "apiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata:\n" +
      `  name: ${slug(c.path === "" ? c.name : c.path)}\n  owner: <team or person accountable>\n` +
      `code: ["${glob}"]\n` +
      "```\n" +
      (agentCode
        ? "If it is not agent code, remove the dependency or waive this finding with the reason."
        : "If this model call is not an agent for your organisation, waive the finding with the reason.");
    const path = at.type === "dependency" ? `/dependencies/${escapePointerSegment(at.name)}` : "";
    out.push({
      ruleId,
      component: c,
      at,
      message,
      remediation,
      path,
      fingerprint: fingerprintOf({
        ruleId,
        agent: `component:${c.path}`,
        file: at.file,
        docIndex: 0,
        pointer: "",
      }),
    });
  }
  return out;
}

export function severityOf(ruleId: string): Severity {
  return ruleId === SHADOW_AGENT_CODE ? "medium" : "low";
}
