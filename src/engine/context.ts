// The data a rule sees. Cross-manifest facts (how many agents share an identity id, a name, a secret
// reference) are indexed once per run, so a check over N agents stays O(N) instead of comparing pairs.
// Index objects have no prototype: their keys come from manifests.
import { unnamedAgentKey } from "../manifest/agent-key.js";
import type { NormalisedAgent } from "../manifest/types.js";
import type { DerivedFacts } from "./derived.js";
import { isRecord } from "../util/guards.js";

export interface RunContext {
  /** Evaluation clock, epoch milliseconds. */
  now: number;
  /** Number of agents in the run. */
  agents: number;
  /** identity.id → number of agents declaring it. */
  identity_ids: Record<string, number>;
  /** metadata.name → number of agents declaring it. */
  names: Record<string, number>;
  /** credentials[].secret_ref → the agents (names, or file#doc when unnamed) using it, each once. */
  secret_refs: Record<string, string[]>;
  /** metadata.name → that agent's normalised data (the first one, when names clash). */
  agents_by_name: Record<string, Record<string, unknown>>;
}

export interface EvalContext {
  agent: Record<string, unknown>;
  params: Record<string, unknown>;
  run: RunContext;
  derived: DerivedFacts;
  item?: unknown;
  index?: number;
  vars?: Record<string, unknown>;
}

function emptyIndex<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function agentName(agent: NormalisedAgent): string | undefined {
  if (typeof agent.name === "string") return agent.name;
  const metadata = agent.data.metadata;
  return isRecord(metadata) && typeof metadata.name === "string" ? metadata.name : undefined;
}

/** How an agent is named in messages: its name, or where it is when it has none. */
export function agentLabel(agent: NormalisedAgent): string {
  return agentName(agent) ?? unnamedAgentKey(agent.doc.file, agent.doc.docIndex);
}

export function buildRunContext(agents: readonly NormalisedAgent[], now: number): RunContext {
  const run: RunContext = {
    now,
    agents: agents.length,
    identity_ids: emptyIndex(),
    names: emptyIndex(),
    secret_refs: emptyIndex(),
    agents_by_name: emptyIndex(),
  };
  // the users of a reference many agents share, to tell a new user in constant time (most references
  // have one user: a set for each was most of the garbage of building the context)
  const shared = new Map<string, Set<string>>();
  for (const agent of agents) {
    const name = agentName(agent);
    if (name !== undefined) {
      run.names[name] = (run.names[name] ?? 0) + 1;
      if (!Object.hasOwn(run.agents_by_name, name)) run.agents_by_name[name] = agent.data;
    }
    const identity = agent.data.identity;
    if (isRecord(identity) && typeof identity.id === "string" && identity.id !== "") {
      run.identity_ids[identity.id] = (run.identity_ids[identity.id] ?? 0) + 1;
    }
    const credentials = agent.data.credentials;
    if (Array.isArray(credentials)) {
      const label = agentLabel(agent);
      for (const cred of credentials) {
        if (!isRecord(cred) || typeof cred.secret_ref !== "string" || cred.secret_ref === "") continue;
        const ref = cred.secret_ref;
        const users = Object.hasOwn(run.secret_refs, ref) ? run.secret_refs[ref] : undefined;
        if (users === undefined) {
          run.secret_refs[ref] = [label];
          continue;
        }
        let seen = shared.get(ref);
        if (!seen && users.length >= 8) shared.set(ref, (seen = new Set(users)));
        if (seen ? seen.has(label) : users.includes(label)) continue;
        users.push(label);
        seen?.add(label);
      }
    }
  }
  return run;
}
