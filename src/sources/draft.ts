// Draft manifests for implicit agents (`agentpolicy import`): one per native config nobody claims, with
// `sources:` set so the config stays the single source of truth, the owner from CODEOWNERS when it names
// one, and TODOs for what only a person can declare. A draft holds names and paths only: never a value
// from the config, so never a secret. Drafts are valid against schema/agent.schema.json as written.
import type { NativeAgent } from "./agent.js";
import { invisibleChar } from "./unicode.js";

type Obj = Record<string, unknown>;

/** Text safe inside a YAML comment or a double-quoted scalar: one line, no control characters. */
function clean(s: string, max = 120): string {
  let flat = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const hidden =
      c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || invisibleChar(ch) !== undefined;
    flat += hidden ? " " : ch;
  }
  flat = flat.trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function quote(s: string): string {
  return JSON.stringify(clean(s, 500));
}

/** `sourceEntry`: the config's path as the draft lists it (from the draft's folder: `../.mcp.json`). */
export function draftManifest(
  agent: NativeAgent,
  sourceEntry: string,
  owner: { owner: string; source: string } | undefined,
  redact: (s: string) => string,
): string {
  const native = agent.data.native as Obj;
  const file = agent.doc.file;
  const tools = Array.isArray(agent.data.tools) ? (agent.data.tools as Obj[]) : [];
  const creds = Array.isArray(agent.data.credentials) ? (agent.data.credentials as Obj[]) : [];
  const inline = new Set(agent.secrets.length > 0 ? ["x"] : []);
  const label = String(native.host_label ?? agent.source.host);
  const say = (s: string): string => clean(redact(s));
  const lines: string[] = [
    `# Draft written by \`agentpolicy import\` for the ${say(label)} config ${say(file)}.`,
    "# It governs that config through `sources:`: tools, credentials and permissions stay read from the",
    "# config itself. Fill in every TODO (only a person can declare them), then commit it.",
    "apiVersion: agentpolicy.dev/v1",
    "kind: Agent",
    "metadata:",
    `  name: ${agent.name ?? "agent"}`,
    `  description: ${quote(redact(`${label} agent configured in ${file}`))} # TODO: what is this agent for?`,
  ];
  if (owner)
    lines.push(`  owner: ${quote(redact(owner.owner))} # derived from ${say(owner.source)}; confirm`);
  else
    lines.push(
      `  # owner: TODO team:<slug> or a person's email (no CODEOWNERS rule names one for ${say(file)})`,
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
    `  - ${quote(sourceEntry)}`,
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
      const how =
        typeof c.secret_ref === "string"
          ? `from ${say(c.secret_ref)}`
          : "written inline or as a placeholder: move it to a secret store";
      lines.push(`#   - ${say(String(c.name))}: ${how}`);
    }
  }
  if (inline.size > 0)
    lines.push(
      "# The config holds inline secrets: revoke them and reference them instead (see AP-CRED-001).",
    );
  return lines.join("\n") + "\n";
}
