// Stage 3 of checking: the engine's raw findings become report findings, with the agent's location,
// controls, fingerprint and every secret value redacted (`scrub`, made by the caller from every secret
// the run knows).
import type { EvaluateResult } from "../engine/evaluate.js";
import { redactPointer } from "../manifest/secrets.js";
import type { NormalisedAgent } from "../manifest/types.js";
import { controlsForCheck } from "../policy/frameworks.js";
import { fingerprinter } from "../report/fingerprint.js";
import { CauseGrouper, causeFingerprint, valueAtPointer } from "../report/group.js";
import type { ControlRef, Finding } from "../report/model.js";
import { keepsFinding } from "../sources/implicit.js";
import type { CheckPlan } from "./plan.js";

export interface AssembledFindings {
  findings: Finding[];
  /** Fingerprint → index of the agent it concerns (for the inventory). */
  findingAgents: Map<string, number>;
}

export function assembleFindings(
  agents: readonly NormalisedAgent[],
  evaluation: Pick<EvaluateResult, "findings">,
  plan: Pick<CheckPlan, "byId" | "frameworks">,
  scrub: (text: string) => string,
): AssembledFindings {
  // One pass: a run can hold a hundred thousand findings, so no intermediate copies. Each check's
  // controls are looked up once and shared by its findings (nothing mutates them).
  const controlsOf = new Map<string, ControlRef[]>();
  const fingerprintFor = fingerprinter();
  const findingAgents = new Map<string, number>();
  const causes = new CauseGrouper();
  const findings: Finding[] = [];
  for (const raw of evaluation.findings) {
    const check = plan.byId.get(raw.ruleId);
    if (!check) continue;
    const agent = agents[raw.agentIndex]!;
    if (!keepsFinding(agent, raw.ruleId, raw.pointer)) continue;
    // a node merged from a native config (`sources:`) is located in that config's file
    const elsewhere = agent.doc.resolve?.(raw.pointer);
    const span = elsewhere?.span ?? agent.doc.locate(raw.pointer);
    const key = {
      ruleId: raw.ruleId,
      agent: agent.name,
      file: agent.doc.file,
      docIndex: agent.doc.docIndex,
      pointer: raw.pointer,
      data: agent.doc.data,
    };
    // One cause, one finding: a value several agents share is fingerprinted by the value (report/group.ts).
    const grouped = check.group === "value";
    const fingerprint = grouped
      ? causeFingerprint(raw.ruleId, valueAtPointer(agent.doc.data, raw.pointer))
      : fingerprintFor(key);
    let controls = controlsOf.get(raw.ruleId);
    if (!controls) controlsOf.set(raw.ruleId, (controls = controlsForCheck(raw.ruleId, plan.frameworks)));
    const finding: Finding = {
      ruleId: raw.ruleId,
      title: check.title,
      severity: raw.severity,
      message: scrub(raw.message),
      file: scrub(elsewhere?.file ?? agent.doc.file),
      line: span.line,
      column: span.column,
      endLine: span.endLine,
      endColumn: span.endColumn,
      path: redactPointer(raw.pointer, scrub),
      ...(agent.name !== undefined ? { agent: scrub(agent.name) } : {}),
      controls,
      remediation: check.remediation,
      status: "open",
      fingerprint,
    };
    if (grouped && !causes.add(finding)) continue;
    findingAgents.set(fingerprint, raw.agentIndex);
    findings.push(finding);
  }
  return { findings, findingAgents };
}
