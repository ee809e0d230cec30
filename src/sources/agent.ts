// A NativeConfig as the Agent model the engine judges: a manifest-shaped document (tools, credentials,
// permissions, approvals) plus a `native` section holding the host's own facts for the native checks.
// Every synthesised node remembers the native pointer it came from, so a finding on `/tools/2/version`
// points at the package argument in the host's file, and the data as written stays under
// `/native/config`, so a secret found anywhere in it is located exactly.
import { escapePointerSegment, pointerSegments, joinPointer } from "../util/pointer.js";
import type { AgentDocument, NormalisedAgent, SecretHit, Span } from "../manifest/types.js";
import type { FormatDef } from "./formats.js";
import type { CredentialValue, NativeConfig, NativeServer } from "./model.js";
import { locateIn, locateKeyIn, type NativeTree } from "./text/tree.js";
import { classifyValue } from "./values.js";
import { invisibleChar, visible } from "./unicode.js";
import { isRecord } from "../util/guards.js";

/** Where the data as written sits inside the synthesised document. */
export const CONFIG_POINTER = "/native/config";

/** What every agent built from native configs carries, for the report, the inventory and the overlay. */
export interface AgentSource {
  /** The native formats, e.g. "claude-code-mcp". */
  format: string;
  host: string;
  files: string[];
  /** No manifest claims it. */
  implicit: boolean;
}

export interface NativeAgent extends NormalisedAgent {
  source: AgentSource;
  config: NativeConfig;
  /** Synthesised pointer → native pointer. */
  origins: Map<string, string>;
  tree: NativeTree;
}

type Obj = Record<string, unknown>;

export function buildAgent(
  config: NativeConfig,
  format: FormatDef,
  tree: NativeTree,
  name: string,
  secretValues: string[],
): NativeAgent {
  const origins = new Map<string, string>();
  const map = (synth: string, native: string): void => {
    origins.set(synth, native);
  };
  const tools: Obj[] = [];
  const credentials: Obj[] = [];
  const permissions: Obj[] = [];
  const approvals: Obj[] = [];
  const servers: Obj[] = [];

  config.servers.forEach((s, i) => {
    servers.push(serverFacts(s));
    map(`/native/servers/${i}`, s.pointer);
    if (s.plainHttp) map(`/native/servers/${i}/url`, s.plainHttp.pointer);
    if (s.broadRoots[0]) map(`/native/servers/${i}/broad_roots`, s.broadRoots[0].pointer);
    if (s.autoApprove[0]) map(`/native/servers/${i}/auto_approve`, s.autoApprove[0].pointer);
    if (s.disabled) return;
    const t = tools.length;
    tools.push(toolOf(s));
    map(`/tools/${t}`, s.pointer);
    if (s.package) {
      map(`/tools/${t}/version`, s.package.pointer);
      map(`/tools/${t}/digest`, s.package.pointer);
      map(`/tools/${t}/source`, s.package.pointer);
    } else if (s.url !== undefined) {
      map(`/tools/${t}/version`, s.plainHttp?.pointer ?? s.pointer);
    }
    for (const c of s.credentials) {
      if (!c.credential) continue;
      map(`/credentials/${credentials.length}`, c.pointer);
      credentials.push(credentialOf(`${s.name}/${c.name}`, c));
    }
  });
  for (const c of config.env) {
    map(`/credentials/${credentials.length}`, c.pointer);
    credentials.push(credentialOf(`env/${c.name}`, c));
  }
  const gate = `${config.host}-prompt`;
  for (const list of ["allow", "ask"] as const) {
    for (const r of config[list]) {
      map(`/permissions/${permissions.length}`, r.pointer);
      permissions.push({
        resource: r.resource,
        actions: r.actions,
        category: r.category,
        ...(list === "ask" ? { approval: gate } : {}),
      });
    }
  }
  if (config.ask.length > 0) {
    map("/approvals/0", config.ask[0]!.pointer.replace(/\/\d+$/, ""));
    approvals.push({ name: gate, approvers: ["the person running the session"], min_approvals: 1 });
  }
  const card = config.card;
  if (card) {
    tools.push({
      name: card.name ?? "agent-card",
      type: "a2a",
      ...(card.url ? { source: card.url } : {}),
      ...(card.version ? { version: card.version } : {}),
    });
    map("/tools/0", "");
  }

  const secrets = sweep(tree.data, secretValues);
  const invisible = invisibleIn(tree.data);
  const posture: Obj = {};
  config.posture.forEach((p, i) => {
    posture[p.setting] = p.value;
    map(`/native/posture_settings/${i}`, p.pointer);
    map(`/native/posture/${escapePointerSegment(p.setting)}`, p.pointer);
  });
  const list = <T extends { pointer: string }>(prefix: string, items: T[], facts: (x: T) => Obj): Obj[] =>
    items.map((x, i) => {
      map(`${prefix}/${i}`, x.pointer);
      return facts(x);
    });
  const native: Obj = {
    format: config.format,
    host: config.host,
    host_label: format.label,
    file: config.file,
    implicit: true,
    personal: config.personal,
    servers,
    posture,
    posture_settings: config.posture.map((p) => ({ setting: p.setting, value: p.value })),
    broad_allow: list(
      "/native/broad_allow",
      config.allow.filter((r) => r.broad !== undefined),
      (r) => ({ rule: r.rule, reason: r.broad }),
    ),
    deny: config.deny.map((r) => r.rule),
    trust_all: list("/native/trust_all", config.trustAll, (t) => ({ setting: t.setting })),
    hooks: list("/native/hooks", config.hooks, (h) => ({ event: h.event })),
    directories: list("/native/directories", config.directories, (d) => ({ path: d.path })),
    invisible: list("/native/invisible", invisible, (x) => ({
      char: x.char,
      where: x.where,
      file: config.file,
    })),
    personal_files: config.personal ? [{ file: config.file }] : [],
    ...(card
      ? {
          card: {
            file: config.file,
            name: card.name ?? null,
            url: card.url ?? null,
            plain_http: card.plainHttp,
            organization: card.organization ?? null,
            schemes: card.schemes.map((s) => s.name),
            security_required: card.securityRequired,
            signed: card.signed,
          },
        }
      : {}),
    config: tree.data,
  };
  if (config.personal) map("/native/personal_files/0", "");
  if (card) {
    map("/native/card", "");
    map("/native/card/url", card.urlPointer);
    map("/native/card/schemes", card.schemes.length > 0 ? "/securitySchemes" : "");
    map("/native/card/organization", "/provider/organization");
  }
  map("/native", "");

  const data: Obj = {
    apiVersion: "agentpolicy.dev/v1",
    kind: "Agent",
    metadata: {
      name,
      description: `${format.label} configuration in ${config.file}`,
      labels: { source: config.format },
    },
    ...(tools.length > 0 ? { tools } : {}),
    ...(credentials.length > 0 ? { credentials } : {}),
    ...(permissions.length > 0 ? { permissions } : {}),
    ...(approvals.length > 0 ? { approvals } : {}),
    native,
  };
  const locate = (pointer: string): Span => locateIn(tree, nativePointerOf(origins, pointer) ?? "");
  const doc: AgentDocument = {
    file: config.file,
    docIndex: 0,
    data,
    locate,
    locateKey: (pointer) => {
      const native = nativePointerOf(origins, pointer, true);
      return native === undefined ? undefined : locateKeyIn(tree, native);
    },
  };
  return {
    doc,
    name,
    data,
    findings: [],
    secrets,
    redact: [...new Set(secretValues.filter((v) => v.length >= 4))],
    source: { format: config.format, host: config.host, files: [config.file], implicit: true },
    config,
    origins,
    tree,
  };
}

/**
 * The native pointer a synthesised pointer stands for: data under /native/config maps one to one; other
 * nodes through the longest synthesised prefix that has an origin. Undefined when nothing the native file
 * says stands behind the pointer (governance a manifest would declare). `exact` asks for an exact origin.
 */
export function nativePointerOf(
  origins: ReadonlyMap<string, string>,
  pointer: string,
  exact = false,
): string | undefined {
  if (pointer === CONFIG_POINTER || pointer.startsWith(`${CONFIG_POINTER}/`))
    return pointer.slice(CONFIG_POINTER.length);
  if (exact) return origins.get(pointer);
  const segments = pointerSegments(pointer);
  if (segments === undefined) return undefined;
  for (let i = segments.length; i > 0; i--) {
    const hit = origins.get(joinPointer(segments.slice(0, i)));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function toolOf(s: NativeServer): Obj {
  const pkg = s.package;
  const source = pkg
    ? pkg.ecosystem === "npm"
      ? `npm:${pkg.name}`
      : pkg.ecosystem === "pypi"
        ? `pypi:${pkg.name}`
        : pkg.name
    : (s.url ?? s.command ?? s.name);
  return {
    name: s.name,
    type: "mcp",
    source,
    ...(pkg?.version !== undefined ? { version: pkg.version } : {}),
    ...(pkg?.digest !== undefined ? { digest: pkg.digest } : {}),
  };
}

function credentialOf(name: string, c: CredentialValue): Obj {
  const lower = c.name.toLowerCase();
  const type = /pass(?:word|wd|phrase)?|pwd/.test(lower)
    ? "password"
    : c.where === "header" || /token|bearer|auth/.test(lower)
      ? "static-token"
      : "api-key";
  return {
    name,
    type,
    ...(c.kind === "reference" && c.ref !== undefined ? { secret_ref: c.ref } : {}),
  };
}

function serverFacts(s: NativeServer): Obj {
  return {
    name: s.name,
    transport: s.transport,
    ...(s.command !== undefined ? { command: s.command } : {}),
    ...(s.url !== undefined ? { url: s.url } : {}),
    ...(s.package
      ? {
          package: {
            ecosystem: s.package.ecosystem,
            name: s.package.name,
            version: s.package.version ?? null,
          },
        }
      : {}),
    plain_http: s.plainHttp !== undefined,
    broad_roots: s.broadRoots.map((r) => r.path),
    auto_approve: s.autoApprove.map((a) => a.what),
    ...(s.includeTools ? { include_tools: s.includeTools } : {}),
    ...(s.excludeTools ? { exclude_tools: s.excludeTools } : {}),
    disabled: s.disabled,
  };
}

/** Inline secrets anywhere in the data as written (env, args, headers, URLs, and any other field). */
function sweep(data: unknown, values: string[]): SecretHit[] {
  const hits: SecretHit[] = [];
  const walk = (v: unknown, pointer: string, key: string, depth: number): void => {
    if (depth > 64) return;
    if (typeof v === "string") {
      const c = classifyValue(v, key);
      if (c.kind === "inline-secret") {
        hits.push({ pointer: `${CONFIG_POINTER}${pointer}`, kind: c.secretKind ?? "secret" });
        values.push(...c.secrets);
      }
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        // `--token VALUE`: the flag before a value names it
        const prev = i > 0 ? v[i - 1] : undefined;
        const name = typeof prev === "string" && /^--?[A-Za-z][\w-]*$/.test(prev) ? prev : key;
        const eq = typeof x === "string" ? /^(--?[A-Za-z][\w-]*)=/.exec(x) : null;
        walk(x, `${pointer}/${i}`, eq ? (eq[1] as string) : name, depth + 1);
      });
      return;
    }
    if (isRecord(v))
      for (const k of Object.keys(v)) walk(v[k], `${pointer}/${escapePointerSegment(k)}`, k, depth + 1);
  };
  walk(data, "", "", 0);
  return hits;
}

function invisibleIn(data: unknown): Array<{ pointer: string; char: string; where: string }> {
  const out: Array<{ pointer: string; char: string; where: string }> = [];
  const walk = (v: unknown, pointer: string, depth: number): void => {
    if (depth > 64 || out.length >= 20) return;
    if (typeof v === "string") {
      const c = invisibleChar(v);
      if (c) out.push({ pointer, char: c, where: visible(pointer) || "/" });
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${pointer}/${i}`, depth + 1));
    else if (isRecord(v)) {
      for (const k of Object.keys(v)) {
        const p = `${pointer}/${escapePointerSegment(k)}`;
        const c = invisibleChar(k);
        if (c) out.push({ pointer: p, char: c, where: `the key of ${visible(p)}` });
        walk(v[k], p, depth + 1);
      }
    }
  };
  walk(data, "", 0);
  return out;
}
