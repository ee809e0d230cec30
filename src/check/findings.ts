// Stage 3 of checking: the engine's raw findings become report findings, with the agent's location,
// controls, fingerprint and every secret value redacted (`scrub`, made by the caller from every secret
// the run knows). A finding cites only the controls that apply to its agent (`cite`,
// src/report/citations.ts), so the report never cites a control its coverage marks not applicable.
import type { RawFinding } from "../engine/evaluate.js";
import { redactPointer } from "../manifest/secrets.js";
import type { NormalisedAgent } from "../manifest/types.js";
import { fingerprinter } from "../report/fingerprint.js";
import { CauseGrouper, causeFingerprint, valueAtPointer } from "../report/group.js";
import type { FindingSubject } from "../report/citations.js";
import type { CoverageAgent } from "../report/coverage.js";
import type { ControlRef, Finding } from "../report/model.js";
import { keepsFinding } from "../sources/implicit.js";
import type { CheckPlan } from "./plan.js";

export interface AssembledFindings {
  findings: Finding[];
  /** Fingerprint → index of the agent it concerns (for the inventory). */
  findingAgents: Map<string, number>;
}

export interface FindingAssembler {
  /** Adds one agent's raw findings, in order, while its data and positions are at hand. */
  add(agent: NormalisedAgent, raws: readonly RawFinding[]): void;
  /** Everything added so far. */
  result(): AssembledFindings;
}

/** Assembles findings agent by agent, in the order the engine gives them. */
export function findingAssembler(
  plan: Pick<CheckPlan, "byId">,
  scrub: (text: string) => string,
  citing: {
    /** The agents' scopes, in the order of the agents evaluated. */
    scopes: readonly CoverageAgent[];
    /** The controls a finding cites; shares one list per check and agent scope (nothing mutates them). */
    cite: (subject: FindingSubject) => ControlRef[];
  },
): FindingAssembler {
  // One pass: a run can hold a hundred thousand findings, so no intermediate copies.
  const fingerprintFor = fingerprinter();
  const findingAgents = new Map<string, number>();
  const causes = new CauseGrouper();
  const findings: Finding[] = [];
  const add = (agent: NormalisedAgent, raw: RawFinding): void => {
    const check = plan.byId.get(raw.ruleId);
    if (!check) return;
    if (!keepsFinding(agent, raw.ruleId, raw.pointer)) return;
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
    const controls = citing.cite({
      ruleId: raw.ruleId,
      agent: citing.scopes[raw.agentIndex]!,
      data: agent.data,
      pointer: raw.pointer,
    });
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
    if (grouped && !causes.add(finding)) return;
    findingAgents.set(fingerprint, raw.agentIndex);
    findings.push(finding);
  };
  return {
    add: (agent, raws) => {
      for (const raw of raws) add(agent, raw);
    },
    result: () => ({ findings, findingAgents }),
  };
}
