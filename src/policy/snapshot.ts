// The built-in rules, loaded once at build time. Parsing thirteen YAML files, compiling the rule schemas
// and validating every check takes longer than the rest of a one-manifest check together, and the
// built-in rules only change with a release. The build writes the loaded policy next to the bundles
// (dist/builtin-policy.json) with a digest of the rule files it came from; at run time the snapshot is
// used only when the rule files on disk still have that digest (reading and hashing them costs about a
// millisecond), else the rules are loaded from their files as always.
//
// The snapshot gives the very objects loading gives: the same values (`undefined`-valued properties
// included: policy diffs compare checks with isDeepStrictEqual), the same display paths in `source` (they
// depend on the working directory, so they are stored relative to the rule folder), checks and frameworks
// deep-frozen. test/policy/snapshot.test.ts holds it to that.
//
// The built-in catalogs (rules/discovery, rules/scopes) are snapshotted the same way, each in a file of its
// own so that a run reads only the ones it needs (discovery/catalog-snapshot.ts, scope-snapshot.ts): the
// folder digest and the stamped text below are shared.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deepFreeze } from "./freeze.js";
import type { CheckDef, FrameworkDef, Policy, SourcePos } from "./types.js";

export const SNAPSHOT_FILE = "builtin-policy.json";
const FORMAT = 1;
/** Stands for a property whose value is `undefined`, which JSON cannot hold. */
const UNDEFINED = "$agentpolicy-snapshot:undefined";

const TAG = `agentpolicy rules ${FORMAT}`;

/** The YAML files of the folders `subs` of `dir`, relative to `dir`, each folder's sorted by name. */
function yamlFiles(dir: string, subs: readonly string[]): string[] {
  const out: string[] = [];
  for (const sub of subs) {
    let names: string[];
    try {
      if (!statSync(join(dir, sub)).isDirectory()) continue;
      names = readdirSync(join(dir, sub));
    } catch {
      continue;
    }
    for (const name of names.filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort()) {
      out.push(`${sub}/${name}`);
    }
  }
  return out;
}

/** The rule files loading reads (checks/*.yaml, frameworks/*.yaml), relative to `dir`, in its order. */
function ruleFiles(dir: string): string[] {
  return yamlFiles(dir, ["checks", "frameworks"]);
}

/**
 * sha256 over the names and bytes of the YAML files in the folders `subs` of `dir` (what a snapshot of
 * them was taken of), under a `tag` naming the snapshot and its format. Throws when one cannot be read.
 */
export function folderDigest(dir: string, subs: readonly string[], tag: string): string {
  const hash = createHash("sha256").update(`${tag}\0`);
  for (const file of yamlFiles(dir, subs)) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(dir, file)))
      .update("\0");
  }
  return hash.digest("hex");
}

/** sha256 over the names and bytes of the rule files. Throws when one cannot be read. */
export function ruleFolderDigest(dir: string): string {
  return folderDigest(dir, ["checks", "frameworks"], TAG);
}

/**
 * A snapshot's text: `body` (plain JSON values) stamped with `tag` (what it holds, in which format) and the
 * digest of the files it was taken of.
 */
export function stampedText(tag: string, digest: string, body: Record<string, unknown>): string {
  return JSON.stringify({ tag, digest, ...body }) + "\n";
}

/**
 * The body of a snapshot text with this `tag`, if `digest()` (called only then) is still the one it was
 * taken of; undefined otherwise (another format, other files, unreadable files, not a snapshot).
 */
export function stampedBody(
  text: string,
  tag: string,
  digest: () => string,
): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const stamped = parsed as Record<string, unknown>;
    return stamped.tag === tag && stamped.digest === digest() ? stamped : undefined;
  } catch {
    return undefined;
  }
}

function encode(value: unknown, at: string): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || Object.is(value, -0)) throw new Error(`${at}: ${value} has no JSON form`);
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => encode(v, `${at}/${i}`));
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key === UNDEFINED || key === "__proto__") throw new Error(`${at}: key '${key}' cannot be stored`);
      const v = (value as Record<string, unknown>)[key];
      out[key] = v === undefined ? { [UNDEFINED]: true } : encode(v, `${at}/${key}`);
    }
    return out;
  }
  throw new Error(`${at}: a ${typeof value} cannot be stored in the snapshot`);
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const isUndefined =
      typeof v === "object" && v !== null && Object.keys(v).length === 1 && Object.hasOwn(v, UNDEFINED);
    out[key] = isUndefined ? undefined : decode(v);
  }
  return out;
}

type Display = (abs: string) => string;

/** `def` with its source file given relative to `dir` (posix separators); throws if it is not a rule file. */
function relativeSource<T extends { source?: SourcePos }>(def: T, byDisplay: Map<string, string>): T {
  if (!def.source) return def;
  const rel = byDisplay.get(def.source.file);
  if (rel === undefined) throw new Error(`source ${def.source.file} is not a file of the rule folder`);
  return { ...def, source: { ...def.source, file: rel } };
}

/** The snapshot of `policy`, which was loaded from the rule folder `dir` with `display` naming its files. */
export function makeSnapshot(policy: Policy, folder: string, display: Display): string {
  const dir = resolve(folder);
  const byDisplay = new Map(ruleFiles(dir).map((rel) => [display(join(dir, rel)), rel]));
  return stampedText(TAG, ruleFolderDigest(dir), {
    checks: policy.checks.map((c, i) => encode(relativeSource(c, byDisplay), `/checks/${i}`)),
    frameworks: policy.frameworks.map((f, i) => encode(relativeSource(f, byDisplay), `/frameworks/${i}`)),
  });
}

function withDisplayedSource<T extends { source?: SourcePos }>(def: T, dir: string, display: Display): T {
  if (def.source) def.source.file = display(join(dir, ...def.source.file.split("/")));
  return def;
}

/**
 * The policy a snapshot text holds, if it was taken of the rule folder `dir` as it is now; undefined
 * otherwise (another format, other rule files, unreadable files).
 */
export function readSnapshot(text: string, folder: string, display: Display): Policy | undefined {
  const dir = resolve(folder);
  const snapshot = stampedBody(text, TAG, () => ruleFolderDigest(dir)) as
    { checks: unknown[]; frameworks: unknown[] } | undefined;
  if (!snapshot) return undefined;
  // JSON.parse gave fresh plain objects already: they need decoding only where `undefined` was stored
  const decoded = text.includes(UNDEFINED) ? decode : (v: unknown) => v;
  const checks = snapshot.checks.map((c) =>
    deepFreeze(withDisplayedSource(decoded(c) as CheckDef, dir, display)),
  );
  const frameworks = snapshot.frameworks.map((f) =>
    deepFreeze(withDisplayedSource(decoded(f) as FrameworkDef, dir, display)),
  );
  return { checks, frameworks };
}

/**
 * The text of a file the build wrote beside the bundles (dist/<name>); undefined when there is none (the
 * sources run under a test runner) or it cannot be read.
 */
export function shippedText(name: string): string | undefined {
  const url = new URL(`./${name}`, import.meta.url);
  if (url.protocol !== "file:") return undefined;
  try {
    return readFileSync(fileURLToPath(url), "utf8");
  } catch {
    return undefined;
  }
}

/** The snapshot shipped beside the bundle (dist/builtin-policy.json) for `dir`, when it is current. */
export function loadBuiltinSnapshot(dir: string, display: Display): Policy | undefined {
  const text = shippedText(SNAPSHOT_FILE);
  return text === undefined ? undefined : readSnapshot(text, dir, display);
}

/** Build step: writes the snapshot of `policy` (loaded from `dir`) to `file`. */
export function writeSnapshot(file: string, policy: Policy, dir: string, display: Display): void {
  writeFileSync(file, makeSnapshot(policy, dir, display));
}
