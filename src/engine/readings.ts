// Readings that must not be lenient (manifest v1.1, last section), as operations rules call: a SIEM
// called "none" is no SIEM, "^2.1.0" is no pin, a production marker is a whole name, not a word of it.

/** Values that say "there is none" in a field that names something. */
const NONE_WORDS = new Set([
  "none",
  "null",
  "nil",
  "no",
  "false",
  "off",
  "disabled",
  "n/a",
  "na",
  "-",
  "unset",
]);

/** Set to something real: present, not `false`, and not a word for "none" (`siem: none`, `siem: off`). */
export function declared(v: unknown): boolean {
  if (v === undefined || v === null || v === false) return false;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    return s !== "" && !NONE_WORDS.has(s);
  }
  if (Array.isArray(v)) return v.some(declared);
  if (typeof v === "object") return Object.keys(v).length > 0;
  return true;
}

/** Tags that move: whatever the publisher ships next under that name. */
const FLOATING_TAGS = new Set([
  "latest",
  "stable",
  "next",
  "nightly",
  "edge",
  "canary",
  "head",
  "main",
  "master",
  "dev",
  "preview",
  "current",
]);

/**
 * Whether a version names one release. Not pinned: nothing, floating tags (`latest`, `stable`, `main`),
 * ranges (`^1.2`, `~1`, `>=2`, `<3`, `1 - 2`, `1 || 2`), wildcards (`*`, `x`, `1.x`, `1.*`), and a bare
 * major (`2`, `v2`), which npm, pip and container registries all resolve to the newest 2.x.
 */
export function pinnedVersion(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v) && !Number.isInteger(v);
  if (typeof v !== "string") return false;
  const s = v.trim().toLowerCase();
  if (s === "" || FLOATING_TAGS.has(s)) return false;
  if (/[\^~<>=*|]/.test(s) || /\s-\s/.test(s) || /\s/.test(s)) return false;
  const core = s.replace(/^v(?=\d)/, "");
  // any x / X component (1.x, 1.2.x) is a wildcard
  if (core.split(/[.-]/).some((part) => part === "x")) return false;
  if (/^\d+$/.test(core)) return false;
  return true;
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** The names of a resource: its segments between separators (/ : . @ ? = …), each as its hyphen/underscore parts. */
function segments(s: string): string[][] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}_-]+/u)
    .map((seg) => seg.split(/[-_]+/).filter((w) => w !== ""))
    .filter((seg) => seg.length > 0);
}

function runIn(list: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= list.length; i++) if (run.every((w, j) => list[i + j] === w)) return true;
  return false;
}

/**
 * Whether a resource names one of the markers as a whole name. A marker made of letters, digits, hyphens
 * and underscores (`prod`, `finco-dwh`) matches whole parts of one resource segment: `prod` matches
 * `analytics-prod` and `prod-eu-west-1` but not `product`; `finco-dwh` matches `postgres://finco-dwh/ledger`
 * and `finco-dwh-replica` but not `finco-dwhx` or `postgres://finco/dwh`. A marker with other separators
 * (`prod.example.com`) matches the same words in the same order anywhere in the resource.
 */
export function hasMarker(resource: unknown, markers: unknown): boolean {
  const resources = (Array.isArray(resource) ? resource : [resource]).filter(
    (r): r is string => typeof r === "string",
  );
  const wanted = (Array.isArray(markers) ? markers : [markers]).filter(
    (m): m is string => typeof m === "string" && words(m).length > 0,
  );
  if (wanted.length === 0) return false;
  return resources.some((r) => {
    const segs = segments(r);
    const all = words(r);
    return wanted.some((m) => {
      if (/^[\p{L}\p{N}_-]+$/u.test(m)) {
        const parts = m
          .toLowerCase()
          .split(/[-_]+/)
          .filter((w) => w !== "");
        return segs.some((seg) => runIn(seg, parts));
      }
      return runIn(all, words(m));
    });
  });
}

/** The gate an approval names: the string itself, or `gate` of {gate, above} (manifest v1.1). */
export function gateName(approval: unknown): unknown {
  if (typeof approval === "object" && approval !== null && !Array.isArray(approval)) {
    return (approval as Record<string, unknown>).gate ?? null;
  }
  return approval ?? null;
}

const SANDBOXES = ["container", "microvm", "ephemeral-runner"];

/**
 * Whether a runtime bounds the code an agent runs: a sandbox, and egress none or an allowlist without `*`
 * (manifest v1.1: such code execution needs no human gate).
 */
export function boundedRuntime(runtime: unknown): boolean {
  if (typeof runtime !== "object" || runtime === null || Array.isArray(runtime)) return false;
  const r = runtime as Record<string, unknown>;
  if (typeof r.sandbox !== "string" || !SANDBOXES.includes(r.sandbox)) return false;
  if (r.network_egress === "none") return true;
  if (r.network_egress !== "allowlist") return false;
  const list = Array.isArray(r.egress_allowlist) ? r.egress_allowlist : [];
  return !list.includes("*");
}

const AUTONOMY = ["human-in-the-loop", "supervised", "autonomous"];

/**
 * Whether `sub` is more autonomous than `parent` (risk.autonomy). A sub-agent that does not say how
 * autonomous it is counts as autonomous: nothing stops it acting alone. An unknown parent level compares
 * as nothing.
 */
export function moreAutonomous(sub: unknown, parent: unknown): boolean {
  const p = typeof parent === "string" ? AUTONOMY.indexOf(parent) : -1;
  if (p === -1) return false;
  const s = typeof sub === "string" && AUTONOMY.includes(sub) ? AUTONOMY.indexOf(sub) : AUTONOMY.length - 1;
  return s > p;
}
