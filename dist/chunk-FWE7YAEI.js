import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  GLOBSTAR,
  bracketEnd,
  checkParams,
  describeSchemaError,
  matchSegments,
  parseYamlSource,
  segmentMatcher,
  validatorFor
} from "./chunk-NBGPQBYX.js";
import {
  PolicyError
} from "./chunk-6WOQBHG4.js";
import {
  UsageError
} from "./chunk-BNU4OYRD.js";
import {
  findSecrets,
  globCostProblem
} from "./chunk-5ETBV6RK.js";

// src/policy/policy-files.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute as isAbsolute2, posix, relative as relative2, resolve as resolve3 } from "node:path";

// src/manifest/walk.ts
import { readdirSync, realpathSync, statSync as statSync3 } from "node:fs";
import { dirname, isAbsolute, join as join2, relative, resolve as resolve2, sep } from "node:path";

// src/manifest/git-config.ts
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
var MAX_CONFIG = 1024 * 1024;
function gitIgnoresCase(top) {
  const config = configOf(top);
  return config !== void 0 && coreIgnoreCase(config);
}
function read(path) {
  try {
    const info = statSync(path);
    return info.isFile() && info.size <= MAX_CONFIG ? readFileSync(path, "utf8") : void 0;
  } catch {
    return void 0;
  }
}
function configOf(top) {
  const dotGit = join(top, ".git");
  let gitDir = dotGit;
  const file = read(dotGit);
  if (file !== void 0) {
    const target = /^gitdir:\s*(.+?)\s*$/m.exec(file)?.[1];
    if (target === void 0) return void 0;
    gitDir = resolve(top, target);
  }
  const common = read(join(gitDir, "commondir"))?.trim();
  return read(join(common ? resolve(gitDir, common) : gitDir, "config"));
}
function coreIgnoreCase(text) {
  let inCore = false;
  let value = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)[#;].*$/, "").trim();
    if (line === "") continue;
    const section = /^\[\s*([A-Za-z0-9.-]+)\s*(?:"[^"]*")?\s*\]\s*(.*)$/.exec(line);
    let body = line;
    if (section) {
      inCore = section[1].toLowerCase() === "core" && !line.includes('"');
      body = section[2];
      if (body === "") continue;
    }
    if (!inCore) continue;
    const setting = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(body);
    if (!setting || setting[1].toLowerCase() !== "ignorecase") continue;
    const v = (setting[2] ?? "true").replace(/^"(.*)"$/, "$1").trim().toLowerCase();
    value = v === "true" || v === "yes" || v === "on" || v === "1";
  }
  return value;
}

// src/manifest/gitignore.ts
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";

// src/manifest/gitignore-rules.ts
var NONE = { ignored: false, unignored: false };
var IGNORED = { ignored: true, unignored: false };
var UNIGNORED = { ignored: false, unignored: true };
function patternText(line) {
  if (line.startsWith("#")) return void 0;
  let end = line.length;
  while (end > 0 && line[end - 1] === " " && !escapedAt(line, end - 1)) end--;
  return end === 0 ? void 0 : line.slice(0, end);
}
function escapedAt(text, i) {
  let n = 0;
  for (let j = i - 1; j >= 0 && text[j] === "\\"; j--) n++;
  return n % 2 === 1;
}
function parseRule(line, nocase) {
  let p = patternText(line);
  if (p === void 0) return void 0;
  const negated = p.startsWith("!");
  if (negated) p = p.slice(1);
  const pattern = compilePattern(p, { nocase });
  return pattern && { ...pattern, negated };
}
function compilePattern(text, opts) {
  let p = text;
  const dirOnly = p.endsWith("/") && !escapedAt(p, p.length - 1);
  if (dirOnly) p = p.slice(0, -1);
  if (p === "") return void 0;
  const brackets = opts.brackets !== false;
  const segment = (s) => segmentMatcher(s, opts.nocase, brackets);
  const parts = splitSegments(p, brackets);
  if (!p.includes("/")) return { dirOnly, name: segment(parts[0]) };
  if (parts[0] === "") parts.shift();
  const globstar = (s) => /^\*\*+$/.test(s);
  if (parts.length > 1 && globstar(parts.at(-1))) parts.splice(parts.length - 1, 1, "*", "**");
  return { dirOnly, segments: parts.map((s) => globstar(s) ? GLOBSTAR : segment(s)) };
}
function patternMatches(pattern, names, isDir) {
  if (pattern.dirOnly && !isDir) return false;
  if (pattern.name) return pattern.name(names[names.length - 1]);
  return matchSegments(pattern.segments, names, (part, n) => part(n));
}
function splitSegments(p, brackets) {
  const parts = [];
  let start = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\" && p[i + 1] === "/") {
      parts.push(p.slice(start, i));
      start = i + 2;
      i++;
    } else if (c === "\\") i++;
    else if (c === "[" && brackets) {
      const end = bracketEnd(p, i);
      if (end !== void 0) i = end - 1;
    } else if (c === "/") {
      parts.push(p.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(p.slice(start));
  return parts;
}
var GitignoreRules = class {
  /** `nocase`: compare names without regard to case (`core.ignorecase`). */
  constructor(text, nocase = false) {
    this.nocase = nocase;
    for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
      const rule = parseRule(line, nocase);
      if (!rule) continue;
      if (rule.segments) this.pathRules.push(this.rules.length);
      this.rules.push(rule);
    }
  }
  nocase;
  rules = [];
  /** The rules with a '/' (most of a real file has none), by index. */
  pathRules = [];
  /** The last name rule that matches a name (a folder's with a trailing '/'), -1 for none: names recur. */
  lastNameHit = /* @__PURE__ */ new Map();
  /** Whether the file holds no pattern (the comments `git init` writes to .git/info/exclude). */
  get empty() {
    return this.rules.length === 0;
  }
  /** Whether every pattern is a name pattern: then a path's verdict depends on its last segment alone. */
  get namesOnly() {
    return this.pathRules.length === 0;
  }
  /**
   * The verdict of the last rule that matches `path` itself (from the file's folder, '/'-separated; a
   * folder's ends in '/'). Whether a folder on its way is excluded is the caller's question: git asks it
   * of every level of .gitignore files for each folder (gitignore.ts).
   */
  verdict(path) {
    const isDir = path.endsWith("/");
    const exact = isDir ? path.slice(0, -1) : path;
    const body = this.nocase ? exact.toLowerCase() : exact;
    const slash = body.lastIndexOf("/");
    let last = this.lastNameRule(slash === -1 ? body : body.slice(slash + 1), isDir);
    if (this.pathRules.length > 0) {
      let names;
      for (let k = this.pathRules.length - 1; k >= 0 && this.pathRules[k] > last; k--) {
        if (patternMatches(this.rules[this.pathRules[k]], names ??= body.split("/"), isDir)) {
          last = this.pathRules[k];
          break;
        }
      }
    }
    return this.verdictOf(last);
  }
  /** The verdict on an entry by its name, for a file of name patterns only (namesOnly). */
  nameVerdict(name, isDir) {
    return this.verdictOf(this.lastNameRule(this.nocase ? name.toLowerCase() : name, isDir));
  }
  /** What the rule at index `last` (-1: none matched) says. */
  verdictOf(last) {
    if (last === -1) return NONE;
    return this.rules[last].negated ? UNIGNORED : IGNORED;
  }
  /** The last name rule that matches `name` (lower-cased with nocase), -1 for none; once per name. */
  lastNameRule(name, isDir) {
    const key = isDir ? `${name}/` : name;
    let last = this.lastNameHit.get(key);
    if (last === void 0) {
      last = -1;
      for (let i = this.rules.length - 1; i >= 0; i--) {
        const rule = this.rules[i];
        if (rule.name && patternMatches(rule, [name], isDir)) {
          last = i;
          break;
        }
      }
      this.lastNameHit.set(key, last);
    }
    return last;
  }
};

// src/manifest/gitignore.ts
var MAX_IGNORE_FILE = 1024 * 1024;
function readIgnoreLevel(path, dir, nocase = false) {
  let text;
  try {
    const info = statSync2(path);
    if (!info.isFile() || info.size > MAX_IGNORE_FILE) return void 0;
    text = readFileSync2(path, "utf8");
  } catch {
    return void 0;
  }
  return ignoreLevel(text, dir, nocase);
}
function ignoreLevel(text, dir, nocase = false) {
  const rules = new GitignoreRules(text, nocase);
  return rules.empty ? void 0 : { dir, rules };
}
function verdictAcross(levels, anchored, isDir) {
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i];
    let sub;
    if (level.dir === "") sub = anchored;
    else if (anchored.startsWith(`${level.dir}/`)) sub = anchored.slice(level.dir.length + 1);
    else continue;
    const result = level.rules.verdict(isDir ? `${sub}/` : sub);
    if (result.ignored || result.unignored) return result;
  }
  return void 0;
}
function isIgnored(levels, anchored, isDir) {
  for (let slash = anchored.indexOf("/"); slash !== -1; slash = anchored.indexOf("/", slash + 1)) {
    if (verdictAcross(levels, anchored.slice(0, slash), true)?.ignored) return true;
  }
  return verdictAcross(levels, anchored, isDir)?.ignored ?? false;
}
function entryIgnorer(levels, anchored) {
  const applying = [];
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i];
    let prefix;
    if (level.dir === anchored) prefix = "";
    else if (level.dir === "") prefix = `${anchored}/`;
    else if (anchored.startsWith(`${level.dir}/`)) prefix = `${anchored.slice(level.dir.length + 1)}/`;
    else continue;
    applying.push({ level, prefix });
  }
  if (applying.length === 0) return () => false;
  return (name, isDir) => {
    for (const { level, prefix } of applying) {
      const { rules } = level;
      const result = rules.namesOnly ? rules.nameVerdict(name, isDir) : rules.verdict(isDir ? `${prefix}${name}/` : prefix + name);
      if (result.ignored) return true;
      if (result.unignored) return false;
    }
    return false;
  };
}

// src/manifest/walk.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  // version control
  ".git",
  ".hg",
  ".svn",
  // JavaScript / TypeScript installs, caches and build output
  "node_modules",
  "bower_components",
  "jspm_packages",
  ".pnpm-store",
  ".yarn",
  ".next",
  ".nuxt",
  ".svelte-kit",
  ".turbo",
  ".parcel-cache",
  ".angular",
  ".docusaurus",
  ".output",
  ".vercel",
  ".serverless",
  "cdk.out",
  // Python virtualenvs and caches (any folder holding pyvenv.cfg is skipped as well)
  ".venv",
  "venv",
  ".tox",
  ".nox",
  "__pycache__",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  "site-packages",
  ".eggs",
  // vendored dependencies (Go, PHP, Ruby bundler, CocoaPods)
  "vendor",
  "Pods",
  // build output (generic, Rust/Maven target, Gradle, .NET obj)
  "dist",
  "build",
  "out",
  "target",
  ".gradle",
  "obj",
  "coverage",
  ".cache",
  ".terraform"
]);
var VENV_MARKER = "pyvenv.cfg";
function walkFolder(folder, opts) {
  const useIgnore = opts.gitignore !== false;
  const start = resolve2(folder);
  const realStart = realpathSync(start);
  const anchor = useIgnore ? ignoreAnchor(realStart) : void 0;
  const startAnchored = anchor ? toPosix(relative(anchor, realStart)) : "";
  const nocase = anchor !== void 0 && gitIgnoresCase(anchor);
  let rootLevels = anchor ? ancestorLevels(anchor, realStart, nocase) : [];
  if (startAnchored !== "" && isIgnored(rootLevels, startAnchored, true)) rootLevels = [];
  const files = [];
  const reals = [];
  const visited = /* @__PURE__ */ new Set([realStart]);
  const queue = [
    { abs: start, rel: "", real: realStart, anchored: startAnchored, levels: rootLevels }
  ];
  const linked = [];
  let throughLinks = false;
  const visit = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir.abs, { withFileTypes: true });
    } catch (e) {
      opts.onError?.(dir.abs, e);
      return;
    }
    if (dir.abs !== start && entries.some((e) => e.name === VENV_MARKER && !e.isDirectory())) return;
    let levels = dir.levels;
    if (useIgnore && entries.some((e) => e.name === ".gitignore" && !e.isDirectory())) {
      const level = readIgnoreLevel(join2(dir.abs, ".gitignore"), dir.anchored, nocase);
      if (level) levels = [...levels, level];
    }
    const ignored = entryIgnorer(levels, dir.anchored);
    const absPrefix = dir.abs + sep;
    const realPrefix = dir.real === dir.abs ? void 0 : dir.real + sep;
    const relPrefix = dir.rel === "" ? "" : `${dir.rel}/`;
    for (const entry of entries) {
      const name = entry.name;
      const abs = absPrefix + name;
      let real = realPrefix === void 0 ? abs : realPrefix + name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        throughLinks = true;
        try {
          real = realpathSync(abs);
          if (!isInside(real, opts.boundary)) continue;
          const info = statSync3(real);
          isDir = info.isDirectory();
          isFile = info.isFile();
        } catch {
          continue;
        }
      } else if (!isDir && !isFile) {
        try {
          const info = statSync3(abs);
          isDir = info.isDirectory();
          isFile = info.isFile();
        } catch {
          continue;
        }
      }
      if (isDir && SKIPPED_DIRS.has(name)) continue;
      if (ignored(name, isDir)) continue;
      const rel = relPrefix + name;
      if (isDir) {
        const anchored = dir.anchored === "" ? name : `${dir.anchored}/${name}`;
        const next = { abs, rel, real, anchored, levels };
        if (entry.isSymbolicLink()) linked.push(next);
        else if (!visited.has(real)) {
          visited.add(real);
          queue.push(next);
        }
      } else if (isFile) {
        files.push({ file: rel, absPath: abs });
        reals.push(real);
      }
    }
  };
  for (; ; ) {
    for (let dir = queue.pop(); dir !== void 0; dir = queue.pop()) visit(dir);
    if (linked.length === 0) return { files, reals, throughLinks };
    linked.sort((a, b) => a.anchored < b.anchored ? -1 : a.anchored > b.anchored ? 1 : 0);
    for (const next of linked.splice(0)) {
      if (visited.has(next.real)) continue;
      visited.add(next.real);
      queue.push(next);
    }
  }
}
function ignoreAnchor(dir) {
  let current = dir;
  for (; ; ) {
    try {
      statSync3(join2(current, ".git"));
      return current;
    } catch {
    }
    const parent = dirname(current);
    if (parent === current) return void 0;
    current = parent;
  }
}
function ancestorLevels(top, start, nocase) {
  const levels = [];
  const exclude = readIgnoreLevel(join2(top, ".git", "info", "exclude"), "", nocase);
  if (exclude) levels.push(exclude);
  const rel = toPosix(relative(top, start));
  if (rel === "") return levels;
  const parts = rel.split("/");
  for (let i = 0; i < parts.length; i++) {
    const dir = parts.slice(0, i).join("/");
    const level = readIgnoreLevel(join2(top, ...parts.slice(0, i), ".gitignore"), dir, nocase);
    if (level) levels.push(level);
  }
  return levels;
}
function isInside(path, dir) {
  const rel = relative(dir, path);
  return rel === "" || !rel.startsWith(".." + sep) && rel !== ".." && !isAbsolute(rel);
}
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}

// src/policy/policy-files.ts
var MAX_POLICY_FILE_SIZE = 1024 * 1024;
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decode(file, bytes, where) {
  if (bytes.length > MAX_POLICY_FILE_SIZE) {
    throw new PolicyError(
      file,
      1,
      1,
      `${where}: file is over the size limit of ${MAX_POLICY_FILE_SIZE} bytes`
    );
  }
  try {
    const text = strictUtf8.decode(bytes);
    return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  } catch {
    throw new PolicyError(file, 1, 1, `${where}: not valid UTF-8`);
  }
}
function rootRelative(root, abs) {
  const rel = relative2(resolve3(root), abs);
  return (rel === "" ? "." : rel).split("\\").join("/");
}
function insideRoot(file) {
  if (isAbsolutePath(file)) return false;
  const p = posix.normalize(file.split("\\").join("/"));
  return p !== ".." && !p.startsWith("../");
}
function isAbsolutePath(file) {
  return isAbsolute2(file) || /^[\\/]/.test(file) || /^[A-Za-z]:/.test(file);
}
function linksOutside(root, abs) {
  let real;
  let realRoot;
  try {
    real = realpathSync2(abs);
    realRoot = realpathSync2(root);
  } catch {
    return false;
  }
  return !isInside(real, realRoot);
}
function diskPolicyFiles(root) {
  const abs = (file) => resolve3(root, file);
  const leavesRoot = (file) => insideRoot(file) && linksOutside(root, abs(file));
  return {
    origin: "the working tree",
    leavesRoot,
    async read(file) {
      if (leavesRoot(file)) {
        throw new PolicyError(
          file,
          1,
          1,
          "leads outside the repository through a symlink, so it is not read"
        );
      }
      let bytes;
      try {
        const info = await stat(abs(file));
        if (info.isFile() || info.isDirectory()) bytes = await readFile(abs(file));
      } catch (e) {
        const code = e.code;
        if (code === "ENOENT" || code === "ENOTDIR") return void 0;
        throw new PolicyError(file, 1, 1, `cannot read file${code ? ` (${code})` : ""}`);
      }
      if (bytes === void 0) throw new PolicyError(file, 1, 1, "is not a regular file, so it is not read");
      return decode(file, bytes, "cannot read file");
    },
    async list(dir) {
      try {
        const entries = await readdir(abs(dir), { withFileTypes: true });
        const files = [];
        for (const e of entries) {
          const isFile = e.isFile() || e.isSymbolicLink() && (await stat(abs(posix.join(dir, e.name))).catch(() => void 0))?.isFile();
          if (isFile) files.push(joinRel(dir, e.name));
        }
        return files.sort();
      } catch {
        return [];
      }
    }
  };
}
function basePolicyFiles(reader, root) {
  const at = `the base commit ${reader.sha.slice(0, 12)}`;
  const disk = diskPolicyFiles(root);
  let listing;
  return {
    origin: at,
    sha: reader.sha,
    async read(file) {
      if (!insideRoot(file)) {
        throw new PolicyError(file, 1, 1, `is outside the scan root, so it cannot be read from ${at}`);
      }
      const bytes = await (reader.readAtBase ?? reader.read).call(reader, posix.normalize(file));
      return bytes === void 0 ? void 0 : decode(file, bytes, `at ${at}`);
    },
    async list(dir) {
      if (!insideRoot(dir)) return [];
      if (reader.listDir) return [...new Set(await reader.listDir(posix.normalize(dir)))].sort();
      listing ??= reader.list();
      const { files, complete } = await listing;
      const folder = posix.normalize(dir).replace(/\/$/, "");
      const prefix = folder === "." ? "" : `${folder}/`;
      const direct = files.filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes("/"));
      const candidates = complete ? direct : [...direct, ...await disk.list(folder)];
      return [...new Set(candidates)].sort();
    }
  };
}
function memoryPolicyFiles(files, origin = "memory") {
  const norm = (f) => posix.normalize(f);
  const map = new Map(Object.entries(files).map(([k, v]) => [norm(k), v]));
  return {
    origin,
    async read(file) {
      return map.get(norm(file));
    },
    async list(dir) {
      const folder = norm(dir).replace(/\/$/, "");
      const prefix = folder === "." ? "" : `${folder}/`;
      return [...map.keys()].filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes("/")).sort();
    }
  };
}
function joinRel(dir, name) {
  return posix.normalize(posix.join(dir.split("\\").join("/"), name));
}

// src/policy/config.ts
var CONFIG_NAMES = [".agentpolicy.yml", ".agentpolicy.yaml", ".agentpolicy.json"];
function onlyComments(text) {
  return text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line));
}
function parseConfig(text, file) {
  const source = parseYamlSource(onlyComments(text) ? "{}" : text, file);
  const data = source.data === null ? {} : source.data;
  const validate = validatorFor("config");
  if (!validate(data)) {
    const p = describeSchemaError(validate.errors);
    throw source.error(p.path, p.message, p.key);
  }
  const settings = { ...data };
  delete settings.$schema;
  refuseOutsidePatterns(settings, source);
  return { file, text, source, settings, redact: findSecrets(data).values };
}
function refuseOutsidePatterns(settings, source) {
  for (const key of ["include", "exclude"]) {
    (settings[key] ?? []).forEach((pattern, i) => {
      const why = isAbsolutePath(pattern) ? "is an absolute path" : pattern.split(/[\\/]/).includes("..") ? "climbs out with '..'" : void 0;
      if (why) {
        throw source.error(
          [key, i],
          `${key} pattern '${pattern}' ${why}; patterns match paths inside the repository, relative to the scan root`
        );
      }
      const costly = globCostProblem(pattern);
      if (costly) throw source.error([key, i], `${key} pattern '${pattern}' ${costly}`);
    });
  }
}
async function findConfig(files, explicit) {
  if (explicit !== void 0) {
    const text = await files.read(explicit);
    if (text === void 0 && files.sha === void 0) {
      throw new UsageError(`--config: no such file '${explicit}'`);
    }
    return text === void 0 ? void 0 : { file: explicit, text };
  }
  const found = [];
  for (const name of CONFIG_NAMES) {
    const text = await files.read(name);
    if (text !== void 0) found.push({ file: name, text });
  }
  if (found.length > 1) {
    throw new UsageError(
      `${found.map((f) => f.file).join(" and ")} both exist in ${files.origin}; keep one, so it is clear which applies`
    );
  }
  return found[0];
}
function checkConfigAgainstPolicy(config, policy) {
  const { settings, source } = config;
  const checkIds = new Set(policy.checks.map((c) => c.id));
  const frameworkIds = policy.frameworks.map((f) => f.id);
  (settings.frameworks ?? []).forEach((id, i) => {
    if (!frameworkIds.includes(id)) {
      throw source.error(["frameworks", i], `unknown framework '${id}'; known: ${frameworkIds.join(", ")}`);
    }
  });
  for (const id of Object.keys(settings.checks ?? {})) {
    if (!checkIds.has(id)) {
      throw source.error(["checks", id], `unknown check '${id}' (see 'agentpolicy rules')`, true);
    }
  }
  (settings.waivers ?? []).forEach((w, i) => {
    if (!checkIds.has(w.check)) {
      throw source.error(["waivers", i, "check"], `unknown check '${w.check}' (see 'agentpolicy rules')`);
    }
  });
  const problem = checkParams(policy.checks, settings.params ?? {})[0];
  if (problem) {
    const unknown = !policy.checks.some((c) => Object.hasOwn(c.params, problem.param));
    throw source.error(["params", problem.param], problem.message, unknown);
  }
}

export {
  compilePattern,
  patternMatches,
  SKIPPED_DIRS,
  VENV_MARKER,
  walkFolder,
  isInside,
  toPosix,
  rootRelative,
  insideRoot,
  isAbsolutePath,
  diskPolicyFiles,
  basePolicyFiles,
  memoryPolicyFiles,
  joinRel,
  CONFIG_NAMES,
  parseConfig,
  findConfig,
  checkConfigAgainstPolicy
};
