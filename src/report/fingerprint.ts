// Fingerprints identify a finding across runs, line moves and reordering (report-v1): rule + agent +
// pointer, never the line. List indexes in the pointer are replaced by what the item is (its name, its
// resource, or the string itself), so inserting a permission above others does not make their findings
// look new. An agent is its file and its name: a name alone is chosen by whoever writes a manifest, so a
// new file reusing an existing agent's name must not inherit that agent's findings (or their "existing"
// status in a pull request). Findings without an agent name fall back to file + document index.
import { escapePointerSegment, unescapePointerSegment } from "../util/pointer.js";
import { createHash } from "node:crypto";
import { unnamedAgentKey } from "../manifest/agent-key.js";

export interface FingerprintKey {
  ruleId: string;
  agent?: string;
  file: string;
  docIndex: number;
  pointer: string;
  /** The agent document, to name list items by content instead of position. */
  data?: unknown;
}

function itemKey(item: unknown): string | undefined {
  if (typeof item === "string") return item;
  if (typeof item !== "object" || item === null || Array.isArray(item)) return undefined;
  const { name, resource } = item as { name?: unknown; resource?: unknown };
  if (typeof name === "string") return `name=${name}`;
  if (typeof resource === "string") return `resource=${resource}`;
  return undefined;
}

/** The pointer with each array index replaced by the item's identity where it has one. */
export function stablePointer(pointer: string, data: unknown): string {
  if (pointer === "" || data === undefined) return pointer;
  let node: unknown = data;
  const out: string[] = [];
  for (const raw of pointer.split("/").slice(1)) {
    const segment = unescapePointerSegment(raw);
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      const item: unknown = node[Number(segment)];
      const key = itemKey(item);
      out.push(key !== undefined ? `[${key}]` : segment);
      node = item;
    } else {
      out.push(segment);
      node =
        typeof node === "object" && node !== null && Object.hasOwn(node, segment)
          ? (node as Record<string, unknown>)[segment]
          : undefined;
    }
  }
  return out.map((s) => "/" + escapePointerSegment(s)).join("");
}

export function fingerprintOf(key: FingerprintKey, occurrence = 0): string {
  const subject =
    key.agent !== undefined
      ? `agent:${key.file}\u0000${key.agent}`
      : `doc:${unnamedAgentKey(key.file, key.docIndex)}`;
  const parts = [key.ruleId, subject, stablePointer(key.pointer, key.data)];
  if (occurrence > 0) parts.push(String(occurrence));
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

/** Fingerprints for a stream of findings: identical keys are told apart by their order of appearance. */
export function fingerprinter(): (key: FingerprintKey) => string {
  const seen = new Map<string, number>();
  return (key) => {
    const first = fingerprintOf(key);
    const n = seen.get(first) ?? 0;
    seen.set(first, n + 1);
    return n === 0 ? first : fingerprintOf(key, n);
  };
}
