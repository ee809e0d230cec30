// Implicit agents: a native config no manifest claims. Its config-level checks apply in full; the checks
// that judge governance only a manifest can declare (owner, sponsor, review date, risk tier, identity,
// audit, monitoring, oversight, justifications, gates) would be a dozen findings saying "there is no
// manifest", so ONE finding says that instead (AP-NAT-001, fixed by `agentpolicy import`). These are the
// checks that judge what a native config itself says, and so keep running on implicit agents.
import type { NormalisedAgent } from "../manifest/types.js";
import type { NativeAgent } from "./agent.js";

const NATIVE_FAMILIES = /^AP-(?:MCP|HOST|A2A|NAT|SRC)-/;

/** Manifest checks whose subject a native config declares: inline secrets, secrets shared across agents, tool pinning. */
const CONFIG_LEVEL = new Set(["AP-CRED-001", "AP-CRED-004", "AP-SUP-002"]);

export function isNativeAgent(agent: NormalisedAgent): agent is NativeAgent {
  return (
    (agent as Partial<NativeAgent>).source !== undefined &&
    (agent as Partial<NativeAgent>).origins !== undefined
  );
}

/**
 * Manifest checks that judge how a manifest is written rather than what it grants: on a permission or
 * gate read from a native config they have nothing to say. A host's allow rule has no justification
 * field, its rules are patterns by design, and its prompt has no timeout; a narrow allow rule is the
 * host's own least-privilege mechanism (the broad ones are AP-HOST-003).
 */
const AUTHORING_CHECKS = new Set(["AP-PERM-002", "AP-PERM-003", "AP-GATE-001", "AP-GATE-007"]);

/**
 * Whether a finding of `ruleId` at `pointer` on `agent` is reported: implicit agents keep their
 * config-level checks only, and nodes merged from a native config skip the manifest-authoring checks.
 */
export function keepsFinding(agent: NormalisedAgent, ruleId: string, pointer = ""): boolean {
  if (isNativeAgent(agent) && agent.source.implicit) {
    return NATIVE_FAMILIES.test(ruleId) || CONFIG_LEVEL.has(ruleId) || ruleId.startsWith("AP-POLICY-");
  }
  if (AUTHORING_CHECKS.has(ruleId) && agent.doc.resolve?.(pointer) !== undefined) return false;
  return true;
}
