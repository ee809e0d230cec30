// A report compared with its base: which findings the change introduces (new), which it leaves
// (unchanged) and which it fixes, plus what it does to each agent's access. Findings match by
// fingerprint, which survives line moves. Pass or fail is the gate's, after this (src/pipeline/gate.ts).
// Checking the base is the pipeline's job (src/pipeline/base.ts); this module only compares.
import { redactPointer, redactText } from "../manifest/secrets.js";
import type { NormalisedAgent } from "../manifest/types.js";
import type { ComponentRow, ComponentSignal, Report } from "../report/model.js";
import { widens } from "../report/group.js";
import { diffAgents, type AccessChange, type DiffOptions } from "./changes.js";

/** One side of a comparison: a checked tree's report and the agents it was made from. */
export interface Checked {
  report: Report;
  agents: readonly NormalisedAgent[];
}

export interface BaseRef {
  /** What the user named (a branch, a tag, a SHA). */
  ref: string;
  sha: string;
}

function redactChanges(changes: AccessChange[], values: string[]): AccessChange[] {
  if (values.length === 0) return changes;
  const r = (s: string): string => redactText(s, values);
  const opt = (s: string | undefined): string | undefined => (s === undefined ? undefined : r(s));
  return changes.map((c) => ({
    ...c,
    agent: r(c.agent),
    file: r(c.file),
    details: c.details.map((d) => {
      const before = opt(d.before);
      const after = opt(d.after);
      return {
        kind: d.kind,
        path: redactPointer(d.path, r),
        subject: r(d.subject),
        ...(before !== undefined ? { before } : {}),
        ...(after !== undefined ? { after } : {}),
        escalation: d.escalation,
      };
    }),
  }));
}

/** A signal's identity across commits: its line may move, its package and file stay. */
function signalKey(s: ComponentSignal): string {
  return `${s.type}\u0000${s.package}\u0000${s.file}`;
}

/** Head components with `new` on each signal the base did not have; unchanged when the base ran no discovery. */
function markNewSignals(
  head: ComponentRow[] | undefined,
  base: ComponentRow[] | undefined,
): ComponentRow[] | undefined {
  if (!head || !base) return head;
  const before = new Set(base.flatMap((c) => c.signals.map(signalKey)));
  return head.map((c) => ({
    ...c,
    signals: c.signals.map((s) => ({ ...s, new: !before.has(signalKey(s)) })),
  }));
}

/**
 * The head report with `new` on every finding (and on every discovered component's signal), `fixed`, the
 * new/fixed/unchanged counts, `base` and `changes`.
 */
export function compareWithBase(head: Checked, base: Checked, baseRef: BaseRef, diff?: DiffOptions): Report {
  const atBase = new Map(base.report.findings.map((f) => [f.fingerprint, f]));
  const atHead = new Set(head.report.findings.map((f) => f.fingerprint));
  // A shared cause that reaches one more agent than at the base is new again (report/group.ts).
  const findings = head.report.findings.map((f) => ({
    ...f,
    new: !atBase.has(f.fingerprint) || widens(f, atBase.get(f.fingerprint)),
  }));
  const fixed = base.report.findings
    .filter((f) => !atHead.has(f.fingerprint))
    .map((f) => {
      const copy = { ...f };
      delete copy.new;
      return copy;
    });
  const added = findings.filter((f) => f.new).length;
  const secrets = [...head.agents, ...base.agents].flatMap((a) => a.redact);
  const compared: Report = {
    ...head.report,
    summary: { ...head.report.summary, new: added, fixed: fixed.length, unchanged: findings.length - added },
    findings,
    base: { ref: baseRef.ref, sha: baseRef.sha },
    changes: redactChanges(diffAgents(base.agents, head.agents, diff), secrets),
    fixed,
  };
  const components = markNewSignals(head.report.components, base.report.components);
  if (components) compared.components = components;
  return compared;
}

/** Files the working-tree check looked at: those with agents, and those that could not be read. */
export function checkedFiles(head: Checked): string[] {
  return [
    ...new Set([...head.agents.map((a) => a.doc.file), ...head.report.errors.map((e) => e.file)]),
  ].sort();
}
