// An agent document as rules see it: a copy where durations are seconds and dates are epoch
// milliseconds (UTC midnight). A duration or date that cannot be read is removed, so rules treat it as
// missing rather than as 0, and reported once: by the schema when its type is wrong, else here.
// Only the mappings and lists on the way to a converted field are copied; everything else is shared with
// the document as written (neither is ever changed afterwards), which halves what thousands of agents
// hold in memory.
import type { AgentDocument, DocumentFinding, NormalisedAgent } from "./types.js";
import { UNKNOWN_FIELD } from "./unknown-fields.js";
import { parseDate } from "./date.js";
import { DURATION_FORMS, parseDuration } from "./duration.js";
import { DATE_FIELDS, DURATION_FIELDS, isPlainObject, matchesField, pointersOf } from "./fields.js";
import { pointerSegments } from "../util/pointer.js";
import { showValue } from "./quote.js";
import { findSecrets, pathSecrets } from "./secrets.js";
import { aliasMisspeltSections } from "./sections.js";
import { setOwn } from "./tree.js";
import { validate } from "./validate.js";

export const UNREADABLE_VALUE = "AP-SCHEMA-003";

/** Longer than any lifetime, retention or timeout means anything: a typo or a way round a limit. */
const ABSURD_DURATION = 100 * 365 * 86_400;
/** Lifetimes that must be longer than zero: a ttl of 0 is either "never expires" or nothing at all. */
const POSITIVE_DURATIONS = ["/credentials/*/ttl", "/credentials/*/max_certificate_lifetime"];

/** Why a readable duration still cannot stand (zero lifetime, absurd length); undefined when it can. */
export function durationProblem(pointer: string, seconds: number): string | undefined {
  if (seconds > ABSURD_DURATION)
    return "is longer than 100 years, which no lifetime, retention or timeout means";
  if (seconds === 0 && POSITIVE_DURATIONS.some((f) => matchesField(f, pointer)))
    return "is zero, which is no lifetime at all (state the real lifetime, e.g. 15m)";
  return undefined;
}

/** What rules see of a document, and the converted fields that could not be read. */
export interface RulesView {
  /** The data as written with misspelt sections read as the sections they name (sections.ts). */
  judged: Record<string, unknown>;
  /** `judged` with durations and dates converted (sharing what is not converted). */
  data: Record<string, unknown>;
  aliases?: Record<string, string>;
  sectionFindings: DocumentFinding[];
  /** Durations and dates removed from `data` because they cannot stand, in the order they were met. */
  unreadable: { pointer: string; problem: string; raw: unknown }[];
}

/**
 * The data rules see, from the data as written alone: a worker thread sends the document as written and
 * the receiving thread rebuilds this (sharing included) rather than receiving a second copy of it.
 */
export function rulesView(written: Record<string, unknown>): RulesView {
  const sections = aliasMisspeltSections(written);
  // a misspelt section is validated and judged as the section it names (sections.ts)
  const judged = sections ? sections.data : written;
  const data = shallowCopy(judged) as Record<string, unknown>;
  const copies = new Set<unknown>([data]);
  const unreadable: RulesView["unreadable"] = [];

  const convert = (
    patterns: readonly string[],
    parse: (v: unknown) => number | undefined,
    what: string,
    limit: (pointer: string, value: number) => string | undefined = () => undefined,
  ): void => {
    for (const pattern of patterns) {
      for (const pointer of pointersOf(data, pattern)) {
        const { parent, key } = writableParentOf(data, pointer, copies);
        if (!parent) continue;
        const raw = parent[key];
        const value = parse(raw);
        const problem = value === undefined ? what : limit(pointer, value);
        if (problem === undefined) {
          setOwn(parent, key, value);
          continue;
        }
        delete parent[key];
        unreadable.push({ pointer, problem, raw });
      }
    }
  };
  convert(DURATION_FIELDS, parseDuration, `is not a duration (use ${DURATION_FORMS})`, durationProblem);
  convert(DATE_FIELDS, parseDate, "is not a calendar date (use YYYY-MM-DD)");
  return {
    judged,
    data,
    ...(sections ? { aliases: sections.aliases } : {}),
    sectionFindings: sections?.findings ?? [],
    unreadable,
  };
}

/** metadata.name as written, when it is a string. */
export function declaredName(written: Record<string, unknown>): string | undefined {
  const metadata = written.metadata;
  return isPlainObject(metadata) && typeof metadata.name === "string" ? metadata.name : undefined;
}

export function normalise(doc: AgentDocument): NormalisedAgent {
  const view = rulesView(doc.data);
  const judged = view.judged === doc.data ? doc : { ...doc, data: view.judged };
  const findings = validate(judged);
  findings.push(...view.sectionFindings);
  const reported = new Set(findings.map((f) => f.pointer));
  for (const { pointer, problem, raw } of view.unreadable) {
    if (reported.has(pointer)) continue;
    findings.push({
      ruleId: UNREADABLE_VALUE,
      severity: "high",
      pointer,
      message: `${pointer} ${problem}; got ${showValue(raw)}`,
    });
  }

  const { hits, values } = findSecrets(judged.data);
  // One cause, one finding: an unknown field whose value is an inline secret is that secret's finding
  // (AP-CRED-001, critical, with its fix), not also a low "unknown field" at the same place.
  const secretAt = new Set(hits.map((h) => h.pointer));
  const kept = findings.filter((f) => !(f.ruleId === UNKNOWN_FIELD && secretAt.has(f.pointer)));
  const name = declaredName(doc.data);
  return {
    doc,
    ...(name !== undefined ? { name } : {}),
    data: view.data,
    findings: kept,
    secrets: hits,
    // a secret in the file's name is redacted wherever the name is shown, like one in the document
    redact: [...values, ...pathSecrets(doc.file)],
    ...(view.aliases ? { aliases: view.aliases } : {}),
  };
}

/** A deep copy of JSON data; "__proto__" keys stay own properties. */
export function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) setOwn(out, key, copyJson(value[key]));
    return out;
  }
  return value;
}

function shallowCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice();
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) setOwn(out, key, value[key]);
    return out;
  }
  return value;
}

/** The mapping holding the member at `pointer`, copied (with every container above it) if still shared. */
function writableParentOf(
  data: Record<string, unknown>,
  pointer: string,
  copies: Set<unknown>,
): { parent?: Record<string, unknown>; key: string } {
  const segments = pointerSegments(pointer) ?? [];
  const key = segments.pop() ?? "";
  let node: unknown = data;
  for (const seg of segments) {
    let child: unknown;
    if (Array.isArray(node)) child = node[Number(seg)];
    else if (isPlainObject(node)) child = node[seg];
    else return { key };
    if ((Array.isArray(child) || isPlainObject(child)) && !copies.has(child)) {
      const copy = shallowCopy(child);
      copies.add(copy);
      if (Array.isArray(node)) node[Number(seg)] = copy;
      else setOwn(node as Record<string, unknown>, seg, copy);
      child = copy;
    }
    node = child;
  }
  return isPlainObject(node) ? { parent: node, key } : { key };
}
