// Is a string a credential, a reference to one, a placeholder, or neither? References are how hosts want
// secrets written (`${VAR}`, `${env:VAR}`, `${input:id}`, `$VAR`, `{{ secrets.X }}`); placeholders are
// what documentation samples leave for the reader to fill (`YOUR_TOKEN`, `<token>`, `changeme`). Neither
// is a secret. Real token formats and high-entropy values under secret-like names are inline secrets
// wherever they sit: env, args, headers, URL query strings and userinfo. Detection of token formats is
// src/manifest/secrets.ts, shared with manifests.
import { isReference, scanString } from "../manifest/secrets.js";
import type { CredentialValue, ValueKind } from "./model.js";

/** A reference anywhere in the string: `${VAR}`, `${env:VAR}`, `${input:id}`, `${VAR:-default}`, `$VAR`, `{{ secrets.X }}`. */
const EMBEDDED_REFERENCE =
  /\$\{\{\s*[^}]+\}\}|\$\{(?:env:|input:|secret:)?[A-Za-z_][A-Za-z0-9_.-]*(?::-[^}]*)?\}|\{\{\s*[A-Za-z_][\w.]*\s*\}\}|\$[A-Z_][A-Z0-9_]{2,}/g;

const PLACEHOLDER = [
  /^<[^<>]*>$/,
  /^\[[^[\]]*\]$/,
  /^(?:x{3,}|X{3,}|\*{3,}|\.{3,}|…|-{3,}|•+|0{8,})$/,
  /^(?:changeme|change[-_ ]?me|replace[-_ ]?me|todo|tbd|fixme|redacted|none|null|secret|password|token|dummy|example|sample|test|placeholder)$/i,
  /^(?:your|my|insert|enter|add|put|paste)[-_ ]/i,
  /[-_ ](?:here|goes[-_ ]here)$/i,
  /^(?:sk|pk|ghp|gho|xoxb|xoxp|sk-ant|sk-proj)[-_](?:x+|\.{3,}|\*+|…|your|<)/i,
  /^[A-Za-z0-9_-]*(?:xxxx|XXXX|\*\*\*\*|\.\.\.\.)[A-Za-z0-9_*.-]*$/,
];

export function isPlaceholderValue(value: string): boolean {
  const v = value.trim();
  if (v === "") return true;
  return PLACEHOLDER.some((p) => p.test(v));
}

/** The references a string makes (`env:GITHUB_TOKEN`, `input:api-key`), in order. */
export function referencesIn(value: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(EMBEDDED_REFERENCE)) out.push(refName(m[0]));
  return out;
}

function refName(token: string): string {
  const inner = token
    .replace(/^\$\{\{\s*|\s*\}\}$/g, "")
    .replace(/^\{\{\s*|\s*\}\}$/g, "")
    .replace(/^\$\{|\}$/g, "")
    .replace(/^\$/, "")
    .replace(/:-.*$/, "");
  if (/^(?:env|input|secret):/.test(inner)) return inner;
  if (/^secrets\./.test(inner)) return `secret:${inner.slice("secrets.".length)}`;
  return `env:${inner}`;
}

const SECRET_NAME =
  /(?:^|[^a-z])(?:token|secret|password|passwd|pwd|passphrase|api[-_]?key|apikey|access[-_]?key|private[-_]?key|client[-_]?secret|credentials?|auth|authorization|bearer|cookie|session|signing[-_]?key|dsn|conn(?:ection)?[-_]?string)(?:$|[^a-z])|key$/i;

/** Whether a name (env var, header, flag, query parameter) says its value is a credential. */
export function isSecretName(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/^-+/, "");
  return SECRET_NAME.test(words);
}

export interface Classified {
  kind: ValueKind;
  ref?: string;
  secretKind?: string;
  /** Exact strings that must be redacted from every output. */
  secrets: string[];
}

const AUTH_SCHEME = /^(?:bearer|basic|token|bot|apikey|api-key|digest)\s+(\S+)\s*$/i;

/** Classifies one value that stands under `name` (an env var, a header, a flag or a query parameter). */
export function classifyValue(value: string, name: string): Classified {
  const v = value.trim();
  // a sample token (ghp_xxxx…, sk-...) matches a format but is a placeholder
  if (isPlaceholderValue(v)) return { kind: "placeholder", secrets: [] };
  const found = scanString(v, isSecretName(name) ? normaliseKey(name) : undefined);
  if (found.length > 0) {
    return { kind: "inline-secret", secretKind: found[0]![0], secrets: [...found.map((f) => f[1]), value] };
  }
  const refs = referencesIn(v);
  if (refs.length > 0 || isReference(v)) {
    return { kind: "reference", ...(refs[0] !== undefined ? { ref: refs[0] } : {}), secrets: [] };
  }
  if (isPlaceholderValue(v)) return { kind: "placeholder", secrets: [] };
  // An Authorization-style header or a secret-named value: the credential itself, whatever its format.
  const scheme = AUTH_SCHEME.exec(v);
  const token = scheme ? (scheme[1] as string) : v;
  if (isSecretName(name) && !isPlaceholderValue(token) && looksLikeToken(token)) {
    return {
      kind: "inline-secret",
      secretKind: `credential in '${shortName(name)}'`,
      secrets: [token, value],
    };
  }
  return { kind: "literal", secrets: [] };
}

/** A single word of at least 12 characters mixing letters and digits (not a path, URL, flag or sentence). */
function looksLikeToken(v: string): boolean {
  return (
    v.length >= 12 &&
    !/\s/.test(v) &&
    /[0-9]/.test(v) &&
    /[A-Za-z]/.test(v) &&
    !/^[./~]|^[A-Za-z]:\\|:\/\//.test(v) &&
    !/^(?:true|false|\d+(?:\.\d+)*)$/i.test(v)
  );
}

/** scanString judges a value by the last word of its key; hyphens and flags dashes become underscores. */
function normaliseKey(name: string): string {
  return name.replace(/^-+/, "").replace(/-/g, "_");
}

function shortName(name: string): string {
  return name.length <= 40 && /^[\w.-]+$/.test(name) ? name : "a secret-like field";
}

/** A value under `name` at `pointer` as a credential candidate. */
export function credentialValue(
  value: string,
  name: string,
  where: CredentialValue["where"],
  pointer: string,
  secrets: string[],
): CredentialValue {
  const c = classifyValue(value, name);
  secrets.push(...c.secrets);
  return {
    name,
    where,
    pointer,
    kind: c.kind,
    ...(c.ref !== undefined ? { ref: c.ref } : {}),
    ...(c.secretKind !== undefined ? { secretKind: c.secretKind } : {}),
    credential:
      c.kind === "inline-secret" ||
      (isSecretName(name) && c.kind !== "literal") ||
      (isSecretName(name) && value.trim() !== ""),
  };
}

/** Credential candidates inside a URL: query parameters and userinfo (`https://user:token@host`). */
export function urlCredentials(url: string, pointer: string, secrets: string[]): CredentialValue[] {
  const out: CredentialValue[] = [];
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?/.exec(url.trim());
  if (!m) return out;
  const authority = m[2] ?? "";
  const at = authority.lastIndexOf("@");
  if (at > 0) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(":");
    const user = colon === -1 ? userinfo : userinfo.slice(0, colon);
    const pass = colon === -1 ? "" : userinfo.slice(colon + 1);
    const secret = pass !== "" ? pass : user;
    const c = classifyValue(decode(secret), "password");
    if (c.kind !== "literal" || secret.length >= 8) {
      const kind = c.kind === "literal" ? "inline-secret" : c.kind;
      if (kind === "inline-secret") secrets.push(secret, decode(secret), url);
      out.push({
        name: "userinfo",
        where: "userinfo",
        pointer,
        kind,
        ...(c.ref !== undefined ? { ref: c.ref } : {}),
        ...(kind === "inline-secret" ? { secretKind: c.secretKind ?? "credential in URL userinfo" } : {}),
        credential: true,
      });
    }
  }
  const query = m[4];
  if (query) {
    for (const part of query.slice(1).split("&")) {
      if (part === "") continue;
      const eq = part.indexOf("=");
      const name = decode(eq === -1 ? part : part.slice(0, eq));
      const raw = eq === -1 ? "" : part.slice(eq + 1);
      if (raw === "") continue;
      const cv = credentialValue(decode(raw), name, "query", pointer, secrets);
      if (cv.kind === "inline-secret") secrets.push(raw, url);
      if (cv.credential) out.push(cv);
    }
  }
  return out;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
