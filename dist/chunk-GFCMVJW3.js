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
} from "./chunk-DMXCMDLQ.js";
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

export {
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
