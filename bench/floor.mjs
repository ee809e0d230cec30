// The parse floor: what any check of these files must at least spend. Finds the manifests under a
// folder (the same names the check's default discovery picks), reads each one and parses it with the
// same YAML parser and options as src/manifest/parse.ts — and nothing else. Prints the number of
// documents so the benchmark can tell that it saw the same corpus.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const MANIFEST = /\.agent\.(ya?ml|json)$/;
const OPTIONS = {
  schema: "core",
  version: "1.2",
  uniqueKeys: true,
  merge: true,
  resolveKnownTags: false,
  prettyErrors: false,
  strict: true,
  logLevel: "silent",
};

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (MANIFEST.test(entry.name)) out.push(path);
  }
  return out;
}

let documents = 0;
for (const file of walk(process.argv[2], [])) {
  const text = readFileSync(file, "utf8");
  documents += parseAllDocuments(text, OPTIONS).length;
}
process.stdout.write(`${documents}\n`);
