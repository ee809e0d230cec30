// Inline secrets anywhere in a manifest: known token formats in any string (keys included), passwords
// in connection strings and `password=` settings, and high-entropy values under secret-like keys. A
// manifest should hold references (vault://…, env:NAME, ${{ secrets.X }}), never the secret itself.
// Every pattern is anchored on a literal prefix and a non-token character before it, so scanning a
// 1 MiB string stays linear.
import type { SecretHit } from "./types.js";
import { isPlainObject } from "./fields.js";
import { escapePointerSegment, joinPointer, pointerSegments } from "../util/pointer.js";

export const REDACTED = "[REDACTED]";

export interface Format {
  kind: string;
  pattern: RegExp;
  /** Capture group holding the secret (0 = the whole match). */
  group?: number;
  accept?: (match: string) => boolean;
}

export const FORMATS: readonly Format[] = [
  { kind: "GitHub token", pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,251}/g },
  { kind: "GitHub token", pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,251}/g },
  {
    kind: "AWS access key id",
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g,
  },
  {
    kind: "AWS secret access key",
    pattern: /aws_?secret_?access_?key["']?\s{0,5}[:=]\s{0,5}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    group: 1,
  },
  { kind: "Anthropic API key", pattern: /(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,250}/g },
  { kind: "OpenAI API key", pattern: /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,250}/g },
  { kind: "OpenAI API key", pattern: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9]{32,250}(?![A-Za-z0-9_-])/g },
  { kind: "Slack token", pattern: /(?<![A-Za-z0-9_-])xox[abposr]-[A-Za-z0-9-]{10,250}/g },
  {
    kind: "Slack webhook URL",
    pattern: /hooks\.slack\.com\/services\/T[A-Za-z0-9_]{4,40}\/B[A-Za-z0-9_]{4,40}\/[A-Za-z0-9_]{16,64}/g,
  },
  { kind: "Stripe secret key", pattern: /(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{20,250}/g },
  { kind: "Google API key", pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  {
    kind: "JWT",
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
    accept: hasJsonHeader,
  },
  {
    kind: "password in a setting",
    pattern:
      /(?<![A-Za-z0-9_])(?:password|passwd|pwd|client_?secret|api_?key|access_?token)\s{0,3}=\s{0,3}["']?([^\s"'&;,<>]{4,256})/gi,
    group: 1,
    accept: (v) => !isPlaceholder(v) && !isReference(v),
  },
];

const PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;

/** Key words that mark a value as a secret when they end the key (api_key, client_secret, authToken). */
const SECRET_WORDS = new Set([
  "secret",
  "secrets",
  "token",
  "tokens",
  "password",
  "passwd",
  "pwd",
  "passphrase",
  "key",
  "apikey",
  "credential",
  "credentials",
  "privatekey",
  "bearer",
  "authorization",
]);
/** Words that, after a secret word, still name the secret itself: secretValue, key_material, token_data. */
const SECRET_BODY_WORDS = new Set([
  "value",
  "material",
  "data",
  "body",
  "b64",
  "base64",
  "pem",
  "der",
  "hex",
  "bytes",
  "string",
  "text",
]);
const PASSWORD_WORDS = new Set(["password", "passwd", "pwd", "passphrase"]);

const REFERENCE_SCHEMES =
  /^(?:vault|aws-sm|aws-ssm|ssm|gcp-sm|gcp|azure-kv|keyvault|akv|k8s|kubernetes|secret|secrets|op|env|file|arn|sops|doppler|infisical|1password|onepassword):\S+$/i;

/** True for a pointer to where a secret lives rather than the secret. */
export function isReference(value: string): boolean {
  const v = value.trim();
  return (
    /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S*$/.test(v) ||
    REFERENCE_SCHEMES.test(v) ||
    /^\$\{\{[^}]*\}\}$/.test(v) ||
    /^\$\{[^}]+\}$/.test(v) ||
    /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(v) ||
    /^projects\/[^/\s]+\/secrets\/\S+$/.test(v)
  );
}

/** Values that stand in for a secret in examples and templates. */
function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return (
    v === "" ||
    /^[*xX.•-]+$/.test(v) ||
    /^<[^>]*>$/.test(v) ||
    /^\{\{.*\}\}$/.test(v) ||
    /^\$\{?[A-Za-z_{]/.test(v) ||
    /^%\w$/.test(v) ||
    /^(?:redacted|\[redacted\]|none|null)$/i.test(v)
  );
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  const n = [...value].length;
  for (const count of counts.values()) {
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const ENTROPY_MIN_LENGTH = 20;
/** Random base64 or mixed-case tokens score 4.5+; dictionary words joined by dashes stay well below. */
const ENTROPY_THRESHOLD = 3.5;

function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A key whose value would be a secret: api_key, client_secret, authToken, password, secret_ref, … */
function secretLikeKey(key: string): boolean {
  const words = keyWords(key);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (SECRET_WORDS.has(last)) return true;
  if (SECRET_BODY_WORDS.has(last) && words.slice(0, -1).some((w) => SECRET_WORDS.has(w))) return true;
  // secret_ref should hold a reference; anything else there is likely the secret pasted in
  return last === "ref" && words.includes("secret");
}

export function looksRandom(value: string): boolean {
  return (
    value.length >= ENTROPY_MIN_LENGTH &&
    !/\s/.test(value) &&
    /[0-9]/.test(value) &&
    /[A-Za-z]/.test(value) &&
    entropy(value) >= ENTROPY_THRESHOLD
  );
}

function hasJsonHeader(jwt: string): boolean {
  const header = jwt.slice(0, jwt.indexOf("."));
  try {
    const decoded: unknown = JSON.parse(Buffer.from(header, "base64url").toString("utf8"));
    return isPlainObject(decoded) && (typeof decoded.alg === "string" || typeof decoded.typ === "string");
  } catch {
    return false;
  }
}

/** Private key blocks, found with two linear passes (a missing END runs to the end of the string). */
function pemBlocks(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    PEM_BEGIN.lastIndex = from;
    const begin = PEM_BEGIN.exec(text);
    if (!begin) return out;
    PEM_END.lastIndex = begin.index + begin[0].length;
    const end = PEM_END.exec(text);
    if (!end) {
      out.push(text.slice(begin.index));
      return out;
    }
    out.push(text.slice(begin.index, end.index + end[0].length));
    from = end.index + end[0].length;
  }
}

/** Passwords in URLs with credentials (postgres://user:pass@host), found from each "://". */
function connectionStringPasswords(text: string): string[] {
  const out: string[] = [];
  for (let i = text.indexOf("://"); i !== -1; i = text.indexOf("://", i + 3)) {
    let start = i;
    while (start > 0 && i - start < 32 && /[A-Za-z0-9+.-]/.test(text[start - 1] as string)) start--;
    if (start === i || !/[A-Za-z]/.test(text[start] as string)) continue;
    let j = i + 3;
    const limit = Math.min(text.length, j + 512);
    while (j < limit && !"/?#@ \t\r\n".includes(text[j] as string)) j++;
    if (text[j] !== "@") continue;
    const userinfo = text.slice(i + 3, j);
    const colon = userinfo.indexOf(":");
    if (colon === -1) continue;
    const password = userinfo.slice(colon + 1);
    if (password.length > 0 && !isPlaceholder(password)) out.push(password);
  }
  return out;
}

/**
 * A literal every FORMATS pattern needs (case-insensitively, which only widens it): most strings in a
 * manifest contain none, and one search for all of them is much cheaper than a dozen pattern scans.
 */
export const FORMAT_PREFILTER =
  /gh[pousr]_|github_pat_|AKIA|ASIA|ABIA|ACCA|aws_?secret|sk-|xox[abposr]-|hooks\.slack\.com|_live_|AIza|eyJ|password|passwd|pwd|client_?secret|api_?key|access_?token/i;

interface KeyTraits {
  secretLike: boolean;
  password: boolean;
}

/** Keys repeat across a manifest and across manifests; their words are worked out once (bounded memo). */
const keyTraitsMemo = new Map<string, KeyTraits>();
const KEY_MEMO_LIMIT = 4096;

function keyTraits(key: string): KeyTraits {
  let traits = keyTraitsMemo.get(key);
  if (traits) return traits;
  const secretLike = secretLikeKey(key);
  traits = { secretLike, password: secretLike && keyWords(key).some((w) => PASSWORD_WORDS.has(w)) };
  if (keyTraitsMemo.size >= KEY_MEMO_LIMIT) keyTraitsMemo.clear();
  keyTraitsMemo.set(key, traits);
  return traits;
}

/** Secrets inside one string, as [kind, exact matched text] pairs. */
export function scanString(text: string, key?: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  if (FORMAT_PREFILTER.test(text)) {
    for (const f of FORMATS) {
      f.pattern.lastIndex = 0;
      for (const m of text.matchAll(f.pattern)) {
        const value = m[f.group ?? 0];
        if (value && (!f.accept || f.accept(value))) found.push([f.kind, value]);
      }
    }
  }
  if (text.includes("-----BEGIN ")) for (const block of pemBlocks(text)) found.push(["private key", block]);
  for (const password of connectionStringPasswords(text))
    found.push(["password in connection string", password]);
  // Only a secret-like key makes a value a secret by where it stands; other keys need no further look.
  const traits = key === undefined || found.length > 0 ? undefined : keyTraits(key);
  if (traits?.secretLike && key !== undefined && !isReference(text) && !isPlaceholder(text)) {
    if (traits.password && text.trim().length >= 4) found.push([`password in ${quoteKey(key)}`, text]);
    else {
      // The value as a whole, or any word of it: "Bearer <token>", a token with a note beside it, a
      // folded scalar (lines joined by spaces) or a key body in base64 lines without PEM armour.
      const words = randomWords(text);
      if (words.length > 0) {
        found.push([`high-entropy string in ${quoteKey(key)}`, text]);
        for (const w of words) if (w !== text) found.push([`high-entropy string in ${quoteKey(key)}`, w]);
      }
    }
  }
  return found;
}

/** The value itself when it looks random, else its white-space separated words that do. */
function randomWords(text: string): string[] {
  const trimmed = text.trim();
  if (looksRandom(trimmed)) return [trimmed];
  if (!/\s/.test(trimmed)) return [];
  const words = trimmed.split(/\s+/).filter((w) => looksRandom(w));
  // base64 lines of one key: each may be short of the threshold, together they are one random body
  if (words.length === 0) {
    const lines = trimmed.split(/\s*\n\s*/);
    const joined = lines.join("");
    if (lines.length > 1 && lines.every((l) => /^[A-Za-z0-9+/=_-]+$/.test(l)) && looksRandom(joined))
      return lines;
  }
  return words;
}

function quoteKey(key: string): string {
  return key.length <= 40 && /^[\w.-]+$/.test(key) ? `'${key}'` : "a secret-like field";
}

/**
 * Every inline secret in a document. `values` holds each exact match and the whole string it was
 * found in (what redactText must remove from output); hits say where and what, never the value.
 */
export function findSecrets(data: unknown): { hits: SecretHit[]; values: string[] } {
  const hits: SecretHit[] = [];
  const values = new Set<string>();
  const seen = new Set<string>();
  const record = (pointer: string, text: string, key: string | undefined): void => {
    for (const [kind, value] of scanString(text, key)) {
      const id = `${pointer}\u0000${kind}`;
      if (!seen.has(id)) {
        seen.add(id);
        hits.push({ pointer, kind });
      }
      values.add(value);
      values.add(text);
    }
  };
  // Iterative walk: parse.ts bounds the depth, but this also runs on data from elsewhere.
  const stack: Array<[unknown, string, string | undefined]> = [[data, "", undefined]];
  while (stack.length > 0) {
    const [value, pointer, key] = stack.pop() as [unknown, string, string | undefined];
    if (typeof value === "string") {
      record(pointer, value, key);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${pointer}/${i}`, key]);
    } else if (isPlainObject(value)) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i] as string;
        const child = `${pointer}/${escapePointerSegment(k)}`;
        record(child, k, undefined);
        stack.push([value[k], child, k]);
      }
    }
  }
  return { hits, values: [...values] };
}

/**
 * What redaction replaces, longest first: each value, and its JSON-escaped form when that differs (for
 * JSON output). Values under four characters are not secrets the scanner reports, and would mangle words.
 */
export function redactionForms(values: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const v of values) {
    if (v.length < 4) continue;
    forms.add(v);
    const escaped = JSON.stringify(v).slice(1, -1);
    if (escaped !== v) forms.add(escaped);
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * A secret shorter than this (a four-letter password) is redacted only where it stands as a token of its
 * own, not inside a longer word: "ment" must not blank "payments" in another agent's resources. Longer
 * secrets are redacted wherever they occur, embedded or not: nothing contains them by chance.
 */
export const SHORT_SECRET = 16;

const WORD = /[\p{L}\p{N}_]/u;

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD.test(text[i] as string);
}

/** `text` with the occurrences of `form` that are the secret replaced by [REDACTED]. */
export function replaceSecret(text: string, form: string): string {
  if (form.length >= SHORT_SECRET) return text.split(form).join(REDACTED);
  const startsWord = WORD.test(form[0] as string);
  const endsWord = WORD.test(form[form.length - 1] as string);
  let out = "";
  let from = 0;
  for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
    if (i < from) continue;
    const inside = (startsWord && isWordAt(text, i - 1)) || (endsWord && isWordAt(text, i + form.length));
    if (inside) continue;
    out += text.slice(from, i) + REDACTED;
    from = i + form.length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * `text` with every occurrence of each value replaced by [REDACTED], longest values first (so a
 * string containing a secret goes whole). JSON-escaped forms are replaced too, for JSON output.
 */
export function redactText(text: string, values: readonly string[]): string {
  let out = text;
  for (const form of redactionForms(values)) {
    if (out.includes(form)) out = replaceSecret(out, form);
  }
  return out;
}

/**
 * A JSON pointer with every segment redacted on its own: a secret used as a mapping key is part of the
 * pointer of everything under it, escaped (`/` as `~1`) where redacting the whole pointer would miss it.
 */
export function redactPointer(pointer: string, redact: (text: string) => string): string {
  const segments = pointerSegments(pointer);
  return segments === undefined ? redact(pointer) : joinPointer(segments.map(redact));
}

/**
 * Secrets in a file's path (a token pasted into a file or folder name): each match, to be redacted
 * wherever the path is shown (SARIF uri, JSON file, HTML, Markdown, annotations).
 */
export function pathSecrets(path: string): string[] {
  const out = new Set<string>();
  for (const segment of path.split("/")) for (const [, value] of scanString(segment)) out.add(value);
  return [...out];
}
