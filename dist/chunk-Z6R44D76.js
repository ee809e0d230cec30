import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// src/format/escape.ts
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function wellFormed(s) {
  return s.replace(LONE_SURROGATE, "�");
}
var LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
var CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function oneLine(value) {
  return wellFormed(String(value)).replace(LINE_BREAKS, " ").replace(/\t/g, " ").replace(CONTROLS, "�");
}
var ZERO_WIDTH_SPACE = "&#8203;";
var MENTION_BREAK = `@${ZERO_WIDTH_SPACE}`;
var REFERENCE_BREAK = ZERO_WIDTH_SPACE;
var MARKDOWN_CHAR = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "@": MENTION_BREAK,
  "\\": "\\\\",
  "`": "\\`",
  "*": "\\*",
  _: "\\_",
  "~": "\\~",
  "[": "\\[",
  "]": "\\]",
  "|": "\\|",
  "#": "\\#",
  $: "\\$"
};
var MARKDOWN_SPECIAL = /[&<>"@\\`*_~[\]|#$]/g;
function escapeMarkdown(value) {
  const text = oneLine(value).trim().replace(
    MARKDOWN_SPECIAL,
    (c, at, all) => c === "#" && /\d/.test(all[at + 1] ?? "") ? `\\#${REFERENCE_BREAK}` : MARKDOWN_CHAR[c] ?? c
  ).replace(/\b(gh-)(?=\d)/gi, `$1${REFERENCE_BREAK}`).replace(/:\/\//g, `${ZERO_WIDTH_SPACE}://`).replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
  return text.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}
function safeHttpsUrl(url) {
  return typeof url === "string" && /^https:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+$/.test(url) ? url : void 0;
}
function printable(value) {
  return wellFormed(String(value)).replace(CONTROLS, "�");
}
var JSON_RAW_CONTROLS = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function jsonSafe(text) {
  return text.replace(JSON_RAW_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var COMMAND_START = /^[\s\u0085]*::/;
function commandSafe(text, prefix = "'") {
  return COMMAND_START.test(text) ? prefix + text : text;
}
function escapeData(value) {
  return String(value).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var NOT_MARKUP_SAFE = (
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g
);
var ENTITY = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "	": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;"
};
function markupText(value) {
  return wellFormed(String(value)).replace(NOT_MARKUP_SAFE, "�");
}
function escapeXml(value) {
  return markupText(value).replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c] ?? c);
}
function escapeHtml(value) {
  return markupText(value).replace(/\r\n?/g, "\n").replace(/[&<>"'\n]/g, (c) => ENTITY[c] ?? c);
}

export {
  wellFormed,
  oneLine,
  escapeMarkdown,
  safeHttpsUrl,
  printable,
  jsonSafe,
  commandSafe,
  escapeData,
  escapeProperty,
  escapeXml,
  escapeHtml
};
