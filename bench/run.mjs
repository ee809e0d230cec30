// npm run bench [-- --full] [-- --sizes 100,2000] [-- --repeat 3] [-- --cold 10] [-- --record]
//   [-- --package <dir>]   benchmark another build: a folder with dist/, rules/, schema/ and package.json
//   [-- --monorepo <packages>] [-- --no-monorepo]   the whole-repository walk (default 500 packages)
//   [-- --spectral]        also lint the 2,000-agent corpus with Spectral (installed on demand from npm)
//
// Throughput: `agentpolicy check <dir> --format json --output <file>` as a whole process (discovery to
// the JSON report) on generated corpora of 100, 2,000 and 10,000 agents (50,000 with --full), each
// repeated, beside the parse floor (bench/floor.mjs: read the same files, parse them with the same YAML
// parser, nothing else). Cold start: the CLI on one manifest and the action (dist/index.js, no network)
// on ten, against `node -e 0`. Wall time is measured around each child process; peak RSS is the
// child's (with /usr/bin/time when present, else a preloaded hook reading getrusage at exit).
//
// dist/ is copied to a private folder first, so a rebuild while the benchmark runs does not change what
// is measured. Results print as a table and go to bench/results.json; --record also rewrites the results
// block of bench/README.md.
import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  openSync,
  readSync,
  closeSync,
} from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { existingCorpus, generateCorpus } from "./generate.mjs";
import { existingMonorepo, generateMonorepo, SDK_PATTERNS } from "./monorepo.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const SEED = 20261128;
const TARGETS = {
  floorRatio2000: 2.0,
  scaling10k2k: 5.5,
  rss20kMiB: 400,
  rss50kMiB: 1024,
  coldCheck: 3,
  coldAction: 6,
  monorepoRg: 2,
  spectral2000: 1 / 6,
};
const SPECTRAL_VERSION = "6.16.3";

function parseArgs(argv) {
  const args = {
    full: false,
    record: false,
    sizes: undefined,
    repeat: undefined,
    cold: 10,
    package: ROOT,
    monorepo: 500,
    spectral: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--full") args.full = true;
    else if (a === "--record") args.record = true;
    else if (a === "--sizes") args.sizes = argv[++i].split(",").map(Number);
    else if (a === "--repeat") args.repeat = Number(argv[++i]);
    else if (a === "--cold") args.cold = Number(argv[++i]);
    else if (a === "--package") args.package = argv[++i];
    else if (a === "--monorepo") args.monorepo = Number(argv[++i]);
    else if (a === "--no-monorepo") args.monorepo = 0;
    else if (a === "--spectral") args.spectral = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const sizes = args.sizes ?? [100, 2000, 10000, ...(args.full ? [20000, 50000] : [])];
const repeatsFor = (n) => args.repeat ?? (n <= 2000 ? 5 : 3);

// ---- a private copy of the built package -------------------------------------------------------------

if (!existsSync(join(args.package, "dist/cli.js")) || !existsSync(join(args.package, "dist/index.js"))) {
  console.error("bench: dist/cli.js or dist/index.js is missing; run npm run build first");
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "agentpolicy-bench-"));
const pkg = join(work, "pkg");
for (const part of ["dist", "rules", "schema", "package.json"]) {
  cpSync(join(args.package, part), join(pkg, part), { recursive: true, dereference: true });
}
const CLI = join(pkg, "dist/cli.js");
const ACTION = join(pkg, "dist/index.js");
const runDir = join(work, "cwd");
mkdirSync(runDir);

// ---- measuring one process ---------------------------------------------------------------------------

const hasGnuTime =
  existsSync("/usr/bin/time") &&
  spawnSync("/usr/bin/time", ["-f", "%M", "-o", join(work, "probe"), process.execPath, "-e", "0"]).status ===
    0 &&
  /^\d+\s*$/.test(readFileSync(join(work, "probe"), "utf8"));
const RSS_METHOD = hasGnuTime ? "/usr/bin/time -f %M" : "getrusage maxRSS (preloaded hook)";

/** Runs node with `nodeArgs`; resolves { ms, rssKiB, code }. */
function measure(nodeArgs, options) {
  return measureCommand(process.execPath, nodeArgs, options);
}

/** Runs `program` (node, or another tool when /usr/bin/time can measure it); resolves { ms, rssKiB, code }. */
function measureCommand(program, programArgs, { env = process.env, cwd = runDir, expect = [0] } = {}) {
  const rssFile = join(work, `rss-${process.hrtime.bigint()}`);
  const isNode = program === process.execPath;
  if (!hasGnuTime && !isNode) {
    // no /usr/bin/time and no node hook to preload: wall time only
    return measureWall(program, programArgs, { env, cwd, expect });
  }
  const [cmd, cmdArgs, childEnv] = hasGnuTime
    ? ["/usr/bin/time", ["-f", "%M", "-o", rssFile, program, ...programArgs], env]
    : [
        process.execPath,
        ["--import", join(BENCH, "maxrss.mjs"), ...programArgs],
        { ...env, AGENTPOLICY_BENCH_RSS: rssFile },
      ];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, cmdArgs, { cwd, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout = (stdout + d).slice(-4000)));
    child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (!expect.includes(code)) {
        reject(new Error(`${programArgs.join(" ")} exited with ${code}\n${stderr}${stdout}`));
        return;
      }
      const rssKiB = Number(readFileSync(rssFile, "utf8").trim().split("\n").pop());
      rmSync(rssFile, { force: true });
      resolve({ ms, rssKiB, code, stdout });
    });
  });
}

function measureWall(program, programArgs, { env, cwd, expect }) {
  const started = process.hrtime.bigint();
  const r = spawnSync(program, programArgs, { cwd, env, encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!expect.includes(r.status))
    return Promise.reject(new Error(`${program} exited with ${r.status}\n${r.stderr}`));
  return Promise.resolve({ ms, rssKiB: NaN, code: r.status, stdout: r.stdout });
}

// ---- statistics and formatting -----------------------------------------------------------------------

function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], samples: values };
}

const secs = (ms) => (ms >= 10000 ? (ms / 1000).toFixed(1) : (ms / 1000).toFixed(2));
const mib = (kib) => (kib / 1024).toFixed(0);
const range = (st, f) => `${f(st.median)} (${f(st.min)}–${f(st.max)})`;

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map(line)].join("\n");
}

/** The agents count of a JSON report, read from its head (the summary comes first). */
function reportedAgents(file) {
  const fd = openSync(file, "r");
  const buf = Buffer.alloc(2048);
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  const m = /"agents":\s*(\d+)/.exec(buf.subarray(0, n).toString("utf8"));
  return m ? Number(m[1]) : undefined;
}

// ---- throughput ----------------------------------------------------------------------------------------

function corpus(n) {
  const dir = join(BENCH, "out", `n${n}`);
  if (!existingCorpus(dir, n, SEED)) {
    process.stdout.write(`generating ${n} agents… `);
    const files = generateCorpus(dir, n, SEED, parseYaml);
    process.stdout.write(`${files} files\n`);
  }
  return dir;
}

const throughput = [];
for (const n of sizes) {
  const dir = corpus(n);
  const report = join(work, `report-${n}.json`);
  const check = [];
  const floor = [];
  for (let i = 0; i < repeatsFor(n); i++) {
    // interleaved, so that a slow spell of the machine hits both alike
    const c = await measure([CLI, "check", dir, "--format", "json", "--output", report], { expect: [0, 1] });
    const agents = reportedAgents(report);
    if (agents !== n) throw new Error(`check of ${n} agents reported ${agents}`);
    check.push(c);
    const f = await measure([join(BENCH, "floor.mjs"), dir], { cwd: ROOT });
    if (Number(f.stdout.trim()) !== n)
      throw new Error(`floor of ${n} agents parsed ${f.stdout.trim()} documents`);
    floor.push(f);
    process.stdout.write(
      `  n=${n} run ${i + 1}: check ${secs(c.ms)} s, ${mib(c.rssKiB)} MiB; floor ${secs(f.ms)} s\n`,
    );
  }
  rmSync(report, { force: true });
  const wall = stats(check.map((r) => r.ms));
  throughput.push({
    n,
    wallMs: wall,
    perSecond: (n / wall.median) * 1000,
    rssKiB: stats(check.map((r) => r.rssKiB)),
    floorMs: stats(floor.map((r) => r.ms)),
    floorRssKiB: stats(floor.map((r) => r.rssKiB)),
    ratio: wall.median / stats(floor.map((r) => r.ms)).median,
  });
}

// ---- the whole repository ---------------------------------------------------------------------------------
// `check` at the root of a monorepo (manifests, native agent configs and shadow discovery in one walk)
// against ripgrep listing the files that name an AI SDK in the same tree: the floor of any search for
// "where is AI code here". ripgrep honours .gitignore as check does; it is the reference where installed.

const rgPath =
  ["/usr/bin/rg", "/usr/local/bin/rg"].find((p) => existsSync(p)) ??
  (spawnSync("rg", ["--version"]).status === 0 ? "rg" : undefined);
let monorepo;
if (args.monorepo > 0) {
  const root = join(BENCH, "out", `monorepo-${args.monorepo}`);
  let stamp = existingMonorepo(root, args.monorepo, SEED);
  if (!stamp) {
    process.stdout.write(`generating a monorepo of ${args.monorepo} packages… `);
    stamp = generateMonorepo(root, args.monorepo, SEED);
    process.stdout.write(`${stamp.files.toLocaleString("en-US")} files\n`);
  }
  const report = join(work, "report-monorepo.json");
  const check = [];
  const rg = [];
  let seen;
  for (let i = 0; i < 3; i++) {
    const c = await measure([CLI, "check", ".", "--format", "json", "--output", report], {
      cwd: root,
      expect: [0, 1],
    });
    const parsed = JSON.parse(readFileSync(report, "utf8"));
    seen = {
      agents: parsed.summary?.agents ?? 0,
      components: Array.isArray(parsed.components) ? parsed.components.length : undefined,
      undeclared: (parsed.findings ?? []).filter((f) => /^AP-SHADOW-/.test(f.ruleId)).length,
    };
    check.push(c);
    if (rgPath) {
      const patterns = SDK_PATTERNS.flatMap((p) => ["-e", p]);
      rg.push(await measureCommand(rgPath, ["-l", "-F", ...patterns, "."], { cwd: root, expect: [0, 1] }));
    }
    process.stdout.write(
      `  monorepo run ${i + 1}: check ${secs(c.ms)} s, ${mib(c.rssKiB)} MiB` +
        (rg.length ? `; rg -l ${secs(rg.at(-1).ms)} s\n` : "\n"),
    );
  }
  rmSync(report, { force: true });
  const wall = stats(check.map((r) => r.ms));
  monorepo = {
    packages: args.monorepo,
    files: stamp.files,
    seen,
    wallMs: wall,
    rssKiB: stats(check.map((r) => r.rssKiB)),
    ...(rg.length
      ? { rgMs: stats(rg.map((r) => r.ms)), ratio: wall.median / stats(rg.map((r) => r.ms)).median }
      : {}),
  };
}

// ---- Spectral on the same manifests (--spectral) ------------------------------------------------------------
// Spectral is the reference linter for YAML/JSON documents. It lints the 2,000-agent corpus with a ruleset
// that does what agentpolicy's schema stage does (the agent JSON Schema on every document), so the ratio
// compares a schema-only lint against agentpolicy's whole check. Installed on demand (npm registry).

let spectral;
if (args.spectral && sizes.includes(2000)) {
  const tools = join(BENCH, "out", `spectral-${SPECTRAL_VERSION}`);
  const bin = join(tools, "node_modules/@stoplight/spectral-cli/dist/index.js");
  if (!existsSync(bin)) {
    process.stdout.write(`installing @stoplight/spectral-cli@${SPECTRAL_VERSION}… `);
    mkdirSync(tools, { recursive: true });
    writeFileSync(join(tools, "package.json"), '{ "private": true }\n');
    const r = spawnSync(
      "npm",
      ["install", "--no-audit", "--no-fund", `@stoplight/spectral-cli@${SPECTRAL_VERSION}`],
      {
        cwd: tools,
        encoding: "utf8",
      },
    );
    if (r.status !== 0) throw new Error(`npm install of Spectral failed:\n${r.stderr}`);
    process.stdout.write("done\n");
  }
  const schema = JSON.parse(readFileSync(join(pkg, "schema/agent.schema.json"), "utf8"));
  const ruleset = join(work, "spectral-ruleset.json");
  writeFileSync(
    ruleset,
    JSON.stringify({
      rules: {
        "agent-schema": {
          given: "$",
          severity: "error",
          then: { function: "schema", functionOptions: { schema } },
        },
      },
    }),
  );
  const dir = corpus(2000);
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const r = await measure(
      [
        bin,
        "lint",
        "--ruleset",
        ruleset,
        "--format",
        "json",
        "--output",
        join(work, "spectral.json"),
        "--quiet",
        `${dir}/**/*.agent.{yaml,json}`,
      ],
      { expect: [0, 1] },
    );
    runs.push(r);
    process.stdout.write(`  spectral 2,000 run ${i + 1}: ${secs(r.ms)} s\n`);
  }
  const wall = stats(runs.map((r) => r.ms));
  spectral = { version: SPECTRAL_VERSION, wallMs: wall, ratio: at2000() / wall.median };
}

function at2000() {
  return throughput.find((t) => t.n === 2000)?.wallMs.median ?? NaN;
}

// ---- cold start ------------------------------------------------------------------------------------------

const one = join(work, "one");
generateCorpus(join(work, "gen-one"), 1, SEED, parseYaml);
mkdirSync(one);
const [firstFolder] = ["team-0000"];
const oneFile = join(one, "agent.agent.yaml");
const generatedOne = join(work, "gen-one", firstFolder);
const [oneName] = (await import("node:fs")).readdirSync(generatedOne);
cpSync(join(generatedOne, oneName), oneFile);

const workspace = join(work, "workspace");
generateCorpus(join(workspace, "agents"), 10, SEED + 1, parseYaml);
rmSync(join(workspace, "agents/corpus.json"));
const actionEnv = {
  PATH: process.env.PATH ?? "",
  HOME: work,
  GITHUB_ACTIONS: "true",
  GITHUB_EVENT_NAME: "push",
  GITHUB_WORKSPACE: workspace,
  RUNNER_TEMP: work,
  GITHUB_OUTPUT: join(work, "github-output"),
  GITHUB_STEP_SUMMARY: join(work, "step-summary.md"),
  INPUT_COMMENT: "never",
};

const baseline = [];
const coldCheck = [];
const coldAction = [];
for (let i = 0; i < args.cold; i++) {
  baseline.push(await measure(["-e", "0"]));
  coldCheck.push(
    await measure([CLI, "check", oneFile, "--format", "json", "--output", join(work, "one.json")], {
      expect: [0, 1],
    }),
  );
  writeFileSync(actionEnv.GITHUB_OUTPUT, "");
  writeFileSync(actionEnv.GITHUB_STEP_SUMMARY, "");
  coldAction.push(await measure([ACTION], { env: actionEnv, cwd: workspace, expect: [0, 1] }));
  if (!/findings<</.test(readFileSync(actionEnv.GITHUB_OUTPUT, "utf8"))) {
    throw new Error(`the action set no outputs:\n${coldAction.at(-1).stdout}`);
  }
}
const cold = {
  nodeMs: stats(baseline.map((r) => r.ms)),
  checkMs: stats(coldCheck.map((r) => r.ms)),
  actionMs: stats(coldAction.map((r) => r.ms)),
  checkRssKiB: stats(coldCheck.map((r) => r.rssKiB)),
  actionRssKiB: stats(coldAction.map((r) => r.rssKiB)),
};
cold.checkRatio = cold.checkMs.median / cold.nodeMs.median;
cold.actionRatio = cold.actionMs.median / cold.nodeMs.median;

// ---- ratios, targets, output ----------------------------------------------------------------------------

const at = (n) => throughput.find((t) => t.n === n);
const ratios = {};
if (at(2000)) ratios.checkFloor2000 = at(2000).ratio;
if (at(2000) && at(10000)) ratios.scaling10k2k = at(10000).wallMs.median / at(2000).wallMs.median;
if (at(10000) && at(50000)) ratios.scaling50k10k = at(50000).wallMs.median / at(10000).wallMs.median;
const verdict = (ok) => (ok === undefined ? "not run" : ok ? "met" : "MISSED");
const targets = [
  [
    "2,000: check / parse floor",
    `≤ ${TARGETS.floorRatio2000}`,
    ratios.checkFloor2000,
    (v) => v <= TARGETS.floorRatio2000,
  ],
  [
    "10,000 / 2,000 wall time",
    `≤ ${TARGETS.scaling10k2k}`,
    ratios.scaling10k2k,
    (v) => v <= TARGETS.scaling10k2k,
  ],
  [
    "20,000: peak RSS (MiB)",
    `≤ ${TARGETS.rss20kMiB}`,
    at(20000) ? at(20000).rssKiB.max / 1024 : undefined,
    (v) => v <= TARGETS.rss20kMiB,
  ],
  [
    "50,000: peak RSS (MiB)",
    `≤ ${TARGETS.rss50kMiB}`,
    at(50000) ? at(50000).rssKiB.max / 1024 : undefined,
    (v) => v <= TARGETS.rss50kMiB,
  ],
  ["one manifest / node -e 0", `≤ ${TARGETS.coldCheck}`, cold.checkRatio, (v) => v <= TARGETS.coldCheck],
  ["action on ten / node -e 0", `≤ ${TARGETS.coldAction}`, cold.actionRatio, (v) => v <= TARGETS.coldAction],
  ["monorepo: check / rg -l", `≤ ${TARGETS.monorepoRg}`, monorepo?.ratio, (v) => v <= TARGETS.monorepoRg],
  ["2,000: check / Spectral", "≤ 0.17 (1/6)", spectral?.ratio, (v) => v <= TARGETS.spectral2000],
].map(([name, limit, value, ok]) => ({
  name,
  limit,
  value: value === undefined ? undefined : Number(value.toFixed(2)),
  verdict: verdict(value === undefined ? undefined : ok(value)),
}));

const machine = {
  cores: availableParallelism(),
  cpu: cpus()[0]?.model ?? "unknown",
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  rss: RSS_METHOD,
};
const throughputTable = table(
  [
    "agents",
    "check wall s",
    "agents/s",
    "check peak RSS MiB",
    "parse floor s",
    "floor RSS MiB",
    "check / floor",
  ],
  throughput.map((t) => [
    t.n.toLocaleString("en-US"),
    range(t.wallMs, secs),
    Math.round(t.perSecond).toLocaleString("en-US"),
    range(t.rssKiB, mib),
    range(t.floorMs, secs),
    mib(t.floorRssKiB.median),
    t.ratio.toFixed(2),
  ]),
);
const coldTable = table(
  ["cold start", "wall ms", "peak RSS MiB", "× node -e 0"],
  [
    ["node -e 0", range(cold.nodeMs, (v) => v.toFixed(0)), "", "1.00"],
    [
      "check, one manifest",
      range(cold.checkMs, (v) => v.toFixed(0)),
      mib(cold.checkRssKiB.median),
      cold.checkRatio.toFixed(2),
    ],
    [
      "action, ten manifests",
      range(cold.actionMs, (v) => v.toFixed(0)),
      mib(cold.actionRssKiB.median),
      cold.actionRatio.toFixed(2),
    ],
  ],
);
const monorepoTable = monorepo
  ? table(
      [
        "whole repository",
        "files",
        "wall s",
        "peak RSS MiB",
        "rg -l s",
        "check / rg",
        "agents",
        "undeclared findings",
      ],
      [
        [
          `${monorepo.packages} packages`,
          monorepo.files.toLocaleString("en-US"),
          range(monorepo.wallMs, secs),
          range(monorepo.rssKiB, mib),
          monorepo.rgMs ? range(monorepo.rgMs, secs) : "no rg",
          monorepo.ratio?.toFixed(2) ?? "",
          monorepo.seen.agents,
          monorepo.seen.undeclared,
        ],
      ],
    )
  : undefined;
const spectralLine = spectral
  ? `Spectral ${spectral.version} on the 2,000-agent corpus (the agent schema only): ${range(spectral.wallMs, secs)} s; agentpolicy check / Spectral: ${spectral.ratio.toFixed(2)}`
  : undefined;
const targetTable = table(
  ["target", "limit", "measured", "verdict"],
  targets.map((t) => [t.name, t.limit, t.value ?? "", t.verdict]),
);
const scaling = [
  ratios.scaling10k2k !== undefined
    ? `10,000 / 2,000 wall time: ${ratios.scaling10k2k.toFixed(2)}`
    : undefined,
  ratios.scaling50k10k !== undefined
    ? `50,000 / 10,000 wall time: ${ratios.scaling50k10k.toFixed(2)}`
    : undefined,
].filter(Boolean);

const repeats = [...new Set(sizes.map(repeatsFor))].join("/");
const header =
  `Machine: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.platform}; ` +
  `peak RSS by ${machine.rss}. Medians of ${repeats} runs per size and ${args.cold} cold starts ` +
  `(min–max in brackets).`;
const text = [
  header,
  "",
  throughputTable,
  "",
  ...(scaling.length ? [scaling.join("; "), ""] : []),
  coldTable,
  "",
  ...(monorepoTable ? [monorepoTable, ""] : []),
  ...(spectralLine ? [spectralLine, ""] : []),
  targetTable,
].join("\n");
console.log(`\n${text}\n`);

const results = {
  date: new Date().toISOString(),
  // the folder of --package is this machine's: the record names the option only
  command: `npm run bench${
    process.argv.length > 2
      ? ` -- ${process.argv
          .slice(2)
          .map((a, i, all) => (all[i - 1] === "--package" ? "<dir>" : a))
          .join(" ")}`
      : ""
  }`,
  machine,
  throughput,
  coldStart: cold,
  ...(monorepo ? { monorepo } : {}),
  ...(spectral ? { spectral } : {}),
  ratios,
  targets,
};
writeFileSync(join(BENCH, "results.json"), JSON.stringify(results, null, 2) + "\n");

if (args.record) {
  const readmePath = join(BENCH, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const start = "<!-- results:start -->";
  const end = "<!-- results:end -->";
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i === -1 || j < i) throw new Error("bench/README.md has no results block");
  const block = `${start}\n\n\`${results.command}\`, ${results.date.slice(0, 10)}. ${text}\n\n${end}`;
  let updated = readme.slice(0, i) + block + readme.slice(j + end.length);
  try {
    const prettier = await import("prettier");
    const options = (await prettier.resolveConfig(readmePath)) ?? {};
    updated = await prettier.format(updated, { ...options, filepath: readmePath });
  } catch {
    // prettier is a dev dependency; without it the table is written as is
  }
  writeFileSync(readmePath, updated);
}

rmSync(work, { recursive: true, force: true });
