// What a change does to each agent's access, base version against head version (report-v1 `changes`).
// It reads the normalised documents (durations in seconds), so "15m" → "900" and "PT15M" compare equal.
// `escalation` marks every change that widens what an agent can do or weakens the oversight of it:
// the changes a reviewer must sign off. Each detail also names its `subject` in words ("credential
// stripe TTL"), so a comment can say what changed without the manifest at hand. One module per area
// in changes/; the kinds they may report are listed in changes/kinds.ts.
import { agentAccessLevel } from "../engine/derived.js";
import { agentKey, unnamedAgentKey } from "../manifest/agent-key.js";
import type { NormalisedAgent } from "../manifest/types.js";
import type { AgentChange } from "../report/model.js";
import { diffAudit } from "./changes/audit.js";
import { diffCredentials } from "./changes/credentials.js";
import { Details, type AccessChangeDetail, type Data, type DiffOptions } from "./changes/detail.js";
import { diffGates } from "./changes/gates.js";
import { diffMonitoring } from "./changes/monitoring.js";
import { diffOversight } from "./changes/oversight.js";
import { addedPermission, diffPermissions, permissionsOf } from "./changes/permissions.js";
import { diffPosture } from "./changes/posture.js";
import { diffRisk } from "./changes/risk.js";
import { diffTools } from "./changes/tools.js";

export type { AccessChangeDetail, DiffOptions };
export type { ChangeKind } from "./changes/kinds.js";
export { permissionLabel } from "./changes/permissions.js";

export interface AccessChange extends AgentChange {
  details: AccessChangeDetail[];
}

/**
 * Used when the caller passes no options: the built-in default of the `static_credential_types`
 * parameter (rules/checks/credentials.yaml; a test keeps the two equal). The pipeline passes the
 * value the repository's config sets.
 */
export const DEFAULT_DIFF_OPTIONS: DiffOptions = {
  staticCredentialTypes: ["api-key", "static-token", "password"],
};

/** Every change of one agent between its base and head documents (normalised data). */
export function diffAgentData(
  base: Data,
  head: Data,
  opts: DiffOptions = DEFAULT_DIFF_OPTIONS,
): AccessChangeDetail[] {
  const out = new Details();
  diffPermissions(base, head, out);
  diffCredentials(base, head, out, opts);
  diffGates(base, head, out);
  diffRisk(base, head, out);
  diffAudit(base, head, out);
  diffMonitoring(base, head, out);
  diffOversight(base, head, out);
  diffTools(base, head, out);
  // native agents: approval posture (approval_policy, sandbox_mode, defaultMode, auto-approval)
  diffPosture(base, head, out);
  return out.items;
}

/**
 * Agents pair by file and metadata.name; unnamed ones by file and document index. An agent is its file
 * and its name: a new file that reuses an existing agent's name is a new agent. A file that was moved
 * or renamed still pairs its agent when that name is declared exactly once at the base and once at the
 * head, and neither declaration pairs otherwise.
 */
function keyed(agents: readonly NormalisedAgent[]): Map<string, NormalisedAgent> {
  const out = new Map<string, NormalisedAgent>();
  for (const a of agents) {
    let key =
      a.name !== undefined && a.name !== ""
        ? `name:${a.doc.file}\u0000${a.name}`
        : `doc:${unnamedAgentKey(a.doc.file, a.doc.docIndex)}`;
    // a duplicated name is a finding of its own; keep both agents apart by their order
    for (let n = 2; out.has(key); n++) key = `${key}\u0000${n}`;
    out.set(key, a);
  }
  return out;
}

function nameCounts(agents: readonly NormalisedAgent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of agents) if (a.name) counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  return counts;
}

/** Base → head agent pairs: same file and name, then moved files whose name is unique on both sides. */
function pairAgents(
  base: readonly NormalisedAgent[],
  head: readonly NormalisedAgent[],
): Map<NormalisedAgent, NormalisedAgent> {
  const before = keyed(base);
  const pairs = new Map<NormalisedAgent, NormalisedAgent>();
  const paired = new Set<NormalisedAgent>();
  for (const [key, h] of keyed(head)) {
    const b = before.get(key);
    if (b) {
      pairs.set(h, b);
      paired.add(b);
    }
  }
  const baseCount = nameCounts(base);
  const headCount = nameCounts(head);
  const unpairedBase = new Map(
    base.filter((b) => !paired.has(b) && b.name && baseCount.get(b.name) === 1).map((b) => [b.name, b]),
  );
  for (const h of head) {
    if (pairs.has(h) || !h.name || headCount.get(h.name) !== 1) continue;
    const b = unpairedBase.get(h.name);
    if (b) pairs.set(h, b);
  }
  return pairs;
}

function addedDetails(a: NormalisedAgent): AccessChangeDetail[] {
  const out = new Details();
  out.add({
    kind: "agent-added",
    path: "",
    subject: `agent ${agentKey(a)}`,
    escalation: true,
    after: agentAccessLevel(a.data.permissions),
  });
  for (const p of permissionsOf(a.data)) addedPermission(p, out);
  return out.items;
}

function removedDetails(a: NormalisedAgent): AccessChangeDetail[] {
  const out = new Details();
  out.add({
    kind: "agent-removed",
    path: "",
    subject: `agent ${agentKey(a)}`,
    escalation: false,
    before: agentAccessLevel(a.data.permissions),
  });
  return out.items;
}

/** Added, removed and modified agents, head order first (by file), then removed ones in base order. */
export function diffAgents(
  base: readonly NormalisedAgent[],
  head: readonly NormalisedAgent[],
  opts: DiffOptions = DEFAULT_DIFF_OPTIONS,
): AccessChange[] {
  const pairs = pairAgents(base, head);
  const changes: AccessChange[] = [];
  const change = (a: NormalisedAgent, kind: AccessChange["change"], details: AccessChangeDetail[]) =>
    changes.push({ agent: agentKey(a), file: a.doc.file, change: kind, details });
  for (const h of head) {
    const b = pairs.get(h);
    if (!b) {
      change(h, "added", addedDetails(h));
      continue;
    }
    const details = diffAgentData(b.data, h.data, opts);
    if (details.length > 0) change(h, "modified", details);
  }
  const kept = new Set(pairs.values());
  for (const b of base) if (!kept.has(b)) change(b, "removed", removedDetails(b));
  return changes.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
}
