// How an agent is told apart from the others in a run: by its name, or, without one, by where it is
// (file and document index). One function, so the inventory, the fingerprints, the change list and the
// engine's cross-agent indexes all say the same thing about the same unnamed agent.

/** The key of the agent at document `docIndex` (0-based) of `file`: `agents/x.yaml#0`. */
export function unnamedAgentKey(file: string, docIndex: number): string {
  return `${file}#${docIndex}`;
}

/** Its name, or where it is when it has none. */
export function agentKey(agent: {
  name?: string | undefined;
  doc: { file: string; docIndex: number };
}): string {
  return agent.name ?? unnamedAgentKey(agent.doc.file, agent.doc.docIndex);
}
