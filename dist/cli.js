#!/usr/bin/env node
import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob2 = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH: MAX_LENGTH2,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH2, opts.maxLength) : MAX_LENGTH2;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num3 = 0) => {
        state.consumed += value2;
        state.index += num3;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix4 = POSIX_REGEX_SOURCE[rest2];
                if (posix4) {
                  prev.value = pre + posix4;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH2, opts.maxLength) : MAX_LENGTH2;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix4 = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob2, options) : picomatch4.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob: glob2, posix: posix4 });
        const result2 = { glob: glob2, state, regex, posix: posix4, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result2);
        }
        if (isMatch === false) {
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result2);
          }
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result2);
        }
        return returnObject ? result2 : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch4.test = (input, regex, options, { glob: glob2, posix: posix4 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix4 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix4);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob2, options, posix4 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch4.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix4 }));
    };
    picomatch4.isMatch = (str2, patterns, options) => picomatch4(patterns, options)(str2);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan2(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify4(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify4;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant2) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant2)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj2, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj2})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj2), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema4) {
      if (typeof schema4 == "boolean")
        return schema4;
      if (Object.keys(schema4).length === 0)
        return true;
      checkUnknownRules(it, schema4);
      return !schemaHasRules(schema4, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema4 = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema4 === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema4) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema4, rules) {
      if (typeof schema4 == "boolean")
        return !schema4;
      for (const key in schema4)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema4, RULES) {
      if (typeof schema4 == "boolean")
        return !schema4;
      for (const key in schema4)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema4, keyword, $data) {
      if (!$data) {
        if (typeof schema4 == "number" || typeof schema4 == "boolean")
          return schema4;
        if (typeof schema4 == "string")
          return (0, codegen_1._)`${schema4}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema: schema4, validateName } = it;
      if (schema4 === false) {
        falseSchemaError(it, false);
      } else if (typeof schema4 == "object" && schema4.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema: schema4 } = it;
      if (schema4 === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema: schema4, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema4, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema4, group) {
      return group.rules.some((rule) => shouldUseRule(schema4, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema4, rule) {
      var _a;
      return schema4[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema4[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema4) {
      const types = getJSONTypes(schema4.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema4.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema4.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema4.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema: schema4 }) => `must be ${schema4}`,
      params: ({ schema: schema4, schemaValue }) => typeof schema4 == "string" ? (0, codegen_1._)`{type: ${schema4}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema: schema4 } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema4, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema4.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema4,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing2) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing2} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing2) {
      cxt.setParams({ missingProperty: missing2 }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema: schema4, keyword, it } = cxt;
      if (!Array.isArray(schema4))
        throw new Error("ajv implementation error");
      const alwaysValid = schema4.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema4.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema: schema4, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema4, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema: schema4, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate3 = !$data && def.compile ? def.compile.call(it.self, schema4, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate3);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result2) {
      if (result2 === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result2 == "function" ? { ref: result2 } : { ref: result2, code: (0, codegen_1.stringify)(result2) });
    }
    function validSchemaType(schema4, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema4) : st === "object" ? schema4 && typeof schema4 == "object" && !Array.isArray(schema4) : typeof schema4 == st || allowUndefined && typeof schema4 == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema: schema4, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema4, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema4[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema: schema4, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema4 !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema4 !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema: schema4,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema4, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema4, "", schema4);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema4, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema4 && typeof schema4 == "object" && !Array.isArray(schema4)) {
        pre(schema4, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema4) {
          var sch = schema4[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema4, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema4, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema4);
          }
        }
        post(schema4, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema4, limit = true) {
      if (typeof schema4 == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema4);
      if (!limit)
        return false;
      return countKeys(schema4) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema4) {
      for (const key in schema4) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema4[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema4) {
      let count2 = 0;
      for (const key in schema4) {
        if (key === "$ref")
          return Infinity;
        count2++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema4[key] == "object") {
          (0, util_1.eachItem)(schema4[key], (sch) => count2 += countKeys(sch));
        }
        if (count2 === Infinity)
          return Infinity;
      }
      return count2;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema4, baseId) {
      if (typeof schema4 == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema4[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema4, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema: schema4, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema4, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema4, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema: schema4, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema4.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema4, opts) {
      const schId = typeof schema4 == "object" && schema4[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema: schema4, self }) {
      if (typeof schema4 == "boolean")
        return !schema4;
      for (const key in schema4)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema: schema4, gen, opts } = it;
      if (opts.$comment && schema4.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema: schema4, errSchemaPath, opts, self } = it;
      if (schema4.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema4, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema: schema4, opts } = it;
      if (schema4.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema: schema4, errSchemaPath, opts }) {
      const msg = schema4.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema: schema4, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema4.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema4, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema4, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema: schema4, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema4, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj2, assign) {
        if (assign)
          Object.assign(this.params, obj2);
        else
          this.params = obj2;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema4;
        if (typeof env.schema == "object")
          schema4 = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema4 === null || schema4 === void 0 ? void 0 : schema4[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema4 === null || schema4 === void 0 ? void 0 : schema4.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate3 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate3 });
        validate3.errors = null;
        validate3.schema = sch.schema;
        validate3.schemaEnv = sch;
        if (sch.$async)
          validate3.$async = true;
        if (this.opts.code.source === true) {
          validate3.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate3.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate3.source)
            validate3.source.evaluated = (0, codegen_1.stringify)(validate3.evaluated);
        }
        sch.validate = validate3;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef2(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve7.call(this, root, ref);
      if (_sch === void 0) {
        const schema4 = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema4)
          _sch = new SchemaEnv({ schema: schema4, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef2;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve7(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema: schema4 } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema4[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema: schema4, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema: schema4, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema4 === "boolean")
          return;
        const partSchema = schema4[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema4 = partSchema;
        const schId = typeof schema4 === "object" && schema4[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema4 != "boolean" && schema4.$ref && !(0, util_1.schemaHasRulesButRef)(schema4, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema4.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema: schema4, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils2();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils2();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize2(uri, options), options);
      }
      return uri;
    }
    function resolve7(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize2(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative5, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize2(base, options), options);
        relative5 = parse2(serialize2(relative5, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative5.scheme) {
        target.scheme = relative5.scheme;
        target.userinfo = relative5.userinfo;
        target.host = relative5.host;
        target.port = relative5.port;
        target.path = removeDotSegments(relative5.path || "");
        target.query = relative5.query;
      } else {
        if (relative5.userinfo !== void 0 || relative5.host !== void 0 || relative5.port !== void 0) {
          target.userinfo = relative5.userinfo;
          target.host = relative5.host;
          target.port = relative5.port;
          target.path = removeDotSegments(relative5.path || "");
          target.query = relative5.query;
        } else {
          if (!relative5.path) {
            target.path = base.path;
            if (relative5.query !== void 0) {
              target.query = relative5.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative5.path[0] === "/") {
              target.path = removeDotSegments(relative5.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative5.path;
              } else if (!base.path) {
                target.path = relative5.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative5.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative5.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative5.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize2(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize2(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize2(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve7,
      resolveComponent,
      equal,
      serialize: serialize2,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema4, _meta) {
        const sch = this._addSchema(schema4, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema4, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema4, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema4, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema4)) {
          for (const sch of schema4)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema4 === "object") {
          const { schemaId } = this.opts;
          id = schema4[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema4, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema4, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema4, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema4, throwOrLogError) {
        if (typeof schema4 == "boolean")
          return true;
        let $schema;
        $schema = schema4.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema4);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format2) {
        if (typeof format2 == "string")
          format2 = new RegExp(format2);
        this.formats[name] = format2;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text3, msg) => text3 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema4 = keywords[key];
            if ($data && schema4)
              keywords[key] = schemaOrData(schema4);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas2, regex) {
        for (const keyRef in schemas2) {
          const sch = schemas2[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas2[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas2[keyRef];
            }
          }
        }
      }
      _addSchema(schema4, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema4 == "object") {
          id = schema4[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema4 != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema4);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema4, baseId);
        sch = new compile_1.SchemaEnv({ schema: schema4, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema4, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format2 = this.opts.formats[name];
        if (format2)
          this.addFormat(name, format2);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema4) {
      return { anyOf: [schema4, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema4, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema4);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema: schema4, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema4.length === 0)
          return;
        const useLoop = schema4.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema4) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema4) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing2 = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing2, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema4, missing2));
            (0, code_1.reportMissingProp)(cxt, missing2);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing2, valid) {
          cxt.setParams({ missingProperty: missing2 });
          gen.forOf(missing2, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing2, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema4, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema4)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema: schema4 } = cxt;
        if ($data || schema4 && typeof schema4 == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema4} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema4, schemaCode, it } = cxt;
        if (!$data && schema4.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema4.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema4))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema4.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema4[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema: schema4, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema4 === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema4 == "object" && !(0, util_1.alwaysValidSchema)(it, schema4)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema: schema4, it } = cxt;
        if (Array.isArray(schema4))
          return validateTuple(cxt, "additionalItems", schema4);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema4))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema: schema4, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema4))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema4, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema4)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count2 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count2)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count2) {
          gen.code((0, codegen_1._)`${count2}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count2} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema: schema4 }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema4) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema4[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema4[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing2 = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing2)})`);
          (0, code_1.reportMissingProp)(cxt, missing2);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema: schema4, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema4))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema4, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema4))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema4 === false) {
            deleteAdditional(key);
            return;
          }
          if (schema4 === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema4 == "object" && !(0, util_1.alwaysValidSchema)(it, schema4)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema: schema4, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema4);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema4[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema4[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema: schema4, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema4);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema4[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema: schema4, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema4)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema4, parentSchema, it } = cxt;
        if (!Array.isArray(schema4))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema4;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema: schema4, it } = cxt;
        if (!Array.isArray(schema4))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema4.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema4 = it.schema[keyword];
      return schema4 !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema4);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate3 = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate3));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema: schema4, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema: schema4, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate3, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate3);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate3);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema4, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema4 === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema4)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema: schema4, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema4 === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema4 == "object" && !(0, util_1.alwaysValidSchema)(it, schema4)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema: schema4, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format2 = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format2, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format2, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format2}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format2}(${data}) : ${format2}(${data}))` : (0, codegen_1._)`${format2}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format2} == "function" ? ${callFormat} : ${format2}.test(${data}))`;
            return (0, codegen_1._)`${format2} && ${format2} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema4];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format2, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema4}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema4)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema4, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format2 == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format2 = [format_1.default];
    exports.default = format2;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema: schema4, parentSchema, it } = cxt;
        const { oneOf: oneOf2 } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema4.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema4.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf2)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf2.length; i++) {
            let sch = oneOf2[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format2 = require_format_annotation();
    var metadata2 = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format2),
        metadata2,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv2, sch) {
        return $data ? ajv2.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate3, compare2) {
      return { validate: validate3, compare: compare2 };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str2) {
      const matches = DATE.exec(str2);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str2) {
        const matches = TIME.exec(str2);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str2) {
        const dateTime = str2.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str2) {
      return NOT_URI_FRAGMENT.test(str2) && URI.test(str2);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str2) {
      BYTE.lastIndex = 0;
      return BYTE.test(str2);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str2) {
      if (Z_ANCHOR.test(str2))
        return false;
      try {
        new RegExp(str2);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format2 = fCxt.schema;
          const fmtDef = self.formats[format2];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format2}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format2,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format2)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv2) => {
      ajv2.addKeyword(exports.formatLimitDefinition);
      return ajv2;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv2, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv2, opts, formats_1.fullFormats, fullName);
        return ajv2;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list3 = opts.formats || formats_1.formatNames;
      addFormats2(ajv2, list3, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv2);
      return ajv2;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv2, list3, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv2.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list3)
        ajv2.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// node_modules/json-logic-js/logic.js
var require_logic = __commonJS({
  "node_modules/json-logic-js/logic.js"(exports, module) {
    (function(root, factory) {
      if (typeof define === "function" && define.amd) {
        define(factory);
      } else if (typeof exports === "object") {
        module.exports = factory();
      } else {
        root.jsonLogic = factory();
      }
    })(exports, function() {
      "use strict";
      if (!Array.isArray) {
        Array.isArray = function(arg) {
          return Object.prototype.toString.call(arg) === "[object Array]";
        };
      }
      function arrayUnique(array) {
        var a = [];
        for (var i = 0, l = array.length; i < l; i++) {
          if (a.indexOf(array[i]) === -1) {
            a.push(array[i]);
          }
        }
        return a;
      }
      var jsonLogic2 = {};
      var operations = {
        "==": function(a, b) {
          return a == b;
        },
        "===": function(a, b) {
          return a === b;
        },
        "!=": function(a, b) {
          return a != b;
        },
        "!==": function(a, b) {
          return a !== b;
        },
        ">": function(a, b) {
          return a > b;
        },
        ">=": function(a, b) {
          return a >= b;
        },
        "<": function(a, b, c) {
          return c === void 0 ? a < b : a < b && b < c;
        },
        "<=": function(a, b, c) {
          return c === void 0 ? a <= b : a <= b && b <= c;
        },
        "!!": function(a) {
          return jsonLogic2.truthy(a);
        },
        "!": function(a) {
          return !jsonLogic2.truthy(a);
        },
        "%": function(a, b) {
          return a % b;
        },
        "log": function(a) {
          console.log(a);
          return a;
        },
        "in": function(a, b) {
          if (!b || typeof b.indexOf === "undefined") return false;
          return b.indexOf(a) !== -1;
        },
        "cat": function() {
          return Array.prototype.join.call(arguments, "");
        },
        "substr": function(source, start, end) {
          if (end < 0) {
            var temp = String(source).substr(start);
            return temp.substr(0, temp.length + end);
          }
          return String(source).substr(start, end);
        },
        "+": function() {
          return Array.prototype.reduce.call(arguments, function(a, b) {
            return parseFloat(a, 10) + parseFloat(b, 10);
          }, 0);
        },
        "*": function() {
          return Array.prototype.reduce.call(arguments, function(a, b) {
            return parseFloat(a, 10) * parseFloat(b, 10);
          });
        },
        "-": function(a, b) {
          if (b === void 0) {
            return -a;
          } else {
            return a - b;
          }
        },
        "/": function(a, b) {
          return a / b;
        },
        "min": function() {
          return Math.min.apply(this, arguments);
        },
        "max": function() {
          return Math.max.apply(this, arguments);
        },
        "merge": function() {
          return Array.prototype.reduce.call(arguments, function(a, b) {
            return a.concat(b);
          }, []);
        },
        "var": function(a, b) {
          var not_found = b === void 0 ? null : b;
          var data = this;
          if (typeof a === "undefined" || a === "" || a === null) {
            return data;
          }
          var sub_props = String(a).split(".");
          for (var i = 0; i < sub_props.length; i++) {
            if (data === null || data === void 0) {
              return not_found;
            }
            data = data[sub_props[i]];
            if (data === void 0) {
              return not_found;
            }
          }
          return data;
        },
        "missing": function() {
          var missing2 = [];
          var keys = Array.isArray(arguments[0]) ? arguments[0] : arguments;
          for (var i = 0; i < keys.length; i++) {
            var key = keys[i];
            var value = jsonLogic2.apply({ "var": key }, this);
            if (value === null || value === "") {
              missing2.push(key);
            }
          }
          return missing2;
        },
        "missing_some": function(need_count, options) {
          var are_missing = jsonLogic2.apply({ "missing": options }, this);
          if (options.length - are_missing.length >= need_count) {
            return [];
          } else {
            return are_missing;
          }
        }
      };
      jsonLogic2.is_logic = function(logic) {
        return typeof logic === "object" && // An object
        logic !== null && // but not null
        !Array.isArray(logic) && // and not an array
        Object.keys(logic).length === 1;
      };
      jsonLogic2.truthy = function(value) {
        if (Array.isArray(value) && value.length === 0) {
          return false;
        }
        return !!value;
      };
      jsonLogic2.get_operator = function(logic) {
        return Object.keys(logic)[0];
      };
      jsonLogic2.get_values = function(logic) {
        return logic[jsonLogic2.get_operator(logic)];
      };
      jsonLogic2.apply = function(logic, data) {
        if (Array.isArray(logic)) {
          return logic.map(function(l) {
            return jsonLogic2.apply(l, data);
          });
        }
        if (!jsonLogic2.is_logic(logic)) {
          return logic;
        }
        var op = jsonLogic2.get_operator(logic);
        var values = logic[op];
        var i;
        var current;
        var scopedLogic;
        var scopedData;
        var initial;
        if (!Array.isArray(values)) {
          values = [values];
        }
        if (op === "if" || op == "?:") {
          for (i = 0; i < values.length - 1; i += 2) {
            if (jsonLogic2.truthy(jsonLogic2.apply(values[i], data))) {
              return jsonLogic2.apply(values[i + 1], data);
            }
          }
          if (values.length === i + 1) {
            return jsonLogic2.apply(values[i], data);
          }
          return null;
        } else if (op === "and") {
          for (i = 0; i < values.length; i += 1) {
            current = jsonLogic2.apply(values[i], data);
            if (!jsonLogic2.truthy(current)) {
              return current;
            }
          }
          return current;
        } else if (op === "or") {
          for (i = 0; i < values.length; i += 1) {
            current = jsonLogic2.apply(values[i], data);
            if (jsonLogic2.truthy(current)) {
              return current;
            }
          }
          return current;
        } else if (op === "filter") {
          scopedData = jsonLogic2.apply(values[0], data);
          scopedLogic = values[1];
          if (!Array.isArray(scopedData)) {
            return [];
          }
          return scopedData.filter(function(datum) {
            return jsonLogic2.truthy(jsonLogic2.apply(scopedLogic, datum));
          });
        } else if (op === "map") {
          scopedData = jsonLogic2.apply(values[0], data);
          scopedLogic = values[1];
          if (!Array.isArray(scopedData)) {
            return [];
          }
          return scopedData.map(function(datum) {
            return jsonLogic2.apply(scopedLogic, datum);
          });
        } else if (op === "reduce") {
          scopedData = jsonLogic2.apply(values[0], data);
          scopedLogic = values[1];
          initial = typeof values[2] !== "undefined" ? jsonLogic2.apply(values[2], data) : null;
          if (!Array.isArray(scopedData)) {
            return initial;
          }
          return scopedData.reduce(
            function(accumulator, current2) {
              return jsonLogic2.apply(
                scopedLogic,
                { current: current2, accumulator }
              );
            },
            initial
          );
        } else if (op === "all") {
          scopedData = jsonLogic2.apply(values[0], data);
          scopedLogic = values[1];
          if (!Array.isArray(scopedData) || !scopedData.length) {
            return false;
          }
          for (i = 0; i < scopedData.length; i += 1) {
            if (!jsonLogic2.truthy(jsonLogic2.apply(scopedLogic, scopedData[i]))) {
              return false;
            }
          }
          return true;
        } else if (op === "none") {
          scopedData = jsonLogic2.apply(values[0], data);
          scopedLogic = values[1];
          if (!Array.isArray(scopedData) || !scopedData.length) {
            return true;
          }
          for (i = 0; i < scopedData.length; i += 1) {
            if (jsonLogic2.truthy(jsonLogic2.apply(scopedLogic, scopedData[i]))) {
              return false;
            }
          }
          return true;
        } else if (op === "some") {
          scopedData = jsonLogic2.apply(values[0], data);
          scopedLogic = values[1];
          if (!Array.isArray(scopedData) || !scopedData.length) {
            return false;
          }
          for (i = 0; i < scopedData.length; i += 1) {
            if (jsonLogic2.truthy(jsonLogic2.apply(scopedLogic, scopedData[i]))) {
              return true;
            }
          }
          return false;
        }
        values = values.map(function(val) {
          return jsonLogic2.apply(val, data);
        });
        if (operations.hasOwnProperty(op) && typeof operations[op] === "function") {
          return operations[op].apply(data, values);
        } else if (op.indexOf(".") > 0) {
          var sub_ops = String(op).split(".");
          var operation = operations;
          for (i = 0; i < sub_ops.length; i++) {
            if (!operation.hasOwnProperty(sub_ops[i])) {
              throw new Error("Unrecognized operation " + op + " (failed at " + sub_ops.slice(0, i + 1).join(".") + ")");
            }
            operation = operation[sub_ops[i]];
          }
          return operation.apply(data, values);
        }
        throw new Error("Unrecognized operation " + op);
      };
      jsonLogic2.uses_data = function(logic) {
        var collection = [];
        if (jsonLogic2.is_logic(logic)) {
          var op = jsonLogic2.get_operator(logic);
          var values = logic[op];
          if (!Array.isArray(values)) {
            values = [values];
          }
          if (op === "var") {
            collection.push(values[0]);
          } else {
            values.forEach(function(val) {
              collection.push.apply(collection, jsonLogic2.uses_data(val));
            });
          }
        }
        return arrayUnique(collection);
      };
      jsonLogic2.add_operation = function(name, code) {
        operations[name] = code;
      };
      jsonLogic2.rm_operation = function(name) {
        delete operations[name];
      };
      jsonLogic2.rule_like = function(rule, pattern) {
        if (pattern === rule) {
          return true;
        }
        if (pattern === "@") {
          return true;
        }
        if (pattern === "number") {
          return typeof rule === "number";
        }
        if (pattern === "string") {
          return typeof rule === "string";
        }
        if (pattern === "array") {
          return Array.isArray(rule) && !jsonLogic2.is_logic(rule);
        }
        if (jsonLogic2.is_logic(pattern)) {
          if (jsonLogic2.is_logic(rule)) {
            var pattern_op = jsonLogic2.get_operator(pattern);
            var rule_op = jsonLogic2.get_operator(rule);
            if (pattern_op === "@" || pattern_op === rule_op) {
              return jsonLogic2.rule_like(
                jsonLogic2.get_values(rule, false),
                jsonLogic2.get_values(pattern, false)
              );
            }
          }
          return false;
        }
        if (Array.isArray(pattern)) {
          if (Array.isArray(rule)) {
            if (pattern.length !== rule.length) {
              return false;
            }
            for (var i = 0; i < pattern.length; i += 1) {
              if (!jsonLogic2.rule_like(rule[i], pattern[i])) {
                return false;
              }
            }
            return true;
          } else {
            return false;
          }
        }
        return false;
      };
      return jsonLogic2;
    });
  }
});

// src/cli/commands/check.ts
import { parseArgs } from "node:util";

// src/manifest/discover.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/manifest/prefilter.ts
import { open } from "node:fs/promises";
var CANDIDATE = /\.(ya?ml|json)$/i;
var DECLARES = /apiVersion["']?\s*:\s*["']?agentpolicy\.dev\//i;
var PREFILTER_MAX_BYTES = 1024 * 1024;
var CHUNK = 64 * 1024;
var OVERLAP = 128;
function isCandidateName(name) {
  return CANDIDATE.test(name);
}
async function looksLikeManifest(absPath, maxBytes = PREFILTER_MAX_BYTES) {
  let handle;
  try {
    handle = await open(absPath, "r");
  } catch {
    return false;
  }
  try {
    const buffer = Buffer.alloc(Math.min(CHUNK, maxBytes));
    let tail = "";
    for (let at = 0; at < maxBytes; ) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, maxBytes - at), at);
      if (bytesRead === 0) return false;
      const text3 = tail + buffer.toString("latin1", 0, bytesRead);
      if (DECLARES.test(text3)) return true;
      tail = text3.slice(-OVERLAP);
      at += bytesRead;
    }
    return false;
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}
async function filterLimited(items, limit, keep2) {
  const verdicts = new Array(items.length).fill(false);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      verdicts[i] = await keep2(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return items.filter((_, i) => verdicts[i]);
}

// src/manifest/discover.ts
var DEFAULT_INCLUDE = [
  "**/*.agent.yaml",
  "**/*.agent.yml",
  "**/*.agent.json",
  "**/agents/**/*.{yaml,yml,json}",
  "**/.agents/**/*.{yaml,yml,json}"
];
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
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
    return { files: [], errors };
  }
  const display2 = (abs) => toPosix(relative(root, abs)) || basename(abs);
  const insideRoot2 = (abs) => isInside(abs, root);
  const custom = (opts.include?.length ?? 0) > 0;
  const include = (0, import_picomatch.default)(custom ? opts.include : [...DEFAULT_INCLUDE], {
    dot: true,
    nocase: !custom
  });
  const candidates = [];
  const exclude = opts.exclude?.length ? (0, import_picomatch.default)(opts.exclude, { dot: true }) : () => false;
  const add = (abs, real) => {
    const file = display2(abs);
    const existing = found.get(real);
    if (!existing || file < existing.file) found.set(real, { file, absPath: abs });
  };
  const walk2 = async (dir, boundary, base, select, probe) => {
    const visited = /* @__PURE__ */ new Set();
    let taken = 0;
    const queue = [dir];
    while (queue.length > 0) {
      const current = queue.shift();
      let real;
      let entries;
      try {
        real = await realpath(current);
        if (visited.has(real)) continue;
        visited.add(real);
        entries = await readdir(current, { withFileTypes: true });
      } catch (e) {
        fail(display2(current), ioMessage(e));
        continue;
      }
      entries.sort((a, b) => compare(a.name, b.name));
      for (const entry of entries) {
        if (SKIPPED_DIRS.has(entry.name)) continue;
        const path = join(current, entry.name);
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        let target = join(real, entry.name);
        if (entry.isSymbolicLink()) {
          try {
            target = await realpath(path);
            if (!isInside(target, boundary)) continue;
            const info = await stat(target);
            isDir = info.isDirectory();
            isFile = info.isFile();
          } catch {
            continue;
          }
        }
        if (isDir) queue.push(path);
        else if (isFile) {
          const rel = toPosix(relative(base, path));
          if (select(rel)) {
            add(path, target);
            taken++;
          } else if (probe?.(rel)) candidates.push([path, target]);
        }
      }
    }
    return taken;
  };
  const fromRoot = (abs) => toPosix(relative(root, abs));
  const walkSelect = (abs) => {
    const base = insideRoot2(abs) ? root : dirname(abs);
    return { base, select: (rel) => include(rel) && !exclude(rel) };
  };
  for (const arg of opts.paths.length > 0 ? opts.paths : ["."]) {
    const abs = resolve(root, arg);
    let info;
    try {
      info = await stat(abs);
    } catch (e) {
      const scan2 = import_picomatch.default.scan(arg);
      if (scan2.isGlob) {
        const pattern = isAbsolute(arg) ? fromRoot(arg) : toPosix(arg).replace(/^(\.\/)+/, "");
        const matches = (0, import_picomatch.default)(pattern, { dot: true });
        const baseDir = resolve(root, scan2.base || ".");
        const boundary = insideRoot2(baseDir) ? realRoot : await realpath(baseDir).catch(() => baseDir);
        let taken = 0;
        try {
          if ((await stat(baseDir)).isDirectory()) {
            taken = await walk2(baseDir, boundary, root, (rel) => matches(rel) && !exclude(rel));
          }
        } catch {
        }
        if (taken === 0) fail(toPosix(arg), "no files match this pattern");
      } else {
        fail(display2(abs), ioMessage(e));
      }
      continue;
    }
    const real = await realpath(abs).catch(() => abs);
    if (insideRoot2(abs) && !isInside(real, realRoot)) {
      fail(display2(abs), "resolves outside the scan root through a symlink; not followed");
      continue;
    }
    if (info.isDirectory()) {
      const { base, select } = walkSelect(abs);
      const probe = custom ? void 0 : (rel) => isCandidateName(rel) && !exclude(rel);
      await walk2(abs, insideRoot2(abs) ? realRoot : real, base, select, probe);
    } else if (info.isFile()) {
      add(abs, real);
    } else {
      fail(display2(abs), "not a regular file or folder");
    }
  }
  const unseen = candidates.filter(([, real]) => !found.has(real));
  for (const [path, real] of await filterLimited(unseen, 16, ([p]) => looksLikeManifest(p))) add(path, real);
  const files = [...found.values()].sort((a, b) => compare(a.file, b.file));
  errors.sort((a, b) => compare(a.file, b.file));
  return { files, errors };
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function isInside(path, dir) {
  const rel = relative(dir, path);
  return rel === "" || !rel.startsWith(".." + sep) && rel !== ".." && !isAbsolute(rel);
}
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
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
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/manifest/date.ts
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseDate(v) {
  if (typeof v !== "string") return void 0;
  const m = ISO_DATE.exec(v.trim());
  if (!m) return void 0;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return void 0;
  }
  return ms;
}
function formatDate(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

// src/manifest/duration.ts
var SECOND = 1;
var MINUTE = 60;
var HOUR = 3600;
var DAY = 86400;
var WEEK = 7 * DAY;
var MONTH = 30 * DAY;
var YEAR = 365 * DAY;
var NUM = String.raw`[0-9]+(?:\.[0-9]+)?`;
var PLAIN = new RegExp(`^${NUM}$`);
var SHORT = new RegExp(`^(?:${NUM}\\s*[smhdw]\\s*)+$`);
var SHORT_PART = new RegExp(`(${NUM})\\s*([smhdw])`, "g");
var ISO = new RegExp(
  `^P(?:(${NUM})Y)?(?:(${NUM})M)?(?:(${NUM})W)?(?:(${NUM})D)?(?:(T)(?:(${NUM})H)?(?:(${NUM})M)?(?:(${NUM})S)?)?$`
);
var SHORT_UNITS = { s: SECOND, m: MINUTE, h: HOUR, d: DAY, w: WEEK };
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

// schema/agent.schema.json
var agent_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/agentpolicy/agentpolicy/main/schema/agent.schema.json",
  title: "agentpolicy agent manifest (agentpolicy.dev/v1)",
  description: "Declares one AI agent: who owns it, which identity it runs as, what it may access, how its credentials live, which human gates guard it and how it is audited. The schema checks shape and types only; whether a governance field is present at all is judged by agentpolicy's checks.",
  type: "object",
  required: ["apiVersion", "kind", "metadata"],
  properties: {
    $schema: {
      description: "Optional URL of this JSON Schema, so editors can validate the file and show these descriptions.",
      type: "string"
    },
    apiVersion: {
      description: "Manifest format version. Always agentpolicy.dev/v1 for this format.",
      const: "agentpolicy.dev/v1"
    },
    kind: {
      description: "Document kind. Always Agent; documents of other kinds are not agent manifests.",
      const: "Agent"
    },
    metadata: {
      description: "Who the agent is and who is accountable for it.",
      type: "object",
      required: ["name"],
      properties: {
        name: {
          description: "Agent name: a lowercase DNS label (a-z, 0-9 and '-', at most 63 characters), unique across the scanned manifests.",
          $ref: "#/$defs/agentName"
        },
        description: {
          description: "What the agent does, in one sentence.",
          type: "string"
        },
        owner: {
          description: "Accountable owner: a team (team:<slug>) or a person (email address).",
          type: "string",
          examples: ["team:finance-platform", "jane.doe@example.com"]
        },
        sponsor: {
          description: "Accountable human sponsor: a person's email address, not a team or a bot.",
          type: "string",
          examples: ["jane.doe@example.com"]
        },
        environment: {
          description: "Where the agent runs.",
          enum: ["production", "staging", "development"]
        },
        review_by: {
          description: "Date of the next access recertification, as an ISO date (YYYY-MM-DD).",
          $ref: "#/$defs/date"
        },
        labels: {
          description: "Free-form labels: a map of string keys to string values.",
          type: "object",
          additionalProperties: {
            description: "A label value.",
            type: "string"
          }
        }
      }
    },
    identity: {
      description: "The workload identity the agent authenticates as.",
      type: "object",
      properties: {
        id: {
          description: "Unique, verifiable identifier of the agent's identity: a URI (for example a SPIFFE ID) or the identity provider's id.",
          type: "string",
          examples: ["spiffe://example.com/agents/invoice-reconciler"]
        },
        provider: {
          description: "Identity provider that issues and verifies the identity.",
          enum: [
            "entra",
            "okta",
            "aws-iam",
            "gcp-iam",
            "azure-managed-identity",
            "spiffe",
            "kubernetes",
            "github-oidc",
            "other",
            "none"
          ]
        },
        principal: {
          description: "Object id, client id or principal name of the identity in that provider.",
          type: "string"
        }
      }
    },
    risk: {
      description: "Risk classification of the agent.",
      type: "object",
      properties: {
        eu_ai_act: {
          description: "EU AI Act risk tier of the system the agent is part of.",
          enum: ["prohibited", "high", "limited", "minimal"]
        },
        annex_iii: {
          description: "EU AI Act Annex III area; expected when the tier is high.",
          enum: [
            "biometrics",
            "critical-infrastructure",
            "education",
            "employment",
            "essential-services",
            "law-enforcement",
            "migration",
            "justice-democracy"
          ]
        },
        role: {
          description: "The organisation's EU AI Act role for this system.",
          enum: ["deployer", "provider"]
        },
        data_classes: {
          description: "Classes of data the agent handles.",
          type: "array",
          items: {
            description: "A data class.",
            enum: ["public", "internal", "confidential", "restricted", "personal", "special-category"]
          }
        },
        autonomy: {
          description: "How far the agent acts without a human.",
          enum: ["human-in-the-loop", "supervised", "autonomous"]
        },
        purpose: {
          description: "Intended purpose of the agent, in plain words.",
          type: "string"
        }
      }
    },
    model: {
      description: "The model the agent runs on.",
      type: "object",
      properties: {
        provider: {
          description: "Model provider.",
          type: "string",
          examples: ["anthropic", "openai", "azure-openai", "self-hosted"]
        },
        name: {
          description: "Model name.",
          type: "string"
        },
        version: {
          description: "Pinned model version or snapshot; 'latest' is not a pin.",
          type: ["string", "number"]
        }
      }
    },
    permissions: {
      description: "Every access the agent has, listed explicitly.",
      type: "array",
      items: { $ref: "#/$defs/permission" }
    },
    credentials: {
      description: "Credentials the agent uses, as references to where they live (never the secret itself).",
      type: "array",
      items: { $ref: "#/$defs/credential" }
    },
    approvals: {
      description: "Human approval gates for sensitive operations.",
      type: "array",
      items: { $ref: "#/$defs/approval" }
    },
    audit: {
      description: "Audit logging of the agent's actions.",
      type: "object",
      properties: {
        enabled: {
          description: "Whether the agent's actions are written to an audit log.",
          type: "boolean"
        },
        sink: {
          description: "Where audit events are written.",
          type: "string"
        },
        immutable: {
          description: "Whether the audit log is append-only (WORM).",
          type: "boolean"
        },
        retention: {
          description: "How long audit events are kept: a duration such as 400d or P400D, or a number of seconds.",
          $ref: "#/$defs/duration"
        },
        events: {
          description: "Event types written to the audit log.",
          type: "array",
          items: {
            description: "An event type, for example tool_call, authentication, approval, data_access or credential_use.",
            type: "string"
          }
        }
      }
    },
    monitoring: {
      description: "Runtime monitoring of the agent.",
      type: "object",
      properties: {
        siem: {
          description: "SIEM that receives the agent's events.",
          type: "string"
        },
        baseline: {
          description: "Whether a behaviour baseline has been established.",
          type: "boolean"
        },
        alerts: {
          description: "Alerts configured for the agent.",
          type: "array",
          items: {
            description: "An alert name, for example volume_anomaly or new_resource_access.",
            type: "string"
          }
        },
        rate_limit: {
          description: "Rate limit on the agent's actions, as count/unit (s, m, h or d), for example 600/m.",
          type: "string",
          pattern: "^[0-9]+/(s|m|h|d)$",
          patternErrorMessage: "must be a count per unit such as 600/m (units s, m, h, d)"
        }
      }
    },
    oversight: {
      description: "Human oversight of the running agent.",
      type: "object",
      properties: {
        kill_switch: {
          description: "Whether a human can stop the agent at once.",
          type: "boolean"
        },
        incident_contact: {
          description: "Who to contact about an incident involving the agent.",
          type: "string"
        }
      }
    },
    transparency: {
      description: "Transparency towards people the agent interacts with.",
      type: "object",
      properties: {
        discloses_ai: {
          description: "Whether people the agent talks to are told it is an AI.",
          type: "boolean"
        }
      }
    },
    tools: {
      description: "MCP servers, plugins, functions and sub-agents the agent can call.",
      type: "array",
      items: { $ref: "#/$defs/tool" }
    },
    delegation: {
      description: "Whether and to whom the agent hands work.",
      type: "object",
      properties: {
        can_delegate: {
          description: "Whether the agent may hand work to other agents.",
          type: "boolean"
        },
        sub_agents: {
          description: "Names of the other agents it may hand work to.",
          type: "array",
          items: {
            description: "The metadata.name of another agent.",
            $ref: "#/$defs/agentName"
          }
        }
      }
    }
  },
  $defs: {
    agentName: {
      description: "A lowercase DNS label: a-z, 0-9 and '-', starting and ending with a letter or digit, at most 63 characters.",
      type: "string",
      maxLength: 63,
      pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
      patternErrorMessage: "must be a lowercase DNS label (a-z, 0-9 and '-', starting and ending with a letter or digit)"
    },
    duration: {
      description: "A duration: 30s, 15m, 1h, 7d, 2w, combinations such as 1h30m, ISO 8601 such as PT1H or P30D (Y = 365 days, M = 30 days), or a number of seconds.",
      type: ["string", "number"],
      minimum: 0,
      pattern: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$",
      patternErrorMessage: "must be a duration such as 30s, 15m, 1h, 7d, PT1H or P30D"
    },
    date: {
      description: "An ISO 8601 calendar date, YYYY-MM-DD.",
      type: "string",
      format: "date"
    },
    permission: {
      description: "One access the agent has.",
      type: "object",
      properties: {
        resource: {
          description: "What is accessed, as a URI or name; '*' and a trailing '/*' are wildcards.",
          type: "string",
          examples: ["postgres://finance/invoices", "github://acme/*"]
        },
        actions: {
          description: "Actions allowed on the resource.",
          type: "array",
          items: {
            description: "An action; '*' means every action.",
            enum: ["read", "write", "delete", "admin", "execute", "send", "deploy", "export", "*"]
          }
        },
        category: {
          description: "Kind of resource, used to judge how sensitive the access is.",
          enum: [
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
          ]
        },
        justification: {
          description: "Why the agent needs this access.",
          type: "string"
        },
        approval: {
          description: "Name of the approval gate (in approvals) that guards this access.",
          type: "string"
        }
      }
    },
    credential: {
      description: "One credential the agent uses.",
      type: "object",
      properties: {
        name: {
          description: "Name of the credential.",
          type: "string"
        },
        type: {
          description: "Kind of credential.",
          enum: [
            "oidc-federation",
            "workload-identity",
            "managed-identity",
            "oauth-client-credentials",
            "mtls",
            "api-key",
            "static-token",
            "password"
          ]
        },
        ttl: {
          description: "Lifetime of an issued token or certificate: a duration such as 15m or PT15M, or a number of seconds.",
          $ref: "#/$defs/duration"
        },
        rotation: {
          description: "Rotation period of a long-lived secret: a duration such as 30d or P30D, or a number of seconds.",
          $ref: "#/$defs/duration"
        },
        secret_ref: {
          description: "Reference to where the secret lives (for example vault://…, aws-sm://…, env:NAME); never the secret itself.",
          type: "string",
          examples: ["vault://kv/finance/db"]
        },
        audience: {
          description: "Audience the credential is issued for.",
          type: "string"
        },
        shared: {
          description: "True when other agents or people use the same credential.",
          type: "boolean"
        }
      }
    },
    approval: {
      description: "A human approval gate.",
      type: "object",
      properties: {
        name: {
          description: "Name of the gate, referred to by permissions[].approval.",
          type: "string"
        },
        approvers: {
          description: "Who may approve: groups or people.",
          type: "array",
          items: {
            description: "An approver, for example group:finance-controllers or a person's email.",
            type: "string"
          }
        },
        min_approvals: {
          description: "Number of approvals needed.",
          type: "integer",
          minimum: 0
        },
        timeout: {
          description: "How long the gate waits for approval: a duration such as 4h or PT4H, or a number of seconds.",
          $ref: "#/$defs/duration"
        },
        on_timeout: {
          description: "What happens when nobody approves in time.",
          enum: ["deny", "allow"]
        }
      }
    },
    tool: {
      description: "An MCP server, plugin, function or sub-agent the agent can call.",
      type: "object",
      properties: {
        name: {
          description: "Name of the tool.",
          type: "string"
        },
        type: {
          description: "Kind of tool.",
          enum: ["mcp", "a2a", "plugin", "function"]
        },
        source: {
          description: "Where the tool comes from: an image, package or URL.",
          type: "string"
        },
        version: {
          description: "Pinned version of the tool.",
          type: ["string", "number"]
        },
        digest: {
          description: "Content digest of the tool, algorithm:hex (for example sha256:…).",
          type: "string",
          pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$",
          patternErrorMessage: "must be algorithm:hex, for example sha256:4f2c…"
        }
      }
    }
  }
};

// src/manifest/schema.ts
var AGENT_SCHEMA = agent_schema_default;
function derefSchema(node) {
  if (!node.$ref) return node;
  const m = /^#\/\$defs\/([^/]+)$/.exec(node.$ref);
  const defs = AGENT_SCHEMA.$defs;
  const target = m && defs ? defs[m[1]] : void 0;
  if (!target) return node;
  const { $ref: _ref, ...siblings } = node;
  return { ...derefSchema(target), ...siblings };
}
function refName(node) {
  return node.$ref ? /^#\/\$defs\/([^/]+)$/.exec(node.$ref)?.[1] : void 0;
}

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
  const ctrl = callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = visit_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
  const ctrl = await callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path) {
  if (typeof visitor === "function")
    return visitor(key, node, path);
  if (isMap(node))
    return visitor.Map?.(key, node, path);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path);
  if (isPair(node))
    return visitor.Pair?.(key, node, path);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path);
  return void 0;
}
function replaceNode(key, path, node) {
  const parent = path[path.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error) {
        onError(String(error));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error = new Error("Failed to resolve repeated object (this should not happen)");
          error.source = source;
          throw error;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj2, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj2, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count: count2, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count2);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count2 = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count2)
        count2 = c;
    }
    return count2;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    const k = path[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema4) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema4,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema4) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema4)
      copy.schema = schema4;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema4) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path, value) {
    if (isEmptyPath(path))
      this.add(value);
    else {
      const [key, ...rest] = path;
      const node = this.get(key, true);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    const [key, ...rest] = path;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    const [key, ...rest] = path;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent2) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent2 ? comment.replace(/^(?! *$)/gm, indent2) : comment;
}
var lineComment = (str2, indent2, comment) => str2.endsWith("\n") ? indentComment(comment, indent2) : comment.includes("\n") ? "\n" + indentComment(comment, indent2) : (str2.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text3, indent2, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text3;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent2.length);
  if (text3.length <= endStep)
    return text3;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent2.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text3, i, indent2.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text3[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text3[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text3, i, indent2.length);
      end = i + indent2.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text3[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text3[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text3;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text3;
  if (onFold)
    onFold();
  let res = text3.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text3.length;
    if (fold === 0)
      res = `
${indent2}${text3.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text3[fold]}\\`;
      res += `
${indent2}${text3.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text3, i, indent2) {
  let end = i;
  let start = i + 1;
  let ch = text3[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent2) {
      ch = text3[++i];
    } else {
      do {
        ch = text3[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text3[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
function lineLengthOverLimit(str2, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str2.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str2[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str2 = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str2 += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i + 1]) {
        case "u":
          {
            str2 += json.slice(start, i);
            const code = json.substr(i + 2, 4);
            switch (code) {
              case "0000":
                str2 += "\\0";
                break;
              case "0007":
                str2 += "\\a";
                break;
              case "000b":
                str2 += "\\v";
                break;
              case "001b":
                str2 += "\\e";
                break;
              case "0085":
                str2 += "\\N";
                break;
              case "00a0":
                str2 += "\\_";
                break;
              case "2028":
                str2 += "\\L";
                break;
              case "2029":
                str2 += "\\P";
                break;
              default:
                if (code.substr(0, 2) === "00")
                  str2 += "\\x" + code.substr(2);
                else
                  str2 += json.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
            i += 1;
          } else {
            str2 += json.slice(start, i) + "\n\n";
            while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
              str2 += "\n";
              i += 2;
            }
            str2 += indent2;
            if (json[i + 2] === " ")
              str2 += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str2 = start ? str2 + json.slice(start) : json;
  return implicitKey ? str2 : foldFlowLines(str2, indent2, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent2}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent2, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent2 = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent2.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent2}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent2}`);
  }
  const indentSize = indent2 ? "2" : "1";
  let header2 = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent2}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent2, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header2}
${indent2}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent2}`);
  return `|${header2}
${indent2}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent: indent2, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent2 === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent2 === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str2 = value.replace(/\n+/g, `$&
${indent2}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str2 : foldFlowLines(str2, indent2, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj2;
  if (isScalar(item)) {
    obj2 = item.value;
    let match = tags.filter((t) => t.identify?.(obj2));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj2 = item;
    tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str2;
  return isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent: indent2, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent2 + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str2 = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str2 = `? ${str2}`;
    if (keyComment && !keyCommentDone) {
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str2;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
    str2 = `? ${str2}
${indent2}:`;
  } else {
    str2 = `${str2}:`;
    if (keyComment)
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str2.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str2 += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str2 += lineComment(str2, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str2;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema4) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema4);
    if (isNode(value))
      value = value.clone(schema4);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent: indent2, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str3 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str3 += lineComment(str3, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str3);
  }
  let str2;
  if (lines.length === 0) {
    str2 = flowChars.start + flowChars.end;
  } else {
    str2 = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str2 += line ? `
${indent2}${line}` : "\n";
    }
  }
  if (comment) {
    str2 += "\n" + indentComment(commentString(comment), indent2);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str2;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent: indent2, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str2 = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
    if (i < items.length - 1) {
      str2 += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str2 += ",";
      }
    }
    if (comment)
      str2 += lineComment(str2, itemIndent, commentString(comment));
    lines.push(str2);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str2 = start;
      for (const line of lines)
        str2 += line ? `
${indentStep}${indent2}${line}` : "\n";
      return `${str2}
${indent2}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent: indent2, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent2);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema4) {
    super(MAP, schema4);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema4, obj2, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema4);
    const add = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj2, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj2 instanceof Map) {
      for (const [key, value] of obj2)
        add(key, value);
    } else if (obj2 && typeof obj2 === "object") {
      for (const key of Object.keys(obj2))
        add(key, obj2[key]);
    }
    if (typeof schema4.sortMapEntries === "function") {
      map2.items.sort(schema4.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema4, obj2, ctx) => YAMLMap.from(schema4, obj2, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema4) {
    super(SEQ, schema4);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema4, obj2, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema4);
    if (obj2 && Symbol.iterator in Object(obj2)) {
      let i = 0;
      for (let it of obj2) {
        if (typeof replacer === "function") {
          const key = obj2 instanceof Set ? it : String(i++);
          it = replacer.call(obj2, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema4, obj2, ctx) => YAMLSeq.from(schema4, obj2, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str2) => str2,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str2) => new Scalar(str2[0] === "t" || str2[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num3 = typeof value === "number" ? value : Number(value);
  if (!isFinite(num3))
    return isNaN(num3) ? ".nan" : num3 < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2),
  stringify(node) {
    const num3 = Number(node.value);
    return isFinite(num3) ? num3.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str2) {
    const node = new Scalar(parseFloat(str2));
    const dot = str2.indexOf(".");
    if (dot !== -1 && str2[str2.length - 1] === "0")
      node.minFractionDigits = str2.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str2) => str2,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str2) => str2 === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str2) => parseFloat(str2),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str2, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
    return str2;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str2 = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str2.length);
      for (let i = 0; i < str2.length; ++i)
        buffer[i] = str2.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str2;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str2 = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str2.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str2.substr(o, lineWidth);
      }
      str2 = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema4);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema4, iterable, ctx) {
    const pairs2 = createPairs(schema4, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
  stringify(node) {
    const num3 = Number(node.value);
    return isFinite(num3) ? num3.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str2) {
    const node = new Scalar(parseFloat(str2.replace(/_/g, "")));
    const dot = str2.indexOf(".");
    if (dot !== -1) {
      const f = str2.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str2, offset, radix, { intAsBigInt }) {
  const sign = str2[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str2 = str2.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str2 = `0b${str2}`;
        break;
      case 8:
        str2 = `0o${str2}`;
        break;
      case 16:
        str2 = `0x${str2}`;
        break;
    }
    const n2 = BigInt(str2);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str2, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str2 = value.toString(radix);
    return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema4) {
    super(schema4);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema4, iterable, ctx) {
    const { replacer } = ctx;
    const set2 = new this(schema4);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
      }
    return set2;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str2, asBigInt) {
  const sign = str2[0];
  const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
  const num3 = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num3(60) + num3(p), num3(0));
  return sign === "-" ? num3(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num3 = (n) => n;
  if (typeof value === "bigint")
    num3 = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num3(-1);
  }
  const _60 = num3(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str2) => parseSexagesimal(str2, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str2) {
    const match = str2.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge3, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema4 === "string" && schema4 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge3);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    if (isEmptyPath(path)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    if (isEmptyPath(path))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    if (isEmptyPath(path))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    if (isEmptyPath(path)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count: count2, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count2);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code, message) {
    super();
    this.name = name;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};
var prettifyError = (src, lc) => (error) => {
  if (error.pos[0] === -1)
    return;
  error.linePos = error.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error.linePos[0];
  error.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "…" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80)
    lineStr = lineStr.substring(0, 79) + "…";
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    if (prev.length > 80)
      prev = prev.substring(0, 79) + "…\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count2 = 1;
    const end = error.linePos[1];
    if (end?.line === line && end.col > col) {
      count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count2);
    error.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent2, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent2 && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep: sep3, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep3?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep3) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep3 ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep3, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep3 = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep3 + cb;
          sep3 = "";
          break;
        }
        case "newline":
          if (comment)
            sep3 += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep: sep3, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep3?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep3 && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep3 && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep3, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep3 ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep3)
            for (const st of sep3) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header2 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header2)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header2.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header2.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header2.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header2.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header2.indent;
  let offset = scalar.offset + header2.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent2, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header2.indent === 0 && indent2.length > trimIndent)
        trimIndent = indent2.length;
    } else {
      if (indent2.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent2.length, "MISSING_CHAR", message);
      }
      if (header2.indent === 0)
        trimIndent = indent2.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent2.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep3 = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent2, content] = lines[i];
    offset += indent2.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent2.length < trimIndent) {
      const src = header2.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent2 = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep3 + indent2.slice(trimIndent) + content;
      sep3 = "\n";
    } else if (indent2.length > trimIndent || content[0] === "	") {
      if (sep3 === " ")
        sep3 = "\n";
      else if (!prevMoreIndented && sep3 === "\n")
        sep3 = "\n\n";
      value += sep3 + indent2.slice(trimIndent) + content;
      sep3 = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep3 === "\n")
        value += "\n";
      else
        sep3 = "\n";
    } else {
      value += sep3 + content;
      sep3 = " ";
      prevMoreIndented = false;
    }
  }
  switch (header2.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header2.length + scalar.source.length;
  return { value, type, comment: header2.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict2, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent2 = 0;
  let chomp = "";
  let error = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent2 && n)
        indent2 = n;
      else if (error === -1)
        error = offset + i;
    }
  }
  if (error !== -1)
    onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict2 && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent: indent2, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict2, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict2, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd, "");
  let sep3 = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep3 === "\n")
        res += sep3;
      else
        sep3 = "\n";
    } else {
      res += sep3 + lm;
      sep3 = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep3 + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw2 = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw2}`);
        res += raw2;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "",
  // Unicode next line
  _: " ",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code);
  } catch {
    const raw2 = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw2}`);
    return raw2;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema4.knownTags[tagName];
  if (kt && !kt.collection) {
    schema4.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        onError(token, "RESOURCE_EXHAUSTION", message);
      }
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code, message, warning) => {
      const pos = getErrorPos(source);
      if (warning)
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error);
        else
          this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst.js
var cst_exports = {};
__export(cst_exports, {
  BOM: () => BOM,
  DOCUMENT: () => DOCUMENT,
  FLOW_END: () => FLOW_END,
  SCALAR: () => SCALAR2,
  createScalarToken: () => createScalarToken,
  isCollection: () => isCollection2,
  isScalar: () => isScalar2,
  prettyToken: () => prettyToken,
  resolveAsScalar: () => resolveAsScalar,
  setScalarValue: () => setScalarValue,
  stringify: () => stringify2,
  tokenType: () => tokenType,
  visit: () => visit2
});

// node_modules/yaml/browser/dist/parse/cst-scalar.js
function resolveAsScalar(token, strict2 = true, onError) {
  if (token) {
    const _onError = (pos, code, message) => {
      const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
      if (onError)
        onError(offset, code, message);
      else
        throw new YAMLParseError([offset, offset + 1], code, message);
    };
    switch (token.type) {
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return resolveFlowScalar(token, strict2, _onError);
      case "block-scalar":
        return resolveBlockScalar({ options: { strict: strict2 } }, token, _onError);
    }
  }
  return null;
}
function createScalarToken(value, context) {
  const { implicitKey = false, indent: indent2, inFlow = false, offset = -1, type = "PLAIN" } = context;
  const source = stringifyString({ type, value }, {
    implicitKey,
    indent: indent2 > 0 ? " ".repeat(indent2) : "",
    inFlow,
    options: { blockQuote: true, lineWidth: -1 }
  });
  const end = context.end ?? [
    { type: "newline", offset: -1, indent: indent2, source: "\n" }
  ];
  switch (source[0]) {
    case "|":
    case ">": {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      const props = [
        { type: "block-scalar-header", offset, indent: indent2, source: head }
      ];
      if (!addEndtoBlockProps(props, end))
        props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
      return { type: "block-scalar", offset, indent: indent2, props, source: body };
    }
    case '"':
      return { type: "double-quoted-scalar", offset, indent: indent2, source, end };
    case "'":
      return { type: "single-quoted-scalar", offset, indent: indent2, source, end };
    default:
      return { type: "scalar", offset, indent: indent2, source, end };
  }
}
function setScalarValue(token, value, context = {}) {
  let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
  let indent2 = "indent" in token ? token.indent : null;
  if (afterKey && typeof indent2 === "number")
    indent2 += 2;
  if (!type)
    switch (token.type) {
      case "single-quoted-scalar":
        type = "QUOTE_SINGLE";
        break;
      case "double-quoted-scalar":
        type = "QUOTE_DOUBLE";
        break;
      case "block-scalar": {
        const header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
        break;
      }
      default:
        type = "PLAIN";
    }
  const source = stringifyString({ type, value }, {
    implicitKey: implicitKey || indent2 === null,
    indent: indent2 !== null && indent2 > 0 ? " ".repeat(indent2) : "",
    inFlow,
    options: { blockQuote: true, lineWidth: -1 }
  });
  switch (source[0]) {
    case "|":
    case ">":
      setBlockScalarValue(token, source);
      break;
    case '"':
      setFlowScalarValue(token, source, "double-quoted-scalar");
      break;
    case "'":
      setFlowScalarValue(token, source, "single-quoted-scalar");
      break;
    default:
      setFlowScalarValue(token, source, "scalar");
  }
}
function setBlockScalarValue(token, source) {
  const he = source.indexOf("\n");
  const head = source.substring(0, he);
  const body = source.substring(he + 1) + "\n";
  if (token.type === "block-scalar") {
    const header2 = token.props[0];
    if (header2.type !== "block-scalar-header")
      throw new Error("Invalid block scalar header");
    header2.source = head;
    token.source = body;
  } else {
    const { offset } = token;
    const indent2 = "indent" in token ? token.indent : -1;
    const props = [
      { type: "block-scalar-header", offset, indent: indent2, source: head }
    ];
    if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
      props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
    for (const key of Object.keys(token))
      if (key !== "type" && key !== "offset")
        delete token[key];
    Object.assign(token, { type: "block-scalar", indent: indent2, props, source: body });
  }
}
function addEndtoBlockProps(props, end) {
  if (end)
    for (const st of end)
      switch (st.type) {
        case "space":
        case "comment":
          props.push(st);
          break;
        case "newline":
          props.push(st);
          return true;
      }
  return false;
}
function setFlowScalarValue(token, source, type) {
  switch (token.type) {
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      token.type = type;
      token.source = source;
      break;
    case "block-scalar": {
      const end = token.props.slice(1);
      let oa = source.length;
      if (token.props[0].type === "block-scalar-header")
        oa -= token.props[0].source.length;
      for (const tok of end)
        tok.offset += oa;
      delete token.props;
      Object.assign(token, { type, source, end });
      break;
    }
    case "block-map":
    case "block-seq": {
      const offset = token.offset + source.length;
      const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
      delete token.items;
      Object.assign(token, { type, source, end: [nl] });
      break;
    }
    default: {
      const indent2 = "indent" in token ? token.indent : -1;
      const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
      for (const key of Object.keys(token))
        if (key !== "type" && key !== "offset")
          delete token[key];
      Object.assign(token, { type, indent: indent2, source, end });
    }
  }
}

// node_modules/yaml/browser/dist/parse/cst-stringify.js
var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
  switch (token.type) {
    case "block-scalar": {
      let res = "";
      for (const tok of token.props)
        res += stringifyToken(tok);
      return res + token.source;
    }
    case "block-map":
    case "block-seq": {
      let res = "";
      for (const item of token.items)
        res += stringifyItem(item);
      return res;
    }
    case "flow-collection": {
      let res = token.start.source;
      for (const item of token.items)
        res += stringifyItem(item);
      for (const st of token.end)
        res += st.source;
      return res;
    }
    case "document": {
      let res = stringifyItem(token);
      if (token.end)
        for (const st of token.end)
          res += st.source;
      return res;
    }
    default: {
      let res = token.source;
      if ("end" in token && token.end)
        for (const st of token.end)
          res += st.source;
      return res;
    }
  }
}
function stringifyItem({ start, key, sep: sep3, value }) {
  let res = "";
  for (const st of start)
    res += st.source;
  if (key)
    res += stringifyToken(key);
  if (sep3)
    for (const st of sep3)
      res += st.source;
  if (value)
    res += stringifyToken(value);
  return res;
}

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path) => {
  let item = cst;
  for (const [field, index] of path) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit2.parentCollection = (cst, path) => {
  const parent = visit2.itemAtPath(cst, path.slice(0, -1));
  const field = path[path.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
var isCollection2 = (token) => !!token && "items" in token;
var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
function prettyToken(token) {
  switch (token) {
    case BOM:
      return "<BOM>";
    case DOCUMENT:
      return "<DOC>";
    case FLOW_END:
      return "<FLOW_END>";
    case SCALAR2:
      return "<SCALAR>";
    default:
      return JSON.stringify(token);
  }
}
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent2 = 0;
      while (ch === " ")
        ch = this.buffer[++indent2 + offset];
      if (ch === "\r") {
        const next = this.buffer[indent2 + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent2 + 1;
      }
      return ch === "\n" || indent2 >= this.indentNext || !ch && !this.atEnd ? offset + indent2 : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent2 = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent2 = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent2 !== -1 && indent2 < this.indentNext && line[0] !== "#" || indent2 === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent2 === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent2 = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent2 += 1;
          break;
        case "\n":
          nl = i2;
          indent2 = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent2 >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent2;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent2 > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            if (!inFlow)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list3, type) {
  for (let i = 0; i < list3.length; ++i)
    if (list3[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list3) {
  for (let i = 0; i < list3.length; ++i) {
    switch (list3[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error) {
    const token = error ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep3;
      if (scalar.end) {
        sep3 = scalar.end;
        sep3.push(this.sourceToken);
        delete scalar.end;
      } else
        sep3 = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep: sep3 }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep3 = it.sep;
              sep3.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep: sep3 }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start, key: fs, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs);
          } else {
            Object.assign(it, { key: fs, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map2.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs, sep: [] });
          else if (it.sep)
            this.stack.push(fs);
          else
            Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep3 = fc.end.splice(1, fc.end.length);
        sep3.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep: sep3 }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent2) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent2)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseAllDocuments(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  const docs = Array.from(composer.compose(parser.parse(source)));
  if (prettyErrors && lineCounter)
    for (const doc of docs) {
      doc.errors.forEach(prettifyError(source, lineCounter));
      doc.warnings.forEach(prettifyError(source, lineCounter));
    }
  if (docs.length > 0)
    return docs;
  return Object.assign([], { empty: true }, composer.streamInfo());
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser.parse(source), true, source.length)) {
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}

// src/manifest/quote.ts
var MAX_SHOWN = 40;
function hasUnsafe(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c >= 127 && c <= 159 || c === 8232 || c === 8233) return true;
    if (c >= 8234 && c <= 8238 || c >= 8294 && c <= 8297) return true;
  }
  return false;
}
function showValue(v) {
  if (typeof v === "string") {
    if (v.length <= MAX_SHOWN && !hasUnsafe(v)) return `'${v}'`;
    return `a string of ${v.length} characters`;
  }
  if (typeof v === "number" || typeof v === "boolean" || v === null) return String(v);
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return typeof v;
}
function showKey(k) {
  if (k.length <= 64 && !hasUnsafe(k)) return `'${k}'`;
  return `of ${k.length} characters`;
}
function kindOf(v) {
  if (v === null) return "null (an empty value)";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `the string ${showValue(v)}`;
  if (typeof v === "boolean") return `the boolean ${v}`;
  if (typeof v === "number") return `the number ${v}`;
  return typeof v;
}

// src/manifest/tree.ts
var MAX_DEPTH = 128;
var MAX_VALUES = 1e5;
var TreeError = class extends Error {
  constructor(message, range) {
    super(message);
    this.range = range;
  }
  range;
};
function rangeOf(node) {
  const r = node?.range;
  return r && r.length >= 2 ? [r[0], r[1]] : void 0;
}
function isMergeKey2(key) {
  return isScalar(key) && typeof key.value === "symbol";
}
function keyText(key) {
  if (isScalar(key)) {
    if (typeof key.value === "string") return key.value;
    return key.source ?? String(key.value);
  }
  if (key === null || key === void 0) return "";
  throw new TreeError("mapping keys must be plain scalars, not lists, mappings or aliases", rangeOf(key));
}
function setOwn(obj2, key, value) {
  Object.defineProperty(obj2, key, { value, enumerable: true, writable: true, configurable: true });
}
function resolveAliases(root) {
  const anchors = /* @__PURE__ */ new Map();
  const table3 = /* @__PURE__ */ new Map();
  const stack = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (isPair(item)) {
      stack.push(item.value, item.key);
      continue;
    }
    if (isAlias(item)) {
      const target = anchors.get(item.source);
      if (target) table3.set(item, target);
      continue;
    }
    if (isScalar(item) || isMap(item) || isSeq(item)) {
      if (item.anchor) anchors.set(item.anchor, item);
      if (isMap(item) || isSeq(item)) {
        for (let i = item.items.length - 1; i >= 0; i--) stack.push(item.items[i]);
      }
    }
  }
  return table3;
}
var YamlTree = class {
  constructor(root) {
    this.root = root;
    this.aliases = resolveAliases(root);
  }
  root;
  aliases;
  /** The node an alias names; other nodes as they are. */
  deref(node) {
    if (!isAlias(node)) return node;
    const target = this.aliases.get(node);
    if (!target) throw new TreeError(`alias *${node.source} has no anchor before it`, rangeOf(node));
    return target;
  }
  /** The merge sources of a `<<` value: one mapping or a list of mappings. */
  mergeSources(value) {
    const v = this.deref(value);
    const list3 = isSeq(v) ? v.items.map((i) => this.deref(i)) : [v];
    return list3.map((m) => {
      if (!isMap(m))
        throw new TreeError("a '<<' merge key needs a mapping or a list of mappings", rangeOf(value));
      return m;
    });
  }
  /** The member `key` of a mapping, explicit members first, then merged ones in order. */
  member(map2, key, depth = 0) {
    let merges;
    for (const item of map2.items) {
      if (!isPair(item)) continue;
      if (isMergeKey2(item.key)) (merges ??= []).push(item);
      else if (isScalar(item.key) || item.key === null) {
        if (keyText(item.key) === key) return item;
      }
    }
    if (!merges || depth >= MAX_DEPTH) return void 0;
    for (const pair of merges) {
      for (const source of this.mergeSources(pair.value)) {
        const found = this.member(source, key, depth + 1);
        if (found) return found;
      }
    }
    return void 0;
  }
  /** `node` (by default the whole tree) as plain JSON data. Throws TreeError for what cannot be data. */
  toData(node = this.root) {
    const state = { count: 0, active: /* @__PURE__ */ new Set() };
    try {
      return this.build(node, 0, state);
    } catch (e) {
      if (e instanceof RangeError) throw new TreeError("document is nested too deeply", rangeOf(node));
      throw e;
    }
  }
  build(node, depth, state) {
    if (depth > MAX_DEPTH) throw new TreeError(`nested deeper than ${MAX_DEPTH} levels`, rangeOf(node));
    if (++state.count > MAX_VALUES) {
      throw new TreeError(
        `document expands to more than ${MAX_VALUES} values (too many aliases or too large)`,
        rangeOf(node)
      );
    }
    if (node === null || node === void 0) return null;
    if (isAlias(node)) {
      const target = this.deref(node);
      if (state.active.has(target)) {
        throw new TreeError(`alias *${node.source} refers to a node that contains it`, rangeOf(node));
      }
      return this.build(target, depth + 1, state);
    }
    if (isScalar(node)) return scalarData(node.value, node.source);
    if (isSeq(node)) {
      state.active.add(node);
      const out = node.items.map((item) => this.build(item, depth + 1, state));
      state.active.delete(node);
      return out;
    }
    if (isMap(node)) {
      state.active.add(node);
      const out = {};
      const merges = [];
      for (const item of node.items) {
        if (!isPair(item)) continue;
        if (isMergeKey2(item.key)) {
          merges.push(item);
          continue;
        }
        const key = keyText(item.key);
        if (Object.hasOwn(out, key)) {
          throw new TreeError(
            `duplicate key ${showKey(key)} (keys in a mapping must be unique)`,
            rangeOf(item.key)
          );
        }
        setOwn(out, key, this.build(item.value, depth + 1, state));
      }
      for (const pair of merges) {
        for (const source of this.mergeSources(pair.value)) {
          const merged = this.build(source, depth + 1, state);
          for (const key of Object.keys(merged)) {
            if (!Object.hasOwn(out, key)) setOwn(out, key, merged[key]);
          }
        }
      }
      state.active.delete(node);
      return out;
    }
    throw new TreeError("unsupported YAML node", rangeOf(node));
  }
};
var INTERN_LIMIT = 2e5;
var interned = /* @__PURE__ */ new Map();
function intern(value) {
  const known = interned.get(value);
  if (known !== void 0) return known;
  const copy = value.length >= 13 ? JSON.parse(JSON.stringify(value)) : value;
  if (interned.size < INTERN_LIMIT) interned.set(copy, copy);
  return copy;
}
function internStrings(value, depth = 0) {
  if (depth > MAX_DEPTH + 8 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v === "string") value[i] = intern(v);
      else internStrings(v, depth + 1);
    }
    return;
  }
  const obj2 = value;
  for (const key of Object.keys(obj2)) {
    const v = obj2[key];
    if (typeof v === "string") obj2[key] = intern(v);
    else internStrings(v, depth + 1);
  }
}
function scalarData(value, source) {
  if (typeof value === "string") return intern(value);
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return source ?? String(value);
}

// src/manifest/positions.ts
var LineIndex = class {
  constructor(text3) {
    this.text = text3;
    for (let i = text3.indexOf("\n"); i !== -1; i = text3.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  position(offset) {
    return positionIn(this.starts, this.text.length, offset);
  }
  /** Where the span of [start, end) ends once trailing whitespace and line breaks are left out. */
  trimmedEnd(start, end) {
    let e = Math.max(start, end);
    while (e > start && isSpace(this.text.charCodeAt(e - 1))) e--;
    return e;
  }
  /** The span of [start, end), without trailing whitespace and line breaks. */
  span(start, end) {
    const a = this.position(start);
    const b = this.position(this.trimmedEnd(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  /** Offsets at which lines start (the first is 0). */
  lineStarts() {
    return this.starts;
  }
};
function positionIn(starts, length, offset) {
  const o = Math.max(0, Math.min(offset, length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: o - starts[lo] + 1 };
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
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
  return segments.map((s) => "/" + escapePointerSegment(s)).join("");
}
var INDEX = /^(0|[1-9][0-9]*)$/;
function createLocator(tree, root, lines) {
  let index;
  const resolved = /* @__PURE__ */ new Map();
  const spanOf2 = (node) => {
    const r = node?.range;
    if (!r || r.length < 2) return void 0;
    const s = lines.span(r[0], r[1]);
    return s.line === s.endLine && s.column === s.endColumn ? void 0 : s;
  };
  const rootSpan = () => spanOf2(root) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const buildIndex = () => {
    const map2 = /* @__PURE__ */ new Map([["", { node: root }]]);
    const stack = [["", root]];
    while (stack.length > 0) {
      const [pointer, node] = stack.pop();
      if (isMap(node)) {
        for (const item of node.items) {
          if (!isPair(item) || isMergeKey2(item.key)) continue;
          let key;
          try {
            key = keyText(item.key);
          } catch {
            continue;
          }
          const p = `${pointer}/${escapePointerSegment(key)}`;
          map2.set(p, { node: item.value, key: item.key });
          stack.push([p, item.value]);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          const p = `${pointer}/${i}`;
          map2.set(p, { node: item });
          stack.push([p, item]);
        });
      }
    }
    return map2;
  };
  const child = (entry, segment) => {
    const node = tree.deref(entry.node);
    if (isMap(node)) {
      const pair = tree.member(node, segment);
      return pair ? { node: pair.value, key: pair.key } : void 0;
    }
    if (isSeq(node) && INDEX.test(segment)) {
      const i = Number(segment);
      return i < node.items.length ? { node: node.items[i] } : void 0;
    }
    return void 0;
  };
  const resolve7 = (pointer) => {
    const cached = resolved.get(pointer);
    if (cached) return cached;
    index ??= buildIndex();
    const segments = pointerSegments(pointer);
    let result2;
    if (segments === void 0) {
      result2 = { entry: { node: root }, exact: false };
    } else {
      let i = segments.length;
      let entry;
      for (; i >= 0; i--) {
        entry = index.get(joinPointer(segments.slice(0, i)));
        if (entry) break;
      }
      let current = entry ?? { node: root };
      let exact = true;
      for (let j = Math.max(i, 0); j < segments.length; j++) {
        let next;
        try {
          next = child(current, segments[j]);
        } catch {
          next = void 0;
        }
        if (!next) {
          exact = false;
          break;
        }
        current = next;
      }
      result2 = { entry: current, exact };
    }
    resolved.set(pointer, result2);
    return result2;
  };
  return {
    locate(pointer) {
      const { entry, exact } = resolve7(pointer);
      if (!exact) return spanOf2(entry.key) ?? spanOf2(entry.node) ?? rootSpan();
      return spanOf2(entry.node) ?? spanOf2(entry.key) ?? rootSpan();
    },
    locateKey(pointer) {
      const { entry, exact } = resolve7(pointer);
      return exact ? spanOf2(entry.key) : void 0;
    }
  };
}
var FIELDS = 6;
var KIND_MAP = 1;
var KIND_SEQ = 2;
var NARROW_NONE = 65535;
var WIDE_NONE = 4294967295;
function encode(values, wide) {
  const units = [];
  for (const v of values) {
    const n = v < 0 ? wide ? WIDE_NONE : NARROW_NONE : v;
    if (wide) units.push(Math.floor(n / 65536), n % 65536);
    else units.push(n);
  }
  let out = "";
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}
function locatorTable(root, lines) {
  const values = [];
  const keys = [];
  const keyIndex = /* @__PURE__ */ new Map();
  let complex = false;
  const length = lines.text.length;
  const pushRange = (node) => {
    const r = node?.range;
    if (!r || r.length < 2) {
      values.push(-1, -1);
      return;
    }
    const start = r[0];
    const end = lines.trimmedEnd(start, r[1]);
    if (Math.max(0, Math.min(start, length)) === Math.max(0, Math.min(end, length))) values.push(-1, -1);
    else values.push(start, end);
  };
  const add = (node, key, keyName, depth) => {
    if (isAlias(node) || depth > 1e4) {
      complex = true;
      return;
    }
    const at = values.length;
    pushRange(node);
    if (key === void 0) values.push(-1, -1);
    else pushRange(key);
    values.push(0);
    if (keyName === void 0) values.push(-1);
    else {
      let index = keyIndex.get(keyName);
      if (index === void 0) {
        index = keys.length;
        keys.push(intern(keyName));
        keyIndex.set(keyName, index);
      }
      values.push(index);
    }
    let kind = 0;
    if (isMap(node)) {
      kind = KIND_MAP;
      for (const item of node.items) {
        if (!isPair(item)) continue;
        if (isMergeKey2(item.key) || isAlias(item.key)) {
          complex = true;
          return;
        }
        let name;
        try {
          name = keyText(item.key);
        } catch {
          continue;
        }
        add(item.value, item.key, name, depth + 1);
        if (complex) return;
      }
    } else if (isSeq(node)) {
      kind = KIND_SEQ;
      for (const item of node.items) {
        add(item, void 0, void 0, depth + 1);
        if (complex) return;
      }
    }
    values[at + 4] = (values.length - at) / FIELDS * 4 + kind;
  };
  add(root, void 0, void 0, 0);
  if (complex) return void 0;
  const starts = lines.lineStarts();
  const all = [...starts, ...values];
  let max = 0;
  for (const v of all) if (v > max) max = v;
  const wide = max >= NARROW_NONE;
  return { codes: encode(all, wide), wide, lines: starts.length, textLength: length, keys };
}
function tableLocator(table3) {
  const { codes, wide, lines, textLength, keys } = table3;
  const none = wide ? WIDE_NONE : NARROW_NONE;
  const at = wide ? (i) => codes.charCodeAt(2 * i) * 65536 + codes.charCodeAt(2 * i + 1) : (i) => codes.charCodeAt(i);
  const field = (node, f) => at(lines + node * FIELDS + f);
  const size = (i) => Math.floor(field(i, 4) / 4);
  const kind = (i) => field(i, 4) % 4;
  const position2 = (offset) => {
    const o = Math.max(0, Math.min(offset, textLength));
    let lo = 0;
    let hi = lines - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (at(mid) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - at(lo) + 1 };
  };
  const spanAt = (i, f) => {
    const start = field(i, f);
    if (start === none) return void 0;
    const a = position2(start);
    const b = position2(field(i, f + 1));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const rootSpan = () => spanAt(0, 0) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const child = (i, segment) => {
    const k = kind(i);
    if (k === 0) return -1;
    let wanted = -1;
    if (k === KIND_SEQ) {
      if (!INDEX.test(segment)) return -1;
      wanted = Number(segment);
    }
    const end = i + size(i);
    for (let c = i + 1, n = 0; c < end; c += size(c), n++) {
      if (k === KIND_MAP ? keys[field(c, 5)] === segment : n === wanted) return c;
    }
    return -1;
  };
  const resolve7 = (pointer) => {
    const segments = pointerSegments(pointer);
    if (segments === void 0) return { at: 0, exact: false };
    let node = 0;
    for (const segment of segments) {
      const next = child(node, segment);
      if (next < 0) return { at: node, exact: false };
      node = next;
    }
    return { at: node, exact: true };
  };
  return {
    locate(pointer) {
      const { at: node, exact } = resolve7(pointer);
      if (!exact) return spanAt(node, 2) ?? spanAt(node, 0) ?? rootSpan();
      return spanAt(node, 0) ?? spanAt(node, 2) ?? rootSpan();
    },
    locateKey(pointer) {
      const { at: node, exact } = resolve7(pointer);
      return exact ? spanAt(node, 2) : void 0;
    }
  };
}

// src/manifest/fields.ts
function fieldsOf(defName) {
  const out = [];
  const walk2 = (node, pointer, depth) => {
    if (depth > 16) return;
    if (refName(node) === defName) {
      out.push(pointer);
      return;
    }
    const s = derefSchema(node);
    for (const [key, child] of Object.entries(s.properties ?? {})) {
      walk2(child, `${pointer}/${escapePointerSegment(key)}`, depth + 1);
    }
    if (s.items) walk2(s.items, `${pointer}/*`, depth + 1);
  };
  walk2(AGENT_SCHEMA, "", 0);
  return out.sort();
}
var DURATION_FIELDS = Object.freeze(fieldsOf("duration"));
var DATE_FIELDS = Object.freeze(fieldsOf("date"));
function matchesField(pattern, pointer) {
  const p = pattern.split("/");
  const q = pointer.split("/");
  return p.length === q.length && p.every((seg, i) => seg === q[i] || seg === "*" && /^(0|[1-9][0-9]*)$/.test(q[i] ?? ""));
}
function isDurationField(pointer) {
  return DURATION_FIELDS.some((f) => matchesField(f, pointer));
}
function isDateField(pointer) {
  return DATE_FIELDS.some((f) => matchesField(f, pointer));
}
function pointersOf(data, pattern) {
  const segments = pointerSegments(pattern) ?? [];
  let frontier = [["", data]];
  for (const seg of segments) {
    const next = [];
    for (const [pointer, value] of frontier) {
      if (seg === "*") {
        if (Array.isArray(value)) value.forEach((item, i) => next.push([`${pointer}/${i}`, item]));
      } else if (isPlainObject(value) && Object.hasOwn(value, seg)) {
        next.push([`${pointer}/${escapePointerSegment(seg)}`, value[seg]]);
      }
    }
    frontier = next;
  }
  return frontier.map(([pointer]) => pointer);
}
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/manifest/secrets.ts
var REDACTED = "[REDACTED]";
var FORMATS = [
  { kind: "GitHub token", pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,251}/g },
  { kind: "GitHub token", pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,251}/g },
  {
    kind: "AWS access key id",
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g
  },
  {
    kind: "AWS secret access key",
    pattern: /aws_?secret_?access_?key["']?\s{0,5}[:=]\s{0,5}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    group: 1
  },
  { kind: "Anthropic API key", pattern: /(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,250}/g },
  { kind: "OpenAI API key", pattern: /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,250}/g },
  { kind: "OpenAI API key", pattern: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9]{32,250}(?![A-Za-z0-9_-])/g },
  { kind: "Slack token", pattern: /(?<![A-Za-z0-9_-])xox[abposr]-[A-Za-z0-9-]{10,250}/g },
  {
    kind: "Slack webhook URL",
    pattern: /hooks\.slack\.com\/services\/T[A-Za-z0-9_]{4,40}\/B[A-Za-z0-9_]{4,40}\/[A-Za-z0-9_]{16,64}/g
  },
  { kind: "Stripe secret key", pattern: /(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{20,250}/g },
  { kind: "Google API key", pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  {
    kind: "JWT",
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
    accept: hasJsonHeader
  },
  {
    kind: "password in a setting",
    pattern: /(?<![A-Za-z0-9_])(?:password|passwd|pwd|client_?secret|api_?key|access_?token)\s{0,3}=\s{0,3}["']?([^\s"'&;,<>]{4,256})/gi,
    group: 1,
    accept: (v) => !isPlaceholder(v) && !isReference(v)
  }
];
var PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;
var PEM_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;
var SECRET_WORDS = /* @__PURE__ */ new Set([
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
  "privatekey"
]);
var PASSWORD_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "pwd", "passphrase"]);
var REFERENCE_SCHEMES = /^(?:vault|aws-sm|aws-ssm|ssm|gcp-sm|gcp|azure-kv|keyvault|akv|k8s|kubernetes|secret|secrets|op|env|file|arn|sops|doppler|infisical|1password|onepassword):\S+$/i;
function isReference(value) {
  const v = value.trim();
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S*$/.test(v) || REFERENCE_SCHEMES.test(v) || /^\$\{\{[^}]*\}\}$/.test(v) || /^\$\{[^}]+\}$/.test(v) || /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(v) || /^projects\/[^/\s]+\/secrets\/\S+$/.test(v);
}
function isPlaceholder(value) {
  const v = value.trim();
  return v === "" || /^[*xX.•-]+$/.test(v) || /^<[^>]*>$/.test(v) || /^\{\{.*\}\}$/.test(v) || /^\$\{?[A-Za-z_{]/.test(v) || /^%\w$/.test(v) || /^(?:redacted|\[redacted\]|none|null)$/i.test(v);
}
function entropy(value) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const c of value) counts2.set(c, (counts2.get(c) ?? 0) + 1);
  let bits = 0;
  const n = [...value].length;
  for (const count2 of counts2.values()) {
    const p = count2 / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}
var ENTROPY_MIN_LENGTH = 20;
var ENTROPY_THRESHOLD = 3.5;
function keyWords(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function secretLikeKey(key) {
  const words2 = keyWords(key);
  const last = words2[words2.length - 1];
  if (last === void 0) return false;
  if (SECRET_WORDS.has(last)) return true;
  return last === "ref" && words2.includes("secret");
}
function looksRandom(value) {
  return value.length >= ENTROPY_MIN_LENGTH && !/\s/.test(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && entropy(value) >= ENTROPY_THRESHOLD;
}
function hasJsonHeader(jwt) {
  const header2 = jwt.slice(0, jwt.indexOf("."));
  try {
    const decoded = JSON.parse(Buffer.from(header2, "base64url").toString("utf8"));
    return isPlainObject(decoded) && (typeof decoded.alg === "string" || typeof decoded.typ === "string");
  } catch {
    return false;
  }
}
function pemBlocks(text3) {
  const out = [];
  let from = 0;
  for (; ; ) {
    PEM_BEGIN.lastIndex = from;
    const begin = PEM_BEGIN.exec(text3);
    if (!begin) return out;
    PEM_END.lastIndex = begin.index + begin[0].length;
    const end = PEM_END.exec(text3);
    if (!end) {
      out.push(text3.slice(begin.index));
      return out;
    }
    out.push(text3.slice(begin.index, end.index + end[0].length));
    from = end.index + end[0].length;
  }
}
function connectionStringPasswords(text3) {
  const out = [];
  for (let i = text3.indexOf("://"); i !== -1; i = text3.indexOf("://", i + 3)) {
    let start = i;
    while (start > 0 && i - start < 32 && /[A-Za-z0-9+.-]/.test(text3[start - 1])) start--;
    if (start === i || !/[A-Za-z]/.test(text3[start])) continue;
    let j = i + 3;
    const limit = Math.min(text3.length, j + 512);
    while (j < limit && !"/?#@ 	\r\n".includes(text3[j])) j++;
    if (text3[j] !== "@") continue;
    const userinfo = text3.slice(i + 3, j);
    const colon = userinfo.indexOf(":");
    if (colon === -1) continue;
    const password = userinfo.slice(colon + 1);
    if (password.length > 0 && !isPlaceholder(password)) out.push(password);
  }
  return out;
}
var FORMAT_PREFILTER = /gh[pousr]_|github_pat_|AKIA|ASIA|ABIA|ACCA|aws_?secret|sk-|xox[abposr]-|hooks\.slack\.com|_live_|AIza|eyJ|password|passwd|pwd|client_?secret|api_?key|access_?token/i;
var keyTraitsMemo = /* @__PURE__ */ new Map();
var KEY_MEMO_LIMIT = 4096;
function keyTraits(key) {
  let traits = keyTraitsMemo.get(key);
  if (traits) return traits;
  const secretLike = secretLikeKey(key);
  traits = { secretLike, password: secretLike && keyWords(key).some((w) => PASSWORD_WORDS.has(w)) };
  if (keyTraitsMemo.size >= KEY_MEMO_LIMIT) keyTraitsMemo.clear();
  keyTraitsMemo.set(key, traits);
  return traits;
}
function scanString(text3, key) {
  const found = [];
  if (FORMAT_PREFILTER.test(text3)) {
    for (const f of FORMATS) {
      f.pattern.lastIndex = 0;
      for (const m of text3.matchAll(f.pattern)) {
        const value = m[f.group ?? 0];
        if (value && (!f.accept || f.accept(value))) found.push([f.kind, value]);
      }
    }
  }
  if (text3.includes("-----BEGIN ")) for (const block of pemBlocks(text3)) found.push(["private key", block]);
  for (const password of connectionStringPasswords(text3))
    found.push(["password in connection string", password]);
  const traits = key === void 0 || found.length > 0 ? void 0 : keyTraits(key);
  if (traits?.secretLike && key !== void 0 && !isReference(text3) && !isPlaceholder(text3)) {
    if (traits.password && text3.trim().length >= 4) found.push([`password in ${quoteKey(key)}`, text3]);
    else if (looksRandom(text3.trim())) found.push([`high-entropy string in ${quoteKey(key)}`, text3]);
  }
  return found;
}
function quoteKey(key) {
  return key.length <= 40 && /^[\w.-]+$/.test(key) ? `'${key}'` : "a secret-like field";
}
function findSecrets(data) {
  const hits = [];
  const values = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const record2 = (pointer, text3, key) => {
    for (const [kind, value] of scanString(text3, key)) {
      const id = `${pointer}\0${kind}`;
      if (!seen.has(id)) {
        seen.add(id);
        hits.push({ pointer, kind });
      }
      values.add(value);
      values.add(text3);
    }
  };
  const stack = [[data, "", void 0]];
  while (stack.length > 0) {
    const [value, pointer, key] = stack.pop();
    if (typeof value === "string") {
      record2(pointer, value, key);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${pointer}/${i}`, key]);
    } else if (isPlainObject(value)) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        const child = `${pointer}/${escapePointerSegment(k)}`;
        record2(child, k, void 0);
        stack.push([value[k], child, k]);
      }
    }
  }
  return { hits, values: [...values] };
}
function redactionForms(values) {
  const forms = /* @__PURE__ */ new Set();
  for (const v of values) {
    if (v.length < 4) continue;
    forms.add(v);
    const escaped = JSON.stringify(v).slice(1, -1);
    if (escaped !== v) forms.add(escaped);
  }
  return [...forms].sort((a, b) => b.length - a.length);
}
function redactText(text3, values) {
  let out = text3;
  for (const form of redactionForms(values)) {
    if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}
function redactPointer(pointer, redact) {
  const segments = pointerSegments(pointer);
  return segments === void 0 ? redact(pointer) : joinPointer(segments.map(redact));
}

// src/manifest/agent-validator.ts
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);

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

// src/manifest/precompiled-validator.ts
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/agentpolicy/agentpolicy/main/schema/agent.schema.json", "title": "agentpolicy agent manifest (agentpolicy.dev/v1)", "description": "Declares one AI agent: who owns it, which identity it runs as, what it may access, how its credentials live, which human gates guard it and how it is audited. The schema checks shape and types only; whether a governance field is present at all is judged by agentpolicy's checks.", "type": "object", "required": ["apiVersion", "kind", "metadata"], "properties": { "$schema": { "description": "Optional URL of this JSON Schema, so editors can validate the file and show these descriptions.", "type": "string" }, "apiVersion": { "description": "Manifest format version. Always agentpolicy.dev/v1 for this format.", "const": "agentpolicy.dev/v1" }, "kind": { "description": "Document kind. Always Agent; documents of other kinds are not agent manifests.", "const": "Agent" }, "metadata": { "description": "Who the agent is and who is accountable for it.", "type": "object", "required": ["name"], "properties": { "name": { "description": "Agent name: a lowercase DNS label (a-z, 0-9 and '-', at most 63 characters), unique across the scanned manifests.", "$ref": "#/$defs/agentName" }, "description": { "description": "What the agent does, in one sentence.", "type": "string" }, "owner": { "description": "Accountable owner: a team (team:<slug>) or a person (email address).", "type": "string", "examples": ["team:finance-platform", "jane.doe@example.com"] }, "sponsor": { "description": "Accountable human sponsor: a person's email address, not a team or a bot.", "type": "string", "examples": ["jane.doe@example.com"] }, "environment": { "description": "Where the agent runs.", "enum": ["production", "staging", "development"] }, "review_by": { "description": "Date of the next access recertification, as an ISO date (YYYY-MM-DD).", "$ref": "#/$defs/date" }, "labels": { "description": "Free-form labels: a map of string keys to string values.", "type": "object", "additionalProperties": { "description": "A label value.", "type": "string" } } } }, "identity": { "description": "The workload identity the agent authenticates as.", "type": "object", "properties": { "id": { "description": "Unique, verifiable identifier of the agent's identity: a URI (for example a SPIFFE ID) or the identity provider's id.", "type": "string", "examples": ["spiffe://example.com/agents/invoice-reconciler"] }, "provider": { "description": "Identity provider that issues and verifies the identity.", "enum": ["entra", "okta", "aws-iam", "gcp-iam", "azure-managed-identity", "spiffe", "kubernetes", "github-oidc", "other", "none"] }, "principal": { "description": "Object id, client id or principal name of the identity in that provider.", "type": "string" } } }, "risk": { "description": "Risk classification of the agent.", "type": "object", "properties": { "eu_ai_act": { "description": "EU AI Act risk tier of the system the agent is part of.", "enum": ["prohibited", "high", "limited", "minimal"] }, "annex_iii": { "description": "EU AI Act Annex III area; expected when the tier is high.", "enum": ["biometrics", "critical-infrastructure", "education", "employment", "essential-services", "law-enforcement", "migration", "justice-democracy"] }, "role": { "description": "The organisation's EU AI Act role for this system.", "enum": ["deployer", "provider"] }, "data_classes": { "description": "Classes of data the agent handles.", "type": "array", "items": { "description": "A data class.", "enum": ["public", "internal", "confidential", "restricted", "personal", "special-category"] } }, "autonomy": { "description": "How far the agent acts without a human.", "enum": ["human-in-the-loop", "supervised", "autonomous"] }, "purpose": { "description": "Intended purpose of the agent, in plain words.", "type": "string" } } }, "model": { "description": "The model the agent runs on.", "type": "object", "properties": { "provider": { "description": "Model provider.", "type": "string", "examples": ["anthropic", "openai", "azure-openai", "self-hosted"] }, "name": { "description": "Model name.", "type": "string" }, "version": { "description": "Pinned model version or snapshot; 'latest' is not a pin.", "type": ["string", "number"] } } }, "permissions": { "description": "Every access the agent has, listed explicitly.", "type": "array", "items": { "$ref": "#/$defs/permission" } }, "credentials": { "description": "Credentials the agent uses, as references to where they live (never the secret itself).", "type": "array", "items": { "$ref": "#/$defs/credential" } }, "approvals": { "description": "Human approval gates for sensitive operations.", "type": "array", "items": { "$ref": "#/$defs/approval" } }, "audit": { "description": "Audit logging of the agent's actions.", "type": "object", "properties": { "enabled": { "description": "Whether the agent's actions are written to an audit log.", "type": "boolean" }, "sink": { "description": "Where audit events are written.", "type": "string" }, "immutable": { "description": "Whether the audit log is append-only (WORM).", "type": "boolean" }, "retention": { "description": "How long audit events are kept: a duration such as 400d or P400D, or a number of seconds.", "$ref": "#/$defs/duration" }, "events": { "description": "Event types written to the audit log.", "type": "array", "items": { "description": "An event type, for example tool_call, authentication, approval, data_access or credential_use.", "type": "string" } } } }, "monitoring": { "description": "Runtime monitoring of the agent.", "type": "object", "properties": { "siem": { "description": "SIEM that receives the agent's events.", "type": "string" }, "baseline": { "description": "Whether a behaviour baseline has been established.", "type": "boolean" }, "alerts": { "description": "Alerts configured for the agent.", "type": "array", "items": { "description": "An alert name, for example volume_anomaly or new_resource_access.", "type": "string" } }, "rate_limit": { "description": "Rate limit on the agent's actions, as count/unit (s, m, h or d), for example 600/m.", "type": "string", "pattern": "^[0-9]+/(s|m|h|d)$", "patternErrorMessage": "must be a count per unit such as 600/m (units s, m, h, d)" } } }, "oversight": { "description": "Human oversight of the running agent.", "type": "object", "properties": { "kill_switch": { "description": "Whether a human can stop the agent at once.", "type": "boolean" }, "incident_contact": { "description": "Who to contact about an incident involving the agent.", "type": "string" } } }, "transparency": { "description": "Transparency towards people the agent interacts with.", "type": "object", "properties": { "discloses_ai": { "description": "Whether people the agent talks to are told it is an AI.", "type": "boolean" } } }, "tools": { "description": "MCP servers, plugins, functions and sub-agents the agent can call.", "type": "array", "items": { "$ref": "#/$defs/tool" } }, "delegation": { "description": "Whether and to whom the agent hands work.", "type": "object", "properties": { "can_delegate": { "description": "Whether the agent may hand work to other agents.", "type": "boolean" }, "sub_agents": { "description": "Names of the other agents it may hand work to.", "type": "array", "items": { "description": "The metadata.name of another agent.", "$ref": "#/$defs/agentName" } } } } }, "$defs": { "agentName": { "description": "A lowercase DNS label: a-z, 0-9 and '-', starting and ending with a letter or digit, at most 63 characters.", "type": "string", "maxLength": 63, "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "patternErrorMessage": "must be a lowercase DNS label (a-z, 0-9 and '-', starting and ending with a letter or digit)" }, "duration": { "description": "A duration: 30s, 15m, 1h, 7d, 2w, combinations such as 1h30m, ISO 8601 such as PT1H or P30D (Y = 365 days, M = 30 days), or a number of seconds.", "type": ["string", "number"], "minimum": 0, "pattern": "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$", "patternErrorMessage": "must be a duration such as 30s, 15m, 1h, 7d, PT1H or P30D" }, "date": { "description": "An ISO 8601 calendar date, YYYY-MM-DD.", "type": "string", "format": "date" }, "permission": { "description": "One access the agent has.", "type": "object", "properties": { "resource": { "description": "What is accessed, as a URI or name; '*' and a trailing '/*' are wildcards.", "type": "string", "examples": ["postgres://finance/invoices", "github://acme/*"] }, "actions": { "description": "Actions allowed on the resource.", "type": "array", "items": { "description": "An action; '*' means every action.", "enum": ["read", "write", "delete", "admin", "execute", "send", "deploy", "export", "*"] } }, "category": { "description": "Kind of resource, used to judge how sensitive the access is.", "enum": ["database", "workflow", "deployment", "email", "external-api", "filesystem", "code-execution", "payments", "identity", "secrets"] }, "justification": { "description": "Why the agent needs this access.", "type": "string" }, "approval": { "description": "Name of the approval gate (in approvals) that guards this access.", "type": "string" } } }, "credential": { "description": "One credential the agent uses.", "type": "object", "properties": { "name": { "description": "Name of the credential.", "type": "string" }, "type": { "description": "Kind of credential.", "enum": ["oidc-federation", "workload-identity", "managed-identity", "oauth-client-credentials", "mtls", "api-key", "static-token", "password"] }, "ttl": { "description": "Lifetime of an issued token or certificate: a duration such as 15m or PT15M, or a number of seconds.", "$ref": "#/$defs/duration" }, "rotation": { "description": "Rotation period of a long-lived secret: a duration such as 30d or P30D, or a number of seconds.", "$ref": "#/$defs/duration" }, "secret_ref": { "description": "Reference to where the secret lives (for example vault://…, aws-sm://…, env:NAME); never the secret itself.", "type": "string", "examples": ["vault://kv/finance/db"] }, "audience": { "description": "Audience the credential is issued for.", "type": "string" }, "shared": { "description": "True when other agents or people use the same credential.", "type": "boolean" } } }, "approval": { "description": "A human approval gate.", "type": "object", "properties": { "name": { "description": "Name of the gate, referred to by permissions[].approval.", "type": "string" }, "approvers": { "description": "Who may approve: groups or people.", "type": "array", "items": { "description": "An approver, for example group:finance-controllers or a person's email.", "type": "string" } }, "min_approvals": { "description": "Number of approvals needed.", "type": "integer", "minimum": 0 }, "timeout": { "description": "How long the gate waits for approval: a duration such as 4h or PT4H, or a number of seconds.", "$ref": "#/$defs/duration" }, "on_timeout": { "description": "What happens when nobody approves in time.", "enum": ["deny", "allow"] } } }, "tool": { "description": "An MCP server, plugin, function or sub-agent the agent can call.", "type": "object", "properties": { "name": { "description": "Name of the tool.", "type": "string" }, "type": { "description": "Kind of tool.", "enum": ["mcp", "a2a", "plugin", "function"] }, "source": { "description": "Where the tool comes from: an image, package or URL.", "type": "string" }, "version": { "description": "Pinned version of the tool.", "type": ["string", "number"] }, "digest": { "description": "Content digest of the tool, algorithm:hex (for example sha256:…).", "type": "string", "pattern": "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$", "patternErrorMessage": "must be algorithm:hex, for example sha256:4f2c…" } } } } };
var schema32 = { "description": "A lowercase DNS label: a-z, 0-9 and '-', starting and ending with a letter or digit, at most 63 characters.", "type": "string", "maxLength": 63, "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "patternErrorMessage": "must be a lowercase DNS label (a-z, 0-9 and '-', starting and ending with a letter or digit)" };
var schema33 = { "description": "An ISO 8601 calendar date, YYYY-MM-DD.", "type": "string", "format": "date" };
var schema34 = { "description": "One access the agent has.", "type": "object", "properties": { "resource": { "description": "What is accessed, as a URI or name; '*' and a trailing '/*' are wildcards.", "type": "string", "examples": ["postgres://finance/invoices", "github://acme/*"] }, "actions": { "description": "Actions allowed on the resource.", "type": "array", "items": { "description": "An action; '*' means every action.", "enum": ["read", "write", "delete", "admin", "execute", "send", "deploy", "export", "*"] } }, "category": { "description": "Kind of resource, used to judge how sensitive the access is.", "enum": ["database", "workflow", "deployment", "email", "external-api", "filesystem", "code-execution", "payments", "identity", "secrets"] }, "justification": { "description": "Why the agent needs this access.", "type": "string" }, "approval": { "description": "Name of the approval gate (in approvals) that guards this access.", "type": "string" } } };
var schema36 = { "description": "A duration: 30s, 15m, 1h, 7d, 2w, combinations such as 1h30m, ISO 8601 such as PT1H or P30D (Y = 365 days, M = 30 days), or a number of seconds.", "type": ["string", "number"], "minimum": 0, "pattern": "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$", "patternErrorMessage": "must be a duration such as 30s, 15m, 1h, 7d, PT1H or P30D" };
var schema41 = { "description": "An MCP server, plugin, function or sub-agent the agent can call.", "type": "object", "properties": { "name": { "description": "Name of the tool.", "type": "string" }, "type": { "description": "Kind of tool.", "enum": ["mcp", "a2a", "plugin", "function"] }, "source": { "description": "Where the tool comes from: an image, package or URL.", "type": "string" }, "version": { "description": "Pinned version of the tool.", "type": ["string", "number"] }, "digest": { "description": "Content digest of the tool, algorithm:hex (for example sha256:…).", "type": "string", "pattern": "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$", "patternErrorMessage": "must be algorithm:hex, for example sha256:4f2c…" } } };
var func5 = require_ucs2length().default;
var func0 = boundedRegExp;
var pattern4 = func0("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var pattern5 = func0("^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$", "u");
var pattern9 = func0("^[0-9]+/(s|m|h|d)$", "u");
var pattern10 = func0("^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$", "u");
var formats0 = require_formats().fullFormats.date;
var schema35 = { "description": "One credential the agent uses.", "type": "object", "properties": { "name": { "description": "Name of the credential.", "type": "string" }, "type": { "description": "Kind of credential.", "enum": ["oidc-federation", "workload-identity", "managed-identity", "oauth-client-credentials", "mtls", "api-key", "static-token", "password"] }, "ttl": { "description": "Lifetime of an issued token or certificate: a duration such as 15m or PT15M, or a number of seconds.", "$ref": "#/$defs/duration" }, "rotation": { "description": "Rotation period of a long-lived secret: a duration such as 30d or P30D, or a number of seconds.", "$ref": "#/$defs/duration" }, "secret_ref": { "description": "Reference to where the secret lives (for example vault://…, aws-sm://…, env:NAME); never the secret itself.", "type": "string", "examples": ["vault://kv/finance/db"] }, "audience": { "description": "Audience the credential is issued for.", "type": "string" }, "shared": { "description": "True when other agents or people use the same credential.", "type": "boolean" } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err0 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.name.type, parentSchema: schema35.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (!(data1 === "oidc-federation" || data1 === "workload-identity" || data1 === "managed-identity" || data1 === "oauth-client-credentials" || data1 === "mtls" || data1 === "api-key" || data1 === "static-token" || data1 === "password")) {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema35.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.type.enum, parentSchema: schema35.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ttl !== void 0) {
      let data2 = data.ttl;
      if (typeof data2 !== "string" && !(typeof data2 == "number" && isFinite(data2))) {
        const err2 = { instancePath: instancePath + "/ttl", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema36.type }, message: "must be string,number", schema: schema36.type, parentSchema: schema36, data: data2 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err3 = { instancePath: instancePath + "/ttl", schemaPath: "#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36, data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (typeof data2 === "string") {
        if (!pattern5.test(data2)) {
          const err4 = { instancePath: instancePath + "/ttl", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$" }, message: 'must match pattern "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$"', schema: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$", parentSchema: schema36, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.rotation !== void 0) {
      let data3 = data.rotation;
      if (typeof data3 !== "string" && !(typeof data3 == "number" && isFinite(data3))) {
        const err5 = { instancePath: instancePath + "/rotation", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema36.type }, message: "must be string,number", schema: schema36.type, parentSchema: schema36, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err6 = { instancePath: instancePath + "/rotation", schemaPath: "#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err7 = { instancePath: instancePath + "/rotation", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$" }, message: 'must match pattern "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$"', schema: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$", parentSchema: schema36, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.secret_ref !== void 0) {
      let data4 = data.secret_ref;
      if (typeof data4 !== "string") {
        const err8 = { instancePath: instancePath + "/secret_ref", schemaPath: "#/properties/secret_ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.secret_ref.type, parentSchema: schema35.properties.secret_ref, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.audience !== void 0) {
      let data5 = data.audience;
      if (typeof data5 !== "string") {
        const err9 = { instancePath: instancePath + "/audience", schemaPath: "#/properties/audience/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.audience.type, parentSchema: schema35.properties.audience, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.shared !== void 0) {
      let data6 = data.shared;
      if (typeof data6 !== "boolean") {
        const err10 = { instancePath: instancePath + "/shared", schemaPath: "#/properties/shared/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.shared.type, parentSchema: schema35.properties.shared, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "name": true, "type": true, "ttl": true, "rotation": true, "secret_ref": true, "audience": true, "shared": true }, "dynamicProps": false, "dynamicItems": false };
var schema38 = { "description": "A human approval gate.", "type": "object", "properties": { "name": { "description": "Name of the gate, referred to by permissions[].approval.", "type": "string" }, "approvers": { "description": "Who may approve: groups or people.", "type": "array", "items": { "description": "An approver, for example group:finance-controllers or a person's email.", "type": "string" } }, "min_approvals": { "description": "Number of approvals needed.", "type": "integer", "minimum": 0 }, "timeout": { "description": "How long the gate waits for approval: a duration such as 4h or PT4H, or a number of seconds.", "$ref": "#/$defs/duration" }, "on_timeout": { "description": "What happens when nobody approves in time.", "enum": ["deny", "allow"] } } };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err0 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.name.type, parentSchema: schema38.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.approvers !== void 0) {
      let data1 = data.approvers;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err1 = { instancePath: instancePath + "/approvers/" + i0, schemaPath: "#/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.approvers.items.type, parentSchema: schema38.properties.approvers.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/approvers", schemaPath: "#/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.approvers.type, parentSchema: schema38.properties.approvers, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.min_approvals !== void 0) {
      let data3 = data.min_approvals;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err3 = { instancePath: instancePath + "/min_approvals", schemaPath: "#/properties/min_approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.properties.min_approvals.type, parentSchema: schema38.properties.min_approvals, data: data3 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err4 = { instancePath: instancePath + "/min_approvals", schemaPath: "#/properties/min_approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema38.properties.min_approvals, data: data3 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.timeout !== void 0) {
      let data4 = data.timeout;
      if (typeof data4 !== "string" && !(typeof data4 == "number" && isFinite(data4))) {
        const err5 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema36.type }, message: "must be string,number", schema: schema36.type, parentSchema: schema36, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err6 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36, data: data4 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (typeof data4 === "string") {
        if (!pattern5.test(data4)) {
          const err7 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$" }, message: 'must match pattern "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$"', schema: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$", parentSchema: schema36, data: data4 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.on_timeout !== void 0) {
      let data5 = data.on_timeout;
      if (!(data5 === "deny" || data5 === "allow")) {
        const err8 = { instancePath: instancePath + "/on_timeout", schemaPath: "#/properties/on_timeout/enum", keyword: "enum", params: { allowedValues: schema38.properties.on_timeout.enum }, message: "must be equal to one of the allowed values", schema: schema38.properties.on_timeout.enum, parentSchema: schema38.properties.on_timeout, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "name": true, "approvers": true, "min_approvals": true, "timeout": true, "on_timeout": true }, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if ("agentpolicy.dev/v1" !== data1) {
        const err4 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "agentpolicy.dev/v1" }, message: "must be equal to constant", schema: "agentpolicy.dev/v1", parentSchema: schema31.properties.apiVersion, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if ("Agent" !== data2) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Agent" }, message: "must be equal to constant", schema: "Agent", parentSchema: schema31.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data3 = data.metadata;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.name === void 0) {
          const err6 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.metadata.required, parentSchema: schema31.properties.metadata, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data3.name !== void 0) {
          let data4 = data3.name;
          if (typeof data4 === "string") {
            if (func5(data4) > 63) {
              const err7 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/agentName/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema32, data: data4 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern4.test(data4)) {
              const err8 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/agentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema32, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/agentName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.description !== void 0) {
          let data5 = data3.description;
          if (typeof data5 !== "string") {
            const err10 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/properties/metadata/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.metadata.properties.description.type, parentSchema: schema31.properties.metadata.properties.description, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.owner !== void 0) {
          let data6 = data3.owner;
          if (typeof data6 !== "string") {
            const err11 = { instancePath: instancePath + "/metadata/owner", schemaPath: "#/properties/metadata/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.metadata.properties.owner.type, parentSchema: schema31.properties.metadata.properties.owner, data: data6 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.sponsor !== void 0) {
          let data7 = data3.sponsor;
          if (typeof data7 !== "string") {
            const err12 = { instancePath: instancePath + "/metadata/sponsor", schemaPath: "#/properties/metadata/properties/sponsor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.metadata.properties.sponsor.type, parentSchema: schema31.properties.metadata.properties.sponsor, data: data7 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.environment !== void 0) {
          let data8 = data3.environment;
          if (!(data8 === "production" || data8 === "staging" || data8 === "development")) {
            const err13 = { instancePath: instancePath + "/metadata/environment", schemaPath: "#/properties/metadata/properties/environment/enum", keyword: "enum", params: { allowedValues: schema31.properties.metadata.properties.environment.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.metadata.properties.environment.enum, parentSchema: schema31.properties.metadata.properties.environment, data: data8 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.review_by !== void 0) {
          let data9 = data3.review_by;
          if (typeof data9 === "string") {
            if (!formats0.validate(data9)) {
              const err14 = { instancePath: instancePath + "/metadata/review_by", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data9 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/metadata/review_by", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data9 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.labels !== void 0) {
          let data10 = data3.labels;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key0 in data10) {
              let data11 = data10[key0];
              if (typeof data11 !== "string") {
                const err16 = { instancePath: instancePath + "/metadata/labels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema31.properties.metadata.properties.labels.additionalProperties, data: data11 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.metadata.properties.labels.type, parentSchema: schema31.properties.metadata.properties.labels, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.metadata.type, parentSchema: schema31.properties.metadata, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.identity !== void 0) {
      let data12 = data.identity;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.id !== void 0) {
          let data13 = data12.id;
          if (typeof data13 !== "string") {
            const err19 = { instancePath: instancePath + "/identity/id", schemaPath: "#/properties/identity/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.identity.properties.id.type, parentSchema: schema31.properties.identity.properties.id, data: data13 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data12.provider !== void 0) {
          let data14 = data12.provider;
          if (!(data14 === "entra" || data14 === "okta" || data14 === "aws-iam" || data14 === "gcp-iam" || data14 === "azure-managed-identity" || data14 === "spiffe" || data14 === "kubernetes" || data14 === "github-oidc" || data14 === "other" || data14 === "none")) {
            const err20 = { instancePath: instancePath + "/identity/provider", schemaPath: "#/properties/identity/properties/provider/enum", keyword: "enum", params: { allowedValues: schema31.properties.identity.properties.provider.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.identity.properties.provider.enum, parentSchema: schema31.properties.identity.properties.provider, data: data14 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data12.principal !== void 0) {
          let data15 = data12.principal;
          if (typeof data15 !== "string") {
            const err21 = { instancePath: instancePath + "/identity/principal", schemaPath: "#/properties/identity/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.identity.properties.principal.type, parentSchema: schema31.properties.identity.properties.principal, data: data15 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.identity.type, parentSchema: schema31.properties.identity, data: data12 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.risk !== void 0) {
      let data16 = data.risk;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.eu_ai_act !== void 0) {
          let data17 = data16.eu_ai_act;
          if (!(data17 === "prohibited" || data17 === "high" || data17 === "limited" || data17 === "minimal")) {
            const err23 = { instancePath: instancePath + "/risk/eu_ai_act", schemaPath: "#/properties/risk/properties/eu_ai_act/enum", keyword: "enum", params: { allowedValues: schema31.properties.risk.properties.eu_ai_act.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.risk.properties.eu_ai_act.enum, parentSchema: schema31.properties.risk.properties.eu_ai_act, data: data17 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data16.annex_iii !== void 0) {
          let data18 = data16.annex_iii;
          if (!(data18 === "biometrics" || data18 === "critical-infrastructure" || data18 === "education" || data18 === "employment" || data18 === "essential-services" || data18 === "law-enforcement" || data18 === "migration" || data18 === "justice-democracy")) {
            const err24 = { instancePath: instancePath + "/risk/annex_iii", schemaPath: "#/properties/risk/properties/annex_iii/enum", keyword: "enum", params: { allowedValues: schema31.properties.risk.properties.annex_iii.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.risk.properties.annex_iii.enum, parentSchema: schema31.properties.risk.properties.annex_iii, data: data18 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data16.role !== void 0) {
          let data19 = data16.role;
          if (!(data19 === "deployer" || data19 === "provider")) {
            const err25 = { instancePath: instancePath + "/risk/role", schemaPath: "#/properties/risk/properties/role/enum", keyword: "enum", params: { allowedValues: schema31.properties.risk.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.risk.properties.role.enum, parentSchema: schema31.properties.risk.properties.role, data: data19 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data16.data_classes !== void 0) {
          let data20 = data16.data_classes;
          if (Array.isArray(data20)) {
            const len0 = data20.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data21 = data20[i0];
              if (!(data21 === "public" || data21 === "internal" || data21 === "confidential" || data21 === "restricted" || data21 === "personal" || data21 === "special-category")) {
                const err26 = { instancePath: instancePath + "/risk/data_classes/" + i0, schemaPath: "#/properties/risk/properties/data_classes/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.risk.properties.data_classes.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.risk.properties.data_classes.items.enum, parentSchema: schema31.properties.risk.properties.data_classes.items, data: data21 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/risk/data_classes", schemaPath: "#/properties/risk/properties/data_classes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.risk.properties.data_classes.type, parentSchema: schema31.properties.risk.properties.data_classes, data: data20 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data16.autonomy !== void 0) {
          let data22 = data16.autonomy;
          if (!(data22 === "human-in-the-loop" || data22 === "supervised" || data22 === "autonomous")) {
            const err28 = { instancePath: instancePath + "/risk/autonomy", schemaPath: "#/properties/risk/properties/autonomy/enum", keyword: "enum", params: { allowedValues: schema31.properties.risk.properties.autonomy.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.risk.properties.autonomy.enum, parentSchema: schema31.properties.risk.properties.autonomy, data: data22 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data16.purpose !== void 0) {
          let data23 = data16.purpose;
          if (typeof data23 !== "string") {
            const err29 = { instancePath: instancePath + "/risk/purpose", schemaPath: "#/properties/risk/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.risk.properties.purpose.type, parentSchema: schema31.properties.risk.properties.purpose, data: data23 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.risk.type, parentSchema: schema31.properties.risk, data: data16 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data24 = data.model;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        if (data24.provider !== void 0) {
          let data25 = data24.provider;
          if (typeof data25 !== "string") {
            const err31 = { instancePath: instancePath + "/model/provider", schemaPath: "#/properties/model/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.model.properties.provider.type, parentSchema: schema31.properties.model.properties.provider, data: data25 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data24.name !== void 0) {
          let data26 = data24.name;
          if (typeof data26 !== "string") {
            const err32 = { instancePath: instancePath + "/model/name", schemaPath: "#/properties/model/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.model.properties.name.type, parentSchema: schema31.properties.model.properties.name, data: data26 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data24.version !== void 0) {
          let data27 = data24.version;
          if (typeof data27 !== "string" && !(typeof data27 == "number" && isFinite(data27))) {
            const err33 = { instancePath: instancePath + "/model/version", schemaPath: "#/properties/model/properties/version/type", keyword: "type", params: { type: schema31.properties.model.properties.version.type }, message: "must be string,number", schema: schema31.properties.model.properties.version.type, parentSchema: schema31.properties.model.properties.version, data: data27 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.model.type, parentSchema: schema31.properties.model, data: data24 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0) {
      let data28 = data.permissions;
      if (Array.isArray(data28)) {
        const len1 = data28.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data29 = data28[i1];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.resource !== void 0) {
              let data30 = data29.resource;
              if (typeof data30 !== "string") {
                const err35 = { instancePath: instancePath + "/permissions/" + i1 + "/resource", schemaPath: "#/$defs/permission/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.resource.type, parentSchema: schema34.properties.resource, data: data30 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data29.actions !== void 0) {
              let data31 = data29.actions;
              if (Array.isArray(data31)) {
                const len2 = data31.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data32 = data31[i2];
                  if (!(data32 === "read" || data32 === "write" || data32 === "delete" || data32 === "admin" || data32 === "execute" || data32 === "send" || data32 === "deploy" || data32 === "export" || data32 === "*")) {
                    const err36 = { instancePath: instancePath + "/permissions/" + i1 + "/actions/" + i2, schemaPath: "#/$defs/permission/properties/actions/items/enum", keyword: "enum", params: { allowedValues: schema34.properties.actions.items.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.actions.items.enum, parentSchema: schema34.properties.actions.items, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
              } else {
                const err37 = { instancePath: instancePath + "/permissions/" + i1 + "/actions", schemaPath: "#/$defs/permission/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.actions.type, parentSchema: schema34.properties.actions, data: data31 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data29.category !== void 0) {
              let data33 = data29.category;
              if (!(data33 === "database" || data33 === "workflow" || data33 === "deployment" || data33 === "email" || data33 === "external-api" || data33 === "filesystem" || data33 === "code-execution" || data33 === "payments" || data33 === "identity" || data33 === "secrets")) {
                const err38 = { instancePath: instancePath + "/permissions/" + i1 + "/category", schemaPath: "#/$defs/permission/properties/category/enum", keyword: "enum", params: { allowedValues: schema34.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.category.enum, parentSchema: schema34.properties.category, data: data33 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data29.justification !== void 0) {
              let data34 = data29.justification;
              if (typeof data34 !== "string") {
                const err39 = { instancePath: instancePath + "/permissions/" + i1 + "/justification", schemaPath: "#/$defs/permission/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.justification.type, parentSchema: schema34.properties.justification, data: data34 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data29.approval !== void 0) {
              let data35 = data29.approval;
              if (typeof data35 !== "string") {
                const err40 = { instancePath: instancePath + "/permissions/" + i1 + "/approval", schemaPath: "#/$defs/permission/properties/approval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.approval.type, parentSchema: schema34.properties.approval, data: data35 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/permissions/" + i1, schemaPath: "#/$defs/permission/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data29 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.permissions.type, parentSchema: schema31.properties.permissions, data: data28 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.credentials !== void 0) {
      let data36 = data.credentials;
      if (Array.isArray(data36)) {
        const len3 = data36.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate21(data36[i3], { instancePath: instancePath + "/credentials/" + i3, parentData: data36, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/credentials", schemaPath: "#/properties/credentials/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.credentials.type, parentSchema: schema31.properties.credentials, data: data36 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data38 = data.approvals;
      if (Array.isArray(data38)) {
        const len4 = data38.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate23(data38[i4], { instancePath: instancePath + "/approvals/" + i4, parentData: data38, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.approvals.type, parentSchema: schema31.properties.approvals, data: data38 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.audit !== void 0) {
      let data40 = data.audit;
      if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
        if (data40.enabled !== void 0) {
          let data41 = data40.enabled;
          if (typeof data41 !== "boolean") {
            const err45 = { instancePath: instancePath + "/audit/enabled", schemaPath: "#/properties/audit/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.audit.properties.enabled.type, parentSchema: schema31.properties.audit.properties.enabled, data: data41 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data40.sink !== void 0) {
          let data42 = data40.sink;
          if (typeof data42 !== "string") {
            const err46 = { instancePath: instancePath + "/audit/sink", schemaPath: "#/properties/audit/properties/sink/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.audit.properties.sink.type, parentSchema: schema31.properties.audit.properties.sink, data: data42 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data40.immutable !== void 0) {
          let data43 = data40.immutable;
          if (typeof data43 !== "boolean") {
            const err47 = { instancePath: instancePath + "/audit/immutable", schemaPath: "#/properties/audit/properties/immutable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.audit.properties.immutable.type, parentSchema: schema31.properties.audit.properties.immutable, data: data43 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data40.retention !== void 0) {
          let data44 = data40.retention;
          if (typeof data44 !== "string" && !(typeof data44 == "number" && isFinite(data44))) {
            const err48 = { instancePath: instancePath + "/audit/retention", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema36.type }, message: "must be string,number", schema: schema36.type, parentSchema: schema36, data: data44 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (typeof data44 == "number" && isFinite(data44)) {
            if (data44 < 0 || isNaN(data44)) {
              const err49 = { instancePath: instancePath + "/audit/retention", schemaPath: "#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36, data: data44 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          if (typeof data44 === "string") {
            if (!pattern5.test(data44)) {
              const err50 = { instancePath: instancePath + "/audit/retention", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$" }, message: 'must match pattern "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$"', schema: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhdw]\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$", parentSchema: schema36, data: data44 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
        }
        if (data40.events !== void 0) {
          let data45 = data40.events;
          if (Array.isArray(data45)) {
            const len5 = data45.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data46 = data45[i5];
              if (typeof data46 !== "string") {
                const err51 = { instancePath: instancePath + "/audit/events/" + i5, schemaPath: "#/properties/audit/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.audit.properties.events.items.type, parentSchema: schema31.properties.audit.properties.events.items, data: data46 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/audit/events", schemaPath: "#/properties/audit/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.audit.properties.events.type, parentSchema: schema31.properties.audit.properties.events, data: data45 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.audit.type, parentSchema: schema31.properties.audit, data: data40 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.monitoring !== void 0) {
      let data47 = data.monitoring;
      if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
        if (data47.siem !== void 0) {
          let data48 = data47.siem;
          if (typeof data48 !== "string") {
            const err54 = { instancePath: instancePath + "/monitoring/siem", schemaPath: "#/properties/monitoring/properties/siem/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.monitoring.properties.siem.type, parentSchema: schema31.properties.monitoring.properties.siem, data: data48 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data47.baseline !== void 0) {
          let data49 = data47.baseline;
          if (typeof data49 !== "boolean") {
            const err55 = { instancePath: instancePath + "/monitoring/baseline", schemaPath: "#/properties/monitoring/properties/baseline/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.monitoring.properties.baseline.type, parentSchema: schema31.properties.monitoring.properties.baseline, data: data49 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data47.alerts !== void 0) {
          let data50 = data47.alerts;
          if (Array.isArray(data50)) {
            const len6 = data50.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data51 = data50[i6];
              if (typeof data51 !== "string") {
                const err56 = { instancePath: instancePath + "/monitoring/alerts/" + i6, schemaPath: "#/properties/monitoring/properties/alerts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.monitoring.properties.alerts.items.type, parentSchema: schema31.properties.monitoring.properties.alerts.items, data: data51 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/monitoring/alerts", schemaPath: "#/properties/monitoring/properties/alerts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.monitoring.properties.alerts.type, parentSchema: schema31.properties.monitoring.properties.alerts, data: data50 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data47.rate_limit !== void 0) {
          let data52 = data47.rate_limit;
          if (typeof data52 === "string") {
            if (!pattern9.test(data52)) {
              const err58 = { instancePath: instancePath + "/monitoring/rate_limit", schemaPath: "#/properties/monitoring/properties/rate_limit/pattern", keyword: "pattern", params: { pattern: "^[0-9]+/(s|m|h|d)$" }, message: 'must match pattern "^[0-9]+/(s|m|h|d)$"', schema: "^[0-9]+/(s|m|h|d)$", parentSchema: schema31.properties.monitoring.properties.rate_limit, data: data52 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/monitoring/rate_limit", schemaPath: "#/properties/monitoring/properties/rate_limit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.monitoring.properties.rate_limit.type, parentSchema: schema31.properties.monitoring.properties.rate_limit, data: data52 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.monitoring.type, parentSchema: schema31.properties.monitoring, data: data47 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.oversight !== void 0) {
      let data53 = data.oversight;
      if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
        if (data53.kill_switch !== void 0) {
          let data54 = data53.kill_switch;
          if (typeof data54 !== "boolean") {
            const err61 = { instancePath: instancePath + "/oversight/kill_switch", schemaPath: "#/properties/oversight/properties/kill_switch/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.oversight.properties.kill_switch.type, parentSchema: schema31.properties.oversight.properties.kill_switch, data: data54 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data53.incident_contact !== void 0) {
          let data55 = data53.incident_contact;
          if (typeof data55 !== "string") {
            const err62 = { instancePath: instancePath + "/oversight/incident_contact", schemaPath: "#/properties/oversight/properties/incident_contact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.oversight.properties.incident_contact.type, parentSchema: schema31.properties.oversight.properties.incident_contact, data: data55 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/oversight", schemaPath: "#/properties/oversight/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.oversight.type, parentSchema: schema31.properties.oversight, data: data53 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.transparency !== void 0) {
      let data56 = data.transparency;
      if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
        if (data56.discloses_ai !== void 0) {
          let data57 = data56.discloses_ai;
          if (typeof data57 !== "boolean") {
            const err64 = { instancePath: instancePath + "/transparency/discloses_ai", schemaPath: "#/properties/transparency/properties/discloses_ai/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.transparency.properties.discloses_ai.type, parentSchema: schema31.properties.transparency.properties.discloses_ai, data: data57 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/transparency", schemaPath: "#/properties/transparency/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.transparency.type, parentSchema: schema31.properties.transparency, data: data56 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data58 = data.tools;
      if (Array.isArray(data58)) {
        const len7 = data58.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data59 = data58[i7];
          if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
            if (data59.name !== void 0) {
              let data60 = data59.name;
              if (typeof data60 !== "string") {
                const err66 = { instancePath: instancePath + "/tools/" + i7 + "/name", schemaPath: "#/$defs/tool/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.name.type, parentSchema: schema41.properties.name, data: data60 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data59.type !== void 0) {
              let data61 = data59.type;
              if (!(data61 === "mcp" || data61 === "a2a" || data61 === "plugin" || data61 === "function")) {
                const err67 = { instancePath: instancePath + "/tools/" + i7 + "/type", schemaPath: "#/$defs/tool/properties/type/enum", keyword: "enum", params: { allowedValues: schema41.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.type.enum, parentSchema: schema41.properties.type, data: data61 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data59.source !== void 0) {
              let data62 = data59.source;
              if (typeof data62 !== "string") {
                const err68 = { instancePath: instancePath + "/tools/" + i7 + "/source", schemaPath: "#/$defs/tool/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.source.type, parentSchema: schema41.properties.source, data: data62 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data59.version !== void 0) {
              let data63 = data59.version;
              if (typeof data63 !== "string" && !(typeof data63 == "number" && isFinite(data63))) {
                const err69 = { instancePath: instancePath + "/tools/" + i7 + "/version", schemaPath: "#/$defs/tool/properties/version/type", keyword: "type", params: { type: schema41.properties.version.type }, message: "must be string,number", schema: schema41.properties.version.type, parentSchema: schema41.properties.version, data: data63 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data59.digest !== void 0) {
              let data64 = data59.digest;
              if (typeof data64 === "string") {
                if (!pattern10.test(data64)) {
                  const err70 = { instancePath: instancePath + "/tools/" + i7 + "/digest", schemaPath: "#/$defs/tool/properties/digest/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$" }, message: 'must match pattern "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$"', schema: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$", parentSchema: schema41.properties.digest, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              } else {
                const err71 = { instancePath: instancePath + "/tools/" + i7 + "/digest", schemaPath: "#/$defs/tool/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.digest.type, parentSchema: schema41.properties.digest, data: data64 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
          } else {
            const err72 = { instancePath: instancePath + "/tools/" + i7, schemaPath: "#/$defs/tool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data: data59 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.tools.type, parentSchema: schema31.properties.tools, data: data58 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.delegation !== void 0) {
      let data65 = data.delegation;
      if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
        if (data65.can_delegate !== void 0) {
          let data66 = data65.can_delegate;
          if (typeof data66 !== "boolean") {
            const err74 = { instancePath: instancePath + "/delegation/can_delegate", schemaPath: "#/properties/delegation/properties/can_delegate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.delegation.properties.can_delegate.type, parentSchema: schema31.properties.delegation.properties.can_delegate, data: data66 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data65.sub_agents !== void 0) {
          let data67 = data65.sub_agents;
          if (Array.isArray(data67)) {
            const len8 = data67.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data68 = data67[i8];
              if (typeof data68 === "string") {
                if (func5(data68) > 63) {
                  const err75 = { instancePath: instancePath + "/delegation/sub_agents/" + i8, schemaPath: "#/$defs/agentName/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema32, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                if (!pattern4.test(data68)) {
                  const err76 = { instancePath: instancePath + "/delegation/sub_agents/" + i8, schemaPath: "#/$defs/agentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema32, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              } else {
                const err77 = { instancePath: instancePath + "/delegation/sub_agents/" + i8, schemaPath: "#/$defs/agentName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data68 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
          } else {
            const err78 = { instancePath: instancePath + "/delegation/sub_agents", schemaPath: "#/properties/delegation/properties/sub_agents/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.delegation.properties.sub_agents.type, parentSchema: schema31.properties.delegation.properties.sub_agents, data: data67 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
      } else {
        const err79 = { instancePath: instancePath + "/delegation", schemaPath: "#/properties/delegation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.delegation.type, parentSchema: schema31.properties.delegation, data: data65 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
  } else {
    const err80 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err80];
    } else {
      vErrors.push(err80);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "$schema": true, "apiVersion": true, "kind": true, "metadata": true, "identity": true, "risk": true, "model": true, "permissions": true, "credentials": true, "approvals": true, "audit": true, "monitoring": true, "oversight": true, "transparency": true, "tools": true, "delegation": true }, "dynamicProps": false, "dynamicItems": false };
var PRECOMPILED = validate;

// src/manifest/agent-validator.ts
function agentAjv(source = false) {
  const ajv2 = new import__.Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    verbose: true,
    code: source ? { regExp: boundedRegExp, source: true, esm: true } : { regExp: boundedRegExp }
  });
  ajv2.addKeyword({ keyword: "patternErrorMessage", schemaType: "string" });
  import_ajv_formats.default.default(ajv2, ["date"]);
  return ajv2;
}
var compiled;
function agentValidator() {
  compiled ??= PRECOMPILED ?? agentAjv().compile(AGENT_SCHEMA);
  return compiled;
}

// src/manifest/unknown-fields.ts
var UNKNOWN_FIELD = "AP-SCHEMA-002";
function unknownFields(data) {
  const findings = [];
  const walk2 = (node, value, pointer, depth) => {
    if (depth > 32) return;
    const s = derefSchema(node);
    if (isPlainObject(value) && s.properties) {
      const declared = s.properties;
      const extra = typeof s.additionalProperties === "object" ? s.additionalProperties : void 0;
      for (const key of Object.keys(value)) {
        const child = `${pointer}/${escapePointerSegment(key)}`;
        if (Object.hasOwn(declared, key)) walk2(declared[key], value[key], child, depth + 1);
        else if (extra) walk2(extra, value[key], child, depth + 1);
        else if (s.additionalProperties !== false)
          findings.push(unknown(key, pointer, Object.keys(declared)));
      }
    } else if (Array.isArray(value) && s.items) {
      value.forEach((item, i) => walk2(s.items, item, `${pointer}/${i}`, depth + 1));
    }
  };
  walk2(AGENT_SCHEMA, data, "", 0);
  return findings;
}
function unknown(key, parent, declared) {
  const where3 = parent === "" ? "at the top level" : `in ${parent}`;
  const guess = closest(key, declared);
  const hint = guess ? ` (did you mean '${guess}'?)` : "";
  return {
    ruleId: UNKNOWN_FIELD,
    severity: "low",
    pointer: `${parent}/${escapePointerSegment(key)}`,
    message: `unknown field ${showKey(key)} ${where3}${hint}`
  };
}
function closest(key, names) {
  if (key.length > 64) return void 0;
  let best;
  let bestDistance = 3;
  for (const name of names) {
    const d = editDistance(key.toLowerCase(), name.toLowerCase());
    if (d < bestDistance && d < Math.max(2, name.length / 2)) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row2 = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row2[j] = Math.min(prev[j] + 1, row2[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = row2;
  }
  return prev[b.length];
}

// src/manifest/validate.ts
var SCHEMA_VIOLATION = "AP-SCHEMA-001";
function validate2(doc) {
  const check = agentValidator();
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  if (!check(doc.data)) {
    for (const err of check.errors ?? []) {
      const finding2 = toFinding(err);
      if (!finding2) continue;
      const id = `${finding2.pointer}\0${finding2.message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      findings.push(finding2);
    }
  }
  findings.push(...unknownFields(doc.data));
  return findings;
}
function toFinding(err) {
  const pointer = err.instancePath;
  const where3 = pointer === "" ? "the document" : pointer;
  const data = err.data;
  const params = err.params;
  const parent = err.parentSchema;
  const finding2 = (message, at = pointer) => ({
    ruleId: SCHEMA_VIOLATION,
    pointer: at,
    message
  });
  switch (err.keyword) {
    case "pattern":
    case "format":
      if (isDurationField(pointer) || isDateField(pointer)) return void 0;
      if (err.keyword === "format")
        return finding2(`${where3} must be a valid ${String(params.format)}; got ${showValue(data)}`);
      return finding2(
        typeof parent?.patternErrorMessage === "string" ? `${where3} ${parent.patternErrorMessage}; got ${showValue(data)}` : `${where3} does not match the pattern ${String(params.pattern)}; got ${showValue(data)}`
      );
    case "type":
      return finding2(`${where3} must be ${typeWords(params.type)}; got ${kindOf(data)}`);
    case "enum":
      return finding2(
        `${where3} must be one of ${params.allowedValues.map(String).join(", ")}; got ${showValue(data)}`
      );
    case "const":
      return finding2(`${where3} must be '${String(params.allowedValue)}'; got ${showValue(data)}`);
    case "required": {
      const missing2 = String(params.missingProperty);
      const at = `${pointer}/${missing2.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      return finding2(
        `missing required field ${showKey(missing2)} ${pointer === "" ? "at the top level" : `in ${pointer}`}`,
        at
      );
    }
    case "maxLength":
      return finding2(
        `${where3} must be at most ${String(params.limit)} characters; got ${String(data.length)}`
      );
    case "minimum":
      return finding2(
        `${where3} must be ${String(params.comparison)} ${String(params.limit)}; got ${showValue(data)}`
      );
    default:
      return finding2(`${where3} ${err.message ?? "is invalid"}`);
  }
}
var TYPE_WORDS = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  null: "empty"
};
function typeWords(type) {
  const types = Array.isArray(type) ? type : String(type).split(",");
  return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(" or ");
}

// src/manifest/normalise.ts
var UNREADABLE_VALUE = "AP-SCHEMA-003";
function normalise(doc) {
  const findings = validate2(doc);
  const reported = new Set(findings.map((f) => f.pointer));
  const data = shallowCopy(doc.data);
  const copies = /* @__PURE__ */ new Set([data]);
  const convert = (patterns, parse2, what) => {
    for (const pattern of patterns) {
      for (const pointer of pointersOf(data, pattern)) {
        const { parent, key } = writableParentOf(data, pointer, copies);
        if (!parent) continue;
        const raw2 = parent[key];
        const value = parse2(raw2);
        if (value !== void 0) {
          setOwn(parent, key, value);
          continue;
        }
        delete parent[key];
        if (!reported.has(pointer)) {
          findings.push({
            ruleId: UNREADABLE_VALUE,
            severity: "high",
            pointer,
            message: `${pointer} ${what}; got ${showValue(raw2)}`
          });
        }
      }
    }
  };
  convert(
    DURATION_FIELDS,
    parseDuration,
    "is not a duration (use 30s, 15m, 1h, 7d, ISO 8601 such as PT1H, or seconds)"
  );
  convert(DATE_FIELDS, parseDate, "is not a calendar date (use YYYY-MM-DD)");
  const { hits, values } = findSecrets(doc.data);
  const metadata2 = doc.data.metadata;
  const name = isPlainObject(metadata2) && typeof metadata2.name === "string" ? metadata2.name : void 0;
  return {
    doc,
    ...name !== void 0 ? { name } : {},
    data,
    findings,
    secrets: hits,
    redact: values
  };
}
function shallowCopy(value) {
  if (Array.isArray(value)) return value.slice();
  if (isPlainObject(value)) {
    const out = {};
    for (const key of Object.keys(value)) setOwn(out, key, value[key]);
    return out;
  }
  return value;
}
function writableParentOf(data, pointer, copies) {
  const segments = pointerSegments(pointer) ?? [];
  const key = segments.pop() ?? "";
  let node = data;
  for (const seg of segments) {
    let child;
    if (Array.isArray(node)) child = node[Number(seg)];
    else if (isPlainObject(node)) child = node[seg];
    else return { key };
    if ((Array.isArray(child) || isPlainObject(child)) && !copies.has(child)) {
      const copy = shallowCopy(child);
      copies.add(copy);
      if (Array.isArray(node)) node[Number(seg)] = copy;
      else setOwn(node, seg, copy);
      child = copy;
    }
    node = child;
  }
  return isPlainObject(node) ? { parent: node, key } : { key };
}

// src/manifest/json-strict.ts
var MAX_JSON_DEPTH = 128;
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var Fault = class extends Error {
  constructor(offset, end, message) {
    super(message);
    this.offset = offset;
    this.end = end;
  }
  offset;
  end;
};
function checkJson(text3) {
  try {
    scan(text3);
    return void 0;
  } catch (e) {
    if (e instanceof Fault) return { offset: e.offset, end: e.end, message: e.message };
    throw e;
  }
}
function scan(text3) {
  let pos = 0;
  const stack = [];
  const skipWhitespace = () => {
    while (pos < text3.length) {
      const c = text3.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const unexpected = (expected) => {
    if (pos >= text3.length) throw new Fault(pos, pos, `unexpected end of JSON input, expected ${expected}`);
    const c = text3[pos];
    if (text3.startsWith("//", pos) || text3.startsWith("/*", pos) || c === "#") {
      throw new Fault(pos, pos + 1, "comments are not allowed in JSON");
    }
    if (c === "'") throw new Fault(pos, pos + 1, "JSON strings must use double quotes");
    const shown = JSON.stringify(String.fromCodePoint(text3.codePointAt(pos) ?? 0));
    throw new Fault(pos, pos + 1, `unexpected character ${shown}, expected ${expected}`);
  };
  const readString = () => {
    const start = pos;
    pos++;
    while (pos < text3.length) {
      const c = text3.charCodeAt(pos);
      if (c === 34) {
        pos++;
        return JSON.parse(text3.slice(start, pos));
      }
      if (c === 92) {
        const next = text3[pos + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text3.slice(pos + 2, pos + 6))) {
            throw new Fault(pos, pos + 2, "invalid \\u escape in JSON string");
          }
          pos += 6;
        } else if (next !== void 0 && '"\\/bfnrt'.includes(next)) {
          pos += 2;
        } else {
          throw new Fault(pos, pos + 2, "invalid escape in JSON string");
        }
      } else if (c < 32) {
        throw new Fault(pos, pos + 1, "control character in JSON string (escape it)");
      } else {
        pos++;
      }
    }
    throw new Fault(start, pos, "unterminated JSON string");
  };
  const readScalar = () => {
    const c = text3[pos];
    if (c === '"') {
      readString();
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text3.startsWith(word, pos)) {
        pos += word.length;
        return;
      }
    }
    NUMBER.lastIndex = pos;
    if ((c === "-" || c !== void 0 && c >= "0" && c <= "9") && NUMBER.test(text3)) {
      pos = NUMBER.lastIndex;
      return;
    }
    unexpected("a value");
  };
  const open2 = (kind) => {
    if (stack.length >= MAX_JSON_DEPTH) {
      throw new Fault(pos, pos + 1, `JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
    }
    stack.push({ kind, keys: /* @__PURE__ */ new Set() });
    pos++;
  };
  const readMember = (frame) => {
    if (text3[pos] !== '"') unexpected("a property name in double quotes");
    const start = pos;
    const key = readString();
    if (frame.keys.has(key)) {
      const shown = key.length <= 64 ? JSON.stringify(key) : `of ${key.length} characters`;
      throw new Fault(start, pos, `duplicate key ${shown}`);
    }
    frame.keys.add(key);
    skipWhitespace();
    if (text3[pos] !== ":") unexpected("':'");
    pos++;
  };
  skipWhitespace();
  for (; ; ) {
    skipWhitespace();
    const c = text3[pos];
    if (c === "{") {
      open2("object");
      skipWhitespace();
      if (text3[pos] !== "}") {
        readMember(stack[stack.length - 1]);
        continue;
      }
    } else if (c === "[") {
      open2("array");
      skipWhitespace();
      if (text3[pos] !== "]") continue;
    } else {
      readScalar();
    }
    for (; ; ) {
      skipWhitespace();
      const frame = stack[stack.length - 1];
      if (!frame) {
        if (pos < text3.length) unexpected("end of input");
        return;
      }
      const close = frame.kind === "object" ? "}" : "]";
      if (text3[pos] === close) {
        stack.pop();
        pos++;
        continue;
      }
      if (text3[pos] !== ",") unexpected(`',' or '${close}'`);
      const comma = pos;
      pos++;
      skipWhitespace();
      if (text3[pos] === close) throw new Fault(comma, comma + 1, "trailing comma is not allowed in JSON");
      if (frame.kind === "object") readMember(frame);
      break;
    }
  }
}

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
function nodeLimitOffset(text3, limit) {
  if (text3.length <= limit) return void 0;
  let count2 = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text3)) {
    const type = cst_exports.tokenType(token);
    if (type && NODE_TOKENS.has(type) && ++count2 > limit) return offset;
    if (type !== "doc-mode" && type !== "scalar" && type !== "flow-error-end") offset += token.length;
  }
  return void 0;
}

// src/manifest/parse.ts
var API_VERSION = "agentpolicy.dev/v1";
var KIND = "Agent";
var MAX_ERRORS = 20;
var MAX_NODES = 2 * MAX_VALUES;
var YAML_OPTIONS = {
  // YAML 1.2 core schema: dates and versions stay strings, "on"/"yes" stay strings
  schema: "core",
  version: "1.2",
  // yaml checks each key against every earlier one (quadratic: 100,000 keys take a minute); YamlTree
  // finds duplicates with a set instead, and JSON files are checked by json-strict.ts first.
  uniqueKeys: false,
  merge: true,
  // explicit !!timestamp / !!binary tags would produce Date / Uint8Array; keep them as text
  resolveKnownTags: false,
  prettyErrors: false,
  strict: true,
  logLevel: "silent"
};
var tables = /* @__PURE__ */ new WeakMap();
function isJsonFile(file) {
  return /\.json$/i.test(file);
}
function parseSource(file, text3) {
  const source = (text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3).replace(/\r(?!\n)/g, "\n");
  const lines = new LineIndex(source);
  const errors = [];
  const documents = [];
  const fail = (message, start, end) => {
    if (errors.length >= MAX_ERRORS) return;
    errors.push(fileError(file, lines, scrubSecrets(oneLine(message)), start, end));
  };
  if (source.trim() === "") {
    fail("empty file");
    return { documents, errors };
  }
  const tooMany = nodeLimitOffset(source, MAX_NODES);
  if (tooMany !== void 0) {
    fail(
      `file holds more than ${MAX_NODES} values (keys, items and scalars); a manifest needs far fewer`,
      tooMany
    );
    return { documents, errors };
  }
  try {
    if (isJsonFile(file)) parseJson(source, file, lines, documents, fail);
    else parseYaml(source, file, lines, documents, fail);
  } catch (e) {
    fail(
      e instanceof RangeError ? "document is nested too deeply to parse" : `cannot parse: ${errorText(e)}`
    );
  }
  return { documents, errors };
}
function parseYaml(text3, file, lines, out, fail) {
  const docs = parseAllDocuments(text3, YAML_OPTIONS);
  if (docs.every((d) => d.errors.length === 0 && isBlank(d.contents, text3))) {
    fail("empty file");
    return;
  }
  docs.forEach((doc, docIndex) => {
    if (doc.errors.length > 0) {
      if (plainlyNotAgent(doc.contents)) return;
      reportYamlErrors(doc, fail);
      return;
    }
    if (doc.contents === null || isBlank(doc.contents, text3)) return;
    addDocument(new YamlTree(doc.contents), doc.contents, docIndex, file, lines, out, fail);
  });
}
function parseJson(text3, file, lines, out, fail) {
  const fault = checkJson(text3);
  if (fault) {
    fail(fault.message, fault.offset, fault.end);
    return;
  }
  const doc = parseDocument(text3, YAML_OPTIONS);
  if (doc.errors.length > 0) {
    reportYamlErrors(doc, fail);
    return;
  }
  const root = doc.contents;
  if (isMap(root)) {
    addDocument(new YamlTree(root), root, 0, file, lines, out, fail);
  } else if (isSeq(root)) {
    const tree = new YamlTree(root);
    root.items.forEach((item, i) => {
      if (isMap(item)) addDocument(tree, item, i, file, lines, out, fail);
    });
  } else {
    fail(
      "a JSON manifest file must hold an object or an array of objects",
      root?.range?.[0],
      root?.range?.[1]
    );
  }
}
function addDocument(tree, root, docIndex, file, lines, out, fail) {
  try {
    const verdict2 = classify(tree, root);
    if (verdict2.kind === "skip") return;
    if (verdict2.kind === "error") {
      fail(verdict2.message, verdict2.at?.[0], verdict2.at?.[1]);
      return;
    }
    const data = tree.toData(root);
    const table3 = locatorTable(root, lines);
    const locator = table3 ? tableLocator(table3) : createLocator(tree, root, lines);
    const doc = {
      file,
      docIndex,
      data,
      locate: locator.locate,
      locateKey: locator.locateKey
    };
    if (table3) tables.set(doc, table3);
    out.push(doc);
  } catch (e) {
    if (e instanceof TreeError) fail(e.message, e.range?.[0], e.range?.[1]);
    else if (e instanceof RangeError) fail("document is nested too deeply", root.range?.[0], root.range?.[1]);
    else throw e;
  }
}
function classify(tree, root) {
  if (!isMap(root)) return { kind: "skip" };
  const field = (name) => {
    const pair = tree.member(root, name);
    const node = pair ? tree.deref(pair.value) : void 0;
    return isScalar(node) ? { value: node.value, range: node.range ?? void 0 } : { value: void 0 };
  };
  for (const name of ["apiVersion", "kind"]) {
    const pairs2 = root.items.filter((p) => isScalar(p.key) && keyText(p.key) === name);
    const values = pairs2.map((p) => isScalar(p.value) ? p.value.value : void 0);
    const ours2 = values.some((v) => typeof v === "string" && (ourApiVersion(v) || v === KIND));
    if (pairs2.length > 1 && ours2) {
      return {
        kind: "error",
        message: `duplicate key ${showKey(name)} (keys in a mapping must be unique)`,
        at: pairs2[1]?.key?.range ?? void 0
      };
    }
  }
  const apiVersion = field("apiVersion");
  const kind = field("kind");
  if (apiVersion.value === API_VERSION && kind.value === KIND) return { kind: "agent" };
  const ours = typeof apiVersion.value === "string" && ourApiVersion(apiVersion.value);
  const agentish = typeof kind.value === "string" && kind.value.toLowerCase() === "agent";
  const value = String(apiVersion.value);
  if (ours && agentish && value !== API_VERSION && value.toLowerCase() === API_VERSION) {
    return {
      kind: "error",
      message: `apiVersion must be written '${API_VERSION}' (lower case); got ${showValue(apiVersion.value)}`,
      at: apiVersion.range
    };
  }
  if (ours && agentish && apiVersion.value !== API_VERSION) {
    return {
      kind: "error",
      message: `unsupported apiVersion ${showValue(apiVersion.value)}; this agentpolicy reads ${API_VERSION}`,
      at: apiVersion.range
    };
  }
  if (apiVersion.value === API_VERSION && agentish) {
    return { kind: "error", message: `kind must be '${KIND}'; got ${showValue(kind.value)}`, at: kind.range };
  }
  return { kind: "skip" };
}
function plainlyNotAgent(contents) {
  if (!isMap(contents)) return false;
  const scalar = (name) => {
    const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === name);
    return isScalar(pair?.value) ? pair.value.value : void 0;
  };
  const apiVersion = scalar("apiVersion");
  const kind = scalar("kind");
  if (typeof apiVersion === "string" && !ourApiVersion(apiVersion)) return true;
  return typeof kind === "string" && kind.toLowerCase() !== "agent";
}
function ourApiVersion(value) {
  return value.toLowerCase().startsWith("agentpolicy.dev/");
}
function isBlank(contents, text3) {
  if (contents === null || contents === void 0) return true;
  if (!isScalar(contents) || contents.value !== null) return false;
  const r = contents.range;
  return !r || text3.slice(r[0], r[1]).trim() === "";
}
function reportYamlErrors(doc, fail) {
  const seen = /* @__PURE__ */ new Set();
  let tooDeep = false;
  for (const err of doc.errors) {
    if (seen.has(err.pos[0])) continue;
    seen.add(err.pos[0]);
    if (/Maximum call stack size exceeded/.test(err.message)) {
      if (!tooDeep) fail("document is nested too deeply to parse", doc.range?.[0] ?? 0);
      tooDeep = true;
    } else {
      fail(err.message, err.pos[0], err.pos[1]);
    }
  }
}
function fileError(file, lines, message, start, end) {
  if (start === void 0) return { file, line: 1, column: 1, message };
  const a = lines.position(start);
  const b = lines.position(end !== void 0 && end > start ? end : start + 1);
  const endPos = b.line === a.line && b.column <= a.column ? { line: a.line, column: a.column + 1 } : b;
  return { file, line: a.line, column: a.column, endLine: endPos.line, endColumn: endPos.column, message };
}
function scrubSecrets(message) {
  const found = scanString(message).map(([, value]) => value);
  return found.length > 0 ? redactText(message, found) : message;
}
function oneLine(message) {
  const first = message.split(/\r?\n/)[0] ?? "";
  const flat = first.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
function errorText(e) {
  return e instanceof Error ? e.message : String(e);
}

// src/manifest/read.ts
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
var DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
function readSourceSync(file, opts) {
  const fail = (message, line = 1, column = 1) => ({
    error: { file: file.file, line, column, endLine: line, endColumn: column + 1, message }
  });
  let bytes;
  try {
    const info = statSync(file.absPath);
    if (info.isDirectory()) return fail("is a directory, not a file");
    if (!info.isFile()) return fail("not a regular file");
    if (info.size > opts.maxFileSize) return fail(tooLarge(info.size, opts.maxFileSize));
    const read = readAtMostSync(file.absPath, opts.maxFileSize + 1);
    if (read.length > opts.maxFileSize) return fail(tooLarge(read.length, opts.maxFileSize, true));
    bytes = read;
  } catch (e) {
    return fail(ioMessage2(e));
  }
  return decode(bytes, fail);
}
function readAtMostSync(path, limit) {
  const fd = openSync(path, "r");
  try {
    const first = Buffer.alloc(Math.min(Math.max(fstatSync(fd).size, 0) + 1, limit, 64 * 1024) || 1);
    const chunks = [];
    let total = 0;
    let chunk = first;
    while (total < limit) {
      const bytesRead = readSync(fd, chunk, 0, chunk.length, total);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      chunk = Buffer.alloc(Math.min(64 * 1024, limit - total));
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
function tooLarge(size, limit, grew = false) {
  const what = grew ? "file grew past" : `file is ${size} bytes, over`;
  return `${what} the size limit of ${limit} bytes; raise it with --max-file-size`;
}
function ioMessage2(e) {
  const code = e.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file";
  return `cannot read file${code ? ` (${code})` : ""}`;
}
var strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var lenient = new TextDecoder("utf-8");
function decode(bytes, fail) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return fail("file is UTF-16 encoded; manifests must be UTF-8");
  }
  let text3;
  try {
    text3 = strict.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(10, at - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(10); i !== -1 && i < at; i = bytes.indexOf(10, i + 1)) line++;
    const column = lenient.decode(bytes.subarray(lineStart, at)).length + 1;
    const byte = (bytes[at] ?? 0).toString(16).padStart(2, "0");
    return fail(`invalid UTF-8 (byte 0x${byte}); manifests must be UTF-8 encoded`, line, column);
  }
  return { text: text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3 };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  const cont = (k, lo = 128, hi = 191) => {
    const b = bytes[i + k];
    return b !== void 0 && b >= lo && b <= hi;
  };
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) i += 1;
    else if (b >= 194 && b <= 223 && cont(1)) i += 2;
    else if (b === 224 && cont(1, 160) && cont(2)) i += 3;
    else if ((b >= 225 && b <= 236 || b === 238 || b === 239) && cont(1) && cont(2)) i += 3;
    else if (b === 237 && cont(1, 128, 159) && cont(2)) i += 3;
    else if (b === 240 && cont(1, 144) && cont(2) && cont(3)) i += 4;
    else if (b >= 241 && b <= 243 && cont(1) && cont(2) && cont(3)) i += 4;
    else if (b === 244 && cont(1, 128, 143) && cont(2) && cont(3)) i += 4;
    else return i;
  }
  return bytes.length;
}

// src/manifest/load-file.ts
function parseText(file, text3) {
  const parsed = parseSource(file, text3);
  return { agents: parsed.documents.map(normalise), parseErrors: parsed.errors };
}
function loadFile(file, maxFileSize) {
  const read = readSourceSync(file, { maxFileSize });
  if ("error" in read) return { readError: read.error, agents: [], parseErrors: [] };
  return parseText(file.file, read.text);
}
function receiveFile(file, posted) {
  if (posted.kind === "read-error") return { readError: posted.error, agents: [], parseErrors: [] };
  if (posted.kind === "text") return parseText(file, posted.text);
  const agents = posted.agents.map((p) => {
    const locator = tableLocator(p.table);
    internStrings(p.raw);
    internStrings(p.data);
    return {
      doc: { file, docIndex: p.docIndex, data: p.raw, locate: locator.locate, locateKey: locator.locateKey },
      ...p.name !== void 0 ? { name: p.name } : {},
      data: p.data,
      findings: p.findings,
      secrets: p.secrets,
      redact: p.redact
    };
  });
  return { agents, parseErrors: posted.parseErrors };
}

// src/manifest/parallel.ts
var PARALLEL_MIN_FILES = 800;
var BATCH = 32;
var MAX_WORKERS = 8;
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
  const count2 = workerCount(files.length, opts);
  const url = count2 > 0 ? opts.workerUrl ?? defaultWorkerUrl() : void 0;
  if (!url) {
    const loaded = [];
    for (const file of files) loaded.push(loadFile(file, opts.maxFileSize));
    return combine(loaded);
  }
  return combine(await loadInWorkers(files, opts.maxFileSize, count2, url, opts.thisThreadToo !== false));
}
var turn = () => new Promise((resolve7) => setImmediate(resolve7));
async function loadInWorkers(files, maxFileSize, count2, url, thisThreadToo) {
  const results = new Array(files.length);
  const batches = Math.ceil(files.length / BATCH);
  const workers = [];
  let next = 0;
  let done = 0;
  let failure;
  let allDone = () => {
  };
  const finished = new Promise((resolve7) => allDone = resolve7);
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
    for (let i = 0; i < count2; i++) {
      const worker = new Worker(url);
      workers.push(worker);
      worker.on("message", (reply) => {
        if (failure) return;
        if (reply.failure !== void 0 || !reply.results) {
          fail(new Error(`manifest worker failed: ${reply.failure ?? "no results"}`));
          return;
        }
        const start = reply.batch * BATCH;
        reply.results.forEach((posted, k) => {
          results[start + k] = receiveFile(files[start + k].file, posted);
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

// src/policy/load.ts
import { readdirSync as readdirSync2, statSync as statSync4 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join4, relative as relative2, resolve as resolve3 } from "node:path";
import { isDeepStrictEqual } from "node:util";

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

// src/engine/closure.ts
var import_json_logic_js = __toESM(require_logic(), 1);

// src/engine/glob.ts
function globMatch(value, pattern) {
  let v = 0;
  let p = 0;
  let starP = -1;
  let starV = 0;
  while (v < value.length) {
    const pc = pattern[p];
    if (p < pattern.length && (pc === "?" || pc === value[v])) {
      v++;
      p++;
    } else if (pc === "*") {
      starP = p++;
      starV = v;
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
function wildcardKind(value) {
  if (!value.includes("*")) return null;
  if (value === "*") return "full";
  const scheme = value.indexOf("://");
  if (scheme > 0 && value.slice(scheme + 3) === "*") return "full";
  return "prefix";
}

// src/engine/paths.ts
var FORBIDDEN_SEGMENTS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var ForbiddenPathError = class extends Error {
  constructor(segment) {
    super(`path segment '${segment}' is not allowed`);
    this.segment = segment;
  }
  segment;
  name = "ForbiddenPathError";
};
function splitPath(path) {
  return path === "" ? [] : path.split(".");
}
function getPath(root, segments) {
  let current = root;
  for (const segment of segments) {
    if (FORBIDDEN_SEGMENTS.has(segment)) throw new ForbiddenPathError(segment);
    if (current === null || typeof current !== "object") return void 0;
    if (!Object.hasOwn(current, segment)) return void 0;
    current = current[segment];
  }
  return current;
}
function escapePointerSegment2(segment) {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}
function pointerOf(segments) {
  return segments.map((s) => "/" + escapePointerSegment2(String(s))).join("");
}
function joinPointer2(base, relative5) {
  return relative5 ? base + relative5 : base;
}

// src/engine/derived.ts
var ACCESS_LEVELS = ["read-only", "write", "privileged"];
var PRIVILEGED_CATEGORIES = [
  "identity",
  "secrets",
  "code-execution",
  "deployment",
  "payments"
];
var PRIVILEGED_ACTIONS = ["admin", "deploy"];
var DEFAULT_SENSITIVE = {
  categories: ["deployment", "payments", "identity", "secrets", "code-execution"],
  actions: ["delete", "admin", "export", "deploy", "email:send"]
};
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function actionsOf(perm) {
  const actions = perm.actions;
  if (typeof actions === "string") return [actions];
  if (!Array.isArray(actions)) return [];
  return actions.filter((a) => typeof a === "string");
}
function stringField(perm, key) {
  const v = perm[key];
  return typeof v === "string" ? v : void 0;
}
function permissionAccessLevel(perm) {
  if (!isRecord(perm)) return null;
  const actions = actionsOf(perm);
  const resource2 = stringField(perm, "resource");
  const category = stringField(perm, "category");
  const fullWildcard = resource2 !== void 0 && wildcardKind(resource2) === "full" || actions.includes("*");
  if (fullWildcard || category !== void 0 && PRIVILEGED_CATEGORIES.includes(category) || actions.some((a) => PRIVILEGED_ACTIONS.includes(a))) {
    return "privileged";
  }
  return actions.some((a) => a !== "read") ? "write" : "read-only";
}
function agentAccessLevel(perms) {
  let rank = 0;
  const list3 = Array.isArray(perms) ? perms : perms === void 0 || perms === null ? [] : [perms];
  for (const perm of list3) {
    const level = permissionAccessLevel(perm);
    if (level !== null) rank = Math.max(rank, ACCESS_LEVELS.indexOf(level));
  }
  return ACCESS_LEVELS[rank];
}
function isSensitivePermission(perm, spec = DEFAULT_SENSITIVE) {
  if (!isRecord(perm)) return false;
  const category = stringField(perm, "category");
  if (category !== void 0 && spec.categories.includes(category)) return true;
  const actions = actionsOf(perm);
  if (actions.includes("*")) return spec.actions.length > 0;
  return actions.some(
    (a) => spec.actions.includes(a) || category !== void 0 && spec.actions.includes(`${category}:${a}`)
  );
}
function resourceCovers(pattern, resource2) {
  if (pattern === void 0) return false;
  if (resource2 === void 0) return wildcardKind(pattern) === "full";
  return pattern === resource2 || globMatch(resource2, pattern);
}
function permissionExcess(held, limit) {
  const toList = (v) => Array.isArray(v) ? v : v === void 0 || v === null ? [] : [v];
  const limits = toList(limit).filter(isRecord);
  const out = [];
  for (const perm of toList(held)) {
    if (!isRecord(perm)) continue;
    const resource2 = stringField(perm, "resource");
    const covering = limits.filter((l) => resourceCovers(stringField(l, "resource"), resource2));
    const allowed = new Set(covering.flatMap(actionsOf));
    const extra = actionsOf(perm).filter((a) => !allowed.has("*") && !allowed.has(a));
    if (extra.length > 0) out.push(`${extra.join(", ")} on ${resource2 ?? "an unnamed resource"}`);
  }
  return out;
}
function deriveFacts(data, secrets, spec = DEFAULT_SENSITIVE) {
  const perms = Array.isArray(data.permissions) ? data.permissions : [];
  const sensitive = [];
  perms.forEach((perm, index) => {
    if (!isSensitivePermission(perm, spec)) return;
    const p = perm;
    sensitive.push({
      index,
      pointer: pointerOf(["permissions", index]),
      resource: p.resource,
      category: p.category,
      approval: p.approval
    });
  });
  return {
    access_level: agentAccessLevel(data.permissions),
    sensitive_permissions: sensitive,
    secrets: secrets.map((s) => ({ pointer: s.pointer, kind: s.kind }))
  };
}

// src/engine/operations.ts
function asList(v) {
  if (Array.isArray(v)) return v;
  return v === void 0 || v === null ? [] : [v];
}
function asStrings(v) {
  return asList(v).filter((x) => typeof x === "string");
}
function keyOf(v) {
  if (v === null || typeof v !== "object") return `${typeof v}:${String(v)}`;
  return `json:${JSON.stringify(v)}`;
}
function memoKeyOf() {
  const memo = /* @__PURE__ */ new WeakMap();
  return (v) => {
    if (v === null || typeof v !== "object") return keyOf(v);
    let k = memo.get(v);
    if (k === void 0) {
      k = keyOf(v);
      memo.set(v, k);
    }
    return k;
  };
}
function keySet(list3) {
  return new Set(list3.map(keyOf));
}
function duration(v) {
  return parseDuration(v) ?? null;
}
function glob(value, patterns) {
  const ps = asStrings(patterns);
  return asStrings(value).some((v) => ps.some((p) => globMatch(v, p)));
}
function wildcard(value) {
  let best = null;
  for (const v of asStrings(value)) {
    const kind = wildcardKind(v);
    if (kind === "full") return kind;
    best ??= kind;
  }
  return best;
}
function intersects(a, b) {
  const bs = keySet(asList(b));
  return asList(a).some((x) => bs.has(keyOf(x)));
}
function subset(a, b) {
  const bs = keySet(asList(b));
  return asList(a).every((x) => bs.has(keyOf(x)));
}
function difference(a, b) {
  const bs = keySet(asList(b));
  return asList(a).filter((x) => !bs.has(keyOf(x)));
}
function duplicates(a) {
  const seen = /* @__PURE__ */ new Set();
  const reported = /* @__PURE__ */ new Set();
  const out = [];
  const key = memoKeyOf();
  for (const x of asList(a)) {
    const k = key(x);
    if (seen.has(k) && !reported.has(k)) {
      reported.add(k);
      out.push(x);
    }
    seen.add(k);
  }
  return out;
}
function unique(a) {
  const seen = /* @__PURE__ */ new Set();
  const key = memoKeyOf();
  return asList(a).filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function count(a) {
  if (a !== null && typeof a === "object" && !Array.isArray(a)) return Object.keys(a).length;
  return asList(a).length;
}
function present(v) {
  if (v === void 0 || v === null) return false;
  if (typeof v === "string") return v.trim() !== "";
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v).length > 0;
  return true;
}
function get(obj2, key) {
  if (obj2 === null || typeof obj2 !== "object") return null;
  if (typeof key !== "string" && typeof key !== "number") return null;
  const k = String(key);
  if (!Object.hasOwn(obj2, k)) return null;
  return obj2[k] ?? null;
}
function words(v) {
  return asStrings(v).flatMap(
    (s) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "")
  );
}
function emailLocal(v) {
  if (typeof v !== "string") return null;
  const text3 = v.trim();
  if (/\s/.test(text3)) return null;
  const parts = text3.split("@");
  if (parts.length !== 2) return null;
  const [local, domain] = parts;
  const dot = domain.indexOf(".");
  if (local === "" || dot <= 0 || domain.endsWith(".")) return null;
  return local.toLowerCase();
}
function lower(v) {
  return typeof v === "string" ? v.toLowerCase() : v;
}
function accessLevel(perm) {
  return Array.isArray(perm) ? agentAccessLevel(perm) : permissionAccessLevel(perm);
}
function isSensitive(perm, categories, actions) {
  return isSensitivePermission(perm, {
    categories: categories === void 0 || categories === null ? DEFAULT_SENSITIVE.categories : asStrings(categories),
    actions: actions === void 0 || actions === null ? DEFAULT_SENSITIVE.actions : asStrings(actions)
  });
}
var CUSTOM_OPERATIONS = {
  duration,
  glob,
  wildcard,
  intersects,
  subset,
  difference,
  duplicates,
  unique,
  count,
  present,
  get,
  lower,
  words,
  email_local: emailLocal,
  permission_excess: permissionExcess,
  access_level: accessLevel,
  is_sensitive: isSensitive
};

// src/engine/closure.ts
var LogicBudgetError = class extends Error {
  name = "LogicBudgetError";
};
var EVALUATION_BUDGET = 1e7;
var MAX_MERGE_ITEMS = 1e5;
var MAX_CAT_LENGTH = 1048576;
var budget = EVALUATION_BUDGET;
var metering = 0;
function charge(steps) {
  budget -= steps;
  if (budget < 0) {
    throw new LogicBudgetError(`rule evaluation exceeded its budget (${EVALUATION_BUDGET} list steps)`);
  }
}
function withLogicBudget(fn) {
  if (metering > 0) return fn();
  budget = EVALUATION_BUDGET;
  metering++;
  try {
    return fn();
  } finally {
    metering--;
  }
}
function cat(...args) {
  let known = 0;
  for (const a of args) if (typeof a === "string") known += a.length;
  const tooLong = () => {
    throw new LogicBudgetError(
      `rule evaluation exceeded its budget (cat result over ${MAX_CAT_LENGTH} characters)`
    );
  };
  if (known > MAX_CAT_LENGTH) tooLong();
  const result2 = Array.prototype.join.call(args, "");
  if (result2.length > MAX_CAT_LENGTH) tooLong();
  return result2;
}
function merge2(...args) {
  let length = 0;
  for (const a of args) length += Array.isArray(a) ? a.length : 1;
  if (length > MAX_MERGE_ITEMS) {
    throw new LogicBudgetError(
      `rule evaluation exceeded its budget (merge result over ${MAX_MERGE_ITEMS} items)`
    );
  }
  charge(length);
  return args.reduce((a, b) => a.concat(b), []);
}
function truthy(value) {
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}
var BUILTIN = {
  "==": (a, b) => a == b,
  "===": (a, b) => a === b,
  "!=": (a, b) => a != b,
  "!==": (a, b) => a !== b,
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "<": (a, b, c) => c === void 0 ? a < b : a < b && b < c,
  "<=": (a, b, c) => c === void 0 ? a <= b : a <= b && b <= c,
  "!!": (a) => truthy(a),
  "!": (a) => !truthy(a),
  "%": (a, b) => a % b,
  in: (a, b) => {
    if (!b || typeof b.indexOf === "undefined") return false;
    return b.indexOf(a) !== -1;
  },
  cat,
  substr: (source, start, end) => {
    if (end < 0) {
      const temp = String(source).substr(start);
      return temp.substr(0, temp.length + end);
    }
    return String(source).substr(start, end);
  },
  // parseFloat's second argument is json-logic-js's (ignored by JavaScript); kept for fidelity.
  "+": (...args) => args.reduce((a, b) => parseFloat(a) + parseFloat(b), 0),
  "*": (...args) => args.reduce((a, b) => parseFloat(a) * parseFloat(b)),
  "-": (a, b) => b === void 0 ? -a : a - b,
  "/": (a, b) => a / b,
  min: (...args) => Math.min(...args),
  max: (...args) => Math.max(...args),
  merge: merge2
};
function safeVar(path, fallback) {
  const notFound = fallback === void 0 ? null : fallback;
  if (path === void 0 || path === null || path === "") return this;
  const value = getPath(this, String(path).split("."));
  return value === void 0 ? notFound : value;
}
import_json_logic_js.default.rm_operation("log");
import_json_logic_js.default.add_operation("var", safeVar);
for (const [name, fn] of Object.entries(CUSTOM_OPERATIONS)) import_json_logic_js.default.add_operation(name, fn);
function isLogic(node) {
  return typeof node === "object" && node !== null && !Array.isArray(node) && Object.keys(node).length === 1;
}
function missing(...values) {
  const keys = Array.isArray(values[0]) ? values[0] : values;
  const out = [];
  for (const key of keys) {
    const value = key !== null && typeof key === "object" ? import_json_logic_js.default.apply({ var: key }, this) : safeVar.call(this, key);
    if (value === null || value === "") out.push(key);
  }
  return out;
}
function missingSome(needCount, options) {
  const areMissing = import_json_logic_js.default.apply({ missing: options }, this);
  if (options.length - areMissing.length >= needCount) return [];
  return areMissing;
}
var MISSING = { missing, missing_some: missingSome };
function operatorOf(op) {
  if (Object.hasOwn(MISSING, op)) return MISSING[op];
  if (Object.hasOwn(CUSTOM_OPERATIONS, op)) return CUSTOM_OPERATIONS[op];
  if (Object.hasOwn(BUILTIN, op)) return BUILTIN[op];
  return void 0;
}
function interpret(node) {
  return (data) => import_json_logic_js.default.apply(node, data);
}
var constant = (value) => () => value;
function varWithPath(path, fallback) {
  if (path === "") return fallback ? (data) => (fallback(data), data) : (data) => data;
  const segments = String(path).split(".");
  const lookup = (data) => getPath(data, segments);
  if (!fallback) {
    return (data) => {
      const value = lookup(data);
      return value === void 0 ? null : value;
    };
  }
  return (data) => {
    const notFoundValue = fallback(data);
    const value = lookup(data);
    if (value !== void 0) return value;
    return notFoundValue === void 0 ? null : notFoundValue;
  };
}
function compileVar(args, node) {
  const [path, fallbackNode] = args;
  const fallback = args.length > 1 && fallbackNode !== void 0 ? compileNode(fallbackNode) : void 0;
  if (args.length <= 2 && (typeof path === "string" || typeof path === "number")) {
    return varWithPath(path, fallback);
  }
  if (args.length === 0 || args.length === 1 && (path === null || path === void 0)) {
    return (data) => data;
  }
  return generic("var", args, node);
}
function generic(op, args, node) {
  const fn = op === "var" ? safeVar : operatorOf(op);
  if (!fn) return interpret(node);
  const compiled3 = args.map(compileNode);
  switch (compiled3.length) {
    case 0:
      return (data) => fn.call(data);
    case 1: {
      const [a] = compiled3;
      return (data) => fn.call(data, a(data));
    }
    case 2: {
      const [a, b] = compiled3;
      return (data) => fn.call(data, a(data), b(data));
    }
    case 3: {
      const [a, b, c] = compiled3;
      return (data) => fn.call(data, a(data), b(data), c(data));
    }
    default:
      return (data) => fn.apply(
        data,
        compiled3.map((f) => f(data))
      );
  }
}
function compileIf(args) {
  const compiled3 = args.map(compileNode);
  return (data) => {
    let i = 0;
    for (; i < compiled3.length - 1; i += 2) {
      if (truthy(compiled3[i](data))) return compiled3[i + 1](data);
    }
    if (compiled3.length === i + 1) return compiled3[i](data);
    return null;
  };
}
function compileAnd(args) {
  const compiled3 = args.map(compileNode);
  return (data) => {
    let current;
    for (const f of compiled3) {
      current = f(data);
      if (!truthy(current)) return current;
    }
    return current;
  };
}
function compileOr(args) {
  const compiled3 = args.map(compileNode);
  return (data) => {
    let current;
    for (const f of compiled3) {
      current = f(data);
      if (truthy(current)) return current;
    }
    return current;
  };
}
function compileScoped(op, args) {
  const list3 = compileNode(args[0]);
  const body = compileNode(args[1]);
  switch (op) {
    case "filter":
      return (data) => {
        const items = list3(data);
        if (!Array.isArray(items)) return [];
        charge(items.length);
        return items.filter((datum) => truthy(body(datum)));
      };
    case "map":
      return (data) => {
        const items = list3(data);
        if (!Array.isArray(items)) return [];
        charge(items.length);
        return items.map((datum) => body(datum));
      };
    case "reduce": {
      const initialOf = typeof args[2] !== "undefined" ? compileNode(args[2]) : constant(null);
      return (data) => {
        const items = list3(data);
        const initial = initialOf(data);
        if (!Array.isArray(items)) return initial;
        charge(items.length);
        return items.reduce(
          (accumulator, current) => body({ current, accumulator }),
          initial
        );
      };
    }
    case "all":
      return (data) => {
        const items = list3(data);
        if (!Array.isArray(items) || !items.length) return false;
        charge(items.length);
        for (const item of items) if (!truthy(body(item))) return false;
        return true;
      };
    case "none":
      return (data) => {
        const items = list3(data);
        if (!Array.isArray(items) || !items.length) return true;
        charge(items.length);
        for (const item of items) if (truthy(body(item))) return false;
        return true;
      };
    default:
      return (data) => {
        const items = list3(data);
        if (!Array.isArray(items) || !items.length) return false;
        charge(items.length);
        for (const item of items) if (truthy(body(item))) return true;
        return false;
      };
  }
}
var SCOPED = /* @__PURE__ */ new Set(["map", "filter", "reduce", "all", "none", "some"]);
function compileNode(node) {
  if (Array.isArray(node)) {
    const compiled3 = node.map(compileNode);
    return (data) => compiled3.map((f) => f(data));
  }
  if (!isLogic(node)) return constant(node);
  const op = Object.keys(node)[0];
  const raw2 = node[op];
  const args = Array.isArray(raw2) ? raw2 : [raw2];
  if (op === "if" || op === "?:") return compileIf(args);
  if (op === "and") return compileAnd(args);
  if (op === "or") return compileOr(args);
  if (SCOPED.has(op)) return compileScoped(op, args);
  if (op === "var") return compileVar(args, node);
  return generic(op, args, node);
}
function compileClosure(tree) {
  const root = compileNode(tree);
  return (data) => withLogicBudget(() => root(data));
}

// src/engine/logic.ts
var BUILTIN_OPERATIONS = [
  "var",
  "missing",
  "missing_some",
  "if",
  "?:",
  "==",
  "===",
  "!=",
  "!==",
  "!",
  "!!",
  "or",
  "and",
  ">",
  ">=",
  "<",
  "<=",
  "max",
  "min",
  "+",
  "-",
  "*",
  "/",
  "%",
  "map",
  "filter",
  "reduce",
  "all",
  "none",
  "some",
  "merge",
  "in",
  "cat",
  "substr"
];
var ALLOWED_OPERATIONS = /* @__PURE__ */ new Set([
  ...BUILTIN_OPERATIONS,
  ...Object.keys(CUSTOM_OPERATIONS)
]);
var SCOPED_ARGUMENT = {
  map: 1,
  filter: 1,
  all: 1,
  none: 1,
  some: 1,
  reduce: 1
};
var LogicError = class extends Error {
  constructor(message, path) {
    super(message);
    this.path = path;
  }
  path;
  name = "LogicError";
};
function isPlainObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function checkDataPath(p, at, nested, scope) {
  if (typeof p === "number") return;
  if (typeof p !== "string")
    throw new LogicError("a var path must be a string, a number or an operation", at);
  const segments = splitPath(p);
  const bad = segments.find((s) => FORBIDDEN_SEGMENTS.has(s));
  if (bad !== void 0) throw new LogicError(`'${bad}' is not allowed in a var path ('${p}')`, at);
  if (nested || segments.length === 0) return;
  const [root, second] = segments;
  if (scope.roots && !scope.roots.has(root)) {
    throw new LogicError(
      `unknown context root '${root}' in '${p}' (known: ${[...scope.roots].join(", ")})`,
      at
    );
  }
  if (root === "params" && second !== void 0 && scope.params && !scope.params.has(second)) {
    throw new LogicError(`parameter '${second}' is not declared in this check's params`, at);
  }
}
function walk(node, at, nested, scope) {
  if (Array.isArray(node)) {
    node.forEach((el, i) => walk(el, [...at, i], nested, scope));
    return;
  }
  if (!isPlainObject2(node)) return;
  const keys = Object.keys(node);
  if (keys.length !== 1) {
    throw new LogicError(`an operation is an object with exactly one key; this one has ${keys.length}`, at);
  }
  const op = keys[0];
  if (!ALLOWED_OPERATIONS.has(op)) {
    const why = op === "log" ? "it has side effects" : "not in the allowed list";
    throw new LogicError(`unknown operation '${op}' (${why})`, [...at, op]);
  }
  const raw2 = node[op];
  const args = Array.isArray(raw2) ? raw2 : [raw2];
  const argPath = (i) => Array.isArray(raw2) ? [...at, op, i] : [...at, op];
  if (op === "var") {
    const [path, fallback] = args;
    if (isPlainObject2(path)) walk(path, argPath(0), nested, scope);
    else if (path !== void 0 && path !== null) checkDataPath(path, argPath(0), nested, scope);
    walk(fallback, argPath(1), nested, scope);
    return;
  }
  if (op === "missing" || op === "missing_some") {
    const keyArgs = op === "missing_some" ? args.length > 1 ? [args[1]] : [] : args;
    const offset = op === "missing_some" ? 1 : 0;
    keyArgs.forEach((k, i) => {
      const here = argPath(i + offset);
      const list3 = Array.isArray(k) ? k : [k];
      list3.forEach((key, j) => {
        const keyAt2 = Array.isArray(k) ? [...here, j] : here;
        if (isPlainObject2(key)) throw new LogicError(`'${op}' takes literal paths, not an operation`, keyAt2);
        checkDataPath(key, keyAt2, nested, scope);
      });
    });
    if (op === "missing_some") walk(args[0], argPath(0), nested, scope);
    return;
  }
  const scoped2 = SCOPED_ARGUMENT[op];
  args.forEach((arg, i) => walk(arg, argPath(i), nested || i === scoped2, scope));
}
function validateLogic(tree, scope = {}) {
  walk(tree, [], false, scope);
}
function compileLogic(tree, scope = {}) {
  validateLogic(tree, scope);
  return compileClosure(tree);
}
var truthy2 = truthy;

// src/engine/text.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
function flatten(s) {
  return s.replace(CONTROL, " ");
}
function oneLine2(s, max) {
  const flat = flatten(s);
  return flat.length > max ? flat.slice(0, max - 1) + "…" : flat;
}

// src/engine/template.ts
var MISSING2 = "(missing)";
var NONE = "(none)";
var MAX_VALUE_LENGTH = 200;
var keep = (s) => s;
var MAX_JOINED = 4 * MAX_VALUE_LENGTH;
function raw(v) {
  if (v === void 0 || v === null) return MISSING2;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return NONE;
    let out = raw(v[0]);
    for (let i = 1; i < v.length && out.length <= MAX_JOINED; i++) out += `, ${raw(v[i])}`;
    return out;
  }
  return "{…}";
}
function text(v, redact) {
  return oneLine2(redact(raw(v)), MAX_VALUE_LENGTH);
}
var FILTERS = {
  /** Seconds → `1h`; a duration string is re-stated in the same compact form. */
  duration: (v) => {
    const seconds = typeof v === "string" ? parseDuration(v) : v;
    return typeof seconds === "number" && Number.isFinite(seconds) ? formatDuration(seconds) : v;
  },
  /** Epoch milliseconds → `YYYY-MM-DD` (UTC). */
  date: (v) => {
    if (typeof v !== "number" || !Number.isFinite(v)) return v;
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? void 0 : d.toISOString().slice(0, 10);
  },
  join: (v) => Array.isArray(v) ? raw(v) : v
};
var TEMPLATE_FILTERS = Object.keys(FILTERS);
var TemplateError = class extends Error {
  name = "TemplateError";
};
var PATH = /^[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;
function parseSlot(body, scope) {
  const [rawPath = "", ...rawFilters] = body.split("|").map((s) => s.trim());
  if (!PATH.test(rawPath)) throw new TemplateError(`'{{${body}}}' does not name a value`);
  const segments = splitPath(rawPath);
  const bad = segments.find((s) => FORBIDDEN_SEGMENTS.has(s));
  if (bad !== void 0) throw new TemplateError(`'${bad}' is not allowed in a template path ('${rawPath}')`);
  const [root, second] = segments;
  if (scope.roots && !scope.roots.has(root)) {
    throw new TemplateError(
      `unknown root '${root}' in '{{${body}}}' (known: ${[...scope.roots].join(", ")})`
    );
  }
  if (root === "params" && second !== void 0 && scope.params && !scope.params.has(second)) {
    throw new TemplateError(`parameter '${second}' is not declared in this check's params`);
  }
  if (root === "vars" && second !== void 0 && scope.vars && !scope.vars.has(second)) {
    throw new TemplateError(`'vars.${second}' is not defined in this check's vars`);
  }
  const filters = rawFilters.map((name) => {
    const f = Object.hasOwn(FILTERS, name) ? FILTERS[name] : void 0;
    if (!f) throw new TemplateError(`unknown filter '${name}' (known: ${TEMPLATE_FILTERS.join(", ")})`);
    return f;
  });
  return { segments, filters };
}
function compileTemplate(template, scope = {}) {
  const parts = [];
  let rest = template;
  while (rest.length > 0) {
    const open2 = rest.indexOf("{{");
    if (open2 === -1) {
      parts.push(rest);
      break;
    }
    const close = rest.indexOf("}}", open2 + 2);
    if (close === -1) throw new TemplateError("'{{' without a closing '}}'");
    if (open2 > 0) parts.push(rest.slice(0, open2));
    parts.push(parseSlot(rest.slice(open2 + 2, close), scope));
    rest = rest.slice(close + 2);
  }
  const render = (context, redact) => parts.map((part) => {
    if (typeof part === "string") return part;
    let value = getPath(context, part.segments);
    for (const f of part.filters) value = f(value);
    return text(value, redact);
  }).join("");
  return (context, redact = keep) => flatten(render(context, redact)).trim();
}

// src/engine/compile.ts
var CheckCompileError = class extends Error {
  constructor(field, path, message) {
    super(message);
    this.field = field;
    this.path = path;
  }
  field;
  path;
  name = "CheckCompileError";
};
var AGENT_ROOTS = ["agent", "params", "run", "derived"];
var EACH_ROOTS = /* @__PURE__ */ new Set(["agent", "derived"]);
var cache = /* @__PURE__ */ new WeakMap();
function logicOf(field, prefix, tree, roots, params) {
  try {
    return compileLogic(tree, { roots: new Set(roots), params });
  } catch (e) {
    if (e instanceof LogicError) throw new CheckCompileError(field, [...prefix, ...e.path], e.message);
    throw e;
  }
}
function checkEach(each2) {
  const segments = splitPath(each2);
  const bad = segments.find((s) => FORBIDDEN_SEGMENTS.has(s));
  if (bad !== void 0) throw new CheckCompileError("each", [], `'${bad}' is not allowed in a path`);
  if (segments.length < 2 || !EACH_ROOTS.has(segments[0])) {
    throw new CheckCompileError("each", [], `'${each2}' must be a path under agent. or derived.`);
  }
  return segments;
}
function checkAt(at) {
  if (at !== "" && !at.startsWith("/"))
    throw new CheckCompileError("at", [], "a JSON pointer starts with '/'");
  const bad = at.split("/").find((s) => FORBIDDEN_SEGMENTS.has(s));
  if (bad !== void 0) throw new CheckCompileError("at", [], `'${bad}' is not allowed in a pointer`);
}
function build(check) {
  if (check.builtin) {
    const logicField = ["assert", "when", "each", "where", "at", "vars"].find(
      (f) => check[f] !== void 0
    );
    if (logicField) {
      throw new CheckCompileError(
        logicField,
        [],
        `a builtin check has no '${logicField}': a TypeScript stage emits it`
      );
    }
    return { vars: [] };
  }
  if (check.assert === void 0) throw new CheckCompileError("assert", [], "a check needs an assert");
  if (check.message === void 0) throw new CheckCompileError("message", [], "a check needs a message");
  if (check.where !== void 0 && check.each === void 0) {
    throw new CheckCompileError("where", [], "'where' filters the items of 'each'; this check has no 'each'");
  }
  const params = new Set(Object.keys(check.params));
  const each2 = check.each === void 0 ? void 0 : checkEach(check.each);
  if (check.at !== void 0) checkAt(check.at);
  const itemRoots = each2 ? [...AGENT_ROOTS, "item", "index"] : AGENT_ROOTS;
  const vars = Object.entries(check.vars ?? {}).map(([name, tree]) => {
    if (FORBIDDEN_SEGMENTS.has(name)) throw new CheckCompileError("vars", [name], `'${name}' is not allowed`);
    return [name, logicOf("vars", [name], tree, itemRoots, params)];
  });
  let message;
  try {
    message = compileTemplate(check.message, {
      roots: /* @__PURE__ */ new Set([...itemRoots, "vars"]),
      params,
      vars: new Set(vars.map(([n]) => n))
    });
  } catch (e) {
    if (e instanceof TemplateError) throw new CheckCompileError("message", [], e.message);
    throw e;
  }
  const compiled3 = {
    assert: logicOf("assert", [], check.assert, itemRoots, params),
    vars,
    message
  };
  if (check.when !== void 0) compiled3.when = logicOf("when", [], check.when, AGENT_ROOTS, params);
  if (check.where !== void 0) compiled3.where = logicOf("where", [], check.where, itemRoots, params);
  if (each2) {
    compiled3.each = each2;
    if (each2[0] === "agent") compiled3.eachPointer = each2.slice(1);
  }
  return compiled3;
}
function compileCheck(check) {
  let compiled3 = cache.get(check);
  if (!compiled3) {
    compiled3 = build(check);
    cache.set(check, compiled3);
  }
  return compiled3;
}

// src/policy/freeze.ts
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// src/policy/schemas.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats2 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync2 } from "node:fs";

// src/policy/paths.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var PACKAGE_NAME = "agentpolicy";
var cachedRoot;
function isOurPackage(dir) {
  const file = join2(dir, "package.json");
  if (!existsSync2(file)) return false;
  try {
    return JSON.parse(readFileSync(file, "utf8")).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}
function findPackageRoot(start) {
  let dir = start;
  for (; ; ) {
    if (isOurPackage(dir)) return dir;
    const parent = dirname2(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${start}`);
    dir = parent;
  }
}
function packageRoot() {
  cachedRoot ??= findPackageRoot(dirname2(fileURLToPath2(import.meta.url)));
  return cachedRoot;
}
function builtinRulesDir() {
  return join2(packageRoot(), "rules");
}
function schemaFile(name) {
  return join2(packageRoot(), "schema", `${name}.schema.json`);
}

// src/policy/schemas.ts
var addFormats = import_ajv_formats2.default;
var compiled2 = /* @__PURE__ */ new Map();
var ajv;
function validatorFor(name) {
  let validate3 = compiled2.get(name);
  if (!validate3) {
    ajv ??= addFormats(
      new import_ajv.Ajv({
        allErrors: true,
        strict: true,
        strictRequired: false,
        verbose: true,
        code: { regExp: boundedRegExp }
      })
    );
    validate3 = ajv.compile(JSON.parse(readFileSync2(schemaFile(name), "utf8")));
    compiled2.set(name, validate3);
  }
  return validate3;
}
function decodePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~")).map((s) => /^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s);
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
  const where3 = dotted(path);
  const params = e.params;
  switch (e.keyword) {
    case "required":
      return {
        path,
        key: false,
        message: `${where3}: missing required field '${String(params.missingProperty)}'`
      };
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      return { path: [...path, field], key: true, message: `${where3}: unknown field '${field}'` };
    }
    case "enum":
      return {
        path,
        key: false,
        message: `${where3}: must be one of ${params.allowedValues.map(String).join(", ")}`
      };
    case "pattern":
      return {
        path,
        key: false,
        message: `${where3}: '${String(e.data)}' must match ${String(params.pattern)}`
      };
    default:
      return { path, key: false, message: `${where3}: ${e.message ?? "is invalid"}` };
  }
}

// src/policy/types.ts
var CHECK_AREAS = [
  "ID",
  "PERM",
  "CRED",
  "GATE",
  "AUDIT",
  "MON",
  "OVS",
  "TRN",
  "RISK",
  "SUP",
  "DLG",
  "SCHEMA",
  "POLICY"
];

// src/policy/checks.ts
var MAX_CHECKS_PER_FILE = 500;
var MAX_LOGIC_DEPTH = 32;
var MAX_LOGIC_NODES = 2e3;
var MAX_MESSAGE_LENGTH = 1e3;
var MAX_TEXT_LENGTH = 2e4;
var MAX_ENTRIES = 50;
function logicSizeProblem(tree) {
  const stack = [[tree, []]];
  let nodes = 0;
  while (stack.length > 0) {
    const [node, path] = stack.pop();
    if (++nodes > MAX_LOGIC_NODES)
      return { path, reason: `the expression has more than ${MAX_LOGIC_NODES} nodes` };
    if (path.length > MAX_LOGIC_DEPTH) {
      return { path, reason: `the expression is nested deeper than ${MAX_LOGIC_DEPTH} levels` };
    }
    if (Array.isArray(node)) node.forEach((child, i) => stack.push([child, [...path, i]]));
    else if (typeof node === "object" && node !== null) {
      for (const [key, child] of Object.entries(node)) stack.push([child, [...path, key]]);
    }
  }
  return void 0;
}
function toCheck(raw2, index, src) {
  const at = (...rest) => ["checks", index, ...rest];
  const fail = (path, reason2, key = false) => {
    throw src.error(path, `check ${raw2.id}: ${reason2}`, key);
  };
  for (const field of ["title", "description", "remediation"]) {
    if (raw2[field].length > MAX_TEXT_LENGTH)
      fail(at(field), `${field} is longer than ${MAX_TEXT_LENGTH} characters`);
  }
  if (raw2.message !== void 0 && raw2.message.length > MAX_MESSAGE_LENGTH) {
    fail(at("message"), `message is longer than ${MAX_MESSAGE_LENGTH} characters`);
  }
  for (const field of ["vars", "params"]) {
    if (Object.keys(raw2[field] ?? {}).length > MAX_ENTRIES)
      fail(at(field), `more than ${MAX_ENTRIES} ${field}`);
  }
  const expressions = [
    ...["when", "where", "assert"].map((f) => [[f], raw2[f]]),
    ...Object.entries(raw2.vars ?? {}).map(([name, tree]) => [
      ["vars", name],
      tree
    ])
  ];
  for (const [field, tree] of expressions) {
    const problem = logicSizeProblem(tree);
    if (problem) fail(at(...field, ...problem.path), `${field.join(".")}: ${problem.reason}`);
  }
  if (raw2.id.startsWith("AP-")) {
    const area = raw2.id.split("-")[1];
    if (!CHECK_AREAS.includes(area)) {
      fail(at("id"), `unknown area '${area}' (known: ${CHECK_AREAS.join(", ")})`);
    }
  }
  for (const [name, param] of Object.entries(raw2.params ?? {})) {
    const r = normaliseParam(param.type, param.default);
    if (!r.ok) fail(at("params", name, "default"), `default of parameter '${name}' ${r.reason}`);
  }
  const pos = src.position(at());
  const check = {
    id: raw2.id,
    title: raw2.title,
    severity: raw2.severity,
    description: raw2.description,
    remediation: raw2.remediation,
    params: raw2.params ?? {},
    waivable: raw2.waivable ?? true,
    builtin: raw2.builtin ?? false,
    source: { file: src.file, line: pos.line, column: pos.column }
  };
  for (const field of ["principle", "when", "each", "where", "at", "assert", "vars", "message"]) {
    if (raw2[field] !== void 0) check[field] = raw2[field];
  }
  deepFreeze(check);
  try {
    compileCheck(check);
  } catch (e) {
    if (e instanceof CheckCompileError) {
      fail(at(e.field, ...e.path), `${e.field}: ${e.message}`);
    }
    throw e;
  }
  return check;
}
function checksFromSource(src) {
  const data = src.data;
  if (Array.isArray(data?.checks) && data.checks.length > MAX_CHECKS_PER_FILE) {
    throw src.error(["checks", MAX_CHECKS_PER_FILE], `more than ${MAX_CHECKS_PER_FILE} checks in one file`);
  }
  const validate3 = validatorFor("rule");
  if (!validate3(src.data)) {
    const p = describeSchemaError(validate3.errors);
    throw src.error(p.path, p.message, p.key);
  }
  return src.data.checks.map((raw2, i) => toCheck(raw2, i, src));
}

// src/policy/errors.ts
var PolicyError = class extends Error {
  constructor(file, line, column, reason2) {
    super(`${file}:${line}:${column}: ${reason2}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason2;
  }
  file;
  line;
  column;
  name = "PolicyError";
  /** The problem without its location prefix. */
  reason;
};

// src/policy/frameworks.ts
function toControl(raw2) {
  const control2 = {
    id: raw2.id,
    title: raw2.title,
    summary: raw2.summary,
    url: raw2.url,
    checks: raw2.checks ?? [],
    manual: raw2.manual ?? false
  };
  if (raw2.verified !== void 0) control2.verified = raw2.verified;
  if (raw2.applicability) {
    const { role, ...rest } = raw2.applicability;
    control2.applicability = {
      ...rest,
      ...role !== void 0 ? { role: Array.isArray(role) ? role : [role] } : {}
    };
  }
  return control2;
}
function frameworkFromSource(src, knownChecks) {
  const validate3 = validatorFor("framework");
  if (!validate3(src.data)) {
    const p = describeSchemaError(validate3.errors);
    throw src.error(p.path, p.message, p.key);
  }
  const raw2 = src.data;
  const seen = /* @__PURE__ */ new Set();
  raw2.controls.forEach((c, i) => {
    if (seen.has(c.id)) throw src.error(["controls", i, "id"], `duplicate control '${c.id}'`);
    seen.add(c.id);
    if ((c.checks ?? []).length === 0 && c.manual !== true) {
      throw src.error(["controls", i], `control '${c.id}' lists no checks; list them, or set manual: true`);
    }
    (c.checks ?? []).forEach((id, j) => {
      if (!knownChecks.has(id))
        throw src.error(["controls", i, "checks", j], `control '${c.id}': unknown check '${id}'`);
    });
  });
  const pos = src.position([]);
  return deepFreeze({
    id: raw2.id,
    title: raw2.title,
    version: raw2.version,
    url: raw2.url,
    controls: raw2.controls.map(toControl),
    source: { file: src.file, line: pos.line, column: pos.column }
  });
}
function controlsForCheck(id, frameworks) {
  const refs = [];
  for (const fw of frameworks) {
    for (const c of fw.controls)
      if (c.checks.includes(id)) refs.push({ framework: fw.id, id: c.id, title: c.title });
  }
  return refs;
}

// src/policy/snapshot.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync as readFileSync3, statSync as statSync2, writeFileSync } from "node:fs";
import { join as join3, resolve as resolve2 } from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
var SNAPSHOT_FILE = "builtin-policy.json";
var FORMAT = 1;
var UNDEFINED = "$agentpolicy-snapshot:undefined";
function ruleFiles(dir) {
  const out = [];
  for (const sub of ["checks", "frameworks"]) {
    let names;
    try {
      if (!statSync2(join3(dir, sub)).isDirectory()) continue;
      names = readdirSync(join3(dir, sub));
    } catch {
      continue;
    }
    for (const name of names.filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort()) {
      out.push(`${sub}/${name}`);
    }
  }
  return out;
}
function ruleFolderDigest(dir) {
  const hash = createHash("sha256").update(`agentpolicy rules ${FORMAT}\0`);
  for (const file of ruleFiles(dir)) {
    hash.update(`${file}\0`).update(readFileSync3(join3(dir, file))).update("\0");
  }
  return hash.digest("hex");
}
function decode2(value) {
  if (Array.isArray(value)) return value.map(decode2);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    const isUndefined = typeof v === "object" && v !== null && Object.keys(v).length === 1 && Object.hasOwn(v, UNDEFINED);
    out[key] = isUndefined ? void 0 : decode2(v);
  }
  return out;
}
function withDisplayedSource(def, dir, display2) {
  if (def.source) def.source.file = display2(join3(dir, ...def.source.file.split("/")));
  return def;
}
function readSnapshot(text3, folder, display2) {
  const dir = resolve2(folder);
  let snapshot;
  try {
    snapshot = JSON.parse(text3);
    if (snapshot.format !== FORMAT || snapshot.digest !== ruleFolderDigest(dir)) return void 0;
  } catch {
    return void 0;
  }
  const checks = snapshot.checks.map(
    (c) => deepFreeze(withDisplayedSource(decode2(c), dir, display2))
  );
  const frameworks = snapshot.frameworks.map(
    (f) => deepFreeze(withDisplayedSource(decode2(f), dir, display2))
  );
  return { checks, frameworks };
}
function loadBuiltinSnapshot(dir, display2) {
  const url = new URL(`./${SNAPSHOT_FILE}`, import.meta.url);
  if (url.protocol !== "file:") return void 0;
  let text3;
  try {
    text3 = readFileSync3(fileURLToPath3(url), "utf8");
  } catch {
    return void 0;
  }
  return readSnapshot(text3, dir, display2);
}

// src/policy/yaml-source.ts
import { readFileSync as readFileSync4, statSync as statSync3 } from "node:fs";
var MAX_ALIAS_COUNT = 100;
var MAX_POLICY_FILE_BYTES = 1024 * 1024;
var MAX_POLICY_NODES = 5e4;
var MAX_POLICY_DEPTH = 64;
var MAX_REASON = 300;
function firstLine(message) {
  return message.split("\n")[0].trim();
}
function oneLine3(text3, max = MAX_REASON) {
  const flat = text3.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
function tooLarge2(file, bytes) {
  return new PolicyError(
    oneLine3(file),
    1,
    1,
    `file is ${bytes} bytes, over the limit of ${MAX_POLICY_FILE_BYTES} bytes for a policy file`
  );
}
function readYamlSource(absPath, file) {
  let text3;
  try {
    const size = statSync3(absPath).size;
    if (size > MAX_POLICY_FILE_BYTES) throw tooLarge2(file, size);
    text3 = readFileSync4(absPath, "utf8");
  } catch (e) {
    if (e instanceof PolicyError) throw e;
    const code = e.code;
    throw new PolicyError(oneLine3(file), 1, 1, `cannot read file${code ? ` (${code})` : ""}`);
  }
  return parseYamlSource(text3, file);
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
          return { node: pair.key, reason: `invalid YAML: duplicate key '${oneLine3(key, 80)}'` };
        keys.add(key);
      }
      stack.push([pair.key, depth + 1], [pair.value, depth + 1]);
    }
  }
  return void 0;
}
function parseYamlSource(text3, file) {
  const bytes = Buffer.byteLength(text3);
  if (bytes > MAX_POLICY_FILE_BYTES) throw tooLarge2(file, bytes);
  const lineCounter = new LineCounter();
  const tooMany = nodeLimitOffset(text3, MAX_POLICY_NODES);
  if (tooMany !== void 0) {
    const before = text3.slice(0, tooMany);
    const line = before.split("\n").length;
    const column = tooMany - before.lastIndexOf("\n");
    throw new PolicyError(
      oneLine3(file),
      line,
      column,
      `more than ${MAX_POLICY_NODES} YAML nodes in one policy file; split it, or simplify it`
    );
  }
  const docs = parseAllDocuments(text3, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  };
  if (!Array.isArray(docs) || docs.length === 0) {
    throw new PolicyError(oneLine3(file), 1, 1, "the file is empty");
  }
  for (const doc2 of docs) {
    const err = doc2.errors[0];
    if (err) {
      const pos = at(err.pos[0]);
      const reason2 = /Maximum call stack size exceeded/.test(err.message) ? "nested too deeply to parse" : oneLine3(firstLine(err.message));
      throw new PolicyError(oneLine3(file), pos.line, pos.column, `invalid YAML: ${reason2}`);
    }
    const problem = structureProblem(doc2.contents);
    if (problem) {
      const pos = at(problem.node.range?.[0] ?? 0);
      throw new PolicyError(oneLine3(file), pos.line, pos.column, problem.reason);
    }
  }
  if (docs.length !== 1) {
    const second = docs[1];
    const pos = second?.contents?.range ? at(second.contents.range[0]) : { line: 1, column: 1 };
    throw new PolicyError(
      oneLine3(file),
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
      oneLine3(file),
      1,
      1,
      `invalid YAML: ${oneLine3(firstLine(e instanceof Error ? e.message : String(e)))}`
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
  const position2 = (path, key = false) => {
    const found = nodeAt(path, key);
    return found?.range ? at(found.range[0]) : { line: 1, column: 1 };
  };
  return {
    file,
    data,
    position: position2,
    span(path, key = false) {
      const found = nodeAt(path, key);
      if (!found?.range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
      const start = at(found.range[0]);
      const end = at(found.range[1]);
      return { ...start, endLine: end.line, endColumn: end.column };
    },
    error(path, reason2, key) {
      const pos = position2(path, key);
      return new PolicyError(oneLine3(file), pos.line, pos.column, oneLine3(reason2));
    }
  };
}

// src/policy/load.ts
var builtinCache;
function display(abs) {
  const rel = relative2(process.cwd(), abs);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute2(rel) ? rel.split("\\").join("/") : abs;
}
function isDirectory(p) {
  try {
    return statSync4(p).isDirectory();
  } catch {
    return false;
  }
}
function yamlFiles(dir) {
  if (!isDirectory(dir)) return [];
  const files = readdirSync2(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort().map((f) => join4(dir, f));
  if (files.length > MAX_FILES_PER_FOLDER) {
    throw new PolicyError(display(dir), 1, 1, `more than ${MAX_FILES_PER_FOLDER} policy files in one folder`);
  }
  return files;
}
function checkParamsAgree(checks) {
  const first = /* @__PURE__ */ new Map();
  for (const { def: check, src, index } of checks) {
    for (const [name, param] of Object.entries(check.params)) {
      const r = normaliseParam(param.type, param.default);
      const value = r.ok ? r.value : void 0;
      const seen = first.get(name);
      if (!seen) {
        first.set(name, { def: param, value, owner: check });
        continue;
      }
      if (seen.def.type !== param.type || !isDeepStrictEqual(seen.value, value)) {
        throw src.error(
          ["checks", index, "params", name],
          `check ${check.id}: parameter '${name}' is declared by ${seen.owner.id} with another type or default`
        );
      }
    }
  }
}
function readRuleFolder(dir) {
  const abs = resolve3(dir);
  const checksDir = join4(abs, "checks");
  const frameworksDir = join4(abs, "frameworks");
  if (!isDirectory(checksDir) && !isDirectory(frameworksDir)) {
    throw new PolicyError(display(abs), 1, 1, "not a rule folder: it has neither checks/ nor frameworks/");
  }
  return {
    checks: yamlFiles(checksDir).map((file) => readYamlSource(file, display(file))),
    frameworks: yamlFiles(frameworksDir).map((file) => readYamlSource(file, display(file)))
  };
}
function loadDirs(dirs) {
  return loadRuleFolders(dirs.map(readRuleFolder));
}
var MAX_CHECKS = 1e3;
var MAX_FILES_PER_FOLDER = 200;
function loadRuleFolders(folders) {
  const checks = [];
  const frameworkSources = [];
  for (const folder of folders) {
    for (const src of folder.checks) {
      const defs = checksFromSource(src);
      if (checks.length + defs.length > MAX_CHECKS) {
        throw src.error(
          ["checks", Math.max(0, MAX_CHECKS - checks.length)],
          `more than ${MAX_CHECKS} checks in the policy (the built-in rules and every pack together)`
        );
      }
      defs.forEach((def, index) => checks.push({ def, src, index }));
    }
    frameworkSources.push(...folder.frameworks);
  }
  const byId = /* @__PURE__ */ new Map();
  for (const located of checks) {
    const earlier = byId.get(located.def.id);
    if (earlier) {
      const at = earlier.def.source;
      throw located.src.error(
        ["checks", located.index, "id"],
        `duplicate check id ${located.def.id} (first defined at ${at?.file}:${at?.line}:${at?.column})`
      );
    }
    byId.set(located.def.id, located);
  }
  checkParamsAgree(checks);
  const known = new Set(byId.keys());
  const frameworks = [];
  for (const src of frameworkSources) {
    const fw = frameworkFromSource(src, known);
    const clash = frameworks.find((f) => f.id === fw.id);
    if (clash) {
      throw src.error(["id"], `duplicate framework id '${fw.id}' (also in ${clash.source?.file})`);
    }
    frameworks.push(fw);
  }
  return { checks: checks.map((c) => c.def), frameworks };
}
function loadPolicy(dirs) {
  if (dirs === void 0) {
    builtinCache ??= loadBuiltinSnapshot(builtinRulesDir(), display) ?? loadDirs([builtinRulesDir()]);
    return builtinCache;
  }
  return loadDirs(dirs);
}

// src/report/model.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
function severityRank(s) {
  return SEVERITIES.indexOf(s);
}
function reaches(s, failOn) {
  return failOn !== "never" && severityRank(s) <= severityRank(failOn);
}
function emptyCounts() {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}
var HOMEPAGE = "https://github.com/agentpolicy/agentpolicy";
function ruleHelpUri(id) {
  return `${HOMEPAGE}/blob/main/docs/rules.md#${id.toLowerCase()}`;
}

// src/report/fingerprint.ts
import { createHash as createHash2 } from "node:crypto";
function decode3(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function itemKey(item) {
  if (typeof item === "string") return item;
  if (typeof item !== "object" || item === null || Array.isArray(item)) return void 0;
  const { name, resource: resource2 } = item;
  if (typeof name === "string") return `name=${name}`;
  if (typeof resource2 === "string") return `resource=${resource2}`;
  return void 0;
}
function stablePointer(pointer, data) {
  if (pointer === "" || data === void 0) return pointer;
  let node = data;
  const out = [];
  for (const raw2 of pointer.split("/").slice(1)) {
    const segment = decode3(raw2);
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
  return out.map((s) => "/" + s.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
function fingerprintOf(key, occurrence = 0) {
  const subject = key.agent !== void 0 ? `agent:${key.agent}` : `doc:${key.file}#${key.docIndex}`;
  const parts = [key.ruleId, subject, stablePointer(key.pointer, key.data)];
  if (occurrence > 0) parts.push(String(occurrence));
  return createHash2("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);
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

// src/policy/policy-findings.ts
var EXPIRED_WAIVER = "AP-POLICY-001";
var STALE_WAIVER = "AP-POLICY-002";
var NOT_WAIVABLE = "AP-POLICY-003";
function isPolicyCheck(id) {
  return id.startsWith("AP-POLICY-");
}
function pointerOf2(path) {
  return path.map((s) => "/" + String(s).replaceAll("~", "~0").replaceAll("/", "~1")).join("");
}
function policyFinding(problem, config, check, controls) {
  const span = config.source.span(problem.at, problem.key);
  const path = pointerOf2(problem.at);
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
        severity: "high",
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

// src/policy/waivers.ts
var MAX_WAIVER_DAYS = 365;
var DAY_MS = 864e5;
function waiverCovers(w, f) {
  if (f.ruleId !== w.check || f.agent === void 0 || !globMatch(f.agent, w.agent)) return false;
  if (w.path === void 0 || w.path === "") return true;
  return f.path === w.path || f.path.startsWith(`${w.path}/`);
}
function refOf(w) {
  return {
    check: w.check,
    agent: w.agent,
    ...w.path !== void 0 ? { path: w.path } : {},
    reason: w.reason,
    approved_by: w.approved_by,
    expires: w.expires
  };
}
function describe(w) {
  return `Waiver for ${w.check} on '${w.agent}'${w.path ? ` at ${w.path}` : ""}`;
}
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
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
        severity: "high",
        message: `${w.check} cannot be waived: it is not waivable, so this waiver for '${w.agent}' has no effect`,
        at,
        subject
      });
      return;
    }
    const covered = out.filter((f) => waiverCovers(w, f));
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
    if (covered.length === 0) {
      if (ctx.ran(w.check)) {
        problems.push({
          ruleId: STALE_WAIVER,
          severity: "info",
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

// src/engine/context.ts
function emptyIndex() {
  return /* @__PURE__ */ Object.create(null);
}
function isRecord2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function agentName(agent) {
  if (typeof agent.name === "string") return agent.name;
  const metadata2 = agent.data.metadata;
  return isRecord2(metadata2) && typeof metadata2.name === "string" ? metadata2.name : void 0;
}
function agentLabel(agent) {
  return agentName(agent) ?? `${agent.doc.file}#${agent.doc.docIndex}`;
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
  const refUsers = /* @__PURE__ */ new Map();
  for (const agent of agents) {
    const name = agentName(agent);
    if (name !== void 0) {
      run.names[name] = (run.names[name] ?? 0) + 1;
      if (!Object.hasOwn(run.agents_by_name, name)) run.agents_by_name[name] = agent.data;
    }
    const identity = agent.data.identity;
    if (isRecord2(identity) && typeof identity.id === "string" && identity.id !== "") {
      run.identity_ids[identity.id] = (run.identity_ids[identity.id] ?? 0) + 1;
    }
    const credentials = agent.data.credentials;
    if (Array.isArray(credentials)) {
      const label = agentLabel(agent);
      for (const cred of credentials) {
        if (!isRecord2(cred) || typeof cred.secret_ref !== "string" || cred.secret_ref === "") continue;
        let users = refUsers.get(cred.secret_ref);
        if (!users) refUsers.set(cred.secret_ref, users = /* @__PURE__ */ new Set());
        users.add(label);
      }
    }
  }
  for (const [ref, users] of refUsers) run.secret_refs[ref] = [...users];
  return run;
}

// src/engine/redact.ts
function keyAt(text3, i) {
  return ((text3.charCodeAt(i) * 31 + text3.charCodeAt(i + 1)) * 31 + text3.charCodeAt(i + 2)) * 31 + text3.charCodeAt(i + 3) | 0;
}
function makeRedactor(secrets) {
  const forms = redactionForms([...new Set(secrets)]);
  if (forms.length === 0) return (text3) => text3;
  const byKey = /* @__PURE__ */ new Map();
  forms.forEach((form, index) => {
    const key = keyAt(form, 0);
    const list3 = byKey.get(key);
    if (list3) list3.push(index);
    else byKey.set(key, [index]);
  });
  const occurring = (text3) => {
    const found = /* @__PURE__ */ new Set();
    for (let i = 0; i + 4 <= text3.length; i++) {
      const list3 = byKey.get(keyAt(text3, i));
      if (!list3) continue;
      for (const index of list3) if (text3.startsWith(forms[index], i)) found.add(index);
    }
    return [...found].sort((a, b) => a - b);
  };
  return (text3) => {
    let candidates = occurring(text3);
    if (candidates.length === 0) return text3;
    let out = text3;
    for (let k = 0; k < candidates.length; k++) {
      const index = candidates[k];
      const form = forms[index];
      if (!out.includes(form)) continue;
      out = out.split(form).join(REDACTED);
      candidates = occurring(out).filter((i) => i > index);
      k = -1;
    }
    return out;
  };
}

// src/engine/evaluate.ts
var MAX_ERROR_LENGTH = 300;
var MAX_FINDINGS_PER_CHECK = 100;
function overflowMessage(count2) {
  const what = count2 === 1 ? "finding" : "findings";
  return `${count2} more ${what} of this check for this agent are not listed (only the first ${MAX_FINDINGS_PER_CHECK} are)`;
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
function tidy2(s) {
  return oneLine2(s, MAX_ERROR_LENGTH).trim();
}
function runOne(check, compiled3, base, emit) {
  if (compiled3.when && !truthy2(compiled3.when(base))) return false;
  const assert = compiled3.assert;
  if (!compiled3.each) {
    if (!truthy2(assert(base))) emit(base, check.at ?? "");
    return true;
  }
  const list3 = getPath(base, compiled3.each);
  if (!Array.isArray(list3)) return true;
  const ctx = { ...base, item: void 0, index: 0 };
  list3.forEach((item, index) => {
    ctx.item = item;
    ctx.index = index;
    if (compiled3.where && !truthy2(compiled3.where(ctx))) return;
    if (truthy2(assert(ctx))) return;
    const at = compiled3.eachPointer ? pointerOf([...compiled3.eachPointer, index]) : itemPointer(item);
    emit(ctx, joinPointer2(at, check.at));
  });
  return true;
}
function evaluate(agents, checks, opts) {
  const active = checks.filter((c) => !c.waivable || !opts.disabled?.has(c.id));
  const byId = new Map(active.map((c) => [c.id, c]));
  const resolved = resolveParams(checks, opts.params);
  const sensitive = sensitiveSpecOf(resolved);
  const run = buildRunContext(agents, opts.now);
  const redact = makeRedactor(agents.flatMap((a) => a.redact));
  const rules = active.filter((c) => !c.builtin).map((check) => ({
    check,
    compiled: compileCheck(check),
    params: paramsFor(check, resolved),
    severity: effectiveSeverity(check, check.severity, opts.severityOverrides)
  }));
  const findings = [];
  const errors = [];
  const applied = /* @__PURE__ */ new Set();
  const exhausted = /* @__PURE__ */ new Set();
  if (agents.length > 0) {
    for (const c of active) if (c.builtin) applied.add(c.id);
  }
  agents.forEach((agent, agentIndex) => {
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
        pointer: f.pointer,
        message: tidy2(redact(f.message))
      });
    }
    for (const [ruleId, { severity, count: count2 }] of documentCounts) {
      if (count2 <= MAX_FINDINGS_PER_CHECK) continue;
      const message = overflowMessage(count2 - MAX_FINDINGS_PER_CHECK);
      findings.push({ ruleId, severity, agentIndex, pointer: "", message });
    }
    const derived = deriveFacts(agent.data, agent.secrets, sensitive);
    const base = { agent: agent.data, params: {}, run, derived };
    let rule = rules[0];
    let emitted = 0;
    const emit = (ctx, pointer) => {
      if (++emitted > MAX_FINDINGS_PER_CHECK) return;
      const vars = /* @__PURE__ */ Object.create(null);
      for (const [name, fn] of rule.compiled.vars) vars[name] = fn(ctx);
      const message = rule.compiled.message({ ...ctx, vars }, redact);
      findings.push({ ruleId: rule.check.id, severity: rule.severity, agentIndex, pointer, message });
    };
    for (const current of rules) {
      const { check, compiled: compiled3, params, severity } = current;
      if (exhausted.has(check.id)) continue;
      rule = current;
      emitted = 0;
      base.params = params;
      try {
        if (withLogicBudget(() => runOne(check, compiled3, base, emit))) applied.add(check.id);
      } catch (e) {
        let message = e instanceof Error ? e.message : String(e);
        if (e instanceof LogicBudgetError) {
          exhausted.add(check.id);
          message += "; the check is skipped for the remaining agents";
        }
        errors.push({ ruleId: check.id, agentIndex, message: tidy2(redact(message)) });
      }
      if (emitted > MAX_FINDINGS_PER_CHECK) {
        const pointer = compiled3.eachPointer ? pointerOf(compiled3.eachPointer) : "";
        const message = overflowMessage(emitted - MAX_FINDINGS_PER_CHECK);
        findings.push({ ruleId: check.id, severity, agentIndex, pointer, message });
      }
    }
  });
  return { findings, errors, applied: [...applied].sort() };
}

// src/report/inventory.ts
function record(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : {};
}
function list(v) {
  return Array.isArray(v) ? v.map(record) : [];
}
function text2(v) {
  return typeof v === "string" && v.trim() !== "" ? v : void 0;
}
function distinct(values) {
  return [...new Set(values.filter((v) => v !== void 0))].sort();
}
function labelsOf(v, scrub) {
  const entries = Object.entries(record(v)).filter((e) => typeof e[1] === "string").map(([k, val]) => [scrub(k), scrub(val)]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return entries.length > 0 ? Object.fromEntries(entries) : void 0;
}
function longestTtl(credentials) {
  const ttls = credentials.map((c) => c.ttl).filter((t) => typeof t === "number" && Number.isFinite(t));
  return ttls.length > 0 ? formatDuration(Math.max(...ttls)) : void 0;
}
function inventoryRows(agents, findings, findingAgents) {
  const scrub = makeRedactor(agents.flatMap((a) => a.redact));
  const opt = (v) => {
    const t = text2(v);
    return t === void 0 ? void 0 : scrub(t);
  };
  const counts2 = agents.map(() => ({ findings: emptyCounts(), waived: 0 }));
  for (const f of findings) {
    const index = findingAgents?.get(f.fingerprint) ?? (findingAgents ? void 0 : agents.findIndex(
      (a) => a.doc.file === f.file && a.name !== void 0 && scrub(a.name) === f.agent
    ));
    const c = index === void 0 || index < 0 ? void 0 : counts2[index];
    if (!c) continue;
    if (f.status === "waived") c.waived++;
    else c.findings[f.severity]++;
  }
  return agents.map((agent, i) => {
    const data = agent.data;
    const metadata2 = record(data.metadata);
    const identity = record(data.identity);
    const credentials = list(data.credentials);
    const permissions = list(data.permissions);
    const sensitive = permissions.filter((p) => isSensitivePermission(p));
    const row2 = {
      name: scrub(agent.name ?? `${agent.doc.file}#${agent.doc.docIndex}`),
      file: agent.doc.file,
      accessLevel: agentAccessLevel(data.permissions),
      permissions: permissions.length,
      permissionCategories: distinct(permissions.map((p) => opt(p.category))),
      sensitivePermissions: sensitive.length,
      ungatedSensitive: sensitive.filter((p) => text2(p.approval) === void 0).length,
      credentialTypes: distinct(credentials.map((c) => opt(c.type))),
      gates: distinct(list(data.approvals).map((g) => opt(g.name))),
      findings: counts2[i].findings,
      waived: counts2[i].waived
    };
    const put = (key, v) => {
      if (v !== void 0) row2[key] = v;
    };
    put("identityId", opt(identity.id));
    put("owner", opt(metadata2.owner));
    put("sponsor", opt(metadata2.sponsor));
    put("environment", opt(metadata2.environment));
    put("riskTier", opt(record(data.risk).eu_ai_act));
    put("identityProvider", opt(identity.provider));
    put("longestTtl", longestTtl(credentials));
    const labels = labelsOf(metadata2.labels, scrub);
    if (labels) row2.labels = labels;
    return row2;
  });
}

// src/report/coverage.ts
function scoped(a) {
  return a !== void 0 && ((a.tiers?.length ?? 0) > 0 || (a.role?.length ?? 0) > 0);
}
function agentMatches(a, agent) {
  if (a.tiers && a.tiers.length > 0 && (agent.tier === void 0 || !a.tiers.includes(agent.tier)))
    return false;
  if (a.role && a.role.length > 0 && agent.role !== void 0 && !a.role.includes(agent.role)) return false;
  return true;
}
var agentKey = (file, name) => `${file}\0${name ?? ""}`;
function inScope(control2, findings, agents) {
  const mine = findings.filter((f) => control2.checks.includes(f.ruleId));
  const a = control2.applicability;
  if (!agents || !scoped(a)) return { applicable: true, findings: mine };
  const matching = new Set(
    agents.filter((ag) => agentMatches(a, ag)).map((ag) => agentKey(ag.file, ag.name))
  );
  const known = new Set(agents.map((ag) => agentKey(ag.file, ag.name)));
  return {
    applicable: matching.size > 0,
    // A finding that cannot be tied to a scanned agent is kept: dropping it could hide a failure.
    findings: mine.filter((f) => {
      const key = agentKey(f.file, f.agent);
      return matching.has(key) || !known.has(key);
    })
  };
}
function controlStatus(control2, applicable, mine, evaluated) {
  if (control2.manual || control2.checks.length === 0) return "manual";
  if (!applicable) return "not-applicable";
  if (mine.some((f) => f.status === "open")) return "fail";
  if (mine.length > 0) return "waived";
  return control2.checks.some((c) => evaluated.has(c)) ? "pass" : "not-applicable";
}
function computeCoverage({
  frameworks,
  findings,
  evaluated,
  agents
}) {
  return frameworks.map((fw) => ({
    id: fw.id,
    title: fw.title,
    version: fw.version,
    controls: fw.controls.map((c) => {
      const scope = inScope(c, findings, agents);
      return {
        id: c.id,
        title: c.title,
        status: controlStatus(c, scope.applicable, scope.findings, evaluated),
        checks: [...c.checks],
        failing: scope.applicable ? scope.findings.filter((f) => f.status === "open").length : 0
      };
    })
  }));
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

// package.json
var package_default = {
  name: "agentpolicy",
  version: "0.1.0",
  description: "Policy-as-code for AI agent identities: check agent manifests against EU AI Act, NIST AI RMF and SOC 2 controls in CI.",
  type: "module",
  license: "Apache-2.0",
  bin: {
    agentpolicy: "dist/cli.js"
  },
  files: [
    "dist",
    "schema",
    "rules",
    "action.yml",
    "examples/workflows"
  ],
  engines: {
    node: ">=20.19"
  },
  scripts: {
    build: "node scripts/build.mjs",
    docs: "node scripts/docs.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    test: "vitest run",
    bench: "node bench/run.mjs",
    pretest: "npm run -s build"
  },
  dependencies: {
    "@actions/core": "3.0.1",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    "json-logic-js": "2.0.5",
    "markdown-table": "3.1.0",
    picomatch: "4.0.7",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@eslint/js": "9.39.5",
    "@types/json-logic-js": "2.0.8",
    "@types/node": "20.19.43",
    "@types/picomatch": "4.0.3",
    esbuild: "0.28.2",
    eslint: "9.39.5",
    "fast-check": "4.11.0",
    prettier: "3.10.1",
    typescript: "5.9.3",
    "typescript-eslint": "8.74.0",
    vite: "8.3.8",
    vitest: "4.1.12"
  },
  repository: {
    type: "git",
    url: "https://github.com/agentpolicy/agentpolicy"
  }
};

// src/version.ts
var TOOL_VERSION = package_default.version;

// src/errors.ts
var UsageError = class extends Error {
};

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
function coverageAgent(agent) {
  const risk = agent.data.risk;
  const field = (key) => {
    if (typeof risk !== "object" || risk === null || Array.isArray(risk)) return void 0;
    const v = risk[key];
    return typeof v === "string" ? v : void 0;
  };
  const tier = field("eu_ai_act");
  const role = field("role");
  return {
    file: agent.doc.file,
    ...agent.name !== void 0 ? { name: agent.name } : {},
    ...tier !== void 0 ? { tier } : {},
    ...role !== void 0 ? { role } : {}
  };
}
function selectFrameworks(all, wanted) {
  if (!wanted || wanted.length === 0) return all;
  const unknown2 = wanted.filter((id) => !all.some((f) => f.id === id));
  if (unknown2.length > 0) {
    throw new UsageError(`unknown framework '${unknown2[0]}'; known: ${all.map((f) => f.id).join(", ")}`);
  }
  return all.filter((f) => wanted.includes(f.id));
}
function loadTexts(sources, errors = []) {
  const docs = [];
  let files = 0;
  for (const { file, text: text3 } of sources) {
    files++;
    const parsed = parseSource(file, text3);
    docs.push(...parsed.documents);
    errors.push(...parsed.errors);
  }
  return { agents: docs.map(normalise), errors, files };
}
async function loadFromDisk(opts) {
  const found = await discover({
    root: opts.root,
    paths: opts.paths,
    include: opts.include,
    exclude: opts.exclude
  });
  const loaded = await loadFiles(found.files, { maxFileSize: opts.maxFileSize });
  return { agents: loaded.agents, errors: [...found.errors, ...loaded.errors], files: found.files.length };
}
async function runCheck(opts) {
  selectFrameworks((opts.policy?.policy ?? loadPolicy()).frameworks, opts.frameworks);
  return checkAgents(await loadFromDisk(opts), opts);
}
function checkAgents(loaded, opts) {
  const policy = opts.policy?.policy ?? loadPolicy();
  const config = opts.policy?.config;
  const frameworks = selectFrameworks(policy.frameworks, opts.frameworks);
  const limitToFrameworks = (opts.frameworks?.length ?? 0) > 0;
  const inScope2 = (c) => !limitToFrameworks || c.builtin || isPolicyCheck(c.id) || frameworks.some((fw) => fw.controls.some((ctl) => ctl.checks.includes(c.id)));
  const checks = policy.checks.filter(inScope2);
  const byId = new Map(checks.map((c) => [c.id, c]));
  const allById = new Map(policy.checks.map((c) => [c.id, c]));
  const overrides = checkOverrides(config?.settings.checks, allById);
  const { agents, files } = loaded;
  const errors = [...loaded.errors];
  const now = opts.now ?? Date.now();
  const evaluation = evaluate(agents, checks, {
    params: opts.params,
    now,
    severityOverrides: overrides.severity,
    disabled: overrides.disabled
  });
  const scrub = makeRedactor(agents.flatMap((a) => a.redact));
  const controlsOf = /* @__PURE__ */ new Map();
  const fingerprintFor = fingerprinter();
  const findingAgents = /* @__PURE__ */ new Map();
  let findings = [];
  for (const raw2 of evaluation.findings) {
    const check = byId.get(raw2.ruleId);
    if (!check) continue;
    const agent = agents[raw2.agentIndex];
    const span = agent.doc.locate(raw2.pointer);
    const key = {
      ruleId: raw2.ruleId,
      agent: agent.name,
      file: agent.doc.file,
      docIndex: agent.doc.docIndex,
      pointer: raw2.pointer,
      data: agent.doc.data
    };
    const fingerprint = fingerprintFor(key);
    let controls = controlsOf.get(raw2.ruleId);
    if (!controls) controlsOf.set(raw2.ruleId, controls = controlsForCheck(raw2.ruleId, frameworks));
    findingAgents.set(fingerprint, raw2.agentIndex);
    findings.push({
      ruleId: raw2.ruleId,
      title: check.title,
      severity: raw2.severity,
      message: scrub(raw2.message),
      file: agent.doc.file,
      line: span.line,
      column: span.column,
      endLine: span.endLine,
      endColumn: span.endColumn,
      path: redactPointer(raw2.pointer, scrub),
      ...agent.name !== void 0 ? { agent: scrub(agent.name) } : {},
      controls,
      remediation: check.remediation,
      status: "open",
      fingerprint
    });
  }
  if (config) {
    const waived2 = applyWaivers(findings, config.settings.waivers ?? [], {
      now,
      checks: allById,
      severityOf: (id) => overrides.severity[id] ?? allById.get(id)?.severity ?? "high",
      ran: (id) => byId.has(id) && !overrides.disabled.has(id)
    });
    const problems = [...overrides.problems, ...waived2.problems].map((p) => {
      const raised = overrides.severity[p.ruleId];
      const severity = raised && severityRank(raised) < severityRank(p.severity) ? raised : p.severity;
      return policyFinding(
        { ...p, severity },
        config,
        allById.get(p.ruleId),
        controlsForCheck(p.ruleId, frameworks)
      );
    });
    findings = [...waived2.findings, ...problems];
    errors.push(...waived2.issues.map((issue) => configIssueError(issue, config)));
  }
  findings.sort(compareFindings);
  for (const e of evaluation.errors) {
    const agent = agents[e.agentIndex];
    errors.push({
      file: agent?.doc.file ?? "",
      line: 1,
      column: 1,
      message: scrub(`check ${e.ruleId} could not be evaluated: ${e.message}`)
    });
  }
  errors.sort(compareErrors);
  const counts2 = emptyCounts();
  let waived = 0;
  for (const f of findings) {
    if (f.status === "waived") waived++;
    else counts2[f.severity]++;
  }
  const failing = findings.some((f) => f.status === "open" && reaches(f.severity, opts.failOn));
  const report = {
    schemaVersion: 1,
    tool: { name: "agentpolicy", version: TOOL_VERSION },
    summary: {
      files,
      agents: agents.length,
      findings: counts2,
      waived,
      errors: new Set(errors.map((e) => e.file)).size,
      passed: !failing && errors.length === 0,
      failOn: opts.failOn
    },
    frameworks: computeCoverage({
      frameworks,
      findings,
      evaluated: new Set(evaluation.applied),
      agents: agents.map(coverageAgent)
    }),
    findings,
    errors,
    agents: inventoryRows(agents, findings, findingAgents)
  };
  return { report, rules: checks.map((c) => ruleMetaOf(c, frameworks)), agents };
}

// src/diff/changes.ts
function obj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function list2(v) {
  return Array.isArray(v) ? v : [];
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function num(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}
function strings(v) {
  if (typeof v === "string") return [v];
  return list2(v).filter((x) => typeof x === "string");
}
function dur(v) {
  return v === void 0 ? void 0 : formatDuration(v);
}
function minus(a, b) {
  return a.filter((x) => !b.includes(x));
}
var Details = class {
  items = [];
  add(kind, path, subject, escalation, before, after) {
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
function permissionsOf(data) {
  return list2(data.permissions).map((raw2, index) => {
    const p = obj(raw2) ?? {};
    return {
      index,
      resource: str(p.resource) ?? "",
      actions: strings(p.actions),
      category: str(p.category),
      approval: str(p.approval),
      raw: raw2
    };
  });
}
function permissionLabel(p) {
  return `${p.actions.length ? p.actions.join(", ") : "no actions"} on ${p.resource || "(no resource)"}`;
}
function accessRank(raw2) {
  const level = permissionAccessLevel(raw2);
  return level === null ? 0 : ACCESS_LEVELS.indexOf(level);
}
function pairPermissions(base, head) {
  const pairs2 = [];
  const freeB = new Set(base);
  const freeH = new Set(head);
  const pass = (how, match) => {
    for (const h of head) {
      if (!freeH.has(h)) continue;
      const b = base.find((x) => freeB.has(x) && match(x, h));
      if (!b) continue;
      freeB.delete(b);
      freeH.delete(h);
      pairs2.push({ b, h, how });
    }
  };
  pass("same", (b, h) => b.resource === h.resource && b.category === h.category);
  pass("same", (b, h) => b.resource === h.resource);
  pass("widened", (b, h) => h.resource.includes("*") && globMatch(b.resource, h.resource));
  pass("narrowed", (b, h) => b.resource.includes("*") && globMatch(h.resource, b.resource));
  return { pairs: pairs2, added: head.filter((h) => freeH.has(h)), removed: base.filter((b) => freeB.has(b)) };
}
function gatesOf(data) {
  return list2(data.approvals).map((raw2, index) => {
    const g = obj(raw2) ?? {};
    return {
      index,
      name: str(g.name),
      approvers: strings(g.approvers),
      min: num(g.min_approvals),
      timeout: num(g.timeout),
      onTimeout: str(g.on_timeout)
    };
  });
}
function weakerGate(before, after) {
  if (!after) return true;
  if (!before) return false;
  return (after.min ?? 1) < (before.min ?? 1) || after.onTimeout === "allow" && before.onTimeout !== "allow";
}
function diffPermissions(base, head, out) {
  const baseGates = gatesOf(base);
  const headGates = gatesOf(head);
  const { pairs: pairs2, added, removed } = pairPermissions(permissionsOf(base), permissionsOf(head));
  for (const h of added) {
    out.add(
      "permission-added",
      `/permissions/${h.index}`,
      permissionLabel(h),
      true,
      void 0,
      permissionLabel(h)
    );
  }
  for (const b of removed) {
    out.add("permission-removed", `/permissions/${b.index}`, permissionLabel(b), false, permissionLabel(b));
  }
  for (const { b, h, how } of pairs2) {
    const at = `/permissions/${h.index}`;
    const label = permissionLabel(h);
    if (how !== "same") {
      out.add(`permission-${how}`, `${at}/resource`, label, how === "widened", permissionLabel(b), label);
    } else if (!b.actions.includes("*")) {
      const more = minus(h.actions, b.actions);
      const fewer = minus(b.actions, h.actions);
      if (more.length > 0)
        out.add("permission-widened", `${at}/actions`, label, true, permissionLabel(b), label);
      else if (fewer.length > 0)
        out.add("permission-narrowed", `${at}/actions`, label, false, permissionLabel(b), label);
    } else if (!h.actions.includes("*")) {
      out.add("permission-narrowed", `${at}/actions`, label, false, permissionLabel(b), label);
    }
    if (b.category !== h.category) {
      const wider = accessRank(h.raw) > accessRank(b.raw) || isSensitivePermission(h.raw) && !isSensitivePermission(b.raw);
      out.add(
        "permission-category-changed",
        `${at}/category`,
        `${label}: category`,
        wider,
        b.category,
        h.category
      );
    }
    if (b.approval !== void 0 && h.approval === void 0) {
      out.add("gate-removed", `${at}/approval`, label, true, b.approval);
    } else if (b.approval === void 0 && h.approval !== void 0) {
      out.add("gate-added", `${at}/approval`, label, false, void 0, h.approval);
    } else if (b.approval !== h.approval) {
      const before = baseGates.find((g) => g.name === b.approval);
      const after = headGates.find((g) => g.name === h.approval);
      out.add("gate-changed", `${at}/approval`, label, weakerGate(before, after), b.approval, h.approval);
    }
  }
}
function credentialsOf(data) {
  return list2(data.credentials).map((raw2, index) => {
    const c = obj(raw2) ?? {};
    return {
      index,
      name: str(c.name),
      type: str(c.type),
      ttl: num(c.ttl),
      rotation: num(c.rotation),
      shared: typeof c.shared === "boolean" ? c.shared : void 0
    };
  });
}
var CREDENTIAL_STRENGTH = {
  "oidc-federation": 3,
  "workload-identity": 3,
  "managed-identity": 3,
  mtls: 3,
  "oauth-client-credentials": 2,
  "api-key": 1,
  "static-token": 1,
  password: 1
};
function strength(type) {
  return type !== void 0 ? CREDENTIAL_STRENGTH[type] ?? 0 : 0;
}
function pairByName(base, head) {
  const pairs2 = [];
  const freeB = new Set(base);
  const unnamedB = base.filter((b) => b.name === void 0);
  const unnamedH = head.filter((h) => h.name === void 0);
  const added = [];
  for (const h of head) {
    const b = h.name !== void 0 ? base.find((x) => freeB.has(x) && x.name === h.name) : unnamedB[unnamedH.indexOf(h)];
    if (b && freeB.has(b)) {
      freeB.delete(b);
      pairs2.push({ b, h });
    } else added.push(h);
  }
  return { pairs: pairs2, added, removed: base.filter((b) => freeB.has(b)) };
}
function credLabel(c) {
  return `credential ${c.name ?? `#${c.index + 1}`}`;
}
function longer(before, after) {
  return before !== void 0 && (after === void 0 || after > before);
}
function diffCredentials(base, head, out) {
  const { pairs: pairs2, added, removed } = pairByName(credentialsOf(base), credentialsOf(head));
  for (const h of added) {
    const what = `${h.name ?? `#${h.index + 1}`}${h.type ? ` (${h.type})` : ""}`;
    out.add("credential-added", `/credentials/${h.index}`, `credential ${what}`, true, void 0, what);
  }
  for (const b of removed) {
    out.add(
      "credential-removed",
      `/credentials/${b.index}`,
      credLabel(b),
      false,
      b.name ?? `#${b.index + 1}`
    );
  }
  for (const { b, h } of pairs2) {
    const at = `/credentials/${h.index}`;
    const label = credLabel(h);
    if (b.type !== h.type) {
      out.add(
        "credential-type-changed",
        `${at}/type`,
        `${label} type`,
        strength(h.type) < strength(b.type),
        b.type,
        h.type
      );
    }
    if (b.ttl !== h.ttl) {
      out.add(
        "credential-ttl-changed",
        `${at}/ttl`,
        `${label} TTL`,
        longer(b.ttl, h.ttl),
        dur(b.ttl),
        dur(h.ttl)
      );
    }
    if (b.rotation !== h.rotation) {
      out.add(
        "credential-rotation-changed",
        `${at}/rotation`,
        `${label} rotation`,
        longer(b.rotation, h.rotation),
        dur(b.rotation),
        dur(h.rotation)
      );
    }
    if ((b.shared ?? false) !== (h.shared ?? false)) {
      const show2 = (s) => s ? "shared" : "not shared";
      out.add(
        "credential-sharing-changed",
        `${at}/shared`,
        label,
        h.shared === true,
        show2(b.shared),
        show2(h.shared)
      );
    }
  }
}
function gateLabel(g) {
  return `approval gate ${g.name ?? `#${g.index + 1}`}`;
}
function diffGates(base, head, out) {
  const { pairs: pairs2, added, removed } = pairByName(gatesOf(base), gatesOf(head));
  for (const h of added) {
    out.add(
      "gate-added",
      `/approvals/${h.index}`,
      gateLabel(h),
      false,
      void 0,
      h.name ?? `#${h.index + 1}`
    );
  }
  for (const b of removed) {
    out.add("gate-removed", `/approvals/${b.index}`, gateLabel(b), true, b.name ?? `#${b.index + 1}`);
  }
  for (const { b, h } of pairs2) {
    const at = `/approvals/${h.index}`;
    const label = gateLabel(h);
    const bMin = b.min ?? 1;
    const hMin = h.min ?? 1;
    if (bMin !== hMin) {
      const weaker = hMin < bMin;
      out.add(
        weaker ? "gate-weakened" : "gate-strengthened",
        `${at}/min_approvals`,
        `${label} minimum approvals`,
        weaker,
        String(bMin),
        String(hMin)
      );
    }
    if (b.onTimeout !== h.onTimeout) {
      const weaker = h.onTimeout === "allow" || b.onTimeout === "deny" && h.onTimeout === void 0;
      out.add(
        weaker ? "gate-weakened" : "gate-changed",
        `${at}/on_timeout`,
        `${label} on timeout`,
        weaker,
        b.onTimeout,
        h.onTimeout
      );
    }
    const dropped = minus(b.approvers, h.approvers);
    const joined2 = minus(h.approvers, b.approvers);
    if (dropped.length > 0 || joined2.length > 0) {
      out.add(
        dropped.length > 0 ? "gate-weakened" : "gate-approvers-added",
        `${at}/approvers`,
        `${label} approvers`,
        true,
        b.approvers.join(", ") || void 0,
        h.approvers.join(", ") || void 0
      );
    }
    if (b.timeout !== h.timeout) {
      const weaker = b.timeout !== void 0 && h.timeout === void 0 || h.onTimeout === "allow" && h.timeout !== void 0 && (b.timeout === void 0 || h.timeout < b.timeout);
      out.add(
        weaker ? "gate-weakened" : "gate-changed",
        `${at}/timeout`,
        `${label} timeout`,
        weaker,
        dur(b.timeout),
        dur(h.timeout)
      );
    }
  }
}
var AUTONOMY = ["human-in-the-loop", "supervised", "autonomous"];
function diffRisk(base, head, out) {
  const b = obj(base.risk) ?? {};
  const h = obj(head.risk) ?? {};
  const bt = str(b.eu_ai_act);
  const ht = str(h.eu_ai_act);
  if (bt !== ht) {
    out.add("risk-tier-changed", "/risk/eu_ai_act", "EU AI Act risk tier", true, bt, ht);
  }
  const ba = str(b.autonomy);
  const ha = str(h.autonomy);
  if (ba !== ha) {
    const more = ha === void 0 || AUTONOMY.indexOf(ha) > AUTONOMY.indexOf(ba ?? "human-in-the-loop");
    out.add("autonomy-changed", "/risk/autonomy", "autonomy", more, ba, ha);
  }
  const bc = strings(b.data_classes);
  const hc = strings(h.data_classes);
  const newClasses = minus(hc, bc);
  if (newClasses.length > 0) {
    out.add(
      "data-classes-added",
      "/risk/data_classes",
      `data classes ${newClasses.join(", ")}`,
      true,
      void 0,
      newClasses.join(", ")
    );
  }
}
function flagWeakened(out, area, b, h, key, words2) {
  const bv = b[key];
  const hv = h[key];
  if (bv === hv) return;
  const show2 = (v) => v === void 0 ? void 0 : String(v);
  const weaker = bv === true && hv !== true;
  out.add(
    weaker ? `${area}-weakened` : `${area}-changed`,
    `/${area}/${key}`,
    `${area} ${words2}`,
    weaker,
    show2(bv),
    show2(hv)
  );
}
function diffAudit(base, head, out) {
  const b = obj(base.audit) ?? {};
  const h = obj(head.audit) ?? {};
  flagWeakened(out, "audit", b, h, "enabled", "enabled");
  flagWeakened(out, "audit", b, h, "immutable", "immutable");
  const br = num(b.retention);
  const hr = num(h.retention);
  if (br !== hr) {
    const weaker = br !== void 0 && (hr === void 0 || hr < br);
    out.add(
      weaker ? "audit-weakened" : "audit-changed",
      "/audit/retention",
      "audit retention",
      weaker,
      dur(br),
      dur(hr)
    );
  }
  const bs = str(b.sink);
  const hs = str(h.sink);
  if (bs !== hs) {
    const weaker = bs !== void 0 && !hs;
    out.add(weaker ? "audit-weakened" : "audit-changed", "/audit/sink", "audit sink", weaker, bs, hs);
  }
  const droppedEvents = minus(strings(b.events), strings(h.events));
  if (droppedEvents.length > 0) {
    out.add(
      "audit-weakened",
      "/audit/events",
      "audit events",
      true,
      strings(b.events).join(", "),
      strings(h.events).join(", ") || void 0
    );
  }
}
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
  const bs = str(b.siem);
  const hs = str(h.siem);
  if (bs !== hs) {
    const weaker = bs !== void 0 && !hs;
    out.add(
      weaker ? "monitoring-weakened" : "monitoring-changed",
      "/monitoring/siem",
      "monitoring SIEM",
      weaker,
      bs,
      hs
    );
  }
  flagWeakened(out, "monitoring", b, h, "baseline", "baseline");
  const droppedAlerts = minus(strings(b.alerts), strings(h.alerts));
  if (droppedAlerts.length > 0) {
    out.add(
      "monitoring-weakened",
      "/monitoring/alerts",
      "monitoring alerts",
      true,
      strings(b.alerts).join(", "),
      strings(h.alerts).join(", ") || void 0
    );
  }
  const br = str(b.rate_limit);
  const hr = str(h.rate_limit);
  if (br !== hr) {
    const bRate = ratePerSecond(br);
    const hRate = ratePerSecond(hr);
    const weaker = br !== void 0 && (hr === void 0 || bRate !== void 0 && (hRate === void 0 || hRate > bRate));
    out.add(
      weaker ? "monitoring-weakened" : "monitoring-changed",
      "/monitoring/rate_limit",
      "monitoring rate limit",
      weaker,
      br,
      hr
    );
  }
}
function diffOversight(base, head, out) {
  const b = obj(base.oversight) ?? {};
  const h = obj(head.oversight) ?? {};
  if (b.kill_switch === true && h.kill_switch !== true) {
    out.add(
      "oversight-weakened",
      "/oversight/kill_switch",
      "kill switch",
      true,
      "true",
      h.kill_switch === void 0 ? void 0 : String(h.kill_switch)
    );
  }
  const bd = obj(base.delegation) ?? {};
  const hd = obj(head.delegation) ?? {};
  if (bd.can_delegate !== true && hd.can_delegate === true) {
    out.add(
      "delegation-enabled",
      "/delegation/can_delegate",
      "delegation to other agents",
      true,
      "false",
      "true"
    );
  }
  const newSubs = minus(strings(hd.sub_agents), strings(bd.sub_agents));
  if (newSubs.length > 0) {
    out.add(
      "sub-agents-added",
      "/delegation/sub_agents",
      `sub-agents ${newSubs.join(", ")}`,
      true,
      void 0,
      newSubs.join(", ")
    );
  }
}
function diffTools(base, head, out) {
  const toolsOf = (d) => list2(d.tools).map((raw2, index) => ({ index, name: str(obj(raw2)?.name), source: str(obj(raw2)?.source) }));
  const { added, removed } = pairByName(toolsOf(base), toolsOf(head));
  const label = (t) => `tool ${t.name ?? `#${t.index + 1}`}`;
  for (const t of added) {
    const from = t.source !== void 0 ? ` from ${t.source}` : "";
    out.add("tool-added", `/tools/${t.index}`, `${label(t)}${from}`, true, void 0, t.source ?? t.name);
  }
  for (const t of removed) out.add("tool-removed", `/tools/${t.index}`, label(t), false, t.source ?? t.name);
}
function diffAgentData(base, head) {
  const out = new Details();
  diffPermissions(base, head, out);
  diffCredentials(base, head, out);
  diffGates(base, head, out);
  diffRisk(base, head, out);
  diffAudit(base, head, out);
  diffMonitoring(base, head, out);
  diffOversight(base, head, out);
  diffTools(base, head, out);
  return out.items;
}
function keyed(agents) {
  const out = /* @__PURE__ */ new Map();
  for (const a of agents) {
    let key = a.name !== void 0 && a.name !== "" ? `name:${a.name}` : `doc:${a.doc.file}#${a.doc.docIndex}`;
    for (let n = 2; out.has(key); n++) key = `${key}\0${n}`;
    out.set(key, a);
  }
  return out;
}
function agentName2(a) {
  return a.name ?? `(unnamed agent ${a.doc.docIndex + 1} in ${a.doc.file})`;
}
function addedDetails(a) {
  const out = new Details();
  const level = agentAccessLevel(a.data.permissions);
  out.add("agent-added", "", `agent ${agentName2(a)}`, true, void 0, level);
  for (const p of permissionsOf(a.data)) {
    out.add(
      "permission-added",
      `/permissions/${p.index}`,
      permissionLabel(p),
      true,
      void 0,
      permissionLabel(p)
    );
  }
  return out.items;
}
function diffAgents(base, head) {
  const before = keyed(base);
  const after = keyed(head);
  const changes = [];
  for (const [key, h] of after) {
    const b = before.get(key);
    if (!b) {
      changes.push({ agent: agentName2(h), file: h.doc.file, change: "added", details: addedDetails(h) });
      continue;
    }
    const details = diffAgentData(b.data, h.data);
    if (details.length > 0)
      changes.push({ agent: agentName2(h), file: h.doc.file, change: "modified", details });
  }
  for (const [key, b] of before) {
    if (after.has(key)) continue;
    const level = agentAccessLevel(b.data.permissions);
    changes.push({
      agent: agentName2(b),
      file: b.doc.file,
      change: "removed",
      details: [
        {
          kind: "agent-removed",
          path: "",
          subject: `agent ${agentName2(b)}`,
          before: level,
          escalation: false
        }
      ]
    });
  }
  return changes.sort((x, y) => x.file < y.file ? -1 : x.file > y.file ? 1 : 0);
}

// src/diff/base.ts
import { execFile } from "node:child_process";

// src/diff/select.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { posix } from "node:path";
var SKIPPED_DIRS2 = /* @__PURE__ */ new Set([".git", "node_modules"]);
function normalisePath(arg) {
  const p = posix.normalize(arg.replace(/\\/g, "/"));
  if (p === "." || p === "./") return "";
  if (p.startsWith("/") || p === ".." || p.startsWith("../")) return void 0;
  return p.replace(/\/$/, "");
}
function skippedBelow(file, folder) {
  const rest = folder === "" ? file : file.slice(folder.length + 1);
  const segments = rest.split("/");
  return segments.slice(0, -1).some((s) => SKIPPED_DIRS2.has(s));
}
function selectFiles(files, opts) {
  const custom = (opts.include?.length ?? 0) > 0;
  const include = (0, import_picomatch2.default)(custom ? [...opts.include ?? []] : [...DEFAULT_INCLUDE], {
    dot: true,
    nocase: !custom
  });
  const exclude = opts.exclude?.length ? (0, import_picomatch2.default)([...opts.exclude], { dot: true }) : () => false;
  const all = new Set(files);
  const picked = /* @__PURE__ */ new Set();
  for (const raw2 of opts.paths.length > 0 ? opts.paths : ["."]) {
    const arg = normalisePath(raw2);
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
    const scan2 = import_picomatch2.default.scan(arg);
    if (scan2.isGlob) {
      const matches = (0, import_picomatch2.default)(arg, { dot: true });
      const base = normalisePath(scan2.base || ".") ?? "";
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
  return new Promise((resolve7, reject) => {
    execFile(
      "git",
      args,
      { cwd: root, encoding: "buffer", maxBuffer, env: GIT_ENV },
      (error, stdout, stderr) => {
        if (error) {
          const detail2 = Buffer.isBuffer(stderr) ? stderr.toString("utf8").trim().split("\n")[0] : "";
          reject(
            Object.assign(new Error(detail2 || error.message), { code: error.code })
          );
        } else resolve7(stdout);
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
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decode4(file, bytes, maxFileSize) {
  const fail = (message) => ({
    file,
    line: 1,
    column: 1,
    message: `at the base: ${message}`
  });
  if (bytes.length > maxFileSize)
    return fail(`file is ${bytes.length} bytes, over the size limit of ${maxFileSize} bytes`);
  try {
    const text3 = strictUtf8.decode(bytes);
    return { file, text: text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3 };
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
async function loadBase(reader, opts) {
  const listing = await reader.list();
  const selected = selectFiles(listing.files, opts);
  const candidates = [.../* @__PURE__ */ new Set([...opts.headFiles, ...selected])].sort();
  const errors = [];
  const texts = [];
  const contents = await mapLimited(candidates, 8, (file) => reader.read(file));
  candidates.forEach((file, i) => {
    const bytes = contents[i];
    if (bytes === void 0) return;
    const decoded = decode4(file, bytes, opts.maxFileSize);
    if ("text" in decoded) texts.push(decoded);
    else errors.push(decoded);
  });
  return { ...loadTexts(texts, errors), read: texts.map((t) => t.file) };
}

// src/diff/compare.ts
function redactChanges(changes, values) {
  if (values.length === 0) return changes;
  const r = (s) => redactText(s, values);
  const opt = (s) => s === void 0 ? void 0 : r(s);
  return changes.map((c) => ({
    ...c,
    agent: r(c.agent),
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
function compareWithBase(head, base, baseRef) {
  const atBase = new Set(base.report.findings.map((f) => f.fingerprint));
  const atHead = new Set(head.report.findings.map((f) => f.fingerprint));
  const findings = head.report.findings.map((f) => ({ ...f, new: !atBase.has(f.fingerprint) }));
  const fixed = base.report.findings.filter((f) => !atHead.has(f.fingerprint)).map((f) => {
    const copy = { ...f };
    delete copy.new;
    return copy;
  });
  const added = findings.filter((f) => f.new).length;
  const secrets = [...head.agents, ...base.agents].flatMap((a) => a.redact);
  return {
    ...head.report,
    summary: { ...head.report.summary, new: added, fixed: fixed.length, unchanged: findings.length - added },
    findings,
    base: { ref: baseRef.ref, sha: baseRef.sha },
    changes: redactChanges(diffAgents(base.agents, head.agents), secrets),
    fixed
  };
}
function checkedFiles(head) {
  return [
    .../* @__PURE__ */ new Set([...head.agents.map((a) => a.doc.file), ...head.report.errors.map((e) => e.file)])
  ].sort();
}
async function compareWithReader(head, reader, ref, opts) {
  const loaded = await loadBase(reader, {
    paths: opts.paths,
    include: opts.include,
    exclude: opts.exclude,
    maxFileSize: opts.maxFileSize,
    headFiles: checkedFiles(head)
  });
  const base = checkAgents(loaded, opts);
  return { ...head, report: compareWithBase(head, base, { ref, sha: reader.sha }) };
}

// src/format/escape.ts
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function wellFormed(s) {
  return s.replace(LONE_SURROGATE, "�");
}
var LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
var CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function oneLine4(value) {
  return wellFormed(String(value)).replace(LINE_BREAKS, " ").replace(/\t/g, " ").replace(CONTROLS, "�");
}
var MENTION_BREAK = "@&#8203;";
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
  const text3 = oneLine4(value).trim().replace(MARKDOWN_SPECIAL, (c) => MARKDOWN_CHAR[c] ?? c).replace(/:\/\//g, "&#8203;://").replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}&#8203;.`);
  return text3.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}
function safeHttpsUrl(url) {
  return typeof url === "string" && /^https:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+$/.test(url) ? url : void 0;
}
function printable(value) {
  return wellFormed(String(value)).replace(CONTROLS, "�");
}
var COMMAND_START = /^[\s\u0085]*::/;
function commandSafe(text3, prefix = "'") {
  return COMMAND_START.test(text3) ? prefix + text3 : text3;
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

// src/format/span.ts
function positive(n, fallback) {
  return typeof n === "number" && Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback;
}
function spanOf(pos) {
  const line = positive(pos.line, 1);
  const column = positive(pos.column, 1);
  const endLine = Math.max(line, positive(pos.endLine, line));
  const endColumn = positive(pos.endColumn, column);
  return { line, column, endLine, endColumn: endLine === line ? Math.max(column, endColumn) : endColumn };
}

// src/format/github.ts
var ANNOTATION_COMMAND = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "notice",
  info: "notice"
};
function command(name, props, message) {
  const list3 = props.map(([k, v]) => `${k}=${escapeProperty(printable(String(v)))}`).join(",");
  return `::${name} ${list3}::${escapeData(printable(message))}`;
}
function location(file, pos) {
  const s = spanOf(pos);
  const oneLine5 = s.endLine === s.line;
  const props = [
    ["file", file],
    ["line", s.line]
  ];
  if (oneLine5) props.push(["col", s.column]);
  props.push(["endLine", s.endLine]);
  if (oneLine5) props.push(["endColumn", s.endColumn]);
  return props;
}
function findingLine(f) {
  const title = `${f.ruleId}: ${f.title}`;
  const who = f.agent ? `${f.agent}: ` : "";
  const marker = f.new ? " (new)" : "";
  const fix = f.remediation ? `

Fix: ${f.remediation}` : "";
  return command(
    ANNOTATION_COMMAND[f.severity],
    [...location(f.file, f), ["title", title]],
    `[${f.severity}${marker}] ${who}${f.message}${fix}`
  );
}
function errorLine(e) {
  return command("error", [...location(e.file, e), ["title", "agentpolicy: file not checked"]], e.message);
}
function formatGithub({ report }) {
  const lines = [
    ...report.errors.map(errorLine),
    ...report.findings.filter((f) => f.status !== "waived").map(findingLine)
  ];
  return lines.length ? lines.join("\n") + "\n" : "";
}

// src/format/evidence.ts
function runTime(input) {
  const at = input.report.run?.generatedAt;
  const parsed = typeof at === "string" ? Date.parse(at) : NaN;
  if (Number.isFinite(parsed)) return parsed;
  return typeof input.now === "number" && Number.isFinite(input.now) ? Math.trunc(input.now) : Date.now();
}
function frameworkTitles(report) {
  return new Map(report.frameworks.map((f) => [f.id, f.title || f.id]));
}
function keyOf2(name, file) {
  return `${file}\0${name ?? ""}`;
}
function summaryFor(report, f) {
  const agents = report.agents ?? [];
  if (f.agent === void 0) {
    const unnamed = agents.filter((a) => a.file === f.file && a.name.startsWith(`${a.file}#`));
    return unnamed.length === 1 ? unnamed[0] : void 0;
  }
  return agents.find((a) => a.name === f.agent && a.file === f.file) ?? agents.find((a) => a.name === f.agent);
}
function agentViews(report) {
  const views = /* @__PURE__ */ new Map();
  for (const a of report.agents ?? []) {
    views.set(keyOf2(a.name, a.file), {
      key: keyOf2(a.name, a.file),
      name: a.name,
      file: a.file,
      summary: a,
      findings: []
    });
  }
  for (const f of report.findings) {
    const summary2 = summaryFor(report, f);
    const key = summary2 ? keyOf2(summary2.name, summary2.file) : keyOf2(f.agent, f.file);
    let view = views.get(key);
    if (!view) {
      view = { key, name: f.agent ?? f.file, file: f.file, findings: [] };
      views.set(key, view);
    }
    view.findings.push(f);
  }
  return [...views.values()];
}
function checksOfFramework(framework2) {
  return [...new Set(framework2.controls.flatMap((c) => c.checks))];
}

// src/format/summary.ts
function plural2(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function problemCount(report) {
  return SEVERITIES.reduce((n, s) => n + report.summary.findings[s], 0);
}
function severityBreakdown(report) {
  return SEVERITIES.filter((s) => report.summary.findings[s] > 0).map((s) => `${report.summary.findings[s]} ${s}`).join(", ");
}
function blockingCount(report) {
  const { findings, failOn } = report.summary;
  return SEVERITIES.filter((s) => reaches(s, failOn)).reduce((n, s) => n + findings[s], 0);
}
function tally(report) {
  const { summary: summary2 } = report;
  const problems = problemCount(report);
  const parts = [
    problems === 0 ? "no problems" : `${plural2(problems, "problem")} (${severityBreakdown(report)})`
  ];
  if (summary2.waived > 0) parts.push(`${summary2.waived} waived`);
  if (summary2.errors > 0) parts.push(plural2(summary2.errors, "file error"));
  if (summary2.new !== void 0) parts.push(`${summary2.new} new`);
  if (summary2.fixed !== void 0) parts.push(`${summary2.fixed} fixed`);
  return parts.join(", ");
}
function verdict(report) {
  const { passed, failOn } = report.summary;
  if (passed) return `passed (fail-on: ${failOn})`;
  const blocking = blockingCount(report);
  if (blocking === 0) return `failed (fail-on: ${failOn})`;
  const at = failOn === "critical" ? "critical" : `${failOn} or above`;
  return `failed: ${plural2(blocking, "finding")} at ${at}`;
}
function tallyControls(framework2) {
  const t = { pass: 0, fail: 0, waived: 0, "not-applicable": 0, manual: 0, failingIds: [] };
  for (const c of framework2.controls) {
    t[c.status] += 1;
    if (c.status === "fail") t.failingIds.push(c.id);
  }
  return t;
}

// src/format/html/sections.ts
var STATUS_LABEL = {
  pass: "Pass",
  fail: "Fail",
  waived: "Waived",
  manual: "Manual",
  "not-applicable": "N/A"
};
var STATUS_ORDER = ["pass", "fail", "waived", "manual", "not-applicable"];
function badge(cls, text3) {
  return `<span class="badge ${escapeHtml(cls)}">${escapeHtml(text3)}</span>`;
}
function utc(ms) {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function row(cells, header2 = false) {
  const tag = header2 ? "th" : "td";
  return `<tr>${cells.map((c) => c.startsWith("<td") || c.startsWith("<th") ? c : `<${tag}>${c}</${tag}>`).join("")}</tr>`;
}
function table(head, rows, cls = "") {
  return `<table${cls ? ` class="${cls}"` : ""}><thead>${row(head, true)}</thead><tbody>${rows.map((r) => row(r)).join("")}</tbody></table>`;
}
function num2(n) {
  return `<td class="num">${n}</td>`;
}
function inlineCode(text3) {
  return text3.replace(/^\n+|\n+$/g, "").split(/`([^`\n]+)`/).map((p, j) => j % 2 === 1 ? `<code>${escapeHtml(p)}</code>` : escapeHtml(p)).join("");
}
function richText(text3) {
  const out = [];
  let at = 0;
  while (at < text3.length) {
    const open2 = text3.indexOf("```", at);
    const bodyStart = open2 < 0 ? -1 : text3.indexOf("\n", open2 + 3);
    const close = bodyStart < 0 ? -1 : text3.indexOf("```", bodyStart + 1);
    if (close < 0) break;
    out.push(inlineCode(text3.slice(at, open2)));
    out.push(
      `<pre class="code"><code>${escapeHtml(text3.slice(bodyStart + 1, close).replace(/\n$/, ""))}</code></pre>`
    );
    at = close + 3;
  }
  out.push(inlineCode(text3.slice(at)));
  return out.join("").trim();
}
function loc(f) {
  return `<span class="mono wrap">${escapeHtml(f.file)}:${f.line}${f.column !== void 0 ? `:${f.column}` : ""}</span>`;
}
function capitalised(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function reason(report) {
  const { failOn, errors } = report.summary;
  const threshold = failOn === "never" ? "" : failOn === "critical" ? "critical" : `${failOn} or above`;
  const parts = [];
  const blocking = blockingCount(report);
  if (blocking > 0) parts.push(`${plural2(blocking, "open finding")} at ${threshold}`);
  if (errors > 0) parts.push(`${plural2(errors, "file")} could not be checked`);
  if (parts.length > 0) return `${capitalised(parts.join("; "))}.`;
  if (!report.summary.passed) return `${verdict(report)}.`;
  return failOn === "never" ? "Findings never fail this run (fail-on: never)." : `No open finding at ${threshold}.`;
}
function masthead(report, time) {
  const { summary: summary2, run } = report;
  const meta = [];
  if (run?.repository) meta.push(["Repository", `<span class="mono">${escapeHtml(run.repository)}</span>`]);
  if (run?.commit) meta.push(["Commit", `<span class="mono">${escapeHtml(run.commit)}</span>`]);
  if (run?.ref) meta.push(["Ref", `<span class="mono">${escapeHtml(run.ref)}</span>`]);
  if (report.base) {
    meta.push([
      "Compared with",
      `<span class="mono">${escapeHtml(report.base.ref)} (${escapeHtml(report.base.sha.slice(0, 12))})</span>`
    ]);
  }
  meta.push(["Generated", escapeHtml(utc(time))]);
  meta.push(["Tool", `${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}`]);
  if (run?.rulePacks && run.rulePacks.length > 0) {
    meta.push(["Rule packs", run.rulePacks.map((p) => `${escapeHtml(p.name)} ${escapeHtml(p.version)}`).join(", ")]);
  }
  if (report.frameworks.length > 0) {
    meta.push([
      "Frameworks",
      report.frameworks.map((f) => `${escapeHtml(f.title || f.id)}${f.version ? ` (${escapeHtml(f.version)})` : ""}`).join("; ")
    ]);
  }
  meta.push(["Scope", `${plural2(summary2.files, "file")}, ${plural2(summary2.agents, "agent")}`]);
  meta.push(["Fail-on", escapeHtml(summary2.failOn)]);
  const state = summary2.passed ? "passed" : "failed";
  return `<header class="masthead">
<p class="eyebrow">agentpolicy · AI agent identity compliance</p>
<h1>Agent compliance report</h1>
<div class="verdict ${state}"><strong>${summary2.passed ? "Passed" : "Failed"}</strong><span>${escapeHtml(reason(report))}</span><span class="muted">${escapeHtml(capitalised(tally(report)))}.</span></div>
<dl class="meta">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>
${cards(report)}
</header>`;
}
function cards(report) {
  const s = report.summary;
  const list3 = SEVERITIES.map(
    (sev) => `<div class="card sev-${sev}"><span class="n">${s.findings[sev]}</span><span class="l">${sev}</span></div>`
  );
  const plain = (n, label) => `<div class="card plain"><span class="n">${n}</span><span class="l">${label}</span></div>`;
  list3.push(plain(s.waived, "waived"), plain(s.errors, "file errors"));
  if (s.new !== void 0) list3.push(plain(s.new, "new"));
  if (s.fixed !== void 0) list3.push(plain(s.fixed, "fixed"));
  return `<div class="cards" aria-label="Open findings by severity">${list3.join("")}</div>`;
}
function coverageBar(fw) {
  const t = tallyControls(fw);
  const total = fw.controls.length;
  if (total === 0) return "";
  const segments = STATUS_ORDER.filter((s) => t[s] > 0).map(
    (s) => `<span class="st-${s}" style="width:${(t[s] / total * 100).toFixed(2)}%" title="${STATUS_LABEL[s]}: ${t[s]}"></span>`
  );
  const legend = STATUS_ORDER.map((s) => `<span><i class="st-${s}"></i>${STATUS_LABEL[s]} ${t[s]}</span>`);
  return `<div class="bar" role="img" aria-label="${STATUS_ORDER.map((s) => `${STATUS_LABEL[s]} ${t[s]}`).join(", ")}">${segments.join("")}</div>
<div class="legend">${legend.join("")}</div>`;
}
function frameworkSection(fw) {
  const t = tallyControls(fw);
  const assessed = t.pass + t.fail + t.waived;
  const counts2 = table(
    ["Pass", "Fail", "Waived", "Manual", "N/A", "Total"].map((h) => `<th class="num">${h}</th>`),
    [[...STATUS_ORDER.map((s) => num2(t[s])), num2(fw.controls.length)]],
    "counts"
  );
  const controls = table(
    ["Control", "Title", "Status", "Checks", `<th class="num">Failing</th>`],
    fw.controls.map((c) => [
      `<span class="mono nowrap">${escapeHtml(c.id)}</span>`,
      escapeHtml(c.title),
      badge(`st-${c.status}`, STATUS_LABEL[c.status] ?? String(c.status)),
      c.checks.length > 0 ? `<span class="mono">${c.checks.map((id) => `<span class="nowrap">${escapeHtml(id)}</span>`).join(", ")}</span>` : `<span class="muted">manual review</span>`,
      num2(c.failing)
    ])
  );
  const lead = assessed === 0 ? "No control of this framework is assessed automatically." : `${t.pass} of ${assessed} automatically assessed controls pass${t.waived > 0 ? `, ${t.waived} with a waiver` : ""}.`;
  return `<section class="framework">
<h3>${escapeHtml(fw.title || fw.id)}${fw.version ? ` <span class="muted">(${escapeHtml(fw.version)})</span>` : ""}</h3>
<p>${lead}${t.manual > 0 ? ` ${plural2(t.manual, "control")} ${t.manual === 1 ? "needs" : "need"} manual evidence.` : ""}</p>
${coverageBar(fw)}
${counts2}
${controls}
</section>`;
}
function coverageSection(report) {
  if (report.frameworks.length === 0) return "";
  return `<section id="coverage"><h2>Control coverage</h2>
<p class="muted">A control passes when every check mapped to it passes for every agent; manual controls need evidence outside the manifests.</p>
${report.frameworks.map(frameworkSection).join("\n")}
</section>`;
}
function agentAnchor(index) {
  return `agent-${index + 1}`;
}
function openOf(v) {
  return v.findings.filter((f) => f.status === "open");
}
function inventorySection(report, views) {
  if (views.length === 0)
    return `<section id="inventory"><h2>Agent inventory</h2><p>No agents were checked.</p></section>`;
  const link = (v, i) => openOf(v).length > 0 ? `<a href="#${agentAnchor(i)}">${escapeHtml(v.name)}</a>` : escapeHtml(v.name);
  const counts2 = (v) => [
    num2(openOf(v).length),
    num2(v.findings.length - openOf(v).length)
  ];
  if (!report.agents) {
    return `<section id="inventory"><h2>Agent inventory</h2>
<p class="muted">This report lists agents by their findings only (${plural2(report.summary.agents, "agent")} checked); owner, identity and access level are not part of it.</p>
${table(
      ["Agent", "File", `<th class="num">Open findings</th>`, `<th class="num">Waived</th>`],
      views.map((v, i) => [link(v, i), `<span class="mono wrap">${escapeHtml(v.file)}</span>`, ...counts2(v)])
    )}
</section>`;
  }
  const none = `<span class="muted">—</span>`;
  const cell2 = (v) => v ? escapeHtml(v) : none;
  const small = (v) => `<br><span class="muted small">${v}</span>`;
  const identity = (s) => s?.identityId ? `<span class="mono wrap">${escapeHtml(s.identityId)}</span>${s.identityProvider ? small(escapeHtml(s.identityProvider)) : ""}` : none;
  const context = (s) => s ? `${cell2(s.environment)}${small(`EU AI Act risk: ${s.riskTier ? escapeHtml(s.riskTier) : "not declared"}`)}` : none;
  const access = (s) => {
    if (!s) return none;
    const detail2 = [plural2(s.permissions, "permission")];
    if (s.sensitivePermissions > 0) detail2.push(`${s.sensitivePermissions} sensitive`);
    if (s.ungatedSensitive > 0) detail2.push(`${s.ungatedSensitive} without a gate`);
    return `${badge(`acc-${s.accessLevel}`, s.accessLevel)}${small(detail2.join(", "))}`;
  };
  const owner2 = (s) => s?.owner || s?.sponsor ? `<span class="wrap">${cell2(s.owner)}</span>${s.sponsor ? small(`sponsor <span class="wrap">${escapeHtml(s.sponsor)}</span>`) : ""}` : none;
  const findings = (v) => {
    const open2 = openOf(v).length;
    const waived = v.findings.length - open2;
    return `<td class="num">${open2}${waived > 0 ? small(`${waived} waived`) : ""}</td>`;
  };
  return `<section id="inventory"><h2>Agent inventory</h2>
<p class="muted">Access level is derived from the declared permissions: read-only, write, or privileged (admin, deploy or wildcard access, or any identity, secrets, code-execution, deployment or payments permission).</p>
${table(
    ["Agent", "Owner", "Identity", "Environment", "Access", `<th class="num">Open</th>`],
    views.map((v, i) => [
      `${link(v, i)}${small(`<span class="mono wrap">${escapeHtml(v.file)}</span>`)}`,
      owner2(v.summary),
      identity(v.summary),
      context(v.summary),
      access(v.summary),
      findings(v)
    ]),
    "inventory"
  )}
</section>`;
}
function citations(f, titles) {
  if (f.controls.length === 0) return `<span class="muted">none</span>`;
  return `<ul class="cites">${f.controls.map(
    (c) => `<li>${escapeHtml(titles.get(c.framework) ?? c.framework)} — <strong>${escapeHtml(c.id)}</strong> ${escapeHtml(c.title)}</li>`
  ).join("")}</ul>`;
}
function findingCard(f, titles) {
  return `<article class="finding sev-${escapeHtml(f.severity)}">
<div>${badge(`sev-${f.severity}`, f.severity)} <span class="mono">${escapeHtml(f.ruleId)}</span> <span class="title">${escapeHtml(f.title)}</span>${f.new ? ` ${badge("new", "new")}` : ""}</div>
<p class="message">${escapeHtml(f.message)}</p>
<dl>
<dt>Location</dt><dd>${loc(f)} <span class="mono muted wrap">${escapeHtml(f.path)}</span></dd>
<dt>Controls</dt><dd>${citations(f, titles)}</dd>
${f.remediation ? `<dt>Remediation</dt><dd>${richText(f.remediation)}</dd>` : ""}
</dl>
</article>`;
}
function findingsSection(report, views) {
  const titles = frameworkTitles(report);
  const withOpen = views.map((v, i) => ({ v, i })).filter(({ v }) => openOf(v).length > 0);
  const clean = views.filter((v) => openOf(v).length === 0);
  const blocks = withOpen.map(
    ({ v, i }) => `<section class="agent" id="${agentAnchor(i)}">
<h3>${escapeHtml(v.name)} <span class="muted">(${plural2(openOf(v).length, "open finding")})</span></h3>
<p class="mono muted wrap">${escapeHtml(v.file)}</p>
${openOf(v).map((f) => findingCard(f, titles)).join("\n")}
</section>`
  );
  const none = withOpen.length === 0 ? "<p>No open findings.</p>" : "";
  const compliant = clean.length > 0 && withOpen.length > 0 ? `<p>No open findings for: ${clean.map((v) => `<strong>${escapeHtml(v.name)}</strong>`).join(", ")}.</p>` : "";
  return `<section id="findings"><h2>Findings by agent</h2>
${none}${compliant}
${blocks.join("\n")}
</section>`;
}
function waiversSection(report, time) {
  const waived = report.findings.filter((f) => f.status === "waived");
  if (waived.length === 0) return "";
  const today = new Date(time).toISOString().slice(0, 10);
  const expires = (f) => {
    const at = f.waiver?.expires;
    if (!at) return `<span class="muted">—</span>`;
    return `${escapeHtml(at)}${/^\d{4}-\d{2}-\d{2}/.test(at) && at.slice(0, 10) < today ? ` ${badge("expired", "expired")}` : ""}`;
  };
  return `<section id="waivers"><h2>Waivers (accepted risk)</h2>
${table(
    ["Agent", "Check", "Finding", "Reason", "Approved by", "Expires"],
    waived.map((f) => [
      `${escapeHtml(f.agent ?? "")}<br>${loc(f)}`,
      `${badge(`sev-${f.severity}`, f.severity)} <span class="mono nowrap">${escapeHtml(f.ruleId)}</span><br>${escapeHtml(f.title)}`,
      escapeHtml(f.message),
      f.waiver ? escapeHtml(f.waiver.reason) : `<span class="muted">not recorded</span>`,
      f.waiver ? escapeHtml(f.waiver.approved_by) : `<span class="muted">not recorded</span>`,
      expires(f)
    ])
  )}
</section>`;
}
function changeRows(c) {
  if (c.details.length === 0) return [[escapeHtml(c.agent), escapeHtml(c.change), "", "", ""]];
  return c.details.map((d, i) => [
    i === 0 ? `<strong>${escapeHtml(c.agent)}</strong><br><span class="muted">${escapeHtml(c.change)}</span><br><span class="mono muted wrap">${escapeHtml(c.file)}</span>` : "",
    `${escapeHtml(d.kind)}${d.escalation ? ` ${badge("escalation", "escalation")}` : ""}`,
    `<span class="mono wrap">${escapeHtml(d.path)}</span>`,
    d.before !== void 0 ? `<span class="wrap">${escapeHtml(d.before)}</span>` : `<span class="muted">—</span>`,
    d.after !== void 0 ? `<span class="wrap">${escapeHtml(d.after)}</span>` : `<span class="muted">—</span>`
  ]);
}
function changesSection(report) {
  if (!report.base) return "";
  const changes = report.changes ?? [];
  const escalations = changes.flatMap((c) => c.details).filter((d) => d.escalation).length;
  const body = changes.length === 0 ? "<p>No agent's access changed.</p>" : `<p>${plural2(changes.length, "agent")} changed; ${plural2(escalations, "change")} widen access or weaken a control.</p>
${table(["Agent", "Change", "Where", "Before", "After"], changes.flatMap(changeRows))}`;
  const fixed = report.fixed ?? [];
  const fixedList = fixed.length > 0 ? `<h3>Fixed since the base (${fixed.length})</h3>
${table(
    ["Agent", "Check", "Where", "Finding"],
    fixed.map((f) => [
      escapeHtml(f.agent ?? ""),
      `<span class="mono nowrap">${escapeHtml(f.ruleId)}</span> ${escapeHtml(f.title)}`,
      loc(f),
      escapeHtml(f.message)
    ])
  )}` : "";
  return `<section id="changes"><h2>Access changes since <span class="mono">${escapeHtml(report.base.ref)}</span></h2>
${body}
${fixedList}
</section>`;
}
function errorsSection(errors) {
  if (errors.length === 0) return "";
  return `<section id="errors"><h2>Files that could not be checked</h2>
<p>The agents in these files are missing from everything above.</p>
${table(
    ["File", "Problem"],
    errors.map((x) => [loc(x), `<span class="wrap">${escapeHtml(x.message)}</span>`])
  )}
</section>`;
}

// src/format/html/style.ts
var STYLE = `
:root {
  color-scheme: light;
  --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --accent: #0b3d91;
  --pass: #1a7f37; --fail: #cf222e; --waived: #bf8700; --manual: #6e7781; --na: #afb8c1;
  --critical: #86181d; --high: #cf222e; --medium: #bc4c00; --low: #0969da; --info: #57606a;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 72rem; padding: 2rem 1.5rem 3rem;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  color: var(--ink); background: #fff;
}
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font-size: 1.75rem; }
h2 { font-size: 1.3rem; margin: 2.25rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
p { margin: 0.4rem 0; }
code, .mono { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.86em; }
td, dd { overflow-wrap: break-word; }
.wrap { overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; color: var(--muted); margin: 0 0 0.25rem; }

header.masthead { border-bottom: 1px solid var(--line); padding-bottom: 1.25rem; }
.verdict { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.75rem; margin: 1rem 0; padding: 0.75rem 1rem; border-radius: 6px; border: 1px solid; }
.verdict strong { font-size: 1.2rem; }
.verdict.passed { background: #dafbe1; border-color: #4ac26b; }
.verdict.failed { background: #ffebe9; border-color: #ff8182; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1.25rem; margin: 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }

.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(6.25rem, 1fr)); gap: 0.6rem; margin-top: 1.25rem; }
.card { border: 1px solid var(--line); border-left-width: 5px; border-radius: 6px; padding: 0.5rem 0.75rem; }
.card .n { display: block; font-size: 1.5rem; font-weight: 650; }
.card .l { font-size: 0.8rem; color: var(--muted); }

table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.55rem; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; }
table.counts { width: auto; min-width: 26rem; }
table.counts th, table.counts td { padding-left: 1.1rem; }
.nowrap { white-space: nowrap; }
table.inventory { font-size: 0.85rem; }
table.inventory td:first-child { min-width: 9rem; }
table.inventory td:nth-child(2) { min-width: 8rem; }
table.inventory td:nth-child(3) { min-width: 9rem; }
.small { font-size: 0.82em; }
pre.code { margin: 0.3rem 0; padding: 0.45rem 0.6rem; background: var(--soft); border: 1px solid var(--line); border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.85rem; }
pre.code code { font-size: inherit; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }

.badge { display: inline-block; padding: 0 0.45rem; border-radius: 999px; font-size: 0.78rem; font-weight: 600; color: #fff; background: var(--manual); white-space: nowrap; }
.sev-critical { background: var(--critical); border-color: var(--critical); }
.sev-high { background: var(--high); border-color: var(--high); }
.sev-medium { background: var(--medium); border-color: var(--medium); }
.sev-low { background: var(--low); border-color: var(--low); }
.sev-info { background: var(--info); border-color: var(--info); }
.card.sev-critical, .card.sev-high, .card.sev-medium, .card.sev-low, .card.sev-info, .card.plain { background: #fff; }
.card.plain { border-left-color: var(--accent); }
.st-pass { background: var(--pass); }
.st-fail { background: var(--fail); }
.st-waived { background: var(--waived); }
.st-manual { background: var(--manual); }
.st-not-applicable { background: var(--na); color: var(--ink); }
.acc-privileged { background: var(--fail); }
.acc-write { background: var(--waived); }
.acc-read-only { background: var(--pass); }
.badge.new { background: var(--accent); }
.badge.escalation { background: var(--critical); }
.badge.expired { background: var(--fail); }

.bar { display: flex; height: 0.9rem; border-radius: 4px; overflow: hidden; background: var(--soft); border: 1px solid var(--line); margin: 0.4rem 0; }
.bar span { display: block; height: 100%; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; font-size: 0.85rem; margin: 0.25rem 0 0.5rem; }
.legend i { display: inline-block; width: 0.7rem; height: 0.7rem; border-radius: 2px; margin-right: 0.3rem; vertical-align: -0.05rem; }

.agent { border-top: 1px solid var(--line); margin-top: 1.25rem; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--manual); border-radius: 6px; padding: 0.6rem 0.85rem; margin: 0.6rem 0; break-inside: avoid; background: #fff; }
.finding.sev-critical { border-left-color: var(--critical); }
.finding.sev-high { border-left-color: var(--high); }
.finding.sev-medium { border-left-color: var(--medium); }
.finding.sev-low { border-left-color: var(--low); }
.finding.sev-info { border-left-color: var(--info); }
.finding .title { font-weight: 600; }
.finding .message { white-space: pre-wrap; }
.finding dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.4rem 0 0; font-size: 0.9rem; }
.finding dt { color: var(--muted); }
.finding dd { margin: 0; white-space: pre-wrap; }
ul.cites { margin: 0; padding-left: 1.1rem; }
footer { margin-top: 3rem; padding-top: 0.75rem; border-top: 1px solid var(--line); font-size: 0.8rem; color: var(--muted); }

* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  table { font-size: 8.5pt; }
  h2 { break-after: avoid; margin-top: 1.5rem; }
  h3 { break-after: avoid; }
  header.masthead, .cards, .bar, .legend { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;

// src/format/html.ts
var HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
function formatHtml(input) {
  const { report } = input;
  const time = runTime(input);
  const views = agentViews(report);
  const title = `agentpolicy report — ${report.summary.passed ? "passed" : "failed"} — ${utc(time)}`;
  const body = [
    masthead(report, time),
    "<main>",
    coverageSection(report),
    inventorySection(report, views),
    findingsSection(report, views),
    waiversSection(report, time),
    changesSection(report),
    errorsSection(report.errors),
    "</main>",
    `<footer>Generated by ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)} on ${escapeHtml(utc(time))} from the agent manifests in scope. It states what the manifests declare and what the checks found; it is not evidence of runtime behaviour.</footer>`
  ].filter((part) => part !== "");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}

// src/format/json.ts
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function ordered(value, keys, nested = {}) {
  if (!isObj(value)) return value;
  const out = {};
  for (const k of [...keys, ...Object.keys(value).filter((k2) => !keys.includes(k2))]) {
    if (!(k in value)) continue;
    const fix = nested[k];
    out[k] = fix ? fix(value[k]) : value[k];
  }
  return out;
}
var each = (fix) => (v) => Array.isArray(v) ? v.map(fix) : v;
var controlRef = (v) => ordered(v, ["framework", "id", "title"]);
var waiver = (v) => ordered(v, ["check", "agent", "path", "reason", "approved_by", "expires"]);
var finding = (v) => ordered(
  v,
  [
    "ruleId",
    "title",
    "severity",
    "message",
    "file",
    "line",
    "column",
    "endLine",
    "endColumn",
    "path",
    "agent",
    "controls",
    "remediation",
    "fingerprint",
    "status",
    "waiver",
    "new"
  ],
  { controls: each(controlRef), waiver }
);
var summary = (v) => ordered(
  v,
  ["files", "agents", "findings", "waived", "errors", "passed", "failOn", "new", "fixed", "unchanged"],
  {
    findings: (c) => ordered(c, SEVERITIES)
  }
);
var control = (v) => ordered(v, ["id", "title", "status", "checks", "failing"]);
var framework = (v) => ordered(v, ["id", "title", "version", "controls"], { controls: each(control) });
var fileError2 = (v) => ordered(v, ["file", "line", "column", "endLine", "endColumn", "message"]);
var detail = (v) => ordered(v, ["kind", "path", "before", "after", "escalation"]);
var change = (v) => ordered(v, ["agent", "file", "change", "details"], { details: each(detail) });
var REPORT_KEYS = [
  "schemaVersion",
  "tool",
  "summary",
  "frameworks",
  "findings",
  "errors",
  "base",
  "changes",
  "fixed",
  "policySource",
  "policyChanges",
  "agents",
  "run"
];
var REPORT_LISTS = {
  frameworks: framework,
  findings: finding,
  errors: fileError2,
  changes: change,
  fixed: finding
};
var REPORT_FIELDS = {
  tool: (v) => ordered(v, ["name", "version"]),
  summary,
  base: (v) => ordered(v, ["ref", "sha"]),
  ...Object.fromEntries(Object.entries(REPORT_LISTS).map(([k, fix]) => [k, each(fix)]))
};
function formatJson({ report }) {
  return JSON.stringify(ordered(report, REPORT_KEYS, REPORT_FIELDS), null, 2) + "\n";
}
var BLOCK = 1 << 16;
function writeJson({ report }, write) {
  let pending = [];
  let size = 0;
  const put = (s) => {
    pending.push(s);
    size += s.length;
    if (size >= BLOCK) {
      write(pending.join(""));
      pending = [];
      size = 0;
    }
  };
  const nested = (value, indent2) => JSON.stringify(value, null, 2)?.replace(/\n/g, `
${indent2}`);
  const top = report;
  const keys = [...REPORT_KEYS, ...Object.keys(top).filter((k) => !REPORT_KEYS.includes(k))];
  let first = true;
  for (const key of keys) {
    if (!(key in top)) continue;
    const value = top[key];
    const element = Object.hasOwn(REPORT_LISTS, key) ? REPORT_LISTS[key] : void 0;
    let text3;
    if (element && Array.isArray(value) && value.length > 0) text3 = "";
    else text3 = nested(Object.hasOwn(REPORT_FIELDS, key) ? REPORT_FIELDS[key](value) : value, "  ");
    if (text3 === void 0) continue;
    put(`${first ? "{\n" : ",\n"}  ${JSON.stringify(key)}: `);
    first = false;
    if (text3 !== "") {
      put(text3);
      continue;
    }
    const list3 = value;
    put("[\n");
    list3.forEach((item, i) => {
      put(`    ${nested(element(item), "    ") ?? "null"}${i < list3.length - 1 ? ",\n" : "\n"}`);
    });
    put("  ]");
  }
  put(first ? "{}\n" : "\n}\n");
  if (pending.length > 0) write(pending.join(""));
}

// src/format/junit.ts
function counts() {
  return { tests: 0, failures: 0, errors: 0, skipped: 0 };
}
function attrs(pairs2) {
  return pairs2.filter((p) => p[1] !== void 0).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
}
function where(f) {
  return `${f.file}:${f.line}`;
}
function findingText(f) {
  const lines = [`${f.severity} ${f.ruleId} at ${where(f)}:${f.column} (${f.path})`, f.message];
  if (f.controls.length > 0)
    lines.push(`Controls: ${f.controls.map((c) => `${c.framework} ${c.id}`).join(", ")}`);
  if (f.remediation) lines.push(`Remediation: ${f.remediation}`);
  if (f.status === "waived" && f.waiver) {
    lines.push(`Waived by ${f.waiver.approved_by} until ${f.waiver.expires}: ${f.waiver.reason}`);
  }
  return lines.join("\n");
}
function testcase(suite, check, agent, tally2) {
  const findings = agent.findings.filter((f) => f.ruleId === check);
  const open2 = findings.filter((f) => f.status === "open");
  const head = `    <testcase${attrs([
    ["classname", suite.prefix ? `${suite.prefix}/${check}` : check],
    ["name", agent.name],
    ["file", agent.file],
    ["time", "0"]
  ])}`;
  tally2.tests++;
  if (open2.length > 0) {
    tally2.failures++;
    const first = open2[0];
    const more = open2.length > 1 ? ` (and ${open2.length - 1} more)` : "";
    const message = `${where(first)}: ${first.message}${more}`;
    const body = open2.map(findingText).join("\n\n");
    return `${head}>
      <failure${attrs([
      ["message", message],
      ["type", first.severity]
    ])}>${escapeXml(body)}</failure>
    </testcase>`;
  }
  if (findings.length > 0) {
    tally2.skipped++;
    const w = findings[0].waiver;
    const message = w ? `waived by ${w.approved_by} until ${w.expires}: ${w.reason}` : "waived";
    return `${head}>
      <skipped${attrs([["message", message]])}/>
    </testcase>`;
  }
  return `${head}/>`;
}
function suiteXml(suite, agents, total) {
  const tally2 = counts();
  const cases = suite.checks.flatMap((check) => agents.map((agent) => testcase(suite, check, agent, tally2)));
  for (const k of Object.keys(tally2)) total[k] += tally2[k];
  const open2 = `  <testsuite${attrs([
    ["name", suite.name],
    ["id", suite.id],
    ["tests", tally2.tests],
    ["failures", tally2.failures],
    ["errors", tally2.errors],
    ["skipped", tally2.skipped],
    ["time", "0"]
  ])}`;
  const props = suite.version ? [
    `    <properties>`,
    `      <property${attrs([
      ["name", "framework.version"],
      ["value", suite.version]
    ])}/>`,
    `    </properties>`
  ] : [];
  const children = [...props, ...cases];
  return children.length === 0 ? `${open2}/>` : `${open2}>
${children.join("\n")}
  </testsuite>`;
}
function errorSuite(input, total) {
  const { errors } = input.report;
  if (errors.length === 0) return void 0;
  const cases = errors.map((e) => {
    const message = `${e.file}:${e.line}:${e.column}: ${e.message}`;
    return `    <testcase${attrs([
      ["classname", "agentpolicy/files"],
      ["name", e.file],
      ["file", e.file],
      ["time", "0"]
    ])}>
      <error${attrs([
      ["message", message],
      ["type", "file-error"]
    ])}>${escapeXml(message)}</error>
    </testcase>`;
  });
  total.tests += errors.length;
  total.errors += errors.length;
  return `  <testsuite${attrs([
    ["name", "Manifest files that could not be checked"],
    ["id", "agentpolicy/files"],
    ["tests", errors.length],
    ["failures", 0],
    ["errors", errors.length],
    ["skipped", 0],
    ["time", "0"]
  ])}>
${cases.join("\n")}
  </testsuite>`;
}
function ruleTitle(rules, findings, id) {
  return rules.get(id)?.title ?? findings.find((f) => f.ruleId === id)?.title ?? id;
}
function suitesOf(input) {
  const { report } = input;
  const rules = new Map(input.rules.map((r) => [r.id, r]));
  const allChecks = [.../* @__PURE__ */ new Set([...input.rules.map((r) => r.id), ...report.findings.map((f) => f.ruleId)])];
  const perCheck = (id) => ({
    name: `${id} ${ruleTitle(rules, report.findings, id)}`,
    id,
    checks: [id]
  });
  if (report.frameworks.length === 0) return allChecks.map(perCheck);
  const suites = report.frameworks.map((fw) => {
    const cited = report.findings.filter((f) => f.controls.some((c) => c.framework === fw.id)).map((f) => f.ruleId);
    return {
      name: fw.title || fw.id,
      version: fw.version,
      id: fw.id,
      prefix: fw.id,
      checks: [.../* @__PURE__ */ new Set([...checksOfFramework(fw), ...cited])]
    };
  });
  const covered = new Set(suites.flatMap((s) => s.checks));
  const rest = allChecks.filter((id) => !covered.has(id));
  if (rest.length > 0) {
    suites.push({
      name: "Checks not mapped to a framework control",
      id: "agentpolicy/unmapped",
      prefix: "agentpolicy",
      checks: rest
    });
  }
  return suites;
}
function formatJunit(input) {
  const agents = agentViews(input.report);
  const total = counts();
  const suites = suitesOf(input).map((s) => suiteXml(s, agents, total));
  const errors = errorSuite(input, total);
  if (errors) suites.push(errors);
  const root = `<testsuites${attrs([
    ["name", "agentpolicy"],
    ["tests", total.tests],
    ["failures", total.failures],
    ["errors", total.errors],
    ["skipped", total.skipped],
    ["time", "0"]
  ])}`;
  const body = suites.length === 0 ? `${root}/>` : `${root}>
${suites.join("\n")}
</testsuites>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
${body}
`;
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table3, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table3.length) {
    const row3 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table3[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table3[rowIndex].length;
    }
    while (++columnIndex2 < table3[rowIndex].length) {
      const cell2 = serialize(table3[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell2);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row3.push(cell2);
    }
    cellMatrix[rowIndex] = row3;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row2 = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell2 = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row2[columnIndex] = cell2;
  }
  cellMatrix.splice(1, 0, row2);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row3 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell2 = row3[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell2 === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell2);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/format/policy-changes.ts
var MAY_WEAKEN = "may weaken the policy";
function judgedBy(source) {
  return source === "base" ? "This run used the base policy, so these edits are not in force until merged." : "This run used the policy as changed (policy source: head).";
}
function formatPolicyChangesText(changes, opts = {}) {
  if (changes.length === 0) return "";
  const lines = changes.map(
    (c) => `  ${c.mayWeaken ? "!" : "-"} ${oneLine4(c.text)}${c.mayWeaken ? ` (${MAY_WEAKEN})` : ""}`
  );
  const heading2 = `${opts.heading ?? "Policy changes"} (${changes.length})`;
  return [heading2, ...lines, `  ${judgedBy(opts.source ?? "base")}`].join("\n") + "\n";
}
function formatPolicyChangesMarkdown(changes, opts = {}) {
  if (changes.length === 0) return "";
  const ordered2 = [...changes.filter((c) => c.mayWeaken), ...changes.filter((c) => !c.mayWeaken)];
  const weakening = ordered2.filter((c) => c.mayWeaken).length;
  const intro = (weakening > 0 ? `${weakening} of ${changes.length} policy ${changes.length === 1 ? "edit" : "edits"} ${MAY_WEAKEN}: approve ${weakening === 1 ? "it" : "them"} knowingly. ` : "") + judgedBy(opts.source ?? "base");
  const items = ordered2.map((c) => `- ${c.mayWeaken ? "⚠️ " : ""}${escapeMarkdown(c.text)}`);
  return [opts.heading ?? "### Policy changes", "", intro, "", ...items].join("\n") + "\n";
}

// src/format/markdown.ts
var SEVERITY_ICON = {
  critical: "🔴",
  high: "🟠",
  medium: "🟡",
  low: "🔵",
  info: "⚪"
};
var STATUS_ICON = {
  pass: "✅ pass",
  fail: "❌ fail",
  waived: "⚠️ waived",
  "not-applicable": "➖ n/a",
  manual: "📝 manual"
};
function table2(rows) {
  return markdownTable(rows, { alignDelimiters: false });
}
function severityCell(f) {
  return `${SEVERITY_ICON[f.severity]} ${f.severity}${f.new ? " 🆕 **new**" : ""}`;
}
function where2(file, line) {
  return `${escapeMarkdown(file)}:${line}`;
}
function checkCell(f, rules) {
  const uri = safeHttpsUrl(rules.get(f.ruleId)?.helpUri);
  return uri ? `[${escapeMarkdown(f.ruleId)}](${uri})` : escapeMarkdown(f.ruleId);
}
function heading(report) {
  const { passed, files, agents, failOn } = report.summary;
  const problems = problemCount(report);
  const counts2 = problems === 0 ? "No problems" : `**${plural2(problems, "problem")}** (${severityBreakdown(report)})`;
  const lines = [
    `## ${passed ? "✅" : "❌"} agentpolicy: ${passed ? "passed" : "failed"}`,
    "",
    `${counts2} in ${plural2(files, "file")} (${plural2(agents, "agent")}); ${verdict(report)}.`
  ];
  if (report.base) {
    const s = report.summary;
    const delta = [s.new, s.fixed, s.unchanged].every((n) => n !== void 0) ? `: ${s.new} new, ${s.fixed} fixed, ${s.unchanged} unchanged` : "";
    lines.push("", `Compared with ${escapeMarkdown(report.base.ref)} (${escapeMarkdown(report.base.sha.slice(0, 12))})${delta}.`);
  }
  lines.push(
    "",
    table2([
      ["Critical", "High", "Medium", "Low", "Info", "Waived", "File errors", "Fail-on"],
      [
        ...["critical", "high", "medium", "low", "info"].map(
          (s) => String(report.summary.findings[s])
        ),
        String(report.summary.waived),
        String(report.summary.errors),
        escapeMarkdown(failOn)
      ]
    ])
  );
  return lines;
}
function findingsSection2(findings, rules) {
  if (findings.length === 0) return [];
  return [
    "### Findings",
    "",
    table2([
      ["Severity", "Agent", "File", "Check", "Message"],
      ...findings.map((f) => [
        severityCell(f),
        escapeMarkdown(f.agent ?? ""),
        where2(f.file, f.line),
        checkCell(f, rules),
        escapeMarkdown(f.message)
      ])
    ])
  ];
}
function waivedSection(waived, rules) {
  if (waived.length === 0) return [];
  return [
    "<details>",
    `<summary>Waived findings (${waived.length})</summary>`,
    "",
    table2([
      ["Severity", "Agent", "File", "Check", "Message", "Reason", "Approved by", "Expires"],
      ...waived.map((f) => [
        `${SEVERITY_ICON[f.severity]} ${f.severity}`,
        escapeMarkdown(f.agent ?? ""),
        where2(f.file, f.line),
        checkCell(f, rules),
        escapeMarkdown(f.message),
        escapeMarkdown(f.waiver?.reason ?? ""),
        escapeMarkdown(f.waiver?.approved_by ?? ""),
        escapeMarkdown(f.waiver?.expires ?? "")
      ])
    ]),
    "",
    "</details>"
  ];
}
function errorSection(errors) {
  if (errors.length === 0) return [];
  return [
    "### Files that could not be checked",
    "",
    table2([
      ["File", "Problem"],
      ...errors.map((e) => [`${where2(e.file, e.line)}:${e.column}`, escapeMarkdown(e.message)])
    ])
  ];
}
function changeSection(report) {
  const changes = report.changes ?? [];
  if (!report.base || changes.length === 0) return [];
  const detail2 = (d) => {
    const values = [
      d.before !== void 0 ? `from ${escapeMarkdown(d.before)}` : "",
      d.after !== void 0 ? `to ${escapeMarkdown(d.after)}` : ""
    ].filter(Boolean).join(" ");
    return `${d.escalation ? "⚠️ " : ""}${escapeMarkdown(d.kind)} ${escapeMarkdown(d.path)}${values ? ` ${values}` : ""}`;
  };
  return [
    "### Changes since the base",
    "",
    table2([
      ["Agent", "File", "Change", "Details"],
      ...changes.map((c) => [escapeMarkdown(c.agent), escapeMarkdown(c.file), escapeMarkdown(c.change), c.details.map(detail2).join("<br>")])
    ])
  ];
}
function coverageSection2(report) {
  if (report.frameworks.length === 0) return [];
  const out = ["### Compliance coverage", ""];
  for (const fw of report.frameworks) {
    const t = tallyControls(fw);
    const counts2 = `${t.pass} pass, ${t.fail} fail, ${t.waived} waived, ${t.manual} manual, ${t["not-applicable"]} n/a`;
    out.push(
      `#### ${escapeMarkdown(fw.title || fw.id)}${fw.version ? ` (${escapeMarkdown(fw.version)})` : ""}`,
      "",
      "<details>",
      `<summary>${counts2}${t.failingIds.length ? ` (${plural2(t.failingIds.length, "failing control")})` : ""}</summary>`,
      "",
      table2([
        ["Control", "Title", "Status", "Failing findings"],
        ...fw.controls.map((c) => [
          escapeMarkdown(c.id),
          escapeMarkdown(c.title),
          STATUS_ICON[c.status] ?? escapeMarkdown(c.status),
          String(c.failing)
        ])
      ]),
      "",
      "</details>",
      ""
    );
  }
  return out;
}
function policySection(report) {
  const changes = report.policyChanges ?? [];
  if (changes.length === 0) return [];
  return [formatPolicyChangesMarkdown(changes, { source: report.policySource ?? "base" })];
}
function formatMarkdown({ report, rules }) {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const open2 = report.findings.filter((f) => f.status !== "waived");
  const waived = report.findings.filter((f) => f.status === "waived");
  const sections = [
    heading(report),
    findingsSection2(open2, byId),
    waivedSection(waived, byId),
    errorSection(report.errors),
    changeSection(report),
    policySection(report),
    coverageSection2(report)
  ].filter((s) => s.length > 0);
  return sections.map((s) => s.join("\n").trimEnd()).join("\n\n") + "\n";
}

// src/format/ocsf.ts
import { createHash as createHash3 } from "node:crypto";
var OCSF_VERSION = "1.5.0";
var OCSF_CLASS_UID = 2003;
var OCSF_CATEGORY_UID = 2;
var AGENT_RESOURCE_TYPE = "AI Agent";
var OCSF_SEVERITY = {
  info: { id: 1, caption: "Informational" },
  low: { id: 2, caption: "Low" },
  medium: { id: 3, caption: "Medium" },
  high: { id: 4, caption: "High" },
  critical: { id: 5, caption: "Critical" }
};
var OCSF_ACTIVITY = {
  create: { id: 1, caption: "Create" },
  close: { id: 3, caption: "Close" }
};
var OCSF_FINDING_STATUS = {
  new: { id: 1, caption: "New" },
  suppressed: { id: 3, caption: "Suppressed" },
  resolved: { id: 4, caption: "Resolved" }
};
var OCSF_COMPLIANCE_STATUS = {
  pass: { id: 1, caption: "Pass" },
  warning: { id: 2, caption: "Warning" },
  fail: { id: 3, caption: "Fail" }
};
function compact(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
function header(activity, severity, status, time, message) {
  return {
    activity_id: activity.id,
    activity_name: activity.caption,
    category_uid: OCSF_CATEGORY_UID,
    category_name: "Findings",
    class_uid: OCSF_CLASS_UID,
    class_name: "Compliance Finding",
    type_uid: OCSF_CLASS_UID * 100 + activity.id,
    type_name: `Compliance Finding: ${activity.caption}`,
    time,
    severity_id: severity.id,
    severity: severity.caption,
    status_id: status.id,
    status: status.caption,
    message
  };
}
function metadata(report) {
  return {
    version: OCSF_VERSION,
    product: { name: "agentpolicy", vendor_name: "agentpolicy", version: report.tool.version },
    log_name: "agentpolicy"
  };
}
function owner(value) {
  if (value === void 0) return void 0;
  return compact({ name: value, email_addr: /^[^\s@]+@[^\s@]+$/.test(value) ? value : void 0 });
}
function resource(report, f) {
  const agent = summaryFor(report, f);
  const name = agent?.name ?? f.agent;
  if (name === void 0) return { uid: f.file, name: f.file, type: "AI Agent manifest" };
  const labels = agent?.labels ? Object.entries(agent.labels).map(([k, v]) => `${k}=${v}`) : void 0;
  const data = agent ? compact({
    file: agent.file,
    identity_provider: agent.identityProvider,
    environment: agent.environment,
    risk_tier: agent.riskTier,
    access_level: agent.accessLevel,
    sponsor: agent.sponsor
  }) : { file: f.file };
  return compact({
    uid: agent?.identityId ?? name,
    name,
    type: AGENT_RESOURCE_TYPE,
    owner: owner(agent?.owner),
    labels,
    data
  });
}
function compliance(report, f, rule, status) {
  const titles = frameworkTitles(report);
  const standards = [...new Set(f.controls.map((c) => titles.get(c.framework) ?? c.framework))];
  const requirements = f.controls.map((c) => `${c.framework}/${c.id}`);
  const severity = OCSF_SEVERITY[f.severity];
  return compact({
    standards,
    control: f.controls.length > 0 ? f.controls.map((c) => `${c.id} ${c.title}`.trim()).join("; ") : void 0,
    requirements,
    checks: [
      compact({
        uid: f.ruleId,
        name: f.title,
        desc: rule?.description,
        severity: severity.caption,
        severity_id: severity.id,
        standards,
        status: status.caption,
        status_id: status.id
      })
    ],
    status: status.caption,
    status_id: status.id
  });
}
function waiverDetail(f) {
  const w = f.waiver;
  if (f.status !== "waived") return void 0;
  return w ? `waived by ${w.approved_by} until ${w.expires}: ${w.reason}` : "waived";
}
function findingEvent(input, f, rules, fixed, time) {
  const { report } = input;
  const rule = rules.get(f.ruleId);
  const activity = fixed ? OCSF_ACTIVITY.close : OCSF_ACTIVITY.create;
  const status = fixed ? OCSF_FINDING_STATUS.resolved : f.status === "waived" ? OCSF_FINDING_STATUS.suppressed : OCSF_FINDING_STATUS.new;
  const checkStatus = fixed ? OCSF_COMPLIANCE_STATUS.pass : OCSF_COMPLIANCE_STATUS.fail;
  return compact({
    ...header(activity, OCSF_SEVERITY[f.severity], status, time, f.message),
    status_detail: fixed ? `fixed since ${report.base?.ref ?? "the base"}` : waiverDetail(f),
    metadata: metadata(report),
    finding_info: compact({
      uid: f.fingerprint,
      title: f.title,
      desc: f.message,
      types: ["agentpolicy", f.ruleId],
      src_url: rule && /^https:\/\/[^\s<>"'`]+$/.test(rule.helpUri) ? rule.helpUri : void 0
    }),
    compliance: compliance(report, f, rule, checkStatus),
    resources: [resource(report, f)],
    remediation: f.remediation ? { desc: f.remediation } : void 0,
    unmapped: compact({
      file: f.file,
      line: f.line,
      column: f.column,
      end_line: f.endLine,
      end_column: f.endColumn,
      pointer: f.path,
      new: f.new,
      waiver: f.status === "waived" && f.waiver ? { ...f.waiver } : void 0,
      base: report.base ? { ...report.base } : void 0,
      repository: report.run?.repository,
      commit: report.run?.commit
    })
  });
}
function errorUid(e) {
  const h = createHash3("sha256").update(`${e.file}\0${e.line}\0${e.column}\0${e.message}`).digest("hex");
  return `error-${h.slice(0, 32)}`;
}
function errorEvent(input, e, time) {
  const { report } = input;
  const standards = report.frameworks.map((f) => f.title || f.id);
  const warning = OCSF_COMPLIANCE_STATUS.warning;
  return compact({
    ...header(OCSF_ACTIVITY.create, OCSF_SEVERITY.high, OCSF_FINDING_STATUS.new, time, e.message),
    metadata: metadata(report),
    finding_info: {
      uid: errorUid(e),
      title: "Manifest could not be checked",
      desc: e.message,
      types: ["agentpolicy", "file-error"]
    },
    compliance: { standards, status: warning.caption, status_id: warning.id, status_detail: e.message },
    resources: [{ uid: e.file, name: e.file, type: "AI Agent manifest" }],
    remediation: { desc: "Fix the file so it can be read and parsed, then run the check again." },
    unmapped: compact({
      file: e.file,
      line: e.line,
      column: e.column,
      repository: report.run?.repository,
      commit: report.run?.commit
    })
  });
}
function ocsfEvents(input) {
  const { report } = input;
  const time = runTime(input);
  const rules = new Map(input.rules.map((r) => [r.id, r]));
  return [
    ...report.findings.map((f) => findingEvent(input, f, rules, false, time)),
    ...(report.fixed ?? []).map((f) => findingEvent(input, f, rules, true, time)),
    ...report.errors.map((e) => errorEvent(input, e, time))
  ];
}
var wellFormedStrings = (_key, value) => typeof value === "string" ? wellFormed(value) : value;
function formatOcsf(input) {
  return ocsfEvents(input).map((e) => JSON.stringify(e, wellFormedStrings) + "\n").join("");
}

// src/format/sarif.ts
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var FINGERPRINT_KEY = "agentpolicy/v1";
var SARIF_LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0"
};
function fileUri(file) {
  return wellFormed(file).split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function controlTags(controls) {
  return controls.map((c) => `${c.framework}/${c.id}`);
}
function ruleFromFinding(f) {
  return {
    id: f.ruleId,
    title: f.title,
    severity: f.severity,
    description: f.title,
    remediation: f.remediation,
    helpUri: ruleHelpUri(f.ruleId),
    waivable: true,
    controls: f.controls
  };
}
function safeHelpUri(rule) {
  return safeHttpsUrl(rule.helpUri) ?? safeHttpsUrl(ruleHelpUri(rule.id)) ?? HOMEPAGE;
}
function descriptor(rule) {
  const controls = rule.controls.map((c) => `${c.framework} ${c.id}${c.title ? ` (${c.title})` : ""}`);
  const helpText = [rule.remediation, controls.length ? `Controls: ${controls.join("; ")}` : ""].filter(Boolean).join("\n\n");
  const helpMarkdown = [
    // Remediation is Markdown written by rule-pack authors (YAML examples in fences), not manifest
    // data, and GitHub sanitises rule help when it renders it; it goes in as authored.
    rule.remediation.trim(),
    controls.length ? `**Controls:** ${controls.map(escapeMarkdown).join("; ")}` : "",
    `[Documentation](${safeHelpUri(rule)})`
  ].filter(Boolean).join("\n\n");
  return {
    id: rule.id,
    name: rule.title || rule.id,
    shortDescription: { text: rule.title || rule.id },
    fullDescription: { text: rule.description || rule.title || rule.id },
    help: { text: helpText || rule.title || rule.id, markdown: helpMarkdown },
    helpUri: safeHelpUri(rule),
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: {
      tags: [.../* @__PURE__ */ new Set(["security", ...controlTags(rule.controls)])],
      "security-severity": SECURITY_SEVERITY[rule.severity]
    }
  };
}
function physicalLocation(file, pos) {
  const s = spanOf(pos);
  return {
    artifactLocation: { uri: fileUri(file), uriBaseId: "%SRCROOT%" },
    region: { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn }
  };
}
function result(f, ruleIndex) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: physicalLocation(f.file, f),
        logicalLocations: [{ fullyQualifiedName: `${f.agent ?? f.file}${f.path}` }]
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...f.new === void 0 ? {} : { baselineState: f.new ? "new" : "unchanged" },
    ...f.status === "waived" ? {
      suppressions: [
        {
          kind: "external",
          status: "accepted",
          justification: f.waiver?.reason ?? "waived in agentpolicy configuration",
          ...f.waiver ? { properties: { approvedBy: f.waiver.approved_by, expires: f.waiver.expires } } : {}
        }
      ]
    } : {},
    properties: {
      severity: f.severity,
      ...f.agent === void 0 ? {} : { agent: f.agent },
      pointer: f.path,
      controls: controlTags(f.controls)
    }
  };
}
function notification(e) {
  return {
    level: "error",
    message: { text: e.message },
    locations: [{ physicalLocation: physicalLocation(e.file, e) }]
  };
}
function ruleTable(report, rules) {
  const used = new Set(report.findings.map((f) => f.ruleId));
  const known = rules.filter((r) => used.has(r.id));
  const knownIds = new Set(known.map((r) => r.id));
  const missing2 = /* @__PURE__ */ new Map();
  for (const f of report.findings)
    if (!knownIds.has(f.ruleId) && !missing2.has(f.ruleId)) missing2.set(f.ruleId, ruleFromFinding(f));
  const descriptors = [...known, ...missing2.values()].filter(
    (r, i, all) => all.findIndex((o) => o.id === r.id) === i
  );
  return { descriptors, index: new Map(descriptors.map((r, i) => [r.id, i])) };
}
function formatSarif({ report, rules }) {
  const { descriptors, index } = ruleTable(report, rules);
  const version = report.tool.version;
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "agentpolicy",
            version,
            .../^\d+\.\d+\.\d+(?:[-+].*)?$/.test(version) ? { semanticVersion: version } : {},
            informationUri: HOMEPAGE,
            rules: descriptors.map(descriptor)
          }
        },
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map(notification)
          }
        ],
        results: report.findings.map((f) => result(f, index.get(f.ruleId) ?? 0))
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
}

// src/format/text.ts
function palette(color) {
  const sgr = (open2, close) => (s) => color && s !== "" ? `\x1B[${open2}m${s}\x1B[${close}m` : s;
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    underline: sgr(4, 24),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    gray: sgr(90, 39),
    green: sgr(32, 39)
  };
}
function severityPaint(p, s) {
  switch (s) {
    case "critical":
      return (t) => p.bold(p.red(t));
    case "high":
      return p.red;
    case "medium":
      return p.yellow;
    case "low":
      return p.cyan;
    case "info":
      return p.gray;
  }
}
function renderRows(rows, indent2, widths) {
  return rows.map((row2) => {
    const cells = row2.flatMap((c, i) => {
      const width = widths[i] ?? 0;
      if (width === 0) return [];
      const pad = " ".repeat(Math.max(0, width - c.text.length));
      const shown = c.paint ? c.paint(c.text) : c.text;
      return [c.right ? pad + shown : i === row2.length - 1 ? shown : shown + pad];
    });
    return (indent2 + cells.join("  ")).trimEnd();
  });
}
function columnWidths(rows) {
  const widths = [];
  for (const row2 of rows) row2.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, c.text.length));
  return widths;
}
function pathAtLineStart(file) {
  return commandSafe(oneLine4(file), "./");
}
function position(line, column) {
  return `${line}:${column}`;
}
function byFile(findings, errors) {
  const files = [.../* @__PURE__ */ new Set([...errors.map((e) => e.file), ...findings.map((f) => f.file)])].sort(
    (a, b) => a < b ? -1 : a > b ? 1 : 0
  );
  const groups = new Map(files.map((f) => [f, { errors: [], findings: [] }]));
  for (const e of errors) groups.get(e.file)?.errors.push(e);
  for (const f of findings) groups.get(f.file)?.findings.push(f);
  return groups;
}
function problemSection(report, p) {
  const open2 = report.findings.filter((f) => f.status !== "waived");
  const groups = byFile(open2, report.errors);
  if (groups.size === 0) return [];
  const withBase = report.base !== void 0 || open2.some((f) => f.new !== void 0);
  const rowsOf = (g) => [
    ...g.errors.map((e) => [
      { text: position(e.line, e.column), paint: p.dim },
      { text: "error", paint: (t) => p.bold(p.red(t)) },
      ...withBase ? [{ text: "" }] : [],
      { text: "" },
      { text: oneLine4(e.message) },
      { text: "file-error", paint: p.dim }
    ]),
    ...g.findings.map((f) => [
      { text: position(f.line, f.column), paint: p.dim },
      { text: f.severity, paint: severityPaint(p, f.severity) },
      ...withBase ? [{ text: f.new ? "new" : "", paint: (t) => p.bold(p.green(t)) }] : [],
      { text: oneLine4(f.agent ?? "") },
      { text: oneLine4(f.message) },
      { text: oneLine4(f.ruleId), paint: p.dim }
    ])
  ];
  const blocks = [...groups].map(([file, g]) => ({ file, rows: rowsOf(g) }));
  const widths = columnWidths(blocks.flatMap((b) => b.rows));
  return blocks.flatMap((b) => [
    p.underline(pathAtLineStart(b.file)),
    ...renderRows(b.rows, "  ", widths),
    ""
  ]);
}
function waivedSection2(report, p) {
  const waived = report.findings.filter((f) => f.status === "waived");
  if (waived.length === 0) return [];
  const rows = waived.map((f) => {
    const w = f.waiver;
    const note = w ? `waived: ${oneLine4(w.reason)} (approved by ${oneLine4(w.approved_by)}, expires ${oneLine4(w.expires)})` : "waived";
    return [
      { text: `${pathAtLineStart(f.file)}:${position(f.line, f.column)}`, paint: p.dim },
      { text: f.severity, paint: p.dim },
      { text: oneLine4(f.agent ?? ""), paint: p.dim },
      { text: oneLine4(f.message), paint: p.dim },
      { text: oneLine4(f.ruleId), paint: p.dim },
      { text: note, paint: p.dim }
    ];
  });
  return [p.dim(`waived (${waived.length})`), ...renderRows(rows, "  ", columnWidths(rows)), ""];
}
function changeSection2(report, p) {
  const changes = report.changes ?? [];
  if (!report.base || changes.length === 0) return [];
  const lines = [
    p.bold(`changes since ${oneLine4(report.base.ref)} (${oneLine4(report.base.sha).slice(0, 12)})`)
  ];
  for (const c of changes) {
    lines.push(`  ${c.change}  ${oneLine4(c.agent)}  ${p.dim(oneLine4(c.file))}`);
    for (const d of c.details) {
      const value = d.before !== void 0 && d.after !== void 0 ? `${oneLine4(d.before)} → ${oneLine4(d.after)}` : d.after !== void 0 ? `+ ${oneLine4(d.after)}` : d.before !== void 0 ? `- ${oneLine4(d.before)}` : "";
      const mark = d.escalation ? p.red("▲") : " ";
      lines.push(`    ${mark} ${oneLine4(d.kind)}  ${p.dim(oneLine4(d.path))}  ${value}`.trimEnd());
    }
  }
  return [...lines, ""];
}
function policySection2(report) {
  const changes = report.policyChanges ?? [];
  if (changes.length === 0) return [];
  return [formatPolicyChangesText(changes, { source: report.policySource ?? "base" }).trimEnd(), ""];
}
function summarySection(report, p) {
  const bad = problemCount(report) > 0 || report.summary.errors > 0;
  const mark = bad ? p.bold(p.red("✖")) : p.green("✔");
  const { files, agents, passed } = report.summary;
  const scope = `${plural2(files, "file")}, ${plural2(agents, "agent")}`;
  const base = report.base ? ` · compared with ${oneLine4(report.base.ref)}` : "";
  return [
    `${mark} ${tally(report)}`,
    `  ${scope}${base} · ${passed ? p.green(verdict(report)) : p.red(verdict(report))}`
  ];
}
var MAX_FAILING_SHOWN = 5;
function failingList(ids) {
  const shown = ids.slice(0, MAX_FAILING_SHOWN).map(oneLine4).join(", ");
  const rest = ids.length - MAX_FAILING_SHOWN;
  return rest > 0 ? `${shown} +${rest} more` : shown;
}
function coverageSection3(report, p) {
  if (report.frameworks.length === 0) return [];
  const header2 = ["framework", "pass", "fail", "waived", "manual", "n/a", "failing"].map((t, i) => ({
    text: t,
    paint: p.dim,
    right: i > 0 && i < 6
  }));
  const rows = report.frameworks.map((fw) => {
    const t = tallyControls(fw);
    const num3 = (n, paint) => ({
      text: String(n),
      right: true,
      ...n > 0 && paint ? { paint } : {}
    });
    return [
      { text: oneLine4(fw.id) },
      num3(t.pass, p.green),
      num3(t.fail, p.red),
      num3(t.waived),
      num3(t.manual),
      num3(t["not-applicable"]),
      { text: failingList(t.failingIds), paint: p.red }
    ];
  });
  const all = [header2, ...rows];
  return ["", p.bold("coverage"), ...renderRows(all, "  ", columnWidths(all))];
}
function formatText({ report, color = false }) {
  const p = palette(color);
  const lines = [
    ...problemSection(report, p),
    ...waivedSection2(report, p),
    ...changeSection2(report, p),
    ...policySection2(report),
    ...summarySection(report, p),
    ...coverageSection3(report, p)
  ];
  return lines.join("\n") + "\n";
}

// src/format/index.ts
var FORMATS2 = ["text", "json", "sarif", "markdown", "github", "ocsf", "junit", "html"];
var FORMATTERS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  markdown: formatMarkdown,
  github: formatGithub,
  ocsf: formatOcsf,
  junit: formatJunit,
  html: formatHtml
};
function format(name, input) {
  const formatter = FORMATTERS[name];
  if (!formatter) throw new Error(`unknown format '${String(name)}'; expected one of ${FORMATS2.join(", ")}`);
  return formatter(input);
}

// src/policy/active.ts
import { resolve as resolve5 } from "node:path";

// src/policy/config.ts
var CONFIG_NAMES = [".agentpolicy.yml", ".agentpolicy.yaml", ".agentpolicy.json"];
function onlyComments(text3) {
  return text3.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line));
}
function parseConfig(text3, file) {
  const source = parseYamlSource(onlyComments(text3) ? "{}" : text3, file);
  const data = source.data === null ? {} : source.data;
  const validate3 = validatorFor("config");
  if (!validate3(data)) {
    const p = describeSchemaError(validate3.errors);
    throw source.error(p.path, p.message, p.key);
  }
  const settings = { ...data };
  delete settings.$schema;
  return { file, text: text3, source, settings };
}
async function findConfig(files, explicit) {
  if (explicit !== void 0) {
    const text3 = await files.read(explicit);
    if (text3 === void 0 && files.sha === void 0) {
      throw new UsageError(`--config: no such file '${explicit}'`);
    }
    return text3 === void 0 ? void 0 : { file: explicit, text: text3 };
  }
  const found = [];
  for (const name of CONFIG_NAMES) {
    const text3 = await files.read(name);
    if (text3 !== void 0) found.push({ file: name, text: text3 });
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
    const unknown2 = !policy.checks.some((c) => Object.hasOwn(c.params, problem.param));
    throw source.error(["params", problem.param], problem.message, unknown2);
  }
}

// src/policy/packs.ts
import { posix as posix3 } from "node:path";

// src/policy/policy-files.ts
import { readdir as readdir2, readFile, stat as stat2 } from "node:fs/promises";
import { isAbsolute as isAbsolute3, posix as posix2, relative as relative3, resolve as resolve4 } from "node:path";
var MAX_POLICY_FILE_SIZE = 1024 * 1024;
var strictUtf82 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decode5(file, bytes, where3) {
  if (bytes.length > MAX_POLICY_FILE_SIZE) {
    throw new PolicyError(
      file,
      1,
      1,
      `${where3}: file is over the size limit of ${MAX_POLICY_FILE_SIZE} bytes`
    );
  }
  try {
    const text3 = strictUtf82.decode(bytes);
    return text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3;
  } catch {
    throw new PolicyError(file, 1, 1, `${where3}: not valid UTF-8`);
  }
}
function rootRelative(root, abs) {
  const rel = relative3(resolve4(root), abs);
  return (rel === "" ? "." : rel).split("\\").join("/");
}
function insideRoot(file) {
  const p = posix2.normalize(file);
  return !isAbsolute3(file) && p !== ".." && !p.startsWith("../");
}
function diskPolicyFiles(root) {
  const abs = (file) => resolve4(root, file);
  return {
    origin: "the working tree",
    async read(file) {
      let bytes;
      try {
        bytes = await readFile(abs(file));
      } catch (e) {
        const code = e.code;
        if (code === "ENOENT" || code === "ENOTDIR") return void 0;
        throw new PolicyError(file, 1, 1, `cannot read file${code ? ` (${code})` : ""}`);
      }
      return decode5(file, bytes, "cannot read file");
    },
    async list(dir) {
      try {
        const entries = await readdir2(abs(dir), { withFileTypes: true });
        const files = [];
        for (const e of entries) {
          const isFile = e.isFile() || e.isSymbolicLink() && (await stat2(abs(posix2.join(dir, e.name))).catch(() => void 0))?.isFile();
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
      const bytes = await reader.read(posix2.normalize(file));
      return bytes === void 0 ? void 0 : decode5(file, bytes, `at ${at}`);
    },
    async list(dir) {
      if (!insideRoot(dir)) return [];
      listing ??= reader.list();
      const { files, complete } = await listing;
      const folder = posix2.normalize(dir).replace(/\/$/, "");
      const prefix = folder === "." ? "" : `${folder}/`;
      const direct = files.filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes("/"));
      const candidates = complete ? direct : [...direct, ...await disk.list(folder)];
      return [...new Set(candidates)].sort();
    }
  };
}
function joinRel(dir, name) {
  return posix2.normalize(posix2.join(dir.split("\\").join("/"), name));
}

// src/policy/packs.ts
var RULE_FILE = /\.ya?ml$/;
function packDir(config, entry) {
  if (posix3.isAbsolute(entry) || /^[A-Za-z]:[\\/]/.test(entry)) return entry;
  return joinRel(posix3.dirname(config.file), entry);
}
async function readFolder(files, dir, sub, into) {
  const sources = [];
  for (const file of await files.list(joinRel(dir, sub))) {
    if (!RULE_FILE.test(file)) continue;
    const text3 = await files.read(file);
    if (text3 === void 0) continue;
    into.set(file, text3);
    sources.push(parseYamlSource(text3, file));
  }
  return sources;
}
function refuseCollisions(folder, builtin) {
  const checkIds = new Set(builtin.checks.map((c) => c.id));
  for (const src of folder.checks) {
    checksFromSource(src).forEach((check, i) => {
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
  const frameworkIds = new Set(builtin.frameworks.map((f) => f.id));
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
  const builtin = loadPolicy();
  if (!config || entries.length === 0) return { policy: builtin, files: /* @__PURE__ */ new Map() };
  const read = /* @__PURE__ */ new Map();
  const folders = [];
  for (const [i, entry] of entries.entries()) {
    const dir = packDir(config, entry);
    const folder = {
      checks: await readFolder(files, dir, "checks", read),
      frameworks: await readFolder(files, dir, "frameworks", read)
    };
    if (folder.checks.length === 0 && folder.frameworks.length === 0) {
      throw config.source.error(
        ["packs", i],
        `pack '${entry}' (${dir}) has no checks/*.yaml or frameworks/*.yaml in ${files.origin}`
      );
    }
    refuseCollisions(folder, builtin);
    folders.push(folder);
  }
  return { policy: loadRuleFolders([readRuleFolder(builtinRulesDir()), ...folders]), files: read };
}

// src/policy/active.ts
async function loadActivePolicy(files, opts) {
  const explicit = opts.config === void 0 ? void 0 : rootRelative(opts.root, resolve5(opts.root, opts.config));
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
    policy: active
  };
}

// src/cli/help.ts
var MAIN_HELP = `agentpolicy — policy-as-code for AI agent identities

Usage:
  agentpolicy check [paths...] [options]   check agent manifests
  agentpolicy inventory [paths...]         list every agent: owner, access level, credentials, gates
  agentpolicy init [--workflow]            write a starter manifest and .agentpolicy.yml
  agentpolicy rules [--format text|json]   list the checks
  agentpolicy explain <ID>                 explain a check (AP-CRED-003) or a control (soc2:CC6.1)
  agentpolicy schema                       print the manifest JSON Schema

Options:
  -h, --help       show help (also: agentpolicy <command> --help)
  -v, --version    print the version

Exit codes: 0 passed, 1 findings at or above --fail-on (or a file could not be read),
2 usage or configuration error.`;
var CHECK_HELP = `Usage: agentpolicy check [paths...] [options]

Checks agent manifests (files, folders or globs; default: the current folder).
Folders are searched for **/*.agent.{yaml,yml,json}, any YAML/JSON under agents/ or .agents/ (in any
case), and any other YAML/JSON file that declares apiVersion: agentpolicy.dev/v1. A path that yields no
agent is an error (exit 2) unless --allow-empty is given.
The policy comes from .agentpolicy.yml (or .yaml, .json) in the current folder, or --config.

Options:
  -f, --format <fmt>       text (default) | json | sarif | markdown | github | ocsf | junit | html
  -o, --output <file>      write the report to a file instead of stdout
  -c, --config <file>      policy configuration (default: .agentpolicy.yml in the current folder)
      --framework <id>     report on this framework only (repeatable): eu-ai-act, nist-ai-rmf, soc2,
                           iso-27001, iso-42001, owasp-agentic, or a pack's framework
                           (default: the config's frameworks, else all)
      --fail-on <sev>      critical | high | medium | low | info | never (default: the config's, else high)
      --max-file-size <n>  skip files larger than n bytes (default 1048576; suffixes k, m)
      --base <ref>         compare with a git revision: new and fixed findings, access changes per agent,
                           and the changes to the policy (config, waivers, packs)
      --policy-source <s>  with --base: base (default) judges by the config and packs at <ref>, so a
                           change cannot weaken its own policy; head uses the working tree's
      --allow-empty        pass when a path holds no agent (by default that is a usage error, exit 2)
  -q, --quiet              text format: only findings that reach --fail-on, no summary table
      --no-color           no ANSI colour (also NO_COLOR=1)
      --debug              print stack traces of internal errors
  -h, --help               show this help`;
var INVENTORY_HELP = `Usage: agentpolicy inventory [paths...] [options]

Lists every agent with its file, owner, sponsor, environment, risk tier, identity provider, derived
access level (read-only, write, privileged), permission categories, credential types, longest token
lifetime, approval gates and open findings by severity (under the repository's policy). Secrets are
never printed. Exits 1 when a file could not be read (its agents are missing from the list).

Options:
  -f, --format <fmt>       text (default) | json | csv | markdown
  -o, --output <file>      write to a file instead of stdout
  -c, --config <file>      policy configuration (default: .agentpolicy.yml in the current folder)
      --max-file-size <n>  skip files larger than n bytes (default 1048576; suffixes k, m)
  -h, --help               show this help`;
var INIT_HELP = `Usage: agentpolicy init [--workflow] [--force]

Writes into the current folder a commented starter manifest (agents/example.agent.yaml) and policy
configuration (.agentpolicy.yml). Refuses to overwrite an existing file unless --force is given.

Options:
      --workflow           also write the GitHub workflow .github/workflows/agentpolicy.yml
      --force              overwrite files that exist
  -h, --help               show this help`;
var RULES_HELP = `Usage: agentpolicy rules [--format text|json] [--framework <id>]

Lists every check with its id, severity, title and the controls it evidences.`;
var EXPLAIN_HELP = `Usage: agentpolicy explain <ID>

Prints everything known about a check (e.g. AP-CRED-003) or a control
(e.g. "Art. 12(1)", "soc2:CC6.1", "nist-ai-rmf:GOVERN 1.6"), including the other side of the mapping.`;
var SCHEMA_HELP = `Usage: agentpolicy schema [--format json]

Prints the JSON Schema of agent manifests (format v1). Point your editor at it with
  # yaml-language-server: $schema=<path or URL of agent.schema.json>`;

// src/cli/io.ts
import { closeSync as closeSync2, openSync as openSync2, writeFileSync as writeFileSync2, writeSync } from "node:fs";
function processIo() {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd()
  };
}
function useColor(io, noColorFlag) {
  if (noColorFlag) return false;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}
function deliver(io, text3, output) {
  if (output) writeFileSync2(output, text3);
  else io.stdout(text3.endsWith("\n") ? text3 : text3 + "\n");
}
function deliverJson(output, input) {
  const fd = openSync2(output, "w");
  try {
    writeJson(input, (chunk) => {
      const bytes = Buffer.from(chunk, "utf8");
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    });
  } finally {
    closeSync2(fd);
  }
}

// src/cli/options.ts
function oneOf(option, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${option} must be one of ${allowed.join(", ")}; got '${value}'`);
}
function failOnOf(value, fallback = "high") {
  return oneOf("fail-on", value, [...SEVERITIES, "never"], fallback);
}
function sizeOf(option, value, fallback) {
  if (value === void 0) return fallback;
  const m = /^(\d+)([kKmM]?)$/.exec(value.trim());
  if (!m)
    throw new UsageError(`--${option} must be a number of bytes (e.g. 1048576, 512k, 2m); got '${value}'`);
  const unit = m[2]?.toLowerCase() === "k" ? 1024 : m[2]?.toLowerCase() === "m" ? 1024 * 1024 : 1;
  return Number(m[1]) * unit;
}

// src/policy/changes.ts
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";
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
    if (isDeepStrictEqual2(base[field], head[field])) continue;
    const text3 = field === "include" ? `include: ${base.include ? show(base.include) : "(default discovery)"} → ${head.include ? show(head.include) : "(default discovery)"}` : `exclude: ${show(base.exclude)} → ${show(head.exclude)}`;
    out.push({ kind: "setting-changed", text: text3, mayWeaken: true });
  }
  if (!isDeepStrictEqual2(base.frameworks, head.frameworks)) {
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
}
function defaultOf(name, checks) {
  for (const c of checks) if (Object.hasOwn(c.params, name)) return c.params[name].default;
  return void 0;
}
function paramChanges(base, head, checks, out) {
  const names = [.../* @__PURE__ */ new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  for (const name of names) {
    const [b, h] = [base[name], head[name]];
    if (isDeepStrictEqual2(b, h)) continue;
    const fallback = defaultOf(name, checks);
    const side = (v) => v === void 0 ? `${show(fallback)} (default)` : show(v);
    out.push({ kind: "param-changed", text: `param ${name}: ${side(b)} → ${side(h)}`, mayWeaken: true });
  }
}
function checkChanges(base, head, checks, out) {
  const ids = [.../* @__PURE__ */ new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  for (const id of ids) {
    const [b, h] = [base[id], head[id]];
    if (b === h) continue;
    const own = checks.get(id)?.severity;
    const side = (v) => v ?? `default (${own ?? "?"})`;
    const rank = (v) => v === "off" ? 5 : severityRank(v ?? own ?? "info");
    out.push({
      kind: "check-changed",
      text: `check ${id}: ${side(b)} → ${side(h)}`,
      mayWeaken: rank(h) > rank(b)
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
      } else if (was && now && !isDeepStrictEqual2(was, now)) {
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
  const builtin = new Set(loadPolicy().checks.map((c) => c.id));
  const own = (list3) => new Map(list3.filter((c) => !builtin.has(c.id)).map((c) => [c.id, c]));
  const [b, h] = [own(base), own(head)];
  for (const id of [.../* @__PURE__ */ new Set([...b.keys(), ...h.keys()])].sort()) {
    const [was, now] = [b.get(id), h.get(id)];
    const where3 = (c) => c.source ? ` (${c.source.file})` : "";
    if (was && !now) {
      out.push({
        kind: "pack-check-removed",
        text: `pack check removed: ${id} ${was.title}${where3(was)}`,
        mayWeaken: true
      });
    } else if (now && !was) {
      out.push({
        kind: "pack-check-added",
        text: `pack check added: ${id} (${now.severity}) ${now.title}${where3(now)}`,
        mayWeaken: false
      });
    } else if (was && now && !isDeepStrictEqual2(withoutSource(was), withoutSource(now))) {
      const parts = [];
      if (was.severity !== now.severity) parts.push(`severity ${was.severity} → ${now.severity}`);
      if (was.waivable !== now.waivable) parts.push(`waivable ${was.waivable} → ${now.waivable}`);
      const logic = ["when", "each", "where", "at", "assert"];
      if (logic.some((k) => !isDeepStrictEqual2(was[k], now[k]))) parts.push("logic changed");
      if (!isDeepStrictEqual2(was.params, now.params)) parts.push("parameters changed");
      if (parts.length === 0) parts.push("wording changed");
      out.push({
        kind: "pack-check-changed",
        text: `pack check changed: ${id}${where3(now)}: ${parts.join("; ")}`,
        mayWeaken: true
      });
    }
  }
}
function packFrameworkChanges(base, head, out) {
  const builtin = new Set(loadPolicy().frameworks.map((f) => f.id));
  const own = (list3) => new Map(list3.filter((f) => !builtin.has(f.id)).map((f) => [f.id, f]));
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
    if (!was || !now || isDeepStrictEqual2(withoutSource(was), withoutSource(now))) continue;
    const parts = [];
    const controls = (f) => new Map(f.controls.map((c) => [c.id, c.checks]));
    const [cb, ch] = [controls(was), controls(now)];
    for (const c of cb.keys()) if (!ch.has(c)) parts.push(`control ${c} removed`);
    for (const [c, checks] of ch) {
      const before = cb.get(c);
      if (!before) parts.push(`control ${c} added (${show(checks)})`);
      else if (!isDeepStrictEqual2(before, checks))
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
var POLICY_SOURCES = ["base", "head"];
async function choosePolicy(opts) {
  const head = await loadActivePolicy(diskPolicyFiles(opts.root), { root: opts.root, config: opts.config });
  if (!opts.reader) return { active: head };
  let atBase;
  try {
    atBase = await loadActivePolicy(basePolicyFiles(opts.reader, opts.root), {
      root: opts.root,
      config: opts.config
    });
  } catch (e) {
    if (opts.source === "head" && e instanceof PolicyError) {
      const change2 = {
        kind: "base-policy-invalid",
        text: `the policy at the base could not be loaded, so the changes to it cannot be listed: ${e.message}`,
        mayWeaken: true
      };
      return { active: head, source: "head", changes: [change2] };
    }
    throw e;
  }
  return {
    active: opts.source === "base" ? atBase : head,
    source: opts.source,
    changes: policyChanges(atBase, head)
  };
}

// src/cli/policy.ts
async function loadCliPolicy(opts) {
  if (opts.policySource !== void 0 && opts.base === void 0) {
    throw new UsageError(
      "--policy-source needs --base: without a base there is only the working tree's policy"
    );
  }
  const source = oneOf("policy-source", opts.policySource, POLICY_SOURCES, "base");
  const reader = opts.base === void 0 ? void 0 : await gitBaseReader(opts.root, await resolveRef(opts.root, opts.base));
  const chosen = await choosePolicy({
    root: opts.root,
    ...opts.config !== void 0 ? { config: opts.config } : {},
    source,
    ...reader ? { reader } : {}
  });
  if (!reader || opts.base === void 0) return { active: chosen.active };
  return {
    active: chosen.active,
    base: { ref: opts.base, reader, source: chosen.source ?? source, changes: chosen.changes ?? [] }
  };
}

// src/cli/errors.ts
var EXIT = { passed: 0, failed: 1, usage: 2 };

// src/manifest/empty-paths.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import { isAbsolute as isAbsolute4, relative as relative4, resolve as resolve6, sep as sep2 } from "node:path";
function toPosix2(path) {
  return sep2 === "/" ? path : path.split(sep2).join("/");
}
function coverage(root, arg) {
  const rel = toPosix2(relative4(root, resolve6(root, arg)));
  const exact = (file) => rel === "" || file === rel || file.startsWith(`${rel}/`);
  if (!import_picomatch3.default.scan(arg).isGlob) return exact;
  const pattern = isAbsolute4(arg) ? rel : toPosix2(arg).replace(/^(\.\/)+/, "");
  const matches = (0, import_picomatch3.default)(pattern, { dot: true });
  return (file) => exact(file) || matches(file);
}
function pathsWithoutAgents(root, paths, yielded) {
  const files = [...new Set(yielded)];
  return (paths.length > 0 ? paths : ["."]).filter((arg) => {
    const covers = coverage(root, arg);
    return !files.some(covers);
  });
}
function noAgentsMessage(paths) {
  return `no agents found in ${paths.join(", ")} (an agent is a YAML or JSON document with apiVersion: agentpolicy.dev/v1 and kind: Agent)`;
}

// src/cli/commands/check.ts
var DEFAULT_MAX_FILE_SIZE2 = 1024 * 1024;
async function checkCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      config: { type: "string", short: "c" },
      framework: { type: "string", multiple: true },
      "fail-on": { type: "string" },
      "max-file-size": { type: "string" },
      base: { type: "string" },
      "policy-source": { type: "string" },
      "allow-empty": { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
      "no-color": { type: "boolean" },
      debug: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(CHECK_HELP + "\n");
    return EXIT.passed;
  }
  const fmt = oneOf("format", values.format, FORMATS2, "text");
  const failOn = values["fail-on"] === void 0 ? void 0 : failOnOf(values["fail-on"]);
  const maxFileSize = sizeOf("max-file-size", values["max-file-size"], DEFAULT_MAX_FILE_SIZE2);
  const policy = await loadCliPolicy({
    root: io.cwd,
    config: values.config,
    base: values.base,
    policySource: values["policy-source"]
  });
  const options = checkOptionsFor(policy.active, {
    root: io.cwd,
    paths: positionals,
    maxFileSize,
    frameworks: values.framework,
    failOn
  });
  const checked = await runCheck(options);
  if (values["allow-empty"] !== true) {
    const yielded = [...checked.agents.map((a) => a.doc.file), ...checked.report.errors.map((e) => e.file)];
    const empty = pathsWithoutAgents(io.cwd, positionals, yielded);
    if (empty.length > 0)
      throw new UsageError(`${noAgentsMessage(empty)}; --allow-empty accepts an empty scan`);
  }
  const base = policy.base;
  const compared = base ? await compareWithReader(checked, base.reader, base.ref, options) : checked;
  const { rules } = compared;
  const report = base ? { ...compared.report, policySource: base.source, policyChanges: base.changes } : compared.report;
  const shown = values.quiet && fmt === "text" ? {
    ...report,
    frameworks: [],
    findings: report.findings.filter((f) => f.status === "open" && reaches(f.severity, options.failOn))
  } : report;
  const color = fmt === "text" && !values.output && useColor(io, values["no-color"] === true);
  if (fmt === "json" && values.output) deliverJson(values.output, { report: shown, rules, color });
  else deliver(io, format(fmt, { report: shown, rules, color }), values.output);
  return report.summary.passed ? EXIT.passed : EXIT.failed;
}

// src/cli/commands/init.ts
import { existsSync as existsSync3, mkdirSync, readFileSync as readFileSync5, writeFileSync as writeFileSync3 } from "node:fs";
import { dirname as dirname3, join as join5 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/cli/templates/config.ts
var CONFIG_PATH = ".agentpolicy.yml";
var STARTER_CONFIG = `# agentpolicy configuration, written by \`agentpolicy init\`.
# Everything is optional: delete a setting to get the built-in default.
# In pull requests the GitHub Action reads this file (and its packs) from the base branch, so a pull
# request cannot weaken the policy that judges it; its edits to this file are listed for review.

# Which files hold agent manifests (replaces the default discovery globs), and which to skip.
# include: ["agents/**/*.yaml", "**/*.agent.yaml"]
# exclude: ["agents/archive/**"]

# Control catalogs to report on: eu-ai-act, nist-ai-rmf, soc2, iso-27001, iso-42001, owasp-agentic
# (and your packs' frameworks). Default: all.
# Like --framework, listing some limits findings and coverage to the checks those catalogs map.
# frameworks: [eu-ai-act, soc2]

# Fail on open findings at or above: critical | high | medium | low | info | never.
fail_on: high

# Check parameters by name (\`npx agentpolicy explain <CHECK-ID>\` lists each check's).
# params:
#   max_token_ttl: 1h
#   min_log_retention: 183d

# Per check: off, or a new severity. Checks that are not waivable cannot be switched off or lowered.
# checks:
#   AP-ID-004: low

# Folders (relative to this file) with your own checks/*.yaml and frameworks/*.yaml.
# packs: [./policy/agentpolicy]

# Accepted risks. Each needs a reason, an approver and an expiry at most 365 days ahead; a waived
# finding stays visible in every report, an expired waiver fails the run again.
# waivers:
#   - check: AP-CRED-002
#     agent: legacy-*                   # agent name or glob
#     path: /credentials/0              # optional: only this part of the manifest
#     reason: Vendor API has no OAuth; migration tracked in SEC-142
#     approved_by: ciso@example.com
#     expires: 2027-01-31
`;

// src/cli/templates/example-agent.ts
var EXAMPLE_AGENT_PATH = "agents/example.agent.yaml";
function exampleAgent(reviewBy) {
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/agentpolicy/agentpolicy/main/schema/agent.schema.json
#
# A starter agent manifest written by \`agentpolicy init\`. Describe one real AI agent per file (or
# several, separated by ---), then run \`npx agentpolicy check\`. Every field is explained in
# \`npx agentpolicy schema\`; \`npx agentpolicy explain <CHECK-ID>\` explains any finding.
apiVersion: agentpolicy.dev/v1
kind: Agent

metadata:
  name: example-agent                 # unique, lowercase DNS label
  description: Answers questions from the team's internal documentation
  owner: team:platform                # accountable team (team:<slug>) or a person's email
  sponsor: jane.doe@example.com       # the accountable human: a person, not a team or a bot
  environment: development            # production | staging | development
  review_by: ${reviewBy}              # next access recertification

identity:                             # who the agent is, as an identity provider can prove it
  id: spiffe://example.com/agents/example-agent
  provider: spiffe                    # entra | okta | aws-iam | gcp-iam | spiffe | kubernetes | github-oidc | ...
  principal: spiffe://example.com/agents/example-agent

risk:                                 # EU AI Act classification
  eu_ai_act: minimal                  # prohibited | high | limited | minimal
  role: deployer                      # deployer | provider
  data_classes: [internal]
  autonomy: supervised                # human-in-the-loop | supervised | autonomous
  purpose: Retrieve and summarise internal documentation for employees

model:
  provider: anthropic
  name: claude-sonnet
  version: "2026-09-01"               # pin a version; "latest" is a finding

permissions:                          # every access, explicitly, with why it is needed
  - resource: https://docs.example.com/api/pages
    actions: [read]                   # read | write | delete | admin | execute | send | deploy | export
    category: external-api
    justification: Searches and reads documentation pages
    # approval: <gate name>           # sensitive access (deploy, payments, delete, ...) needs a gate below

credentials:                          # short-lived and federated; never a secret value in this file
  - name: docs-reader
    type: workload-identity           # oidc-federation | workload-identity | managed-identity | ...
    ttl: 15m
    audience: https://docs.example.com

# approvals:                          # human approval gates for sensitive operations
#   - name: production-deploy
#     approvers: [group:release-managers]
#     min_approvals: 2
#     timeout: 4h
#     on_timeout: deny

audit:
  enabled: true
  sink: datadog
  immutable: true                     # append-only / WORM
  retention: 400d
  events: [tool_call, authentication, data_access]

monitoring:
  siem: datadog
  baseline: true
  alerts: [volume_anomaly, new_resource_access]

oversight:
  kill_switch: true                   # a human can stop the agent at once
  incident_contact: secops@example.com

transparency:
  discloses_ai: true                  # people it talks to are told it is an AI
`;
}

// src/cli/commands/init.ts
var WORKFLOW_PATH = ".github/workflows/agentpolicy.yml";
var WORKFLOW_SOURCE = "examples/workflows/agentpolicy.yml";
var YEAR_MS = 365 * 864e5;
function initCommand(argv, io) {
  const { values, positionals } = parseArgs2({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      workflow: { type: "boolean" },
      force: { type: "boolean" },
      debug: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(INIT_HELP + "\n");
    return EXIT.passed;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument '${positionals[0]}'; init writes into the current folder`);
  const files = /* @__PURE__ */ new Map([
    [EXAMPLE_AGENT_PATH, exampleAgent(formatDate(Date.now() + YEAR_MS))],
    [CONFIG_PATH, STARTER_CONFIG]
  ]);
  if (values.workflow) {
    const source = join5(packageRoot(), WORKFLOW_SOURCE);
    if (!existsSync3(source))
      throw new UsageError(`this installation has no example workflow (${WORKFLOW_SOURCE})`);
    files.set(WORKFLOW_PATH, readFileSync5(source, "utf8"));
  }
  const other = CONFIG_NAMES.find((name) => name !== CONFIG_PATH && existsSync3(join5(io.cwd, name)));
  if (other) throw new UsageError(`${other} already exists; edit it instead, or remove it first`);
  const existing = [...files.keys()].filter((file) => existsSync3(join5(io.cwd, file)));
  if (existing.length > 0 && !values.force) {
    throw new UsageError(
      `${existing.join(", ")} already ${existing.length === 1 ? "exists" : "exist"}; nothing written (use --force to overwrite)`
    );
  }
  for (const [file, text3] of files) {
    const abs = join5(io.cwd, file);
    mkdirSync(dirname3(abs), { recursive: true });
    writeFileSync3(abs, text3);
    io.stdout(`${existing.includes(file) ? "overwrote" : "wrote"} ${file}
`);
  }
  io.stdout(
    `
Next: describe a real agent in ${EXAMPLE_AGENT_PATH} (or add more files under agents/), then run
  npx agentpolicy check
`
  );
  return EXIT.passed;
}

// src/cli/commands/inventory.ts
import { parseArgs as parseArgs3 } from "node:util";

// src/format/inventory/columns.ts
var joined = (values) => values.join("; ");
var COLUMNS = [
  { key: "name", title: "Agent", value: (r) => r.name },
  { key: "file", title: "File", value: (r) => r.file },
  { key: "owner", title: "Owner", value: (r) => r.owner ?? "" },
  { key: "sponsor", title: "Sponsor", value: (r) => r.sponsor ?? "" },
  { key: "environment", title: "Environment", value: (r) => r.environment ?? "" },
  { key: "risk_tier", title: "Risk tier", value: (r) => r.riskTier ?? "" },
  { key: "identity_provider", title: "Identity provider", value: (r) => r.identityProvider ?? "" },
  { key: "access_level", title: "Access", value: (r) => r.accessLevel },
  {
    key: "permission_categories",
    title: "Permission categories",
    value: (r) => joined(r.permissionCategories)
  },
  { key: "credential_types", title: "Credential types", value: (r) => joined(r.credentialTypes) },
  { key: "longest_ttl", title: "Longest TTL", value: (r) => r.longestTtl ?? "" },
  { key: "gates", title: "Gates", value: (r) => joined(r.gates) },
  ...SEVERITIES.map((s) => ({ key: s, title: s, value: (r) => String(r.findings[s]) })),
  { key: "waived", title: "waived", value: (r) => String(r.waived) }
];
function findingSummary(row2) {
  const parts = SEVERITIES.filter((s) => row2.findings[s] > 0).map((s) => `${row2.findings[s]} ${s}`);
  if (row2.waived > 0) parts.push(`${row2.waived} waived`);
  return parts.length > 0 ? parts.join(", ") : "none";
}

// src/format/inventory/csv.ts
var FORMULA_START = /^[=+\-@\t\r]/;
function csvCell(value) {
  let v = wellFormed(value).split(/(\r\n|\r|\n)/).map((part, i) => i % 2 === 0 ? commandSafe(part) : part).join("");
  if (FORMULA_START.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
function formatInventoryCsv(rows) {
  const lines = [COLUMNS.map((c) => c.key), ...rows.map((r) => COLUMNS.map((c) => c.value(r)))];
  return lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

// src/format/inventory/json.ts
function laidOut(r) {
  const out = { name: r.name, file: r.file };
  if (r.owner !== void 0) out.owner = r.owner;
  if (r.sponsor !== void 0) out.sponsor = r.sponsor;
  if (r.environment !== void 0) out.environment = r.environment;
  if (r.riskTier !== void 0) out.riskTier = r.riskTier;
  if (r.identityProvider !== void 0) out.identityProvider = r.identityProvider;
  out.accessLevel = r.accessLevel;
  out.permissionCategories = r.permissionCategories;
  out.credentialTypes = r.credentialTypes;
  if (r.longestTtl !== void 0) out.longestTtl = r.longestTtl;
  out.gates = r.gates;
  out.findings = Object.fromEntries(SEVERITIES.map((s) => [s, r.findings[s]]));
  out.waived = r.waived;
  return out;
}
function formatInventoryJson(inventory) {
  return JSON.stringify(
    {
      schemaVersion: inventory.schemaVersion,
      tool: inventory.tool,
      agents: inventory.agents.map(laidOut),
      errors: inventory.errors
    },
    null,
    2
  ) + "\n";
}

// src/format/inventory/markdown.ts
var HEADINGS = [
  "Agent",
  "File",
  "Owner",
  "Sponsor",
  "Environment",
  "Risk tier",
  "Identity provider",
  "Access",
  "Permission categories",
  "Credential types",
  "Longest TTL",
  "Gates",
  "Open findings"
];
function cell(value) {
  const escaped = escapeMarkdown(value);
  return escaped === "" ? "–" : escaped;
}
function inventoryTableMarkdown(rows) {
  const lines = [`| ${HEADINGS.join(" | ")} |`, `| ${HEADINGS.map(() => "---").join(" | ")} |`];
  for (const r of rows) {
    const cells = [
      `**${cell(r.name)}**`,
      cell(r.file),
      cell(r.owner ?? ""),
      cell(r.sponsor ?? ""),
      cell(r.environment ?? ""),
      cell(r.riskTier ?? ""),
      cell(r.identityProvider ?? ""),
      r.accessLevel === "privileged" ? "**privileged**" : r.accessLevel,
      cell(r.permissionCategories.join(", ")),
      cell(r.credentialTypes.join(", ")),
      cell(r.longestTtl ?? ""),
      cell(r.gates.join(", ")),
      cell(findingSummary(r))
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n") + "\n";
}
function formatInventoryMarkdown(rows) {
  const privileged = rows.filter((r) => r.accessLevel === "privileged").length;
  const intro = `${rows.length} ${rows.length === 1 ? "agent" : "agents"}, ${privileged} with privileged access.`;
  return ["## Agent inventory", "", intro, "", inventoryTableMarkdown(rows)].join("\n");
}

// src/format/inventory/text.ts
var dash = (v) => v === void 0 || v === "" ? "-" : oneLine4(v);
var listed = (v) => v.length === 0 ? "-" : oneLine4(v.join(", "));
function formatInventoryText(rows) {
  const blocks = rows.map((r) => {
    const fields = [
      ["owner", dash(r.owner)],
      ["sponsor", dash(r.sponsor)],
      ["environment", dash(r.environment)],
      ["risk tier", dash(r.riskTier)],
      ["identity", dash(r.identityProvider)],
      [
        "access",
        `${r.accessLevel}${r.permissionCategories.length > 0 ? ` (${listed(r.permissionCategories)})` : ""}`
      ],
      [
        "credentials",
        `${listed(r.credentialTypes)}${r.longestTtl ? `; longest ttl ${oneLine4(r.longestTtl)}` : ""}`
      ],
      ["gates", listed(r.gates)],
      ["findings", findingSummary(r)]
    ];
    const width = Math.max(...fields.map(([k]) => k.length));
    return [
      `${commandSafe(oneLine4(r.name))}  ${oneLine4(r.file)}`,
      ...fields.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)
    ].join("\n");
  });
  const tally2 = ACCESS_LEVELS.map(
    (level) => `${rows.filter((r) => r.accessLevel === level).length} ${level}`
  );
  const total = `${rows.length} ${rows.length === 1 ? "agent" : "agents"}: ${tally2.join(", ")}`;
  return [...blocks, total].join("\n\n") + "\n";
}

// src/format/inventory/index.ts
var INVENTORY_FORMATS = ["text", "json", "csv", "markdown"];
function formatInventory(name, inventory) {
  switch (name) {
    case "text":
      return formatInventoryText(inventory.agents);
    case "json":
      return formatInventoryJson(inventory);
    case "csv":
      return formatInventoryCsv(inventory.agents);
    case "markdown":
      return formatInventoryMarkdown(inventory.agents);
  }
}

// src/cli/commands/inventory.ts
async function inventoryCommand(argv, io) {
  const { values, positionals } = parseArgs3({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      config: { type: "string", short: "c" },
      "max-file-size": { type: "string" },
      debug: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(INVENTORY_HELP + "\n");
    return EXIT.passed;
  }
  const fmt = oneOf("format", values.format, INVENTORY_FORMATS, "text");
  const maxFileSize = sizeOf("max-file-size", values["max-file-size"], DEFAULT_MAX_FILE_SIZE2);
  const { active } = await loadCliPolicy({ root: io.cwd, config: values.config });
  const result2 = await runCheck(checkOptionsFor(active, { root: io.cwd, paths: positionals, maxFileSize }));
  const inventory = {
    schemaVersion: 1,
    tool: { name: "agentpolicy", version: TOOL_VERSION },
    agents: result2.report.agents ?? [],
    errors: result2.report.errors
  };
  deliver(io, formatInventory(fmt, inventory), values.output);
  for (const e of inventory.errors) {
    io.stderr(`agentpolicy inventory: ${oneLine4(`${e.file}:${e.line}:${e.column}: ${e.message}`)}
`);
  }
  return inventory.errors.length > 0 ? EXIT.failed : EXIT.passed;
}

// src/cli/commands/rules.ts
import { parseArgs as parseArgs4 } from "node:util";

// src/policy/lookup.ts
var squash = (s) => s.toLowerCase().replace(/\s+/g, "");
function findCheck(policy, id) {
  const want = squash(id);
  return policy.checks.find((c) => squash(c.id) === want);
}
function findControls(policy, query) {
  const colon = query.indexOf(":");
  const fwId = colon > 0 ? query.slice(0, colon).trim().toLowerCase() : void 0;
  const scoped2 = fwId !== void 0 && policy.frameworks.some((f) => f.id === fwId);
  const controlId = squash(scoped2 ? query.slice(colon + 1) : query);
  const matches = [];
  for (const framework2 of policy.frameworks) {
    if (scoped2 && framework2.id !== fwId) continue;
    for (const control2 of framework2.controls) {
      if (squash(control2.id) === controlId) matches.push({ framework: framework2, control: control2 });
    }
  }
  return matches;
}
function controlsOfCheck(policy, checkId) {
  const out = [];
  for (const framework2 of policy.frameworks) {
    for (const control2 of framework2.controls)
      if (control2.checks.includes(checkId)) out.push({ framework: framework2, control: control2 });
  }
  return out;
}

// src/cli/commands/rules.ts
function rulesCommand(argv, io) {
  const { values } = parseArgs4({
    args: argv,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      framework: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(RULES_HELP + "\n");
    return EXIT.passed;
  }
  const fmt = oneOf("format", values.format, ["text", "json"], "text");
  const policy = loadPolicy();
  const wanted = values.framework ?? [];
  for (const id of wanted) {
    if (!policy.frameworks.some((f) => f.id === id)) throw new UsageError(`unknown framework '${id}'`);
  }
  const rows = policy.checks.map((check) => ({
    check,
    controls: controlsOfCheck(policy, check.id).filter(
      (m) => wanted.length === 0 || wanted.includes(m.framework.id)
    )
  })).filter((r) => wanted.length === 0 || r.controls.length > 0);
  if (fmt === "json") {
    const out = rows.map(({ check, controls }) => ({
      id: check.id,
      title: check.title,
      severity: check.severity,
      principle: check.principle,
      waivable: check.waivable,
      description: check.description,
      remediation: check.remediation,
      params: check.params,
      helpUri: ruleHelpUri(check.id),
      controls: controls.map((m) => ({ framework: m.framework.id, id: m.control.id }))
    }));
    io.stdout(JSON.stringify(out, null, 2) + "\n");
    return EXIT.passed;
  }
  const idWidth = Math.max(...rows.map((r) => r.check.id.length));
  for (const { check, controls } of rows) {
    const cites = controls.map((m) => `${m.framework.id}:${m.control.id}`).join(", ");
    io.stdout(`${check.id.padEnd(idWidth)}  ${check.severity.padEnd(8)}  ${check.title}
`);
    if (cites) io.stdout(`${" ".repeat(idWidth)}  ${"".padEnd(8)}  ↳ ${cites}
`);
  }
  io.stdout(`
${rows.length} checks
`);
  return EXIT.passed;
}

// src/cli/commands/explain.ts
import { parseArgs as parseArgs5 } from "node:util";
function indent(text3, by = "  ") {
  return text3.trimEnd().split("\n").map((l) => l ? by + l : l).join("\n");
}
function explainCheck(policy, check) {
  const out = [`${check.id}  ${check.title}`, ""];
  out.push(`severity:   ${check.severity}${check.waivable ? "" : " (not waivable)"}`);
  if (check.principle) out.push(`principle:  ${check.principle}`);
  out.push(
    `help:       ${ruleHelpUri(check.id)}`,
    "",
    "Why",
    indent(check.description),
    "",
    "Fix",
    indent(check.remediation)
  );
  const params = Object.entries(check.params);
  if (params.length > 0) {
    out.push("", "Parameters (override in .agentpolicy.yml under params:)");
    for (const [name, p] of params)
      out.push(`  ${name} (${p.type}, default ${JSON.stringify(p.default)}): ${p.description}`);
  }
  const controls = controlsOfCheck(policy, check.id);
  out.push("", "Evidences");
  if (controls.length === 0) out.push("  (no control in the loaded frameworks)");
  const fwWidth = Math.max(0, ...controls.map((m) => m.framework.id.length));
  const idWidth = Math.max(0, ...controls.map((m) => m.control.id.length));
  for (const m of controls) {
    const flag = m.control.verified === false ? " (unverified)" : "";
    out.push(
      `  ${m.framework.id.padEnd(fwWidth)}  ${m.control.id.padEnd(idWidth)}  ${m.control.title}${flag}`
    );
  }
  return out.join("\n") + "\n";
}
function explainControl({ framework: framework2, control: control2 }, policy) {
  const out = [`${framework2.id}  ${control2.id}  ${control2.title}`, ""];
  out.push(`framework:  ${framework2.title} (${framework2.version})`);
  out.push(`source:     ${control2.url}`);
  if (control2.verified === false)
    out.push("verified:   no — the citation or wording could not be checked against the source");
  else if (control2.verified === true) out.push("verified:   yes");
  out.push("", indent(control2.summary));
  const a = control2.applicability;
  if (a) {
    out.push("", "Applies");
    if (a.role) out.push(`  to:         ${a.role.join(", ")}`);
    if (a.tiers) out.push(`  risk tiers: ${a.tiers.join(", ")}`);
    if (a.applies_from)
      out.push(`  from:       ${a.applies_from}${a.verified === false ? " (unverified)" : ""}`);
    if (a.source) out.push(`  source:     ${a.source}`);
    if (a.note) out.push(indent(a.note));
    for (const m of a.amendments ?? []) {
      const when = m.applies_from ? `from ${m.applies_from}` : "changed";
      out.push(`  amended:    ${when}${m.verified === false ? " (unverified)" : ""}`);
      if (m.note) out.push(indent(m.note, "              "));
      out.push(indent(`source: ${m.source}`, "              "));
    }
  }
  out.push("", "Evidenced by");
  if (control2.manual)
    out.push("  manual: no agent manifest can show this control; it needs evidence outside agentpolicy");
  const idWidth = Math.max(0, ...control2.checks.map((id) => id.length));
  for (const id of control2.checks) {
    const check = policy.checks.find((c) => c.id === id);
    out.push(
      `  ${id.padEnd(idWidth)}  ${check ? `${check.severity.padEnd(8)}  ${check.title}` : "(not loaded)"}`
    );
  }
  return out.join("\n") + "\n";
}
function explainCommand(argv, io) {
  const { values, positionals } = parseArgs5({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { help: { type: "boolean", short: "h" } }
  });
  if (values.help) {
    io.stdout(EXPLAIN_HELP + "\n");
    return EXIT.passed;
  }
  const query = positionals.join(" ").trim();
  if (!query) throw new UsageError("explain needs a check id (AP-CRED-003) or a control id (soc2:CC6.1)");
  const policy = loadPolicy();
  const check = findCheck(policy, query);
  if (check) {
    io.stdout(explainCheck(policy, check));
    return EXIT.passed;
  }
  const controls = findControls(policy, query);
  if (controls.length === 0) {
    throw new UsageError(`no check or control '${query}'; see 'agentpolicy rules' for the ids`);
  }
  io.stdout(controls.map((m) => explainControl(m, policy)).join("\n"));
  return EXIT.passed;
}

// src/cli/commands/schema.ts
import { parseArgs as parseArgs6 } from "node:util";
import { readFileSync as readFileSync6 } from "node:fs";
import { join as join6 } from "node:path";
function schemaCommand(argv, io) {
  const { values } = parseArgs6({
    args: argv,
    strict: true,
    options: { format: { type: "string", short: "f" }, help: { type: "boolean", short: "h" } }
  });
  if (values.help) {
    io.stdout(SCHEMA_HELP + "\n");
    return EXIT.passed;
  }
  oneOf("format", values.format, ["json"], "json");
  io.stdout(readFileSync6(join6(packageRoot(), "schema", "agent.schema.json"), "utf8"));
  return EXIT.passed;
}

// src/cli/app.ts
var COMMANDS = {
  check: checkCommand,
  inventory: inventoryCommand,
  init: initCommand,
  rules: rulesCommand,
  explain: explainCommand,
  schema: schemaCommand
};
function isParseArgsError(e) {
  const code = e instanceof Error ? e.code : void 0;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "-h" || name === "--help" || name === "help") {
    io.stdout(MAIN_HELP + "\n");
    return name === void 0 ? EXIT.usage : EXIT.passed;
  }
  if (name === "-v" || name === "--version") {
    io.stdout(TOOL_VERSION + "\n");
    return EXIT.passed;
  }
  const command2 = COMMANDS[name];
  if (!command2) {
    io.stderr(`agentpolicy: unknown command '${name}'; try 'agentpolicy --help'
`);
    return EXIT.usage;
  }
  try {
    return await command2(rest, io);
  } catch (e) {
    if (e instanceof UsageError || isParseArgsError(e)) {
      io.stderr(`agentpolicy ${name}: ${oneLine4(e.message)}
`);
      return EXIT.usage;
    }
    if (e instanceof PolicyError) {
      io.stderr(`agentpolicy: ${oneLine4(e.message)}
`);
      return EXIT.usage;
    }
    const debug = rest.includes("--debug");
    io.stderr(`agentpolicy: internal error: ${oneLine4(e instanceof Error ? e.message : String(e))}
`);
    if (debug && e instanceof Error && e.stack) io.stderr(e.stack + "\n");
    else io.stderr("(run again with --debug for details, and please report it)\n");
    return EXIT.usage;
  }
}

// src/cli/main.ts
process.exitCode = await main(process.argv.slice(2), processIo());
