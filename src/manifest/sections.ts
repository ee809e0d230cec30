// Misspelt governed sections. `credential:` next to no `credentials:` is not an unknown field like any
// other: it hides the agent's credentials from every check, so a static token written there would pass.
// Such a section is read as the section it names (so its content is judged) and reported once, at high.
import type { DocumentFinding } from "./types.js";
import { escapePointerSegment } from "../util/pointer.js";
import { showKey } from "./quote.js";
import { AGENT_SCHEMA, derefSchema } from "./schema.js";
import { setOwn } from "./tree.js";

export const MISSPELT_SECTION = "AP-SCHEMA-004";

/** Top-level sections whose content the governance checks read. */
export const GOVERNED_SECTIONS: readonly string[] = [
  "identity",
  "risk",
  "permissions",
  "credentials",
  "approvals",
  "audit",
  "monitoring",
  "oversight",
  "transparency",
  "tools",
  "delegation",
  "runtime",
  "models",
];

/** How far a key may be from a section name (singular/plural, one typo, a dash for an underscore). */
const MAX_EDITS = 2;

export interface SectionAliases {
  /** The document's data with each misspelt section under the name it stands for. */
  data: Record<string, unknown>;
  /** Pointer of the section as judged → pointer as written ("/credentials" → "/credential"). */
  aliases: Record<string, string>;
  findings: DocumentFinding[];
}

/** Reads misspelt governed sections as the sections they name; undefined when there are none. */
export function aliasMisspeltSections(data: Record<string, unknown>): SectionAliases | undefined {
  let out: SectionAliases | undefined;
  for (const key of Object.keys(data)) {
    if (declared().has(key) || key.startsWith("x-")) continue;
    const section = sectionFor(key);
    if (section === undefined) continue;
    const written = `/${escapePointerSegment(key)}`;
    out ??= { data: { ...data }, aliases: {}, findings: [] };
    if (Object.hasOwn(data, section) || Object.hasOwn(out.aliases, `/${section}`)) {
      out.findings.push({
        ruleId: MISSPELT_SECTION,
        pointer: written,
        message: `top-level field ${showKey(key)} looks like a misspelling of '${section}', which is also present; its content is not judged (merge it into '${section}')`,
      });
      continue;
    }
    setOwn(out.data, section, data[key]);
    delete out.data[key];
    out.aliases[`/${section}`] = written;
    out.findings.push({
      ruleId: MISSPELT_SECTION,
      pointer: written,
      message: `top-level field ${showKey(key)} is not a section; it is judged as '${section}' (rename it to '${section}')`,
    });
  }
  return out;
}

let declaredKeys: Set<string> | undefined;
function declared(): Set<string> {
  declaredKeys ??= new Set(Object.keys(derefSchema(AGENT_SCHEMA).properties ?? {}));
  return declaredKeys;
}

function sectionFor(key: string): string | undefined {
  if (key.length > 32) return undefined;
  const k = key.toLowerCase().replace(/-/g, "_");
  let best: string | undefined;
  let bestDistance = MAX_EDITS + 1;
  for (const name of GOVERNED_SECTIONS) {
    // short names (risk, audit, tools) within two edits of many words: one edit only
    const limit = name.length <= 5 ? 1 : MAX_EDITS;
    const d = editDistance(k, name);
    if (d <= limit && d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/** A pointer into the judged data, as the document writes it (a misspelt section's own name). */
export function writtenPointer(
  pointer: string,
  aliases: Readonly<Record<string, string>> | undefined,
): string {
  if (!aliases) return pointer;
  const first = pointer.indexOf("/", 1);
  const head = first === -1 ? pointer : pointer.slice(0, first);
  const written = Object.hasOwn(aliases, head) ? aliases[head] : undefined;
  return written === undefined ? pointer : written + pointer.slice(head.length);
}
