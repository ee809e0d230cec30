// Texts already read, parsed and normalised: the same path for the working tree's files read by a
// caller, for a base commit, and for tests. (Files on disk go through parallel.ts, which reads them.)
import type { FileError } from "../report/model.js";
import { normalise } from "./normalise.js";
import { parseSource } from "./parse.js";
import type { AgentDocument, NormalisedAgent } from "./types.js";

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
  let files = 0;
  for (const { file, text } of sources) {
    files++;
    const parsed = parseSource(file, text);
    docs.push(...parsed.documents);
    errors.push(...parsed.errors);
  }
  return { agents: docs.map(normalise), errors, files };
}
