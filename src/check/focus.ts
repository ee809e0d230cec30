// `check FILE...`: the run loads the whole repository, so checks across manifests see every agent, and
// reports on the named files only. This stage narrows what the other stages produced to those files:
// findings located in them, about their agents or with them as a related location; errors in them or in
// the config; the config problems of the waivers about their agents (policy/waivers.ts waiverConcerns).
import type { AgentRef } from "../manifest/types.js";
import type { LoadedConfig } from "../policy/config.js";
import { isPolicyCheck } from "../policy/policy-findings.js";
import { waiverConcerns } from "../policy/waivers.js";
import type { FileError, Finding } from "../report/model.js";

export interface Focus<A extends AgentRef = AgentRef> {
  files: ReadonlySet<string>;
  /** The agents declared in the named files. */
  agents: A[];
  /** Whether a config entry (its path in the config) is about one of those agents. */
  concerns: (at: readonly unknown[]) => boolean;
}

export function focusOn<A extends AgentRef>(
  files: readonly string[],
  agents: readonly A[],
  config: LoadedConfig | undefined,
): Focus<A> {
  const set = new Set(files);
  const shown = agents.filter((a) => set.has(a.doc.file));
  const named = shown.map((a) => ({ ...(a.name !== undefined ? { name: a.name } : {}), file: a.doc.file }));
  const waivers = config?.settings.waivers ?? [];
  return {
    files: set,
    agents: shown,
    concerns: (at) => {
      if (at[0] !== "waivers") return true;
      const w = waivers[at[1] as number];
      return w === undefined || waiverConcerns(w, named);
    },
  };
}

export function focusFindings(
  findings: readonly Finding[],
  focus: Focus,
  ctx: {
    agents: readonly AgentRef[];
    findingAgents: ReadonlyMap<string, number>;
    config?: LoadedConfig;
  },
): Finding[] {
  const { files } = focus;
  return findings.filter(
    (f) =>
      files.has(f.file) ||
      files.has(ctx.agents[ctx.findingAgents.get(f.fingerprint) ?? -1]?.doc.file ?? "") ||
      (f.related ?? []).some((r) => files.has(r.file)) ||
      (ctx.config !== undefined && f.file === ctx.config.file && isPolicyCheck(f.ruleId)),
  );
}

export function focusErrors(errors: readonly FileError[], focus: Focus, config?: LoadedConfig): FileError[] {
  return errors.filter((e) => focus.files.has(e.file) || (config !== undefined && e.file === config.file));
}
