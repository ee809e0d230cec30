// node bench/parsers.mjs [--size 2000] [--repeat 7]
//
// The parse-path candidates of issue "Scale" §2, on the same generated corpus as `npm run bench`: each
// parser reads every manifest text of the corpus (already in memory, so only parsing is timed) in one
// process, the parsers taking turns round after round so that a busy spell of the machine hits them all;
// one warm-up round first, then the median (min–max) of the timed rounds. Nothing here runs in the tests.
//
// Candidates (pinned, installed on demand into bench/out/parsers/, which is gitignored):
// - yaml (the project's parser, as installed): parseAllDocuments with src/manifest/parse.ts's options,
//   its node build and the ES module build the bundles carry; and its lower layers alone (Lexer, Parser:
//   the CST every Document is composed from), to show where its time goes;
// - @stoplight/yaml-ast-parser and yaml-ast-parser (the fork Spectral uses and its origin): an AST with
//   start and end offsets on every node, loadAll;
// - js-yaml: values only (positions only through its event listener), the speed of a plain loader;
// - agentpolicy's own path (src/manifest/fast-yaml.ts, bundled on the fly): the fast path alone, and
//   parseSource, which a check runs on every manifest text.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse as parseYaml, parseAllDocuments, Lexer, Parser } from "yaml";
import { existingCorpus, generateCorpus } from "./generate.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const SEED = 20261128;
const PINNED = { "@stoplight/yaml-ast-parser": "0.0.50", "yaml-ast-parser": "0.0.43", "js-yaml": "4.1.0" };

const args = { size: 2000, repeat: 7 };
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === "--size") args.size = Number(process.argv[++i]);
  else if (process.argv[i] === "--repeat") args.repeat = Number(process.argv[++i]);
  else throw new Error(`unknown argument ${process.argv[i]}`);
}

const corpus = join(BENCH, "out", `n${args.size}`);
if (!existingCorpus(corpus, args.size, SEED)) {
  process.stderr.write(`generating ${args.size} agents…\n`);
  generateCorpus(corpus, args.size, SEED, parseYaml);
}

const parsersDir = join(BENCH, "out", "parsers");
const installed = Object.entries(PINNED).every(([name, version]) => {
  try {
    return (
      JSON.parse(readFileSync(join(parsersDir, "node_modules", name, "package.json"), "utf8")).version ===
      version
    );
  } catch {
    return false;
  }
});
if (!installed) {
  mkdirSync(parsersDir, { recursive: true });
  writeFileSync(join(parsersDir, "package.json"), '{ "private": true }\n');
  process.stderr.write("installing the candidate parsers…\n");
  execFileSync(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--silent",
      ...Object.entries(PINNED).map(([n, v]) => `${n}@${v}`),
    ],
    { cwd: parsersDir, stdio: "inherit" },
  );
}
const requireCandidate = createRequire(join(parsersDir, "package.json"));
const stoplight = requireCandidate("@stoplight/yaml-ast-parser");
const astParser = requireCandidate("yaml-ast-parser");
const jsYaml = requireCandidate("js-yaml");
// The project's own parse path, bundled from src/ as the CLI bundles it: the fast path alone (data and
// position table per document) and parseSource, everything a check does to a manifest text before
// validation (the fast path, yaml for what it gives up on, the table encoded, documents classified).
const { build } = await import("esbuild");
const ownBundle = join(BENCH, "out", "parse-bundle.mjs");
mkdirSync(dirname(ownBundle), { recursive: true });
writeFileSync(
  join(BENCH, "out", "parse-entry.ts"),
  'export { parseFast } from "../../src/manifest/fast-yaml.ts";\nexport { parseFastJson } from "../../src/manifest/fast-json.ts";\nexport { parseSource } from "../../src/manifest/parse.ts";\nexport { VENDOR_BUNDLES } from "../../src/util/vendor-require.ts";\n',
);
const yamlAlias = { yaml: join(ROOT, "node_modules", "yaml", "browser", "index.js") };
await build({
  entryPoints: [join(BENCH, "out", "parse-entry.ts")],
  bundle: true,
  format: "esm",
  platform: "node",
  outfile: ownBundle,
  logLevel: "warning",
  alias: yamlAlias,
  define: { AGENTPOLICY_BUNDLED: "true" },
});
const own = await import(pathToFileURL(ownBundle).href);
// the packages the sources require on first use (src/util/vendor.ts), each file as scripts/build.mjs makes it
for (const [file, held] of Object.entries(own.VENDOR_BUNDLES)) {
  const fields = Object.entries(held).map(
    ([name, entry]) => `${JSON.stringify(name)}: require(${JSON.stringify(entry)})`,
  );
  await build({
    stdin: { contents: `module.exports = { ${fields.join(", ")} };`, resolveDir: ROOT, loader: "js" },
    bundle: true,
    format: "cjs",
    platform: "node",
    outfile: join(dirname(ownBundle), "vendor", `${file}.cjs`),
    logLevel: "warning",
    alias: yamlAlias,
  });
}
const yamlEsm = await import(pathToFileURL(join(ROOT, "node_modules", "yaml", "browser", "index.js")).href);

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
    else if (/\.agent\.(ya?ml|json)$/.test(entry.name)) out.push(path);
  }
  return out;
}
const texts = walk(corpus, []).map((f) => readFileSync(f, "utf8"));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

// Each returns the number of documents, so that every candidate is seen to parse the whole corpus.
const candidates = {
  "yaml parseAllDocuments (node build)": (t) => parseAllDocuments(t, OPTIONS).length,
  "yaml parseAllDocuments (ES build, bundled)": (t) => yamlEsm.parseAllDocuments(t, OPTIONS).length,
  "yaml Parser (CST only)": (t) => {
    let n = 0;
    for (const token of new Parser().parse(t)) if (token.type === "document") n++;
    return n;
  },
  "yaml Lexer (tokens only)": (t) => {
    let n = 0;
    for (const token of new Lexer().lex(t)) if (token === "\u0002") n++;
    return n;
  },
  "@stoplight/yaml-ast-parser loadAll (AST)": (t) => {
    let n = 0;
    stoplight.loadAll(t, () => n++);
    return n;
  },
  "yaml-ast-parser loadAll (AST)": (t) => {
    let n = 0;
    astParser.loadAll(t, () => n++);
    return n;
  },
  "js-yaml loadAll (values only)": (t) => jsYaml.loadAll(t).length,
  "agentpolicy fast paths, data + position table (YAML, else JSON)": (t) => {
    const yaml = own.parseFast(t);
    if (yaml !== undefined) return yaml.length;
    const json = own.parseFastJson(t);
    return "object" in json ? 1 : "array" in json ? json.array.length : 0;
  },
  "agentpolicy parseSource (as a check reads a manifest)": (t) =>
    own.parseSource("a.agent.yaml", t).documents.length,
};

const times = Object.fromEntries(Object.keys(candidates).map((k) => [k, []]));
const documents = {};
for (let round = 0; round <= args.repeat; round++) {
  for (const [name, parse] of Object.entries(candidates)) {
    const start = process.hrtime.bigint();
    let docs = 0;
    for (const t of texts) docs += parse(t);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    documents[name] = docs;
    if (round > 0) times[name].push(ms);
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = Object.entries(times).map(([name, ms]) => ({
  name,
  median: median(ms),
  min: Math.min(...ms),
  max: Math.max(...ms),
  documents: documents[name],
}));
// the reference: the fastest third-party parser that keeps positions (the yaml-ast-parser family)
const fastestAst = Math.min(...rows.filter((r) => r.name.includes("(AST)")).map((r) => r.median));
const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
console.log(
  `${texts.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB, ${args.repeat} timed rounds; Node ${process.version}; load average ${load}\n`,
);
console.log("| parser | median ms (min–max) | documents | × fastest AST parser |");
console.log("| ------ | ------------------- | --------- | -------------------- |");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.median.toFixed(0)} (${r.min.toFixed(0)}–${r.max.toFixed(0)}) | ${r.documents} | ${(r.median / fastestAst).toFixed(2)} |`,
  );
}
if (!existsSync(join(BENCH, "out"))) mkdirSync(join(BENCH, "out"));
writeFileSync(
  join(BENCH, "out", "parsers.json"),
  JSON.stringify({ files: texts.length, bytes, load, node: process.version, rows }, null, 2) + "\n",
);
