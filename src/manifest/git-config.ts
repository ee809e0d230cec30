// What the walk needs from a work tree's git configuration: whether git compares ignore patterns without
// regard to case (`core.ignorecase`). Git leaves it false unless `git init` or `git clone` found the file
// system case-insensitive (macOS, Windows), and then writes `ignorecase = true` into the repository's
// config; so the repository's own config file decides, false when it says nothing. A `.git` file (a
// worktree or a submodule) names the git folder (`gitdir: …`), whose `commondir` holds the shared config.
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/** Config files are a few kB; a larger one is not read (git has no limit). */
const MAX_CONFIG = 1024 * 1024;

/** Whether the work tree at `top` (the folder holding `.git`) compares ignore patterns without case. */
export function gitIgnoresCase(top: string): boolean {
  const config = configOf(top);
  return config !== undefined && coreIgnoreCase(config);
}

function read(path: string): string | undefined {
  try {
    const info = statSync(path);
    return info.isFile() && info.size <= MAX_CONFIG ? readFileSync(path, "utf8") : undefined;
  } catch {
    return undefined;
  }
}

/** The text of the repository's config file, if it can be found and read. */
function configOf(top: string): string | undefined {
  const dotGit = join(top, ".git");
  let gitDir = dotGit;
  const file = read(dotGit);
  if (file !== undefined) {
    const target = /^gitdir:\s*(.+?)\s*$/m.exec(file)?.[1];
    if (target === undefined) return undefined;
    gitDir = resolve(top, target);
  }
  const common = read(join(gitDir, "commondir"))?.trim();
  return read(join(common ? resolve(gitDir, common) : gitDir, "config"));
}

/**
 * `core.ignorecase` from a config text: section and key names in any case, the last setting winning, a
 * key with no value being true (git-config(1), "Syntax"). `[include]` files are not followed.
 */
export function coreIgnoreCase(text: string): boolean {
  let inCore = false;
  let value = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)[#;].*$/, "").trim();
    if (line === "") continue;
    const section = /^\[\s*([A-Za-z0-9.-]+)\s*(?:"[^"]*")?\s*\]\s*(.*)$/.exec(line);
    let body = line;
    if (section) {
      // `[core "x"]` is a subsection, not core itself
      inCore = section[1]!.toLowerCase() === "core" && !line.includes('"');
      body = section[2]!;
      if (body === "") continue;
    }
    if (!inCore) continue;
    const setting = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(body);
    if (!setting || setting[1]!.toLowerCase() !== "ignorecase") continue;
    const v = (setting[2] ?? "true")
      .replace(/^"(.*)"$/, "$1")
      .trim()
      .toLowerCase();
    value = v === "true" || v === "yes" || v === "on" || v === "1";
  }
  return value;
}
