import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  sizeOf
} from "./chunk-XY2X6XJ3.js";
import {
  writeWithFolders
} from "./chunk-7HACHJDW.js";
import {
  EXIT,
  IMPORT_HELP
} from "./chunk-O7XNPXAJ.js";
import {
  invisibleChar,
  isNativeAgent,
  makeRedactor,
  runPipeline
} from "./chunk-MSQUPWFK.js";
import "./chunk-X6QVJT7M.js";
import "./chunk-FWE7YAEI.js";
import "./chunk-NBGPQBYX.js";
import "./chunk-4NN7QIXY.js";
import "./chunk-46J5RHI4.js";
import "./chunk-3VZ7T36H.js";
import "./chunk-6WOQBHG4.js";
import "./chunk-BNU4OYRD.js";
import {
  DEFAULT_MAX_FILE_SIZE
} from "./chunk-C34AYXUD.js";
import "./chunk-U6PY5KLE.js";
import "./chunk-5ETBV6RK.js";
import "./chunk-EHMHJOXK.js";
import "./chunk-3JT46TE2.js";
import "./chunk-UW2F2IDI.js";
import "./chunk-LCWV2GUA.js";
import "./chunk-NOSNPXS3.js";
import {
  oneLine
} from "./chunk-Z6R44D76.js";
import "./chunk-OKO2LAOG.js";

// src/cli/commands/import.ts
import { existsSync } from "node:fs";
import { join, posix, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

// src/sources/draft.ts
function clean(s, max = 120) {
  let flat = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const hidden = c < 32 || c >= 127 && c <= 159 || c === 8232 || c === 8233 || invisibleChar(ch) !== void 0;
    flat += hidden ? " " : ch;
  }
  flat = flat.trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
function quote(s) {
  return JSON.stringify(clean(s, 500));
}
function draftManifest(agent, sourceEntry, owner, redact) {
  const native = agent.data.native;
  const file = agent.doc.file;
  const tools = Array.isArray(agent.data.tools) ? agent.data.tools : [];
  const creds = Array.isArray(agent.data.credentials) ? agent.data.credentials : [];
  const inline = new Set(agent.secrets.length > 0 ? ["x"] : []);
  const label = String(native.host_label ?? agent.source.host);
  const say = (s) => clean(redact(s));
  const lines = [
    `# Draft written by \`agentpolicy import\` for the ${say(label)} config ${say(file)}.`,
    "# It governs that config through `sources:`: tools, credentials and permissions stay read from the",
    "# config itself. Fill in every TODO (only a person can declare them), then commit it.",
    "apiVersion: agentpolicy.dev/v1",
    "kind: Agent",
    "metadata:",
    `  name: ${agent.name ?? "agent"}`,
    `  description: ${quote(redact(`${label} agent configured in ${file}`))} # TODO: what is this agent for?`
  ];
  if (owner)
    lines.push(`  owner: ${quote(redact(owner.owner))} # derived from ${say(owner.source)}; confirm`);
  else
    lines.push(
      `  # owner: TODO team:<slug> or a person's email (no CODEOWNERS rule names one for ${say(file)})`
    );
  lines.push(
    "  # sponsor: TODO the accountable person's email",
    "  # environment: TODO production | staging | development",
    "  # review_by: TODO date of the next access review (YYYY-MM-DD)",
    "# risk:",
    "#   eu_ai_act: TODO prohibited | high | limited | minimal",
    "#   purpose: TODO what the agent does, in one sentence",
    "# audit: TODO where the agent's actions are logged (enabled, sink, retention)",
    "# monitoring: TODO which SIEM watches it",
    "sources:",
    `  - ${quote(sourceEntry)}`
  );
  if (tools.length > 0) {
    lines.push("# Tools read from the config:");
    for (const t of tools.slice(0, 50)) {
      const v = typeof t.version === "string" ? `@${t.version}` : " (not pinned)";
      lines.push(`#   - ${say(String(t.name))}: ${say(String(t.source ?? ""))}${say(v)}`);
    }
  }
  if (creds.length > 0) {
    lines.push("# Credentials it uses (values are never copied here):");
    for (const c of creds.slice(0, 50)) {
      const how = typeof c.secret_ref === "string" ? `from ${say(c.secret_ref)}` : "written inline or as a placeholder: move it to a secret store";
      lines.push(`#   - ${say(String(c.name))}: ${how}`);
    }
  }
  if (inline.size > 0)
    lines.push(
      "# The config holds inline secrets: revoke them and reference them instead (see AP-CRED-001)."
    );
  return lines.join("\n") + "\n";
}

// src/cli/commands/import.ts
async function importCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: "string" },
      force: { type: "boolean" },
      config: { type: "string", short: "c" },
      "max-file-size": { type: "string" },
      debug: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(IMPORT_HELP + "\n");
    return EXIT.passed;
  }
  const maxFileSize = sizeOf("max-file-size", values["max-file-size"], DEFAULT_MAX_FILE_SIZE);
  const result = await runPipeline({
    root: io.cwd,
    paths: positionals,
    maxFileSize,
    ...values.config !== void 0 ? { config: values.config } : {}
  });
  for (const e of result.report.errors) {
    io.stderr(`agentpolicy import: ${oneLine(`${e.file}:${e.line}:${e.column}: ${e.message}`)}
`);
  }
  const implicit = result.agents.filter((a) => isNativeAgent(a) && a.source.implicit);
  if (implicit.length === 0) {
    io.stdout("Every agent config found is governed by a manifest: nothing to import.\n");
    return result.report.errors.length > 0 ? EXIT.failed : EXIT.passed;
  }
  const redact = makeRedactor(result.agents.flatMap((a) => a.redact));
  const outDir = resolve(io.cwd, values.out ?? "agents");
  const drafts = implicit.map((agent) => {
    const owned = agent;
    const metadata = agent.data.metadata;
    const owner = owned.ownerSource !== void 0 && typeof metadata.owner === "string" ? { owner: metadata.owner, source: owned.ownerSource } : void 0;
    const abs = join(outDir, `${agent.name ?? "agent"}.agent.yaml`);
    const fromOut = relative(outDir, resolve(io.cwd, agent.doc.file)).split(sep).join(posix.sep);
    const entry = fromOut.startsWith("../") ? fromOut : `./${fromOut}`;
    return {
      abs,
      shown: relative(io.cwd, abs) || abs,
      from: agent.doc.file,
      text: draftManifest(agent, entry, owner, redact)
    };
  });
  const existing = drafts.filter((d) => existsSync(d.abs));
  if (existing.length > 0 && !values.force) {
    const names = existing.map((d) => d.shown).join(", ");
    io.stderr(
      `agentpolicy import: ${oneLine(names)} already ${existing.length === 1 ? "exists" : "exist"}; nothing written (use --force to overwrite)
`
    );
    return EXIT.usage;
  }
  for (const d of drafts) {
    writeWithFolders(d.shown, d.abs, d.text);
    io.stdout(
      `${existing.includes(d) ? "overwrote" : "wrote"} ${oneLine(d.shown)} (governs ${oneLine(redact(d.from))})
`
    );
  }
  io.stdout(
    "\nNext: fill in the TODOs in each draft (owner, sponsor, purpose, risk tier), then run\n  npx agentpolicy check\n"
  );
  return result.report.errors.length > 0 ? EXIT.failed : EXIT.passed;
}
export {
  importCommand
};
