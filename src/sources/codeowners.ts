// CODEOWNERS as the owner of last resort: an agent (a native config, or a manifest without
// metadata.owner) is owned by whoever CODEOWNERS names for its file. GitHub's rules
// (https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners):
// the first of .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS is used; patterns follow .gitignore
// (a pattern with no slash but a trailing one matches at any depth, a leading or inner slash anchors it
// to the root, a folder pattern covers everything under it); the last matching line wins; a line with
// a pattern and no owners leaves the file unowned. GitHub's CODEOWNERS has no character ranges, braces or
// negation: `*`, `?` and `**` are its only wildcards, and every other character is itself. CODEOWNERS is
// repository content, so a pattern is read and matched as a .gitignore pattern is (gitignore-rules.ts), never
// built into a backtracking regular expression (picomatch took 0.4 s per path for `**/a/**/a/**/b` on a deep
// one).
import { compilePattern, patternMatches } from "../manifest/gitignore-rules.js";

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
  const text = pattern.replace(/^\\#/, "#");
  if (/^\/+$/.test(text)) return () => true;
  const rule = compilePattern(text, { nocase: false, brackets: false });
  if (!rule) return undefined;
  // a rule owns a path it matches and, gitignore's way, whatever lies in a folder it matches; GitHub's one
  // departure: `docs/*` owns the files right in docs/, not those further down
  const ownFilesOnly = !rule.dirOnly && /(^|\/)\*$/.test(text);
  return (path) => {
    const names = path.split("/");
    if (patternMatches(rule, names, false)) return true;
    if (ownFilesOnly) return false;
    for (let k = names.length - 1; k >= 1; k--)
      if (patternMatches(rule, names.slice(0, k), true)) return true;
    return false;
  };
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
