// Which documents are agent manifests: apiVersion agentpolicy.dev/v1 and kind Agent. Near misses (a
// mistyped apiVersion, another version, a wrong kind) are errors that name the document, so that it does
// not vanish silently with every finding it deserves; anything else belongs to some other tool.
import { showValue } from "./quote.js";

export const API_VERSION = "agentpolicy.dev/v1";
export const KIND = "Agent";

export type Verdict =
  { kind: "agent" } | { kind: "skip" } | { kind: "error"; message: string; at?: readonly number[] };

/** A document's apiVersion or kind: its value when it is a scalar, and where it is written. */
export interface Field {
  value: unknown;
  range?: readonly number[];
}

/** An agent, a near miss (an error that names it) or something else, from its apiVersion and kind. */
export function judge(apiVersion: Field, kind: Field): Verdict {
  if (apiVersion.value === API_VERSION && kind.value === KIND) return { kind: "agent" };
  const ours = typeof apiVersion.value === "string" && ourApiVersion(apiVersion.value);
  const agentish = typeof kind.value === "string" && kind.value.toLowerCase() === "agent";
  // Near misses would otherwise vanish silently with every finding they deserve.
  const value = String(apiVersion.value);
  if (ours && agentish && value !== API_VERSION && value.toLowerCase() === API_VERSION) {
    return {
      kind: "error",
      message: `apiVersion must be written '${API_VERSION}' (lower case); got ${showValue(apiVersion.value)}`,
      at: apiVersion.range,
    };
  }
  // manifest v1.1 adds fields under the same apiVersion (docs: manifest v1.1), so v1.1 is a likely slip
  if (ours && agentish && /^agentpolicy\.dev\/v1\.\d+$/i.test(value)) {
    return {
      kind: "error",
      message: `apiVersion ${showValue(value)} does not exist: manifest ${value.slice(value.lastIndexOf("/") + 1)} keeps apiVersion ${API_VERSION} and adds fields under it`,
      at: apiVersion.range,
    };
  }
  if (ours && agentish && apiVersion.value !== API_VERSION) {
    return {
      kind: "error",
      message: `unsupported apiVersion ${showValue(apiVersion.value)}; this agentpolicy reads ${API_VERSION}`,
      at: apiVersion.range,
    };
  }
  if (apiVersion.value === API_VERSION && agentish) {
    return { kind: "error", message: `kind must be '${KIND}'; got ${showValue(kind.value)}`, at: kind.range };
  }
  return { kind: "skip" };
}

/** A version of our apiVersion (agentpolicy.dev/v2, agentpolicy.dev/v1.1): a word of a message, no secret. */
export function isApiVersionWord(word: string): boolean {
  return /^agentpolicy\.dev\/v\d+(?:\.\d+)*$/i.test(word);
}

/** agentpolicy.dev/<anything>, in any case: ours, even when mistyped. */
export function ourApiVersion(value: string): boolean {
  return value.toLowerCase().startsWith("agentpolicy.dev/");
}
