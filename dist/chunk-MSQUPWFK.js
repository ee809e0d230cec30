import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  ACCESS_LEVELS,
  DEFAULT_SENSITIVE,
  EvaluationMeter,
  LogicBudgetError,
  agentAccessLevel,
  appendPointer,
  compileCheck,
  compileWhen,
  complianceEvidence,
  controlsForCheck,
  deriveFacts,
  extendPolicy,
  folderDigest,
  getPath,
  isSensitivePermission,
  loadPolicy,
  operatorOf,
  parseRuleFolder,
  permissionAccessLevel,
  shippedText,
  stampedBody,
  truthy
} from "./chunk-X6QVJT7M.js";
import {
  SKIPPED_DIRS,
  VENV_MARKER,
  basePolicyFiles,
  checkConfigAgainstPolicy,
  compilePattern,
  diskPolicyFiles,
  findConfig,
  insideRoot,
  isAbsolutePath,
  isInside,
  joinRel,
  memoryPolicyFiles,
  parseConfig,
  patternMatches,
  rootRelative,
  toPosix,
  walkFolder
} from "./chunk-FWE7YAEI.js";
import {
  declaredParams,
  globMatch,
  normaliseParam,
  paramsFor,
  parseYamlSource,
  readYamlSource,
  resolveParams,
  segmentsMatch
} from "./chunk-NBGPQBYX.js";
import {
  builtinRulesDir
} from "./chunk-4NN7QIXY.js";
import {
  TOOL_VERSION
} from "./chunk-46J5RHI4.js";
import {
  PolicyError
} from "./chunk-6WOQBHG4.js";
import {
  UsageError
} from "./chunk-BNU4OYRD.js";
import {
  LineIndex,
  SCHEMA_VIOLATION,
  UNREADABLE_VALUE,
  checkJson,
  forgetInterned,
  loadFile,
  normalise,
  parseSource,
  readSource,
  readSourceSync,
  receiveBatch,
  setOwn,
  writtenPointer
} from "./chunk-C34AYXUD.js";
import {
  isRecord,
  ownValue
} from "./chunk-U6PY5KLE.js";
import {
  formatDate,
  globCostProblem,
  isDateField,
  isDurationField,
  isReference,
  parseDate,
  pathSecrets,
  redactPointer,
  redactText,
  redactionForms,
  replaceSecret,
  scanString
} from "./chunk-5ETBV6RK.js";
import {
  escapePointerSegment,
  formatDuration,
  joinPointer,
  jsoncParser,
  parseDuration,
  picomatch,
  pointerSegments,
  saxes,
  tomlParser,
  unescapePointerSegment
} from "./chunk-EHMHJOXK.js";
import {
  applyFailScope,
  gatePasses
} from "./chunk-UW2F2IDI.js";
import {
  boundedLine,
  plural
} from "./chunk-LCWV2GUA.js";
import {
  emptyCounts,
  ruleHelpUri,
  severityRank
} from "./chunk-NOSNPXS3.js";

// src/sources/implicit.ts
var NATIVE_FAMILIES = /^AP-(?:MCP|HOST|A2A|NAT|SRC)-/;
var CONFIG_LEVEL = /* @__PURE__ */ new Set(["AP-CRED-001", "AP-CRED-004", "AP-SUP-002"]);
function isNativeAgent(agent) {
  return agent.source !== void 0 && agent.origins !== void 0;
}
var AUTHORING_CHECKS = /* @__PURE__ */ new Set(["AP-PERM-002", "AP-PERM-003", "AP-GATE-001", "AP-GATE-007"]);
function keepsFinding(agent, ruleId, pointer = "") {
  if (isNativeAgent(agent) && agent.source.implicit) {
    return NATIVE_FAMILIES.test(ruleId) || CONFIG_LEVEL.has(ruleId) || ruleId.startsWith("AP-POLICY-");
  }
  if (AUTHORING_CHECKS.has(ruleId) && agent.doc.resolve?.(pointer) !== void 0) return false;
  return true;
}

// src/engine/redact.ts
function keyAt(text2, i) {
  return ((text2.charCodeAt(i) * 31 + text2.charCodeAt(i + 1)) * 31 + text2.charCodeAt(i + 2)) * 31 + text2.charCodeAt(i + 3) | 0;
}
function makeRedactor(secrets) {
  const forms = redactionForms([...new Set(secrets)]);
  if (forms.length === 0) return (text2) => text2;
  const byKey = /* @__PURE__ */ new Map();
  forms.forEach((form, index) => {
    const key = keyAt(form, 0);
    const list3 = byKey.get(key);
    if (list3) list3.push(index);
    else byKey.set(key, [index]);
  });
  const occurring = (text2) => {
    const found = /* @__PURE__ */ new Set();
    for (let i = 0; i + 4 <= text2.length; i++) {
      const list3 = byKey.get(keyAt(text2, i));
      if (!list3) continue;
      for (const index of list3) if (text2.startsWith(forms[index], i)) found.add(index);
    }
    return [...found].sort((a, b) => a - b);
  };
  return (text2) => {
    let candidates = occurring(text2);
    if (candidates.length === 0) return text2;
    let out = text2;
    for (let k = 0; k < candidates.length; k++) {
      const index = candidates[k];
      const form = forms[index];
      if (!out.includes(form)) continue;
      const next = replaceSecret(out, form);
      if (next === out) continue;
      out = next;
      candidates = occurring(out).filter((i) => i > index);
      k = -1;
    }
    return out;
  };
}

// src/manifest/discover.ts
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, relative, resolve } from "node:path";

// src/manifest/prefilter.ts
import { closeSync, openSync, readSync } from "node:fs";
var CANDIDATE = /\.(ya?ml|json)$/i;
var DECLARES = /apiVersion["']?\s*:\s*["']?agentpolicy\.dev\//i;
var PREFILTER_MAX_BYTES = 1024 * 1024;
var CHUNK = 64 * 1024;
var OVERLAP = 128;
function isCandidateName(name) {
  return endsInLOrN(name) && CANDIDATE.test(name);
}
function endsInLOrN(name) {
  const last = name.charCodeAt(name.length - 1) | 32;
  return last === 108 || last === 110;
}
var shared;
function looksLikeManifest(absPath, maxBytes = PREFILTER_MAX_BYTES) {
  let fd;
  try {
    fd = openSync(absPath, "r");
  } catch {
    return false;
  }
  try {
    shared ??= Buffer.allocUnsafe(CHUNK);
    const buffer = shared;
    let tail = "";
    for (let at = 0; at < maxBytes; ) {
      const bytesRead = readSync(fd, buffer, 0, Math.min(buffer.length, maxBytes - at), at);
      if (bytesRead === 0) return false;
      const text2 = tail + buffer.toString("latin1", 0, bytesRead);
      if (DECLARES.test(text2)) return true;
      tail = text2.slice(-OVERLAP);
      at += bytesRead;
    }
    return false;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

// src/manifest/discover.ts
var DEFAULT_INCLUDE = [
  "**/*.agent.yaml",
  "**/*.agent.yml",
  "**/*.agent.json",
  "**/agents/**/*.{yaml,yml,json}",
  "**/.agents/**/*.{yaml,yml,json}",
  // Native agent configs, read by src/sources/ (formats.ts lists the same paths)
  "**/.mcp.json",
  "**/.claude/settings.json",
  "**/.claude/settings.local.json",
  "**/.cursor/mcp.json",
  "**/.vscode/mcp.json",
  "**/claude_desktop_config.json",
  "**/.gemini/settings.json",
  "**/.codex/config.toml",
  "**/.well-known/agent-card.json",
  "**/.well-known/agent.json"
];
var DEFAULT_INCLUDE_ENDS = /\.(?:ya?ml|json|toml)$/i;
async function discover(opts) {
  const root = resolve(opts.root);
  const errors = [];
  const found = /* @__PURE__ */ new Map();
  const fail = (file, message) => {
    errors.push({ file, line: 1, column: 1, message });
  };
  let realRoot;
  try {
    realRoot = await realpath(root);
  } catch {
    fail(".", "no such file or directory");
    return { files: [], errors, listing: [] };
  }
  const display = (abs) => toPosix(relative(root, abs)) || basename(abs);
  const insideRoot2 = (abs) => isInside(abs, root);
  const custom = (opts.include?.length ?? 0) > 0;
  let compiled;
  const globs = (rel) => (compiled ??= picomatch()(custom ? opts.include : [...DEFAULT_INCLUDE], {
    dot: true,
    nocase: !custom
  }))(rel);
  const include = custom ? globs : (rel) => endsInLOrN(rel) && DEFAULT_INCLUDE_ENDS.test(rel) && globs(rel);
  const candidates = [];
  const exclude = opts.exclude?.length ? picomatch()(opts.exclude, { dot: true }) : () => false;
  const add = (file, abs, real) => {
    const existing = found.get(real);
    if (!existing || file < existing.file) found.set(real, { file, absPath: abs });
  };
  const listing = [];
  const listingReals = [];
  let mayRepeat = false;
  let listings = 0;
  const list3 = (file, real) => {
    listing.push(file);
    listingReals.push(real);
  };
  const walk2 = (dir, boundary, base, select, keep, probe) => {
    let taken = 0;
    const {
      files: walked,
      reals,
      throughLinks
    } = walkFolder(dir, {
      boundary,
      onError: (abs, e) => fail(display(abs), ioMessage(e))
    });
    mayRepeat ||= throughLinks || ++listings > 1;
    const prefixOf = (from) => {
      const p = toPosix(relative(from, dir));
      return p === "" ? "" : `${p}/`;
    };
    const basePrefix = prefixOf(base);
    const displayPrefix = prefixOf(root);
    for (let i = 0; i < walked.length; i++) {
      const walkedFile = walked[i];
      const { file: fromDir, absPath } = walkedFile;
      const real = reals[i];
      const rel = basePrefix + fromDir;
      const file = displayPrefix + fromDir;
      if (keep(rel)) list3(displayPrefix === "" ? walkedFile : { file, absPath }, real);
      if (select(rel)) {
        add(file, absPath, real);
        taken++;
      } else if (probe?.(rel)) candidates.push([file, absPath, real]);
    }
    return taken;
  };
  const fromRoot = (abs) => toPosix(relative(root, abs));
  const walkSelect = (abs) => {
    const base = insideRoot2(abs) ? root : dirname(abs);
    return { base, select: (rel) => include(rel) && !exclude(rel), keep: (rel) => !exclude(rel) };
  };
  for (const arg of opts.paths.length > 0 ? opts.paths : ["."]) {
    const abs = resolve(root, arg);
    let info;
    try {
      info = await stat(abs);
    } catch (e) {
      const scan = picomatch().scan(arg);
      if (scan.isGlob) {
        const pattern = isAbsolute(arg) ? fromRoot(arg) : toPosix(arg).replace(/^(\.\/)+/, "");
        const matches = picomatch()(pattern, { dot: true });
        const baseDir = resolve(root, scan.base || ".");
        const boundary = insideRoot2(baseDir) ? realRoot : await realpath(baseDir).catch(() => baseDir);
        let taken = 0;
        try {
          if ((await stat(baseDir)).isDirectory()) {
            const select = (rel) => matches(rel) && !exclude(rel);
            taken = walk2(baseDir, boundary, root, select, select);
          }
        } catch {
        }
        if (taken === 0) fail(toPosix(arg), "no files match this pattern");
      } else {
        fail(display(abs), ioMessage(e));
      }
      continue;
    }
    const real = await realpath(abs).catch(() => abs);
    if (insideRoot2(abs) && !isInside(real, realRoot)) {
      fail(display(abs), "resolves outside the scan root through a symlink; not followed");
      continue;
    }
    if (info.isDirectory()) {
      const { base, select, keep } = walkSelect(abs);
      const probe = custom ? void 0 : (rel) => isCandidateName(rel) && !exclude(rel);
      walk2(abs, insideRoot2(abs) ? realRoot : real, base, select, keep, probe);
    } else if (info.isFile()) {
      add(display(abs), abs, real);
      list3({ file: display(abs), absPath: abs }, real);
      mayRepeat ||= ++listings > 1;
    } else {
      fail(display(abs), "not a regular file or folder");
    }
  }
  const unseen = candidates.filter(([, , real]) => !found.has(real));
  for (const [file, path, real] of unseen) if (looksLikeManifest(path)) add(file, path, real);
  const files = [...found.values()].sort((a, b) => compare(a.file, b.file));
  errors.sort((a, b) => compare(a.file, b.file));
  let listed = listing;
  if (mayRepeat) {
    const byReal = /* @__PURE__ */ new Map();
    listing.forEach((f, i) => {
      const real = listingReals[i];
      const existing = byReal.get(real);
      if (!existing || f.file < existing.file) byReal.set(real, f);
    });
    listed = [...byReal.values()];
  }
  return { files, errors, listing: listed.sort((a, b) => compare(a.file, b.file)) };
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function ioMessage(e) {
  const code = e.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "too many levels of symbolic links";
  return `cannot read${code ? ` (${code})` : ""}`;
}

// src/manifest/parallel.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var PARALLEL_MIN_FILES = 800;
var BATCH = 32;
var MAX_WORKERS = 8;
var LARGE_RUN_FILES = 5e3;
var LARGE_RUN_HEAP_GROWTH = "--heap-growing-percent=30";
function defaultWorkerUrl() {
  const url = new URL("./worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : void 0;
}
function workerCount(files, opts) {
  const wanted = opts.workers ?? (files >= PARALLEL_MIN_FILES ? Math.min(availableParallelism() - 1, MAX_WORKERS) : 0);
  const share = opts.thisThreadToo === false ? 0 : 1;
  return wanted >= 1 ? Math.min(wanted, Math.ceil(files / BATCH) - share) : 0;
}
function combine(loaded) {
  const agents = [];
  const readErrors = [];
  const parseErrors = [];
  for (const file of loaded) {
    if (file.readError) readErrors.push(file.readError);
    for (const agent of file.agents) agents.push(agent);
    for (const error of file.parseErrors) parseErrors.push(error);
  }
  return { agents, errors: [...readErrors, ...parseErrors] };
}
async function loadFiles(files, opts) {
  if (files.length >= LARGE_RUN_FILES) setFlagsFromString(LARGE_RUN_HEAP_GROWTH);
  const count = workerCount(files.length, opts);
  const url = count > 0 ? opts.workerUrl ?? defaultWorkerUrl() : void 0;
  if (!url) {
    const loaded = [];
    for (const file of files) loaded.push(loadFile(file, opts.maxFileSize));
    return combine(loaded);
  }
  return combine(await loadInWorkers(files, opts.maxFileSize, count, url, opts.thisThreadToo !== false));
}
var turn = () => new Promise((resolve4) => setImmediate(resolve4));
async function loadInWorkers(files, maxFileSize, count, url, thisThreadToo) {
  const results = new Array(files.length);
  const batches = Math.ceil(files.length / BATCH);
  const workers = [];
  let next = 0;
  let done = 0;
  let failure;
  let allDone = () => {
  };
  const finished = new Promise((resolve4) => allDone = resolve4);
  const fail = (e) => {
    failure ??= e;
    allDone();
  };
  const completed = () => {
    if (++done === batches) allDone();
  };
  const send = (worker) => {
    if (next >= batches || failure) return;
    const batch = next++;
    const message = {
      batch,
      files: files.slice(batch * BATCH, (batch + 1) * BATCH).map((f) => ({ file: f.file, absPath: f.absPath })),
      maxFileSize
    };
    worker.postMessage(message);
  };
  try {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(url);
      workers.push(worker);
      worker.on("message", (reply) => {
        if (failure) return;
        if (reply.failure !== void 0 || !reply.results) {
          fail(new Error(`manifest worker failed: ${reply.failure ?? "no results"}`));
          return;
        }
        const start2 = reply.batch * BATCH;
        const names = files.slice(start2, start2 + BATCH).map((f) => f.file);
        receiveBatch(names, reply.results).forEach((loaded, k) => {
          results[start2 + k] = loaded;
        });
        send(worker);
        completed();
      });
      worker.on("error", (e) => fail(e));
      worker.on("exit", (code) => {
        if (done < batches) fail(new Error(`manifest worker exited early (code ${code})`));
      });
      send(worker);
      send(worker);
    }
    while (thisThreadToo && next < batches && !failure) {
      const batch = next++;
      for (let k = batch * BATCH; k < Math.min((batch + 1) * BATCH, files.length); k++) {
        results[k] = loadFile(files[k], maxFileSize);
      }
      completed();
      await turn();
    }
    await finished;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure) throw failure;
  return results;
}

// src/sources/text/tree.ts
var MAX_NATIVE_DEPTH = 64;
function locateIn(tree, pointer) {
  const segments = pointerSegments(pointer) ?? [];
  for (let i = segments.length; i >= 0; i--) {
    const at = tree.ranges.get(joinPointer(segments.slice(0, i)));
    if (!at) continue;
    const exact = i === segments.length;
    const range = !exact && at.key ? at.key : at.value;
    return tree.lines.span(range[0], range[1]);
  }
  return { line: 1, column: 1, endLine: 1, endColumn: 2 };
}
function locateKeyIn(tree, pointer) {
  const key = tree.ranges.get(pointer)?.key;
  return key ? tree.lines.span(key[0], key[1]) : void 0;
}

// src/sources/values.ts
var EMBEDDED_REFERENCE = /\$\{\{\s*[^}]+\}\}|\$\{(?:env:|input:|secret:)?[A-Za-z_][A-Za-z0-9_.-]*(?::-[^}]*)?\}|\{\{\s*[A-Za-z_][\w.]*\s*\}\}|\$[A-Z_][A-Z0-9_]{2,}/g;
var PLACEHOLDER = [
  /^<[^<>]*>$/,
  /^\[[^[\]]*\]$/,
  /^(?:x{3,}|X{3,}|\*{3,}|\.{3,}|…|-{3,}|•+|0{8,})$/,
  /^(?:changeme|change[-_ ]?me|replace[-_ ]?me|todo|tbd|fixme|redacted|none|null|secret|password|token|dummy|example|sample|test|placeholder)$/i,
  /^(?:your|my|insert|enter|add|put|paste)[-_ ]/i,
  /[-_ ](?:here|goes[-_ ]here)$/i,
  /^(?:sk|pk|ghp|gho|xoxb|xoxp|sk-ant|sk-proj)[-_](?:x+|\.{3,}|\*+|…|your|<)/i,
  /^[A-Za-z0-9_-]*(?:xxxx|XXXX|\*\*\*\*|\.\.\.\.)[A-Za-z0-9_*.-]*$/
];
function isPlaceholderValue(value) {
  const v = value.trim();
  if (v === "") return true;
  return PLACEHOLDER.some((p) => p.test(v));
}
function referencesIn(value) {
  const out = [];
  for (const m of value.matchAll(EMBEDDED_REFERENCE)) out.push(refName(m[0]));
  return out;
}
function refName(token) {
  const inner = token.replace(/^\$\{\{\s*|\s*\}\}$/g, "").replace(/^\{\{\s*|\s*\}\}$/g, "").replace(/^\$\{|\}$/g, "").replace(/^\$/, "").replace(/:-.*$/, "");
  if (/^(?:env|input|secret):/.test(inner)) return inner;
  if (/^secrets\./.test(inner)) return `secret:${inner.slice("secrets.".length)}`;
  return `env:${inner}`;
}
var SECRET_NAME = /(?:^|[^a-z])(?:token|secret|password|passwd|pwd|passphrase|api[-_]?key|apikey|access[-_]?key|private[-_]?key|client[-_]?secret|credentials?|auth|authorization|bearer|cookie|session|signing[-_]?key|dsn|conn(?:ection)?[-_]?string)(?:$|[^a-z])|key$/i;
function isSecretName(name) {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/^-+/, "");
  return SECRET_NAME.test(words);
}
var AUTH_SCHEME = /^(?:bearer|basic|token|bot|apikey|api-key|digest)\s+(\S+)\s*$/i;
function classifyValue(value, name) {
  const v = value.trim();
  if (isPlaceholderValue(v)) return { kind: "placeholder", secrets: [] };
  const found = scanString(v, isSecretName(name) ? normaliseKey(name) : void 0);
  if (found.length > 0) {
    return { kind: "inline-secret", secretKind: found[0][0], secrets: [...found.map((f) => f[1]), value] };
  }
  const refs = referencesIn(v);
  if (refs.length > 0 || isReference(v)) {
    return { kind: "reference", ...refs[0] !== void 0 ? { ref: refs[0] } : {}, secrets: [] };
  }
  if (isPlaceholderValue(v)) return { kind: "placeholder", secrets: [] };
  const scheme = AUTH_SCHEME.exec(v);
  const token = scheme ? scheme[1] : v;
  if (isSecretName(name) && !isPlaceholderValue(token) && looksLikeToken(token)) {
    return {
      kind: "inline-secret",
      secretKind: `credential in '${shortName(name)}'`,
      secrets: [token, value]
    };
  }
  return { kind: "literal", secrets: [] };
}
function looksLikeToken(v) {
  return v.length >= 12 && !/\s/.test(v) && /[0-9]/.test(v) && /[A-Za-z]/.test(v) && !/^[./~]|^[A-Za-z]:\\|:\/\//.test(v) && !/^(?:true|false|\d+(?:\.\d+)*)$/i.test(v);
}
function normaliseKey(name) {
  return name.replace(/^-+/, "").replace(/-/g, "_");
}
function shortName(name) {
  return name.length <= 40 && /^[\w.-]+$/.test(name) ? name : "a secret-like field";
}
function credentialValue(value, name, where, pointer, secrets) {
  const c = classifyValue(value, name);
  secrets.push(...c.secrets);
  return {
    name,
    where,
    pointer,
    kind: c.kind,
    ...c.ref !== void 0 ? { ref: c.ref } : {},
    ...c.secretKind !== void 0 ? { secretKind: c.secretKind } : {},
    credential: c.kind === "inline-secret" || isSecretName(name) && c.kind !== "literal" || isSecretName(name) && value.trim() !== ""
  };
}
function urlCredentials(url, pointer, secrets) {
  const out = [];
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
        ...c.ref !== void 0 ? { ref: c.ref } : {},
        ...kind === "inline-secret" ? { secretKind: c.secretKind ?? "credential in URL userinfo" } : {},
        credential: true
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
function decode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// src/sources/unicode.ts
var INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/u;
function invisibleChar(text2) {
  const m = INVISIBLE.exec(text2);
  if (!m) return void 0;
  const cp = m[0].codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}
function visible(text2) {
  return text2.replace(
    new RegExp(INVISIBLE.source, "gu"),
    (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`
  );
}

// src/sources/agent.ts
var CONFIG_POINTER = "/native/config";
function buildAgent(config, format, tree, name, secretValues) {
  const origins = /* @__PURE__ */ new Map();
  const map = (synth, native2) => {
    origins.set(synth, native2);
  };
  const tools = [];
  const credentials = [];
  const permissions = [];
  const approvals = [];
  const servers = [];
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
    } else if (s.url !== void 0) {
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
  const gate2 = `${config.host}-prompt`;
  for (const list4 of ["allow", "ask"]) {
    for (const r of config[list4]) {
      map(`/permissions/${permissions.length}`, r.pointer);
      permissions.push({
        resource: r.resource,
        actions: r.actions,
        category: r.category,
        ...list4 === "ask" ? { approval: gate2 } : {}
      });
    }
  }
  if (config.ask.length > 0) {
    map("/approvals/0", config.ask[0].pointer.replace(/\/\d+$/, ""));
    approvals.push({ name: gate2, approvers: ["the person running the session"], min_approvals: 1 });
  }
  const card = config.card;
  if (card) {
    tools.push({
      name: card.name ?? "agent-card",
      type: "a2a",
      ...card.url ? { source: card.url } : {},
      ...card.version ? { version: card.version } : {}
    });
    map("/tools/0", "");
  }
  const secrets = sweep(tree.data, secretValues);
  const invisible = invisibleIn(tree.data);
  const posture = {};
  config.posture.forEach((p, i) => {
    posture[p.setting] = p.value;
    map(`/native/posture_settings/${i}`, p.pointer);
    map(`/native/posture/${escapePointerSegment(p.setting)}`, p.pointer);
  });
  const list3 = (prefix, items, facts) => items.map((x, i) => {
    map(`${prefix}/${i}`, x.pointer);
    return facts(x);
  });
  const native = {
    format: config.format,
    host: config.host,
    host_label: format.label,
    file: config.file,
    implicit: true,
    personal: config.personal,
    servers,
    posture,
    posture_settings: config.posture.map((p) => ({ setting: p.setting, value: p.value })),
    broad_allow: list3(
      "/native/broad_allow",
      config.allow.filter((r) => r.broad !== void 0),
      (r) => ({ rule: r.rule, reason: r.broad })
    ),
    deny: config.deny.map((r) => r.rule),
    trust_all: list3("/native/trust_all", config.trustAll, (t) => ({ setting: t.setting })),
    hooks: list3("/native/hooks", config.hooks, (h) => ({ event: h.event })),
    directories: list3("/native/directories", config.directories, (d) => ({ path: d.path })),
    invisible: list3("/native/invisible", invisible, (x) => ({
      char: x.char,
      where: x.where,
      file: config.file
    })),
    personal_files: config.personal ? [{ file: config.file }] : [],
    ...card ? {
      card: {
        file: config.file,
        name: card.name ?? null,
        url: card.url ?? null,
        plain_http: card.plainHttp,
        organization: card.organization ?? null,
        schemes: card.schemes.map((s) => s.name),
        security_required: card.securityRequired,
        signed: card.signed
      }
    } : {},
    config: tree.data
  };
  if (config.personal) map("/native/personal_files/0", "");
  if (card) {
    map("/native/card", "");
    map("/native/card/url", card.urlPointer);
    map("/native/card/schemes", card.schemes.length > 0 ? "/securitySchemes" : "");
    map("/native/card/organization", "/provider/organization");
  }
  map("/native", "");
  const data = {
    apiVersion: "agentpolicy.dev/v1",
    kind: "Agent",
    metadata: {
      name,
      description: `${format.label} configuration in ${config.file}`,
      labels: { source: config.format }
    },
    ...tools.length > 0 ? { tools } : {},
    ...credentials.length > 0 ? { credentials } : {},
    ...permissions.length > 0 ? { permissions } : {},
    ...approvals.length > 0 ? { approvals } : {},
    native
  };
  const locate = (pointer) => locateIn(tree, nativePointerOf(origins, pointer) ?? "");
  const doc = {
    file: config.file,
    docIndex: 0,
    data,
    locate,
    locateKey: (pointer) => {
      const native2 = nativePointerOf(origins, pointer, true);
      return native2 === void 0 ? void 0 : locateKeyIn(tree, native2);
    }
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
    tree
  };
}
function nativePointerOf(origins, pointer, exact = false) {
  if (pointer === CONFIG_POINTER || pointer.startsWith(`${CONFIG_POINTER}/`))
    return pointer.slice(CONFIG_POINTER.length);
  if (exact) return origins.get(pointer);
  const segments = pointerSegments(pointer);
  if (segments === void 0) return void 0;
  for (let i = segments.length; i > 0; i--) {
    const hit = origins.get(joinPointer(segments.slice(0, i)));
    if (hit !== void 0) return hit;
  }
  return void 0;
}
function toolOf(s) {
  const pkg = s.package;
  const source = pkg ? pkg.ecosystem === "npm" ? `npm:${pkg.name}` : pkg.ecosystem === "pypi" ? `pypi:${pkg.name}` : pkg.name : s.url ?? s.command ?? s.name;
  return {
    name: s.name,
    type: "mcp",
    source,
    ...pkg?.version !== void 0 ? { version: pkg.version } : {},
    ...pkg?.digest !== void 0 ? { digest: pkg.digest } : {}
  };
}
function credentialOf(name, c) {
  const lower = c.name.toLowerCase();
  const type = /pass(?:word|wd|phrase)?|pwd/.test(lower) ? "password" : c.where === "header" || /token|bearer|auth/.test(lower) ? "static-token" : "api-key";
  return {
    name,
    type,
    ...c.kind === "reference" && c.ref !== void 0 ? { secret_ref: c.ref } : {}
  };
}
function serverFacts(s) {
  return {
    name: s.name,
    transport: s.transport,
    ...s.command !== void 0 ? { command: s.command } : {},
    ...s.url !== void 0 ? { url: s.url } : {},
    ...s.package ? {
      package: {
        ecosystem: s.package.ecosystem,
        name: s.package.name,
        version: s.package.version ?? null
      }
    } : {},
    plain_http: s.plainHttp !== void 0,
    broad_roots: s.broadRoots.map((r) => r.path),
    auto_approve: s.autoApprove.map((a) => a.what),
    ...s.includeTools ? { include_tools: s.includeTools } : {},
    ...s.excludeTools ? { exclude_tools: s.excludeTools } : {},
    disabled: s.disabled
  };
}
function sweep(data, values) {
  const hits = [];
  const walk2 = (v, pointer, key, depth) => {
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
        const prev = i > 0 ? v[i - 1] : void 0;
        const name = typeof prev === "string" && /^--?[A-Za-z][\w-]*$/.test(prev) ? prev : key;
        const eq = typeof x === "string" ? /^(--?[A-Za-z][\w-]*)=/.exec(x) : null;
        walk2(x, `${pointer}/${i}`, eq ? eq[1] : name, depth + 1);
      });
      return;
    }
    if (isRecord(v))
      for (const k of Object.keys(v)) walk2(v[k], `${pointer}/${escapePointerSegment(k)}`, k, depth + 1);
  };
  walk2(data, "", "", 0);
  return hits;
}
function invisibleIn(data) {
  const out = [];
  const walk2 = (v, pointer, depth) => {
    if (depth > 64 || out.length >= 20) return;
    if (typeof v === "string") {
      const c = invisibleChar(v);
      if (c) out.push({ pointer, char: c, where: visible(pointer) || "/" });
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk2(x, `${pointer}/${i}`, depth + 1));
    else if (isRecord(v)) {
      for (const k of Object.keys(v)) {
        const p = `${pointer}/${escapePointerSegment(k)}`;
        const c = invisibleChar(k);
        if (c) out.push({ pointer: p, char: c, where: `the key of ${visible(p)}` });
        walk2(v[k], p, depth + 1);
      }
    }
  };
  walk2(data, "", 0);
  return out;
}

// src/sources/model.ts
function emptyConfig(format, host, file) {
  return {
    format,
    host,
    file,
    servers: [],
    allow: [],
    ask: [],
    deny: [],
    posture: [],
    env: [],
    hooks: [],
    trustAll: [],
    directories: [],
    personal: false
  };
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}

// src/sources/packages.ts
var RUNNERS = /* @__PURE__ */ new Map([
  [
    "npx",
    {
      ecosystem: "npm",
      valued: ["--registry", "--cache", "--userconfig", "-c", "--call", "--node-options"],
      pkgFlag: ["-p", "--package"]
    }
  ],
  ["bunx", { ecosystem: "npm", valued: ["--registry", "--cwd"], pkgFlag: ["-p", "--package"] }],
  [
    "uvx",
    {
      ecosystem: "pypi",
      valued: [
        "--with",
        "--python",
        "-p",
        "--index",
        "--index-url",
        "--extra-index-url",
        "--with-requirements",
        "--directory",
        "--config-file"
      ],
      pkgFlag: ["--from"]
    }
  ],
  ["pipx", { ecosystem: "pypi", valued: ["--python", "--index-url", "--pip-args"], pkgFlag: ["--spec"] }]
]);
function packageOf(command, args, at, commandPointer) {
  const base = command.split(/[\\/]/).pop()?.replace(/\.(?:cmd|exe)$/i, "").toLowerCase() ?? "";
  let rest = args.map((a, i) => ({ a, i }));
  let runner = RUNNERS.get(base);
  if (base === "npm" && rest[0]?.a === "exec" || (base === "pnpm" || base === "yarn") && rest[0]?.a === "dlx") {
    runner = RUNNERS.get("npx");
    rest = rest.slice(1);
  } else if (base === "uv" && rest[0]?.a === "tool" && rest[1]?.a === "run") {
    runner = RUNNERS.get("uvx");
    rest = rest.slice(2);
  } else if (base === "pipx" && rest[0]?.a === "run") {
    rest = rest.slice(1);
  } else if (base === "docker" || base === "podman") {
    return imageOf(rest, at);
  }
  if (!runner) {
    if (/^(?:\.{1,2}[\\/]|\$\{workspaceFolder\})/.test(command)) {
      return { ecosystem: "other", name: command, version: "local", pointer: commandPointer };
    }
    return void 0;
  }
  let explicit;
  let first;
  for (let k = 0; k < rest.length; k++) {
    const { a } = rest[k];
    if (a === "--") {
      first ??= rest[k + 1];
      break;
    }
    if (runner.pkgFlag?.includes(a)) {
      explicit ??= rest[k + 1];
      k++;
      continue;
    }
    const eq = /^(--?[\w-]+)=(.*)$/.exec(a);
    if (eq && runner.pkgFlag?.includes(eq[1])) {
      explicit ??= { a: eq[2], i: rest[k].i };
      continue;
    }
    if (runner.valued.includes(a)) {
      k++;
      continue;
    }
    if (a.startsWith("-")) continue;
    first = rest[k];
    break;
  }
  const spec = explicit ?? first;
  if (!spec) return void 0;
  return runner.ecosystem === "npm" ? npmSpec(spec.a, at(spec.i)) : pypiSpec(spec.a, at(spec.i));
}
function npmSpec(spec, pointer) {
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  const name = at === -1 ? spec : spec.slice(0, at);
  const version = at === -1 ? void 0 : spec.slice(at + 1);
  return { ecosystem: "npm", name, ...version ? { version } : {}, pointer };
}
function pypiSpec(spec, pointer) {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?)\s*(?:(==|===|@)\s*([^\s,;]+)|([<>=!~][^;]*))?/.exec(
    spec
  );
  if (!m) return { ecosystem: "pypi", name: spec, pointer };
  const version = m[3] ?? m[4]?.trim();
  return { ecosystem: "pypi", name: m[1], ...version ? { version } : {}, pointer };
}
var DOCKER_VALUED = /* @__PURE__ */ new Set([
  "-e",
  "--env",
  "-v",
  "--volume",
  "--name",
  "-p",
  "--publish",
  "--network",
  "--net",
  "--env-file",
  "-w",
  "--workdir",
  "-u",
  "--user",
  "--entrypoint",
  "--mount",
  "--platform",
  "-l",
  "--label",
  "--cpus",
  "-m",
  "--memory",
  "--add-host",
  "--cap-add",
  "--cap-drop",
  "--device",
  "--dns",
  "-h",
  "--hostname",
  "--ipc",
  "--pid",
  "--pull",
  "--restart",
  "--runtime",
  "--security-opt",
  "--shm-size",
  "--ulimit",
  "--tmpfs",
  "--gpus"
]);
function imageOf(rest, at) {
  let k = 0;
  while (k < rest.length && (rest[k].a === "container" || rest[k].a === "run")) k++;
  for (; k < rest.length; k++) {
    const { a, i } = rest[k];
    if (DOCKER_VALUED.has(a)) {
      k++;
      continue;
    }
    if (a.startsWith("-")) continue;
    const [ref, digest] = a.split("@");
    const slash = (ref ?? "").lastIndexOf("/");
    const colon = (ref ?? "").lastIndexOf(":");
    const hasTag = colon > slash;
    const name = hasTag ? ref.slice(0, colon) : ref ?? a;
    const tag = hasTag ? ref.slice(colon + 1) : void 0;
    return {
      ecosystem: "docker",
      name,
      ...tag ? { version: tag } : {},
      ...digest ? { digest } : {},
      pointer: at(i)
    };
  }
  return void 0;
}

// src/sources/servers.ts
function readServers(map, base, fields, secrets) {
  if (!isRecord(map)) return [];
  return Object.keys(map).flatMap((name) => {
    const entry = map[name];
    if (!isRecord(entry)) return [];
    return [readServer(name, entry, `${base}/${escapePointerSegment(name)}`, fields, secrets)];
  });
}
function readServer(name, entry, pointer, fields, secrets) {
  const at = (...segs) => pointer + segs.map((s) => `/${escapePointerSegment(String(s))}`).join("");
  const command = str(entry.command);
  const args = strings(entry.args);
  let url;
  let urlField;
  let transport = "stdio";
  for (const u of fields.urls) {
    const v = str(entry[u.field]);
    if (v !== void 0) {
      url = v;
      urlField = u.field;
      transport = u.transport;
      break;
    }
  }
  const type = str(entry.type)?.toLowerCase();
  if (type === "sse") transport = "sse";
  else if (type === "http" || type === "streamable-http" || type === "streamablehttp") transport = "http";
  else if (type === "stdio" || command !== void 0 && url === void 0) transport = "stdio";
  const credentials = [];
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
        credential: true
      });
    }
  }
  if (fields.bearerEnv) {
    const v = str(entry[fields.bearerEnv]);
    if (v !== void 0) {
      credentials.push({
        name: "Authorization",
        where: "header",
        pointer: at(fields.bearerEnv),
        kind: "reference",
        ref: `env:${v}`,
        credential: true
      });
    }
  }
  if (fields.envFile) {
    const v = str(entry[fields.envFile]);
    if (v !== void 0) {
      credentials.push({
        name: v,
        where: "env-file",
        pointer: at(fields.envFile),
        kind: "reference",
        ref: `file:${v}`,
        credential: true
      });
    }
  }
  if (url !== void 0 && urlField !== void 0)
    credentials.push(...urlCredentials(url, at(urlField), secrets));
  credentials.push(...argCredentials(args, (i) => at("args", i), secrets));
  const pkg = command !== void 0 ? packageOf(command, args, (i) => at("args", i), at("command")) : void 0;
  const broadRoots = broadRootsOf(name, command, args, pkg, (i) => at("args", i));
  const autoApprove = [];
  for (const field of fields.autoApprove) {
    const list3 = entry[field];
    if (Array.isArray(list3) && list3.length > 0) {
      const tools = strings(list3);
      autoApprove.push({ pointer: at(field), what: tools.includes("*") ? "every tool" : tools.join(", ") });
    } else if (list3 === true) {
      autoApprove.push({ pointer: at(field), what: "every tool" });
    }
  }
  if (fields.trust && entry[fields.trust] === true) {
    autoApprove.push({ pointer: at(fields.trust), what: "every tool (trust: true)" });
  }
  const disabled = fields.disabled !== void 0 && entry[fields.disabled] === true || fields.enabled !== void 0 && entry[fields.enabled] === false;
  const plain = url !== void 0 && urlField !== void 0 && isPlainRemote(url) ? { pointer: at(urlField) } : void 0;
  return {
    name,
    pointer,
    transport,
    ...command !== void 0 ? { command } : {},
    args,
    ...url !== void 0 ? { url } : {},
    ...pkg ? { package: pkg } : {},
    credentials,
    ...plain ? { plainHttp: plain } : {},
    broadRoots,
    autoApprove,
    ...fields.include && Array.isArray(entry[fields.include]) ? { includeTools: strings(entry[fields.include]) } : {},
    ...fields.exclude && Array.isArray(entry[fields.exclude]) ? { excludeTools: strings(entry[fields.exclude]) } : {},
    disabled
  };
}
function argCredentials(args, at, secrets) {
  const out = [];
  args.forEach((arg, i) => {
    const prev = args[i - 1];
    const eq = /^(--?[A-Za-z][\w-]*)=(.*)$/s.exec(arg);
    if (eq) {
      const cv2 = credentialValue(eq[2], eq[1], "arg", at(i), secrets);
      if (cv2.credential) out.push(cv2);
      return;
    }
    if (prev !== void 0 && (prev === "-e" || prev === "--env")) {
      const kv = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(arg);
      if (kv) {
        const cv2 = credentialValue(kv[2], kv[1], "env", at(i), secrets);
        if (cv2.credential) out.push(cv2);
      } else if (isSecretName(arg)) {
        out.push({
          name: arg,
          where: "env",
          pointer: at(i),
          kind: "reference",
          ref: `env:${arg}`,
          credential: true
        });
      }
      return;
    }
    if (prev !== void 0 && /^--?[A-Za-z][\w-]*$/.test(prev) && isSecretName(prev) && !arg.startsWith("-")) {
      const cv2 = credentialValue(arg, prev, "arg", at(i), secrets);
      if (cv2.credential) out.push(cv2);
      return;
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(arg)) {
      out.push(...urlCredentials(arg, at(i), secrets));
      return;
    }
    const cv = credentialValue(arg, "arg", "arg", at(i), secrets);
    if (cv.kind === "inline-secret") out.push(cv);
  });
  return out;
}
var BROAD_ROOT = /^(?:\/|~\/?|\$HOME\/?|\$\{HOME\}\/?|\$\{env:HOME\}\/?|\$\{userHome\}\/?|%USERPROFILE%\\?|[A-Za-z]:[\\/]?|\/(?:home|Users|root)\/?)$/;
function broadRootsOf(name, command, args, pkg, at) {
  const out = [];
  const isFs = /filesystem/i.test(pkg?.name ?? "") || /^(?:fs|filesystem|files)$/i.test(name);
  const pkgIndex = pkg ? args.findIndex((_, i) => at(i) === pkg.pointer) : -1;
  args.forEach((arg, i) => {
    const prev = args[i - 1];
    if ((prev === "-v" || prev === "--volume") && pkg?.ecosystem === "docker") {
      const source = arg.split(":")[0] ?? "";
      if (BROAD_ROOT.test(source) || arg.startsWith("/:") && source === "")
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
  if (command !== void 0 && isFs && pkg === void 0) return out;
  return out;
}
var LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1|0\.0\.0\.0|host\.docker\.internal)$/i;
function isPlainRemote(url) {
  const m = /^http:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url.trim());
  if (!m) return false;
  const host = m[1] ?? "";
  if (host === "" || host.includes("$") || host.includes("{")) return false;
  return !LOOPBACK.test(host) && !host.toLowerCase().endsWith(".localhost");
}

// src/sources/mcp/read.ts
var MCP_FIELDS = {
  urls: [
    { field: "url", transport: "http" },
    { field: "serverUrl", transport: "http" }
  ],
  headers: ["headers"],
  autoApprove: ["alwaysAllow", "autoApprove"],
  disabled: "disabled",
  envFile: "envFile"
};
function readMcpServers(data, format, host, file, key, secrets) {
  if (!isRecord(data) || !isRecord(data[key])) return void 0;
  const config = emptyConfig(format, host, file);
  config.servers = readServers(data[key], `/${key}`, MCP_FIELDS, secrets);
  return config;
}
function readVscode(data, file, secrets) {
  const config = readMcpServers(data, "vscode-mcp", "vscode", file, "servers", secrets);
  if (!config || !isRecord(data)) return config;
  const inputs = Array.isArray(data.inputs) ? data.inputs.filter(isRecord) : [];
  const passwordInputs = new Set(inputs.filter((i) => i.password === true).map((i) => String(i.id)));
  for (const server of config.servers) {
    for (const c of server.credentials) {
      if (c.ref?.startsWith("input:") && !passwordInputs.has(c.ref.slice("input:".length))) {
        c.ref = `${c.ref} (not a password input)`;
      }
    }
  }
  return config;
}

// src/sources/claude/rules.ts
var RISKY_COMMANDS = /* @__PURE__ */ new Set([
  "curl",
  "wget",
  "sudo",
  "su",
  "doas",
  "ssh",
  "scp",
  "rsync",
  "nc",
  "ncat",
  "netcat",
  "telnet",
  "bash",
  "sh",
  "zsh",
  "fish",
  "eval",
  "exec",
  "python",
  "python3",
  "node",
  "perl",
  "ruby",
  "php",
  "deno",
  "bun",
  "powershell",
  "pwsh",
  "chmod",
  "chown",
  "dd",
  "mkfs",
  "rm",
  "kubectl",
  "terraform",
  "aws",
  "gcloud",
  "az",
  "docker",
  "env",
  "xargs",
  "find",
  "git push",
  "npx",
  "npm publish"
]);
var FILE_TOOLS = /* @__PURE__ */ new Set(["Read", "Edit", "Write", "MultiEdit", "NotebookEdit", "Glob", "Grep", "LS"]);
function parseRule(rule, pointer, list3) {
  const m = /^\s*([A-Za-z_][\w-]*)\s*(?:\((.*)\))?\s*$/s.exec(rule);
  const tool = m?.[1] ?? rule.trim();
  const specifier = m?.[2]?.trim();
  const base = { rule, tool, ...specifier !== void 0 ? { specifier } : {}, pointer };
  const { resource, actions, category } = meaning(tool, specifier);
  const broad = list3 === "allow" ? broadness(tool, specifier) : void 0;
  return { ...base, resource, actions, category, ...broad ? { broad } : {} };
}
function meaning(tool, spec) {
  if (tool === "Bash")
    return { resource: `shell:${spec ?? "*"}`, actions: ["execute"], category: "code-execution" };
  if (tool === "WebFetch") {
    const domain = spec?.startsWith("domain:") ? spec.slice("domain:".length) : spec ?? "*";
    return { resource: `https://${domain}/*`, actions: ["read"], category: "external-api" };
  }
  if (tool === "WebSearch") return { resource: "web-search:*", actions: ["read"], category: "external-api" };
  if (tool.startsWith("mcp__")) {
    const [, server, name] = /^mcp__([^_]+(?:_[^_]+)*?)(?:__(.*))?$/.exec(tool) ?? [];
    return {
      resource: `mcp://${server ?? tool}/${name ?? "*"}`,
      actions: ["execute"],
      category: "external-api"
    };
  }
  if (FILE_TOOLS.has(tool)) {
    const write = tool === "Edit" || tool === "Write" || tool === "MultiEdit" || tool === "NotebookEdit";
    return { resource: `file:${spec ?? "**"}`, actions: [write ? "write" : "read"], category: "filesystem" };
  }
  return {
    resource: `tool:${tool}${spec !== void 0 ? `(${spec})` : ""}`,
    actions: ["execute"],
    category: "code-execution"
  };
}
function broadness(tool, spec) {
  const any = spec === void 0 || spec === "" || spec === "*" || spec === ":*" || spec === "**";
  if (tool === "Bash") {
    if (any) return "any shell command";
    const words = spec.replace(/:\*$|\s\*$|\*$/, "").trim();
    const first = words.split(/\s+/)[0] ?? "";
    if (RISKY_COMMANDS.has(words) || RISKY_COMMANDS.has(first)) {
      return `any '${words}' command (network, privilege or arbitrary code)`;
    }
    return void 0;
  }
  if (tool === "WebFetch") return any ? "fetching from any domain" : void 0;
  if (FILE_TOOLS.has(tool) && tool !== "Read" && tool !== "Glob" && tool !== "Grep" && tool !== "LS") {
    if (any) return `${tool.toLowerCase()} anywhere`;
    const path = spec.replace(/^\/\//, "/");
    if (/^(?:\/|~\/?|\$HOME\/?)\*\*?$|^\/$|^~$/.test(path))
      return `${tool.toLowerCase()} to the whole disk or home folder`;
    return void 0;
  }
  if (tool.startsWith("mcp__") && !tool.slice(5).includes("__")) return void 0;
  return void 0;
}

// src/sources/claude/settings.ts
function readClaudeSettings(data, file, secrets) {
  if (!isRecord(data)) return void 0;
  const known = [
    "permissions",
    "hooks",
    "env",
    "enableAllProjectMcpServers",
    "enabledMcpjsonServers",
    "mcpServers",
    "apiKeyHelper"
  ];
  if (!known.some((k) => data[k] !== void 0)) return void 0;
  const config = emptyConfig("claude-code-settings", "claude-code", file);
  config.personal = /(?:^|\/)settings\.local\.json$/.test(file);
  const perms = data.permissions;
  if (isRecord(perms)) {
    for (const list3 of ["allow", "ask", "deny"]) {
      const rules = perms[list3];
      if (!Array.isArray(rules)) continue;
      const out = [];
      rules.forEach((r, i) => {
        if (typeof r === "string") out.push(parseRule(r, `/permissions/${list3}/${i}`, list3));
      });
      config[list3] = out;
    }
    const mode = str(perms.defaultMode);
    if (mode !== void 0)
      config.posture.push({ setting: "defaultMode", value: mode, pointer: "/permissions/defaultMode" });
    if (perms.disableBypassPermissionsMode !== void 0) {
      config.posture.push({
        setting: "disableBypassPermissionsMode",
        value: String(perms.disableBypassPermissionsMode),
        pointer: "/permissions/disableBypassPermissionsMode"
      });
    }
    const dirs = perms.additionalDirectories;
    if (Array.isArray(dirs)) {
      dirs.forEach((d, i) => {
        if (typeof d === "string")
          config.directories.push({ pointer: `/permissions/additionalDirectories/${i}`, path: d });
      });
    }
  }
  if (isRecord(data.hooks)) {
    for (const event of Object.keys(data.hooks)) {
      config.hooks.push({ event, pointer: `/hooks/${escapePointerSegment(event)}` });
    }
  }
  if (isRecord(data.env)) {
    for (const key of Object.keys(data.env)) {
      const v = data.env[key];
      if (typeof v !== "string") continue;
      const cv = credentialValue(v, key, "env", `/env/${escapePointerSegment(key)}`, secrets);
      if (cv.credential) config.env.push(cv);
    }
  }
  if (data.enableAllProjectMcpServers === true) {
    config.trustAll.push({ pointer: "/enableAllProjectMcpServers", setting: "enableAllProjectMcpServers" });
  }
  config.servers = readServers(
    data.mcpServers,
    "/mcpServers",
    {
      urls: [{ field: "url", transport: "http" }],
      headers: ["headers"],
      autoApprove: ["alwaysAllow", "autoApprove"]
    },
    secrets
  );
  return config;
}

// src/sources/gemini/settings.ts
function readGeminiSettings(data, file, secrets) {
  if (!isRecord(data)) return void 0;
  const tools = isRecord(data.tools) ? data.tools : void 0;
  const general = isRecord(data.general) ? data.general : void 0;
  const security = isRecord(data.security) ? data.security : void 0;
  const posture = [
    { setting: "autoAccept", value: data.autoAccept, pointer: "/autoAccept" },
    { setting: "tools.autoAccept", value: tools?.autoAccept, pointer: "/tools/autoAccept" },
    {
      setting: "general.defaultApprovalMode",
      value: general?.defaultApprovalMode,
      pointer: "/general/defaultApprovalMode"
    },
    {
      setting: "security.disableYoloMode",
      value: security?.disableYoloMode,
      pointer: "/security/disableYoloMode"
    }
  ].filter((p) => typeof p.value === "string" || typeof p.value === "boolean");
  if (data.mcpServers === void 0 && posture.length === 0) return void 0;
  const config = emptyConfig("gemini-settings", "gemini-cli", file);
  config.servers = readServers(
    data.mcpServers,
    "/mcpServers",
    {
      urls: [
        { field: "httpUrl", transport: "http" },
        { field: "url", transport: "sse" }
      ],
      headers: ["headers"],
      autoApprove: [],
      trust: "trust",
      include: "includeTools",
      exclude: "excludeTools"
    },
    secrets
  );
  for (const p of posture)
    config.posture.push({ setting: p.setting, value: String(p.value), pointer: p.pointer });
  return config;
}

// src/sources/codex/config.ts
function readCodexConfig(data, file, secrets) {
  if (!isRecord(data)) return void 0;
  const relevant = [
    "approval_policy",
    "sandbox_mode",
    "mcp_servers",
    "profiles",
    "sandbox_workspace_write"
  ].some((k) => data[k] !== void 0);
  if (!relevant) return void 0;
  const config = emptyConfig("codex-config", "codex", file);
  const posture = (table, prefix, label2) => {
    for (const key of ["approval_policy", "sandbox_mode"]) {
      const v = str(table[key]);
      if (v !== void 0)
        config.posture.push({ setting: `${label2}${key}`, value: v, pointer: `${prefix}/${key}` });
    }
    const ws = table.sandbox_workspace_write;
    if (isRecord(ws)) {
      if (ws.network_access === true) {
        config.posture.push({
          setting: `${label2}sandbox_workspace_write.network_access`,
          value: "true",
          pointer: `${prefix}/sandbox_workspace_write/network_access`
        });
      }
      if (Array.isArray(ws.writable_roots)) {
        ws.writable_roots.forEach((r, i) => {
          if (typeof r === "string")
            config.directories.push({
              pointer: `${prefix}/sandbox_workspace_write/writable_roots/${i}`,
              path: r
            });
        });
      }
    }
  };
  posture(data, "", "");
  const mode = str(data.sandbox_mode);
  const policy = str(data.approval_policy);
  const gated = policy !== void 0 && policy !== "never";
  const at = "/sandbox_mode";
  const grant = (resource, actions, category, ask) => {
    config.allow.push({
      rule: `sandbox_mode = "${mode ?? ""}"`,
      tool: "sandbox",
      pointer: at,
      resource,
      actions,
      category
    });
    if (ask)
      config.ask.push({
        rule: `approval_policy = "${policy ?? ""}"`,
        tool: "sandbox",
        pointer: "/approval_policy",
        resource: "shell:* (outside the sandbox)",
        actions: ["execute"],
        category: "code-execution"
      });
  };
  if (mode === "read-only") grant("file:**", ["read"], "filesystem", gated);
  else if (mode === "workspace-write") grant("file:./**", ["write"], "filesystem", gated);
  else if (mode === "danger-full-access") grant("*", ["*"], "code-execution", false);
  if (isRecord(data.profiles)) {
    for (const name of Object.keys(data.profiles)) {
      const p = data.profiles[name];
      if (isRecord(p)) posture(p, `/profiles/${escapePointerSegment(name)}`, `profiles.${name}.`);
    }
  }
  config.servers = readServers(
    data.mcp_servers,
    "/mcp_servers",
    {
      urls: [{ field: "url", transport: "http" }],
      headers: ["http_headers"],
      envHeaders: ["env_http_headers"],
      bearerEnv: "bearer_token_env_var",
      autoApprove: [],
      include: "enabled_tools",
      exclude: "disabled_tools",
      enabled: "enabled"
    },
    secrets
  );
  return config;
}

// src/sources/a2a/card.ts
function readAgentCard(data, file) {
  if (!isRecord(data) || typeof data.name !== "string") return void 0;
  if (data.url === void 0 && data.skills === void 0 && data.capabilities === void 0)
    return void 0;
  const config = emptyConfig("a2a-card", "a2a", file);
  const url = str(data.url);
  const schemes = isRecord(data.securitySchemes) ? Object.keys(data.securitySchemes).map((name) => {
    const s = data.securitySchemes[name];
    const type = isRecord(s) ? str(s.type) : void 0;
    return {
      name,
      ...type !== void 0 ? { type } : {},
      pointer: `/securitySchemes/${escapePointerSegment(name)}`
    };
  }) : [];
  const provider = isRecord(data.provider) ? data.provider : void 0;
  const organization = provider ? str(provider.organization)?.trim() : void 0;
  const skills = Array.isArray(data.skills) ? data.skills.map((s, i) => {
    const r = isRecord(s) ? s : {};
    const id = str(r.id);
    const name = str(r.name);
    return {
      ...id !== void 0 ? { id } : {},
      ...name !== void 0 ? { name } : {},
      pointer: `/skills/${i}`
    };
  }) : [];
  const version = str(data.version);
  config.card = {
    name: data.name,
    ...url !== void 0 ? { url } : {},
    urlPointer: "/url",
    plainHttp: url !== void 0 && isPlainRemote(url),
    ...organization ? { organization } : {},
    schemes,
    securityRequired: Array.isArray(data.security) && data.security.length > 0,
    signed: Array.isArray(data.signatures) && data.signatures.length > 0,
    skills,
    ...version !== void 0 ? { version } : {}
  };
  return config;
}

// src/sources/formats.ts
var FORMATS = [
  {
    id: "claude-code-mcp",
    host: "claude-code",
    label: "Claude Code",
    path: /(?:^|\/)\.mcp\.json$/,
    globs: ["**/.mcp.json"],
    // Claude Code reads .mcp.json with JSON.parse
    dialect: "json",
    suffix: "mcp",
    nested: false,
    docs: "https://code.claude.com/docs/en/mcp",
    read: (d, f, s) => readMcpServers(d, "claude-code-mcp", "claude-code", f, "mcpServers", s)
  },
  {
    id: "claude-code-settings",
    host: "claude-code",
    label: "Claude Code",
    path: /(?:^|\/)\.claude\/settings(?:\.local)?\.json$/,
    globs: ["**/.claude/settings.json", "**/.claude/settings.local.json"],
    dialect: "json",
    suffix: "",
    nested: true,
    docs: "https://code.claude.com/docs/en/settings",
    read: readClaudeSettings
  },
  {
    id: "cursor-mcp",
    host: "cursor",
    label: "Cursor",
    path: /(?:^|\/)\.cursor\/mcp\.json$/,
    globs: ["**/.cursor/mcp.json"],
    // Cursor is built on VS Code's JSON reader, which accepts comments and trailing commas
    dialect: "jsonc",
    suffix: "",
    nested: true,
    docs: "https://cursor.com/docs/context/mcp",
    read: (d, f, s) => readMcpServers(d, "cursor-mcp", "cursor", f, "mcpServers", s)
  },
  {
    id: "vscode-mcp",
    host: "vscode",
    label: "VS Code",
    path: /(?:^|\/)\.vscode\/mcp\.json$/,
    globs: ["**/.vscode/mcp.json"],
    dialect: "jsonc",
    suffix: "",
    nested: true,
    docs: "https://code.visualstudio.com/docs/copilot/reference/mcp-configuration",
    read: readVscode
  },
  {
    id: "claude-desktop",
    host: "claude-desktop",
    label: "Claude Desktop",
    path: /(?:^|\/)claude_desktop_config\.json$/,
    globs: ["**/claude_desktop_config.json"],
    dialect: "json",
    suffix: "",
    nested: false,
    docs: "https://modelcontextprotocol.io/quickstart/user",
    read: (d, f, s) => readMcpServers(d, "claude-desktop", "claude-desktop", f, "mcpServers", s)
  },
  {
    id: "gemini-settings",
    host: "gemini-cli",
    label: "Gemini CLI",
    path: /(?:^|\/)\.gemini\/settings\.json$/,
    globs: ["**/.gemini/settings.json"],
    // Gemini CLI strips comments before parsing (strip-json-comments)
    dialect: "jsonc",
    suffix: "",
    nested: true,
    docs: "https://github.com/google-gemini/gemini-cli/blob/main/docs/tools/mcp-server.md",
    read: readGeminiSettings
  },
  {
    id: "codex-config",
    host: "codex",
    label: "Codex",
    path: /(?:^|\/)\.codex\/config\.toml$/,
    globs: ["**/.codex/config.toml"],
    dialect: "toml",
    suffix: "",
    nested: true,
    docs: "https://developers.openai.com/codex/config-reference/",
    read: readCodexConfig
  },
  {
    id: "a2a-card",
    host: "a2a",
    label: "A2A agent card",
    path: /(?:^|\/)\.well-known\/agent(?:-card)?\.json$/,
    globs: ["**/.well-known/agent-card.json", "**/.well-known/agent.json"],
    dialect: "json",
    suffix: "",
    nested: true,
    docs: "https://a2a-protocol.org/latest/specification/",
    read: (d, f) => readAgentCard(d, f)
  }
];
var NATIVE_GLOBS = FORMATS.flatMap((f) => f.globs);
function formatOf(file) {
  const posix6 = file.replace(/\\/g, "/");
  return FORMATS.find((f) => f.path.test(posix6));
}
function projectFolder(file, format) {
  const parts = file.replace(/\\/g, "/").split("/");
  parts.pop();
  if (format.nested) parts.pop();
  return parts.join("/");
}

// src/sources/text/jsonc.ts
var MESSAGES = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "a property name in double quotes is expected",
  ValueExpected: "a value is expected",
  ColonExpected: "':' is expected",
  CommaExpected: "',' is expected",
  CloseBraceExpected: "'}' is expected",
  CloseBracketExpected: "']' is expected",
  EndOfFileExpected: "end of input is expected",
  InvalidCommentToken: "comments are not allowed in this file (the host reads it as strict JSON)",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid \\u escape in string",
  InvalidEscapeCharacter: "invalid escape in string",
  InvalidCharacter: "control character in string (escape it)"
};
var Fault = class extends Error {
  constructor(fault) {
    super(fault.message);
    this.fault = fault;
  }
  fault;
};
function parseJsonText(text2, opts) {
  const errors = [];
  const root = jsoncParser().parseTree(text2, errors, {
    disallowComments: !opts.comments,
    allowTrailingComma: opts.comments,
    allowEmptyContent: false
  });
  const first = errors[0];
  if (first) {
    const code = jsoncParser().printParseErrorCode(first.error);
    const before = text2.slice(0, first.offset).trimEnd();
    if ((code === "PropertyNameExpected" || code === "ValueExpected") && before.endsWith(",")) {
      const comma = before.length - 1;
      return {
        fault: {
          start: comma,
          end: comma + 1,
          message: "trailing comma is not allowed (the host reads this file as strict JSON)"
        }
      };
    }
    return {
      fault: {
        start: first.offset,
        end: first.offset + Math.max(first.length, 1),
        message: MESSAGES[code] ?? "invalid JSON"
      }
    };
  }
  if (!root) return { fault: { start: 0, end: 1, message: "empty file" } };
  const ranges = /* @__PURE__ */ new Map();
  try {
    const data = build(root, "", void 0, 0, ranges);
    return { tree: { data, ranges, lines: new LineIndex(text2) } };
  } catch (e) {
    if (e instanceof Fault) return { fault: e.fault };
    throw e;
  }
}
function build(node, pointer, key, depth, ranges) {
  if (depth > MAX_NATIVE_DEPTH) {
    throw new Fault({
      start: node.offset,
      end: node.offset + 1,
      message: `nested deeper than ${MAX_NATIVE_DEPTH} levels`
    });
  }
  ranges.set(pointer, {
    value: [node.offset, node.offset + node.length],
    ...key ? { key: [key.offset, key.offset + key.length] } : {}
  });
  if (node.type === "object") {
    const out = {};
    for (const prop of node.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (!k || typeof k.value !== "string") continue;
      const name = k.value;
      if (Object.hasOwn(out, name)) {
        const shown = name.length <= 64 && !/[\s"]/.test(name) ? `"${name}"` : "";
        throw new Fault({
          start: k.offset,
          end: k.offset + k.length,
          message: `duplicate key ${shown}`.trim() + " (the host keeps only the last one)"
        });
      }
      const child2 = `${pointer}/${escapePointerSegment(name)}`;
      setOwn(out, name, v ? build(v, child2, k, depth + 1, ranges) : null);
    }
    return out;
  }
  if (node.type === "array") {
    return (node.children ?? []).map(
      (item, i) => build(item, `${pointer}/${i}`, void 0, depth + 1, ranges)
    );
  }
  return node.value;
}

// src/sources/text/toml.ts
function parseTomlText(text2) {
  let ast;
  try {
    ast = tomlParser().parseTOML(text2);
  } catch (e) {
    const err = e;
    let at = typeof err.index === "number" ? Math.min(err.index, text2.length) : 0;
    while (at > 0 && (text2[at - 1] === "\n" || text2[at - 1] === "\r") && (at === text2.length || /[\r\n]/.test(text2[at] ?? "")))
      at--;
    return { fault: { start: at, end: at + 1, message: collapsed(err.message ?? "invalid TOML") } };
  }
  const ranges = /* @__PURE__ */ new Map();
  const root = {};
  const top = ast.body[0];
  ranges.set("", { value: [0, text2.length] });
  const lines = new LineIndex(text2);
  if (!top) return { tree: { data: root, ranges, lines } };
  const source = (node) => text2.slice(node.range[0], node.range[1]);
  const keyName = (k) => k.type === "TOMLBare" ? k.name : k.value;
  const descend = (base, basePointer, keys, keyRanges) => {
    let obj3 = base;
    let pointer = basePointer;
    keys.forEach((k, i) => {
      if (typeof k === "number") {
        const list3 = obj3;
        obj3 = list3[k];
        pointer = `${pointer}/${k}`;
        return;
      }
      pointer = `${pointer}/${escapePointerSegment(k)}`;
      const next = Object.hasOwn(obj3, k) ? obj3[k] : void 0;
      const peek = keys[i + 1];
      if (next === void 0) {
        const created = typeof peek === "number" ? [] : {};
        setOwn(obj3, k, created);
        const r = keyRanges[i];
        if (r && !ranges.has(pointer)) ranges.set(pointer, { value: r, key: r });
        obj3 = created;
      } else {
        obj3 = next;
      }
    });
    return { obj: obj3, pointer };
  };
  const value = (node, pointer, depth, key) => {
    if (depth > MAX_NATIVE_DEPTH) return null;
    ranges.set(pointer, { value: node.range, ...key ? { key } : {} });
    if (node.type === "TOMLArray") {
      return node.elements.map((el, i) => value(el, `${pointer}/${i}`, depth + 1));
    }
    if (node.type === "TOMLInlineTable") {
      const out = {};
      for (const kv of node.body) keyValue(out, pointer, kv, depth + 1);
      return out;
    }
    if (node.kind === "string" || node.kind === "boolean") return node.value;
    if (node.kind === "integer" || node.kind === "float") {
      return typeof node.value === "number" && Number.isSafeInteger(node.value) ? node.value : source(node);
    }
    return source(node);
  };
  const keyValue = (obj3, pointer, kv, depth) => {
    const keys = kv.key.keys.map(keyName);
    const last = keys.pop();
    const target = descend(
      obj3,
      pointer,
      keys,
      kv.key.keys.map((k) => k.range)
    );
    const child2 = `${target.pointer}/${escapePointerSegment(last)}`;
    const lastKey = kv.key.keys[kv.key.keys.length - 1];
    setOwn(target.obj, last, value(kv.value, child2, depth, lastKey.range));
  };
  for (const item of top.body) {
    if (item.type === "TOMLKeyValue") {
      keyValue(root, "", item, 1);
      continue;
    }
    const path = item.resolvedKey;
    const headerRange = item.key.range;
    let table;
    if (item.kind === "array") {
      const parentPath = path.slice(0, -1);
      const index = path[path.length - 1];
      const holder = descend(
        root,
        "",
        parentPath.slice(0, -1),
        parentPath.map(() => headerRange)
      );
      const name = parentPath[parentPath.length - 1];
      const listPointer = `${holder.pointer}/${escapePointerSegment(name)}`;
      let list3 = Object.hasOwn(holder.obj, name) ? holder.obj[name] : void 0;
      if (!Array.isArray(list3)) {
        list3 = [];
        setOwn(holder.obj, name, list3);
        ranges.set(listPointer, { value: headerRange, key: headerRange });
      }
      const entry = {};
      list3[index] = entry;
      const pointer = `${listPointer}/${index}`;
      ranges.set(pointer, { value: item.range });
      table = { obj: entry, pointer };
    } else {
      table = descend(
        root,
        "",
        path,
        path.map(() => headerRange)
      );
      ranges.set(table.pointer, { value: item.range, key: headerRange });
    }
    for (const kv of item.body) keyValue(table.obj, table.pointer, kv, 2);
  }
  return { tree: { data: root, ranges, lines } };
}
function collapsed(message) {
  return boundedLine(message.replace(/\s+/g, " ").trim(), 200);
}

// src/sources/load.ts
function isNativeFile(file) {
  return formatOf(file) !== void 0;
}
function loadNative(file, text2) {
  const format = formatOf(file);
  if (!format) return void 0;
  const source = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  if (source.trim() === "") return { agents: [], errors: [], skipped: "empty file" };
  const parsed = format.dialect === "toml" ? parseTomlText(source) : parseJsonText(source, { comments: format.dialect === "jsonc" });
  if ("fault" in parsed) {
    const lines = new LineIndex(source);
    const a = lines.position(parsed.fault.start);
    const b = lines.position(Math.max(parsed.fault.end, parsed.fault.start + 1));
    const found = scanString(parsed.fault.message).map(([, v]) => v);
    const message = `${format.label} config: ${found.length > 0 ? redactText(parsed.fault.message, found) : parsed.fault.message}`;
    return {
      agents: [],
      errors: [{ file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, message }]
    };
  }
  const secrets = [];
  const config = format.read(parsed.tree.data, file, secrets);
  if (!config)
    return { agents: [], errors: [], skipped: `not a ${format.label} config (none of the fields it reads)` };
  return {
    agents: [buildAgent(config, format, parsed.tree, implicitName(file, format), secrets)],
    errors: []
  };
}
function implicitName(file, format) {
  const folder = projectFolder(file, format);
  const local = /settings\.local\.json$/.test(file) ? "local" : "";
  const head = [format.host, format.suffix, local].filter(Boolean).join("-");
  const tail = slug(folder);
  const name = tail ? `${head}-${tail}` : head;
  if (name.length <= 63) return name;
  const keep = 63 - head.length - 10;
  return `${head}-${tail.slice(0, Math.max(keep, 0)).replace(/-+$/, "")}-${hash(folder)}`;
}
function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}

// src/sources/disk.ts
import { realpath as realpath2 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2, sep } from "node:path";

// src/sources/codeowners.ts
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function parseCodeowners(file, text2) {
  const rules = [];
  text2.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (line === "") return;
    const [pattern, ...owners] = line.split(/\s+/);
    if (!pattern) return;
    const match = matcher(pattern);
    if (match) rules.push({ line: i + 1, pattern, owners, match });
  });
  return { file, rules };
}
function matcher(pattern) {
  if (pattern.startsWith("!")) return void 0;
  const text2 = pattern.replace(/^\\#/, "#");
  if (/^\/+$/.test(text2)) return () => true;
  const rule = compilePattern(text2, { nocase: false, brackets: false });
  if (!rule) return void 0;
  const ownFilesOnly = !rule.dirOnly && /(^|\/)\*$/.test(text2);
  return (path) => {
    const names = path.split("/");
    if (patternMatches(rule, names, false)) return true;
    if (ownFilesOnly) return false;
    for (let k = names.length - 1; k >= 1; k--)
      if (patternMatches(rule, names.slice(0, k), true)) return true;
    return false;
  };
}
function ownersOf(co, path) {
  for (let i = co.rules.length - 1; i >= 0; i--) {
    const r = co.rules[i];
    if (r.match(path)) return r.owners.length > 0 ? { owners: r.owners, line: r.line } : void 0;
  }
  return void 0;
}
function manifestOwner(owner) {
  const team = /^@([A-Za-z0-9-]+\/[A-Za-z0-9._-]+)$/.exec(owner);
  return team ? `team:${team[1]}` : owner;
}
function applyOwners(agents, co) {
  if (!co) return [...agents];
  return agents.map((a) => {
    const metadata = a.data.metadata;
    const meta = typeof metadata === "object" && metadata !== null && !Array.isArray(metadata) ? metadata : void 0;
    if (!meta || typeof meta.owner === "string" && meta.owner.trim() !== "") return a;
    const found = ownersOf(co, a.doc.file);
    if (!found) return a;
    const owner = manifestOwner(found.owners[0]);
    const copy = { ...a, data: { ...a.data, metadata: { ...meta, owner } } };
    copy.ownerSource = `CODEOWNERS (${co.file}:${found.line})`;
    return copy;
  });
}

// src/sources/overlay.ts
import { posix } from "node:path";
var MERGED_LISTS = ["tools", "credentials", "permissions", "approvals"];
var NATIVE_LISTS = [
  "servers",
  "posture_settings",
  "broad_allow",
  "trust_all",
  "hooks",
  "directories",
  "invisible",
  "personal_files"
];
function sourcePaths(agent) {
  const list3 = agent.data.sources;
  if (!Array.isArray(list3)) return [];
  const out = [];
  list3.forEach((entry, index) => {
    if (typeof entry !== "string" || entry.trim() === "") return;
    out.push({ index, path: resolveSource(agent.doc.file, entry.trim()) });
  });
  return out;
}
var ABSOLUTE = /^(?:\/|[A-Za-z]:)/;
function resolveSource(manifestFile, entry) {
  const e = entry.replace(/\\/g, "/");
  if (ABSOLUTE.test(e)) return posix.normalize(e);
  const joined = /^\.\.?\//.test(e) ? posix.join(posix.dirname(manifestFile), e) : posix.normalize(e.replace(/^\/+/, ""));
  return joined.replace(/^\.\//, "");
}
function applySources(agents, input) {
  const natives = /* @__PURE__ */ new Map();
  for (const a of agents) if (isNativeAgent(a)) natives.set(a.doc.file, a);
  const claims = /* @__PURE__ */ new Map();
  const claimers = agents.filter((a) => !isNativeAgent(a) && sourcePaths(a).length > 0);
  if (claimers.length === 0) return [...agents];
  for (const m of claimers) {
    for (const { path } of sourcePaths(m)) {
      const list3 = claims.get(path) ?? [];
      if (!list3.includes(m)) list3.push(m);
      claims.set(path, list3);
    }
  }
  const claimed = /* @__PURE__ */ new Set();
  const merged = /* @__PURE__ */ new Map();
  for (const m of claimers) {
    const facts = [];
    const mine = [];
    for (const { index, path } of sourcePaths(m)) {
      const others = (claims.get(path) ?? []).filter((o) => o !== m).map((o) => o.name ?? o.doc.file);
      const native = natives.get(path);
      const status = others.length > 0 ? "claimed-twice" : native ? "ok" : path === ".." || path.startsWith("../") || ABSOLUTE.test(path) || input.outside?.has(path) ? "outside" : input.readFiles.has(path) ? "not-agent-config" : "missing";
      facts.push({ path, index, status, others });
      if (native && claims.get(path)?.[0] === m && !mine.includes(native)) {
        mine.push(native);
        claimed.add(path);
      }
    }
    merged.set(m, mergeInto(m, mine, facts));
  }
  return agents.filter((a) => !(isNativeAgent(a) && claimed.has(a.doc.file))).map((a) => merged.get(a) ?? a);
}
function mergeInto(m, sources, facts) {
  const data = { ...m.data };
  const origins = /* @__PURE__ */ new Map();
  const lists = {};
  for (const key of MERGED_LISTS)
    lists[key] = Array.isArray(m.data[key]) ? [...m.data[key]] : [];
  const native = {
    implicit: false,
    format: sources.map((s) => s.source.format).join(", "),
    host: [...new Set(sources.map((s) => s.source.host))].join(", "),
    file: sources.map((s) => s.doc.file).join(", "),
    posture: {},
    deny: [],
    configs: [],
    sources: facts
  };
  for (const key of NATIVE_LISTS) native[key] = [];
  const secrets = [...m.secrets];
  const redact = [...m.redact];
  sources.forEach((s, k) => {
    const sd = s.data;
    const sn = sd.native;
    const offsets = {};
    for (const key of MERGED_LISTS) {
      offsets[key] = lists[key].length;
      if (Array.isArray(sd[key])) lists[key].push(...sd[key]);
    }
    for (const key of NATIVE_LISTS) {
      offsets[`native.${key}`] = native[key].length;
      if (Array.isArray(sn[key])) native[key].push(...sn[key]);
    }
    Object.assign(native.posture, sn.posture);
    native.deny.push(...sn.deny ?? []);
    native.configs.push(sn.config);
    if (sn.card !== void 0 && native.card === void 0) native.card = sn.card;
    const shift = (p) => shiftPointer(p, offsets, k);
    for (const [synth, nat] of s.origins) {
      const to = shift(synth);
      if (to !== void 0) origins.set(to, { native: s, pointer: nat });
    }
    origins.set(`/native/configs/${k}`, { native: s, pointer: "" });
    for (const hit of s.secrets) {
      const to = shift(hit.pointer);
      if (to !== void 0) secrets.push({ pointer: to, kind: hit.kind });
    }
    redact.push(...s.redact);
  });
  for (const key of MERGED_LISTS) if (lists[key].length > 0) data[key] = lists[key];
  data.native = native;
  const resolve4 = (pointer) => {
    const segments = pointerSegments(pointer);
    if (!segments) return void 0;
    for (let i = segments.length; i > 0; i--) {
      const prefix = joinPointer(segments.slice(0, i));
      const hit = origins.get(prefix);
      if (!hit) continue;
      const rest = /^\/native\/configs\/\d+$/.test(prefix) ? joinPointer(segments.slice(i)) : "";
      return { file: hit.native.doc.file, span: locateIn(hit.native.tree, hit.pointer + rest) };
    }
    return void 0;
  };
  const doc = {
    ...m.doc,
    // `native.sources` findings point at the manifest's own `sources:` entry
    locate: (pointer) => {
      const s = /^\/native\/sources\/(\d+)/.exec(pointer);
      const entry = s ? facts[Number(s[1])] : void 0;
      return m.doc.locate(entry ? `/sources/${String(entry.index)}` : pointer);
    },
    resolve: resolve4
  };
  return {
    ...m,
    doc,
    data,
    secrets,
    redact: [...new Set(redact)],
    source: {
      format: native.format,
      host: native.host,
      files: sources.map((s) => s.doc.file),
      implicit: false
    }
  };
}
function shiftPointer(pointer, offsets, k) {
  const segs = pointerSegments(pointer);
  if (!segs || segs.length === 0) return void 0;
  const [a, b, c, ...rest] = segs;
  if (MERGED_LISTS.includes(a) && b !== void 0 && /^\d+$/.test(b)) {
    return joinPointer([a, String(Number(b) + (offsets[a] ?? 0)), ...c !== void 0 ? [c] : [], ...rest]);
  }
  if (a !== "native" || b === void 0) return void 0;
  if (pointer === CONFIG_POINTER || pointer.startsWith(`${CONFIG_POINTER}/`)) {
    return joinPointer(["native", "configs", String(k), ...segs.slice(2)]);
  }
  if (NATIVE_LISTS.includes(b) && c !== void 0 && /^\d+$/.test(c)) {
    return joinPointer(["native", b, String(Number(c) + (offsets[`native.${b}`] ?? 0)), ...rest]);
  }
  if (b === "posture" || b === "card") return pointer;
  return void 0;
}

// src/sources/disk.ts
async function readSourcesAndOwners(root, agents, discovered, opts) {
  const read = new Set(discovered.map((f) => f.file));
  const all = [...agents];
  const errors = [];
  const outside = /* @__PURE__ */ new Set();
  const wanted = /* @__PURE__ */ new Set();
  for (const a of agents) if (!isNativeAgent(a)) for (const s of sourcePaths(a)) wanted.add(s.path);
  for (const path of [...wanted].sort()) {
    if (read.has(path)) continue;
    const abs = await inside(root, path);
    if (abs === OUTSIDE) outside.add(path);
    if (abs === void 0 || abs === OUTSIDE) continue;
    const text2 = await readSource({ file: path, absPath: abs }, opts);
    if ("error" in text2) continue;
    read.add(path);
    const native = loadNative(path, text2.text);
    if (native) {
      all.push(...native.agents);
      errors.push(...native.errors);
    }
  }
  const merged = applySources(all, { readFiles: read, outside });
  return { agents: applyOwners(merged, await readCodeowners(root, opts)), errors };
}
async function readCodeowners(root, opts) {
  for (const path of CODEOWNERS_PATHS) {
    const abs = await inside(root, path);
    if (abs === void 0 || abs === OUTSIDE) continue;
    const text2 = await readSource({ file: path, absPath: abs }, opts);
    if ("text" in text2) return parseCodeowners(path, text2.text);
  }
  return void 0;
}
var OUTSIDE = /* @__PURE__ */ Symbol("outside");
async function inside(root, path) {
  if (isAbsolute2(path) || path === ".." || path.startsWith("../")) return OUTSIDE;
  const abs = resolve2(root, path);
  try {
    const [realRoot, real] = await Promise.all([realpath2(root), realpath2(abs)]);
    const rel = relative2(realRoot, real);
    if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute2(rel)) return OUTSIDE;
    return abs;
  } catch {
    return void 0;
  }
}

// src/discovery/catalog.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// src/util/linear-regexp-parse.ts
var MAX_PATTERN_PROGRAM = 2e3;
var PatternError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var Assertion = { LineStart: 0, LineEnd: 1, WordBoundary: 2, NotWordBoundary: 3 };
var DIGIT = [[48, 57]];
var WORD = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122]
];
var SPACE = [
  [9, 13],
  [32, 32],
  [160, 160],
  [5760, 5760],
  [8192, 8202],
  [8232, 8233],
  [8239, 8239],
  [8287, 8287],
  [12288, 12288],
  [65279, 65279]
];
var LINE_TERMINATORS = [
  [10, 10],
  [13, 13],
  [8232, 8233]
];
var CLASS_ESCAPES = /* @__PURE__ */ new Map([
  ["d", { ranges: DIGIT, neg: false }],
  ["D", { ranges: DIGIT, neg: true }],
  ["w", { ranges: WORD, neg: false }],
  ["W", { ranges: WORD, neg: true }],
  ["s", { ranges: SPACE, neg: false }],
  ["S", { ranges: SPACE, neg: true }]
]);
var CONTROL_ESCAPES = /* @__PURE__ */ new Map([
  ["t", 9],
  ["n", 10],
  ["v", 11],
  ["f", 12],
  ["r", 13]
]);
var inRanges = (ranges, c) => ranges.some(([lo, hi]) => c >= lo && c <= hi);
var single = (c) => ({ parts: [{ ranges: [[c, c]], neg: false }], neg: false });
var Parser = class {
  constructor(src) {
    this.src = src;
  }
  src;
  i = 0;
  parse() {
    const node = this.alternation();
    if (this.i < this.src.length) throw this.fail("unbalanced ')'");
    return node;
  }
  fail(message, at = this.i) {
    return new PatternError(message, at);
  }
  alternation() {
    const items = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      items.push(this.sequence());
    }
    return items.length === 1 ? items[0] : { t: "alt", items };
  }
  sequence() {
    const items = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const start2 = this.i;
      const atom = this.atom();
      const q = this.quantifier();
      if (!q) items.push(atom);
      else if (atom.t === "assert") throw this.fail("nothing to repeat", start2);
      else items.push({ t: "rep", node: atom, ...q });
    }
    return { t: "cat", items };
  }
  quantifier() {
    const c = this.src[this.i];
    let q;
    if (c === "*") q = { min: 0, max: Infinity };
    else if (c === "+") q = { min: 1, max: Infinity };
    else if (c === "?") q = { min: 0, max: 1 };
    if (q) this.i++;
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return void 0;
      const min = Number(m[1]);
      const max = m[2] === void 0 ? min : m[3] === "" ? Infinity : Number(m[3]);
      if (max < min) throw this.fail("numbers out of order in {} quantifier");
      if (Math.max(min, max === Infinity ? 0 : max) > MAX_PATTERN_PROGRAM)
        throw this.fail(`a count over ${MAX_PATTERN_PROGRAM} in {} quantifier`);
      q = { min, max };
      this.i += m[0].length;
    } else return void 0;
    if (this.src[this.i] === "?") this.i++;
    return q;
  }
  atom() {
    const start2 = this.i;
    const c = this.src[this.i++];
    switch (c) {
      case "^":
        return { t: "assert", kind: Assertion.LineStart };
      case "$":
        return { t: "assert", kind: Assertion.LineEnd };
      case ".":
        return { t: "set", set: { parts: [{ ranges: LINE_TERMINATORS, neg: true }], neg: false } };
      case "[":
        return { t: "set", set: this.charClass() };
      case "(": {
        if (this.src.startsWith("?:", this.i)) this.i += 2;
        else if (/^\?<[=!]|^\?[=!]/.test(this.src.slice(this.i, this.i + 3)))
          throw this.fail("lookahead and lookbehind are not supported", start2);
        else if (this.src[this.i] === "?") {
          const m = /^\?<[A-Za-z_$][\w$]*>/.exec(this.src.slice(this.i));
          if (!m) throw this.fail("unsupported group", start2);
          this.i += m[0].length;
        }
        const node = this.alternation();
        if (this.src[this.i] !== ")") throw this.fail("unterminated group", start2);
        this.i++;
        return node;
      }
      case "*":
      case "+":
      case "?":
        throw this.fail("nothing to repeat", start2);
      case "\\": {
        const e = this.src[this.i];
        if (e === "b" || e === "B") {
          this.i++;
          return { t: "assert", kind: e === "b" ? Assertion.WordBoundary : Assertion.NotWordBoundary };
        }
        const e2 = this.escape(false);
        return { t: "set", set: typeof e2 === "number" ? single(e2) : { parts: [e2], neg: false } };
      }
      default:
        return { t: "set", set: single(c.charCodeAt(0)) };
    }
  }
  /** After a backslash: a class escape (\d, \w, \s and their negations) or one code unit. */
  escape(inClass) {
    const at = this.i - 1;
    const e = this.src[this.i++];
    if (e === void 0) throw this.fail("\\ at end of pattern", at);
    const cls = CLASS_ESCAPES.get(e);
    if (cls) return cls;
    const control = CONTROL_ESCAPES.get(e);
    if (control !== void 0) return control;
    if (inClass && e === "b") return 8;
    if (e === "0" && !/[0-9]/.test(this.src[this.i] ?? "")) return 0;
    if (/[0-9]/.test(e) || e === "k") throw this.fail("backreferences are not supported", at);
    if (e === "x" || e === "u") {
      const digits = e === "x" ? 2 : 4;
      const hex = /^[0-9A-Fa-f]+/.exec(this.src.slice(this.i, this.i + digits))?.[0];
      if (hex?.length !== digits) throw this.fail(`unsupported escape \\${e}`, at);
      this.i += digits;
      return parseInt(hex, 16);
    }
    if (e === "c" && /[A-Za-z]/.test(this.src[this.i] ?? "")) return this.src.charCodeAt(this.i++) % 32;
    if (/[A-Za-z]/.test(e)) throw this.fail(`unsupported escape \\${e}`, at);
    return e.charCodeAt(0);
  }
  charClass() {
    const start2 = this.i - 1;
    const neg = this.src[this.i] === "^";
    if (neg) this.i++;
    const parts = [];
    const ranges = [];
    const member2 = () => {
      const c = this.src[this.i++];
      if (c === void 0) throw this.fail("unterminated character class", start2);
      return c === "\\" ? this.escape(true) : c.charCodeAt(0);
    };
    while (this.src[this.i] !== "]") {
      const at = this.i;
      const lo = member2();
      if (this.src[this.i] === "-" && this.i + 1 < this.src.length && this.src[this.i + 1] !== "]") {
        this.i++;
        const hi = member2();
        if (typeof lo !== "number" || typeof hi !== "number")
          throw this.fail("a range with a class escape (\\d, \\w, \\s) is not supported", at);
        if (hi < lo) throw this.fail("range out of order in character class", at);
        ranges.push([lo, hi]);
      } else if (typeof lo === "number") ranges.push([lo, lo]);
      else parts.push(lo);
    }
    this.i++;
    parts.push({ ranges, neg: false });
    return { parts, neg };
  }
};
function parsePattern(source) {
  return new Parser(source).parse();
}

// src/util/linear-regexp.ts
function tester(set) {
  const slow = (c) => set.parts.some((p) => inRanges(p.ranges, c) !== p.neg) !== set.neg;
  const ascii = Uint8Array.from({ length: 128 }, (_, c) => slow(c) ? 1 : 0);
  return (c) => c < 128 ? ascii[c] === 1 : slow(c);
}
function onlyUnit(set) {
  const [part, ...rest] = set.parts;
  const range = part?.ranges.length === 1 ? part.ranges[0] : void 0;
  return !set.neg && rest.length === 0 && !part.neg && range && range[0] === range[1] ? range[0] : void 0;
}
function requiredLiterals(root) {
  const runs = [];
  let run = "";
  const end = () => {
    if (run.length >= 2) runs.push(run);
    run = "";
  };
  const visit = (n) => {
    if (n.t === "cat") n.items.forEach(visit);
    else if (n.t === "set" && onlyUnit(n.set) !== void 0) run += String.fromCharCode(onlyUnit(n.set));
    else if (n.t === "rep" && n.min >= 1 && n.node.t === "set" && onlyUnit(n.node.set) !== void 0) {
      run += String.fromCharCode(onlyUnit(n.node.set));
      end();
    } else if (n.t !== "assert") end();
  };
  visit(root);
  end();
  return runs;
}
function compile(root) {
  const prog = { op: [], a: [], b: [], sets: [] };
  const emit = (op, a = 0, b = 0) => {
    if (prog.op.length >= MAX_PATTERN_PROGRAM)
      throw new PatternError(`pattern too large (over ${MAX_PATTERN_PROGRAM} steps)`, 0);
    prog.op.push(op);
    prog.a.push(a);
    prog.b.push(b);
    return prog.op.length - 1;
  };
  const testers = /* @__PURE__ */ new Map();
  const gen = (n) => {
    switch (n.t) {
      case "set": {
        let k = testers.get(n.set);
        if (k === void 0) testers.set(n.set, k = prog.sets.push(tester(n.set)) - 1);
        emit(0 /* Char */, k);
        return;
      }
      case "assert":
        emit(3 /* Assert */, n.kind);
        return;
      case "cat":
        n.items.forEach(gen);
        return;
      case "alt": {
        const jumps = [];
        n.items.forEach((item, i) => {
          const split = i < n.items.length - 1 ? emit(1 /* Split */, 0, 0) : -1;
          if (split >= 0) prog.a[split] = split + 1;
          gen(item);
          if (split >= 0) {
            jumps.push(emit(2 /* Jump */));
            prog.b[split] = prog.op.length;
          }
        });
        for (const j of jumps) prog.a[j] = prog.op.length;
        return;
      }
      case "rep": {
        for (let k = 0; k < n.min; k++) gen(n.node);
        if (n.max === Infinity) {
          const split = emit(1 /* Split */, 0, 0);
          prog.a[split] = split + 1;
          gen(n.node);
          emit(2 /* Jump */, split);
          prog.b[split] = prog.op.length;
          return;
        }
        const splits = [];
        for (let k = n.min; k < n.max; k++) {
          const split = emit(1 /* Split */, 0, 0);
          prog.a[split] = split + 1;
          splits.push(split);
          gen(n.node);
        }
        for (const s of splits) prog.b[s] = prog.op.length;
        return;
      }
    }
  };
  gen(root);
  emit(4 /* Match */);
  return prog;
}
var isLineTerminator = (c) => c === 10 || c === 13 || c === 8232 || c === 8233;
var isWord = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122;
function build2(source) {
  const root = parsePattern(source);
  return { prog: compile(root), literals: requiredLiterals(root) };
}
var LinearRegExp = class {
  /**
   * Parses and compiles `source` (a PatternError says what is refused), or, when it is `checked` already
   * (the built-in catalog's patterns, checked when the build made its snapshot), on first use: a run that
   * never searches with it does not pay for it.
   */
  constructor(source, checked = false) {
    this.source = source;
    if (!checked) this.#compiled = build2(source);
  }
  source;
  #compiled;
  /** Index of the leftmost match in `text`, or -1 (what `RegExp.exec(text)?.index` gives). */
  search(text2) {
    const compiled = this.#compiled ??= build2(this.source);
    if (compiled.literals.some((literal) => !text2.includes(literal))) return -1;
    const prog = compiled.prog;
    const size = prog.op.length;
    const n = text2.length;
    const holds = (kind, p) => {
      const prev = p > 0 ? text2.charCodeAt(p - 1) : -1;
      const cur = p < n ? text2.charCodeAt(p) : -1;
      switch (kind) {
        case Assertion.LineStart:
          return p === 0 || isLineTerminator(prev);
        case Assertion.LineEnd:
          return p === n || isLineTerminator(cur);
        case Assertion.WordBoundary:
          return isWord(prev) !== isWord(cur);
        case Assertion.NotWordBoundary:
          return isWord(prev) === isWord(cur);
      }
    };
    let pcs = new Int32Array(size);
    let starts = new Int32Array(size);
    let count = 0;
    let nextPcs = new Int32Array(size);
    let nextStarts = new Int32Array(size);
    let nextCount = 0;
    const seen = new Int32Array(size).fill(-1);
    const stack = [];
    const add = (into, intoStarts, len, pc, start2, p) => {
      stack.push(pc);
      while (stack.length > 0) {
        const at = stack.pop();
        if (seen[at] === p) continue;
        seen[at] = p;
        switch (prog.op[at]) {
          case 2 /* Jump */:
            stack.push(prog.a[at]);
            break;
          case 1 /* Split */:
            stack.push(prog.b[at], prog.a[at]);
            break;
          case 3 /* Assert */:
            if (holds(prog.a[at], p)) stack.push(at + 1);
            break;
          default:
            into[len] = at;
            intoStarts[len++] = start2;
        }
      }
      return len;
    };
    let best = -1;
    for (let p = 0; p <= n; p++) {
      if (best < 0) count = add(pcs, starts, count, 0, p, p);
      else if (count === 0) break;
      nextCount = 0;
      const c = p < n ? text2.charCodeAt(p) : -1;
      for (let t = 0; t < count; t++) {
        const pc = pcs[t];
        if (prog.op[pc] === 4 /* Match */) {
          best = starts[t];
          break;
        }
        if (c >= 0 && prog.sets[prog.a[pc]](c)) {
          nextCount = add(nextPcs, nextStarts, nextCount, pc + 1, starts[t], p + 1);
        }
      }
      [pcs, nextPcs, starts, nextStarts, count] = [nextPcs, pcs, nextStarts, starts, nextCount];
    }
    return best;
  }
};

// src/discovery/catalog-snapshot.ts
var CATALOG_SNAPSHOT_FILE = "builtin-discovery.json";
var TAG = "agentpolicy discovery catalog 2";
var digestOf = (rulesDir) => folderDigest(rulesDir, ["discovery"], TAG);
function readCatalogSnapshot(text2, rulesDir) {
  const body = stampedBody(text2, TAG, () => digestOf(rulesDir));
  if (!body) return void 0;
  const stored = body;
  const configs = stored.configs.map((c) => {
    const { contains, ...rest } = c;
    if (!contains) return rest;
    return { ...c, contains: contains.map((p) => new LinearRegExp(p, true)) };
  });
  return { packages: stored.packages, configs };
}
function loadCatalogSnapshot(rulesDir) {
  const text2 = shippedText(CATALOG_SNAPSHOT_FILE);
  return text2 === void 0 ? void 0 : readCatalogSnapshot(text2, rulesDir);
}

// src/discovery/star-glob.ts
function starMatch(value, pattern, minRun = 0) {
  const parts = pattern.split("*");
  const first = parts[0];
  if (parts.length === 1) return value === first;
  if (!value.startsWith(first)) return false;
  let pos = first.length;
  for (const literal of parts.slice(1, -1)) {
    const at = value.indexOf(literal, pos + minRun);
    if (at < 0) return false;
    pos = at + literal.length;
  }
  const last = parts.at(-1);
  return value.length - last.length >= pos + minRun && value.endsWith(last);
}
function moduleMatch(module, pattern, sep2) {
  const star = pattern.indexOf("*");
  const fixed = star < 0 ? pattern.length : star;
  if (module.length < fixed) return false;
  for (let i = 0; i < fixed; i++) if (module.charCodeAt(i) !== pattern.charCodeAt(i)) return false;
  const mark = sep2[0];
  let marks = 0;
  for (let at = pattern.indexOf(mark); at >= 0; at = pattern.indexOf(mark, at + 1)) marks++;
  let end = -1;
  for (let k = 0; k <= marks; k++) {
    end = module.indexOf(mark, end + 1);
    if (end < 0) break;
  }
  if (end < 0) end = module.length;
  else if (!module.startsWith(sep2, end)) return false;
  return starMatch(module.slice(0, end), pattern, 1);
}
function workspaceMatch(glob, path) {
  return segmentsMatch(glob, path, (value, pattern) => starMatch(value, pattern));
}

// src/discovery/types.ts
var ECOSYSTEMS = ["npm", "pypi", "go", "maven", "nuget", "rubygems", "crates"];
var SIGNAL_KINDS = ["llm-sdk", "agent-framework", "mcp-server", "mcp-client"];
function isDeclared(c) {
  return c.declaredBy.length > 0;
}
var KIND_ORDER = ["agent-framework", "mcp-server", "mcp-client", "llm-sdk"];

// src/discovery/catalog.ts
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var LANGUAGE_OF = {
  npm: "javascript",
  pypi: "python",
  go: "go",
  maven: "java",
  nuget: "csharp",
  rubygems: "ruby",
  crates: "rust"
};
function normaliseName(ecosystem, name) {
  switch (ecosystem) {
    case "pypi":
      return name.toLowerCase().replace(/[-_.]+/g, "-");
    case "nuget":
    case "maven":
      return name.toLowerCase();
    case "crates":
      return name.toLowerCase().replace(/_/g, "-");
    case "go":
      return name.replace(/\/v[0-9]+$/, "");
    default:
      return name;
  }
}
function defaultImports(ecosystem, name) {
  switch (ecosystem) {
    case "npm":
    case "go":
    case "nuget":
    case "rubygems":
      return [{ module: name }];
    case "pypi":
    case "crates":
      return [{ module: name.replace(/-/g, "_") }];
    case "maven":
      return [{ module: name.split(":")[0] }];
  }
}
function str2(src, obj3, key, path, required) {
  const v = obj3[key];
  if (v === void 0 && !required) return void 0;
  if (typeof v !== "string" || v.trim() === "")
    throw src.error([...path, key], `'${key}' must be a non-empty string`);
  return v;
}
function kindOf(src, v, path) {
  if (typeof v !== "string" || !SIGNAL_KINDS.includes(v)) {
    throw src.error(path, `kind must be one of ${SIGNAL_KINDS.join(", ")}`);
  }
  return v;
}
function packagesOf(src) {
  const data = src.data;
  if (!isObj(data))
    throw src.error([], "a discovery catalog file is a mapping with `ecosystem` and `packages`");
  const ecosystem = data.ecosystem;
  if (typeof ecosystem !== "string" || !ECOSYSTEMS.includes(ecosystem)) {
    throw src.error(["ecosystem"], `ecosystem must be one of ${ECOSYSTEMS.join(", ")}`);
  }
  const eco = ecosystem;
  if (!Array.isArray(data.packages)) throw src.error(["packages"], "packages must be a list");
  return data.packages.map((raw, i) => {
    const at = ["packages", i];
    if (!isObj(raw)) throw src.error(at, "each package is a mapping with name, kind and source");
    const name = str2(src, raw, "name", at, true);
    const kind = kindOf(src, raw.kind, [...at, "kind"]);
    let imports;
    if (raw.imports === void 0) imports = defaultImports(eco, name);
    else if (!Array.isArray(raw.imports)) throw src.error([...at, "imports"], "imports must be a list");
    else {
      imports = raw.imports.map((imp, j) => {
        if (typeof imp === "string" && imp.trim() !== "") return { module: imp };
        if (isObj(imp) && typeof imp.module === "string" && imp.module.trim() !== "") {
          return imp.kind === void 0 ? { module: imp.module } : { module: imp.module, kind: kindOf(src, imp.kind, [...at, "imports", j, "kind"]) };
        }
        throw src.error([...at, "imports", j], "an import is a module name, or {module, kind}");
      });
    }
    if (raw.verified !== void 0 && typeof raw.verified !== "boolean") {
      throw src.error([...at, "verified"], "verified must be true or false");
    }
    const vendor = str2(src, raw, "vendor", at, false);
    const title = str2(src, raw, "title", at, false);
    return {
      ecosystem: eco,
      name,
      kind,
      ...vendor !== void 0 ? { vendor } : {},
      ...title !== void 0 ? { title } : {},
      imports,
      source: str2(src, raw, "source", at, true),
      verified: raw.verified !== false,
      from: src.file
    };
  });
}
function configsOf(src) {
  const data = src.data;
  if (!isObj(data) || !Array.isArray(data.configs)) throw src.error([], "configs must be a list");
  return data.configs.map((raw, i) => {
    const at = ["configs", i];
    if (!isObj(raw))
      throw src.error(at, "each config is a mapping with id, path, framework, kind and source");
    const project = raw.project ?? 0;
    if (typeof project !== "number" || !Number.isInteger(project) || project < 0 || project > 8) {
      throw src.error([...at, "project"], "project must be a whole number of folders from 0 to 8");
    }
    let contains;
    const patterns = raw.contains === void 0 ? [] : Array.isArray(raw.contains) ? raw.contains : [raw.contains];
    if (raw.contains !== void 0) {
      contains = patterns.map((pattern, j) => {
        const where = Array.isArray(raw.contains) ? [...at, "contains", j] : [...at, "contains"];
        if (typeof pattern !== "string" || pattern === "")
          throw src.error(where, "contains is a regular expression or a list of them");
        try {
          new RegExp(pattern, "m");
        } catch (e) {
          throw src.error(where, `not a regular expression: ${e.message}`);
        }
        try {
          return new LinearRegExp(pattern);
        } catch (e) {
          if (!(e instanceof PatternError)) throw e;
          throw src.error(where, `${e.message} (at character ${e.offset + 1} of the pattern)`);
        }
      });
    }
    const path = str2(src, raw, "path", at, true);
    const costly = globCostProblem(path);
    if (costly) throw src.error([...at, "path"], `path '${path}' ${costly}`);
    return {
      id: str2(src, raw, "id", at, true),
      path,
      framework: str2(src, raw, "framework", at, true),
      kind: kindOf(src, raw.kind, [...at, "kind"]),
      project,
      ...contains ? { contains } : {},
      source: str2(src, raw, "source", at, true),
      verified: raw.verified !== false,
      from: src.file
    };
  });
}
function readCatalogFolder(dir, display) {
  const catalog = { packages: [], configs: [] };
  const names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  for (const name of names) {
    const file = join(dir, name);
    addSource(catalog, parseYamlSource(readFileSync(file, "utf8"), display(file)));
  }
  return catalog;
}
function addSource(catalog, src) {
  if (isObj(src.data) && "configs" in src.data) catalog.configs.push(...configsOf(src));
  else catalog.packages.push(...packagesOf(src));
}
function catalogFromSources(sources) {
  const catalog = { packages: [], configs: [] };
  for (const src of sources) addSource(catalog, src);
  return catalog;
}
var builtin;
function readBuiltinCatalog(rulesDir = builtinRulesDir()) {
  return readCatalogFolder(join(rulesDir, "discovery"), (f) => `rules/discovery/${f.split(/[\\/]/).pop()}`);
}
function builtinCatalog() {
  builtin ??= loadCatalogSnapshot(builtinRulesDir()) ?? readBuiltinCatalog();
  return builtin;
}
function mergeCatalogs(packs, base = builtinCatalog()) {
  const all = [...packs, base];
  const seen = /* @__PURE__ */ new Set();
  const packages = [];
  for (const c of all) {
    for (const p of c.packages) {
      const key = `${p.ecosystem}\0${normaliseName(p.ecosystem, p.name)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      packages.push(p);
    }
  }
  const ids = /* @__PURE__ */ new Set();
  const configs = [];
  for (const c of all) {
    for (const cfg of c.configs) {
      if (ids.has(cfg.id)) continue;
      ids.add(cfg.id);
      configs.push(cfg);
    }
  }
  return { packages, configs };
}
function nameTest(glob) {
  const scan = picomatch().scan(glob, { parts: true });
  const last = scan.parts?.at(-1);
  if (scan.negated || !last || last.includes("/") || last.includes("**")) return () => true;
  return picomatch()(last, { dot: true });
}
var MODULE_SEP = {
  javascript: "/",
  python: ".",
  go: "/",
  java: ".",
  csharp: ".",
  ruby: "/",
  rust: "::"
};
var CatalogIndex = class {
  constructor(catalog) {
    this.catalog = catalog;
    for (const p of catalog.packages) {
      if (p.name.includes("*")) {
        const normalised = normaliseName(p.ecosystem, p.name);
        this.globs.push({
          ecosystem: p.ecosystem,
          prefix: normalised.slice(0, normalised.indexOf("*")),
          glob: normalised,
          entry: p
        });
      } else {
        const key = `${p.ecosystem}\0${normaliseName(p.ecosystem, p.name)}`;
        if (!this.exact.has(key)) this.exact.set(key, p);
      }
      const lang = LANGUAGE_OF[p.ecosystem];
      const list3 = this.imports.get(lang) ?? [];
      for (const imp of p.imports) {
        list3.push({
          module: lang === "csharp" ? imp.module.toLowerCase() : imp.module,
          entry: p,
          kind: imp.kind ?? p.kind,
          specific: imp.module.length
        });
      }
      this.imports.set(lang, list3);
    }
    for (const list3 of this.imports.values()) list3.sort((a, b) => b.specific - a.specific);
    this.configs = catalog.configs.map((c) => ({
      ...c,
      match: picomatch()(c.path, { dot: true }),
      named: nameTest(c.path)
    }));
  }
  catalog;
  exact = /* @__PURE__ */ new Map();
  /** Name patterns in catalog order, with the literal text every name they match starts with. */
  globs = [];
  imports = /* @__PURE__ */ new Map();
  configs;
  /** The catalog entry for a dependency, if it is one: an exact name first, then the first glob. */
  lookup(ecosystem, name) {
    const n = normaliseName(ecosystem, name);
    const hit = this.exact.get(`${ecosystem}\0${n}`);
    if (hit) return hit;
    return this.globs.find((g) => g.ecosystem === ecosystem && n.startsWith(g.prefix) && starMatch(n, g.glob))?.entry;
  }
  /** The catalog entry an imported module belongs to, with the kind that import shows. */
  lookupImport(language, module) {
    const key = language === "csharp" ? module.toLowerCase() : module;
    const sep2 = MODULE_SEP[language];
    const hit = this.imports.get(language)?.find((i) => moduleMatch(key, i.module, sep2));
    return hit ? { entry: hit.entry, kind: hit.kind, module } : void 0;
  }
  /** Whether any entry could match an import in this language (no catalog entry, no need to read files). */
  hasLanguage(language) {
    return (this.imports.get(language)?.length ?? 0) > 0;
  }
};

// src/discovery/components.ts
import { posix as posix2 } from "node:path";

// src/discovery/imports.ts
var EXTENSIONS = new Map(
  Object.entries({
    js: "javascript",
    mjs: "javascript",
    cjs: "javascript",
    jsx: "javascript",
    ts: "javascript",
    tsx: "javascript",
    mts: "javascript",
    cts: "javascript",
    py: "python",
    go: "go",
    java: "java",
    kt: "java",
    scala: "java",
    groovy: "java",
    cs: "csharp",
    rb: "ruby",
    rs: "rust"
  })
);
function languageOf(path) {
  const dot = path.lastIndexOf(".");
  if (dot === -1 || dot < path.lastIndexOf("/")) return void 0;
  const language = EXTENSIONS.get(path.slice(dot + 1));
  if (language !== "javascript") return language;
  return /\.(min|bundle)\.[cm]?js$/.test(path) || /\.d\.[cm]?ts$/.test(path) ? void 0 : language;
}
var MINIFIED_LINE = 5e3;
function looksMinified(text2) {
  const head = text2.slice(0, 65536);
  let start2 = 0;
  for (let nl = head.indexOf("\n"); ; nl = head.indexOf("\n", start2)) {
    const end = nl === -1 ? head.length : nl;
    if (end - start2 > MINIFIED_LINE) return true;
    if (nl === -1) return false;
    start2 = nl + 1;
  }
}
var PATTERNS = {
  javascript: [
    // import x from "m"; import {a,\n b} from "m"; export * from "m"
    { re: /\b(?:import|export)\b(?:[^;'"`()]|\([^)]*\))*?\bfrom\s*(['"])([^'"\n]+)\1/g, group: 2 },
    // import "m" (side effects)
    { re: /(?:^|[;\s])import\s*(['"])([^'"\n]+)\1/g, group: 2 },
    // require("m"), import("m")
    { re: /\b(?:require|import)\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g, group: 2 }
  ],
  java: [{ re: /^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+)/gm, group: 1 }],
  csharp: [
    {
      re: /^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:\w+[ \t]*=[ \t]*)?([\w.]+)[ \t]*;/gm,
      group: 1
    }
  ],
  ruby: [{ re: /^[ \t]*require[ \t]*\(?[ \t]*(['"])([^'"\n]+)\1/gm, group: 2 }],
  rust: [
    { re: /^[ \t]*(?:pub(?:\([^)]*\))?[ \t]+)?use[ \t]+(?:::)?(\w+(?:::\w+)*)/gm, group: 1 },
    { re: /^[ \t]*extern[ \t]+crate[ \t]+(\w+)/gm, group: 1 }
  ]
};
function importSites(language, text2, wanted = () => true) {
  let lines;
  const sites = [];
  const at = (module, offset) => {
    if (!wanted(module)) return;
    const p = (lines ??= new LineIndex(text2)).position(offset);
    sites.push({ module, line: p.line, column: p.column });
  };
  if (language === "python") {
    for (const m of text2.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import\b/gm))
      at(m[1], m.index + m[0].indexOf(m[1]));
    for (const m of text2.matchAll(
      /^[ \t]*import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*)/gm
    )) {
      let offset = m.index + m[0].indexOf(m[1]);
      for (const part of m[1].split(",")) {
        const name = part.trim().split(/\s+/)[0];
        at(name, offset + part.indexOf(name));
        offset += part.length + 1;
      }
    }
  } else if (language === "go") {
    for (const m of text2.matchAll(/^import[ \t]+(?:[\w.]+[ \t]+)?"([^"\n]+)"/gm))
      at(m[1], m.index + m[0].indexOf('"') + 1);
    for (const block of text2.matchAll(/^import[ \t]*\(([^)]*)\)/gm)) {
      const base = block.index + block[0].indexOf("(") + 1;
      for (const m of block[1].matchAll(/"([^"\n]+)"/g)) at(m[1], base + m.index + 1);
    }
  } else {
    for (const { re, group } of PATTERNS[language]) {
      for (const m of text2.matchAll(re)) {
        const module = m[group];
        at(module, m.index + m[0].lastIndexOf(module));
      }
    }
  }
  return sites.sort((a, b) => a.line - b.line || a.column - b.column);
}

// src/discovery/readers/common.ts
var FileBuilder = class {
  constructor(file, ecosystem, text2) {
    this.text = text2;
    this.lines = new LineIndex(text2);
    this.result = { file, ecosystem, dependencies: [], errors: [] };
  }
  text;
  lines;
  result;
  /** A dependency declared by the text in [start, end). */
  add(name, start2, end, extra = {}) {
    const span = this.lines.span(start2, Math.max(end, start2 + 1));
    const dep = { name, ...span };
    if (extra.version !== void 0 && extra.version !== "") dep.version = extra.version;
    if (extra.scope !== void 0) dep.scope = extra.scope;
    this.result.dependencies.push(dep);
  }
  /** A dependency on 1-based line `line`, columns [column, endColumn). */
  addAt(name, line, column, endColumn, extra = {}) {
    const dep = { name, line, column, endLine: line, endColumn };
    if (extra.version !== void 0 && extra.version !== "") dep.version = extra.version;
    if (extra.scope !== void 0) dep.scope = extra.scope;
    this.result.dependencies.push(dep);
  }
  errorAt(offset, message) {
    const p = this.lines.position(offset);
    this.result.errors.push(fileError(this.result.file, p.line, p.column, message));
  }
  errorLine(line, column, message) {
    this.result.errors.push(fileError(this.result.file, line, column, message));
  }
};
function fileError(file, line, column, message) {
  return { file, line, column, endLine: line, endColumn: column + 1, message };
}
function* linesOf(text2) {
  let offset = 0;
  let line = 1;
  while (offset <= text2.length) {
    const nl = text2.indexOf("\n", offset);
    const end = nl === -1 ? text2.length : nl;
    yield { line, text: text2.slice(offset, end).replace(/\r$/, ""), offset };
    if (nl === -1) return;
    offset = nl + 1;
    line++;
  }
}

// src/discovery/readers/gradle.ts
var CONFIGS = "implementation|api|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly|testCompileOnly|annotationProcessor|kapt|ksp|compile|runtime|testCompile|developmentOnly|providedCompile|providedRuntime";
var COORD = new RegExp(
  `\\b(${CONFIGS})\\b\\s*\\(?\\s*(?:(?:platform|enforcedPlatform)\\s*\\(\\s*)?(["'])([^"':]+):([^"':]+)(?::([^"']*))?\\2`
);
var MAP = new RegExp(
  `\\b(${CONFIGS})\\b\\s*\\(?\\s*group\\s*[:=]\\s*(["'])([^"']+)\\2\\s*,\\s*name\\s*[:=]\\s*(["'])([^"']+)\\4(?:\\s*,\\s*version\\s*[:=]\\s*(["'])([^"']+)\\6)?`
);
var CATALOG = new RegExp(
  `\\b(${CONFIGS})\\b\\s*\\(?\\s*(?:(?:platform|enforcedPlatform)\\s*\\(\\s*)?libs\\.([A-Za-z0-9_.]+)`
);
function scopeOf(config) {
  if (config.startsWith("test")) return "test";
  if (config === "compileOnly" || config === "annotationProcessor" || config === "kapt" || config === "ksp")
    return "build";
  return void 0;
}
function readGradleWithRefs(file, text2) {
  const b = new FileBuilder(file, "maven", text2);
  const refs = [];
  let inBlockComment = false;
  for (const { line, text: raw } of linesOf(text2)) {
    let t = raw;
    if (inBlockComment) {
      const end = t.indexOf("*/");
      if (end === -1) continue;
      t = " ".repeat(end + 2) + t.slice(end + 2);
      inBlockComment = false;
    }
    const open = t.indexOf("/*");
    if (open !== -1 && t.indexOf("*/", open) === -1) {
      inBlockComment = true;
      t = t.slice(0, open);
    }
    t = t.replace(/\/\/.*$/, "");
    const c = COORD.exec(t);
    if (c) {
      const name = `${c[3]}:${c[4]}`;
      const col = t.indexOf(c[3]) + 1;
      const scope = scopeOf(c[1]);
      b.addAt(name, line, col, col + name.length, { version: c[5], ...scope ? { scope } : {} });
      continue;
    }
    const m = MAP.exec(t);
    if (m) {
      const col = t.indexOf(m[3]) + 1;
      const scope = scopeOf(m[1]);
      b.addAt(`${m[3]}:${m[5]}`, line, col, t.indexOf(m[5]) + m[5].length + 1, {
        version: m[7],
        ...scope ? { scope } : {}
      });
      continue;
    }
    const r = CATALOG.exec(t);
    if (r && !/^(versions|plugins|bundles)\./.test(r[2])) {
      const col = t.indexOf(`libs.${r[2]}`) + 1;
      const scope = scopeOf(r[1]);
      refs.push({
        alias: r[2],
        line,
        column: col,
        endColumn: col + 5 + r[2].length,
        ...scope ? { scope } : {}
      });
    }
  }
  return { result: b.result, refs };
}
var readGradle = (file, text2) => readGradleWithRefs(file, text2).result;
function catalogAccessor(alias) {
  return alias.replace(/[-_.]/g, ".").toLowerCase();
}

// src/discovery/readers/xml.ts
var MAX_DEPTH = 64;
function parseXml(text2) {
  const parser = new (saxes()).SaxesParser({ position: true });
  const top = { name: "", attributes: {}, text: "", children: [], line: 1 };
  const stack = [top];
  let error;
  parser.on("error", (e) => {
    error ??= {
      line: parser.line,
      column: parser.column + 1,
      message: e.message.replace(/^\d+:\d+:\s*/, "")
    };
  });
  parser.on("opentag", (tag) => {
    const attributes = {};
    for (const [k, v] of Object.entries(tag.attributes)) attributes[k] = typeof v === "string" ? v : v.value;
    const el = { name: tag.name, attributes, text: "", children: [], line: parser.line };
    stack.at(-1).children.push(el);
    if (stack.length > MAX_DEPTH) {
      error ??= {
        line: parser.line,
        column: parser.column + 1,
        message: `nested deeper than ${MAX_DEPTH} elements`
      };
    }
    stack.push(el);
  });
  parser.on("text", (t) => {
    stack.at(-1).text += t;
  });
  parser.on("cdata", (t) => {
    stack.at(-1).text += t;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  try {
    parser.write(text2).close();
  } catch (e) {
    error ??= { line: parser.line, column: parser.column + 1, message: e.message };
  }
  if (error) return { error };
  const root = top.children[0];
  if (!root) return { error: { line: 1, column: 1, message: "no root element" } };
  return { root };
}
function child(el, name) {
  return el.children.find((c) => localName(c.name) === name);
}
function children(el, name) {
  return el.children.filter((c) => localName(c.name) === name);
}
function localName(name) {
  const i = name.indexOf(":");
  return i === -1 ? name : name.slice(i + 1);
}
function columnOf(lines, line, value) {
  const i = (lines[line - 1] ?? "").indexOf(value);
  return i === -1 ? 1 : i + 1;
}

// src/discovery/readers/csproj.ts
function* walk(el, depth = 0) {
  yield el;
  if (depth > 64) return;
  for (const c of el.children) yield* walk(c, depth + 1);
}
function attr(el, name) {
  const key = Object.keys(el.attributes).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === void 0 ? void 0 : el.attributes[key];
}
var readCsproj = (file, text2) => {
  const b = new FileBuilder(file, "nuget", text2);
  const parsed = parseXml(text2);
  if ("error" in parsed) {
    b.errorLine(parsed.error.line, parsed.error.column, `malformed XML: ${parsed.error.message}`);
    return b.result;
  }
  const lines = text2.split("\n");
  const isPackagesConfig = /(^|\/)packages\.config$/i.test(file);
  if (!isPackagesConfig) {
    const name = file.split("/").pop().replace(/\.(cs|fs|vb)proj$/i, "");
    b.result.projectName = name;
  }
  for (const el of walk(parsed.root)) {
    const tag = localName(el.name);
    const id = isPackagesConfig ? tag === "package" ? attr(el, "id") : void 0 : tag === "PackageReference" ? attr(el, "Include") ?? attr(el, "Update") : void 0;
    if (!id) continue;
    let line = el.line;
    while (line > 1 && !(lines[line - 1] ?? "").includes(id)) line--;
    const col = columnOf(lines, line, id);
    const version = attr(el, "Version") ?? attr(el, "version") ?? child(el, "Version")?.text.trim();
    const privateAssets = attr(el, "PrivateAssets") ?? child(el, "PrivateAssets")?.text.trim();
    b.addAt(id, line, col, col + id.length, {
      version,
      ...attr(el, "developmentDependency") === "true" || privateAssets?.toLowerCase() === "all" ? { scope: "dev" } : {}
    });
  }
  return b.result;
};

// src/discovery/readers/gemfile.ts
var GEM = /^\s*gem\s*\(?\s*(["'])([^"']+)\1\s*(?:,\s*(["'])([^"']*)\3)?/;
var SPEC = /^\s*\w+\.add_(runtime_|development_)?dependency\s*\(?\s*(["'])([^"']+)\2\s*(?:,\s*(["'])([^"']*)\4)?/;
var GROUP = /^\s*group\s+(.+?)\s+do\b/;
var readGemfile = (file, text2) => {
  const b = new FileBuilder(file, "rubygems", text2);
  const groups = [];
  for (const { line, text: raw } of linesOf(text2)) {
    const t = raw.replace(/(^|\s)#.*$/, "");
    const g = GROUP.exec(t);
    if (g) {
      const names = [...g[1].matchAll(/:(\w+)|["'](\w+)["']/g)].map((m2) => m2[1] ?? m2[2]);
      groups.push(names.every((n) => n === "development" || n === "test") ? "dev" : void 0);
      continue;
    }
    if (/\bdo\s*(\|[^|]*\|)?\s*$/.test(t)) {
      groups.push(void 0);
      continue;
    }
    if (/^\s*end\b/.test(t)) {
      groups.pop();
      continue;
    }
    const m = GEM.exec(t);
    if (m) {
      const col = raw.indexOf(m[2]) + 1;
      const scope = groups.findLast((s2) => s2 !== void 0);
      b.addAt(m[2], line, col, col + m[2].length, { version: m[4], ...scope ? { scope } : {} });
      continue;
    }
    const s = SPEC.exec(t);
    if (s) {
      const col = raw.indexOf(s[3]) + 1;
      b.addAt(s[3], line, col, col + s[3].length, {
        version: s[5],
        ...s[1] === "development_" ? { scope: "dev" } : {}
      });
    }
  }
  return b.result;
};

// src/discovery/readers/go-mod.ts
var MODULE_PATH = /^("?)([^\s"]+)\1\s+("?)(v[^\s"]+)\3\s*(\/\/.*)?$/;
var readGoMod = (file, text2) => {
  const b = new FileBuilder(file, "go", text2);
  let block;
  const require2 = (line, raw, body) => {
    const m = MODULE_PATH.exec(body);
    if (!m) {
      b.errorLine(line, raw.indexOf(body) + 1, `malformed require: ${body.slice(0, 80)}`);
      return;
    }
    const col = raw.indexOf(m[2]) + 1;
    b.addAt(m[2], line, col, col + m[2].length, {
      version: m[4],
      ...m[5] && /\bindirect\b/.test(m[5]) ? { scope: "indirect" } : {}
    });
  };
  for (const { line, text: raw } of linesOf(text2)) {
    const t = raw.trim();
    if (t === "" || t.startsWith("//")) continue;
    if (block !== void 0) {
      if (t === ")") block = void 0;
      else if (block === "require") require2(line, raw, t);
      continue;
    }
    const directive = /^(module|go|toolchain|godebug|require|replace|exclude|retract|tool|ignore)\b\s*(.*)$/.exec(t);
    if (!directive) {
      b.errorLine(line, 1, `unknown directive: ${t.slice(0, 80)}`);
      continue;
    }
    const [, verb, rest] = directive;
    if (rest.startsWith("(")) {
      block = verb;
      continue;
    }
    if (verb === "module")
      b.result.projectName = rest.replace(/\/\/.*$/, "").trim().replace(/^"|"$/g, "");
    if (verb === "require") require2(line, raw, rest.trim());
  }
  if (block !== void 0) b.errorLine(text2.split("\n").length, 1, `unterminated ${block} block`);
  return b.result;
};

// src/discovery/readers/package-json.ts
var SECTIONS = [
  ["dependencies", void 0],
  ["devDependencies", "dev"],
  ["peerDependencies", "peer"],
  ["optionalDependencies", "optional"]
];
function member(object, key) {
  if (object?.type !== "object") return void 0;
  return object.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
}
var stringOf = (node) => node?.type === "string" ? node.value : void 0;
var readPackageJson = (file, text2) => {
  const b = new FileBuilder(file, "npm", text2);
  const fault = checkJson(text2);
  if (fault) {
    b.errorAt(fault.offset, fault.message);
    return b.result;
  }
  const root = jsoncParser().parseTree(text2);
  if (root?.type !== "object") {
    b.errorAt(0, "package.json must hold an object");
    return b.result;
  }
  const name = stringOf(member(root, "name"));
  if (name !== void 0) b.result.projectName = name;
  for (const [section, scope] of SECTIONS) {
    const deps = member(root, section);
    if (deps === void 0) continue;
    if (deps.type !== "object") {
      b.errorAt(deps.offset, `${section} must be an object`);
      continue;
    }
    for (const prop of deps.children ?? []) {
      const [key, value] = prop.children ?? [];
      const dep = stringOf(key);
      if (dep === void 0) continue;
      const version = stringOf(value);
      b.add(dep, key.offset, key.offset + key.length, {
        ...version !== void 0 ? { version } : {},
        ...scope ? { scope } : {}
      });
    }
  }
  const ws = member(root, "workspaces");
  const list3 = ws?.type === "array" ? ws : member(ws, "packages");
  if (list3?.type === "array") {
    b.result.workspaces = (list3.children ?? []).map(stringOf).filter((v) => v !== void 0);
  }
  return b.result;
};

// src/discovery/readers/pom.ts
var readPom = (file, text2) => {
  const b = new FileBuilder(file, "maven", text2);
  const parsed = parseXml(text2);
  if ("error" in parsed) {
    b.errorLine(parsed.error.line, parsed.error.column, `malformed XML: ${parsed.error.message}`);
    return b.result;
  }
  const project = parsed.root;
  if (project.name !== "project") {
    b.errorLine(project.line, 1, "a POM's root element is <project>");
    return b.result;
  }
  const lines = text2.split("\n");
  const artifact = child(project, "artifactId")?.text.trim();
  if (artifact) b.result.projectName = artifact;
  const fromSection = (section, managed) => {
    const deps = section && child(section, "dependencies");
    if (!deps) return;
    for (const dep of children(deps, "dependency")) {
      const group = child(dep, "groupId")?.text.trim();
      const artifactEl = child(dep, "artifactId");
      const artifactId = artifactEl?.text.trim();
      if (!group || !artifactId || !artifactEl) {
        b.errorLine(dep.line, 1, "a <dependency> needs <groupId> and <artifactId>");
        continue;
      }
      const col = columnOf(lines, artifactEl.line, artifactId);
      const scope = child(dep, "scope")?.text.trim();
      b.addAt(`${group}:${artifactId}`, artifactEl.line, col, col + artifactId.length, {
        version: child(dep, "version")?.text.trim(),
        ...managed ? { scope: "managed" } : scope && scope !== "compile" ? { scope } : {}
      });
    }
  };
  fromSection(project, false);
  fromSection(child(project, "dependencyManagement"), true);
  for (const profiles of children(project, "profiles")) {
    for (const profile of children(profiles, "profile")) {
      fromSection(profile, false);
      fromSection(child(profile, "dependencyManagement"), true);
    }
  }
  const modules = child(project, "modules");
  if (modules)
    b.result.workspaces = children(modules, "module").map((m) => m.text.trim()).filter(Boolean);
  return b.result;
};

// src/discovery/readers/requirements.ts
var NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/;
var EGG = /[#&]egg=([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
var readRequirements = (file, text2) => {
  const b = new FileBuilder(file, "pypi", text2);
  let pending;
  const handle = (line, column, raw) => {
    const body = raw.replace(/(^|\s)#.*$/, "").trim();
    if (body === "") return;
    if (body.startsWith("-e ") || body.startsWith("--editable") || /^[a-z+]+:\/\//i.test(body)) {
      const egg = EGG.exec(body);
      if (egg) b.addAt(egg[1], line, column, column + raw.trimEnd().length);
      return;
    }
    if (body.startsWith("-")) return;
    if (/^[./~]/.test(body) || !/\s@\s/.test(body) && /\.(whl|tar\.gz|zip)$/.test(body)) return;
    const m = NAME.exec(body);
    if (!m) {
      b.errorLine(line, column, `not a requirement (PEP 508): ${body.slice(0, 80)}`);
      return;
    }
    let rest = m[3].trim();
    if (rest.startsWith("@")) rest = "";
    rest = rest.split(";")[0].trim();
    if (rest !== "" && !/^(\(?\s*(===|==|!=|~=|<=|>=|<|>)\s*[^\s,]+\s*,?\s*)+\)?$/.test(rest)) {
      b.errorLine(line, column, `invalid version specifier for ${m[1]}: ${rest.slice(0, 80)}`);
      return;
    }
    const start2 = raw.indexOf(m[1]);
    b.addAt(m[1], line, column + Math.max(0, start2), column + Math.max(0, start2) + m[1].length, {
      version: rest.replace(/\s+/g, "")
    });
  };
  for (const { line, text: t } of linesOf(text2)) {
    if (pending) {
      pending.text += " " + t;
    } else {
      pending = { line, column: 1, text: t };
    }
    if (/\\$/.test(pending.text)) {
      pending.text = pending.text.replace(/\\$/, "");
      continue;
    }
    handle(pending.line, pending.column, pending.text);
    pending = void 0;
  }
  if (pending) handle(pending.line, pending.column, pending.text);
  return b.result;
};

// src/discovery/readers/toml-files.ts
function keyPath(key) {
  return key.keys.map((k) => k.type === "TOMLBare" ? k.name : String(k.value));
}
function readToml(text2) {
  let ast;
  try {
    ast = tomlParser().parseTOML(text2);
  } catch (e) {
    const err = e;
    return {
      error: {
        line: err.lineNumber ?? 1,
        column: err.column ?? 1,
        message: (err.message ?? "malformed TOML").replace(/\s*\(\d+:\d+\)$/, "")
      }
    };
  }
  const entries = [];
  const visit = (body, prefix) => {
    for (const kv of body) {
      const path = [...prefix, ...keyPath(kv.key)];
      entries.push({ path, key: kv.key, value: kv.value });
      if (kv.value.type === "TOMLInlineTable") visit(kv.value.body, path);
    }
  };
  const top = ast.body[0];
  for (const item of top?.body ?? []) {
    if (item.type === "TOMLKeyValue") visit([item], []);
    else visit(item.body, item.resolvedKey);
  }
  return { entries };
}
var same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
function start(b, toml) {
  if ("error" in toml) {
    b.errorLine(toml.error.line, toml.error.column, `malformed TOML: ${toml.error.message}`);
    return false;
  }
  return true;
}
function staticValue(node) {
  try {
    return tomlParser().getStaticTOMLValue(node);
  } catch {
    return void 0;
  }
}
function addKey(b, e, scope, renamedFrom) {
  const name = renamedFrom ?? String(e.path.at(-1));
  const v = staticValue(e.value);
  const version = typeof v === "string" ? v : typeof v === "object" && v !== null && typeof v.version === "string" ? v.version : void 0;
  b.add(name, e.key.range[0], e.key.range[1], {
    ...version ? { version } : {},
    ...scope ? { scope } : {}
  });
}
function addRequirements(b, node, scope) {
  if (node.type !== "TOMLArray") return;
  for (const el of node.elements) {
    if (el.type !== "TOMLValue" || el.kind !== "string") continue;
    const req = String(el.value);
    const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*([^;@]*)/.exec(req);
    if (!m) {
      b.errorAt(el.range[0], `not a requirement (PEP 508): ${req.slice(0, 80)}`);
      continue;
    }
    b.add(m[1], el.range[0], el.range[1], {
      ...m[3].trim() ? { version: m[3].replace(/\s+/g, "") } : {},
      ...scope ? { scope } : {}
    });
  }
}
function tomlReader(ecosystem, read) {
  return (file, text2) => {
    const b = new FileBuilder(file, ecosystem, text2);
    const toml = readToml(text2);
    if (start(b, toml)) read(b, toml.entries);
    return b.result;
  };
}
var readPyproject = tomlReader("pypi", (b, entries) => {
  for (const e of entries) {
    const p = e.path;
    if (same(p, ["project", "name"]) || same(p, ["tool", "poetry", "name"])) {
      const v = staticValue(e.value);
      if (typeof v === "string") b.result.projectName ??= v;
    }
    if (same(p, ["project", "dependencies"])) addRequirements(b, e.value);
    else if (p.length === 3 && p[0] === "project" && p[1] === "optional-dependencies")
      addRequirements(b, e.value, "optional");
    else if (p.length === 2 && p[0] === "dependency-groups")
      addRequirements(b, e.value, String(p[1]) === "dev" ? "dev" : String(p[1]));
    else if (same(p, ["tool", "uv", "dev-dependencies"])) addRequirements(b, e.value, "dev");
    else if (p.length === 4 && p[0] === "tool" && p[1] === "poetry" && (p[2] === "dependencies" || p[2] === "dev-dependencies")) {
      if (p[3] === "python") continue;
      addKey(b, e, p[2] === "dev-dependencies" ? "dev" : void 0);
    } else if (p.length === 6 && p[0] === "tool" && p[1] === "poetry" && p[2] === "group" && p[4] === "dependencies") {
      if (p[5] === "python") continue;
      addKey(b, e, String(p[3]));
    }
  }
});
var readPipfile = tomlReader("pypi", (b, entries) => {
  for (const e of entries) {
    if (e.path.length !== 2) continue;
    if (e.path[0] === "packages") addKey(b, e);
    else if (e.path[0] === "dev-packages") addKey(b, e, "dev");
  }
});
var CARGO_SECTIONS = /* @__PURE__ */ new Map([
  ["dependencies", void 0],
  ["dev-dependencies", "dev"],
  ["build-dependencies", "build"]
]);
var readCargo = tomlReader("crates", (b, entries) => {
  const depth = (e) => {
    const p = e.path;
    if (p.length === 2 && CARGO_SECTIONS.has(String(p[0])))
      return { at: 1, scope: CARGO_SECTIONS.get(String(p[0])) };
    if (p.length === 4 && p[0] === "target" && CARGO_SECTIONS.has(String(p[2])))
      return { at: 3, scope: CARGO_SECTIONS.get(String(p[2])) };
    if (p.length === 3 && p[0] === "workspace" && p[1] === "dependencies")
      return { at: 2, scope: "workspace" };
    return void 0;
  };
  for (const e of entries) {
    if (same(e.path, ["package", "name"])) {
      const v2 = staticValue(e.value);
      if (typeof v2 === "string") b.result.projectName = v2;
    }
    if (same(e.path, ["workspace", "members"])) {
      const v2 = staticValue(e.value);
      if (Array.isArray(v2)) b.result.workspaces = v2.filter((x) => typeof x === "string");
    }
    const d = depth(e);
    if (!d) continue;
    const v = staticValue(e.value);
    const renamed = typeof v === "object" && v !== null && typeof v.package === "string" ? v.package : void 0;
    addKey(b, e, d.scope, renamed);
  }
});
function readVersionCatalog(text2) {
  const toml = readToml(text2);
  if ("error" in toml) return toml.error;
  const out = /* @__PURE__ */ new Map();
  for (const e of toml.entries) {
    if (e.path.length !== 2 || e.path[0] !== "libraries") continue;
    const v = staticValue(e.value);
    let coord;
    if (typeof v === "string") coord = v.split(":").slice(0, 2).join(":");
    else if (typeof v === "object" && v !== null) {
      const o = v;
      if (typeof o.module === "string") coord = o.module;
      else if (typeof o.group === "string" && typeof o.name === "string") coord = `${o.group}:${o.name}`;
    }
    if (coord) out.set(String(e.path[1]).replace(/[-_.]/g, ".").toLowerCase(), coord);
  }
  return out;
}

// src/discovery/readers/index.ts
var BY_NAME = new Map(
  [
    ["package.json", readPackageJson],
    ["pyproject.toml", readPyproject],
    ["Pipfile", readPipfile],
    ["go.mod", readGoMod],
    ["pom.xml", readPom],
    ["build.gradle", readGradle],
    ["build.gradle.kts", readGradle],
    ["packages.config", readCsproj],
    ["Gemfile", readGemfile],
    ["gems.rb", readGemfile],
    ["Cargo.toml", readCargo]
  ].map(([name, reader]) => [name, { reader, up: 0 }])
);
function dependencyFileKind(path, name = path.slice(path.lastIndexOf("/") + 1)) {
  const slash = path.length - name.length - 1;
  const byName = BY_NAME.get(name);
  if (byName) return byName;
  if (/\.(txt|in)$/i.test(name)) {
    if (/^requirements([-_.][\w.-]*)?\.(txt|in)$/i.test(name)) return { reader: readRequirements, up: 0 };
    if (path.slice(path.lastIndexOf("/", slash - 1) + 1, Math.max(0, slash)) === "requirements")
      return { reader: readRequirements, up: 1 };
  }
  if (/\.(cs|fs|vb)proj$/i.test(name)) return { reader: readCsproj, up: 0 };
  if (/\.gemspec$/.test(name)) return { reader: readGemfile, up: 0 };
  return void 0;
}

// src/discovery/listing.ts
function dirOf(path) {
  const i = path.lastIndexOf("/");
  return i === -1 ? "" : path.slice(0, i);
}
function up(dir, levels) {
  let d = dir;
  for (let i = 0; i < levels && d !== ""; i++) d = dirOf(d);
  return d;
}
function nearest(dirs, dir) {
  let d = dir;
  for (; ; ) {
    if (dirs.has(d)) return d;
    if (d === "" || d.startsWith("..") && !d.includes("/")) return void 0;
    d = dirOf(d);
  }
}
function inFolder(path, dir) {
  if (dir === "") return !path.includes("/");
  return path.length > dir.length + 1 && path.charCodeAt(dir.length) === 47 && path.startsWith(dir) && path.indexOf("/", dir.length + 1) === -1;
}
function sortListing(listing, configs, skip) {
  const sorted = {
    depFiles: [],
    configFiles: [],
    versionCatalogs: /* @__PURE__ */ new Map(),
    sourceFiles: []
  };
  const configsNamed = /* @__PURE__ */ new Map();
  for (const f of listing) {
    const path = f.file;
    const language = languageOf(path);
    if (language) sorted.sourceFiles.push({ file: f, language });
    const name = path.slice(path.lastIndexOf("/") + 1);
    const kind = dependencyFileKind(path, name);
    if (kind) sorted.depFiles.push({ file: f, dir: up(dirOf(path), kind.up) });
    if (path.endsWith("gradle/libs.versions.toml")) sorted.versionCatalogs.set(dirOf(dirOf(path)), f);
    if (skip?.has(path)) continue;
    let named = configsNamed.get(name);
    if (!named) {
      named = configs().filter((c) => c.named(name));
      configsNamed.set(name, named);
    }
    if (named.length === 0) continue;
    for (const config of named) if (config.match(path)) sorted.configFiles.push({ file: f, config });
  }
  return sorted;
}
function sourcesOf(sourceFiles, hasLanguage, dirs, withSignals, max) {
  const sources = /* @__PURE__ */ new Map();
  let folder;
  let owner;
  for (const { file, language } of sourceFiles) {
    if (!hasLanguage(language)) continue;
    if (folder === void 0 || !inFolder(file.file, folder)) {
      folder = dirOf(file.file);
      owner = nearest(dirs, folder);
    }
    if (owner === void 0 || !withSignals.has(owner)) continue;
    const list3 = sources.get(owner) ?? [];
    if (list3.length < max) list3.push(file);
    sources.set(owner, list3);
  }
  return sources;
}

// src/discovery/components.ts
var readFromDisk = (f, maxFileSize) => Promise.resolve(
  f.absPath === void 0 ? void 0 : readSourceSync({ file: f.file, absPath: f.absPath }, { maxFileSize })
);
var MAX_SOURCE_FILE = 512 * 1024;
var MAX_SOURCES_PER_COMPONENT = 2e3;
var MAX_IMPORT_SITES = 25;
var CONCURRENCY = 16;
async function mapLimit(items, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return out;
}
function describeKinds(evidence) {
  const kinds = new Set(evidence.map((e) => e.kind));
  return KIND_ORDER.filter((k) => kinds.has(k));
}
async function discoverComponents(listing, opts) {
  const readText = opts.read ?? readFromDisk;
  let index = typeof opts.catalog === "function" ? void 0 : opts.catalog;
  const catalogOf = () => index ??= opts.catalog();
  const errors = [];
  const { depFiles, configFiles, versionCatalogs, sourceFiles } = sortListing(
    listing,
    () => catalogOf().configs,
    opts.skip
  );
  const read = async (f, max) => {
    const r = await readText(f, max);
    if (r === void 0) return void 0;
    if ("error" in r) {
      errors.push(r.error);
      return void 0;
    }
    return r.text;
  };
  const catalogCache = /* @__PURE__ */ new Map();
  const versionCatalogFor = (dir) => {
    let d = dir;
    for (; ; ) {
      const f = versionCatalogs.get(d);
      if (f) {
        let p = catalogCache.get(f.file);
        if (!p) {
          p = read(f, opts.maxFileSize).then((text2) => {
            if (text2 === void 0) return void 0;
            const parsed2 = readVersionCatalog(text2);
            if (parsed2 instanceof Map) return parsed2;
            errors.push(fileError(f.file, parsed2.line, parsed2.column, `malformed TOML: ${parsed2.message}`));
            return void 0;
          });
          catalogCache.set(f.file, p);
        }
        return p;
      }
      if (d === "") return Promise.resolve(void 0);
      d = dirOf(d);
    }
  };
  const parsed = await mapLimit(depFiles, async ({ file, dir }) => {
    const text2 = await read(file, opts.maxFileSize);
    if (text2 === void 0) return void 0;
    const kind = dependencyFileKind(file.file);
    if (/build\.gradle(\.kts)?$/.test(file.file)) {
      const { result, refs } = readGradleWithRefs(file.file, text2);
      if (refs.length > 0) {
        const libs = await versionCatalogFor(dir);
        for (const ref of refs) {
          const coord = libs?.get(catalogAccessor(ref.alias));
          if (coord) {
            result.dependencies.push({
              name: coord,
              line: ref.line,
              column: ref.column,
              endLine: ref.line,
              endColumn: ref.endColumn,
              ...ref.scope ? { scope: ref.scope } : {}
            });
          }
        }
        result.dependencies.sort((a, b) => a.line - b.line || a.column - b.column);
      }
      return { dep: result, dir };
    }
    return { dep: kind.reader(file.file, text2), dir };
  });
  const byDir = /* @__PURE__ */ new Map();
  const component = (dir) => {
    let c = byDir.get(dir);
    if (!c) {
      c = {
        path: dir,
        name: dir === "" ? "." : dir,
        files: [],
        ecosystems: [],
        kinds: [],
        evidence: [],
        declaredBy: []
      };
      byDir.set(dir, c);
    }
    return c;
  };
  const dependencyFiles = [];
  const workspaceRoots = [];
  for (const p of parsed) {
    if (!p) continue;
    const { dep, dir } = p;
    dependencyFiles.push(dep);
    errors.push(...dep.errors);
    const c = component(dir);
    c.files.push(dep.file);
    if (!c.ecosystems.includes(dep.ecosystem)) c.ecosystems.push(dep.ecosystem);
    if (dep.projectName && c.name === (dir === "" ? "." : dir)) c.name = dep.projectName;
    if (dep.workspaces?.length) workspaceRoots.push({ dir, globs: dep.workspaces, name: c.name });
    for (const d of dep.dependencies) {
      const entry = catalogOf().lookup(dep.ecosystem, d.name);
      if (!entry) continue;
      c.evidence.push({
        type: "dependency",
        file: dep.file,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        kind: entry.kind,
        name: d.name,
        ecosystem: dep.ecosystem,
        ...d.version !== void 0 ? { version: d.version } : {},
        ...d.scope !== void 0 ? { scope: d.scope } : {},
        catalogName: entry.name,
        ...entry.vendor ? { vendor: entry.vendor } : {},
        ...entry.title ? { title: entry.title } : {}
      });
    }
  }
  await mapLimit(configFiles, async ({ file, config }) => {
    const text2 = await read(file, Math.min(opts.maxFileSize, MAX_SOURCE_FILE));
    if (text2 === void 0) return;
    let line = 1;
    if (config.contains) {
      const matches = config.contains.map((re) => re.search(text2));
      if (matches.some((m) => m < 0)) return;
      line = text2.slice(0, matches[0]).split("\n").length;
    }
    const at = up(dirOf(file.file), config.project);
    component(at).evidence.push({
      type: "config",
      file: file.file,
      line,
      column: 1,
      kind: config.kind,
      name: config.framework
    });
  });
  const withSignals = new Set([...byDir.values()].filter((c) => c.evidence.length > 0).map((c) => c.path));
  const allDirs = new Set(byDir.keys());
  const sources = opts.imports === false || withSignals.size === 0 ? /* @__PURE__ */ new Map() : sourcesOf(
    sourceFiles,
    (l) => catalogOf().hasLanguage(l),
    allDirs,
    withSignals,
    MAX_SOURCES_PER_COMPONENT
  );
  for (const [dir, files] of sources) {
    const c = byDir.get(dir);
    const sites = [];
    await mapLimit(files, async (f) => {
      const r = await readText(f, MAX_SOURCE_FILE);
      if (r === void 0 || "error" in r) return;
      if (looksMinified(r.text)) return;
      const lang = languageOf(f.file);
      const hits = /* @__PURE__ */ new Map();
      const known = (module) => {
        const hit = catalogOf().lookupImport(lang, module);
        if (hit) hits.set(module, hit);
        return hit !== void 0;
      };
      for (const site of importSites(lang, r.text, known)) {
        const hit = hits.get(site.module);
        sites.push({
          type: "import",
          file: f.file,
          line: site.line,
          column: site.column,
          kind: hit.kind,
          name: site.module,
          ecosystem: hit.entry.ecosystem,
          catalogName: hit.entry.name,
          ...hit.entry.vendor ? { vendor: hit.entry.vendor } : {},
          ...hit.entry.title ? { title: hit.entry.title } : {}
        });
      }
    });
    sites.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
    c.evidence.push(...sites.slice(0, MAX_IMPORT_SITES));
  }
  for (const ws of workspaceRoots) {
    const matchers = ws.globs.map((g) => posix2.join(ws.dir, g).replace(/\/$/, ""));
    for (const c of byDir.values()) {
      if (c.path === ws.dir) continue;
      if (matchers.some((m) => workspaceMatch(m, c.path))) c.workspace = ws.name;
    }
  }
  const components = [...byDir.values()].filter((c) => c.evidence.length > 0).map((c) => {
    c.files.sort();
    c.ecosystems.sort();
    c.evidence.sort(compareEvidence);
    c.kinds = describeKinds(c.evidence);
    return c;
  }).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  dependencyFiles.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { components, dependencyFiles, errors };
}
var TYPE_ORDER = { dependency: 0, config: 1, import: 2 };
function compareEvidence(a, b) {
  return TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}

// src/discovery/declared.ts
import { posix as posix3 } from "node:path";
function escapeGlob(text2) {
  return text2.replace(/[*?[\]{}()!+@\\]/g, "\\$&");
}
function strings2(v) {
  if (typeof v === "string") return [v];
  return Array.isArray(v) ? v.filter((s) => typeof s === "string" && s.trim() !== "") : [];
}
function fromManifest(manifest, p, folder = (dir) => dir) {
  const rel = p.replace(/\\/g, "/");
  const joined = rel.startsWith("./") || rel.startsWith("../") ? posix3.join(folder(dirOf(manifest)), rel) : rel;
  return posix3.normalize(joined).replace(/^\.\/?/, "").replace(/\/$/, "");
}
function decideDeclared(components, declarations, natives = []) {
  const dirs = new Set(components.map((c) => c.path));
  const byPath = new Map(components.map((c) => [c.path, c]));
  const add = (c, cov) => {
    if (!c) return;
    if (c.declaredBy.some((d) => d.by === cov.by && d.file === cov.file && d.agent === cov.agent)) return;
    c.declaredBy.push(cov);
  };
  const owner = (file) => {
    const d = nearest(dirs, dirOf(file));
    return d === void 0 ? void 0 : byPath.get(d);
  };
  for (const decl of declarations) {
    const agent = decl.agent !== void 0 ? { agent: decl.agent } : {};
    add(owner(decl.file), { by: "manifest", file: decl.file, ...agent });
    const globs = strings2(decl.code).map((g) => fromManifest(decl.file, g, escapeGlob)).filter((g) => globCostProblem(g) === void 0);
    if (globs.length > 0) {
      const match = picomatch()(globs, { dot: true });
      for (const c of components) {
        const paths = [c.path, `${c.path}/`, ...c.files, ...c.evidence.map((e) => e.file)];
        const hit = paths.find((p) => p !== "" && p !== "/" && match(p.replace(/^\//, "")));
        if (hit !== void 0 || c.path === "" && globs.some((g) => g === "**" || g === "**/*")) {
          add(c, { by: "code", manifest: decl.file, file: hit ?? c.path, ...agent });
        }
      }
    }
    for (const s of strings2(decl.sources)) {
      const target = fromManifest(decl.file, s);
      add(owner(target), { by: "sources", manifest: decl.file, file: target, ...agent });
    }
  }
  for (const n of natives)
    add(owner(n.file), { by: "native", file: n.file, ...n.agent ? { agent: n.agent } : {} });
}

// src/discovery/run.ts
var builtinIndex;
function catalogFor(packs) {
  if (!packs || packs.length === 0) return builtinIndex ??= new CatalogIndex(mergeCatalogs([]));
  return new CatalogIndex(mergeCatalogs([catalogFromSources(packs)]));
}
function declarationsOf(agents) {
  return agents.map((a) => {
    const data = a.doc.data;
    return {
      file: a.doc.file,
      ...a.name !== void 0 ? { agent: a.name } : {},
      ...data.code !== void 0 ? { code: data.code } : {},
      ...data.sources !== void 0 ? { sources: data.sources } : {}
    };
  });
}
async function discoverCode(opts) {
  const packs = opts.catalogs;
  const found = await discoverComponents(opts.listing, {
    catalog: packs && packs.length > 0 ? catalogFor(packs) : () => catalogFor(void 0),
    maxFileSize: opts.maxFileSize,
    ...opts.manifests ? { skip: opts.manifests } : {},
    ...opts.read ? { read: opts.read } : {},
    ...opts.imports !== void 0 ? { imports: opts.imports } : {}
  });
  decideDeclared(found.components, declarationsOf(opts.agents), opts.natives ?? []);
  return { components: found.components, errors: found.errors };
}

// src/report/fingerprint.ts
import { createHash } from "node:crypto";

// src/manifest/agent-key.ts
function unnamedAgentKey(file, docIndex) {
  return `${file}#${docIndex}`;
}
function agentKey(agent) {
  return agent.name ?? unnamedAgentKey(agent.doc.file, agent.doc.docIndex);
}

// src/report/fingerprint.ts
function itemKey(item) {
  if (typeof item === "string") return item;
  if (typeof item !== "object" || item === null || Array.isArray(item)) return void 0;
  const { name, resource } = item;
  if (typeof name === "string") return `name=${name}`;
  if (typeof resource === "string") return `resource=${resource}`;
  return void 0;
}
function stablePointer(pointer, data) {
  if (pointer === "" || data === void 0) return pointer;
  let node = data;
  const out = [];
  for (const raw of pointer.split("/").slice(1)) {
    const segment = unescapePointerSegment(raw);
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      const item = node[Number(segment)];
      const key = itemKey(item);
      out.push(key !== void 0 ? `[${key}]` : segment);
      node = item;
    } else {
      out.push(segment);
      node = typeof node === "object" && node !== null && Object.hasOwn(node, segment) ? node[segment] : void 0;
    }
  }
  return out.map((s) => "/" + escapePointerSegment(s)).join("");
}
function fingerprintOf(key, occurrence = 0) {
  const subject = key.agent !== void 0 ? `agent:${key.file}\0${key.agent}` : `doc:${unnamedAgentKey(key.file, key.docIndex)}`;
  const parts = [key.ruleId, subject, stablePointer(key.pointer, key.data)];
  if (occurrence > 0) parts.push(String(occurrence));
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);
}
function fingerprinter() {
  const seen = /* @__PURE__ */ new Map();
  return (key) => {
    const first = fingerprintOf(key);
    const n = seen.get(first) ?? 0;
    seen.set(first, n + 1);
    return n === 0 ? first : fingerprintOf(key, n);
  };
}

// src/discovery/findings.ts
var SHADOW_AGENT_CODE = "AP-SHADOW-001";
var SHADOW_LLM_SDK = "AP-SHADOW-002";
function strongest(c) {
  const kind = c.kinds[0];
  return c.evidence.find((e) => e.type === "dependency" && e.kind === kind) ?? c.evidence.find((e) => e.type === "config" && e.kind === kind) ?? c.evidence.find((e) => e.type === "dependency") ?? c.evidence[0];
}
function label(e) {
  const what = e.type === "config" ? `${e.name} config` : e.name;
  return `${what} (${e.kind})`;
}
function slug2(path) {
  const last = path.split("/").filter(Boolean).pop() ?? "agent";
  return last.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "agent";
}
function shadowFindings(components) {
  const out = [];
  for (const c of components) {
    if (isDeclared(c) || c.kinds.length === 0) continue;
    const agentCode = c.kinds.some((k) => k !== "llm-sdk");
    const ruleId = agentCode ? SHADOW_AGENT_CODE : SHADOW_LLM_SDK;
    const at = strongest(c);
    const signals = [
      ...new Map(c.evidence.filter((e) => e.type !== "import").map((e) => [e.name, e])).values()
    ];
    const shown = signals.slice(0, 3).map(label).join(", ");
    const more = signals.length > 3 ? ` and ${signals.length - 3} more` : "";
    const imports = c.evidence.filter((e) => e.type === "import").length;
    const where = c.path === "" ? "the repository root" : c.path;
    const message = `${where}${c.name !== c.path && c.name !== "." ? ` (${c.name})` : ""} uses ${shown}${more}${imports > 0 ? `, imported in ${new Set(c.evidence.filter((e) => e.type === "import").map((e) => e.file)).size} file(s)` : ""}; no manifest's code: globs, manifest, native agent config or sources: link declares it`;
    const glob = c.path === "" ? "**" : `${c.path}/**`;
    const remediation = `Declare ${where} in a manifest: put one in ${c.path === "" ? "the repository root" : `${c.path}/`}, or cover it with code: globs:
\`\`\`yaml
apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: ${slug2(c.path === "" ? c.name : c.path)}
  owner: <team or person accountable>
code: ["${glob}"]
\`\`\`
` + (agentCode ? "If it is not agent code, remove the dependency or waive this finding with the reason." : "If this model call is not an agent for your organisation, waive the finding with the reason.");
    const path = at.type === "dependency" ? `/dependencies/${escapePointerSegment(at.name)}` : "";
    out.push({
      ruleId,
      component: c,
      at,
      message,
      remediation,
      path,
      fingerprint: fingerprintOf({
        ruleId,
        agent: `component:${c.path}`,
        file: at.file,
        docIndex: 0,
        pointer: ""
      })
    });
  }
  return out;
}

// src/discovery/report-findings.ts
function shadowReportFindings(components, opts) {
  const out = [];
  for (const raw of shadowFindings(components)) {
    const check = opts.checks.get(raw.ruleId);
    if (!check || opts.disabled.has(raw.ruleId)) continue;
    const at = raw.at;
    out.push({
      ruleId: raw.ruleId,
      title: check.title,
      severity: opts.severity[raw.ruleId] ?? check.severity,
      message: raw.message,
      file: at.file,
      line: at.line,
      column: at.column,
      endLine: at.endLine ?? at.line,
      endColumn: at.endColumn ?? at.column + 1,
      path: raw.path,
      // waivers name the project by its path (agent: services/support-bot)
      agent: raw.component.path === "" ? "." : raw.component.path,
      controls: opts.controls(raw.ruleId),
      remediation: raw.remediation,
      status: "open",
      fingerprint: raw.fingerprint
    });
  }
  return out;
}

// src/discovery/rows.ts
function componentRows(components, findings = []) {
  return components.map((c) => {
    const counts = emptyCounts();
    let waived = 0;
    for (const f of findings) {
      if (!f.ruleId.startsWith("AP-SHADOW-") || f.agent !== (c.path === "" ? "." : c.path)) continue;
      if (f.status === "waived") waived++;
      else counts[f.severity]++;
    }
    const firstAgent = c.declaredBy.find((d) => d.agent !== void 0)?.agent;
    const row = {
      path: c.path === "" ? "." : c.path,
      name: c.name,
      declared: isDeclared(c),
      ...firstAgent !== void 0 ? { agent: firstAgent } : {},
      declaredBy: c.declaredBy.map((d) => ({
        by: d.by,
        file: d.by === "code" || d.by === "sources" ? d.manifest : d.file,
        ...d.agent !== void 0 ? { agent: d.agent } : {}
      })),
      kinds: [...c.kinds],
      ecosystems: [...c.ecosystems],
      files: [...c.files],
      signals: c.evidence.map((e) => ({
        type: e.type,
        package: e.type === "import" ? e.catalogName ?? e.name : e.name,
        kind: e.kind,
        file: e.file,
        line: e.line,
        ...e.ecosystem ? { ecosystem: e.ecosystem } : {},
        ...e.version !== void 0 ? { version: e.version } : {},
        ...e.scope !== void 0 ? { scope: e.scope } : {}
      })),
      findings: counts,
      waived,
      ...c.workspace !== void 0 ? { workspace: c.workspace } : {}
    };
    return row;
  });
}

// src/engine/context.ts
function emptyIndex() {
  return /* @__PURE__ */ Object.create(null);
}
function agentName(agent) {
  if (typeof agent.name === "string") return agent.name;
  const metadata = agent.data.metadata;
  return isRecord(metadata) && typeof metadata.name === "string" ? metadata.name : void 0;
}
function agentLabel(agent) {
  return agentName(agent) ?? unnamedAgentKey(agent.doc.file, agent.doc.docIndex);
}
function buildRunContext(agents, now) {
  const run = {
    now,
    agents: agents.length,
    identity_ids: emptyIndex(),
    names: emptyIndex(),
    secret_refs: emptyIndex(),
    agents_by_name: emptyIndex()
  };
  const shared2 = /* @__PURE__ */ new Map();
  for (const agent of agents) {
    const name = agentName(agent);
    if (name !== void 0) {
      run.names[name] = (run.names[name] ?? 0) + 1;
      if (!Object.hasOwn(run.agents_by_name, name)) run.agents_by_name[name] = agent.data;
    }
    const identity = agent.data.identity;
    if (isRecord(identity) && typeof identity.id === "string" && identity.id !== "") {
      run.identity_ids[identity.id] = (run.identity_ids[identity.id] ?? 0) + 1;
    }
    const credentials = agent.data.credentials;
    if (Array.isArray(credentials)) {
      const label2 = agentLabel(agent);
      for (const cred of credentials) {
        if (!isRecord(cred) || typeof cred.secret_ref !== "string" || cred.secret_ref === "") continue;
        const ref = cred.secret_ref;
        const users = Object.hasOwn(run.secret_refs, ref) ? run.secret_refs[ref] : void 0;
        if (users === void 0) {
          run.secret_refs[ref] = [label2];
          continue;
        }
        let seen = shared2.get(ref);
        if (!seen && users.length >= 8) shared2.set(ref, seen = new Set(users));
        if (seen ? seen.has(label2) : users.includes(label2)) continue;
        users.push(label2);
        seen?.add(label2);
      }
    }
  }
  return run;
}

// src/engine/cross-agent.ts
function reachesAgents(path) {
  if (typeof path !== "string") return path === null || path === void 0 || typeof path === "object";
  if (path === "") return true;
  const [root, second] = path.split(".");
  return root === "run" && (second === void 0 || second === "agents_by_name");
}
function logicReaches(node) {
  if (Array.isArray(node)) return node.some(logicReaches);
  if (typeof node !== "object" || node === null) return false;
  return Object.entries(node).some(([op, raw]) => {
    const args = Array.isArray(raw) ? raw : [raw];
    if (op === "var") return reachesAgents(args[0]) || logicReaches(args.slice(1));
    const literal = operatorOf(op)?.literalPaths;
    if (literal !== void 0) {
      const from = literal === "all" ? 0 : literal;
      const keys = (literal === "all" ? args : args.slice(from, from + 1)).flatMap(
        (k) => Array.isArray(k) ? k : [k]
      );
      return keys.some(reachesAgents) || logicReaches(args.slice(0, from));
    }
    return logicReaches(args);
  });
}
var SLOT = /\{\{([^}]*)\}\}/g;
function readsOtherAgents(check) {
  if ([check.when, check.where, check.assert, ...Object.values(check.vars ?? {})].some(logicReaches))
    return true;
  for (const [, body] of (check.message ?? "").matchAll(SLOT)) {
    if (reachesAgents((body ?? "").split("|")[0].trim())) return true;
  }
  return false;
}

// src/engine/evaluate.ts
var MAX_ERROR_LENGTH = 300;
var MAX_FINDINGS_PER_CHECK = 100;
function overflowMessage(count) {
  const what = count === 1 ? "finding" : "findings";
  return `${count} more ${what} of this check for this agent are not listed (only the first ${MAX_FINDINGS_PER_CHECK} are)`;
}
function effectiveSeverity(check, base, overrides) {
  const wanted = overrides && Object.hasOwn(overrides, check.id) ? overrides[check.id] : void 0;
  if (wanted === void 0) return base;
  if (!check.waivable && severityRank(wanted) > severityRank(base)) return base;
  return wanted;
}
function sensitiveSpecOf(resolved) {
  const categories = resolved.get("sensitive_categories");
  const actions = resolved.get("sensitive_actions");
  return {
    categories: Array.isArray(categories) ? categories : DEFAULT_SENSITIVE.categories,
    actions: Array.isArray(actions) ? actions : DEFAULT_SENSITIVE.actions
  };
}
function itemPointer(item) {
  if (typeof item !== "object" || item === null) return "";
  const p = item.pointer;
  return typeof p === "string" && (p === "" || p.startsWith("/")) ? p : "";
}
function tidy(s) {
  return boundedLine(s, MAX_ERROR_LENGTH).trim();
}
function runOne(rule, base, emit, meter) {
  const { check, when } = rule;
  if (when && !truthy(when(base, meter))) return false;
  const compiled = rule.compiled ??= compileCheck(check);
  const assert = compiled.assert;
  if (!compiled.each) {
    if (!truthy(assert(base, meter))) emit(base, check.at ?? "");
    return true;
  }
  const list3 = getPath(base, compiled.each);
  if (!Array.isArray(list3)) return true;
  const ctx = itemContext(base);
  list3.forEach((item, index) => {
    ctx.item = item;
    ctx.index = index;
    if (compiled.where && !truthy(compiled.where(ctx, meter))) return;
    if (truthy(assert(ctx, meter))) return;
    const at = compiled.eachPointer ? joinPointer([...compiled.eachPointer, index]) : itemPointer(item);
    emit(ctx, appendPointer(at, check.at));
  });
  return true;
}
function itemContext(base) {
  return {
    agent: base.agent,
    params: base.params,
    run: base.run,
    derived: base.derived,
    item: void 0,
    index: 0
  };
}
function messageContext(ctx, vars) {
  const out = { agent: ctx.agent, params: ctx.params, run: ctx.run, derived: ctx.derived };
  if (Object.hasOwn(ctx, "item")) {
    out.item = ctx.item;
    out.index = ctx.index;
  }
  out.vars = vars;
  return out;
}
function unreadablePointers(agent) {
  let out;
  for (const f of agent.findings) {
    if (f.ruleId === UNREADABLE_VALUE || f.ruleId === SCHEMA_VIOLATION && isTimeField(f.pointer)) {
      (out ??= /* @__PURE__ */ new Set()).add(f.pointer);
    }
  }
  return out;
}
function isTimeField(pointer) {
  return isDurationField(pointer) || isDateField(pointer);
}
function agentRules(agent, agentIndex, shared2) {
  const { redact } = shared2;
  const unreadable = unreadablePointers(agent);
  const derived = deriveFacts(agent.data, agent.secrets, shared2.sensitive);
  const base = { agent: agent.data, params: {}, run: shared2.run, derived };
  let rule;
  let out = [];
  let emitted = 0;
  let meter = new EvaluationMeter();
  const emit = (ctx, pointer) => {
    if (unreadable?.has(pointer)) return;
    if (++emitted > MAX_FINDINGS_PER_CHECK) return;
    const vars = /* @__PURE__ */ Object.create(null);
    for (const [name, fn] of rule.compiled.vars) vars[name] = fn(ctx, meter);
    const message = rule.compiled.message(messageContext(ctx, vars), redact);
    out.push({
      ruleId: rule.check.id,
      severity: rule.severity,
      agentIndex,
      pointer: writtenPointer(pointer, agent.aliases),
      message
    });
  };
  return (current, findings, errors) => {
    const { check, params, severity } = current;
    if (shared2.exhausted.has(check.id)) return;
    rule = current;
    out = findings;
    emitted = 0;
    base.params = params;
    meter = new EvaluationMeter();
    try {
      if (runOne(current, base, emit, meter)) shared2.applied(check.id, agentIndex);
    } catch (e) {
      let message = e instanceof Error ? e.message : String(e);
      if (e instanceof LogicBudgetError) {
        shared2.exhausted.add(check.id);
        message += "; the check is skipped for the remaining agents";
      }
      errors.push({ ruleId: check.id, agentIndex, message: tidy(redact(message)) });
    }
    if (emitted > MAX_FINDINGS_PER_CHECK) {
      const eachPointer = current.compiled?.eachPointer;
      const pointer = eachPointer ? joinPointer(eachPointer) : "";
      const message = overflowMessage(emitted - MAX_FINDINGS_PER_CHECK);
      out.push({ ruleId: check.id, severity, agentIndex, pointer, message });
    }
  };
}
function documentFindings(agent, agentIndex, byId, opts, redact) {
  const findings = [];
  const documentCounts = /* @__PURE__ */ new Map();
  for (const f of agent.findings) {
    const check = byId.get(f.ruleId);
    if (!check) continue;
    const severity = effectiveSeverity(check, f.severity ?? check.severity, opts.severityOverrides);
    const seen = documentCounts.get(f.ruleId) ?? { severity, count: 0 };
    documentCounts.set(f.ruleId, seen);
    if (++seen.count > MAX_FINDINGS_PER_CHECK) continue;
    findings.push({
      ruleId: f.ruleId,
      severity,
      agentIndex,
      pointer: writtenPointer(f.pointer, agent.aliases),
      message: tidy(redact(f.message))
    });
  }
  for (const [ruleId, { severity, count }] of documentCounts) {
    if (count <= MAX_FINDINGS_PER_CHECK) continue;
    const message = overflowMessage(count - MAX_FINDINGS_PER_CHECK);
    findings.push({ ruleId, severity, agentIndex, pointer: "", message });
  }
  return findings;
}
function evaluator(agents, checks, opts) {
  const count = agents.length;
  const active = checks.filter((c) => !c.waivable || !opts.disabled?.has(c.id));
  const byId = new Map(active.map((c) => [c.id, c]));
  const resolved = resolveParams(checks, opts.params);
  const rules = active.filter((c) => !c.builtin).map((check) => ({
    check,
    when: compileWhen(check),
    params: paramsFor(check, resolved),
    severity: effectiveSeverity(check, check.severity, opts.severityOverrides),
    // with no agent nothing runs, and the analysis is a share of an empty run
    crossAgent: count > 0 && readsOtherAgents(check)
  }));
  const errors = [];
  const applied2 = /* @__PURE__ */ new Set();
  const appliedTo = /* @__PURE__ */ new Map();
  const shared2 = {
    run: buildRunContext(agents, opts.now),
    redact: makeRedactor(agents.flatMap((a) => a.redact)),
    sensitive: sensitiveSpecOf(resolved),
    exhausted: /* @__PURE__ */ new Set(),
    applied: (id, agentIndex) => {
      applied2.add(id);
      let row = appliedTo.get(id);
      if (!row) appliedTo.set(id, row = new Uint8Array(count));
      row[agentIndex] = 1;
    }
  };
  if (count > 0) {
    for (const c of active)
      if (c.builtin) {
        applied2.add(c.id);
        appliedTo.set(c.id, new Uint8Array(count).fill(1));
      }
  }
  const cross = rules.filter((r) => r.crossAgent);
  const early = [];
  if (cross.length > 0) {
    agents.forEach((agent, agentIndex) => {
      const run = agentRules(agent, agentIndex, shared2);
      for (const rule of cross) {
        const outcome = { findings: [], errors: [] };
        run(rule, outcome.findings, outcome.errors);
        if (outcome.findings.length > 0 || outcome.errors.length > 0) {
          (early[agentIndex] ??= /* @__PURE__ */ new Map()).set(rule, outcome);
        }
      }
    });
  }
  shared2.run.agents_by_name = /* @__PURE__ */ Object.create(null);
  return {
    agent(agent, agentIndex) {
      const findings = documentFindings(agent, agentIndex, byId, opts, shared2.redact);
      const run = agentRules(agent, agentIndex, shared2);
      const waiting = early[agentIndex];
      early[agentIndex] = void 0;
      for (const rule of rules) {
        if (!rule.crossAgent) {
          run(rule, findings, errors);
          continue;
        }
        const outcome = waiting?.get(rule);
        if (!outcome) continue;
        for (const f of outcome.findings) findings.push(f);
        for (const e of outcome.errors) errors.push(e);
      }
      return findings;
    },
    result: () => ({ errors, applied: [...applied2].sort(), appliedTo })
  };
}

// src/policy/scope-catalog.ts
import { readdirSync as readdirSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/policy/scope-snapshot.ts
var SCOPES_SNAPSHOT_FILE = "builtin-scopes.json";
var TAG2 = "agentpolicy scope catalogs 1";
var digestOf2 = (rulesDir) => folderDigest(rulesDir, ["scopes"], TAG2);
function restore(stored) {
  const { entries, ...rest } = stored;
  return {
    ...rest,
    exact: new Map(stored.exact.map(([name, i]) => [name, entries[i]])),
    patterns: stored.patterns.map(([pattern, i]) => ({ pattern, entry: entries[i] }))
  };
}
function readScopeSnapshot(text2, rulesDir) {
  const body = stampedBody(text2, TAG2, () => digestOf2(rulesDir));
  return body ? body.catalogs.map(restore) : void 0;
}
function loadScopeSnapshot(rulesDir) {
  const text2 = shippedText(SCOPES_SNAPSHOT_FILE);
  return text2 === void 0 ? void 0 : readScopeSnapshot(text2, rulesDir);
}

// src/policy/scope-catalog.ts
var SCOPE_ACCESS = ["read", "write", "admin"];
var SCOPE_CATEGORIES = [
  "database",
  "workflow",
  "deployment",
  "email",
  "external-api",
  "filesystem",
  "code-execution",
  "payments",
  "identity",
  "secrets"
];
function strings3(v) {
  return Array.isArray(v) ? v.filter((s) => typeof s === "string") : [];
}
var PROVIDER = /^[a-z0-9][a-z0-9-]{0,62}$/;
var MAX_CATALOG_ENTRIES = 5e3;
function catalogFromSource(src) {
  const d = src.data;
  if (!isRecord(d)) throw src.error([], "a scope catalog is a mapping with provider, sources and scopes");
  const provider = d.provider;
  if (typeof provider !== "string" || !PROVIDER.test(provider)) {
    throw src.error(["provider"], "provider must be a lowercase name such as github or microsoft-graph");
  }
  const sources = [];
  if (!Array.isArray(d.sources) || d.sources.length === 0) {
    throw src.error(
      ["sources"],
      "a scope catalog cites the provider's documentation it is read from (sources)"
    );
  }
  d.sources.forEach((s, i) => {
    if (!isRecord(s) || typeof s.url !== "string" || !/^https:\/\//.test(s.url)) {
      throw src.error(["sources", i], "each source has an https url");
    }
    sources.push({
      url: s.url,
      ...typeof s.title === "string" ? { title: s.title } : {},
      verified: s.verified === true
    });
  });
  const match = isRecord(d.match) ? d.match : {};
  const caseInsensitive = d.case_insensitive === true;
  const catalog = {
    provider,
    title: typeof d.title === "string" ? d.title : provider,
    sources,
    schemes: strings3(match.schemes).map((s) => s.toLowerCase()),
    hosts: strings3(match.hosts).map((s) => s.toLowerCase()),
    caseInsensitive,
    exact: /* @__PURE__ */ new Map(),
    patterns: [],
    file: src.file
  };
  if (!Array.isArray(d.scopes)) throw src.error(["scopes"], "scopes must be a list of entries");
  let count = 0;
  d.scopes.forEach((raw, i) => {
    if (!isRecord(raw)) throw src.error(["scopes", i], "each entry is a mapping");
    const entry = entryOf(raw, (key, reason) => src.error(["scopes", i, key], reason));
    if (typeof raw.pattern === "string") {
      catalog.patterns.push({ pattern: fold(raw.pattern, caseInsensitive), entry });
      count++;
    } else {
      const names = typeof raw.scope === "string" ? [raw.scope] : strings3(raw.scope);
      if (names.length === 0)
        throw src.error(["scopes", i], "each entry names a scope (or a list of them) or a pattern");
      for (const name of names) {
        const key = fold(name, caseInsensitive);
        if (!catalog.exact.has(key)) catalog.exact.set(key, entry);
        count++;
      }
    }
    if (count > MAX_CATALOG_ENTRIES) {
      throw src.error(["scopes", i], `more than ${MAX_CATALOG_ENTRIES} entries in one scope catalog`);
    }
  });
  return catalog;
}
function fold(s, caseInsensitive) {
  return caseInsensitive ? s.toLowerCase() : s;
}
function entryOf(raw, fail) {
  const access = raw.access;
  if (typeof access !== "string" || !SCOPE_ACCESS.includes(access)) {
    throw fail("access", "access must be read, write or admin");
  }
  const category = raw.category;
  if (typeof category !== "string" || !SCOPE_CATEGORIES.includes(category)) {
    throw fail("category", `category must be one of ${SCOPE_CATEGORIES.join(", ")}`);
  }
  const actions = raw.actions === void 0 ? [access] : strings3(raw.actions);
  if (actions.length === 0) throw fail("actions", "actions must be a list of v1 actions");
  return {
    access,
    category,
    actions,
    sensitive: raw.sensitive === true,
    any_user: raw.any_user === true,
    tenant_wide: raw.tenant_wide === true,
    ...typeof raw.note === "string" ? { note: raw.note } : {}
  };
}
function lookupScope(catalog, scope) {
  const key = fold(scope, catalog.caseInsensitive);
  const exact = catalog.exact.get(key);
  if (exact) return exact;
  for (const { pattern, entry } of catalog.patterns) if (globMatch(key, pattern)) return entry;
  return void 0;
}
function mergeCatalogs2(lists) {
  const byProvider = /* @__PURE__ */ new Map();
  for (const c of lists) {
    const earlier = byProvider.get(c.provider);
    if (!earlier) {
      byProvider.set(c.provider, c);
      continue;
    }
    const exact = new Map(earlier.exact);
    for (const [k, v] of c.exact)
      exact.set(c.caseInsensitive || earlier.caseInsensitive ? k.toLowerCase() : k, v);
    byProvider.set(c.provider, {
      ...earlier,
      sources: [...earlier.sources, ...c.sources],
      schemes: [.../* @__PURE__ */ new Set([...earlier.schemes, ...c.schemes])],
      hosts: [.../* @__PURE__ */ new Set([...earlier.hosts, ...c.hosts])],
      exact,
      // the pack's patterns are tried first
      patterns: [...c.patterns, ...earlier.patterns]
    });
  }
  return { byProvider };
}
function scopeFiles(dir) {
  try {
    return readdirSync2(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort().map((f) => join2(dir, f));
  } catch {
    return [];
  }
}
var builtin2;
function readBuiltinCatalogList(rulesDir = builtinRulesDir()) {
  return scopeFiles(join2(rulesDir, "scopes")).map(
    (file) => catalogFromSource(readYamlSource(file, `rules/scopes/${file.split(/[\\/]/).pop()}`))
  );
}
function builtinCatalogList() {
  builtin2 ??= loadScopeSnapshot(builtinRulesDir()) ?? readBuiltinCatalogList();
  return builtin2;
}
var builtinMerged;
function builtinCatalogs() {
  builtinMerged ??= mergeCatalogs2(builtinCatalogList());
  return builtinMerged;
}

// src/scopes/derive.ts
var RANK = { read: 0, write: 1, admin: 2 };
function schemeAndHost(resource) {
  const lower = resource.trim().toLowerCase();
  if (lower.startsWith("arn:")) return { scheme: "arn" };
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/.exec(lower);
  if (!m) return {};
  const authority = m[2].replace(/^[^@]*@/, "").replace(/:\d+$/, "");
  return { scheme: m[1], host: authority };
}
function inferProvider(resource, catalogs) {
  if (typeof resource !== "string") return void 0;
  const { scheme, host } = schemeAndHost(resource);
  if (scheme === void 0) return void 0;
  if (scheme !== "http" && scheme !== "https") {
    for (const c of catalogs.byProvider.values()) if (c.schemes.includes(scheme)) return c.provider;
  }
  if (!host) return void 0;
  let best;
  for (const c of catalogs.byProvider.values()) {
    for (const h of c.hosts) {
      const score = h === host ? 1e4 : h.startsWith("*.") && globMatch(host, h) ? h.length : -1;
      if (score >= 0 && (!best || score > best.score)) best = { provider: c.provider, score };
    }
  }
  return best?.provider;
}
function scopeFactsOf(perm, catalogs) {
  const scopes = Array.isArray(perm.scopes) ? perm.scopes.filter((s) => typeof s === "string") : [];
  if (scopes.length === 0) return void 0;
  const declared = typeof perm.provider === "string" && perm.provider.trim() !== "" ? perm.provider : void 0;
  const provider = declared ?? inferProvider(perm.resource, catalogs) ?? null;
  const catalog = provider === null ? void 0 : catalogs.byProvider.get(provider);
  const appOnly = perm.on_behalf_of === void 0 || perm.on_behalf_of === "self";
  const facts = {
    provider,
    inferred: declared === void 0 && provider !== null,
    known_provider: catalog !== void 0,
    unknown: [],
    access: null,
    sensitive: [],
    admin: [],
    wildcard: [],
    any_user: [],
    granted: []
  };
  const seen = /* @__PURE__ */ new Set();
  for (const scope of scopes) {
    if (seen.has(scope)) continue;
    seen.add(scope);
    if (scope.includes("*")) facts.wildcard.push(scope);
    if (!catalog) continue;
    const entry = lookupScope(catalog, scope);
    if (!entry) {
      facts.unknown.push(scope);
      continue;
    }
    record(facts, scope, entry, appOnly);
  }
  return facts;
}
function record(facts, scope, entry, appOnly) {
  if (facts.access === null || RANK[entry.access] > RANK[facts.access]) facts.access = entry.access;
  if (entry.sensitive) facts.sensitive.push(scope);
  if (entry.access === "admin") facts.admin.push(scope);
  if (entry.any_user || appOnly && entry.tenant_wide) facts.any_user.push(scope);
  facts.granted.push({
    scope,
    access: entry.access,
    category: entry.category,
    sensitive: entry.sensitive,
    ...entry.note !== void 0 ? { note: entry.note } : {}
  });
}
function derivedActionsAndCategory(perm, facts, catalogs) {
  const catalog = facts.provider === null ? void 0 : catalogs.byProvider.get(facts.provider);
  const actions = /* @__PURE__ */ new Set();
  let best;
  const scopes = Array.isArray(perm.scopes) ? perm.scopes : [];
  for (const scope of scopes) {
    if (typeof scope !== "string" || !catalog) continue;
    const entry = lookupScope(catalog, scope);
    if (!entry) continue;
    for (const a of entry.actions) actions.add(a);
    const rank2 = RANK[entry.access] * 2 + (entry.sensitive ? 1 : 0);
    if (!best || rank2 > best.rank) best = { rank: rank2, category: entry.category };
  }
  if (facts.unknown.length > 0 || !facts.known_provider) actions.add("write");
  return { actions: [...actions], ...best ? { category: best.category } : {} };
}

// src/scopes/apply.ts
var applied = /* @__PURE__ */ new WeakSet();
function scopeCatalogsOf(policy) {
  return policy.scopes && policy.scopes.length > 0 ? mergeCatalogs2([...builtinCatalogList(), ...policy.scopes]) : builtinCatalogs();
}
function applyScopes(agents, catalogs = builtinCatalogs) {
  let resolved = typeof catalogs === "function" ? void 0 : catalogs;
  const catalogsOf = () => resolved ??= catalogs();
  return agents.map((agent) => {
    if (applied.has(agent.data)) return agent;
    if (!hasScopes(agent.data)) {
      applied.add(agent.data);
      return agent;
    }
    const data = applyToData(agent.data, catalogsOf());
    applied.add(data);
    return data === agent.data ? agent : { ...agent, data };
  });
}
function hasScopes(data) {
  const perms = data.permissions;
  return Array.isArray(perms) && perms.some((p) => isRecord(p) && Array.isArray(p.scopes));
}
function applyToData(data, catalogs) {
  const perms = data.permissions;
  if (!Array.isArray(perms) || !hasScopes(data)) return data;
  const out = perms.map((perm) => {
    if (!isRecord(perm) || !Array.isArray(perm.scopes)) return perm;
    const facts = scopeFactsOf(perm, catalogs);
    if (!facts) return perm;
    const copy = {};
    for (const key of Object.keys(perm)) setOwn(copy, key, perm[key]);
    const { actions, category } = derivedActionsAndCategory(perm, facts, catalogs);
    if (perm.actions === void 0 && actions.length > 0) copy.actions = actions;
    if (perm.category === void 0 && category !== void 0) copy.category = category;
    copy.scope_facts = facts;
    return copy;
  });
  const next = {};
  for (const key of Object.keys(data)) setOwn(next, key, data[key]);
  next.permissions = out;
  return next;
}

// src/report/sort.ts
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return cmp(a.file, b.file) || cmp(a.line, b.line) || cmp(a.ruleId, b.ruleId) || cmp(a.column, b.column) || cmp(a.path, b.path) || cmp(a.fingerprint, b.fingerprint);
}
function compareErrors(a, b) {
  return cmp(a.file, b.file) || cmp(a.line, b.line) || cmp(a.column, b.column) || cmp(a.message, b.message);
}

// src/policy/policy-findings.ts
var EXPIRED_WAIVER = "AP-POLICY-001";
var STALE_WAIVER = "AP-POLICY-002";
var NOT_WAIVABLE = "AP-POLICY-003";
function isPolicyCheck(id) {
  return id.startsWith("AP-POLICY-");
}
function policyCheckSeverity(id, checks) {
  const def = checks.get(id) ?? loadPolicy().checks.find((c) => c.id === id);
  if (!def) throw new Error(`the built-in policy check ${id} is missing from rules/checks/policy.yaml`);
  return def.severity;
}
function policyFinding(problem, config, check, controls) {
  const span = config.source.span(problem.at, problem.key);
  const path = joinPointer(problem.at);
  return {
    ruleId: problem.ruleId,
    title: check?.title ?? problem.ruleId,
    severity: problem.severity,
    message: problem.message,
    file: config.file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    path,
    controls,
    remediation: check?.remediation ?? "",
    fingerprint: fingerprintOf({
      ruleId: problem.ruleId,
      file: config.file,
      docIndex: 0,
      pointer: problem.subject
    }),
    status: "open"
  };
}
function configIssueError(issue, config) {
  const span = config.source.span(issue.at);
  return { file: config.file, ...span, message: issue.message };
}

// src/policy/overrides.ts
function checkOverrides(settings, checks) {
  const out = { severity: {}, disabled: /* @__PURE__ */ new Set(), problems: [] };
  for (const [id, setting] of Object.entries(settings ?? {})) {
    const check = checks.get(id);
    if (!check) continue;
    const weakens = setting === "off" || severityRank(setting) > severityRank(check.severity);
    if (!check.waivable && weakens) {
      const what = setting === "off" ? "switched off" : `lowered to ${setting}`;
      out.problems.push({
        ruleId: NOT_WAIVABLE,
        severity: policyCheckSeverity(NOT_WAIVABLE, checks),
        message: `${id} cannot be ${what}: it is not waivable, so it still runs at severity ${check.severity}`,
        at: ["checks", id],
        key: true,
        subject: `checks:${id}`
      });
      continue;
    }
    if (setting === "off") out.disabled.add(id);
    else out.severity[id] = setting;
  }
  return out;
}

// src/check/plan.ts
function selectFrameworks(all, wanted) {
  if (!wanted || wanted.length === 0) return all;
  const unknown = wanted.filter((id) => !all.some((f) => f.id === id));
  if (unknown.length > 0) {
    throw new UsageError(`unknown framework '${unknown[0]}'; known: ${all.map((f) => f.id).join(", ")}`);
  }
  return all.filter((f) => wanted.includes(f.id));
}
function planChecks(opts) {
  const policy = opts.policy?.policy ?? loadPolicy();
  const config = opts.policy?.config;
  const frameworks = selectFrameworks(policy.frameworks, opts.frameworks);
  const limitToFrameworks = (opts.frameworks?.length ?? 0) > 0;
  const inScope = (c) => !limitToFrameworks || c.builtin || !c.waivable || isPolicyCheck(c.id) || frameworks.some((fw) => fw.controls.some((ctl) => ctl.checks.includes(c.id)));
  const checks = policy.checks.filter(inScope);
  const allById = new Map(policy.checks.map((c) => [c.id, c]));
  return {
    policy,
    ...config ? { config } : {},
    frameworks,
    checks,
    byId: new Map(checks.map((c) => [c.id, c])),
    allById,
    overrides: checkOverrides(config?.settings.checks, allById)
  };
}

// src/report/group.ts
import { createHash as createHash2 } from "node:crypto";
function causeFingerprint(ruleId, value) {
  return createHash2("sha256").update(`${ruleId}\0cause\0${JSON.stringify(value) ?? "undefined"}`).digest("hex").slice(0, 32);
}
function valueAtPointer(data, pointer) {
  let node = data;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return void 0;
    node = node[key];
  }
  return node;
}
var CauseGrouper = class {
  primaries = /* @__PURE__ */ new Map();
  /**
   * The finding to report, or undefined when `f` joined an earlier finding of the same cause as a related
   * location. `f.fingerprint` must already be the cause fingerprint.
   */
  add(f) {
    const primary = this.primaries.get(f.fingerprint);
    if (!primary) {
      this.primaries.set(f.fingerprint, f);
      return f;
    }
    const related = {
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      path: f.path,
      ...f.agent !== void 0 ? { agent: f.agent } : {}
    };
    (primary.related ??= []).push(related);
    return void 0;
  }
};
function agentsOf(f) {
  const key = (agent, file) => `${agent ?? ""}@${file}`;
  return [key(f.agent, f.file), ...(f.related ?? []).map((r) => key(r.agent, r.file))];
}
function widens(head, base) {
  if (!base || (head.related ?? []).length === 0) return false;
  const before = new Set(agentsOf(base));
  return agentsOf(head).some((a) => !before.has(a));
}

// src/check/findings.ts
function findingAssembler(plan, scrub, citing) {
  const fingerprintFor = fingerprinter();
  const findingAgents = /* @__PURE__ */ new Map();
  const causes = new CauseGrouper();
  const findings = [];
  const add = (agent, raw) => {
    const check = plan.byId.get(raw.ruleId);
    if (!check) return;
    if (!keepsFinding(agent, raw.ruleId, raw.pointer)) return;
    const elsewhere = agent.doc.resolve?.(raw.pointer);
    const span = elsewhere?.span ?? agent.doc.locate(raw.pointer);
    const key = {
      ruleId: raw.ruleId,
      agent: agent.name,
      file: agent.doc.file,
      docIndex: agent.doc.docIndex,
      pointer: raw.pointer,
      data: agent.doc.data
    };
    const grouped = check.group === "value";
    const fingerprint = grouped ? causeFingerprint(raw.ruleId, valueAtPointer(agent.doc.data, raw.pointer)) : fingerprintFor(key);
    const controls = citing.cite({
      ruleId: raw.ruleId,
      agent: citing.scopes[raw.agentIndex],
      data: agent.data,
      pointer: raw.pointer
    });
    const finding = {
      ruleId: raw.ruleId,
      title: check.title,
      severity: raw.severity,
      message: scrub(raw.message),
      file: scrub(elsewhere?.file ?? agent.doc.file),
      line: span.line,
      column: span.column,
      endLine: span.endLine,
      endColumn: span.endColumn,
      path: redactPointer(raw.pointer, scrub),
      ...agent.name !== void 0 ? { agent: scrub(agent.name) } : {},
      controls,
      remediation: check.remediation,
      status: "open",
      fingerprint
    };
    if (grouped && !causes.add(finding)) return;
    findingAgents.set(fingerprint, raw.agentIndex);
    findings.push(finding);
  };
  return {
    add: (agent, raws) => {
      for (const raw of raws) add(agent, raw);
    },
    result: () => ({ findings, findingAgents })
  };
}

// src/policy/waivers.ts
var MAX_WAIVER_DAYS = 365;
var DAY_MS = 864e5;
function waiverCovers(w, f) {
  if (f.ruleId !== w.check) return false;
  const prints = w.match?.fingerprint;
  if (prints !== void 0) {
    if (f.fingerprint === void 0 || !(Array.isArray(prints) ? prints : [prints]).includes(f.fingerprint))
      return false;
  } else if ((f.related ?? []).some((r) => r.agent === void 0 || !globMatch(r.agent, w.agent))) {
    return false;
  }
  if (w.match?.file !== void 0 && f.file !== w.match.file) return false;
  if (f.agent === void 0 ? prints === void 0 || w.agent !== "*" : !globMatch(f.agent, w.agent))
    return false;
  if (w.path === void 0 || w.path === "") return true;
  return f.path === w.path || f.path.startsWith(`${w.path}/`);
}
function refOf(w) {
  return {
    check: w.check,
    agent: w.agent,
    ...w.path !== void 0 ? { path: w.path } : {},
    ...w.match !== void 0 ? { match: w.match } : {},
    reason: w.reason,
    approved_by: w.approved_by,
    expires: w.expires
  };
}
function describe(w) {
  return `Waiver for ${w.check} on '${w.agent}'${w.path ? ` at ${w.path}` : ""}`;
}
function applyWaivers(findings, waivers, ctx) {
  const out = findings.map((f) => ({ ...f }));
  const problems = [];
  const issues = [];
  const today = Math.floor(ctx.now / DAY_MS) * DAY_MS;
  const latest = today + MAX_WAIVER_DAYS * DAY_MS;
  waivers.forEach((w, i) => {
    const at = ["waivers", i];
    const subject = `waiver:${w.check}:${w.agent}:${w.path ?? ""}`;
    const check = ctx.checks.get(w.check);
    if (check && !check.waivable) {
      problems.push({
        ruleId: NOT_WAIVABLE,
        severity: policyCheckSeverity(NOT_WAIVABLE, ctx.checks),
        message: `${w.check} cannot be waived: it is not waivable, so this waiver for '${w.agent}' has no effect`,
        at,
        subject
      });
      return;
    }
    const named = out.filter((f) => waiverCovers(w, f));
    const shared2 = (f) => (ctx.declarations?.(f.agent) ?? 1) > 1;
    const covered = named.filter((f) => !shared2(f));
    const ambiguous = [...new Set(named.filter(shared2).map((f) => f.agent))];
    const expires = parseDate(w.expires);
    if (expires === void 0) {
      issues.push({
        at: [...at, "expires"],
        message: `waiver expires on '${w.expires}', which is not a date`
      });
      return;
    }
    if (expires < today) {
      const now = covered.length === 0 ? "it matches no finding now; delete it" : `${plural(covered.length, "finding", "findings")} it covered ${covered.length === 1 ? "is" : "are"} open again`;
      problems.push({
        ruleId: EXPIRED_WAIVER,
        severity: ctx.severityOf(w.check),
        message: `${describe(w)} expired on ${w.expires} (approved by ${w.approved_by}); ${now}`,
        at: [...at, "expires"],
        subject
      });
      return;
    }
    if (expires > latest) {
      issues.push({
        at: [...at, "expires"],
        message: `waiver for ${w.check} on '${w.agent}' expires on ${w.expires}, more than ${MAX_WAIVER_DAYS} days ahead (${formatDate(latest)} at the latest); it does not apply until its date is within the limit`
      });
      return;
    }
    if (ambiguous.length > 0) {
      const which = ambiguous.map((a) => `'${a}' (${ctx.declarations?.(a) ?? 2} manifests)`).join(", ");
      problems.push({
        ruleId: STALE_WAIVER,
        severity: "info",
        message: `${describe(w)} does not apply to ${which}: several manifests declare that name, and a waiver cannot tell them apart; rename the agents so that each name is unique`,
        at,
        subject: `${subject}:ambiguous`
      });
    }
    if (covered.length === 0) {
      if (ambiguous.length > 0) return;
      if (ctx.ran(w.check)) {
        problems.push({
          ruleId: STALE_WAIVER,
          severity: policyCheckSeverity(STALE_WAIVER, ctx.checks),
          message: `${describe(w)} matches no finding; delete it, or correct its check, agent or path`,
          at,
          subject
        });
      }
      return;
    }
    for (const f of covered) {
      if (f.status === "waived") continue;
      f.status = "waived";
      f.waiver = refOf(w);
    }
  });
  return { findings: out, problems, issues };
}
function waiverConcerns(w, agents) {
  const file = w.match?.file;
  if (file !== void 0) return agents.some((a) => a.file === file);
  return agents.some((a) => a.name !== void 0 && globMatch(a.name, w.agent));
}

// src/check/apply-policy.ts
function applyPolicy(findings, plan, ctx) {
  const { config, overrides, allById, byId } = plan;
  if (!config) return { findings, errors: [] };
  const { scrub } = ctx;
  const declared = /* @__PURE__ */ new Map();
  for (const a of ctx.agents) {
    if (a.name === void 0) continue;
    const name = scrub(a.name);
    declared.set(name, (declared.get(name) ?? 0) + 1);
  }
  const waived = applyWaivers(findings, config.settings.waivers ?? [], {
    now: ctx.now,
    declarations: (name) => declared.get(name) ?? 0,
    checks: allById,
    severityOf: (id) => overrides.severity[id] ?? allById.get(id)?.severity ?? "high",
    ran: (id) => byId.has(id) && !overrides.disabled.has(id)
  });
  const concerned = ctx.concerns ?? (() => true);
  const problems = [...overrides.problems, ...waived.problems.filter((p) => concerned(p.at))].map((p) => {
    const raised = overrides.severity[p.ruleId];
    const severity = raised && severityRank(raised) < severityRank(p.severity) ? raised : p.severity;
    return policyFinding(
      { ...p, severity },
      config,
      allById.get(p.ruleId),
      ctx.cite({ ruleId: p.ruleId, pointer: "" })
    );
  });
  const scrubbed = (f) => f.waiver ? {
    ...f,
    waiver: {
      ...f.waiver,
      agent: scrub(f.waiver.agent),
      reason: scrub(f.waiver.reason),
      approved_by: scrub(f.waiver.approved_by),
      ...f.waiver.path !== void 0 ? { path: redactPointer(f.waiver.path, scrub) } : {}
    }
  } : f;
  return {
    findings: [
      ...waived.findings.map(scrubbed),
      ...problems.map((p) => ({ ...p, message: scrub(p.message) }))
    ],
    errors: waived.issues.filter((issue) => concerned(issue.at)).map((issue) => {
      const e = configIssueError(issue, config);
      return { ...e, message: scrub(e.message) };
    })
  };
}

// src/report/applicability.ts
function isScoped(a) {
  return a !== void 0 && ((a.tiers?.length ?? 0) > 0 || (a.role?.length ?? 0) > 0 || (a.annex_iii?.length ?? 0) > 0);
}
function appliesTo(a, agent) {
  if (!isScoped(a)) return true;
  if (a.tiers && a.tiers.length > 0 && (agent.tier === void 0 || !a.tiers.includes(agent.tier)))
    return false;
  if (a.role && a.role.length > 0 && agent.role !== void 0 && !a.role.includes(agent.role)) return false;
  if (a.annex_iii && a.annex_iii.length > 0 && (agent.annexIii === void 0 || !a.annex_iii.includes(agent.annexIii)))
    return false;
  return true;
}
function scopedAgentOf(data) {
  const risk = data.risk;
  const field = (key) => {
    if (typeof risk !== "object" || risk === null || Array.isArray(risk)) return void 0;
    const v = risk[key];
    return typeof v === "string" ? v : void 0;
  };
  const tier = field("eu_ai_act");
  const role = field("role");
  const annexIii = field("annex_iii");
  return {
    ...tier !== void 0 ? { tier } : {},
    ...role !== void 0 ? { role } : {},
    ...annexIii !== void 0 ? { annexIii } : {}
  };
}

// src/report/coverage.ts
var agentKey2 = (file, name) => `${file}\0${name ?? ""}`;
var controlKey = (fw, id) => `${fw}\0${id}`;
function byControl(findings) {
  const out = /* @__PURE__ */ new Map();
  for (const f of findings)
    for (const c of f.controls) {
      const k = controlKey(c.framework, c.id);
      const list3 = out.get(k);
      if (list3) list3.push(f);
      else out.set(k, [f]);
    }
  return out;
}
function judgeManual(c, inScope) {
  if (inScope && isScoped(c.applicability) && inScope.length === 0)
    return { status: "not-applicable", checksOff: [], agents: { applicable: 0, failing: 0 } };
  const attested = [];
  let covered = 0;
  for (const a of inScope ?? []) {
    const fresh = (a.evidence ?? []).filter((e) => !e.stale && (c.evidence ?? []).includes(e.kind));
    if (fresh.length > 0) covered++;
    for (const e of fresh)
      attested.push({ agent: a.name ?? a.file, file: a.file, kind: e.kind, ref: e.ref, date: e.date });
  }
  const all = inScope !== void 0 && inScope.length > 0 && covered === inScope.length;
  return {
    status: all ? "attested" : "manual",
    checksOff: [],
    ...inScope ? { agents: { applicable: inScope.length, failing: 0 } } : {},
    ...attested.length > 0 ? { attested } : {}
  };
}
function judge(fwId, c, input, prep) {
  const { agents, appliedTo } = input;
  const inScope = agents?.filter((a) => appliesTo(c.applicability, a));
  if (c.manual || c.checks.length === 0) return judgeManual(c, inScope);
  const enabled = input.enabled;
  const on = c.checks.filter((id) => !enabled || enabled.has(id));
  const checksOff = c.checks.filter((id) => enabled && !enabled.has(id));
  const mine = prep.cited.get(controlKey(fwId, c.id)) ?? [];
  const failingAgents = new Set(mine.filter((f) => f.status === "open").map((f) => agentKey2(f.file, f.agent))).size;
  const { indexOf } = prep;
  const ranOn = (checks, a) => checks.some((id) => {
    if (!appliedTo) return input.evaluated.has(id);
    return appliedTo.get(id)?.[indexOf.get(a)] === 1;
  });
  const applicable = inScope?.filter((a) => ranOn(on, a));
  const counts = applicable ? { agents: { applicable: applicable.length, failing: failingAgents } } : {};
  if (inScope && isScoped(c.applicability) && inScope.length === 0)
    return { status: "not-applicable", checksOff, agents: { applicable: 0, failing: 0 } };
  if (on.length === 0) return { status: "not-evaluated", checksOff, ...counts };
  if (mine.some((f) => f.status === "open")) return { status: "fail", checksOff, ...counts };
  if (mine.length > 0) return { status: "waived", checksOff, ...counts };
  const anyApplied = applicable ? applicable.length > 0 : on.some((id) => input.evaluated.has(id));
  if (!anyApplied)
    return { status: checksOff.length > 0 ? "not-evaluated" : "not-applicable", checksOff, ...counts };
  if (checksOff.length > 0) return { status: "partial", checksOff, ...counts };
  const strength2 = (id) => c.mappings?.find((m) => m.check === id)?.strength ?? "full";
  const full = on.filter((id) => strength2(id) === "full");
  const fullApplied = applicable ? applicable.some((a) => ranOn(full, a)) : full.some((id) => input.evaluated.has(id));
  return { status: fullApplied ? "pass" : "partial", checksOff, ...counts };
}
function computeCoverage(input) {
  const prep = { cited: byControl(input.findings), indexOf: /* @__PURE__ */ new Map() };
  input.agents?.forEach((a, i) => prep.indexOf.set(a, i));
  return input.frameworks.map((fw) => ({
    id: fw.id,
    title: fw.title,
    version: fw.version,
    controls: fw.controls.map((c) => {
      const j = judge(fw.id, c, input, prep);
      const cited = prep.cited.get(controlKey(fw.id, c.id)) ?? [];
      return {
        id: c.id,
        title: c.title,
        status: j.status,
        checks: [...c.checks],
        failing: cited.filter((f) => f.status === "open").length,
        mappings: c.checks.map((check) => ({
          check,
          strength: c.mappings?.find((m) => m.check === check)?.strength ?? "full"
        })),
        ...j.checksOff.length > 0 ? { checksOff: j.checksOff } : {},
        ...j.agents ? { agents: j.agents } : {},
        ...j.attested ? { attested: j.attested } : {}
      };
    })
  }));
}

// src/policy/record.ts
import { createHash as createHash3 } from "node:crypto";

// src/policy/packs.ts
import { posix as posix4 } from "node:path";
var RULE_FILE = /\.ya?ml$/;
function packDir(config, entry) {
  if (isAbsolutePath(entry)) return entry;
  return joinRel(posix4.dirname(config.file), entry);
}
function outsideProblem(files, entry, dir) {
  if (isAbsolutePath(entry)) return "is an absolute path";
  if (!insideRoot(dir)) return `(${dir}) climbs out of the repository`;
  if (files.leavesRoot?.(dir)) return `(${dir}) leads outside the repository through a symlink`;
  return void 0;
}
async function readFolder(files, dir, sub, into) {
  const sources = [];
  for (const file of await files.list(joinRel(dir, sub))) {
    if (!RULE_FILE.test(file)) continue;
    const text2 = await files.read(file);
    if (text2 === void 0) continue;
    into.set(file, text2);
    sources.push(parseYamlSource(text2, file));
  }
  return sources;
}
function refuseCollisions(folder, builtin3) {
  const checkIds = new Set(builtin3.checks.map((c) => c.id));
  for (const { src, defs } of folder.checks) {
    defs.forEach((check, i) => {
      if (checkIds.has(check.id)) {
        throw src.error(
          ["checks", i, "id"],
          `check id ${check.id} is a built-in check; a pack's checks need ids of their own (e.g. ACME-NET-001)`
        );
      }
      if (check.id.startsWith("AP-")) {
        throw src.error(
          ["checks", i, "id"],
          `check id ${check.id}: the AP- prefix is reserved for built-in checks; use your organisation's own`
        );
      }
    });
  }
  const frameworkIds = new Set(builtin3.frameworks.map((f) => f.id));
  for (const src of folder.frameworks) {
    const id = src.data?.id;
    if (typeof id === "string" && frameworkIds.has(id)) {
      throw src.error(
        ["id"],
        `framework id '${id}' is a built-in framework; a pack's frameworks need ids of their own`
      );
    }
  }
}
async function loadPacks(files, config) {
  const entries = config?.settings.packs ?? [];
  const builtin3 = loadPolicy();
  if (!config || entries.length === 0) return { policy: builtin3, files: /* @__PURE__ */ new Map() };
  const read = /* @__PURE__ */ new Map();
  const folders = [];
  const scopes = [];
  const discovery = [];
  for (const [i, entry] of entries.entries()) {
    const dir = packDir(config, entry);
    const outside = outsideProblem(files, entry, dir);
    if (outside) {
      throw config.source.error(
        ["packs", i],
        `pack '${entry}' ${outside}; packs are folders inside the repository, relative to the config file`
      );
    }
    const folder = parseRuleFolder({
      checks: await readFolder(files, dir, "checks", read),
      frameworks: await readFolder(files, dir, "frameworks", read)
    });
    const catalogs = (await readFolder(files, dir, "scopes", read)).map(catalogFromSource);
    scopes.push(...catalogs);
    const found = await readFolder(files, dir, "discovery", read);
    discovery.push(...found);
    if (folder.checks.length === 0 && folder.frameworks.length === 0 && catalogs.length === 0 && found.length === 0) {
      throw config.source.error(
        ["packs", i],
        `pack '${entry}' (${dir}) has no checks/*.yaml, frameworks/*.yaml, scopes/*.yaml or discovery/*.yaml in ${files.origin}`
      );
    }
    refuseCollisions(folder, builtin3);
    folders.push(folder);
  }
  const policy = extendPolicy(builtin3, folders);
  return {
    policy: {
      ...policy,
      ...scopes.length > 0 ? { scopes } : {},
      ...discovery.length > 0 ? { discovery } : {}
    },
    files: read
  };
}

// src/policy/record.ts
function stable(v) {
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  if (v !== null && typeof v === "object")
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable(v[k])}`).join(",")}}`;
  return JSON.stringify(v) ?? "null";
}
var sha256 = (parts) => {
  const h = createHash3("sha256");
  for (const p of parts) h.update(`${Buffer.byteLength(p)}:`).update(p);
  return `sha256:${h.digest("hex")}`;
};
function changedParams(checks, params) {
  const out = {};
  const declared = declaredParams(checks);
  for (const name of Object.keys(params).sort()) {
    const def = declared.get(name);
    if (!def) continue;
    const value = normaliseParam(def.type, params[name]);
    const dflt = normaliseParam(def.type, def.default);
    if (value.ok && dflt.ok && stable(value.value) === stable(dflt.value)) continue;
    out[name] = params[name];
  }
  return out;
}
function policyRecord({ policy, checks, params, refused }) {
  const config = policy?.config;
  const packFiles = [...(policy?.packFiles ?? /* @__PURE__ */ new Map()).entries()].sort(
    ([a], [b]) => a < b ? -1 : a > b ? 1 : 0
  );
  const side = policy?.sha !== void 0 ? "base" : config ? "head" : "built-in";
  const overrides = Object.entries(config?.settings.checks ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([check, setting]) => ({
    check,
    setting: String(setting),
    ...refused.has(check) ? { applied: false } : {}
  }));
  const rulePacks = [
    { name: "agentpolicy (built-in)", version: TOOL_VERSION },
    ...(config?.settings.packs ?? []).map((name) => {
      const dir = `${packDir(config, name)}/`;
      return { name, version: sha256(packFiles.filter(([f]) => f.startsWith(dir)).flat()).slice(0, 19) };
    })
  ];
  return {
    source: {
      side,
      ...config ? { file: config.file } : {},
      ...policy?.sha !== void 0 ? { sha: policy.sha } : {},
      ...policy?.origin ? { origin: policy.origin } : {}
    },
    digest: sha256([config?.file ?? "", config?.text ?? "", ...packFiles.flat()]),
    overrides,
    params: changedParams(checks, params),
    rulePacks
  };
}

// src/sources/columns.ts
function sourceColumns(agent) {
  const s = agent;
  return {
    ...s.source ? { source: s.source.format, sourceFiles: [...s.source.files] } : {},
    ...s.ownerSource ? { ownerSource: s.ownerSource } : {}
  };
}

// src/report/inventory.ts
function record2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : {};
}
function list(v) {
  return Array.isArray(v) ? v.map(record2) : [];
}
function text(v) {
  return typeof v === "string" && v.trim() !== "" ? v : void 0;
}
function distinct(values) {
  return [...new Set(values.filter((v) => v !== void 0))].sort();
}
function labelsOf(v, scrub) {
  const entries = Object.entries(record2(v)).filter((e) => typeof e[1] === "string").map(([k, val]) => [scrub(k), scrub(val)]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return entries.length > 0 ? Object.fromEntries(entries) : void 0;
}
function longestTtl(credentials) {
  const ttls = credentials.map((c) => c.ttl).filter((t) => typeof t === "number" && Number.isFinite(t));
  return ttls.length > 0 ? formatDuration(Math.max(...ttls)) : void 0;
}
function inventoryScrub(agents) {
  return makeRedactor(agents.flatMap((a) => a.redact));
}
function inventoryRow(agent, scrub) {
  const opt = (v) => {
    const t = text(v);
    return t === void 0 ? void 0 : scrub(t);
  };
  const data = agent.data;
  const metadata = record2(data.metadata);
  const identity = record2(data.identity);
  const credentials = list(data.credentials);
  const permissions = list(data.permissions);
  const sensitive = permissions.filter((p) => isSensitivePermission(p));
  const row = {
    name: scrub(agentKey(agent)),
    file: scrub(agent.doc.file),
    accessLevel: agentAccessLevel(data.permissions),
    permissions: permissions.length,
    permissionCategories: distinct(permissions.map((p) => opt(p.category))),
    sensitivePermissions: sensitive.length,
    // approval: a gate's name, or {gate, above} (manifest v1.1)
    ungatedSensitive: sensitive.filter(
      (p) => text(p.approval) === void 0 && text(record2(p.approval).gate) === void 0
    ).length,
    credentialTypes: distinct(credentials.map((c) => opt(c.type))),
    gates: distinct(list(data.approvals).map((g) => opt(g.name))),
    findings: emptyCounts(),
    waived: 0
  };
  const put = (key, v) => {
    if (v !== void 0) row[key] = v;
  };
  put("identityId", opt(identity.id));
  put("owner", opt(metadata.owner));
  put("sponsor", opt(metadata.sponsor));
  put("environment", opt(metadata.environment));
  put("riskTier", opt(record2(data.risk).eu_ai_act));
  put("identityProvider", opt(identity.provider));
  put("longestTtl", longestTtl(credentials));
  const labels = labelsOf(metadata.labels, scrub);
  if (labels) row.labels = labels;
  Object.assign(row, sourceColumns(agent));
  return row;
}
function countFindings(rows, agents, findings, findingAgents, scrub) {
  for (const f of findings) {
    const index = findingAgents?.get(f.fingerprint) ?? (findingAgents ? void 0 : agents.findIndex(
      (a) => scrub(a.doc.file) === f.file && a.name !== void 0 && scrub(a.name) === f.agent
    ));
    const row = index === void 0 || index < 0 ? void 0 : rows[index];
    if (!row) continue;
    if (f.status === "waived") row.waived++;
    else row.findings[f.severity]++;
  }
}
function inventoryRowsOf(rows, names) {
  const wanted = new Set(names);
  return rows.filter((r) => wanted.has(r.name));
}

// src/check/summarise.ts
function summarise(input) {
  const { agents, findings, errors } = input;
  const { checks, overrides } = input.plan;
  const shownAt = input.shown ? new Set(input.shown) : void 0;
  const kept = shownAt ? agents.flatMap((a, i) => shownAt.has(a) ? [i] : []) : void 0;
  const scopes = kept ? kept.map((i) => input.scopes[i]) : input.scopes;
  const appliedTo = kept ? new Map([...input.appliedTo].map(([id, row]) => [id, Uint8Array.from(kept, (i) => row[i] ?? 0)])) : input.appliedTo;
  const focus = input.shown ? new Set(input.shown.map((a) => a.doc.file)) : void 0;
  countFindings(input.rows, agents, findings, input.findingAgents, input.rowScrub);
  const counts = emptyCounts();
  let waived = 0;
  for (const f of findings) {
    if (f.status === "waived") waived++;
    else counts[f.severity]++;
  }
  return {
    schemaVersion: 1,
    tool: { name: "agentpolicy", version: TOOL_VERSION },
    summary: {
      files: input.files,
      agents: kept ? kept.length : agents.length,
      findings: counts,
      waived,
      errors: new Set(errors.map((e) => e.file)).size,
      passed: gatePasses(findings, errors, { failOn: input.failOn }),
      failOn: input.failOn
    },
    frameworks: computeCoverage({
      frameworks: input.plan.frameworks,
      findings,
      evaluated: new Set(input.applied),
      // A check switched off did not run: its controls are not-evaluated or partial, never pass.
      enabled: new Set(checks.filter((c) => !c.waivable || !overrides.disabled.has(c.id)).map((c) => c.id)),
      appliedTo,
      agents: scopes
    }),
    findings,
    errors,
    agents: focus ? input.rows.filter((row) => focus.has(row.file)) : input.rows,
    policy: policyRecord({
      ...input.policy ? { policy: input.policy } : {},
      checks: input.plan.policy.checks,
      params: input.params ?? {},
      // check settings that did not take effect (not waivable)
      refused: new Set(overrides.problems.map((p) => p.subject?.replace(/^checks:/, "") ?? ""))
    })
  };
}

// src/check/focus.ts
function focusOn(files, agents, config) {
  const set = new Set(files);
  const shown = agents.filter((a) => set.has(a.doc.file));
  const named = shown.map((a) => ({ ...a.name !== void 0 ? { name: a.name } : {}, file: a.doc.file }));
  const waivers = config?.settings.waivers ?? [];
  return {
    files: set,
    agents: shown,
    concerns: (at) => {
      if (at[0] !== "waivers") return true;
      const w = waivers[at[1]];
      return w === void 0 || waiverConcerns(w, named);
    }
  };
}
function focusFindings(findings, focus, ctx) {
  const { files } = focus;
  return findings.filter(
    (f) => files.has(f.file) || files.has(ctx.agents[ctx.findingAgents.get(f.fingerprint) ?? -1]?.doc.file ?? "") || (f.related ?? []).some((r) => files.has(r.file)) || ctx.config !== void 0 && f.file === ctx.config.file && isPolicyCheck(f.ruleId)
  );
}
function focusErrors(errors, focus, config) {
  return errors.filter((e) => focus.files.has(e.file) || config !== void 0 && e.file === config.file);
}

// src/check/scopes.ts
var DAY_MS2 = 864e5;
function coverageAgentsOf(agents, ctx) {
  const maxAge = parseDuration(
    ctx.params?.max_evidence_age ?? ctx.allById.get("AP-EVID-001")?.params.max_evidence_age?.default
  ) ?? 365 * 86400;
  return agents.map((a) => {
    const evidence = complianceEvidence(a.data).flatMap(
      (ev) => ev.ref !== void 0 && ev.date !== void 0 ? [
        {
          kind: ev.kind,
          ref: ctx.scrub(ev.ref),
          date: new Date(ev.date).toISOString().slice(0, 10),
          stale: ev.date + maxAge * 1e3 < ctx.now || ev.date > ctx.now + DAY_MS2
        }
      ] : []
    );
    return {
      file: a.doc.file,
      ...a.name !== void 0 ? { name: a.name } : {},
      ...scopedAgentOf(a.data),
      ...evidence.length > 0 ? { evidence } : {}
    };
  });
}

// src/report/citations.ts
function permissionAt(data, pointer) {
  const m = /^\/permissions\/(0|[1-9][0-9]*)(?:\/|$)/.exec(pointer);
  if (!m || !data || !Array.isArray(data.permissions)) return void 0;
  return data.permissions[Number(m[1])];
}
function itemMatches(items, perm) {
  if (typeof perm !== "object" || perm === null) return false;
  const p = perm;
  if (items.categories && typeof p.category === "string" && items.categories.includes(p.category))
    return true;
  if (items.actions && Array.isArray(p.actions))
    return p.actions.some((a) => typeof a === "string" && items.actions.includes(a));
  return false;
}
function makeCiter(frameworks) {
  const cache = /* @__PURE__ */ new Map();
  return (f) => {
    let narrowed = false;
    const refs = [];
    const key = `${f.ruleId}\0${f.agent ? `${f.agent.tier ?? ""}\0${f.agent.role ?? ""}\0${f.agent.annexIii ?? ""}` : ""}`;
    const cached = cache.get(key);
    if (cached) return cached;
    for (const fw of frameworks) {
      for (const c of fw.controls) {
        const m = c.mappings.find((x) => x.check === f.ruleId);
        if (!m) continue;
        if (f.agent ? !appliesTo(c.applicability, f.agent) : isScoped(c.applicability)) continue;
        if (m.items) {
          narrowed = true;
          if (!itemMatches(m.items, permissionAt(f.data, f.pointer))) continue;
        }
        refs.push({ framework: fw.id, id: c.id, title: c.title });
      }
    }
    if (!narrowed) cache.set(key, refs);
    return refs;
  };
}

// src/check.ts
function ruleMetaOf(check, frameworks) {
  return {
    id: check.id,
    title: check.title,
    severity: check.severity,
    description: check.description,
    remediation: check.remediation,
    helpUri: ruleHelpUri(check.id),
    waivable: check.waivable,
    controls: controlsForCheck(check.id, frameworks)
  };
}
async function loadAgents(opts) {
  const found = await discover({
    root: opts.root,
    paths: opts.paths,
    include: opts.include,
    exclude: opts.exclude
  });
  const nativeFiles = found.files.filter((f) => isNativeFile(f.file));
  const manifestFiles = found.files.filter((f) => !isNativeFile(f.file));
  const loaded = await loadFiles(manifestFiles, { maxFileSize: opts.maxFileSize });
  const natives = [];
  const nativeErrors = [];
  for (const file of nativeFiles) {
    const read = await readSource(file, { maxFileSize: opts.maxFileSize });
    if ("error" in read) {
      nativeErrors.push(read.error);
      continue;
    }
    const native = loadNative(file.file, read.text);
    natives.push(...native?.agents ?? []);
    nativeErrors.push(...native?.errors ?? []);
  }
  const extra = await readSourcesAndOwners(opts.root, [...loaded.agents, ...natives], found.files, {
    maxFileSize: opts.maxFileSize
  });
  const result = {
    agents: extra.agents,
    errors: [...found.errors, ...loaded.errors, ...nativeErrors, ...extra.errors],
    files: found.files.length,
    nativeFiles: nativeFiles.map((f) => f.file),
    listing: found.listing.map((f) => f.file)
  };
  if (opts.policy?.config?.settings.discovery?.code !== false) {
    result.code = await discoverCode({
      root: opts.root,
      listing: found.listing,
      agents: extra.agents,
      ...opts.policy?.policy.discovery ? { catalogs: opts.policy.policy.discovery } : {},
      maxFileSize: opts.maxFileSize,
      manifests: new Set(found.files.map((f) => f.file))
    });
  }
  return result;
}
async function runCheck(opts) {
  planChecks(opts);
  return checkAgents(await loadAgents(opts), opts);
}
function checkAgents(loaded, opts) {
  const plan = planChecks(opts);
  const agents = applyScopes(loaded.agents, () => scopeCatalogsOf(plan.policy));
  const lean = opts.lean === true;
  const scrub = redactorFor(agents, loaded.errors, plan);
  if (lean) {
    loaded.agents = [];
    forgetInterned();
  }
  const { files } = loaded;
  const now = opts.now ?? Date.now();
  const scopes = coverageAgentsOf(agents, { params: opts.params, allById: plan.allById, now, scrub });
  const cite = makeCiter(plan.frameworks);
  const evaluation = evaluator(agents, plan.checks, {
    params: opts.params,
    now,
    severityOverrides: plan.overrides.severity,
    disabled: plan.overrides.disabled
  });
  const assembler = findingAssembler(plan, scrub, { scopes, cite });
  const rowScrub = inventoryScrub(agents);
  const rows = [];
  const refs = lean ? [] : agents;
  agents.forEach((agent, i) => {
    assembler.add(agent, evaluation.agent(agent, i));
    rows.push(inventoryRow(agent, rowScrub));
    if (!lean) return;
    const { file, docIndex } = agent.doc;
    refs.push({ doc: { file, docIndex }, ...agent.name !== void 0 ? { name: agent.name } : {} });
    agents[i] = void 0;
  });
  const evaluated = evaluation.result();
  const assembled = assembler.result();
  const focus = opts.focus ? focusOn(opts.focus, refs, plan.config) : void 0;
  const shadow = loaded.code ? shadowReportFindings(loaded.code.components, {
    checks: plan.byId,
    disabled: plan.overrides.disabled,
    severity: plan.overrides.severity,
    controls: (id) => cite({ ruleId: id, pointer: "" })
  }) : [];
  const judged = applyPolicy([...assembled.findings, ...shadow], plan, {
    agents: refs,
    now,
    scrub,
    cite,
    ...focus ? { concerns: focus.concerns } : {}
  });
  const ctx = {
    agents: refs,
    findingAgents: assembled.findingAgents,
    ...plan.config ? { config: plan.config } : {}
  };
  const findings = (focus ? focusFindings(judged.findings, focus, ctx) : judged.findings).sort(
    compareFindings
  );
  const allErrors = [
    ...[...loaded.errors, ...loaded.code?.errors ?? []].map((e) => ({
      ...e,
      file: scrub(e.file),
      message: scrub(e.message)
    })),
    ...judged.errors,
    ...evaluated.errors.map((e) => ({
      file: scrub(refs[e.agentIndex]?.doc.file ?? ""),
      line: 1,
      column: 1,
      message: scrub(`check ${e.ruleId} could not be evaluated: ${e.message}`)
    }))
  ];
  const errors = (focus ? focusErrors(allErrors, focus, plan.config) : allErrors).sort(compareErrors);
  const shown = focus ? focus.agents : refs;
  const report = summarise({
    agents: refs,
    shown,
    rows,
    rowScrub,
    files: focus ? focus.files.size : files,
    findings,
    errors,
    findingAgents: assembled.findingAgents,
    applied: evaluated.applied,
    appliedTo: evaluated.appliedTo,
    scopes,
    plan,
    failOn: opts.failOn,
    ...opts.policy ? { policy: opts.policy } : {},
    ...opts.params ? { params: opts.params } : {}
  });
  if (loaded.code) {
    const components = focus ? loaded.code.components.filter(
      (c) => c.files.some((f) => focus.files.has(f)) || c.evidence.some((e) => focus.files.has(e.file))
    ) : loaded.code.components;
    report.components = componentRows(components, findings);
  }
  return {
    report,
    rules: plan.checks.map((c) => ruleMetaOf(c, plan.frameworks)),
    agents: lean ? [] : focus ? agents.filter((a) => focus.files.has(a.doc.file)) : agents,
    agentFiles: shown.map((a) => a.doc.file),
    ...loaded.nativeFiles ? { nativeFiles: loaded.nativeFiles } : {},
    ...loaded.listing ? { listing: loaded.listing } : {}
  };
}
function redactorFor(agents, errors, plan) {
  return makeRedactor([
    ...agents.flatMap((a) => a.redact),
    ...plan.config?.redact ?? [],
    ...new Set(errors.flatMap((e) => pathSecrets(e.file)))
  ]);
}

// src/diff/changes/detail.ts
var Details = class {
  items = [];
  add({ kind, path, subject, escalation, before, after }) {
    this.items.push({
      kind,
      path,
      subject,
      ...before !== void 0 ? { before } : {},
      ...after !== void 0 ? { after } : {},
      escalation
    });
  }
};
function obj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function list2(v) {
  return Array.isArray(v) ? v : [];
}
function str3(v) {
  return typeof v === "string" ? v : void 0;
}
function num(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}
function strings4(v) {
  if (typeof v === "string") return [v];
  return list2(v).filter((x) => typeof x === "string");
}
function dur(v) {
  return v === void 0 ? void 0 : formatDuration(v);
}
function minus(a, b) {
  return a.filter((x) => !b.includes(x));
}
function ordinal(item) {
  return item.name ?? `#${item.index + 1}`;
}
function pairByName(base, head) {
  const pairs = [];
  const freeB = new Set(base);
  const unnamedB = base.filter((b) => b.name === void 0);
  const unnamedH = head.filter((h) => h.name === void 0);
  const added = [];
  for (const h of head) {
    const b = h.name !== void 0 ? base.find((x) => freeB.has(x) && x.name === h.name) : unnamedB[unnamedH.indexOf(h)];
    if (b && freeB.has(b)) {
      freeB.delete(b);
      pairs.push({ b, h });
    } else added.push(h);
  }
  return { pairs, added, removed: base.filter((b) => freeB.has(b)) };
}
function flagChange(out, area, b, h, key, words) {
  const bv = b[key];
  const hv = h[key];
  if (bv === hv) return;
  const show2 = (v) => v === void 0 ? void 0 : String(v);
  const weaker = bv === true && hv !== true;
  out.add({
    kind: weaker ? `${area}-weakened` : `${area}-changed`,
    path: `/${area}/${key}`,
    subject: `${area} ${words}`,
    escalation: weaker,
    before: show2(bv),
    after: show2(hv)
  });
}

// src/diff/changes/audit.ts
function diffAudit(base, head, out) {
  const b = obj(base.audit) ?? {};
  const h = obj(head.audit) ?? {};
  flagChange(out, "audit", b, h, "enabled", "enabled");
  flagChange(out, "audit", b, h, "immutable", "immutable");
  const br = num(b.retention);
  const hr = num(h.retention);
  if (br !== hr) {
    const weaker = br !== void 0 && (hr === void 0 || hr < br);
    out.add({
      kind: weaker ? "audit-weakened" : "audit-changed",
      path: "/audit/retention",
      subject: "audit retention",
      escalation: weaker,
      before: dur(br),
      after: dur(hr)
    });
  }
  const bs = str3(b.sink);
  const hs = str3(h.sink);
  if (bs !== hs) {
    const weaker = bs !== void 0 && !hs;
    out.add({
      kind: weaker ? "audit-weakened" : "audit-changed",
      path: "/audit/sink",
      subject: "audit sink",
      escalation: weaker,
      before: bs,
      after: hs
    });
  }
  if (minus(strings4(b.events), strings4(h.events)).length > 0) {
    out.add({
      kind: "audit-weakened",
      path: "/audit/events",
      subject: "audit events",
      escalation: true,
      before: strings4(b.events).join(", "),
      after: strings4(h.events).join(", ") || void 0
    });
  }
}

// src/diff/changes/credentials.ts
function credentialsOf(data) {
  return list2(data.credentials).map((raw, index) => {
    const c = obj(raw) ?? {};
    return {
      index,
      name: str3(c.name),
      type: str3(c.type),
      ttl: num(c.ttl),
      rotation: num(c.rotation),
      shared: typeof c.shared === "boolean" ? c.shared : void 0
    };
  });
}
var FEDERATED = ["oidc-federation", "workload-identity", "managed-identity", "mtls"];
var CLIENT_CREDENTIALS = ["oauth-client-credentials"];
function strength(type, opts) {
  if (type === void 0) return 0;
  if (opts.staticCredentialTypes.includes(type)) return 1;
  if (FEDERATED.includes(type)) return 3;
  if (CLIENT_CREDENTIALS.includes(type)) return 2;
  return 0;
}
function credLabel(c) {
  return `credential ${ordinal(c)}`;
}
function longer(before, after) {
  return before !== void 0 && (after === void 0 || after > before);
}
function diffCredentials(base, head, out, opts) {
  const { pairs, added, removed } = pairByName(credentialsOf(base), credentialsOf(head));
  for (const h of added) {
    const what = `${ordinal(h)}${h.type ? ` (${h.type})` : ""}`;
    out.add({
      kind: "credential-added",
      path: `/credentials/${h.index}`,
      subject: `credential ${what}`,
      escalation: true,
      after: what
    });
  }
  for (const b of removed) {
    out.add({
      kind: "credential-removed",
      path: `/credentials/${b.index}`,
      subject: credLabel(b),
      escalation: false,
      before: ordinal(b)
    });
  }
  for (const { b, h } of pairs) {
    const at = `/credentials/${h.index}`;
    const label2 = credLabel(h);
    if (b.type !== h.type) {
      out.add({
        kind: "credential-type-changed",
        path: `${at}/type`,
        subject: `${label2} type`,
        escalation: strength(h.type, opts) < strength(b.type, opts),
        before: b.type,
        after: h.type
      });
    }
    if (b.ttl !== h.ttl) {
      out.add({
        kind: "credential-ttl-changed",
        path: `${at}/ttl`,
        subject: `${label2} TTL`,
        escalation: longer(b.ttl, h.ttl),
        before: dur(b.ttl),
        after: dur(h.ttl)
      });
    }
    if (b.rotation !== h.rotation) {
      out.add({
        kind: "credential-rotation-changed",
        path: `${at}/rotation`,
        subject: `${label2} rotation`,
        escalation: longer(b.rotation, h.rotation),
        before: dur(b.rotation),
        after: dur(h.rotation)
      });
    }
    if ((b.shared ?? false) !== (h.shared ?? false)) {
      const show2 = (s) => s ? "shared" : "not shared";
      out.add({
        kind: "credential-sharing-changed",
        path: `${at}/shared`,
        subject: label2,
        escalation: h.shared === true,
        before: show2(b.shared),
        after: show2(h.shared)
      });
    }
  }
}

// src/diff/changes/gates.ts
function gatesOf(data) {
  return list2(data.approvals).map((raw, index) => {
    const g = obj(raw) ?? {};
    return {
      index,
      name: str3(g.name),
      approvers: strings4(g.approvers),
      min: num(g.min_approvals),
      timeout: num(g.timeout),
      onTimeout: str3(g.on_timeout)
    };
  });
}
function weakerGate(before, after) {
  if (!after) return true;
  if (!before) return false;
  return (after.min ?? 1) < (before.min ?? 1) || after.onTimeout === "allow" && before.onTimeout !== "allow";
}
function gateLabel(g) {
  return `approval gate ${ordinal(g)}`;
}
function diffGates(base, head, out) {
  const { pairs, added, removed } = pairByName(gatesOf(base), gatesOf(head));
  for (const h of added) {
    out.add({
      kind: "gate-added",
      path: `/approvals/${h.index}`,
      subject: gateLabel(h),
      escalation: false,
      after: ordinal(h)
    });
  }
  for (const b of removed) {
    out.add({
      kind: "gate-removed",
      path: `/approvals/${b.index}`,
      subject: gateLabel(b),
      escalation: true,
      before: ordinal(b)
    });
  }
  for (const { b, h } of pairs) {
    const at = `/approvals/${h.index}`;
    const label2 = gateLabel(h);
    const bMin = b.min ?? 1;
    const hMin = h.min ?? 1;
    if (bMin !== hMin) {
      const weaker = hMin < bMin;
      out.add({
        kind: weaker ? "gate-weakened" : "gate-strengthened",
        path: `${at}/min_approvals`,
        subject: `${label2} minimum approvals`,
        escalation: weaker,
        before: String(bMin),
        after: String(hMin)
      });
    }
    if (b.onTimeout !== h.onTimeout) {
      const weaker = h.onTimeout === "allow" || b.onTimeout === "deny" && h.onTimeout === void 0;
      out.add({
        kind: weaker ? "gate-weakened" : "gate-changed",
        path: `${at}/on_timeout`,
        subject: `${label2} on timeout`,
        escalation: weaker,
        before: b.onTimeout,
        after: h.onTimeout
      });
    }
    const dropped = minus(b.approvers, h.approvers);
    const joined = minus(h.approvers, b.approvers);
    if (dropped.length > 0 || joined.length > 0) {
      out.add({
        kind: dropped.length > 0 ? "gate-weakened" : "gate-approvers-added",
        path: `${at}/approvers`,
        subject: `${label2} approvers`,
        escalation: true,
        before: b.approvers.join(", ") || void 0,
        after: h.approvers.join(", ") || void 0
      });
    }
    if (b.timeout !== h.timeout) {
      const weaker = b.timeout !== void 0 && h.timeout === void 0 || h.onTimeout === "allow" && h.timeout !== void 0 && (b.timeout === void 0 || h.timeout < b.timeout);
      out.add({
        kind: weaker ? "gate-weakened" : "gate-changed",
        path: `${at}/timeout`,
        subject: `${label2} timeout`,
        escalation: weaker,
        before: dur(b.timeout),
        after: dur(h.timeout)
      });
    }
  }
}

// src/diff/changes/monitoring.ts
function ratePerSecond(v) {
  if (typeof v !== "string") return void 0;
  const m = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(s|m|h|d)\s*$/.exec(v);
  if (!m) return void 0;
  const per = { s: 1, m: 60, h: 3600, d: 86400 }[m[2]];
  return Number(m[1]) / per;
}
function diffMonitoring(base, head, out) {
  const b = obj(base.monitoring) ?? {};
  const h = obj(head.monitoring) ?? {};
  const bs = str3(b.siem);
  const hs = str3(h.siem);
  if (bs !== hs) {
    const weaker = bs !== void 0 && !hs;
    out.add({
      kind: weaker ? "monitoring-weakened" : "monitoring-changed",
      path: "/monitoring/siem",
      subject: "monitoring SIEM",
      escalation: weaker,
      before: bs,
      after: hs
    });
  }
  flagChange(out, "monitoring", b, h, "baseline", "baseline");
  if (minus(strings4(b.alerts), strings4(h.alerts)).length > 0) {
    out.add({
      kind: "monitoring-weakened",
      path: "/monitoring/alerts",
      subject: "monitoring alerts",
      escalation: true,
      before: strings4(b.alerts).join(", "),
      after: strings4(h.alerts).join(", ") || void 0
    });
  }
  const br = str3(b.rate_limit);
  const hr = str3(h.rate_limit);
  if (br !== hr) {
    const bRate = ratePerSecond(br);
    const hRate = ratePerSecond(hr);
    const weaker = br !== void 0 && (hr === void 0 || bRate !== void 0 && (hRate === void 0 || hRate > bRate));
    out.add({
      kind: weaker ? "monitoring-weakened" : "monitoring-changed",
      path: "/monitoring/rate_limit",
      subject: "monitoring rate limit",
      escalation: weaker,
      before: br,
      after: hr
    });
  }
}

// src/diff/changes/oversight.ts
function diffOversight(base, head, out) {
  const b = obj(base.oversight) ?? {};
  const h = obj(head.oversight) ?? {};
  if (b.kill_switch === true && h.kill_switch !== true) {
    out.add({
      kind: "oversight-weakened",
      path: "/oversight/kill_switch",
      subject: "kill switch",
      escalation: true,
      before: "true",
      after: h.kill_switch === void 0 ? void 0 : String(h.kill_switch)
    });
  }
  const bd = obj(base.delegation) ?? {};
  const hd = obj(head.delegation) ?? {};
  if (bd.can_delegate !== true && hd.can_delegate === true) {
    out.add({
      kind: "delegation-enabled",
      path: "/delegation/can_delegate",
      subject: "delegation to other agents",
      escalation: true,
      before: "false",
      after: "true"
    });
  }
  const newSubs = minus(strings4(hd.sub_agents), strings4(bd.sub_agents));
  if (newSubs.length > 0) {
    out.add({
      kind: "sub-agents-added",
      path: "/delegation/sub_agents",
      subject: `sub-agents ${newSubs.join(", ")}`,
      escalation: true,
      after: newSubs.join(", ")
    });
  }
}

// src/diff/changes/owner.ts
function diffOwner(base, head, out) {
  const before = str3(obj(base.metadata)?.owner);
  const after = str3(obj(head.metadata)?.owner);
  if (before === after) return;
  out.add({
    kind: "owner-changed",
    path: "/metadata/owner",
    subject: "owner",
    escalation: after === void 0,
    before,
    after
  });
}

// src/diff/changes/permissions.ts
function permissionsOf(data) {
  return list2(data.permissions).map((raw, index) => {
    const p = obj(raw) ?? {};
    return {
      index,
      resource: str3(p.resource) ?? "",
      actions: strings4(p.actions),
      category: str3(p.category),
      // approval: a gate's name, or {gate, above} (manifest v1.1)
      approval: str3(p.approval) ?? str3(obj(p.approval)?.gate),
      scopes: strings4(p.scopes),
      raw
    };
  });
}
function permissionLabel(p) {
  return `${p.actions.length ? p.actions.join(", ") : "no actions"} on ${p.resource || "(no resource)"}`;
}
function accessRank(raw) {
  const level = permissionAccessLevel(raw);
  return level === null ? 0 : ACCESS_LEVELS.indexOf(level);
}
function pairPermissions(base, head) {
  const pairs = [];
  const freeB = new Set(base);
  const freeH = new Set(head);
  const pass = (how, match) => {
    for (const h of head) {
      if (!freeH.has(h)) continue;
      const b = base.find((x) => freeB.has(x) && match(x, h));
      if (!b) continue;
      freeB.delete(b);
      freeH.delete(h);
      pairs.push({ b, h, how });
    }
  };
  pass("same", (b, h) => b.resource === h.resource && b.category === h.category);
  pass("same", (b, h) => b.resource === h.resource);
  pass("widened", (b, h) => h.resource.includes("*") && globMatch(b.resource, h.resource));
  pass("narrowed", (b, h) => b.resource.includes("*") && globMatch(h.resource, b.resource));
  return { pairs, added: head.filter((h) => freeH.has(h)), removed: base.filter((b) => freeB.has(b)) };
}
function addedPermission(p, out) {
  const label2 = permissionLabel(p);
  out.add({
    kind: "permission-added",
    path: `/permissions/${p.index}`,
    subject: label2,
    escalation: true,
    after: label2
  });
}
function diffPermissions(base, head, out) {
  const baseGates = gatesOf(base);
  const headGates = gatesOf(head);
  const { pairs, added, removed } = pairPermissions(permissionsOf(base), permissionsOf(head));
  for (const h of added) addedPermission(h, out);
  for (const b of removed) {
    const label2 = permissionLabel(b);
    out.add({
      kind: "permission-removed",
      path: `/permissions/${b.index}`,
      subject: label2,
      escalation: false,
      before: label2
    });
  }
  for (const { b, h, how } of pairs) {
    const at = `/permissions/${h.index}`;
    const label2 = permissionLabel(h);
    const was = permissionLabel(b);
    if (how !== "same") {
      const kind = how === "widened" ? "permission-widened" : "permission-narrowed";
      out.add({
        kind,
        path: `${at}/resource`,
        subject: label2,
        escalation: how === "widened",
        before: was,
        after: label2
      });
    } else if (!b.actions.includes("*")) {
      const more = minus(h.actions, b.actions);
      const fewer = minus(b.actions, h.actions);
      if (more.length > 0)
        out.add({
          kind: "permission-widened",
          path: `${at}/actions`,
          subject: label2,
          escalation: true,
          before: was,
          after: label2
        });
      else if (fewer.length > 0)
        out.add({
          kind: "permission-narrowed",
          path: `${at}/actions`,
          subject: label2,
          escalation: false,
          before: was,
          after: label2
        });
    } else if (!h.actions.includes("*")) {
      out.add({
        kind: "permission-narrowed",
        path: `${at}/actions`,
        subject: label2,
        escalation: false,
        before: was,
        after: label2
      });
    }
    const on = h.resource || "(no resource)";
    for (const scope of minus(h.scopes, b.scopes))
      out.add({
        kind: "scope-added",
        path: `${at}/scopes`,
        subject: `scope ${scope} on ${on}`,
        escalation: true,
        after: scope
      });
    for (const scope of minus(b.scopes, h.scopes))
      out.add({
        kind: "scope-removed",
        path: `${at}/scopes`,
        subject: `scope ${scope} on ${on}`,
        escalation: false,
        before: scope
      });
    if (b.category !== h.category) {
      const wider = accessRank(h.raw) > accessRank(b.raw) || isSensitivePermission(h.raw) && !isSensitivePermission(b.raw);
      out.add({
        kind: "permission-category-changed",
        path: `${at}/category`,
        subject: `${label2}: category`,
        escalation: wider,
        before: b.category,
        after: h.category
      });
    }
    if (b.approval !== void 0 && h.approval === void 0) {
      out.add({
        kind: "gate-removed",
        path: `${at}/approval`,
        subject: label2,
        escalation: true,
        before: b.approval
      });
    } else if (b.approval === void 0 && h.approval !== void 0) {
      out.add({
        kind: "gate-added",
        path: `${at}/approval`,
        subject: label2,
        escalation: false,
        after: h.approval
      });
    } else if (b.approval !== h.approval) {
      const before = baseGates.find((g) => g.name === b.approval);
      const after = headGates.find((g) => g.name === h.approval);
      out.add({
        kind: "gate-changed",
        path: `${at}/approval`,
        subject: label2,
        escalation: weakerGate(before, after),
        before: b.approval,
        after: h.approval
      });
    }
  }
}

// src/diff/changes/posture.ts
function obj2(v) {
  return obj(v) ?? {};
}
var ORDER = {
  // https://developers.openai.com/codex/config-reference/
  approval_policy: ["untrusted", "on-failure", "on-request", "never"],
  sandbox_mode: ["read-only", "workspace-write", "danger-full-access"],
  // https://code.claude.com/docs/en/permission-modes
  defaultMode: ["plan", "default", "acceptEdits", "dontAsk", "bypassPermissions"],
  // https://github.com/google-gemini/gemini-cli/blob/main/docs/reference/configuration.md
  // ("plan" is read-only, "default" prompts, "auto_edit" auto-approves edit tools; "yolo" is not a
  // settings value — the CLI ignores it there — so it stays unranked and is flagged for review)
  "general.defaultApprovalMode": ["plan", "default", "auto_edit"],
  "security.disableYoloMode": ["true", "false"],
  autoAccept: ["false", "true"],
  "tools.autoAccept": ["false", "true"],
  "sandbox_workspace_write.network_access": ["false", "true"]
};
var DEFAULTS = {
  // https://github.com/google-gemini/gemini-cli/blob/main/docs/reference/configuration.md
  "general.defaultApprovalMode": "default",
  "security.disableYoloMode": "false",
  "tools.autoAccept": "false"
};
function rank(setting, value) {
  const base = setting.replace(/^profiles\.[^.]+\./, "");
  const effective = value ?? (Object.hasOwn(DEFAULTS, base) ? DEFAULTS[base] : void 0);
  if (effective === void 0) return void 0;
  const order = Object.hasOwn(ORDER, base) ? ORDER[base] : void 0;
  const i = order ? order.indexOf(effective) : -1;
  return i === -1 ? void 0 : i;
}
function diffPosture(base, head, out) {
  const b = obj2(obj2(base.native).posture);
  const h = obj2(obj2(head.native).posture);
  for (const setting of [.../* @__PURE__ */ new Set([...Object.keys(b), ...Object.keys(h)])].sort()) {
    const before = typeof b[setting] === "string" ? b[setting] : void 0;
    const after = typeof h[setting] === "string" ? h[setting] : void 0;
    if (before === after) continue;
    const rb = rank(setting, before);
    const ra = rank(setting, after);
    const escalation = ra !== void 0 && rb !== void 0 ? ra > rb : after !== void 0;
    out.add({
      kind: "posture-changed",
      path: `/native/posture/${escapePointerSegment(setting)}`,
      subject: `${setting}`,
      ...before !== void 0 ? { before } : {},
      ...after !== void 0 ? { after } : {},
      escalation
    });
  }
  const servers = (d) => {
    const list3 = obj2(d.native).servers;
    const m = /* @__PURE__ */ new Map();
    if (Array.isArray(list3)) {
      for (const s of list3) if (typeof obj2(s).name === "string") m.set(obj2(s).name, obj2(s));
    }
    return m;
  };
  const bs = servers(base);
  const hs = [...servers(head).entries()];
  hs.forEach(([name, s], i) => {
    const was = bs.get(name);
    const now = Array.isArray(s.auto_approve) ? s.auto_approve : [];
    const then = was && Array.isArray(was.auto_approve) ? was.auto_approve : [];
    if (was && now.join(", ") !== then.join(", ") && now.length > 0) {
      out.add({
        kind: "auto-approval-changed",
        path: `/native/servers/${i}/auto_approve`,
        subject: `tools of MCP server ${name} run without asking`,
        ...then.length > 0 ? { before: then.join(", ") } : { before: "ask" },
        after: now.join(", "),
        escalation: true
      });
    }
  });
}

// src/diff/changes/risk.ts
var AUTONOMY = ["human-in-the-loop", "supervised", "autonomous"];
function diffRisk(base, head, out) {
  const b = obj(base.risk) ?? {};
  const h = obj(head.risk) ?? {};
  const bt = str3(b.eu_ai_act);
  const ht = str3(h.eu_ai_act);
  if (bt !== ht) {
    out.add({
      kind: "risk-tier-changed",
      path: "/risk/eu_ai_act",
      subject: "EU AI Act risk tier",
      escalation: true,
      before: bt,
      after: ht
    });
  }
  const ba = str3(b.autonomy);
  const ha = str3(h.autonomy);
  if (ba !== ha) {
    const more = ha === void 0 || AUTONOMY.indexOf(ha) > AUTONOMY.indexOf(ba ?? "human-in-the-loop");
    out.add({
      kind: "autonomy-changed",
      path: "/risk/autonomy",
      subject: "autonomy",
      escalation: more,
      before: ba,
      after: ha
    });
  }
  const newClasses = minus(strings4(h.data_classes), strings4(b.data_classes));
  if (newClasses.length > 0) {
    out.add({
      kind: "data-classes-added",
      path: "/risk/data_classes",
      subject: `data classes ${newClasses.join(", ")}`,
      escalation: true,
      after: newClasses.join(", ")
    });
  }
}

// src/diff/changes/tools.ts
var KIND_WORDS = {
  mcp: "MCP server",
  a2a: "A2A agent",
  plugin: "plugin",
  function: "function"
};
function diffTools(base, head, out) {
  const toolsOf = (d) => list2(d.tools).map((raw, index) => ({
    index,
    name: str3(obj(raw)?.name),
    source: str3(obj(raw)?.source),
    type: str3(obj(raw)?.type)
  }));
  const { added, removed } = pairByName(toolsOf(base), toolsOf(head));
  const label2 = (t) => `${t.type !== void 0 && Object.hasOwn(KIND_WORDS, t.type) ? KIND_WORDS[t.type] : "tool"} ${ordinal(t)}`;
  for (const t of added) {
    const from = t.source !== void 0 ? ` from ${t.source}` : "";
    out.add({
      kind: "tool-added",
      path: `/tools/${t.index}`,
      subject: `${label2(t)}${from}`,
      escalation: true,
      after: t.source ?? t.name
    });
  }
  for (const t of removed) {
    out.add({
      kind: "tool-removed",
      path: `/tools/${t.index}`,
      subject: label2(t),
      escalation: false,
      before: t.source ?? t.name
    });
  }
}

// src/diff/changes.ts
var DEFAULT_DIFF_OPTIONS = {
  staticCredentialTypes: ["api-key", "static-token", "password"]
};
function diffAgentData(base, head, opts = DEFAULT_DIFF_OPTIONS) {
  const out = new Details();
  diffOwner(base, head, out);
  diffPermissions(base, head, out);
  diffCredentials(base, head, out, opts);
  diffGates(base, head, out);
  diffRisk(base, head, out);
  diffAudit(base, head, out);
  diffMonitoring(base, head, out);
  diffOversight(base, head, out);
  diffTools(base, head, out);
  diffPosture(base, head, out);
  return out.items;
}
function keyed(agents) {
  const out = /* @__PURE__ */ new Map();
  for (const a of agents) {
    let key = a.name !== void 0 && a.name !== "" ? `name:${a.doc.file}\0${a.name}` : `doc:${unnamedAgentKey(a.doc.file, a.doc.docIndex)}`;
    for (let n = 2; out.has(key); n++) key = `${key}\0${n}`;
    out.set(key, a);
  }
  return out;
}
function nameCounts(agents) {
  const counts = /* @__PURE__ */ new Map();
  for (const a of agents) if (a.name) counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  return counts;
}
function pairAgents(base, head) {
  const before = keyed(base);
  const pairs = /* @__PURE__ */ new Map();
  const paired = /* @__PURE__ */ new Set();
  for (const [key, h] of keyed(head)) {
    const b = before.get(key);
    if (b) {
      pairs.set(h, b);
      paired.add(b);
    }
  }
  const baseCount = nameCounts(base);
  const headCount = nameCounts(head);
  const unpairedBase = new Map(
    base.filter((b) => !paired.has(b) && b.name && baseCount.get(b.name) === 1).map((b) => [b.name, b])
  );
  for (const h of head) {
    if (pairs.has(h) || !h.name || headCount.get(h.name) !== 1) continue;
    const b = unpairedBase.get(h.name);
    if (b) pairs.set(h, b);
  }
  return pairs;
}
function addedDetails(a) {
  const out = new Details();
  out.add({
    kind: "agent-added",
    path: "",
    subject: `agent ${agentKey(a)}`,
    escalation: true,
    after: agentAccessLevel(a.data.permissions)
  });
  for (const p of permissionsOf(a.data)) addedPermission(p, out);
  return out.items;
}
function removedDetails(a) {
  const out = new Details();
  out.add({
    kind: "agent-removed",
    path: "",
    subject: `agent ${agentKey(a)}`,
    escalation: false,
    before: agentAccessLevel(a.data.permissions)
  });
  return out.items;
}
function diffAgents(base, head, opts = DEFAULT_DIFF_OPTIONS) {
  const pairs = pairAgents(base, head);
  const changes = [];
  const change = (a, kind, details) => changes.push({ agent: agentKey(a), file: a.doc.file, change: kind, details });
  for (const h of head) {
    const b = pairs.get(h);
    if (!b) {
      change(h, "added", addedDetails(h));
      continue;
    }
    const details = diffAgentData(b.data, h.data, opts);
    if (details.length > 0) change(h, "modified", details);
  }
  const kept = new Set(pairs.values());
  for (const b of base) if (!kept.has(b)) change(b, "removed", removedDetails(b));
  return changes.sort((x, y) => x.file < y.file ? -1 : x.file > y.file ? 1 : 0);
}

// src/diff/compare.ts
function redactChanges(changes, values) {
  if (values.length === 0) return changes;
  const r = (s) => redactText(s, values);
  const opt = (s) => s === void 0 ? void 0 : r(s);
  return changes.map((c) => ({
    ...c,
    agent: r(c.agent),
    file: r(c.file),
    details: c.details.map((d) => {
      const before = opt(d.before);
      const after = opt(d.after);
      return {
        kind: d.kind,
        path: redactPointer(d.path, r),
        subject: r(d.subject),
        ...before !== void 0 ? { before } : {},
        ...after !== void 0 ? { after } : {},
        escalation: d.escalation
      };
    })
  }));
}
function signalKey(s) {
  return `${s.type}\0${s.package}\0${s.file}`;
}
function markNewSignals(head, base) {
  if (!head || !base) return head;
  const before = new Set(base.flatMap((c) => c.signals.map(signalKey)));
  return head.map((c) => ({
    ...c,
    signals: c.signals.map((s) => ({ ...s, new: !before.has(signalKey(s)) }))
  }));
}
function compareWithBase(head, base, baseRef, diff) {
  const atBase = new Map(base.report.findings.map((f) => [f.fingerprint, f]));
  const atHead = new Set(head.report.findings.map((f) => f.fingerprint));
  const findings = head.report.findings.map((f) => ({
    ...f,
    new: !atBase.has(f.fingerprint) || widens(f, atBase.get(f.fingerprint))
  }));
  const fixed = base.report.findings.filter((f) => !atHead.has(f.fingerprint)).map((f) => {
    const copy = { ...f };
    delete copy.new;
    return copy;
  });
  const added = findings.filter((f) => f.new).length;
  const secrets = [...head.agents, ...base.agents].flatMap((a) => a.redact);
  const compared = {
    ...head.report,
    summary: { ...head.report.summary, new: added, fixed: fixed.length, unchanged: findings.length - added },
    findings,
    base: { ref: baseRef.ref, sha: baseRef.sha },
    changes: redactChanges(diffAgents(base.agents, head.agents, diff), secrets),
    fixed
  };
  const components = markNewSignals(head.report.components, base.report.components);
  if (components) compared.components = components;
  return compared;
}
function checkedFiles(head) {
  return [
    .../* @__PURE__ */ new Set([...head.agents.map((a) => a.doc.file), ...head.report.errors.map((e) => e.file)])
  ].sort();
}

// src/policy/active.ts
import { resolve as resolve3 } from "node:path";
async function loadActivePolicy(files, opts) {
  const explicit = opts.config === void 0 ? void 0 : rootRelative(opts.root, resolve3(opts.root, opts.config));
  try {
    const found = await findConfig(files, explicit);
    const config = found ? parseConfig(found.text, found.file) : void 0;
    const packs = await loadPacks(files, config);
    if (config) checkConfigAgainstPolicy(config, packs.policy);
    return {
      origin: files.origin,
      ...files.sha !== void 0 ? { sha: files.sha } : {},
      policy: packs.policy,
      ...config ? { config } : {},
      packFiles: packs.files
    };
  } catch (e) {
    if (e instanceof PolicyError && files.sha !== void 0) {
      throw new PolicyError(e.file, e.line, e.column, `${e.reason} (in ${files.origin})`);
    }
    throw e;
  }
}

// src/policy/changes.ts
import { isDeepStrictEqual } from "node:util";
function show(v) {
  if (v === void 0) return "(not set)";
  if (Array.isArray(v)) return `[${v.map(show).join(", ")}]`;
  if (typeof v === "string") return v;
  return JSON.stringify(v);
}
function strictness(v) {
  const f = v ?? "high";
  return f === "never" ? -1 : severityRank(f);
}
function settingChanges(base, head, out) {
  for (const field of ["include", "exclude"]) {
    if (isDeepStrictEqual(base[field], head[field])) continue;
    const text2 = field === "include" ? `include: ${base.include ? show(base.include) : "(default discovery)"} → ${head.include ? show(head.include) : "(default discovery)"}` : `exclude: ${show(base.exclude)} → ${show(head.exclude)}`;
    out.push({ kind: "setting-changed", text: text2, mayWeaken: true });
  }
  if (!isDeepStrictEqual(base.frameworks, head.frameworks)) {
    const before = base.frameworks ?? [];
    const after = head.frameworks ?? [];
    const dropped = base.frameworks && (!head.frameworks || before.some((f) => !after.includes(f)));
    out.push({
      kind: "setting-changed",
      text: `frameworks: ${base.frameworks ? show(before) : "(all)"} → ${head.frameworks ? show(after) : "(all)"}`,
      mayWeaken: head.frameworks !== void 0 && (dropped === true || base.frameworks === void 0)
    });
  }
  if ((base.fail_on ?? "high") !== (head.fail_on ?? "high")) {
    out.push({
      kind: "setting-changed",
      text: `fail_on: ${base.fail_on ?? "high (default)"} → ${head.fail_on ?? "high (default)"}`,
      mayWeaken: strictness(head.fail_on) < strictness(base.fail_on)
    });
  }
  if ((base.fail_scope ?? "") !== (head.fail_scope ?? "")) {
    const side = (v) => v ?? "(not set)";
    out.push({
      kind: "setting-changed",
      text: `fail_scope: ${side(base.fail_scope)} → ${side(head.fail_scope)}`,
      // judged on new findings only, existing ones no longer fail
      mayWeaken: head.fail_scope === "new" || base.fail_scope === "all" && head.fail_scope === void 0
    });
  }
  if (!isDeepStrictEqual(base.fail_on_escalation, head.fail_on_escalation)) {
    const kinds = (v) => v === true ? "all" : v === void 0 || v === false ? [] : v;
    const [b, h] = [kinds(base.fail_on_escalation), kinds(head.fail_on_escalation)];
    const side = (v) => v === void 0 ? "(not set)" : show(v);
    out.push({
      kind: "setting-changed",
      text: `fail_on_escalation: ${side(base.fail_on_escalation)} → ${side(head.fail_on_escalation)}`,
      // an escalation the base failed on that the head lets through
      mayWeaken: b === "all" ? h !== "all" : h !== "all" && b.some((k) => !h.includes(k))
    });
  }
}
function defaultOf(name, checks) {
  for (const c of checks) if (Object.hasOwn(c.params, name)) return c.params[name].default;
  return void 0;
}
function paramChanges(base, head, checks, out) {
  const names = [.../* @__PURE__ */ new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  for (const name of names) {
    const [b, h] = [ownValue(base, name), ownValue(head, name)];
    if (isDeepStrictEqual(b, h)) continue;
    const fallback = defaultOf(name, checks);
    const side = (v) => v === void 0 ? `${show(fallback)} (default)` : show(v);
    out.push({ kind: "param-changed", text: `param ${name}: ${side(b)} → ${side(h)}`, mayWeaken: true });
  }
}
function checkChanges(base, head, checks, out) {
  const ids = [.../* @__PURE__ */ new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  for (const id of ids) {
    const [b, h] = [ownValue(base, id), ownValue(head, id)];
    if (b === h) continue;
    const own = checks.get(id)?.severity;
    const side = (v) => v ?? `default (${own ?? "?"})`;
    const rank2 = (v) => v === "off" ? 5 : severityRank(v ?? own ?? "info");
    out.push({
      kind: "check-changed",
      text: `check ${id}: ${side(b)} → ${side(h)}`,
      mayWeaken: rank2(h) > rank2(b)
    });
  }
}
function waiverKey(w) {
  return `${w.check}\0${w.agent}\0${w.path ?? ""}`;
}
function describeWaiver(w) {
  return `${w.check} on '${w.agent}'${w.path ? ` at ${w.path}` : ""}`;
}
function waiverChanges(base, head, out) {
  const group = (list3) => {
    const m = /* @__PURE__ */ new Map();
    for (const w of list3) m.set(waiverKey(w), [...m.get(waiverKey(w)) ?? [], w]);
    return m;
  };
  const [b, h] = [group(base), group(head)];
  for (const key of /* @__PURE__ */ new Set([...b.keys(), ...h.keys()])) {
    const before = b.get(key) ?? [];
    const after = h.get(key) ?? [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const [was, now] = [before[i], after[i]];
      if (was && !now) {
        out.push({
          kind: "waiver-removed",
          text: `waiver removed: ${describeWaiver(was)} (was until ${was.expires})`,
          mayWeaken: false
        });
      } else if (now && !was) {
        out.push({
          kind: "waiver-added",
          text: `waiver added: ${describeWaiver(now)} until ${now.expires}, approved by ${now.approved_by}: ${now.reason}`,
          mayWeaken: true
        });
      } else if (was && now && !isDeepStrictEqual(was, now)) {
        const parts = [];
        if (was.expires !== now.expires) parts.push(`expires ${was.expires} → ${now.expires}`);
        if (was.approved_by !== now.approved_by)
          parts.push(`approved_by ${was.approved_by} → ${now.approved_by}`);
        if (was.reason !== now.reason) parts.push(`reason now: ${now.reason}`);
        out.push({
          kind: "waiver-changed",
          text: `waiver changed: ${describeWaiver(now)}: ${parts.join("; ")}`,
          mayWeaken: now.expires > was.expires || was.approved_by !== now.approved_by
        });
      }
    }
  }
}
function withoutSource(def) {
  const copy = { ...def };
  delete copy.source;
  return copy;
}
function packCheckChanges(base, head, out) {
  const builtin3 = new Set(loadPolicy().checks.map((c) => c.id));
  const own = (list3) => new Map(list3.filter((c) => !builtin3.has(c.id)).map((c) => [c.id, c]));
  const [b, h] = [own(base), own(head)];
  for (const id of [.../* @__PURE__ */ new Set([...b.keys(), ...h.keys()])].sort()) {
    const [was, now] = [b.get(id), h.get(id)];
    const where = (c) => c.source ? ` (${c.source.file})` : "";
    if (was && !now) {
      out.push({
        kind: "pack-check-removed",
        text: `pack check removed: ${id} ${was.title}${where(was)}`,
        mayWeaken: true
      });
    } else if (now && !was) {
      out.push({
        kind: "pack-check-added",
        text: `pack check added: ${id} (${now.severity}) ${now.title}${where(now)}`,
        mayWeaken: false
      });
    } else if (was && now && !isDeepStrictEqual(withoutSource(was), withoutSource(now))) {
      const parts = [];
      if (was.severity !== now.severity) parts.push(`severity ${was.severity} → ${now.severity}`);
      if (was.waivable !== now.waivable) parts.push(`waivable ${was.waivable} → ${now.waivable}`);
      const logic = ["when", "each", "where", "at", "assert"];
      if (logic.some((k) => !isDeepStrictEqual(was[k], now[k]))) parts.push("logic changed");
      if (!isDeepStrictEqual(was.params, now.params)) parts.push("parameters changed");
      if (parts.length === 0) parts.push("wording changed");
      out.push({
        kind: "pack-check-changed",
        text: `pack check changed: ${id}${where(now)}: ${parts.join("; ")}`,
        mayWeaken: true
      });
    }
  }
}
function packFrameworkChanges(base, head, out) {
  const builtin3 = new Set(loadPolicy().frameworks.map((f) => f.id));
  const own = (list3) => new Map(list3.filter((f) => !builtin3.has(f.id)).map((f) => [f.id, f]));
  const [b, h] = [own(base), own(head)];
  for (const id of [.../* @__PURE__ */ new Set([...b.keys(), ...h.keys()])].sort()) {
    const [was, now] = [b.get(id), h.get(id)];
    if (was && !now) {
      out.push({
        kind: "pack-framework-removed",
        text: `pack framework removed: ${id} ${was.title}`,
        mayWeaken: true
      });
      continue;
    }
    if (now && !was) {
      out.push({
        kind: "pack-framework-added",
        text: `pack framework added: ${id} ${now.title} (${now.controls.length} controls)`,
        mayWeaken: false
      });
      continue;
    }
    if (!was || !now || isDeepStrictEqual(withoutSource(was), withoutSource(now))) continue;
    const parts = [];
    const controls = (f) => new Map(f.controls.map((c) => [c.id, c.checks]));
    const [cb, ch] = [controls(was), controls(now)];
    for (const c of cb.keys()) if (!ch.has(c)) parts.push(`control ${c} removed`);
    for (const [c, checks] of ch) {
      const before = cb.get(c);
      if (!before) parts.push(`control ${c} added (${show(checks)})`);
      else if (!isDeepStrictEqual(before, checks))
        parts.push(`control ${c} checks ${show(before)} → ${show(checks)}`);
    }
    if (parts.length === 0) parts.push("wording changed");
    out.push({
      kind: "pack-framework-changed",
      text: `pack framework changed: ${id}: ${parts.join("; ")}`,
      mayWeaken: true
    });
  }
}
function policyChanges(base, head) {
  const out = [];
  const [bc, hc] = [base.config, head.config];
  if (!bc && hc) out.push({ kind: "config-added", text: `config added: ${hc.file}`, mayWeaken: true });
  if (bc && !hc) out.push({ kind: "config-removed", text: `config removed: ${bc.file}`, mayWeaken: true });
  if (bc && hc && bc.file !== hc.file) {
    out.push({ kind: "config-renamed", text: `config file: ${bc.file} → ${hc.file}`, mayWeaken: false });
  }
  const [b, h] = [bc?.settings ?? {}, hc?.settings ?? {}];
  settingChanges(b, h, out);
  paramChanges(b.params ?? {}, h.params ?? {}, head.policy.checks, out);
  checkChanges(b.checks ?? {}, h.checks ?? {}, new Map(head.policy.checks.map((c) => [c.id, c])), out);
  waiverChanges(b.waivers ?? [], h.waivers ?? [], out);
  const [bp, hp] = [b.packs ?? [], h.packs ?? []];
  for (const p of hp)
    if (!bp.includes(p)) out.push({ kind: "pack-added", text: `pack added: ${p}`, mayWeaken: false });
  for (const p of bp)
    if (!hp.includes(p)) out.push({ kind: "pack-removed", text: `pack removed: ${p}`, mayWeaken: true });
  packCheckChanges(base.policy.checks, head.policy.checks, out);
  packFrameworkChanges(base.policy.frameworks, head.policy.frameworks, out);
  if (out.length === 0) {
    if (bc && hc && bc.file === hc.file && bc.text !== hc.text) {
      out.push({
        kind: "file-changed",
        text: `${hc.file} changed (comments or layout only)`,
        mayWeaken: false
      });
    }
    for (const file of /* @__PURE__ */ new Set([...base.packFiles.keys(), ...head.packFiles.keys()])) {
      if (base.packFiles.get(file) !== head.packFiles.get(file)) {
        out.push({
          kind: "file-changed",
          text: `${file} changed (comments or layout only)`,
          mayWeaken: false
        });
      }
    }
  }
  return out;
}

// src/policy/choose.ts
function redactChanges2(changes, policies) {
  const known = policies.flatMap((p) => p.config?.redact ?? []);
  const found = changes.flatMap((c) => scanString(c.text).map(([, v]) => v));
  const scrub = makeRedactor([...known, ...found]);
  return changes.map((c) => ({ ...c, text: scrub(c.text) }));
}
var POLICY_SOURCES = ["base", "head"];
function isReadFailure(e) {
  return !(e instanceof PolicyError) && !(e instanceof UsageError);
}
function messageOf(e) {
  return e instanceof Error ? e.message : String(e);
}
async function builtinDefaults(root) {
  return loadActivePolicy(memoryPolicyFiles({}, "the built-in defaults"), { root });
}
async function judgedByDefaults(opts, why) {
  if (opts.unreadableBase !== "defaults") throw new UsageError(`cannot read the base policy: ${why}`);
  return { active: await builtinDefaults(opts.root), source: "defaults", changes: [], baseUnreadable: why };
}
async function choosePolicy(opts) {
  if (opts.baseError !== void 0 && opts.source === "base") return judgedByDefaults(opts, opts.baseError);
  let head;
  try {
    head = await loadActivePolicy(diskPolicyFiles(opts.root), { root: opts.root, config: opts.config });
  } catch (e) {
    if (!(opts.reader && opts.source === "base" && e instanceof PolicyError)) throw e;
    const atBase2 = await baseOrDefaults({ ...opts, reader: opts.reader });
    if ("chosen" in atBase2) return atBase2.chosen;
    const change = {
      kind: "head-policy-invalid",
      text: `the policy as changed could not be loaded, so the changes to it cannot be listed: ${e.message}`,
      mayWeaken: true
    };
    return { active: atBase2.active, source: "base", changes: redactChanges2([change], [atBase2.active]) };
  }
  if (!opts.reader) return { active: head };
  let atBase;
  try {
    atBase = await loadActivePolicy(basePolicyFiles(opts.reader, opts.root), {
      root: opts.root,
      config: opts.config
    });
  } catch (e) {
    if (opts.source === "head" && e instanceof PolicyError) {
      const change = {
        kind: "base-policy-invalid",
        text: `the policy at the base could not be loaded, so the changes to it cannot be listed: ${e.message}`,
        mayWeaken: true
      };
      return { active: head, source: "head", changes: redactChanges2([change], [head]) };
    }
    if (opts.source === "base" && isReadFailure(e)) return judgedByDefaults(opts, messageOf(e));
    throw e;
  }
  return {
    active: opts.source === "base" ? atBase : head,
    source: opts.source,
    changes: redactChanges2(policyChanges(atBase, head), [atBase, head])
  };
}
async function baseOrDefaults(opts) {
  try {
    return {
      active: await loadActivePolicy(basePolicyFiles(opts.reader, opts.root), {
        root: opts.root,
        config: opts.config
      })
    };
  } catch (e) {
    if (isReadFailure(e)) return { chosen: await judgedByDefaults(opts, messageOf(e)) };
    throw e;
  }
}

// src/diff/base.ts
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/sources/texts.ts
function loadTexts(sources, errors = []) {
  const docs = [];
  const natives = [];
  const read = /* @__PURE__ */ new Set();
  let files = 0;
  for (const { file, text: text2 } of sources) {
    files++;
    read.add(file);
    const native = loadNative(file, text2);
    if (native) {
      natives.push(...native.agents);
      errors.push(...native.errors);
      continue;
    }
    const parsed = parseSource(file, text2);
    docs.push(...parsed.documents);
    errors.push(...parsed.errors);
  }
  return {
    agents: applySources([...docs.map(normalise), ...natives], { readFiles: read }),
    errors,
    files
  };
}

// src/diff/select.ts
import { posix as posix5 } from "node:path";
function normalisePath(arg) {
  const p = posix5.normalize(arg.replace(/\\/g, "/"));
  if (p === "." || p === "./") return "";
  if (p.startsWith("/") || p === ".." || p.startsWith("../")) return void 0;
  return p.replace(/\/$/, "");
}
function skippedBelow(file, folder) {
  const rest = folder === "" ? file : file.slice(folder.length + 1);
  const segments = rest.split("/");
  return segments.slice(0, -1).some((s) => SKIPPED_DIRS.has(s));
}
function selectFiles(files, opts) {
  const custom = (opts.include?.length ?? 0) > 0;
  const include = picomatch()(custom ? [...opts.include ?? []] : [...DEFAULT_INCLUDE], {
    dot: true,
    nocase: !custom
  });
  return pick(files, opts, include);
}
function listFiles(files, opts) {
  const venvs = files.filter((f) => f === VENV_MARKER || f.endsWith(`/${VENV_MARKER}`)).map((f) => f.slice(0, -VENV_MARKER.length));
  const inVenv = (f) => venvs.some((v) => v !== "" && f.startsWith(v));
  return pick(
    files.filter((f) => !inVenv(f)),
    opts,
    () => true
  );
}
function pick(files, opts, include) {
  const exclude = opts.exclude?.length ? picomatch()([...opts.exclude], { dot: true }) : () => false;
  const all = new Set(files);
  const picked = /* @__PURE__ */ new Set();
  for (const raw of opts.paths.length > 0 ? opts.paths : ["."]) {
    const arg = normalisePath(raw);
    if (arg === void 0) continue;
    if (arg !== "" && all.has(arg)) {
      picked.add(arg);
      continue;
    }
    const folder = arg;
    const under = files.filter((f) => folder === "" || f.startsWith(`${folder}/`));
    if (under.length > 0) {
      for (const f of under) if (!skippedBelow(f, folder) && include(f) && !exclude(f)) picked.add(f);
      continue;
    }
    const scan = picomatch().scan(arg);
    if (scan.isGlob) {
      const matches = picomatch()(arg, { dot: true });
      const base = normalisePath(scan.base || ".") ?? "";
      for (const f of files) {
        if ((base === "" || f.startsWith(`${base}/`)) && !skippedBelow(f, base) && matches(f) && !exclude(f))
          picked.add(f);
      }
    }
  }
  return [...picked].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}

// src/diff/base.ts
var GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" };
function git(root, args, maxBuffer = 64 * 1024 * 1024) {
  return new Promise((resolve4, reject) => {
    execFile(
      "git",
      args,
      { cwd: root, encoding: "buffer", maxBuffer, env: GIT_ENV },
      (error, stdout, stderr) => {
        if (error) {
          const detail = Buffer.isBuffer(stderr) ? stderr.toString("utf8").trim().split("\n")[0] : "";
          reject(
            Object.assign(new Error(detail || error.message), { code: error.code })
          );
        } else resolve4(stdout);
      }
    );
  });
}
async function gitPrefix(root) {
  try {
    return (await git(root, ["rev-parse", "--show-prefix"])).toString("utf8").trim();
  } catch {
    return void 0;
  }
}
async function hasCommit(root, sha) {
  if (!/^[0-9a-fA-F]{4,64}$/.test(sha)) return false;
  try {
    await git(root, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function resolveRef(root, ref) {
  if (ref === "" || ref.startsWith("-") || /[\0\n]/.test(ref))
    throw new UsageError(`--base: not a git revision: '${ref}'`);
  try {
    return (await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).toString("utf8").trim();
  } catch (e) {
    const why = e instanceof Error && e.message && !/^Command failed/.test(e.message) ? `: ${e.message}` : "";
    throw new UsageError(`--base: cannot resolve '${ref}' to a commit in ${root}${why}`);
  }
}
async function gitBaseReader(root, sha) {
  const prefix = await gitPrefix(root) ?? "";
  return {
    sha,
    local: true,
    async list() {
      const out = await git(root, ["ls-tree", "-r", "-z", "--name-only", "--full-tree", sha]);
      const files = out.toString("utf8").split("\0").filter((f) => f !== "" && f.startsWith(prefix)).map((f) => f.slice(prefix.length));
      return { files, complete: true };
    },
    async read(file) {
      try {
        return await git(root, ["show", `${sha}:${prefix}${file}`]);
      } catch (e) {
        if (/does not exist|exists on disk, but not in|bad revision|invalid object name/i.test(String(e)))
          return void 0;
        throw e;
      }
    }
  };
}
function remoteBaseReader(opts) {
  const { prefix } = opts;
  const strip = (f) => f.startsWith(prefix) ? f.slice(prefix.length) : void 0;
  const touched = /* @__PURE__ */ new Map();
  for (const c of opts.changed ?? []) {
    const at = strip(c.file);
    if (at !== void 0) touched.set(at, c);
    const was = c.previous !== void 0 ? strip(c.previous) : void 0;
    if (was !== void 0 && !touched.has(was))
      touched.set(was, { file: c.previous, status: "removed" });
  }
  return {
    sha: opts.sha,
    // files the change leaves alone come from the disk; every other read is a request
    local: opts.changed !== void 0 && opts.workTree !== void 0,
    async list() {
      if (!opts.changed && opts.listAll) {
        const all = await opts.listAll();
        const files = all.files.map(strip).filter((f) => f !== void 0);
        return { files, complete: all.complete };
      }
      return { files: [...touched.keys()], complete: false };
    },
    async read(file) {
      const change = touched.get(file);
      if (opts.changed && opts.workTree !== void 0 && !change) {
        try {
          return await readFile(join3(opts.workTree, file));
        } catch {
          return void 0;
        }
      }
      if (change && ["added", "renamed", "copied"].includes(change.status)) return void 0;
      return opts.fetch(prefix + file);
    },
    readAtBase: (file) => opts.fetch(prefix + file),
    ...opts.listDir ? {
      async listDir(dir) {
        const folder = dir === "." || dir === "" ? "" : `${dir.replace(/\/$/, "")}/`;
        const listed = await opts.listDir((prefix + folder).replace(/\/$/, ""));
        return listed.flatMap((f) => {
          const at = strip(f);
          return at === void 0 ? [] : [at];
        });
      }
    } : {}
  };
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decode2(file, bytes, maxFileSize) {
  const fail = (message) => ({
    file,
    line: 1,
    column: 1,
    message: `at the base: ${message}`
  });
  if (bytes.length > maxFileSize)
    return fail(`file is ${bytes.length} bytes, over the size limit of ${maxFileSize} bytes`);
  try {
    const text2 = strictUtf8.decode(bytes);
    return { file, text: text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2 };
  } catch {
    return fail("invalid UTF-8");
  }
}
async function mapLimited(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
async function readBaseText(reader, file, maxFileSize) {
  const bytes = await reader.read(file);
  return bytes === void 0 ? void 0 : decode2(file, bytes, maxFileSize);
}
async function loadBase(reader, opts) {
  const listing = await reader.list();
  const listed = listFiles(listing.files, opts);
  const selected = selectFiles(listing.files, opts);
  const candidates = [.../* @__PURE__ */ new Set([...opts.headFiles, ...selected])].sort();
  const errors = [];
  const texts = [];
  const contents = await mapLimited(candidates, 8, (file) => reader.read(file));
  candidates.forEach((file, i) => {
    const bytes = contents[i];
    if (bytes === void 0) return;
    const decoded = decode2(file, bytes, opts.maxFileSize);
    if ("text" in decoded) texts.push(decoded);
    else errors.push(decoded);
  });
  const all = listing.complete ? listed : [.../* @__PURE__ */ new Set([...opts.headListing ?? [], ...listed])].sort();
  const loaded = loadTexts(texts, errors);
  const owners = await readBaseCodeowners(
    reader,
    opts.maxFileSize,
    listing.complete ? new Set(listing.files) : void 0
  );
  return {
    ...loaded,
    agents: applyOwners(loaded.agents, owners),
    read: texts.map((t) => t.file),
    listing: all
  };
}
async function readBaseCodeowners(reader, maxFileSize, listed) {
  for (const path of CODEOWNERS_PATHS) {
    if (listed && !listed.has(path)) continue;
    const read = await readBaseText(reader, path, maxFileSize);
    if (read !== void 0 && "text" in read) return parseCodeowners(path, read.text);
  }
  return void 0;
}

// src/pipeline/base.ts
async function checkBase(head, reader, opts) {
  const loaded = await loadBase(reader, {
    paths: opts.paths,
    include: opts.include,
    exclude: opts.exclude,
    maxFileSize: opts.maxFileSize,
    headFiles: checkedFiles(head),
    ...head.listing ? { headListing: head.listing } : {}
  });
  const tree = { agents: loaded.agents, errors: loaded.errors, files: loaded.files };
  if (opts.policy?.config?.settings.discovery?.code !== false) {
    tree.code = await discoverCode({
      root: opts.root,
      listing: loaded.listing.map((file) => ({ file })),
      read: baseTextReader(reader),
      // import sites only where reading every source file costs no request to the code host
      imports: reader.local === true,
      agents: loaded.agents,
      ...opts.policy?.policy.discovery ? { catalogs: opts.policy.policy.discovery } : {},
      maxFileSize: opts.maxFileSize,
      manifests: new Set(loaded.read)
    });
  }
  return checkAgents(tree, opts);
}
function baseTextReader(reader) {
  return async (f, maxFileSize) => {
    const read = await readBaseText(reader, f.file, maxFileSize);
    if (read === void 0 || "message" in read) return read && { error: read };
    return { text: read.text };
  };
}

// src/pipeline/gate.ts
function gate(report, opts) {
  const scoped = applyFailScope(report, opts.failScope, opts.failOnEscalation);
  return opts.failClosed && scoped.summary.passed ? { ...scoped, summary: { ...scoped.summary, passed: false } } : scoped;
}

// src/pipeline/options.ts
function checkOptionsFor(active, shell) {
  const s = active.config?.settings ?? {};
  const frameworks = shell.frameworks?.length ? shell.frameworks : s.frameworks;
  return {
    root: shell.root,
    paths: shell.paths,
    ...s.include ? { include: s.include } : {},
    ...s.exclude ? { exclude: s.exclude } : {},
    ...frameworks ? { frameworks } : {},
    failOn: shell.failOn ?? s.fail_on ?? "high",
    maxFileSize: shell.maxFileSize,
    ...s.params ? { params: s.params } : {},
    ...shell.now !== void 0 ? { now: shell.now } : {},
    ...shell.focus ? { focus: shell.focus } : {},
    policy: active
  };
}

// src/pipeline/run.ts
function diffOptions(policy, options) {
  const resolved = resolveParams(policy.active.policy.checks, options.params);
  const types = resolved.get("static_credential_types");
  return Array.isArray(types) && types.every((t) => typeof t === "string") ? { staticCredentialTypes: types } : DEFAULT_DIFF_OPTIONS;
}
async function runPipeline(req) {
  const { base } = req;
  const unreadable = req.unreadableBase ?? "throw";
  const policy = await choosePolicy({
    root: req.root,
    ...req.config !== void 0 ? { config: req.config } : {},
    source: base?.policySource ?? "head",
    ...base && "reader" in base ? { reader: base.reader } : {},
    ...base && "error" in base ? { baseError: base.error } : {},
    unreadableBase: unreadable === "throw" ? "throw" : "defaults"
  });
  const judgedByDefaults2 = policy.source === "defaults";
  const options = checkOptionsFor(policy.active, req);
  const compared = base !== void 0 && "reader" in base && !judgedByDefaults2;
  const head = await runCheck(req.reportOnly === true && !compared ? { ...options, lean: true } : options);
  let report = head.report;
  if (compared) {
    const atBase = await checkBase(head, base.reader, options);
    report = compareWithBase(
      head,
      atBase,
      { ref: base.ref, sha: base.reader.sha },
      diffOptions(policy, options)
    );
  }
  if (policy.source) {
    report = {
      ...report,
      policySource: policy.source,
      policyChanges: policy.changes ?? [],
      ...judgedByDefaults2 ? { baseUnreadable: policy.baseUnreadable ?? "unknown reason" } : {}
    };
  }
  const settings = policy.active.config?.settings;
  report = gate(report, {
    failScope: req.failScope ?? settings?.fail_scope ?? req.defaultFailScope ?? "all",
    ...settings?.fail_on_escalation !== void 0 ? { failOnEscalation: settings.fail_on_escalation } : {},
    failClosed: judgedByDefaults2 && unreadable === "fail"
  });
  return {
    report,
    rules: head.rules,
    agents: head.agents,
    agentFiles: head.agentFiles,
    ...head.nativeFiles ? { nativeFiles: head.nativeFiles } : {},
    options,
    policy
  };
}

export {
  invisibleChar,
  isNativeAgent,
  makeRedactor,
  isPolicyCheck,
  MAX_WAIVER_DAYS,
  inventoryRowsOf,
  POLICY_SOURCES,
  gitPrefix,
  hasCommit,
  resolveRef,
  gitBaseReader,
  remoteBaseReader,
  runPipeline
};
