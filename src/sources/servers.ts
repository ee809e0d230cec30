// One MCP server entry, as every host writes it with its own spelling: a command with args and env (stdio),
// or a URL with headers (remote). The field names each host uses are passed in (ServerFields), so the
// Cursor, VS Code, Claude, Gemini and Codex readers share one reading of what a server runs and holds.
import { escapePointerSegment } from "../util/pointer.js";
import { credentialValue, isSecretName, urlCredentials } from "./values.js";
import { packageOf } from "./packages.js";
import { isRecord } from "../util/guards.js";
import {
  str,
  strings,
  type CredentialValue,
  type NativeServer,
  type PackageRef,
  type Transport,
} from "./model.js";

export interface ServerFields {
  /** Fields holding a remote URL, and the transport each means (Gemini: url = SSE, httpUrl = HTTP). */
  urls: Array<{ field: string; transport: Transport }>;
  headers: string[];
  /** Header maps whose values name env vars (Codex env_http_headers). */
  envHeaders?: string[];
  /** A field naming the env var that holds a bearer token (Codex bearer_token_env_var). */
  bearerEnv?: string;
  /** Lists of tools run without asking. */
  autoApprove: string[];
  /** A boolean that trusts every tool of the server (Gemini trust). */
  trust?: string;
  include?: string;
  exclude?: string;
  /** `disabled: true` or `enabled: false`. */
  disabled?: string;
  enabled?: string;
  envFile?: string;
}

export function readServers(
  map: unknown,
  base: string,
  fields: ServerFields,
  secrets: string[],
): NativeServer[] {
  if (!isRecord(map)) return [];
  return Object.keys(map).flatMap((name) => {
    const entry = map[name];
    if (!isRecord(entry)) return [];
    return [readServer(name, entry, `${base}/${escapePointerSegment(name)}`, fields, secrets)];
  });
}

function readServer(
  name: string,
  entry: Record<string, unknown>,
  pointer: string,
  fields: ServerFields,
  secrets: string[],
): NativeServer {
  const at = (...segs: Array<string | number>): string =>
    pointer + segs.map((s) => `/${escapePointerSegment(String(s))}`).join("");
  const command = str(entry.command);
  const args = strings(entry.args);
  let url: string | undefined;
  let urlField: string | undefined;
  let transport: Transport = "stdio";
  for (const u of fields.urls) {
    const v = str(entry[u.field]);
    if (v !== undefined) {
      url = v;
      urlField = u.field;
      transport = u.transport;
      break;
    }
  }
  const type = str(entry.type)?.toLowerCase();
  if (type === "sse") transport = "sse";
  else if (type === "http" || type === "streamable-http" || type === "streamablehttp") transport = "http";
  else if (type === "stdio" || (command !== undefined && url === undefined)) transport = "stdio";

  const credentials: CredentialValue[] = [];
  const env = entry.env;
  if (isRecord(env)) {
    for (const key of Object.keys(env)) {
      const v = env[key];
      if (typeof v !== "string") continue;
      const cv = credentialValue(v, key, "env", at("env", key), secrets);
      if (cv.credential) credentials.push(cv);
    }
  }
  for (const field of fields.headers) {
    const headers = entry[field];
    if (!isRecord(headers)) continue;
    for (const key of Object.keys(headers)) {
      const v = headers[key];
      if (typeof v !== "string") continue;
      const cv = credentialValue(v, key, "header", at(field, key), secrets);
      if (cv.credential) credentials.push(cv);
    }
  }
  for (const field of fields.envHeaders ?? []) {
    const headers = entry[field];
    if (!isRecord(headers)) continue;
    for (const key of Object.keys(headers)) {
      const v = headers[key];
      if (typeof v !== "string") continue;
      credentials.push({
        name: key,
        where: "header",
        pointer: at(field, key),
        kind: "reference",
        ref: `env:${v}`,
        credential: true,
      });
    }
  }
  if (fields.bearerEnv) {
    const v = str(entry[fields.bearerEnv]);
    if (v !== undefined) {
      credentials.push({
        name: "Authorization",
        where: "header",
        pointer: at(fields.bearerEnv),
        kind: "reference",
        ref: `env:${v}`,
        credential: true,
      });
    }
  }
  if (fields.envFile) {
    const v = str(entry[fields.envFile]);
    if (v !== undefined) {
      credentials.push({
        name: v,
        where: "env-file",
        pointer: at(fields.envFile),
        kind: "reference",
        ref: `file:${v}`,
        credential: true,
      });
    }
  }
  if (url !== undefined && urlField !== undefined)
    credentials.push(...urlCredentials(url, at(urlField), secrets));
  credentials.push(...argCredentials(args, (i) => at("args", i), secrets));

  const pkg =
    command !== undefined ? packageOf(command, args, (i) => at("args", i), at("command")) : undefined;
  const broadRoots = broadRootsOf(name, command, args, pkg, (i) => at("args", i));

  const autoApprove: NativeServer["autoApprove"] = [];
  for (const field of fields.autoApprove) {
    const list = entry[field];
    if (Array.isArray(list) && list.length > 0) {
      const tools = strings(list);
      autoApprove.push({ pointer: at(field), what: tools.includes("*") ? "every tool" : tools.join(", ") });
    } else if (list === true) {
      autoApprove.push({ pointer: at(field), what: "every tool" });
    }
  }
  if (fields.trust && entry[fields.trust] === true) {
    autoApprove.push({ pointer: at(fields.trust), what: "every tool (trust: true)" });
  }
  const disabled =
    (fields.disabled !== undefined && entry[fields.disabled] === true) ||
    (fields.enabled !== undefined && entry[fields.enabled] === false);
  const plain =
    url !== undefined && urlField !== undefined && isPlainRemote(url) ? { pointer: at(urlField) } : undefined;
  return {
    name,
    pointer,
    transport,
    ...(command !== undefined ? { command } : {}),
    args,
    ...(url !== undefined ? { url } : {}),
    ...(pkg ? { package: pkg } : {}),
    credentials,
    ...(plain ? { plainHttp: plain } : {}),
    broadRoots,
    autoApprove,
    ...(fields.include && Array.isArray(entry[fields.include])
      ? { includeTools: strings(entry[fields.include]) }
      : {}),
    ...(fields.exclude && Array.isArray(entry[fields.exclude])
      ? { excludeTools: strings(entry[fields.exclude]) }
      : {}),
    disabled,
  };
}

/** Credentials on the command line: `--api-key=VALUE`, `--token VALUE`, `-e KEY=VALUE` (docker), URLs. */
function argCredentials(args: string[], at: (i: number) => string, secrets: string[]): CredentialValue[] {
  const out: CredentialValue[] = [];
  args.forEach((arg, i) => {
    const prev = args[i - 1];
    const eq = /^(--?[A-Za-z][\w-]*)=(.*)$/s.exec(arg);
    if (eq) {
      const cv = credentialValue(eq[2] as string, eq[1] as string, "arg", at(i), secrets);
      if (cv.credential) out.push(cv);
      return;
    }
    if (prev !== undefined && (prev === "-e" || prev === "--env")) {
      const kv = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(arg);
      if (kv) {
        const cv = credentialValue(kv[2] as string, kv[1] as string, "env", at(i), secrets);
        if (cv.credential) out.push(cv);
      } else if (isSecretName(arg)) {
        // `-e NAME` passes the variable through from the host environment
        out.push({
          name: arg,
          where: "env",
          pointer: at(i),
          kind: "reference",
          ref: `env:${arg}`,
          credential: true,
        });
      }
      return;
    }
    if (
      prev !== undefined &&
      /^--?[A-Za-z][\w-]*$/.test(prev) &&
      isSecretName(prev) &&
      !arg.startsWith("-")
    ) {
      const cv = credentialValue(arg, prev, "arg", at(i), secrets);
      if (cv.credential) out.push(cv);
      return;
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(arg)) {
      out.push(...urlCredentials(arg, at(i), secrets));
      return;
    }
    // a known token format as a bare argument
    const cv = credentialValue(arg, "arg", "arg", at(i), secrets);
    if (cv.kind === "inline-secret") out.push(cv);
  });
  return out;
}

const BROAD_ROOT =
  /^(?:\/|~\/?|\$HOME\/?|\$\{HOME\}\/?|\$\{env:HOME\}\/?|\$\{userHome\}\/?|%USERPROFILE%\\?|[A-Za-z]:[\\/]?|\/(?:home|Users|root)\/?)$/;

/** Roots that open the whole disk or the home folder: a filesystem server's paths, a docker bind mount's source. */
function broadRootsOf(
  name: string,
  command: string | undefined,
  args: string[],
  pkg: PackageRef | undefined,
  at: (i: number) => string,
): Array<{ pointer: string; path: string }> {
  const out: Array<{ pointer: string; path: string }> = [];
  const isFs = /filesystem/i.test(pkg?.name ?? "") || /^(?:fs|filesystem|files)$/i.test(name);
  const pkgIndex = pkg ? args.findIndex((_, i) => at(i) === pkg.pointer) : -1;
  args.forEach((arg, i) => {
    const prev = args[i - 1];
    if ((prev === "-v" || prev === "--volume") && pkg?.ecosystem === "docker") {
      const source = arg.split(":")[0] ?? "";
      if (BROAD_ROOT.test(source) || (arg.startsWith("/:") && source === ""))
        out.push({ pointer: at(i), path: source || "/" });
      return;
    }
    if (prev === "--mount" && /(?:^|,)(?:source|src)=(\/|~|\$HOME)(?:,|$)/.test(arg)) {
      out.push({ pointer: at(i), path: /(?:source|src)=([^,]*)/.exec(arg)?.[1] ?? "/" });
      return;
    }
    if (isFs && i > pkgIndex && !arg.startsWith("-") && BROAD_ROOT.test(arg.trim())) {
      out.push({ pointer: at(i), path: arg });
    }
  });
  if (command !== undefined && isFs && pkg === undefined) return out;
  return out;
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1|0\.0\.0\.0|host\.docker\.internal)$/i;

/** A plain-http URL to a host that is not this machine (`${VAR}` hosts are unknown, not judged). */
export function isPlainRemote(url: string): boolean {
  const m = /^http:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url.trim());
  if (!m) return false;
  const host = m[1] ?? "";
  if (host === "" || host.includes("$") || host.includes("{")) return false;
  return !LOOPBACK.test(host) && !host.toLowerCase().endsWith(".localhost");
}
