// Texts already read, parsed and normalised: the same path for the working tree's files read by a
// caller, for a base commit, and for tests. (Manifests on disk go through manifest/parallel.ts, which
// reads them.) Native agent configs become agents too, and `sources:` overlays apply across them.
import type { FileError } from "../report/model.js";
import { normalise } from "../manifest/normalise.js";
import { parseSource } from "../manifest/parse.js";
import type { AgentDocument, NormalisedAgent } from "../manifest/types.js";
import { loadNative } from "./load.js";
import { applySources } from "./overlay.js";

/** A file as text, however it was obtained (the disk, or a base commit). */
export interface SourceText {
  file: string;
  text: string;
}

/** Agents from some files, the errors met reading them, and how many files were looked at. */
export interface LoadedAgents {
  agents: NormalisedAgent[];
  errors: FileError[];
  files: number;
}

/** Parse and normalise texts already read; used for the working tree and for a base commit alike. */
export function loadTexts(sources: Iterable<SourceText>, errors: FileError[] = []): LoadedAgents {
  const docs: AgentDocument[] = [];
  const natives: NormalisedAgent[] = [];
  const read = new Set<string>();
  let files = 0;
  for (const { file, text } of sources) {
    files++;
    read.add(file);
    const native = loadNative(file, text);
    if (native) {
      natives.push(...native.agents);
      errors.push(...native.errors);
      continue;
    }
    const parsed = parseSource(file, text);
    docs.push(...parsed.documents);
    errors.push(...parsed.errors);
  }
  return {
    agents: applySources([...docs.map(normalise), ...natives], { readFiles: read }),
    errors,
    files,
  };
}
