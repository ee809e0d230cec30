// `agentpolicy baseline`: the answer to "baseline files". Today's findings become governed waivers in the
// policy config — each with a reason, an approver and an expiry at most a year ahead — so old debt stays
// visible (as waived), owned and dated instead of hidden in a file of fingerprints.
//
// One waiver per check × agent × file, narrowed by `match:` to the fingerprints of exactly the findings it
// accepts today: a finding that appears later on the same agent is not covered. Findings of checks that
// cannot be waived are left open and listed. Re-running updates the waivers it wrote (same check, agent
// and file) with the current fingerprints, reason, approver and expiry, and never duplicates them;
// waivers written by hand are left as they are, and so are the findings they already accept.
import { UsageError } from "../errors.js";
import { formatDate, parseDate } from "../manifest/date.js";
import type { Finding, RuleMeta } from "../report/model.js";
import type { WaiverDef } from "./config.js";
import { isPolicyCheck } from "./policy-findings.js";
import { MAX_WAIVER_DAYS } from "./waivers.js";

const DAY_MS = 86_400_000;

export interface BaselineApproval {
  reason: string;
  approvedBy: string;
  /** YYYY-MM-DD */
  expires: string;
}

/** Refuses a missing reason or approver and an expiry that is not a date, past, or over a year ahead. */
export function checkApproval(a: Partial<BaselineApproval>, now: number): BaselineApproval {
  const missing = (["reason", "approvedBy", "expires"] as const).filter((k) => !a[k] || !/\S/.test(a[k]));
  if (missing.length > 0) {
    const flag = { reason: "--reason", approvedBy: "--approved-by", expires: "--expires" };
    throw new UsageError(
      `${missing.map((k) => flag[k]).join(", ")} ${missing.length === 1 ? "is" : "are"} required: ` +
        "accepted debt needs a reason (with the ticket that tracks the fix), an approver and an expiry",
    );
  }
  const expires = a.expires!.trim();
  const at = /^\d{4}-\d{2}-\d{2}$/.test(expires) ? parseDate(expires) : undefined;
  if (at === undefined) throw new UsageError(`--expires must be a date (YYYY-MM-DD); got '${expires}'`);
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const latest = today + MAX_WAIVER_DAYS * DAY_MS;
  if (at < today) throw new UsageError(`--expires ${expires} is in the past`);
  if (at > latest) {
    throw new UsageError(
      `--expires ${expires} is more than ${MAX_WAIVER_DAYS} days ahead (${formatDate(latest)} at the latest): ` +
        "accepted debt is approved again at least once a year",
    );
  }
  return { reason: a.reason!.trim(), approvedBy: a.approvedBy!.trim(), expires };
}

/** A waiver the baseline writes, and whether it updates one already in the config (its index). */
export interface PlannedWaiver {
  waiver: WaiverDef & { match: { file: string; fingerprint: string[] } };
  /** Index in the config's `waivers:` of the waiver this one replaces; undefined = a new waiver. */
  replaces?: number;
  findings: Finding[];
}

export interface BaselinePlan {
  waivers: PlannedWaiver[];
  /** Open findings of checks that cannot be waived: left open. */
  notWaivable: Finding[];
}

/** Whether a config waiver is one the baseline wrote (and so may update): narrowed to a file and fingerprints. */
function isBaselineWaiver(w: WaiverDef): boolean {
  return w.match?.file !== undefined && w.match.fingerprint !== undefined;
}

function keyOf(check: string, agent: string, file: string): string {
  return `${check}\u0000${agent}\u0000${file}`;
}

export function planBaseline(
  findings: readonly Finding[],
  rules: readonly RuleMeta[],
  existing: readonly WaiverDef[],
  approval: BaselineApproval,
): BaselinePlan {
  const waivable = new Map(rules.map((r) => [r.id, r.waivable]));
  const ours = new Map<string, number>();
  existing.forEach((w, i) => {
    if (isBaselineWaiver(w)) ours.set(keyOf(w.check, w.agent, w.match!.file!), i);
  });
  const groups = new Map<string, { check: string; agent: string; file: string; findings: Finding[] }>();
  const notWaivable: Finding[] = [];
  for (const f of findings) {
    // Problems with the config itself are fixed in the config, never waived.
    if (isPolicyCheck(f.ruleId)) continue;
    // A finding on a manifest without a name is named by its file and fingerprint alone.
    const agent = f.agent ?? "*";
    const key = keyOf(f.ruleId, agent, f.file);
    if (f.status === "waived") {
      // accepted by a waiver written by hand: not ours to touch; by one we wrote: kept in its update
      if (
        !f.waiver ||
        !isBaselineWaiver(f.waiver) ||
        !ours.has(keyOf(f.waiver.check, f.waiver.agent, f.waiver.match!.file!))
      )
        continue;
    } else if (waivable.get(f.ruleId) === false) {
      notWaivable.push(f);
      continue;
    }
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { check: f.ruleId, agent, file: f.file, findings: [] }));
    group.findings.push(f);
  }
  const waivers = [...groups.entries()].map(([key, g]): PlannedWaiver => {
    const replaces = ours.get(key);
    return {
      waiver: {
        check: g.check,
        agent: g.agent,
        match: { file: g.file, fingerprint: [...new Set(g.findings.map((f) => f.fingerprint))].sort() },
        reason: approval.reason,
        approved_by: approval.approvedBy,
        expires: approval.expires,
      },
      ...(replaces !== undefined ? { replaces } : {}),
      findings: g.findings,
    };
  });
  return { waivers, notWaivable };
}
