// The inventory columns a native source adds to an agent's row: which format it was read from, from which
// files, and where a derived owner came from.
import type { NormalisedAgent } from "../manifest/types.js";

interface Sourced {
  source?: { format: string; files: string[] };
  ownerSource?: string;
}

export function sourceColumns(agent: NormalisedAgent): {
  source?: string;
  sourceFiles?: string[];
  ownerSource?: string;
} {
  const s = agent as NormalisedAgent & Sourced;
  return {
    ...(s.source ? { source: s.source.format, sourceFiles: [...s.source.files] } : {}),
    ...(s.ownerSource ? { ownerSource: s.ownerSource } : {}),
  };
}
