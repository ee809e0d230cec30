import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  schemaFile
} from "./chunk-4NN7QIXY.js";
import {
  PolicyError
} from "./chunk-6WOQBHG4.js";
import {
  ajvFormats,
  ajvPackage,
  boundedRegExp,
  isMap,
  isPair,
  isScalar,
  isSeq,
  nodeLimitOffset,
  parseDuration,
  pointerSegments,
  yamlPackage
} from "./chunk-EHMHJOXK.js";
import {
  boundedLine,
  flatten
} from "./chunk-LCWV2GUA.js";

// src/policy/yaml-source.ts
import { readFileSync, statSync } from "node:fs";
var MAX_ALIAS_COUNT = 100;
var MAX_POLICY_FILE_BYTES = 1024 * 1024;
var MAX_POLICY_NODES = 5e4;
var MAX_POLICY_DEPTH = 64;
var MAX_REASON = 300;
function firstLine(message) {
  return message.split("\n")[0].trim();
}
function oneLine(text, max = MAX_REASON) {
  return boundedLine(flatten(text).trim(), max);
}
function tooLarge(file, bytes) {
  return new PolicyError(
    oneLine(file),
    1,
    1,
    `file is ${bytes} bytes, over the limit of ${MAX_POLICY_FILE_BYTES} bytes for a policy file`
  );
}
function readYamlSource(absPath, file) {
  let text;
  try {
    const size = statSync(absPath).size;
    if (size > MAX_POLICY_FILE_BYTES) throw tooLarge(file, size);
    text = readFileSync(absPath, "utf8");
  } catch (e) {
    if (e instanceof PolicyError) throw e;
    const code = e.code;
    throw new PolicyError(oneLine(file), 1, 1, `cannot read file${code ? ` (${code})` : ""}`);
  }
  return parseYamlSource(text, file);
}
function structureProblem(root) {
  const stack = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_POLICY_DEPTH) {
      return { node, reason: `invalid YAML: nested deeper than ${MAX_POLICY_DEPTH} levels` };
    }
    if (isSeq(node)) {
      for (const item of node.items) stack.push([item, depth + 1]);
      continue;
    }
    const keys = /* @__PURE__ */ new Set();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : void 0;
      if (key !== void 0) {
        if (keys.has(key))
          return { node: pair.key, reason: `invalid YAML: duplicate key '${oneLine(key, 80)}'` };
        keys.add(key);
      }
      stack.push([pair.key, depth + 1], [pair.value, depth + 1]);
    }
  }
  return void 0;
}
function parseYamlSource(text, file) {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_POLICY_FILE_BYTES) throw tooLarge(file, bytes);
  const lineCounter = new (yamlPackage()).LineCounter();
  const tooMany = nodeLimitOffset(text, MAX_POLICY_NODES);
  if (tooMany !== void 0) {
    const before = text.slice(0, tooMany);
    const line = before.split("\n").length;
    const column = tooMany - before.lastIndexOf("\n");
    throw new PolicyError(
      oneLine(file),
      line,
      column,
      `more than ${MAX_POLICY_NODES} YAML nodes in one policy file; split it, or simplify it`
    );
  }
  const docs = yamlPackage().parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  };
  if (!Array.isArray(docs) || docs.length === 0) {
    throw new PolicyError(oneLine(file), 1, 1, "the file is empty");
  }
  for (const doc2 of docs) {
    const err = doc2.errors[0];
    if (err) {
      const pos = at(err.pos[0]);
      const reason = /Maximum call stack size exceeded/.test(err.message) ? "nested too deeply to parse" : oneLine(firstLine(err.message));
      throw new PolicyError(oneLine(file), pos.line, pos.column, `invalid YAML: ${reason}`);
    }
    const problem = structureProblem(doc2.contents);
    if (problem) {
      const pos = at(problem.node.range?.[0] ?? 0);
      throw new PolicyError(oneLine(file), pos.line, pos.column, problem.reason);
    }
  }
  if (docs.length !== 1) {
    const second = docs[1];
    const pos = second?.contents?.range ? at(second.contents.range[0]) : { line: 1, column: 1 };
    throw new PolicyError(
      oneLine(file),
      pos.line,
      pos.column,
      `expected one YAML document, found ${docs.length}`
    );
  }
  const doc = docs[0];
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    throw new PolicyError(
      oneLine(file),
      1,
      1,
      `invalid YAML: ${oneLine(firstLine(e instanceof Error ? e.message : String(e)))}`
    );
  }
  const nodeAt = (path, key) => {
    let node = doc.contents;
    let found = node;
    for (let i = 0; i < path.length && node; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(segment)
        );
        if (!pair) break;
        const keyNode = pair.key;
        node = last && key || pair.value === null ? keyNode : pair.value;
        found = node;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (!item) break;
        node = found = item;
      } else {
        break;
      }
    }
    return found;
  };
  const position = (path, key = false) => {
    const found = nodeAt(path, key);
    return found?.range ? at(found.range[0]) : { line: 1, column: 1 };
  };
  return {
    file,
    data,
    position,
    span(path, key = false) {
      const found = nodeAt(path, key);
      if (!found?.range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
      const start = at(found.range[0]);
      const end = at(found.range[1]);
      return { ...start, endLine: end.line, endColumn: end.column };
    },
    error(path, reason, key) {
      const pos = position(path, key);
      return new PolicyError(oneLine(file), pos.line, pos.column, oneLine(reason));
    }
  };
}

// src/policy/schemas.ts
import { readFileSync as readFileSync2 } from "node:fs";
var compiled = /* @__PURE__ */ new Map();
var ajv;
function validatorFor(name) {
  let validate = compiled.get(name);
  if (!validate) {
    ajv ??= ajvFormats()(
      new (ajvPackage()).Ajv({
        allErrors: true,
        strict: true,
        strictRequired: false,
        verbose: true,
        code: { regExp: boundedRegExp }
      })
    );
    validate = ajv.compile(JSON.parse(readFileSync2(schemaFile(name), "utf8")));
    compiled.set(name, validate);
  }
  return validate;
}
function decodePointer(pointer) {
  return (pointerSegments(pointer) ?? []).map((s) => /^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s);
}
function dotted(path) {
  return path.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("") || "(top level)";
}
function isConditional(e) {
  return e.keyword === "if" || /\/(then|else)\//.test(e.schemaPath);
}
function describeSchemaError(errors) {
  const e = errors?.find((x) => !isConditional(x)) ?? errors?.find((x) => x.keyword !== "if") ?? errors?.[0];
  if (!e) return { path: [], key: false, message: "does not match the schema" };
  const path = decodePointer(e.instancePath);
  const where = dotted(path);
  const params = e.params;
  switch (e.keyword) {
    case "required":
      return {
        path,
        key: false,
        message: `${where}: missing required field '${String(params.missingProperty)}'`
      };
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      return { path: [...path, field], key: true, message: `${where}: unknown field '${field}'` };
    }
    case "enum":
      return {
        path,
        key: false,
        message: `${where}: must be one of ${params.allowedValues.map(String).join(", ")}`
      };
    case "pattern":
      return {
        path,
        key: false,
        message: `${where}: '${String(e.data)}' must match ${String(params.pattern)}`
      };
    default:
      return { path, key: false, message: `${where}: ${e.message ?? "is invalid"}` };
  }
}

// src/engine/params.ts
var ParamError = class extends Error {
  constructor(param, message) {
    super(message);
    this.param = param;
  }
  param;
  name = "ParamError";
};
function normaliseParam(type, value) {
  switch (type) {
    case "duration": {
      const seconds = parseDuration(value);
      return seconds === void 0 ? { ok: false, reason: "is not a duration (e.g. 15m, 1h, 183d, PT1H)" } : { ok: true, value: seconds };
    }
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: "is not a number" };
    case "string":
      return typeof value === "string" ? { ok: true, value } : { ok: false, reason: "is not a string" };
    case "string[]":
      return Array.isArray(value) && value.every((v) => typeof v === "string") ? { ok: true, value: [...value] } : { ok: false, reason: "is not a list of strings" };
    case "boolean":
      return typeof value === "boolean" ? { ok: true, value } : { ok: false, reason: "is not true or false" };
  }
}
function declaredParams(checks) {
  const out = /* @__PURE__ */ new Map();
  for (const check of checks) {
    for (const [name, def] of Object.entries(check.params)) if (!out.has(name)) out.set(name, def);
  }
  return out;
}
function checkParams(checks, overrides) {
  const declared = declaredParams(checks);
  const problems = [];
  for (const [name, value] of Object.entries(overrides)) {
    const def = declared.get(name);
    if (!def) {
      problems.push({ param: name, message: `unknown parameter '${name}' (no loaded check declares it)` });
      continue;
    }
    const r = normaliseParam(def.type, value);
    if (!r.ok) problems.push({ param: name, message: `parameter '${name}' ${r.reason}` });
  }
  return problems;
}
function resolveParams(checks, overrides = {}) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, def] of declaredParams(checks)) {
    const overridden = Object.hasOwn(overrides, name);
    const r = normaliseParam(def.type, overridden ? overrides[name] : def.default);
    if (!r.ok) {
      const what = overridden ? `parameter '${name}'` : `default of parameter '${name}'`;
      throw new ParamError(name, `${what} ${r.reason}`);
    }
    out.set(name, r.value);
  }
  return out;
}
function paramsFor(check, resolved) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const name of Object.keys(check.params)) out[name] = resolved.get(name);
  return out;
}

// src/util/wildcard.ts
function globMatch(value, pattern) {
  let v = 0;
  let p = 0;
  let starP = -1;
  let starV = 0;
  while (v < value.length) {
    const pc = pattern[p];
    if (pc === "*") {
      starP = p++;
      starV = v;
    } else if (p < pattern.length && (pc === "?" || pc === value[v])) {
      v++;
      p++;
    } else if (starP !== -1) {
      p = starP + 1;
      v = ++starV;
    } else {
      return false;
    }
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}
var GLOBSTAR = /* @__PURE__ */ Symbol("**");
function matchSegments(parts, names, test) {
  let n = 0;
  let p = 0;
  let starP = -1;
  let starN = 0;
  while (n < names.length) {
    const part = parts[p];
    if (p < parts.length && part !== GLOBSTAR && test(part, names[n])) {
      n++;
      p++;
    } else if (part === GLOBSTAR) {
      starP = p++;
      starN = n;
    } else if (starP !== -1) {
      p = starP + 1;
      n = ++starN;
    } else return false;
  }
  while (parts[p] === GLOBSTAR) p++;
  return p === parts.length;
}
function segmentsMatch(glob, path, segment) {
  const parts = glob.split("/").map((p) => p === "**" ? GLOBSTAR : p);
  return matchSegments(parts, path.split("/"), (pattern, value) => segment(value, pattern));
}
var CLASSES = {
  alnum: (c) => /[A-Za-z0-9]/.test(c),
  alpha: (c) => /[A-Za-z]/.test(c),
  blank: (c) => c === " " || c === "	",
  cntrl: (c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127,
  digit: (c) => c >= "0" && c <= "9",
  graph: (c) => c.charCodeAt(0) > 32 && c.charCodeAt(0) < 127,
  lower: (c) => c >= "a" && c <= "z",
  print: (c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) < 127,
  punct: (c) => /[!-/:-@[-`{-~]/.test(c),
  space: (c) => /[ \t\n\v\f\r]/.test(c),
  upper: (c) => c >= "A" && c <= "Z",
  xdigit: (c) => /[0-9A-Fa-f]/.test(c)
};
function bracketEnd(pattern, open) {
  return bracket(pattern, open)?.end;
}
function bracket(pattern, open) {
  let i = open + 1;
  const negated = pattern[i] === "!" || pattern[i] === "^";
  if (negated) i++;
  const tests = [];
  let first = true;
  for (; ; ) {
    if (i >= pattern.length) return void 0;
    let c = pattern[i];
    if (c === "]" && !first) break;
    first = false;
    if (c === "[" && pattern[i + 1] === ":") {
      const close = pattern.indexOf("]", i + 2);
      if (close === -1) return void 0;
      if (close - 1 >= i + 2 && pattern[close - 1] === ":") {
        const name = pattern.slice(i + 2, close - 1);
        if (!Object.hasOwn(CLASSES, name)) return void 0;
        tests.push(CLASSES[name]);
        i = close + 1;
        continue;
      }
    }
    if (c === "\\") {
      i++;
      if (i >= pattern.length) return void 0;
      c = pattern[i];
    }
    if (pattern[i + 1] === "-" && i + 2 < pattern.length && pattern[i + 2] !== "]") {
      let hi = pattern[i + 2];
      let next = i + 3;
      if (hi === "\\") {
        if (i + 3 >= pattern.length) return void 0;
        hi = pattern[i + 3];
        next = i + 4;
      }
      const lo = c;
      tests.push((x) => x === lo || x >= lo && x <= hi);
      i = next;
      continue;
    }
    const lit = c;
    tests.push((x) => x === lit);
    i++;
  }
  return { token: { kind: "set", negated, has: (c) => tests.some((t) => t(c)) }, end: i + 1 };
}
function segmentMatcher(pattern, nocase, brackets = true) {
  const tokens = [];
  let literal = true;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") {
      literal = false;
      if (tokens.at(-1)?.kind !== "star") tokens.push({ kind: "star" });
    } else if (c === "?") {
      literal = false;
      tokens.push({ kind: "any" });
    } else if (c === "[" && brackets) {
      literal = false;
      const b = bracket(pattern, i);
      if (!b) return () => false;
      tokens.push(b.token);
      i = b.end - 1;
    } else if (c === "\\") {
      literal = false;
      if (i + 1 >= pattern.length) return () => false;
      tokens.push({ kind: "char", char: nocase ? pattern[++i].toLowerCase() : pattern[++i] });
    } else tokens.push({ kind: "char", char: nocase ? c.toLowerCase() : c });
  }
  if (literal) {
    const text = nocase ? pattern.toLowerCase() : pattern;
    return (name) => name === text;
  }
  const one = (t, c) => {
    switch (t.kind) {
      case "any":
        return true;
      case "char":
        return t.char === c;
      case "set": {
        const hit = t.has(c) || nocase && (t.has(c.toUpperCase()) || t.has(c.toLowerCase()));
        return hit !== t.negated;
      }
      default:
        return false;
    }
  };
  return (name) => {
    let v = 0;
    let p = 0;
    let starP = -1;
    let starV = 0;
    while (v < name.length) {
      const t = tokens[p];
      if (t !== void 0 && t.kind !== "star" && one(t, name[v])) {
        v++;
        p++;
      } else if (t?.kind === "star") {
        starP = p++;
        starV = v;
      } else if (starP !== -1) {
        p = starP + 1;
        v = ++starV;
      } else return false;
    }
    while (tokens[p]?.kind === "star") p++;
    return p === tokens.length;
  };
}

export {
  globMatch,
  GLOBSTAR,
  matchSegments,
  segmentsMatch,
  bracketEnd,
  segmentMatcher,
  readYamlSource,
  parseYamlSource,
  validatorFor,
  describeSchemaError,
  normaliseParam,
  declaredParams,
  checkParams,
  resolveParams,
  paramsFor
};
