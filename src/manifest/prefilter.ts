// Manifests found by what they say, wherever they sit: a YAML or JSON file outside the discovery globs
// (services/payments/agent.yaml) is a candidate when its text declares an agentpolicy.dev apiVersion.
// The test is a byte scan, never a parse: most YAML in a repository (workflows, charts, lock files) is
// read once and dropped. It is deliberately loose (any case, any version) so that near-misses reach the
// parser, which reports them instead of skipping them.
import { closeSync, openSync, readSync } from "node:fs";

/** File names the prefilter looks into: YAML and JSON, whatever the case of the extension. */
const CANDIDATE = /\.(ya?ml|json)$/i;

/** `apiVersion: agentpolicy.dev/…` as YAML (plain or quoted) or JSON writes it, in any case. */
const DECLARES = /apiVersion["']?\s*:\s*["']?agentpolicy\.dev\//i;

/** How much of a file is looked at: far more than any manifest (the reader enforces its own limit). */
export const PREFILTER_MAX_BYTES = 1024 * 1024;
const CHUNK = 64 * 1024;
/** A match straddling two chunks is still seen: each chunk is searched with the tail of the last. */
const OVERLAP = 128;

export function isCandidateName(name: string): boolean {
  return endsInLOrN(name) && CANDIDATE.test(name);
}

/**
 * Whether a name ends in l or n, any case: as .yaml, .yml, .json and .toml do. Names are tested against
 * those extensions for every file of a repository; most fail on their last character, before a regular
 * expression scans them.
 */
export function endsInLOrN(name: string): boolean {
  const last = name.charCodeAt(name.length - 1) | 0x20;
  return last === 0x6c || last === 0x6e;
}

let shared: Buffer | undefined;

/**
 * Reads the file in chunks until it declares an agentpolicy.dev apiVersion, or up to the byte limit. It
 * blocks, into one buffer for every call: at a repository root it looks into hundreds of package.json and
 * tsconfig.json files, each a few hundred bytes in the page cache, where a promise, a file handle and a
 * fresh buffer per file cost far more than the read.
 */
export function looksLikeManifest(absPath: string, maxBytes = PREFILTER_MAX_BYTES): boolean {
  let fd;
  try {
    fd = openSync(absPath, "r");
  } catch {
    return false; // unreadable: not ours to report unless a glob or a path named it
  }
  try {
    shared ??= Buffer.allocUnsafe(CHUNK);
    const buffer = shared;
    let tail = "";
    for (let at = 0; at < maxBytes;) {
      const bytesRead = readSync(fd, buffer, 0, Math.min(buffer.length, maxBytes - at), at);
      if (bytesRead === 0) return false;
      // latin1 keeps every byte one character: ASCII keys and values match, nothing throws on bad UTF-8
      const text = tail + buffer.toString("latin1", 0, bytesRead);
      if (DECLARES.test(text)) return true;
      tail = text.slice(-OVERLAP);
      at += bytesRead;
    }
    return false;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}
