// The custom json-logic operations rules may use, as pure functions of their arguments: no clock, no I/O,
// no hidden state. Anything list-like accepts a non-list too: null/undefined is the empty list and any
// other single value a one-element list, so a malformed manifest (`actions: read`) never throws here.
import { parseDuration } from "../manifest/duration.js";
import {
  agentAccessLevel,
  DEFAULT_SENSITIVE,
  isSensitivePermission,
  permissionAccessLevel,
  permissionExcess,
} from "./derived.js";
import { globMatch, wildcardKind } from "./glob.js";
import { boundedRuntime, declared, gateName, hasMarker, moreAutonomous, pinnedVersion } from "./readings.js";

function asList(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  return v === undefined || v === null ? [] : [v];
}

function asStrings(v: unknown): string[] {
  return asList(v).filter((x): x is string => typeof x === "string");
}

/** Identity for set operations: strings and numbers stay distinct ("1" ≠ 1), objects compare by content. */
function keyOf(v: unknown): string {
  if (v === null || typeof v !== "object") return `${typeof v}:${String(v)}`;
  return `json:${JSON.stringify(v)}`;
}

/**
 * keyOf for one unique/duplicates call, remembering each object's key: a list holding 100,000 references
 * to one large object would otherwise serialise it 100,000 times. Per call, so that an object changed
 * between calls is never compared by a stale key.
 */
function memoKeyOf(): (v: unknown) => string {
  const memo = new WeakMap<object, string>();
  return (v) => {
    if (v === null || typeof v !== "object") return keyOf(v);
    let k = memo.get(v);
    if (k === undefined) {
      k = keyOf(v);
      memo.set(v, k);
    }
    return k;
  };
}

function keySet(list: unknown[]): Set<string> {
  return new Set(list.map(keyOf));
}

/** Seconds for a duration literal or value (`{"duration": "1h"}` → 3600); null when it is not one. */
function duration(v: unknown): number | null {
  return parseDuration(v) ?? null;
}

/** True when `value` (or any element of a list) matches the glob, or any of a list of globs. */
function glob(value: unknown, patterns: unknown): boolean {
  const ps = asStrings(patterns);
  return asStrings(value).some((v) => ps.some((p) => globMatch(v, p)));
}

/** "full" / "prefix" for the broadest wildcard in a string or list of strings, else null (falsy). */
function wildcard(value: unknown): string | null {
  let best: string | null = null;
  for (const v of asStrings(value)) {
    const kind = wildcardKind(v);
    if (kind === "full") return kind;
    best ??= kind;
  }
  return best;
}

function intersects(a: unknown, b: unknown): boolean {
  const bs = keySet(asList(b));
  return asList(a).some((x) => bs.has(keyOf(x)));
}

/** Every element of `a` is in `b` (the empty list is a subset of anything). */
function subset(a: unknown, b: unknown): boolean {
  const bs = keySet(asList(b));
  return asList(a).every((x) => bs.has(keyOf(x)));
}

/** Elements of `a` not in `b`, in `a`'s order. */
function difference(a: unknown, b: unknown): unknown[] {
  const bs = keySet(asList(b));
  return asList(a).filter((x) => !bs.has(keyOf(x)));
}

/** Values that occur more than once, each listed once, in order of first repeat. */
function duplicates(a: unknown): unknown[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  const out: unknown[] = [];
  const key = memoKeyOf();
  for (const x of asList(a)) {
    const k = key(x);
    if (seen.has(k) && !reported.has(k)) {
      reported.add(k);
      out.push(x);
    }
    seen.add(k);
  }
  return out;
}

function unique(a: unknown): unknown[] {
  const seen = new Set<string>();
  const key = memoKeyOf();
  return asList(a).filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Length of a list; the number of keys of an object (an index such as `run.names`). */
function count(a: unknown): number {
  if (a !== null && typeof a === "object" && !Array.isArray(a)) return Object.keys(a).length;
  return asList(a).length;
}

/** Set and not blank: null, undefined, whitespace-only strings, [] and {} are absent. */
function present(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === "string") return v.trim() !== "";
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v).length > 0;
  return true;
}

/**
 * Own-property lookup with a key that may contain dots (`run.identity_ids`, `run.agents_by_name`), which a
 * `var` path cannot express. null when absent. Reading an own property is safe whatever its name, so an
 * agent called `constructor` is found like any other; inherited members never are.
 */
function get(obj: unknown, key: unknown): unknown {
  if (obj === null || typeof obj !== "object") return null;
  if (typeof key !== "string" && typeof key !== "number") return null;
  const k = String(key);
  if (!Object.hasOwn(obj, k)) return null;
  return (obj as Record<string, unknown>)[k] ?? null;
}

/**
 * The lowercase words of a string (or of every string in a list), split at anything that is not a letter
 * or a digit: `postgres://analytics-prod/db` → postgres, analytics, prod, db. Rules match markers against
 * whole words so that `prod` finds `analytics-prod` but not `product`.
 */
function words(v: unknown): string[] {
  return asStrings(v).flatMap(wordsOf);
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

/** `words` of one string; on ASCII text (nearly all) a plain class gives the same split, many times faster. */
function wordsOf(s: string): string[] {
  const lower = s.toLowerCase();
  const parts = ASCII.test(lower) ? lower.split(/[^a-z0-9]+/) : lower.split(/[^\p{L}\p{N}]+/u);
  return parts.filter((w) => w !== "");
}

/**
 * The part before the @ of an email address, lowercased; null when the value is not one (one @, no
 * whitespace, a dot inside the domain). Checked by hand rather than with a regular expression: sponsors come
 * from manifests, and a backtracking pattern over a crafted megabyte would stall the run.
 */
function emailLocal(v: unknown): string | null {
  if (typeof v !== "string") return null;
  const text = v.trim();
  if (/\s/.test(text)) return null;
  const parts = text.split("@");
  if (parts.length !== 2) return null;
  const [local, domain] = parts as [string, string];
  const dot = domain.indexOf(".");
  if (local === "" || dot <= 0 || domain.endsWith(".")) return null;
  return local.toLowerCase();
}

function lower(v: unknown): unknown {
  return typeof v === "string" ? v.toLowerCase() : v;
}

/** Access level of a permission, or of a list of permissions (the highest). */
function accessLevel(perm: unknown): string | null {
  return Array.isArray(perm) ? agentAccessLevel(perm) : permissionAccessLevel(perm);
}

/** Whether a permission needs a human gate; omitted lists fall back to the built-in defaults. */
function isSensitive(perm: unknown, categories?: unknown, actions?: unknown): boolean {
  return isSensitivePermission(perm, {
    categories:
      categories === undefined || categories === null ? DEFAULT_SENSITIVE.categories : asStrings(categories),
    actions: actions === undefined || actions === null ? DEFAULT_SENSITIVE.actions : asStrings(actions),
  });
}

/** Longest text `mentions` reads per call; a manifest's purpose or description is far shorter. */
const MAX_MENTION_TEXT = 64 * 1024;

/**
 * The first of `phrases` that the texts mention as whole words, or null. Texts and phrases are split into
 * words like `words`; a phrase matches a run of consecutive words, and a trailing * on a phrase matches any
 * ending of its last word (`recruit*` finds "recruiting"). Plain substring search over the joined words: no
 * regular expression built from rule or manifest text, so no input can make it slow.
 */
function mentions(texts: unknown, phrases: unknown): string | null {
  const list = Array.isArray(texts) ? texts : [texts];
  let joined = " ";
  for (const t of list) {
    if (typeof t !== "string" || joined.length > MAX_MENTION_TEXT) continue;
    joined += spacedWords(t.slice(0, MAX_MENTION_TEXT));
  }
  for (const phrase of asStrings(phrases)) {
    const needle = needleOf(phrase);
    if (needle !== "" && joined.includes(needle)) return phrase;
  }
  return null;
}

/**
 * Rules ask `mentions` of the same texts (a purpose, a description) with one phrase list after another,
 * and of the same phrases for every agent: both splits are kept, the texts' up to a bound.
 */
const MAX_KEPT_TEXTS = 10_000;
const keptTexts = new Map<string, string>();
const needles = new Map<string, string>();

/** A text's words joined by spaces and followed by a separator (" | "), or "" when it has none. */
function spacedWords(t: string): string {
  let out = keptTexts.get(t);
  if (out === undefined) {
    const w = wordsOf(t);
    out = w.length > 0 ? `${w.join(" ")} | ` : "";
    if (keptTexts.size >= MAX_KEPT_TEXTS) keptTexts.clear();
    keptTexts.set(t, out);
  }
  return out;
}

/** What a phrase matches in the joined words: its words between spaces, open at the end for `word*`. */
function needleOf(phrase: string): string {
  let needle = needles.get(phrase);
  if (needle === undefined) {
    const prefix = phrase.endsWith("*");
    const w = wordsOf(prefix ? phrase.slice(0, -1) : phrase);
    needle = w.length === 0 ? "" : ` ${w.join(" ")}${prefix ? "" : " "}`;
    if (needles.size >= MAX_KEPT_TEXTS) needles.clear();
    needles.set(phrase, needle);
  }
  return needle;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- json-logic calls operations with any arguments
export const CUSTOM_OPERATIONS: Readonly<Record<string, (...args: any[]) => unknown>> = {
  duration,
  glob,
  wildcard,
  intersects,
  subset,
  difference,
  duplicates,
  unique,
  count,
  present,
  get,
  lower,
  words,
  email_local: emailLocal,
  permission_excess: permissionExcess,
  access_level: accessLevel,
  is_sensitive: isSensitive,
  mentions,
  declared,
  pinned_version: pinnedVersion,
  has_marker: hasMarker,
  more_autonomous: moreAutonomous,
  gate_name: gateName,
  bounded_runtime: boundedRuntime,
};
