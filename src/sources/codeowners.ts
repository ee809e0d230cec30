// CODEOWNERS as the owner of last resort: an agent (a native config, or a manifest without
// metadata.owner) is owned by whoever CODEOWNERS names for its file. GitHub's rules
// (https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners):
// the first of .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS is used; patterns follow .gitignore
// (a pattern with no slash but a trailing one matches at any depth, a leading or inner slash anchors it
// to the root, a folder pattern covers everything under it); the last matching line wins; a line with
// a pattern and no owners leaves the file unowned. GitHub's CODEOWNERS has no character ranges, braces or
// negation: `*`, `?` and `**` are its only wildcards, and every other character is itself. CODEOWNERS is
// repository content, so a pattern is matched segment by segment (util/wildcard.ts), never built into a
// backtracking regular expression (picomatch took 0.4 s per path for `**/a/**/a/**/b` on a deep one).
import { globMatch, segmentsMatch } from "../util/wildcard.js";

export const CODEOWNERS_PATHS: readonly string[] = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

export interface OwnerRule {
  line: number;
  pattern: string;
  owners: string[];
  match: (path: string) => boolean;
}

export interface Codeowners {
  file: string;
  rules: OwnerRule[];
}

export function parseCodeowners(file: string, text: string): Codeowners {
  const rules: OwnerRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (line === "") return;
    const [pattern, ...owners] = line.split(/\s+/);
    if (!pattern) return;
    const match = matcher(pattern);
    if (match) rules.push({ line: i + 1, pattern, owners, match });
  });
  return { file, rules };
}

function matcher(pattern: string): ((path: string) => boolean) | undefined {
  // escaped leading '#' and '\ ' are rare; negation and [] ranges are not supported by GitHub
  if (pattern.startsWith("!")) return undefined;
  let p = pattern.replace(/^\\#/, "#");
  const dirOnly = p.endsWith("/");
  if (dirOnly) p = p.slice(0, -1);
  const anchored = p.startsWith("/") || p.includes("/");
  p = p.replace(/^\/+/, "");
  if (p === "") return dirOnly ? () => true : undefined;
  // gitignore's `**`: a leading or inner one stands for any number of folders, none included, a trailing one
  // for everything inside (one segment at least); a rule covers the path itself or a path below it, below
  // it only for a folder pattern
  if (p.endsWith("/**")) p = `${p.slice(0, -2)}*/**`;
  // a folder pattern of globstars alone (`**/`) names some folder: one segment at least
  if (dirOnly && p.split("/").every((s) => s === "**")) p = "*";
  // GitHub's one departure from gitignore: `docs/*` owns the files right in docs/, not those further down
  const under = dirOnly ? "/*/**" : p === "*" || p.endsWith("/*") ? "" : "/**";
  const glob = `${anchored ? p : `**/${p}`}${under}`;
  return (path) => segmentsMatch(glob, path, globMatch);
}

/** The owners of `path` (last matching rule), with the rule that decided; undefined when none matches. */
export function ownersOf(co: Codeowners, path: string): { owners: string[]; line: number } | undefined {
  for (let i = co.rules.length - 1; i >= 0; i--) {
    const r = co.rules[i]!;
    if (r.match(path)) return r.owners.length > 0 ? { owners: r.owners, line: r.line } : undefined;
  }
  return undefined;
}

/** A CODEOWNERS owner in manifest terms: `@org/team` → `team:org/team`; users and emails as written. */
export function manifestOwner(owner: string): string {
  const team = /^@([A-Za-z0-9-]+\/[A-Za-z0-9._-]+)$/.exec(owner);
  return team ? `team:${team[1]}` : owner;
}

interface Owned {
  ownerSource?: string;
}

/**
 * Agents whose data names no owner get one from CODEOWNERS, marked as derived (`ownerSource`). A
 * manifest's own metadata.owner always wins; the owner of a native config is looked up by its file.
 */
export function applyOwners<T extends { doc: { file: string }; data: Record<string, unknown> }>(
  agents: readonly T[],
  co: Codeowners | undefined,
): T[] {
  if (!co) return [...agents];
  return agents.map((a) => {
    const metadata = a.data.metadata;
    const meta =
      typeof metadata === "object" && metadata !== null && !Array.isArray(metadata)
        ? (metadata as Record<string, unknown>)
        : undefined;
    if (!meta || (typeof meta.owner === "string" && meta.owner.trim() !== "")) return a;
    const found = ownersOf(co, a.doc.file);
    if (!found) return a;
    const owner = manifestOwner(found.owners[0]!);
    const copy = { ...a, data: { ...a.data, metadata: { ...meta, owner } } } as T & Owned;
    copy.ownerSource = `CODEOWNERS (${co.file}:${found.line})`;
    return copy;
  });
}
