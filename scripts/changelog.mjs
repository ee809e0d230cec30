// Prints the CHANGELOG.md section of one version (the release notes), or checks that the file is in
// Keep a Changelog form (https://keepachangelog.com/en/1.1.0/). Used by .github/workflows/release.yml.
//   node scripts/changelog.mjs notes 1.2.3   the body of "## [1.2.3] - YYYY-MM-DD"; exit 1 if none
//   node scripts/changelog.mjs check         exit 1 with the problems, one per line
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const KINDS = ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"];
const VERSION = /^## \[(Unreleased|\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$/;

/** The sections of a changelog: version, date, body, line. */
export function sections(text) {
  const out = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const m = VERSION.exec(line);
    if (m) out.push({ version: m[1], date: m[2], line: i + 1, body: [] });
    else if (/^\[[^\]]+\]:\s/.test(line)) out.push({ link: line, line: i + 1 });
    else if (out.length > 0 && !out.at(-1).link) out.at(-1).body.push(line);
  });
  return out;
}

/** The release notes of `version`: its section's body, trimmed; undefined when there is none. */
export function notes(text, version) {
  const s = sections(text).find((x) => x.version === version);
  return s ? s.body.join("\n").trim() : undefined;
}

/** What is wrong with the changelog's form, as "line N: problem" strings (empty when fine). */
export function problems(text) {
  const found = [];
  const lines = text.split(/\r?\n/);
  if (lines[0] !== "# Changelog") found.push('line 1: the title must be "# Changelog"');
  const all = sections(text);
  const versions = all.filter((s) => s.version);
  const links = new Set(all.filter((s) => s.link).map((s) => /^\[([^\]]+)\]/.exec(s.link)[1]));
  if (versions[0]?.version !== "Unreleased") found.push('the first section must be "## [Unreleased]"');
  let previous;
  for (const s of versions) {
    if (s.version !== "Unreleased" && !s.date)
      found.push(`line ${s.line}: [${s.version}] needs " - YYYY-MM-DD"`);
    if (s.date && Number.isNaN(Date.parse(s.date))) found.push(`line ${s.line}: ${s.date} is not a date`);
    if (previous && s.date && previous > s.date) found.push(`line ${s.line}: versions must be newest first`);
    if (s.date) previous = s.date;
    if (!links.has(s.version)) found.push(`line ${s.line}: no link reference "[${s.version}]: <url>"`);
    s.body.forEach((l, i) => {
      const h = /^### (.*)$/.exec(l);
      if (h && !KINDS.includes(h[1]))
        found.push(`line ${s.line + 1 + i}: "### ${h[1]}" is not one of ${KINDS.join(", ")}`);
      if (/^#{1,2} /.test(l)) found.push(`line ${s.line + 1 + i}: unexpected heading "${l}"`);
    });
  }
  const seen = new Set();
  for (const s of versions) {
    if (seen.has(s.version)) found.push(`line ${s.line}: [${s.version}] appears twice`);
    seen.add(s.version);
  }
  return found;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [command, version] = process.argv.slice(2);
  const text = readFileSync(process.env.CHANGELOG ?? "CHANGELOG.md", "utf8");
  if (command === "notes" && version) {
    const body = notes(text, version.replace(/^v/, ""));
    if (body === undefined) {
      console.error(`CHANGELOG.md has no section "## [${version.replace(/^v/, "")}] - YYYY-MM-DD"`);
      process.exit(1);
    }
    console.log(body);
  } else if (command === "check") {
    const found = problems(text);
    for (const p of found) console.error(`CHANGELOG.md ${p}`);
    process.exit(found.length > 0 ? 1 : 0);
  } else {
    console.error("usage: node scripts/changelog.mjs notes <version> | check");
    process.exit(2);
  }
}
