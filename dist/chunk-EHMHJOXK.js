import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// src/util/vendor-require.ts
import { createRequire } from "node:module";
var VENDOR_BUNDLES = {
  ajv: { ajv: "ajv", "ajv-formats": "ajv-formats" },
  "jsonc-parser": { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
  picomatch: { picomatch: "picomatch" },
  saxes: { saxes: "saxes" },
  "toml-eslint-parser": { "toml-eslint-parser": "toml-eslint-parser" },
  yaml: { yaml: "yaml" }
};
var require2 = createRequire(import.meta.url);
var bundleOf = new Map(
  Object.entries(VENDOR_BUNDLES).flatMap(([file, held]) => Object.keys(held).map((name) => [name, file]))
);
function vendorRequire(name) {
  if (false) return require2(name);
  const file = bundleOf.get(name);
  if (file === void 0) throw new Error(`${name} is not a vendored package (util/vendor-require.ts)`);
  return require2(`./vendor/${file}.cjs`)[name];
}

// src/util/vendor.ts
function once(name) {
  let loaded;
  return () => loaded ??= vendorRequire(name);
}
var ajvPackage = once("ajv");
var ajvFormats = once("ajv-formats");
var jsoncParser = once("jsonc-parser");
var picomatch = once("picomatch");
var saxes = once("saxes");
var tomlParser = once("toml-eslint-parser");
var yamlPackage = once("yaml");

// src/util/yaml-nodes.ts
var isAlias = (node) => yamlPackage().isAlias(node);
var isMap = (node) => yamlPackage().isMap(node);
var isPair = (node) => yamlPackage().isPair(node);
var isScalar = (node) => yamlPackage().isScalar(node);
var isSeq = (node) => yamlPackage().isSeq(node);

// src/util/pointer.ts
function escapePointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapePointerSegment(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) return void 0;
  return pointer.slice(1).split("/").map(unescapePointerSegment);
}
function joinPointer(segments) {
  return segments.map((s) => "/" + escapePointerSegment(String(s))).join("");
}

// src/manifest/duration.ts
var SECOND = 1;
var MINUTE = 60;
var HOUR = 3600;
var DAY = 86400;
var WEEK = 7 * DAY;
var YEAR = 365 * DAY;
var MONTH = YEAR / 12;
var NUM = String.raw`[0-9]+(?:\.[0-9]+)?`;
var PLAIN = new RegExp(`^${NUM}$`);
var UNIT = "(?:mo|[smhdwy])";
var SHORT = new RegExp(`^(?:${NUM}\\s*${UNIT}\\s*)+$`);
var SHORT_PART = new RegExp(`(${NUM})\\s*(${UNIT})`, "g");
var ISO = new RegExp(
  `^P(?:(${NUM})Y)?(?:(${NUM})M)?(?:(${NUM})W)?(?:(${NUM})D)?(?:(T)(?:(${NUM})H)?(?:(${NUM})M)?(?:(${NUM})S)?)?$`
);
var SHORT_UNITS = {
  s: SECOND,
  m: MINUTE,
  h: HOUR,
  d: DAY,
  w: WEEK,
  mo: MONTH,
  y: YEAR
};
var ISO_UNITS = [YEAR, MONTH, WEEK, DAY, 0, HOUR, MINUTE, SECOND];
var MAX_LENGTH = 64;
function parseDuration(v) {
  if (typeof v === "number") return Number.isFinite(v) && v >= 0 ? v : void 0;
  if (typeof v !== "string" || v.length > MAX_LENGTH) return void 0;
  const s = v.trim();
  if (PLAIN.test(s)) return Number(s);
  if (SHORT.test(s)) {
    let total = 0;
    for (const m of s.matchAll(SHORT_PART)) total += Number(m[1]) * (SHORT_UNITS[m[2]] ?? 0);
    return tidy(total);
  }
  const iso = ISO.exec(s);
  if (iso) {
    const parts = iso.slice(1);
    const datePart = parts.slice(0, 4).some((p) => p !== void 0);
    const timePart = parts.slice(5).some((p) => p !== void 0);
    if (!datePart && !timePart) return void 0;
    if (parts[4] !== void 0 && !timePart) return void 0;
    let total = 0;
    parts.forEach((p, i) => {
      if (i !== 4 && p !== void 0) total += Number(p) * (ISO_UNITS[i] ?? 0);
    });
    return tidy(total);
  }
  return void 0;
}
function tidy(seconds) {
  if (!Number.isFinite(seconds)) return void 0;
  return Math.round(seconds * 1e3) / 1e3;
}
function formatDuration(seconds) {
  if (!Number.isFinite(seconds)) return String(seconds);
  if (seconds === 0) return "0s";
  for (const [unit, size] of [
    ["y", YEAR],
    ["mo", MONTH]
  ]) {
    if (seconds % DAY !== 0 && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  if (!Number.isInteger(seconds)) return `${seconds}s`;
  for (const [unit, size] of [
    ["d", DAY],
    ["h", HOUR],
    ["m", MINUTE]
  ]) {
    if (seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}
var DURATION_FORMS = "30s, 15m, 1h, 7d, 2w, 6mo, 7y, ISO 8601 such as PT1H, P30D, P6M or P1Y, or a number of seconds";

// src/manifest/bounded-regexp.ts
var MAX_PATTERN_INPUT = 1024;
function bounded(pattern, flags) {
  const re = new RegExp(pattern, flags);
  return {
    test: (s) => s.length <= MAX_PATTERN_INPUT && re.test(s),
    // ajv shares compiled patterns between schemas by this key
    toString: () => re.toString()
  };
}
var boundedRegExp = Object.assign(bounded, { code: "boundedRegExp" });

// src/manifest/yaml-size.ts
var NODE_TOKENS = /* @__PURE__ */ new Set([
  "scalar",
  "single-quoted-scalar",
  "double-quoted-scalar",
  "block-scalar-header",
  "alias",
  "flow-map-start",
  "flow-seq-start",
  "seq-item-ind",
  "explicit-key-ind",
  "map-value-ind",
  "comma",
  "doc-start"
]);
function nodeLimitOffset(text, limit) {
  if (text.length <= limit) return void 0;
  let count = 0;
  let offset = 0;
  const { CST, Lexer } = yamlPackage();
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type && NODE_TOKENS.has(type) && ++count > limit) return offset;
    if (type !== "doc-mode" && type !== "scalar" && type !== "flow-error-end") offset += token.length;
  }
  return void 0;
}

export {
  ajvPackage,
  ajvFormats,
  jsoncParser,
  picomatch,
  saxes,
  tomlParser,
  yamlPackage,
  escapePointerSegment,
  unescapePointerSegment,
  pointerSegments,
  joinPointer,
  parseDuration,
  formatDuration,
  DURATION_FORMS,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  boundedRegExp,
  nodeLimitOffset
};
