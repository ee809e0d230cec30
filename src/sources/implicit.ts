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

/** Whether a finding of `ruleId` on `agent` is reported (always, unless the agent is implicit). */
export function keepsFinding(agent: NormalisedAgent, ruleId: string): boolean {
  if (!isNativeAgent(agent) || !agent.source.implicit) return true;
  return NATIVE_FAMILIES.test(ruleId) || CONFIG_LEVEL.has(ruleId) || ruleId.startsWith("AP-POLICY-");
}
