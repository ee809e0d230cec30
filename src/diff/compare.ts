// A report compared with its base: which findings the change introduces (new), which it leaves
// (unchanged) and which it fixes, plus what it does to each agent's access. Findings match by
// fingerprint, which survives line moves. Pass/fail stays what the head's findings say.
import { checkAgents, type CheckOptions, type CheckResult } from "../check.js";
import { redactPointer, redactText } from "../manifest/secrets.js";
import type { Report } from "../report/model.js";
import { diffAgents, type AccessChange } from "./changes.js";
import { gitBaseReader, loadBase, resolveRef, type BaseReader } from "./base.js";

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

/** The head report with `new` on every finding, `fixed`, the new/fixed/unchanged counts, `base` and `changes`. */
export function compareWithBase(head: CheckResult, base: CheckResult, baseRef: BaseRef): Report {
  const atBase = new Set(base.report.findings.map((f) => f.fingerprint));
  const atHead = new Set(head.report.findings.map((f) => f.fingerprint));
  const findings = head.report.findings.map((f) => ({ ...f, new: !atBase.has(f.fingerprint) }));
  const fixed = base.report.findings
    .filter((f) => !atHead.has(f.fingerprint))
    .map((f) => {
      const copy = { ...f };
      delete copy.new;
      return copy;
    });
  const added = findings.filter((f) => f.new).length;
  const secrets = [...head.agents, ...base.agents].flatMap((a) => a.redact);
  return {
    ...head.report,
    summary: { ...head.report.summary, new: added, fixed: fixed.length, unchanged: findings.length - added },
    findings,
    base: { ref: baseRef.ref, sha: baseRef.sha },
    changes: redactChanges(diffAgents(base.agents, head.agents), secrets),
    fixed,
  };
}

/** Files the working-tree check looked at: those with agents, and those that could not be read. */
export function checkedFiles(head: CheckResult): string[] {
  return [
    ...new Set([...head.agents.map((a) => a.doc.file), ...head.report.errors.map((e) => e.file)]),
  ].sort();
}

/** Reads and checks the base with the head's options, then compares. */
export async function compareWithReader(
  head: CheckResult,
  reader: BaseReader,
  ref: string,
  opts: CheckOptions,
): Promise<CheckResult> {
  const loaded = await loadBase(reader, {
    paths: opts.paths,
    include: opts.include,
    exclude: opts.exclude,
    maxFileSize: opts.maxFileSize,
    headFiles: checkedFiles(head),
  });
  const base = checkAgents(loaded, opts);
  return { ...head, report: compareWithBase(head, base, { ref, sha: reader.sha }) };
}

/** `agentpolicy check --base REF`: REF resolved by git in the scan root. */
export async function compareWithGitRef(
  head: CheckResult,
  ref: string,
  opts: CheckOptions,
): Promise<CheckResult> {
  const sha = await resolveRef(opts.root, ref);
  return compareWithReader(head, await gitBaseReader(opts.root, sha), ref, opts);
}
