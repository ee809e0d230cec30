// A deterministic corpus of realistic agent manifests for the benchmark. The same (n, seed) always writes
// byte-identical files: a seeded PRNG drives every choice and nothing reads the clock. About half the
// agents are compliant; the rest carry one to four of the mistakes real manifests make (static keys,
// wildcards, ungated sensitive access, missing owners, inline secrets, shared credentials, unpinned
// tools…), so every stage of the check, findings and positions included, does real work.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Bump when the output changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 1;
const AGENTS_PER_FOLDER = 200;

/** mulberry32: small, fast and good enough to pick among options. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEAMS = ["payments", "platform", "support", "data", "security", "growth", "hr", "legal", "infra", "ml"];
const WORDS = [
  "invoice",
  "triage",
  "release",
  "ledger",
  "search",
  "mailer",
  "report",
  "sync",
  "review",
  "intake",
];
const WORDS2 = ["bot", "agent", "assistant", "worker", "runner", "helper", "copilot", "planner"];
const PEOPLE = ["li.wei", "sam.okafor", "ana.silva", "jo.martin", "kim.park", "priya.rao", "tom.berg"];
const PROVIDERS = [
  ["aws-iam", (n) => `arn:aws:iam::123456789012:role/agents/${n}`],
  ["entra", (n) => `https://login.microsoftonline.com/example.onmicrosoft.com/apps/${n}`],
  ["spiffe", (n) => `spiffe://example.com/agents/${n}`],
  ["github-oidc", (n) => `github-app://example/${n}`],
  ["gcp-iam", (n) => `${n}@example-prod.iam.gserviceaccount.com`],
];
const MODELS = [
  ["anthropic", "claude-sonnet", '"2026-09-01"'],
  ["openai", "gpt-5-mini", '"2026-08-15"'],
  ["azure-openai", "gpt-5", '"2026-07-01"'],
  ["self-hosted", "llama-4-70b", "4.1"],
];
const CATEGORIES = [
  ["database", ["read"], (t, i, e) => `postgres://${t}-${e}/db${i}`],
  ["external-api", ["read"], (t, i) => `https://api.example.com/${t}/v${i}`],
  ["filesystem", ["read", "write"], (t, i, e) => `s3://example-${t}-${e}/exports/${i}`],
  ["workflow", ["read", "write"], (t, i) => `https://jira.example.com/projects/${t.toUpperCase()}${i}`],
  ["email", ["send"], (t, i) => `smtp://mail.example.com/${t}-${i}`],
  ["deployment", ["deploy"], (t, i, e) => `https://api.github.com/repos/example/${t}-${e}-svc-${i}`],
  ["payments", ["write"], (t, i) => `https://api.stripe.com/v1/${t}/payouts/${i}`],
  ["secrets", ["read"], (t, i, e) => `vault://kv/${t}-${e}/app-${i}`],
  ["code-execution", ["execute"], (t, i, e) => `sandbox://${t}-${e}/runner-${i}`],
];
const SAFE_CRED_TYPES = ["workload-identity", "oidc-federation", "managed-identity", "mtls"];
const SINKS = ["datadog", "splunk", "sentinel", "cloudwatch"];
const EVENTS = "[tool_call, authentication, approval, data_access, credential_use]";
const MISTAKES = [
  "static-key",
  "wildcard",
  "ungated",
  "open-gate",
  "no-sponsor",
  "unpinned-model",
  "inline-secret",
  "shared-identity",
  "shared-secret",
  "weak-audit",
  "unpinned-tool",
  "bad-duration",
  "unknown-field",
  "no-monitoring",
  "delegates-unknown",
  "delegates-wider",
  "no-principal",
  "prefix-wildcard",
];
const ENV_TAG = { production: "prod", staging: "stg", development: "dev" };

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function int(rand, lo, hi) {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

function hex(rand, len) {
  let s = "";
  while (s.length < len) s += Math.floor(rand() * 16).toString(16);
  return s;
}

function upperAlnum(rand, len) {
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let s = "";
  for (let i = 0; i < len; i++) s += chars[Math.floor(rand() * chars.length)];
  return s;
}

/** One agent manifest as YAML text (no document marker). `names` holds every agent's name, for delegation. */
function agentYaml(rand, index, names) {
  const team = TEAMS[index % TEAMS.length];
  const name = names[index];
  const faulty = rand() < 0.5;
  const mistakes = new Set();
  if (faulty) for (let k = int(rand, 1, 4); k > 0; k--) mistakes.add(pick(rand, MISTAKES));
  const has = (m) => mistakes.has(m);
  const [provider, idOf] = pick(rand, PROVIDERS);
  const person = pick(rand, PEOPLE);
  const [mProvider, mName, mVersion] = pick(rand, MODELS);
  const high = rand() < 0.15;
  const out = [];
  const line = (s) => out.push(s);

  if (rand() < 0.3) line(`# ${name}: ${pick(rand, WORDS)} automation for the ${team} team`);
  line("apiVersion: agentpolicy.dev/v1");
  line("kind: Agent");
  line("metadata:");
  line(`  name: ${name}`);
  line(`  description: ${pick(rand, WORDS)} ${pick(rand, WORDS2)} for ${team} (generated #${index})`);
  line(`  owner: team:${team}`);
  if (!has("no-sponsor")) line(`  sponsor: ${person}@example.com`);
  const environment = pick(rand, ["production", "production", "staging", "development"]);
  line(`  environment: ${environment}`);
  line(
    `  review_by: ${has("no-sponsor") ? "2024-01-31" : `2027-${String(int(rand, 1, 12)).padStart(2, "0")}-15`}`,
  );
  if (rand() < 0.4) {
    line("  labels:");
    line(`    cost-center: "${int(rand, 1000, 9999)}"`);
    line(`    tier: ${pick(rand, ["gold", "silver", "bronze"])}`);
  }
  line("");
  line("identity:");
  line(`  id: ${has("shared-identity") ? idOf(`shared-${team}`) : idOf(name)}`);
  line(`  provider: ${provider}`);
  if (!has("no-principal"))
    line(`  principal: ${hex(rand, 8)}-${hex(rand, 4)}-${hex(rand, 4)}-${hex(rand, 12)}`);
  line("");
  line("risk:");
  line(`  eu_ai_act: ${high ? "high" : pick(rand, ["limited", "minimal"])}`);
  if (high) line(`  annex_iii: ${pick(rand, ["employment", "essential-services", "education"])}`);
  line(`  role: ${pick(rand, ["deployer", "deployer", "provider"])}`);
  line(`  data_classes: [${rand() < 0.5 ? "personal, confidential" : "internal"}]`);
  line(
    `  autonomy: ${pick(rand, high ? ["supervised", "human-in-the-loop"] : ["supervised", "autonomous"])}`,
  );
  line(`  purpose: Automates ${pick(rand, WORDS)} work for the ${team} team`);
  line("");
  line("model:");
  line(`  provider: ${mProvider}`);
  line(`  name: ${mName}`);
  line(`  version: ${has("unpinned-model") ? "latest" : mVersion}`);
  line("");

  const gates = [];
  const perms = int(rand, 5, 20);
  line("permissions:");
  for (let i = 0; i < perms; i++) {
    const [category, actions, resourceOf] = pick(rand, CATEGORIES);
    const wildcard = has("wildcard") && i === 1;
    const resource =
      resourceOf(team, i, ENV_TAG[environment]) + (has("prefix-wildcard") && i === 0 ? "/*" : "");
    line(`  - resource: ${wildcard ? '"*"' : resource}`);
    line(`    actions: ${wildcard ? '["*"]' : `[${actions.join(", ")}]`}`);
    line(`    category: ${category}`);
    if (!wildcard || rand() < 0.5) line(`    justification: Needed to ${actions[0]} ${category} for ${team}`);
    const sensitive = ["deployment", "payments", "secrets", "code-execution", "email"].includes(category);
    if (sensitive && !(has("ungated") && gates.length === 0)) {
      const gate = `${category}-approval`;
      if (!gates.includes(gate)) gates.push(gate);
      line(`    approval: ${gate}`);
    }
  }
  line("");

  const creds = int(rand, 1, 4);
  line("credentials:");
  for (let i = 0; i < creds; i++) {
    const staticKey = has("static-key") && i === 0;
    line(`  - name: ${team}-cred-${i}`);
    line(`    type: ${staticKey ? "api-key" : pick(rand, SAFE_CRED_TYPES)}`);
    const ttl = staticKey ? "30d" : pick(rand, high ? ["15m", "PT10M", 600] : ["15m", "1h", "PT30M", 900]);
    line(`    ttl: ${has("bad-duration") && i === 0 ? "fifteen minutes" : ttl}`);
    if (staticKey && rand() < 0.5) line("    rotation: 90d");
    if (has("inline-secret") && i === 0) line(`    secret: AKIA${upperAlnum(rand, 16)}`);
    else {
      const ref =
        has("shared-secret") && i === 0 ? `vault://kv/shared/${team}-key` : `vault://kv/${team}/${name}-${i}`;
      line(`    secret_ref: ${ref}`);
    }
    line(`    audience: https://${team}.example.com`);
  }
  line("");

  if (gates.length > 0) {
    line("approvals:");
    gates.forEach((gate, i) => {
      line(`  - name: ${gate}`);
      line(`    approvers: [group:${team}-leads, ${person}@example.com]`);
      line(`    min_approvals: ${high ? 2 : int(rand, 1, 2)}`);
      line(`    timeout: ${pick(rand, ["4h", "1d", "PT2H"])}`);
      line(`    on_timeout: ${has("open-gate") && i === 0 ? "allow" : "deny"}`);
    });
    line("");
  }

  const tools = int(rand, 0, 4);
  if (tools > 0) {
    line("tools:");
    for (let i = 0; i < tools; i++) {
      line(`  - name: ${pick(rand, WORDS)}-tool-${i}`);
      line(`    type: ${pick(rand, ["mcp", "plugin", "function", "a2a"])}`);
      line(`    source: ghcr.io/example/${team}-tool-${i}`);
      if (has("unpinned-tool") && i === 0) line("    version: latest");
      else {
        line(`    version: "${int(rand, 1, 3)}.${int(rand, 0, 9)}.${int(rand, 0, 20)}"`);
        line(`    digest: sha256:${hex(rand, 64)}`);
      }
    }
    line("");
  }

  if (has("delegates-wider") || has("delegates-unknown")) {
    const sub = has("delegates-unknown") ? `ghost-${index}` : names[(index + 1) % names.length];
    line("delegation:");
    line("  can_delegate: true");
    line(`  sub_agents: [${sub}]`);
    line("");
  }

  line("audit:");
  line("  enabled: true");
  line(`  sink: ${pick(rand, SINKS)}`);
  line(`  immutable: ${has("weak-audit") ? "false" : "true"}`);
  line(`  retention: ${has("weak-audit") ? "30d" : pick(rand, ["400d", "P1Y", "730d"])}`);
  line(`  events: ${has("weak-audit") ? "[tool_call]" : EVENTS}`);
  line("");
  if (!has("no-monitoring")) {
    line("monitoring:");
    line(`  siem: ${pick(rand, SINKS)}`);
    line("  baseline: true");
    line("  alerts: [volume_anomaly]");
    line(`  rate_limit: ${int(rand, 10, 600)}/m`);
    line("");
  }
  line("oversight:");
  line("  kill_switch: true");
  line(`  incident_contact: ${team}-oncall@example.com`);
  if (has("unknown-field")) line("  escalation_path: pager");
  line("");
  line("transparency:");
  line("  discloses_ai: true");
  return out.join("\n") + "\n";
}

/** The same agent as a JSON document (a few teams keep manifests in JSON). */
function agentJson(yamlText, parse) {
  return JSON.stringify(parse(yamlText), null, 2) + "\n";
}

function agentNames(n) {
  const names = [];
  for (let i = 0; i < n; i++)
    names.push(`${WORDS[i % WORDS.length]}-${WORDS2[(i >> 3) % WORDS2.length]}-${i}`);
  return names;
}

/**
 * Writes n agents under dir (replacing it): mostly one per *.agent.yaml file, some files with two or
 * three YAML documents, a few JSON files. Returns the number of files. `parseYaml` turns a YAML text into
 * data for the JSON variants (pass the `yaml` package's parse).
 */
export function generateCorpus(dir, n, seed, parseYaml) {
  rmSync(dir, { recursive: true, force: true });
  const rand = prng(seed);
  const names = agentNames(n);
  const made = new Set();
  let files = 0;
  let i = 0;
  while (i < n) {
    const folder = join(dir, `team-${String(Math.floor(i / AGENTS_PER_FOLDER)).padStart(4, "0")}`);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    const roll = rand();
    const docs = roll < 0.08 ? Math.min(int(rand, 2, 3), n - i) : 1;
    const texts = [];
    for (let d = 0; d < docs; d++) texts.push(agentYaml(rand, i + d, names));
    if (docs === 1 && roll > 0.95) {
      writeFileSync(join(folder, `${names[i]}.agent.json`), agentJson(texts[0], parseYaml));
    } else {
      writeFileSync(join(folder, `${names[i]}.agent.yaml`), texts.join("---\n"));
    }
    files++;
    i += docs;
  }
  writeFileSync(
    join(dir, "corpus.json"),
    JSON.stringify({ version: GENERATOR_VERSION, n, seed, files }) + "\n",
  );
  return files;
}

/** The corpus at dir when it was generated by this generator with the same n and seed; else undefined. */
export function existingCorpus(dir, n, seed) {
  try {
    const stamp = JSON.parse(readFileSync(join(dir, "corpus.json"), "utf8"));
    if (stamp.version === GENERATOR_VERSION && stamp.n === n && stamp.seed === seed) return stamp;
  } catch {
    // absent or unreadable: generate
  }
  return undefined;
}
