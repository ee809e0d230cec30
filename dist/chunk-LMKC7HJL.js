import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  ACCESS_LEVELS,
  DEFAULT_SENSITIVE,
  EvaluationMeter,
  LogicBudgetError,
  agentAccessLevel,
  appendPointer,
  compileCheck,
  complianceEvidence,
  controlsForCheck,
  deriveFacts,
  extendPolicy,
  folderDigest,
  getPath,
  globMatch,
  isRecord,
  isSensitivePermission,
  loadPolicy,
  operatorOf,
  ownValue,
  parseRuleFolder,
  permissionAccessLevel,
  shippedText,
  stampedBody,
  truthy
} from "./chunk-VQIIBDPR.js";
import {
  SKIPPED_DIRS,
  VENV_MARKER,
  basePolicyFiles,
  checkConfigAgainstPolicy,
  diskPolicyFiles,
  findConfig,
  globCostProblem,
  insideRoot,
  isAbsolutePath,
  isInside,
  joinRel,
  memoryPolicyFiles,
  parseConfig,
  rootRelative,
  toPosix,
  walkFolder
} from "./chunk-JRZQOVQF.js";
import {
  declaredParams,
  normaliseParam,
  paramsFor,
  parseYamlSource,
  readYamlSource,
  resolveParams
} from "./chunk-NHNMKCWY.js";
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
} from "./chunk-EIU74SYB.js";
import {
  formatDate,
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
} from "./chunk-GCRH6FEZ.js";
import {
  escapePointerSegment,
  formatDuration,
  joinPointer,
  parseDuration,
  pointerSegments,
  unescapePointerSegment
} from "./chunk-XEOLXQEB.js";
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
import {
  __commonJS,
  __toESM
} from "./chunk-ASN2RXSP.js";

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
    exports.hasRegexChars = (str4) => REGEX_SPECIAL_CHARS.test(str4);
    exports.isRegexChar = (str4) => str4.length === 1 && exports.hasRegexChars(str4);
    exports.escapeRegex = (str4) => str4.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str4) => str4.replace(REGEX_BACKSLASH, "/");
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
    exports.removeBackslashes = (str4) => {
      return str4.replace(REGEX_REMOVE_BACKSLASH, (match) => {
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
      const last2 = segs[segs.length - 1];
      if (last2 === "") {
        return segs[segs.length - 2];
      }
      return last2;
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
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str4 = input;
      let index = -1;
      let start2 = 0;
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
      const peek = () => str4.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str4.charCodeAt(++index);
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
          if (prev === CHAR_DOT && index === start2 + 1) {
            start2 += 2;
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
            if (code === CHAR_EXCLAMATION_MARK && index === start2) {
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
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start2) {
          negated = token.negated = true;
          start2++;
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
      let base = str4;
      let prefix = "";
      let glob = "";
      if (start2 > 0) {
        prefix = str4.slice(0, start2);
        str4 = str4.slice(start2);
        lastIndex -= start2;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str4.slice(0, lastIndex);
        glob = str4.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str4;
      } else {
        base = str4;
      }
      if (base && base !== "" && base !== "/" && base !== str4) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start: start2,
        base,
        glob,
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
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start2;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start2 !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start2) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start2;
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
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
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
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
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
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
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
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
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
                const posix6 = POSIX_REGEX_SOURCE[rest2];
                if (posix6) {
                  prev.value = pre + posix6;
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
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
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
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
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
      const create = (str4) => {
        switch (str4) {
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
            const match = /^(.*?)\.(\w+)$/.exec(str4);
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
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch6 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch6(input, options, returnState));
        const arrayMatcher = (str4) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str4);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix6 = opts.windows;
      const regex = isState ? picomatch6.compileRe(glob, options) : picomatch6.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch6(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch6.test(input, regex, options, { glob, posix: posix6 });
        const result = { glob, state, regex, posix: posix6, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher2.state = state;
      }
      return matcher2;
    };
    picomatch6.test = (input, regex, options, { glob, posix: posix6 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix6 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch6.matchBase(input, regex, options, posix6);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch6.matchBase = (input, glob, options, posix6 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch6.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix6 }));
    };
    picomatch6.isMatch = (str4, patterns, options) => picomatch6(patterns, options)(str4);
    picomatch6.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch6.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch6.scan = (input, options) => scan(input, options);
    picomatch6.compileRe = (state, options, returnOutput = false, returnState = false) => {
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
      const regex = picomatch6.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch6.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
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
      return picomatch6.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch6.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch6.constants = constants;
    module.exports = picomatch6;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch6(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch6, pico);
    module.exports = picomatch6;
  }
});

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -퟿-�𐀀-􏿿";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-zÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9·̀-ͯ‿-⁀";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE2 = 32;
    exports.S_LIST = [SPACE2, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE2 && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE2 || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-퟿-�𐀀-􏿿";
    exports.RESTRICTED_CHAR = "-\b\v\f---";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-zÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9·̀-ͯ‿-⁀";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE2 = 32;
    exports.S_LIST = [SPACE2, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE2 || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-zÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9·̀-ͯ‿-⁀";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE2 = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE2 || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start2 } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start2, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start2, this.prevI)}
`;
            start2 = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start2 } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start2, this.prevI)}
`;
              start2 = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start2);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start2, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start2 } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start2);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start2, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start2 } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start2, this.prevI)}
`;
                start2 = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start2, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start2);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start2 } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start2);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start2, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE2;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start2 } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start2, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start2, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start2, this.prevI)} `;
              start2 = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start2, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start2);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start2, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text: text2 } = this;
                  const slice = chunk.slice(start2, this.prevI);
                  if (text2.length !== 0) {
                    handler(text2 + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start2, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start2, this.prevI)}
`;
                }
                start2 = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start2);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start2 } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text: text2 } = this;
                  const slice = chunk.slice(start2, this.prevI);
                  if (text2.length !== 0) {
                    handler(text2 + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start2, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start2, this.prevI)}
`;
                }
                start2 = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start2);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr2 = { name, prefix, local, value };
        this.attribList.push(attr2);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr2);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr2 = { name, value };
        this.attribList.push(attr2);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr2);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text: text2 } = this;
        if (text2.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text2);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local;
          const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr2 of attribList) {
          const { name, prefix, local } = attr2;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr2.uri = uri;
          attributes[name] = attr2;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num2 = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num2 = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num2 = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num2)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num2);
      }
    };
    exports.SaxesParser = SaxesParser2;
  }
});

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
var import_picomatch = __toESM(require_picomatch2(), 1);
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
  const last2 = name.charCodeAt(name.length - 1) | 32;
  return last2 === 108 || last2 === 110;
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
  const globs = (0, import_picomatch.default)(custom ? opts.include : [...DEFAULT_INCLUDE], {
    dot: true,
    nocase: !custom
  });
  const include = custom ? globs : (rel) => endsInLOrN(rel) && DEFAULT_INCLUDE_ENDS.test(rel) && globs(rel);
  const candidates = [];
  const exclude = opts.exclude?.length ? (0, import_picomatch.default)(opts.exclude, { dot: true }) : () => false;
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
      const scan = import_picomatch.default.scan(arg);
      if (scan.isGlob) {
        const pattern = isAbsolute(arg) ? fromRoot(arg) : toPosix(arg).replace(/^(\.\/)+/, "");
        const matches = (0, import_picomatch.default)(pattern, { dot: true });
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
function buildAgent(config, format2, tree, name, secretValues) {
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
    host_label: format2.label,
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
      description: `${format2.label} configuration in ${config.file}`,
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
function emptyConfig(format2, host, file) {
  return {
    format: format2,
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
function readMcpServers(data, format2, host, file, key, secrets) {
  if (!isRecord(data) || !isRecord(data[key])) return void 0;
  const config = emptyConfig(format2, host, file);
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
function projectFolder(file, format2) {
  const parts = file.replace(/\\/g, "/").split("/");
  parts.pop();
  if (format2.nested) parts.pop();
  return parts.join("/");
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len = text2.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start2 = pos;
    if (text2.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text2.length && text2.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text2.substring(start2, pos);
      }
    }
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text2.substring(start2, end);
  }
  function scanString2() {
    let result = "", start2 = pos;
    while (true) {
      if (pos >= len) {
        result += text2.substring(start2, pos);
        scanError = 2;
        break;
      }
      const ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start2, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start2, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start2 = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start2, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text2.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text2.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text2.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString2();
        return token = 10;
      // comments
      case 47:
        const start2 = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text2.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text2.substring(start2, pos);
          return token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text2.substring(start2, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text2.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text2.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text2.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep2, offset, length) => {
      if (currentParent.type === "property") {
        if (sep2 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep2 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text2, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text2, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue2) {
    const value = _scanner.getTokenValue();
    if (isValue2) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
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
  const root = parseTree2(text2, errors, {
    disallowComments: !opts.comments,
    allowTrailingComma: opts.comments,
    allowEmptyContent: false
  });
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error);
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

// node_modules/toml-eslint-parser/node_modules/eslint-visitor-keys/lib/visitor-keys.js
var KEYS = {
  ArrayExpression: ["elements"],
  ArrayPattern: ["elements"],
  ArrowFunctionExpression: ["params", "body"],
  AssignmentExpression: ["left", "right"],
  AssignmentPattern: ["left", "right"],
  AwaitExpression: ["argument"],
  BinaryExpression: ["left", "right"],
  BlockStatement: ["body"],
  BreakStatement: ["label"],
  CallExpression: ["callee", "arguments"],
  CatchClause: ["param", "body"],
  ChainExpression: ["expression"],
  ClassBody: ["body"],
  ClassDeclaration: ["id", "superClass", "body"],
  ClassExpression: ["id", "superClass", "body"],
  ConditionalExpression: ["test", "consequent", "alternate"],
  ContinueStatement: ["label"],
  DebuggerStatement: [],
  DoWhileStatement: ["body", "test"],
  EmptyStatement: [],
  ExperimentalRestProperty: ["argument"],
  ExperimentalSpreadProperty: ["argument"],
  ExportAllDeclaration: ["exported", "source", "attributes"],
  ExportDefaultDeclaration: ["declaration"],
  ExportNamedDeclaration: [
    "declaration",
    "specifiers",
    "source",
    "attributes"
  ],
  ExportSpecifier: ["local", "exported"],
  ExpressionStatement: ["expression"],
  ForInStatement: ["left", "right", "body"],
  ForOfStatement: ["left", "right", "body"],
  ForStatement: ["init", "test", "update", "body"],
  FunctionDeclaration: ["id", "params", "body"],
  FunctionExpression: ["id", "params", "body"],
  Identifier: [],
  IfStatement: ["test", "consequent", "alternate"],
  ImportAttribute: ["key", "value"],
  ImportDeclaration: ["specifiers", "source", "attributes"],
  ImportDefaultSpecifier: ["local"],
  ImportExpression: ["source", "options"],
  ImportNamespaceSpecifier: ["local"],
  ImportSpecifier: ["imported", "local"],
  JSXAttribute: ["name", "value"],
  JSXClosingElement: ["name"],
  JSXClosingFragment: [],
  JSXElement: ["openingElement", "children", "closingElement"],
  JSXEmptyExpression: [],
  JSXExpressionContainer: ["expression"],
  JSXFragment: ["openingFragment", "children", "closingFragment"],
  JSXIdentifier: [],
  JSXMemberExpression: ["object", "property"],
  JSXNamespacedName: ["namespace", "name"],
  JSXOpeningElement: ["name", "attributes"],
  JSXOpeningFragment: [],
  JSXSpreadAttribute: ["argument"],
  JSXSpreadChild: ["expression"],
  JSXText: [],
  LabeledStatement: ["label", "body"],
  Literal: [],
  LogicalExpression: ["left", "right"],
  MemberExpression: ["object", "property"],
  MetaProperty: ["meta", "property"],
  MethodDefinition: ["key", "value"],
  NewExpression: ["callee", "arguments"],
  ObjectExpression: ["properties"],
  ObjectPattern: ["properties"],
  PrivateIdentifier: [],
  Program: ["body"],
  Property: ["key", "value"],
  PropertyDefinition: ["key", "value"],
  RestElement: ["argument"],
  ReturnStatement: ["argument"],
  SequenceExpression: ["expressions"],
  SpreadElement: ["argument"],
  StaticBlock: ["body"],
  Super: [],
  SwitchCase: ["test", "consequent"],
  SwitchStatement: ["discriminant", "cases"],
  TaggedTemplateExpression: ["tag", "quasi"],
  TemplateElement: [],
  TemplateLiteral: ["quasis", "expressions"],
  ThisExpression: [],
  ThrowStatement: ["argument"],
  TryStatement: ["block", "handler", "finalizer"],
  UnaryExpression: ["argument"],
  UpdateExpression: ["argument"],
  VariableDeclaration: ["declarations"],
  VariableDeclarator: ["id", "init"],
  WhileStatement: ["test", "body"],
  WithStatement: ["object", "body"],
  YieldExpression: ["argument"]
};
var NODE_TYPES = Object.keys(KEYS);
for (const type of NODE_TYPES) {
  Object.freeze(KEYS[type]);
}
Object.freeze(KEYS);
var visitor_keys_default = KEYS;

// node_modules/toml-eslint-parser/node_modules/eslint-visitor-keys/lib/index.js
function unionWith(additionalKeys) {
  const retv = (
    /** @type {{ [type: string]: ReadonlyArray<string> }} */
    Object.assign({}, visitor_keys_default)
  );
  for (const type of Object.keys(additionalKeys)) {
    if (Object.hasOwn(retv, type)) {
      const keys = new Set(additionalKeys[type]);
      for (const key of retv[type]) {
        keys.add(key);
      }
      retv[type] = Object.freeze(Array.from(keys));
    } else {
      retv[type] = Object.freeze(Array.from(additionalKeys[type]));
    }
  }
  return Object.freeze(retv);
}

// node_modules/toml-eslint-parser/lib/index.mjs
function last(arr) {
  return arr[arr.length - 1] ?? null;
}
function toKeyName(node) {
  return node.type === "TOMLBare" ? node.name : node.value;
}
var TOMLVerImpl = class {
  constructor(major, minor) {
    this.major = major;
    this.minor = minor;
  }
  lt(major, minor) {
    return this.major < major || this.major === major && this.minor < minor;
  }
  gte(major, minor) {
    return this.major > major || this.major === major && this.minor >= minor;
  }
};
var TOML_VERSION_1_0 = new TOMLVerImpl(1, 0);
var TOML_VERSION_1_1 = new TOMLVerImpl(1, 1);
var DEFAULT_TOML_VERSION = TOML_VERSION_1_1;
var SUPPORTED_TOML_VERSIONS = {
  "1.0": TOML_VERSION_1_0,
  "1.0.0": TOML_VERSION_1_0,
  "1.1": TOML_VERSION_1_1,
  "1.1.0": TOML_VERSION_1_1,
  latest: TOML_VERSION_1_1,
  next: TOML_VERSION_1_1
};
function getTOMLVer(v) {
  return v && SUPPORTED_TOML_VERSIONS[v] || DEFAULT_TOML_VERSION;
}
var MESSAGES2 = {
  "unterminated-string": "Unterminated string constant",
  "unterminated-table-key": "Unterminated table-key",
  "unterminated-array": "Unterminated array",
  "unterminated-inline-table": "Unterminated inline table",
  "missing-key": "Empty bare keys are not allowed",
  "missing-newline": "Must be a newline",
  "missing-equals-sign": "Expected equal (=) token",
  "missing-value": "Unspecified values are invalid",
  "missing-comma": "Expected comma (,) token",
  "dupe-keys": "Defining a key multiple times is invalid",
  "unexpected-char": "Unexpected character",
  "unexpected-token": "Unexpected token",
  "invalid-control-character": "Control characters (codes < 0x1f and 0x7f) are not allowed",
  "invalid-comment-character": "Invalid code point {{cp}} within comments",
  "invalid-key-value-newline": "The key, equals sign, and value must be on the same line",
  "invalid-inline-table-newline": "No newlines are allowed between the curly braces unless they are valid within a value",
  "invalid-underscore": "Underscores are allowed between digits",
  "invalid-space": "Unexpected spaces",
  "invalid-three-quotes": "Three or more quotes are not permitted",
  "invalid-date": "Unexpected invalid date",
  "invalid-time": "Unexpected invalid time",
  "invalid-leading-zero": "Leading zeros are not allowed",
  "invalid-trailing-comma-in-inline-table": "Trailing comma is not permitted in an inline table",
  "invalid-char-in-escape-sequence": "Invalid character in escape sequence",
  "invalid-consecutive-dots-in-key": "Consecutive dots are not permitted in keys",
  "invalid-code-point": "Invalid code point {{cp}}",
  "invalid-trailing-dot-in-key": "Keys cannot end with a dot",
  "invalid-leading-dot-in-key": "Keys cannot start with a dot"
};
function getMessage(code, data) {
  if (data) return MESSAGES2[code].replace(/\{\{(.*?)\}\}/gu, (_, name$2) => {
    if (name$2 in data) return data[name$2];
    return `{{${name$2}}}`;
  });
  return MESSAGES2[code];
}
var ParseError = class extends SyntaxError {
  /**
  * Initialize this ParseError instance.
  *
  */
  constructor(code, offset, line, column, data) {
    super(getMessage(code, data));
    this.index = offset;
    this.lineNumber = line;
    this.column = column;
  }
};
var CodePoint = {
  EOF: -1,
  NULL: 0,
  SOH: 1,
  BACKSPACE: 8,
  TABULATION: 9,
  LINE_FEED: 10,
  FORM_FEED: 12,
  CARRIAGE_RETURN: 13,
  ESCAPE: 27,
  SO: 14,
  US: 31,
  SPACE: 32,
  QUOTATION_MARK: 34,
  HASH: 35,
  SINGLE_QUOTE: 39,
  PLUS_SIGN: 43,
  COMMA: 44,
  DASH: 45,
  DOT: 46,
  DIGIT_0: 48,
  DIGIT_1: 49,
  DIGIT_2: 50,
  DIGIT_3: 51,
  DIGIT_7: 55,
  DIGIT_9: 57,
  COLON: 58,
  EQUALS_SIGN: 61,
  LATIN_CAPITAL_A: 65,
  LATIN_CAPITAL_E: 69,
  LATIN_CAPITAL_F: 70,
  LATIN_CAPITAL_T: 84,
  LATIN_CAPITAL_U: 85,
  LATIN_CAPITAL_Z: 90,
  LEFT_BRACKET: 91,
  BACKSLASH: 92,
  RIGHT_BRACKET: 93,
  UNDERSCORE: 95,
  LATIN_SMALL_A: 97,
  LATIN_SMALL_B: 98,
  LATIN_SMALL_E: 101,
  LATIN_SMALL_F: 102,
  LATIN_SMALL_I: 105,
  LATIN_SMALL_L: 108,
  LATIN_SMALL_N: 110,
  LATIN_SMALL_O: 111,
  LATIN_SMALL_R: 114,
  LATIN_SMALL_S: 115,
  LATIN_SMALL_T: 116,
  LATIN_SMALL_U: 117,
  LATIN_SMALL_X: 120,
  LATIN_SMALL_Z: 122,
  LEFT_BRACE: 123,
  RIGHT_BRACE: 125,
  TILDE: 126,
  DELETE: 127,
  PAD: 128,
  SUPERSCRIPT_TWO: 178,
  SUPERSCRIPT_THREE: 179,
  SUPERSCRIPT_ONE: 185,
  VULGAR_FRACTION_ONE_QUARTER: 188,
  VULGAR_FRACTION_THREE_QUARTERS: 190,
  LATIN_CAPITAL_LETTER_A_WITH_GRAVE: 192,
  LATIN_CAPITAL_LETTER_O_WITH_DIAERESIS: 214,
  LATIN_CAPITAL_LETTER_O_WITH_STROKE: 216,
  LATIN_SMALL_LETTER_O_WITH_DIAERESIS: 246,
  LATIN_SMALL_LETTER_O_WITH_STROKE: 248,
  GREEK_SMALL_REVERSED_DOTTED_LUNATE_SIGMA_SYMBOL: 891,
  GREEK_CAPITAL_LETTER_YOT: 895,
  CP_1FFF: 8191,
  ZERO_WIDTH_NON_JOINER: 8204,
  ZERO_WIDTH_JOINER: 8205,
  UNDERTIE: 8255,
  CHARACTER_TIE: 8256,
  SUPERSCRIPT_ZERO: 8304,
  CP_218F: 8591,
  CIRCLED_DIGIT_ONE: 9312,
  NEGATIVE_CIRCLED_DIGIT_ZERO: 9471,
  GLAGOLITIC_CAPITAL_LETTER_AZU: 11264,
  CP_2FEF: 12271,
  IDEOGRAPHIC_COMMA: 12289,
  CP_D7FF: 55295,
  CP_E000: 57344,
  CJK_COMPATIBILITY_IDEOGRAPH_F900: 63744,
  ARABIC_LIGATURE_SALAAMUHU_ALAYNAA: 64975,
  ARABIC_LIGATURE_SALLA_USED_AS_KORANIC_STOP_SIGN_ISOLATED_FORM: 65008,
  REPLACEMENT_CHARACTER: 65533,
  LINEAR_B_SYLLABLE_B008_A: 65536,
  CP_EFFFF: 983039,
  CP_10FFFF: 1114111
};
function isControl(cp) {
  return cp >= CodePoint.NULL && cp <= CodePoint.US;
}
function isWhitespace(cp) {
  return cp === CodePoint.TABULATION || cp === CodePoint.SPACE;
}
function isEOL2(cp) {
  return cp === CodePoint.LINE_FEED || cp === CodePoint.CARRIAGE_RETURN;
}
function isUpperLetter(cp) {
  return cp >= CodePoint.LATIN_CAPITAL_A && cp <= CodePoint.LATIN_CAPITAL_Z;
}
function isLowerLetter(cp) {
  return cp >= CodePoint.LATIN_SMALL_A && cp <= CodePoint.LATIN_SMALL_Z;
}
function isLetter(cp) {
  return isLowerLetter(cp) || isUpperLetter(cp);
}
function isDigit2(cp) {
  return cp >= CodePoint.DIGIT_0 && cp <= CodePoint.DIGIT_9;
}
function isHexDig(cp) {
  return isDigit2(cp) || cp >= CodePoint.LATIN_SMALL_A && cp <= CodePoint.LATIN_SMALL_F || cp >= CodePoint.LATIN_CAPITAL_A && cp <= CodePoint.LATIN_CAPITAL_F;
}
function isOctalDig(cp) {
  return cp >= CodePoint.DIGIT_0 && cp <= CodePoint.DIGIT_7;
}
function isUnicodeScalarValue(cp) {
  return cp >= 0 && cp <= 55295 || cp >= 57344 && cp <= 1114111;
}
function sortedLastIndex(array, value) {
  let low = 0;
  let high = array.length;
  while (low < high) {
    const mid = low + high >>> 1;
    const val = array[mid];
    if (val === value) return mid + 1;
    if (val < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
var Locations = class {
  constructor() {
    this.offsets = [];
  }
  addOffset(offset) {
    for (let i = this.offsets.length - 1; i >= 0; i--) {
      const element = this.offsets[i];
      if (element === offset) return;
      if (element < offset) break;
    }
    this.offsets.push(offset);
  }
  /**
  * Calculate the location of the given index.
  * @param index The index to calculate their location.
  * @returns The location of the index.
  */
  getLocFromIndex(offset) {
    const line = sortedLastIndex(this.offsets, offset) + 1;
    return {
      line,
      column: offset - (line === 1 ? 0 : this.offsets[line - 2])
    };
  }
};
var CodePointIterator = class {
  /**
  * Initialize this char iterator.
  */
  constructor(text2) {
    this.locs = new Locations();
    this.lastCodePoint = CodePoint.NULL;
    this.start = -1;
    this.end = 0;
    this.text = text2;
  }
  next() {
    if (this.lastCodePoint === CodePoint.EOF) return CodePoint.EOF;
    return this.lastCodePoint = this.moveAt(this.end);
  }
  getLocFromIndex(index) {
    return this.locs.getLocFromIndex(index);
  }
  eat(cp) {
    if (this.text.codePointAt(this.end) === cp) {
      this.next();
      return true;
    }
    return false;
  }
  moveAt(offset) {
    this.start = this.end = offset;
    const cp = this.text.codePointAt(this.start) ?? CodePoint.EOF;
    if (cp === CodePoint.EOF) {
      this.end = this.start;
      return cp;
    }
    this.end += cp >= 65536 ? 2 : 1;
    if (cp === CodePoint.LINE_FEED) this.locs.addOffset(this.end);
    else if (cp === CodePoint.CARRIAGE_RETURN) {
      if (this.text.codePointAt(this.end) === CodePoint.LINE_FEED) {
        this.end++;
        this.locs.addOffset(this.end);
      }
      return CodePoint.LINE_FEED;
    }
    return cp;
  }
};
var HAS_BIGINT = typeof BigInt !== "undefined";
var RADIX_PREFIXES = {
  16: "0x",
  10: "",
  8: "0o",
  2: "0b"
};
var ESCAPES_1_0 = {
  [CodePoint.QUOTATION_MARK]: CodePoint.QUOTATION_MARK,
  [CodePoint.BACKSLASH]: CodePoint.BACKSLASH,
  [CodePoint.LATIN_SMALL_B]: CodePoint.BACKSPACE,
  [CodePoint.LATIN_SMALL_F]: CodePoint.FORM_FEED,
  [CodePoint.LATIN_SMALL_N]: CodePoint.LINE_FEED,
  [CodePoint.LATIN_SMALL_R]: CodePoint.CARRIAGE_RETURN,
  [CodePoint.LATIN_SMALL_T]: CodePoint.TABULATION
};
var ESCAPES_LATEST = {
  ...ESCAPES_1_0,
  [CodePoint.LATIN_SMALL_E]: CodePoint.ESCAPE
};
var Tokenizer = class {
  /**
  * Initialize this tokenizer.
  */
  constructor(text2, parserOptions) {
    this.backCode = false;
    this.lastCodePoint = CodePoint.NULL;
    this.state = "DATA";
    this.token = null;
    this.tokenStart = -1;
    this.valuesEnabled = false;
    this.text = text2;
    this.parserOptions = parserOptions || {};
    this.codePointIterator = new CodePointIterator(text2);
    this.tomlVersion = getTOMLVer(this.parserOptions.tomlVersion);
    this.ESCAPES = this.tomlVersion.gte(1, 1) ? ESCAPES_LATEST : ESCAPES_1_0;
  }
  get start() {
    return this.codePointIterator.start;
  }
  get end() {
    return this.codePointIterator.end;
  }
  getLocFromIndex(index) {
    return this.codePointIterator.getLocFromIndex(index);
  }
  /**
  * Report an invalid character error.
  */
  reportParseError(code, data) {
    const offset = this.codePointIterator.start;
    const loc = this.codePointIterator.getLocFromIndex(offset);
    throw new ParseError(code, offset, loc.line, loc.column, data);
  }
  /**
  * Get the next token.
  */
  nextToken() {
    let token = this.token;
    if (token != null) {
      this.token = null;
      return token;
    }
    let cp = this.lastCodePoint;
    while (cp !== CodePoint.EOF && !this.token) {
      cp = this.nextCode();
      const nextState = this[this.state](cp);
      if (!nextState) throw new Error(`Unknown error: pre state=${this.state}`);
      this.state = nextState;
    }
    token = this.token;
    this.token = null;
    return token;
  }
  /**
  * Get the next code point.
  */
  nextCode() {
    if (this.lastCodePoint === CodePoint.EOF) return CodePoint.EOF;
    if (this.backCode) {
      this.backCode = false;
      return this.lastCodePoint;
    }
    return this.lastCodePoint = this.codePointIterator.next();
  }
  /**
  * Eat the next code point.
  */
  eatCode(cp) {
    if (this.lastCodePoint === CodePoint.EOF) return false;
    if (this.backCode) {
      if (this.lastCodePoint === cp) {
        this.backCode = false;
        return true;
      }
      return false;
    }
    return this.codePointIterator.eat(cp);
  }
  /**
  * Moves the character position to the given position.
  */
  moveAt(loc) {
    if (this.backCode) this.backCode = false;
    this.lastCodePoint = this.codePointIterator.moveAt(loc);
  }
  /**
  * Back the current code point as the given state.
  */
  back(state) {
    this.backCode = true;
    return state;
  }
  punctuatorToken() {
    this.startToken();
    this.endToken("Punctuator", "end");
  }
  startToken() {
    this.tokenStart = this.codePointIterator.start;
  }
  /**
  * Commit the current token.
  */
  endToken(type, pos, option1, option2) {
    const { tokenStart } = this;
    const end = this.codePointIterator[pos];
    const range = [tokenStart, end];
    const loc = {
      start: this.codePointIterator.getLocFromIndex(tokenStart),
      end: this.codePointIterator.getLocFromIndex(end)
    };
    if (type === "Block") this.token = {
      type,
      value: this.text.slice(tokenStart + 1, end),
      range,
      loc
    };
    else {
      let token;
      const value = this.text.slice(tokenStart, end);
      if (type === "BasicString" || type === "LiteralString" || type === "MultiLineBasicString" || type === "MultiLineLiteralString") token = {
        type,
        value,
        string: option1,
        range,
        loc
      };
      else if (type === "Integer") {
        const text2 = option1;
        token = {
          type,
          value,
          number: parseInt(text2, option2),
          bigint: HAS_BIGINT ? BigInt(RADIX_PREFIXES[option2] + text2) : null,
          range,
          loc
        };
      } else if (type === "Float") token = {
        type,
        value,
        number: option1,
        range,
        loc
      };
      else if (type === "Boolean") token = {
        type,
        value,
        boolean: option1,
        range,
        loc
      };
      else if (type === "LocalDate" || type === "LocalTime" || type === "LocalDateTime" || type === "OffsetDateTime") token = {
        type,
        value,
        date: option1,
        range,
        loc
      };
      else token = {
        type,
        value,
        range,
        loc
      };
      this.token = token;
    }
  }
  DATA(cp) {
    while (isWhitespace(cp) || isEOL2(cp)) cp = this.nextCode();
    if (cp === CodePoint.HASH) {
      this.startToken();
      return "COMMENT";
    }
    if (cp === CodePoint.QUOTATION_MARK) {
      this.startToken();
      return "BASIC_STRING";
    }
    if (cp === CodePoint.SINGLE_QUOTE) {
      this.startToken();
      return "LITERAL_STRING";
    }
    if (cp === CodePoint.DOT || cp === CodePoint.EQUALS_SIGN || cp === CodePoint.LEFT_BRACKET || cp === CodePoint.RIGHT_BRACKET || cp === CodePoint.LEFT_BRACE || cp === CodePoint.RIGHT_BRACE || cp === CodePoint.COMMA) {
      this.punctuatorToken();
      return "DATA";
    }
    if (this.valuesEnabled) {
      if (cp === CodePoint.DASH || cp === CodePoint.PLUS_SIGN) {
        this.startToken();
        return "SIGN";
      }
      if (cp === CodePoint.LATIN_SMALL_N || cp === CodePoint.LATIN_SMALL_I) {
        this.startToken();
        return this.back("NAN_OR_INF");
      }
      if (isDigit2(cp)) {
        this.startToken();
        return this.back("NUMBER");
      }
      if (cp === CodePoint.LATIN_SMALL_T || cp === CodePoint.LATIN_SMALL_F) {
        this.startToken();
        return this.back("BOOLEAN");
      }
    } else if (isUnquotedKeyChar(cp, this.tomlVersion)) {
      this.startToken();
      return "BARE";
    }
    if (cp === CodePoint.EOF) return "DATA";
    return this.reportParseError("unexpected-char");
  }
  COMMENT(cp) {
    const processCommentChar = this.tomlVersion.gte(1, 1) ? (c) => {
      if (!isNonEOL(c)) this.reportParseError("invalid-comment-character", { cp: JSON.stringify(String.fromCodePoint(c)).slice(1, -1) });
    } : (c) => {
      if (isControlOtherThanTab(c)) this.reportParseErrorControlChar();
    };
    while (!isEOL2(cp) && cp !== CodePoint.EOF) {
      processCommentChar(cp);
      cp = this.nextCode();
    }
    this.endToken("Block", "start");
    return "DATA";
  }
  BARE(cp) {
    while (isUnquotedKeyChar(cp, this.tomlVersion)) cp = this.nextCode();
    this.endToken("Bare", "start");
    return this.back("DATA");
  }
  BASIC_STRING(cp) {
    if (cp === CodePoint.QUOTATION_MARK) {
      cp = this.nextCode();
      if (cp === CodePoint.QUOTATION_MARK) return "MULTI_LINE_BASIC_STRING";
      this.endToken("BasicString", "start", "");
      return this.back("DATA");
    }
    const out = [];
    while (cp !== CodePoint.QUOTATION_MARK && cp !== CodePoint.EOF && cp !== CodePoint.LINE_FEED) {
      if (isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
      if (cp === CodePoint.BACKSLASH) {
        cp = this.nextCode();
        const ecp = this.ESCAPES[cp];
        if (ecp) {
          out.push(ecp);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_SMALL_U) {
          const code = this.parseUnicode(4);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_CAPITAL_U) {
          const code = this.parseUnicode(8);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_SMALL_X && this.tomlVersion.gte(1, 1)) {
          const code = this.parseUnicode(2);
          out.push(code);
          cp = this.nextCode();
          continue;
        }
        return this.reportParseError("invalid-char-in-escape-sequence");
      }
      out.push(cp);
      cp = this.nextCode();
    }
    if (cp !== CodePoint.QUOTATION_MARK) return this.reportParseError("unterminated-string");
    this.endToken("BasicString", "end", String.fromCodePoint(...out));
    return "DATA";
  }
  MULTI_LINE_BASIC_STRING(cp) {
    const out = [];
    if (cp === CodePoint.LINE_FEED) cp = this.nextCode();
    while (cp !== CodePoint.EOF) {
      if (cp !== CodePoint.LINE_FEED && isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
      if (cp === CodePoint.QUOTATION_MARK) {
        const startPos = this.codePointIterator.start;
        if (this.eatCode(CodePoint.QUOTATION_MARK) && this.eatCode(CodePoint.QUOTATION_MARK)) {
          if (this.eatCode(CodePoint.QUOTATION_MARK)) {
            out.push(CodePoint.QUOTATION_MARK);
            if (this.eatCode(CodePoint.QUOTATION_MARK)) {
              out.push(CodePoint.QUOTATION_MARK);
              if (this.eatCode(CodePoint.QUOTATION_MARK)) {
                this.moveAt(startPos);
                return this.reportParseError("invalid-three-quotes");
              }
            }
          }
          this.endToken("MultiLineBasicString", "end", String.fromCodePoint(...out));
          return "DATA";
        }
        this.moveAt(startPos);
      }
      if (cp === CodePoint.BACKSLASH) {
        cp = this.nextCode();
        const ecp = this.ESCAPES[cp];
        if (ecp) {
          out.push(ecp);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_SMALL_U) {
          const code = this.parseUnicode(4);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_CAPITAL_U) {
          const code = this.parseUnicode(8);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_SMALL_X && this.tomlVersion.gte(1, 1)) {
          const code = this.parseUnicode(2);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LINE_FEED) {
          cp = this.nextCode();
          while (isWhitespace(cp) || cp === CodePoint.LINE_FEED) cp = this.nextCode();
          continue;
        } else if (isWhitespace(cp)) {
          let valid = true;
          const startPos = this.codePointIterator.start;
          let nextCp;
          while ((nextCp = this.nextCode()) !== CodePoint.EOF) {
            if (nextCp === CodePoint.LINE_FEED) break;
            if (!isWhitespace(nextCp)) {
              this.moveAt(startPos);
              valid = false;
              break;
            }
          }
          if (valid) {
            cp = this.nextCode();
            while (isWhitespace(cp) || cp === CodePoint.LINE_FEED) cp = this.nextCode();
            continue;
          }
        }
        return this.reportParseError("invalid-char-in-escape-sequence");
      }
      out.push(cp);
      cp = this.nextCode();
    }
    return this.reportParseError("unterminated-string");
  }
  LITERAL_STRING(cp) {
    if (cp === CodePoint.SINGLE_QUOTE) {
      cp = this.nextCode();
      if (cp === CodePoint.SINGLE_QUOTE) return "MULTI_LINE_LITERAL_STRING";
      this.endToken("LiteralString", "start", "");
      return this.back("DATA");
    }
    const out = [];
    while (cp !== CodePoint.SINGLE_QUOTE && cp !== CodePoint.EOF && cp !== CodePoint.LINE_FEED) {
      if (isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
      out.push(cp);
      cp = this.nextCode();
    }
    if (cp !== CodePoint.SINGLE_QUOTE) return this.reportParseError("unterminated-string");
    this.endToken("LiteralString", "end", String.fromCodePoint(...out));
    return "DATA";
  }
  MULTI_LINE_LITERAL_STRING(cp) {
    const out = [];
    if (cp === CodePoint.LINE_FEED) cp = this.nextCode();
    while (cp !== CodePoint.EOF) {
      if (cp !== CodePoint.LINE_FEED && isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
      if (cp === CodePoint.SINGLE_QUOTE) {
        const startPos = this.codePointIterator.start;
        if (this.eatCode(CodePoint.SINGLE_QUOTE) && this.eatCode(CodePoint.SINGLE_QUOTE)) {
          if (this.eatCode(CodePoint.SINGLE_QUOTE)) {
            out.push(CodePoint.SINGLE_QUOTE);
            if (this.eatCode(CodePoint.SINGLE_QUOTE)) {
              out.push(CodePoint.SINGLE_QUOTE);
              if (this.eatCode(CodePoint.SINGLE_QUOTE)) {
                this.moveAt(startPos);
                return this.reportParseError("invalid-three-quotes");
              }
            }
          }
          this.endToken("MultiLineLiteralString", "end", String.fromCodePoint(...out));
          return "DATA";
        }
        this.moveAt(startPos);
      }
      out.push(cp);
      cp = this.nextCode();
    }
    return this.reportParseError("unterminated-string");
  }
  SIGN(cp) {
    if (cp === CodePoint.LATIN_SMALL_N || cp === CodePoint.LATIN_SMALL_I) return this.back("NAN_OR_INF");
    if (isDigit2(cp)) return this.back("NUMBER");
    return this.reportParseError("unexpected-char");
  }
  NAN_OR_INF(cp) {
    if (cp === CodePoint.LATIN_SMALL_N) {
      const startPos = this.codePointIterator.start;
      if (this.eatCode(CodePoint.LATIN_SMALL_A) && this.eatCode(CodePoint.LATIN_SMALL_N)) {
        this.endToken("Float", "end", NaN);
        return "DATA";
      }
      this.moveAt(startPos);
    } else if (cp === CodePoint.LATIN_SMALL_I) {
      const startPos = this.codePointIterator.start;
      if (this.eatCode(CodePoint.LATIN_SMALL_N) && this.eatCode(CodePoint.LATIN_SMALL_F)) {
        this.endToken("Float", "end", this.text[this.tokenStart] === "-" ? -Infinity : Infinity);
        return "DATA";
      }
      this.moveAt(startPos);
    }
    return this.reportParseError("unexpected-char");
  }
  NUMBER(cp) {
    const start2 = this.text[this.tokenStart];
    const sign = start2 === "+" ? CodePoint.PLUS_SIGN : start2 === "-" ? CodePoint.DASH : CodePoint.NULL;
    if (cp === CodePoint.DIGIT_0) {
      if (sign === CodePoint.NULL) {
        const startPos = this.codePointIterator.start;
        const nextCp$1 = this.nextCode();
        if (isDigit2(nextCp$1)) {
          const nextNextCp = this.nextCode();
          if (nextNextCp === CodePoint.COLON) {
            this.data = {
              hasDate: false,
              year: 0,
              month: 0,
              day: 0,
              hour: Number(String.fromCodePoint(CodePoint.DIGIT_0, nextCp$1)),
              minute: 0,
              second: 0
            };
            return "TIME_MINUTE";
          }
          if (isDigit2(nextNextCp)) {
            const nextNextNextCp = this.nextCode();
            if (isDigit2(nextNextNextCp) && this.eatCode(CodePoint.DASH)) {
              this.data = {
                hasDate: true,
                year: Number(String.fromCodePoint(CodePoint.DIGIT_0, nextCp$1, nextNextCp, nextNextNextCp)),
                month: 0,
                day: 0,
                hour: 0,
                minute: 0,
                second: 0
              };
              return "DATE_MONTH";
            }
          }
          this.moveAt(startPos);
          return this.reportParseError("invalid-leading-zero");
        }
        this.moveAt(startPos);
      }
      cp = this.nextCode();
      if (cp === CodePoint.LATIN_SMALL_X || cp === CodePoint.LATIN_SMALL_O || cp === CodePoint.LATIN_SMALL_B) {
        if (sign !== CodePoint.NULL) return this.reportParseError("unexpected-char");
        return cp === CodePoint.LATIN_SMALL_X ? "HEX" : cp === CodePoint.LATIN_SMALL_O ? "OCTAL" : "BINARY";
      }
      if (cp === CodePoint.LATIN_SMALL_E || cp === CodePoint.LATIN_CAPITAL_E) {
        this.data = {
          minus: sign === CodePoint.DASH,
          left: [CodePoint.DIGIT_0]
        };
        return "EXPONENT_RIGHT";
      }
      if (cp === CodePoint.DOT) {
        this.data = {
          minus: sign === CodePoint.DASH,
          absInt: [CodePoint.DIGIT_0]
        };
        return "FRACTIONAL_RIGHT";
      }
      this.endToken("Integer", "start", "0", 10);
      return this.back("DATA");
    }
    const { out, nextCp, hasUnderscore } = this.parseDigits(cp, isDigit2);
    if (nextCp === CodePoint.DASH && sign === CodePoint.NULL && !hasUnderscore && out.length === 4) {
      this.data = {
        hasDate: true,
        year: Number(String.fromCodePoint(...out)),
        month: 0,
        day: 0,
        hour: 0,
        minute: 0,
        second: 0
      };
      return "DATE_MONTH";
    }
    if (nextCp === CodePoint.COLON && sign === CodePoint.NULL && !hasUnderscore && out.length === 2) {
      this.data = {
        hasDate: false,
        year: 0,
        month: 0,
        day: 0,
        hour: Number(String.fromCodePoint(...out)),
        minute: 0,
        second: 0
      };
      return "TIME_MINUTE";
    }
    if (nextCp === CodePoint.LATIN_SMALL_E || nextCp === CodePoint.LATIN_CAPITAL_E) {
      this.data = {
        minus: sign === CodePoint.DASH,
        left: out
      };
      return "EXPONENT_RIGHT";
    }
    if (nextCp === CodePoint.DOT) {
      this.data = {
        minus: sign === CodePoint.DASH,
        absInt: out
      };
      return "FRACTIONAL_RIGHT";
    }
    this.endToken("Integer", "start", sign === CodePoint.DASH ? String.fromCodePoint(CodePoint.DASH, ...out) : String.fromCodePoint(...out), 10);
    return this.back("DATA");
  }
  HEX(cp) {
    const { out } = this.parseDigits(cp, isHexDig);
    this.endToken("Integer", "start", String.fromCodePoint(...out), 16);
    return this.back("DATA");
  }
  OCTAL(cp) {
    const { out } = this.parseDigits(cp, isOctalDig);
    this.endToken("Integer", "start", String.fromCodePoint(...out), 8);
    return this.back("DATA");
  }
  BINARY(cp) {
    const { out } = this.parseDigits(cp, (c) => c === CodePoint.DIGIT_0 || c === CodePoint.DIGIT_1);
    this.endToken("Integer", "start", String.fromCodePoint(...out), 2);
    return this.back("DATA");
  }
  FRACTIONAL_RIGHT(cp) {
    const { minus: minus2, absInt } = this.data;
    const { out, nextCp } = this.parseDigits(cp, isDigit2);
    const absNum = [
      ...absInt,
      CodePoint.DOT,
      ...out
    ];
    if (nextCp === CodePoint.LATIN_SMALL_E || nextCp === CodePoint.LATIN_CAPITAL_E) {
      this.data = {
        minus: minus2,
        left: absNum
      };
      return "EXPONENT_RIGHT";
    }
    const value = Number(minus2 ? String.fromCodePoint(CodePoint.DASH, ...absNum) : String.fromCodePoint(...absNum));
    this.endToken("Float", "start", value);
    return this.back("DATA");
  }
  EXPONENT_RIGHT(cp) {
    const { left, minus: leftMinus } = this.data;
    let minus2 = false;
    if (cp === CodePoint.DASH || cp === CodePoint.PLUS_SIGN) {
      minus2 = cp === CodePoint.DASH;
      cp = this.nextCode();
    }
    const { out } = this.parseDigits(cp, isDigit2);
    const right = out;
    if (minus2) right.unshift(CodePoint.DASH);
    const value = Number(leftMinus ? String.fromCodePoint(CodePoint.DASH, ...left, CodePoint.LATIN_SMALL_E, ...right) : String.fromCodePoint(...left, CodePoint.LATIN_SMALL_E, ...right));
    this.endToken("Float", "start", value);
    return this.back("DATA");
  }
  BOOLEAN(cp) {
    if (cp === CodePoint.LATIN_SMALL_T) {
      const startPos = this.codePointIterator.start;
      if (this.eatCode(CodePoint.LATIN_SMALL_R) && this.eatCode(CodePoint.LATIN_SMALL_U) && this.eatCode(CodePoint.LATIN_SMALL_E)) {
        this.endToken("Boolean", "end", true);
        return "DATA";
      }
      this.moveAt(startPos);
    } else if (cp === CodePoint.LATIN_SMALL_F) {
      const startPos = this.codePointIterator.start;
      if (this.eatCode(CodePoint.LATIN_SMALL_A) && this.eatCode(CodePoint.LATIN_SMALL_L) && this.eatCode(CodePoint.LATIN_SMALL_S) && this.eatCode(CodePoint.LATIN_SMALL_E)) {
        this.endToken("Boolean", "end", false);
        return "DATA";
      }
      this.moveAt(startPos);
    }
    return this.reportParseError("unexpected-char");
  }
  DATE_MONTH(cp) {
    const start2 = this.codePointIterator.start;
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (cp !== CodePoint.DASH) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.start;
    const data = this.data;
    data.month = Number(this.text.slice(start2, end));
    return "DATE_DAY";
  }
  DATE_DAY(cp) {
    const start2 = this.codePointIterator.start;
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.end;
    const data = this.data;
    data.day = Number(this.text.slice(start2, end));
    if (!isValidDate(data.year, data.month, data.day)) return this.reportParseError("invalid-date");
    cp = this.nextCode();
    if (cp === CodePoint.LATIN_CAPITAL_T || cp === CodePoint.LATIN_SMALL_T) return "TIME_HOUR";
    if (cp === CodePoint.SPACE) {
      const startPos = this.codePointIterator.start;
      if (isDigit2(this.nextCode()) && isDigit2(this.nextCode())) {
        this.moveAt(startPos);
        return "TIME_HOUR";
      }
      this.moveAt(startPos);
    }
    const dateValue = getDateFromDateTimeData(data, "");
    this.endToken("LocalDate", "start", dateValue);
    return this.back("DATA");
  }
  TIME_HOUR(cp) {
    const start2 = this.codePointIterator.start;
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (cp !== CodePoint.COLON) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.start;
    const data = this.data;
    data.hour = Number(this.text.slice(start2, end));
    return "TIME_MINUTE";
  }
  TIME_MINUTE(cp) {
    const start2 = this.codePointIterator.start;
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.end;
    const data = this.data;
    data.minute = Number(this.text.slice(start2, end));
    cp = this.nextCode();
    if (cp === CodePoint.COLON) return "TIME_SECOND";
    if (this.tomlVersion.lt(1, 1)) return this.reportParseError("unexpected-char");
    if (!isValidTime(data.hour, data.minute, data.second)) return this.reportParseError("invalid-time");
    return this.processTimeEnd(cp, data);
  }
  TIME_SECOND(cp) {
    const start2 = this.codePointIterator.start;
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.end;
    const data = this.data;
    data.second = Number(this.text.slice(start2, end));
    if (!isValidTime(data.hour, data.minute, data.second)) return this.reportParseError("invalid-time");
    cp = this.nextCode();
    if (cp === CodePoint.DOT) return "TIME_SEC_FRAC";
    return this.processTimeEnd(cp, data);
  }
  TIME_SEC_FRAC(cp) {
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    const start2 = this.codePointIterator.start;
    while (isDigit2(cp)) cp = this.nextCode();
    const end = this.codePointIterator.start;
    const data = this.data;
    data.frac = this.text.slice(start2, end);
    return this.processTimeEnd(cp, data);
  }
  processTimeEnd(cp, data) {
    if (data.hasDate) {
      if (cp === CodePoint.DASH || cp === CodePoint.PLUS_SIGN) {
        data.offsetSign = cp;
        return "TIME_OFFSET";
      }
      if (cp === CodePoint.LATIN_CAPITAL_Z || cp === CodePoint.LATIN_SMALL_Z) {
        const dateValue$2 = getDateFromDateTimeData(data, "Z");
        this.endToken("OffsetDateTime", "end", dateValue$2);
        return "DATA";
      }
      const dateValue$1 = getDateFromDateTimeData(data, "");
      this.endToken("LocalDateTime", "start", dateValue$1);
      return this.back("DATA");
    }
    const dateValue = getDateFromDateTimeData(data, "");
    this.endToken("LocalTime", "start", dateValue);
    return this.back("DATA");
  }
  TIME_OFFSET(cp) {
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    const hourStart = this.codePointIterator.start;
    cp = this.nextCode();
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (cp !== CodePoint.COLON) return this.reportParseError("unexpected-char");
    const hourEnd = this.codePointIterator.start;
    cp = this.nextCode();
    const minuteStart = this.codePointIterator.start;
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit2(cp)) return this.reportParseError("unexpected-char");
    const minuteEnd = this.codePointIterator.end;
    const hour = Number(this.text.slice(hourStart, hourEnd));
    const minute = Number(this.text.slice(minuteStart, minuteEnd));
    if (!isValidTime(hour, minute, 0)) return this.reportParseError("invalid-time");
    const data = this.data;
    const dateValue = getDateFromDateTimeData(data, `${String.fromCodePoint(data.offsetSign)}${padStart(hour, 2)}:${padStart(minute, 2)}`);
    this.endToken("OffsetDateTime", "end", dateValue);
    return "DATA";
  }
  parseDigits(cp, checkDigit) {
    if (cp === CodePoint.UNDERSCORE) return this.reportParseError("invalid-underscore");
    if (!checkDigit(cp)) return this.reportParseError("unexpected-char");
    const out = [];
    let before = CodePoint.NULL;
    let hasUnderscore = false;
    while (checkDigit(cp) || cp === CodePoint.UNDERSCORE) {
      if (cp === CodePoint.UNDERSCORE) {
        hasUnderscore = true;
        if (before === CodePoint.UNDERSCORE) return this.reportParseError("invalid-underscore");
      } else out.push(cp);
      before = cp;
      cp = this.nextCode();
    }
    if (before === CodePoint.UNDERSCORE) return this.reportParseError("invalid-underscore");
    return {
      out,
      nextCp: cp,
      hasUnderscore
    };
  }
  parseUnicode(count) {
    const startLoc = this.codePointIterator.start;
    const start2 = this.codePointIterator.end;
    let charCount = 0;
    let cp;
    while ((cp = this.nextCode()) !== CodePoint.EOF) {
      if (!isHexDig(cp)) {
        this.moveAt(startLoc);
        return this.reportParseError("invalid-char-in-escape-sequence");
      }
      charCount++;
      if (charCount >= count) break;
    }
    const end = this.codePointIterator.end;
    const code = this.text.slice(start2, end);
    const codePoint = parseInt(code, 16);
    if (!isUnicodeScalarValue(codePoint)) return this.reportParseError("invalid-code-point", { cp: code });
    return codePoint;
  }
  reportParseErrorControlChar() {
    return this.reportParseError("invalid-control-character");
  }
};
function isUnquotedKeyChar(cp, tomlVersion) {
  if (isLetter(cp) || isDigit2(cp) || cp === CodePoint.UNDERSCORE || cp === CodePoint.DASH) return true;
  if (tomlVersion.lt(1, 1)) return false;
  return false;
}
function isControlOtherThanTab(cp) {
  return isControl(cp) && cp !== CodePoint.TABULATION || cp === CodePoint.DELETE;
}
function isNonEOL(cp) {
  return cp === CodePoint.TABULATION || CodePoint.SPACE <= cp && cp <= CodePoint.TILDE || isNonAscii(cp);
}
function isNonAscii(cp) {
  return CodePoint.PAD <= cp && cp <= CodePoint.CP_D7FF || CodePoint.CP_E000 <= cp && cp <= CodePoint.CP_10FFFF;
}
function isValidDate(y, m, d) {
  if (y >= 0 && m <= 12 && m >= 1 && d >= 1) return d <= (m === 2 ? y & 3 || !(y % 25) && y & 15 ? 28 : 29 : 30 + (m + (m >> 3) & 1));
  return false;
}
function isValidTime(h, m, s) {
  if (h >= 24 || h < 0 || m > 59 || m < 0 || s > 60 || s < 0) return false;
  return true;
}
function getDateFromDateTimeData(data, timeZone) {
  const year = padStart(data.year, 4);
  const month = data.month ? padStart(data.month, 2) : "01";
  const day = data.day ? padStart(data.day, 2) : "01";
  const hour = padStart(data.hour, 2);
  const minute = padStart(data.minute, 2);
  const second = padStart(data.second, 2);
  const textDate = `${year}-${month}-${day}`;
  const frac = data.frac ? `.${data.frac}` : "";
  const dateValue = /* @__PURE__ */ new Date(`${textDate}T${hour}:${minute}:${second}${frac}${timeZone}`);
  if (!isNaN(dateValue.getTime()) || data.second !== 60) return dateValue;
  return /* @__PURE__ */ new Date(`${textDate}T${hour}:${minute}:59${frac}${timeZone}`);
}
function padStart(num2, maxLength) {
  return String(num2).padStart(maxLength, "0");
}
var VALUE_KIND_VALUE = /* @__PURE__ */ Symbol("VALUE_KIND_VALUE");
var VALUE_KIND_INTERMEDIATE = /* @__PURE__ */ Symbol("VALUE_KIND_INTERMEDIATE");
var KeysResolver = class {
  constructor(ctx) {
    this.rootKeys = /* @__PURE__ */ new Map();
    this.tables = [];
    this.ctx = ctx;
  }
  applyResolveKeyForTable(node) {
    let keys = this.rootKeys;
    const peekKeyIndex = node.key.keys.length - 1;
    for (let index = 0; index < peekKeyIndex; index++) {
      const keyNode = node.key.keys[index];
      const keyName = toKeyName(keyNode);
      node.resolvedKey.push(keyName);
      let keyStore = keys.get(keyName);
      if (!keyStore) {
        keyStore = {
          node: keyNode,
          keys: /* @__PURE__ */ new Map()
        };
        keys.set(keyName, keyStore);
      } else if (keyStore.table === "array") {
        const peekIndex = keyStore.peekIndex;
        node.resolvedKey.push(peekIndex);
        keyStore = keyStore.keys.get(peekIndex);
      }
      keys = keyStore.keys;
    }
    const lastKeyNode = node.key.keys[peekKeyIndex];
    const lastKeyName = toKeyName(lastKeyNode);
    node.resolvedKey.push(lastKeyName);
    const lastKeyStore = keys.get(lastKeyName);
    if (!lastKeyStore) if (node.kind === "array") {
      node.resolvedKey.push(0);
      const newKeyStore = {
        node: lastKeyNode,
        keys: /* @__PURE__ */ new Map()
      };
      keys.set(lastKeyName, {
        table: node.kind,
        node: lastKeyNode,
        keys: /* @__PURE__ */ new Map([[0, newKeyStore]]),
        peekIndex: 0
      });
      this.tables.push({
        node,
        keys: newKeyStore.keys
      });
    } else {
      const newKeyStore = {
        table: node.kind,
        node: lastKeyNode,
        keys: /* @__PURE__ */ new Map()
      };
      keys.set(lastKeyName, newKeyStore);
      this.tables.push({
        node,
        keys: newKeyStore.keys
      });
    }
    else if (!lastKeyStore.table) if (node.kind === "array") this.ctx.reportParseError("dupe-keys", lastKeyNode);
    else {
      const transformKey = {
        table: node.kind,
        node: lastKeyNode,
        keys: lastKeyStore.keys
      };
      keys.set(lastKeyName, transformKey);
      this.tables.push({
        node,
        keys: transformKey.keys
      });
    }
    else if (lastKeyStore.table === "array") if (node.kind === "array") {
      const newKeyStore = {
        node: lastKeyNode,
        keys: /* @__PURE__ */ new Map()
      };
      const newIndex = lastKeyStore.peekIndex + 1;
      node.resolvedKey.push(newIndex);
      lastKeyStore.keys.set(newIndex, newKeyStore);
      lastKeyStore.peekIndex = newIndex;
      this.tables.push({
        node,
        keys: newKeyStore.keys
      });
    } else this.ctx.reportParseError("dupe-keys", lastKeyNode);
    else this.ctx.reportParseError("dupe-keys", lastKeyNode);
  }
  verifyDuplicateKeys(node) {
    for (const body of node.body) if (body.type === "TOMLKeyValue") verifyDuplicateKeysForKeyValue(this.ctx, this.rootKeys, body);
    for (const { node: tableNode, keys } of this.tables) for (const body of tableNode.body) verifyDuplicateKeysForKeyValue(this.ctx, keys, body);
  }
};
function verifyDuplicateKeysForKeyValue(ctx, defineKeys, node) {
  let keys = defineKeys;
  const lastKey = last(node.key.keys);
  for (const keyNode of node.key.keys) {
    const key = toKeyName(keyNode);
    let defineKey = keys.get(key);
    if (defineKey) {
      if (defineKey.value === VALUE_KIND_VALUE) ctx.reportParseError("dupe-keys", getAfterNode(keyNode, defineKey.node));
      else if (lastKey === keyNode) ctx.reportParseError("dupe-keys", getAfterNode(keyNode, defineKey.node));
      else if (defineKey.table) ctx.reportParseError("dupe-keys", getAfterNode(keyNode, defineKey.node));
      defineKey.value = VALUE_KIND_INTERMEDIATE;
    } else {
      if (lastKey === keyNode) defineKey = {
        value: VALUE_KIND_VALUE,
        node: keyNode,
        keys: /* @__PURE__ */ new Map()
      };
      else defineKey = {
        value: VALUE_KIND_INTERMEDIATE,
        node: keyNode,
        keys: /* @__PURE__ */ new Map()
      };
      keys.set(key, defineKey);
    }
    keys = defineKey.keys;
  }
  if (node.value.type === "TOMLInlineTable") verifyDuplicateKeysForInlineTable(ctx, keys, node.value);
  else if (node.value.type === "TOMLArray") verifyDuplicateKeysForArray(ctx, keys, node.value);
}
function verifyDuplicateKeysForInlineTable(ctx, defineKeys, node) {
  for (const body of node.body) verifyDuplicateKeysForKeyValue(ctx, defineKeys, body);
}
function verifyDuplicateKeysForArray(ctx, defineKeys, node) {
  const keys = defineKeys;
  for (let index = 0; index < node.elements.length; index++) {
    const element = node.elements[index];
    let defineKey = keys.get(index);
    if (defineKey) ctx.reportParseError("dupe-keys", getAfterNode(element, defineKey.node));
    else {
      defineKey = {
        value: VALUE_KIND_VALUE,
        node: element,
        keys: /* @__PURE__ */ new Map()
      };
      defineKeys.set(index, defineKey);
      if (element.type === "TOMLInlineTable") verifyDuplicateKeysForInlineTable(ctx, defineKey.keys, element);
      else if (element.type === "TOMLArray") verifyDuplicateKeysForArray(ctx, defineKey.keys, element);
    }
  }
}
function getAfterNode(a, b) {
  return a.range[0] <= b.range[0] ? b : a;
}
var Context = class {
  constructor(data) {
    this.tokens = [];
    this.comments = [];
    this.back = null;
    this.stateStack = [];
    this.needNewLine = false;
    this.needSameLine = false;
    this.currToken = null;
    this.prevToken = null;
    this.valueContainerStack = [];
    this.tokenizer = new Tokenizer(data.text, data.parserOptions);
    this.topLevelTable = data.topLevelTable;
    this.table = data.topLevelTable;
    this.keysResolver = new KeysResolver(this);
  }
  /**
  * Get the next token.
  */
  nextToken(option) {
    this.prevToken = this.currToken;
    if (this.back) {
      this.currToken = this.back;
      this.back = null;
    } else this.currToken = this._nextTokenFromTokenizer(option);
    if ((this.needNewLine || this.needSameLine || option?.needSameLine) && this.prevToken && this.currToken) if (this.prevToken.loc.end.line === this.currToken.loc.start.line) {
      if (this.needNewLine) return this.reportParseError("missing-newline", this.currToken);
    } else {
      const needSameLine = this.needSameLine || option?.needSameLine;
      if (needSameLine) return this.reportParseError(needSameLine, this.currToken);
    }
    this.needNewLine = false;
    this.needSameLine = false;
    return this.currToken;
  }
  _nextTokenFromTokenizer(option) {
    const valuesEnabled = this.tokenizer.valuesEnabled;
    if (option?.valuesEnabled) this.tokenizer.valuesEnabled = option.valuesEnabled;
    let token = this.tokenizer.nextToken();
    while (token && token.type === "Block") {
      this.comments.push(token);
      token = this.tokenizer.nextToken();
    }
    if (token) this.tokens.push(token);
    this.tokenizer.valuesEnabled = valuesEnabled;
    return token;
  }
  backToken() {
    if (this.back) throw new Error("Illegal state");
    this.back = this.currToken;
    this.currToken = this.prevToken;
  }
  addValueContainer(valueContainer) {
    this.valueContainerStack.push(valueContainer);
    this.tokenizer.valuesEnabled = true;
  }
  consumeValueContainer() {
    const valueContainer = this.valueContainerStack.pop();
    this.tokenizer.valuesEnabled = this.valueContainerStack.length > 0;
    return valueContainer;
  }
  applyResolveKeyForTable(node) {
    this.keysResolver.applyResolveKeyForTable(node);
  }
  verifyDuplicateKeys() {
    this.keysResolver.verifyDuplicateKeys(this.topLevelTable);
  }
  /**
  * Report an invalid token error.
  */
  reportParseError(code, token) {
    let offset, line, column;
    if (token) {
      offset = token.range[0];
      line = token.loc.start.line;
      column = token.loc.start.column;
    } else {
      offset = this.tokenizer.start;
      const startPos = this.tokenizer.getLocFromIndex(offset);
      line = startPos.line;
      column = startPos.column;
    }
    throw new ParseError(code, offset, line, column);
  }
};
var STATE_FOR_ERROR = { VALUE: "missing-value" };
var STRING_VALUE_STYLE_MAP = {
  BasicString: "basic",
  MultiLineBasicString: "basic",
  LiteralString: "literal",
  MultiLineLiteralString: "literal"
};
var STRING_KEY_STYLE_MAP = {
  BasicString: "basic",
  LiteralString: "literal"
};
var DATETIME_VALUE_KIND_MAP = {
  OffsetDateTime: "offset-date-time",
  LocalDateTime: "local-date-time",
  LocalDate: "local-date",
  LocalTime: "local-time"
};
var TOMLParser = class {
  /**
  * Initialize this parser.
  */
  constructor(text2, parserOptions) {
    this.text = text2;
    this.parserOptions = parserOptions || {};
    this.tomlVersion = getTOMLVer(this.parserOptions.tomlVersion);
  }
  /**
  * Parse TOML
  */
  parse() {
    const ast = {
      type: "Program",
      body: [],
      sourceType: "module",
      tokens: [],
      comments: [],
      parent: null,
      range: [0, 0],
      loc: {
        start: {
          line: 1,
          column: 0
        },
        end: {
          line: 1,
          column: 0
        }
      }
    };
    const node = {
      type: "TOMLTopLevelTable",
      body: [],
      parent: ast,
      range: cloneRange(ast.range),
      loc: cloneLoc(ast.loc)
    };
    ast.body = [node];
    const ctx = new Context({
      text: this.text,
      parserOptions: this.parserOptions,
      topLevelTable: node
    });
    let token = ctx.nextToken();
    if (token) {
      node.range[0] = token.range[0];
      node.loc.start = clonePos(token.loc.start);
      while (token) {
        const state$1 = ctx.stateStack.pop() || "TABLE";
        ctx.stateStack.push(...this[state$1](token, ctx));
        token = ctx.nextToken();
      }
      const state = ctx.stateStack.pop() || "TABLE";
      if (state in STATE_FOR_ERROR) return ctx.reportParseError(STATE_FOR_ERROR[state], null);
      if (ctx.table.type === "TOMLTable") applyEndLoc(ctx.table, last(ctx.table.body));
      applyEndLoc(node, last(node.body));
    }
    ctx.verifyDuplicateKeys();
    ast.tokens = ctx.tokens;
    ast.comments = ctx.comments;
    const endOffset = ctx.tokenizer.end;
    const endPos = ctx.tokenizer.getLocFromIndex(endOffset);
    ast.range[1] = endOffset;
    ast.loc.end = {
      line: endPos.line,
      column: endPos.column
    };
    return ast;
  }
  TABLE(token, ctx) {
    if (isBare(token) || isString(token)) return this.processKeyValue(token, ctx.table, ctx);
    if (isLeftBracket(token)) return this.processTable(token, ctx.topLevelTable, ctx);
    return ctx.reportParseError("unexpected-token", token);
  }
  VALUE(token, ctx) {
    if (isString(token) || isMultiLineString(token)) return this.processStringValue(token, ctx);
    if (isNumber(token)) return this.processNumberValue(token, ctx);
    if (isBoolean(token)) return this.processBooleanValue(token, ctx);
    if (isDateTime(token)) return this.processDateTimeValue(token, ctx);
    if (isLeftBracket(token)) return this.processArray(token, ctx);
    if (isLeftBrace(token)) return this.processInlineTable(token, ctx);
    return ctx.reportParseError("unexpected-token", token);
  }
  processTable(token, topLevelTableNode, ctx) {
    const tableNode = {
      type: "TOMLTable",
      kind: "standard",
      key: null,
      resolvedKey: [],
      body: [],
      parent: topLevelTableNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    if (ctx.table.type === "TOMLTable") applyEndLoc(ctx.table, last(ctx.table.body));
    topLevelTableNode.body.push(tableNode);
    ctx.table = tableNode;
    let targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
    if (isLeftBracket(targetToken)) {
      if (token.range[1] < targetToken.range[0]) return ctx.reportParseError("invalid-space", targetToken);
      tableNode.kind = "array";
      targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
    }
    if (isRightBracket(targetToken)) return ctx.reportParseError("missing-key", targetToken);
    if (!targetToken) return ctx.reportParseError("unterminated-table-key", null);
    targetToken = this.processKeyNode(targetToken, tableNode, ctx).nextToken;
    if (!isRightBracket(targetToken)) return ctx.reportParseError("unterminated-table-key", targetToken);
    if (tableNode.kind === "array") {
      const rightBracket = targetToken;
      targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
      if (!isRightBracket(targetToken)) return ctx.reportParseError("unterminated-table-key", targetToken);
      if (rightBracket.range[1] < targetToken.range[0]) return ctx.reportParseError("invalid-space", targetToken);
    }
    applyEndLoc(tableNode, targetToken);
    ctx.applyResolveKeyForTable(tableNode);
    ctx.needNewLine = true;
    return [];
  }
  processKeyValue(token, tableNode, ctx) {
    const keyValueNode = {
      type: "TOMLKeyValue",
      key: null,
      value: null,
      parent: tableNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    tableNode.body.push(keyValueNode);
    const { nextToken: targetToken } = this.processKeyNode(token, keyValueNode, ctx);
    if (!isEq(targetToken)) return ctx.reportParseError("missing-equals-sign", targetToken);
    ctx.addValueContainer({
      parent: keyValueNode,
      set: (valNode) => {
        keyValueNode.value = valNode;
        applyEndLoc(keyValueNode, valNode);
        ctx.needNewLine = true;
        return [];
      }
    });
    ctx.needSameLine = "invalid-key-value-newline";
    return ["VALUE"];
  }
  processKeyNode(token, parent, ctx) {
    if (isDot(token)) ctx.reportParseError("invalid-leading-dot-in-key", token);
    const keyNode = {
      type: "TOMLKey",
      keys: [],
      parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    parent.key = keyNode;
    let targetToken = token;
    let dotToken = null;
    do {
      if (isBare(targetToken)) this.processBareKey(targetToken, keyNode);
      else if (isString(targetToken)) this.processStringKey(targetToken, keyNode);
      else break;
      dotToken = null;
      targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
      if (!isDot(targetToken)) break;
      dotToken = targetToken;
      targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
    } while (targetToken);
    if (dotToken) ctx.reportParseError(isDot(targetToken) ? "invalid-consecutive-dots-in-key" : "invalid-trailing-dot-in-key", dotToken);
    applyEndLoc(keyNode, last(keyNode.keys));
    return {
      keyNode,
      nextToken: targetToken
    };
  }
  processBareKey(token, keyNode) {
    const node = {
      type: "TOMLBare",
      name: token.value,
      parent: keyNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    keyNode.keys.push(node);
  }
  processStringKey(token, keyNode) {
    const node = {
      type: "TOMLQuoted",
      kind: "string",
      value: token.string,
      style: STRING_KEY_STYLE_MAP[token.type],
      multiline: false,
      parent: keyNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    keyNode.keys.push(node);
  }
  processStringValue(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLValue",
      kind: "string",
      value: token.string,
      style: STRING_VALUE_STYLE_MAP[token.type],
      multiline: isMultiLineString(token),
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    return valueContainer.set(node);
  }
  processNumberValue(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const text2 = this.text;
    const [startRange, endRange] = token.range;
    let numberString = null;
    const getNumberText = () => {
      return numberString ?? (numberString = text2.slice(startRange, endRange).replace(/_/g, ""));
    };
    let node;
    if (token.type === "Integer") node = {
      type: "TOMLValue",
      kind: "integer",
      value: token.number,
      bigint: token.bigint,
      get number() {
        return getNumberText();
      },
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    else node = {
      type: "TOMLValue",
      kind: "float",
      value: token.number,
      get number() {
        return getNumberText();
      },
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    return valueContainer.set(node);
  }
  processBooleanValue(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLValue",
      kind: "boolean",
      value: token.boolean,
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    return valueContainer.set(node);
  }
  processDateTimeValue(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLValue",
      kind: DATETIME_VALUE_KIND_MAP[token.type],
      value: token.date,
      datetime: token.value,
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    return valueContainer.set(node);
  }
  processArray(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLArray",
      elements: [],
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    const nextToken = ctx.nextToken({ valuesEnabled: true });
    if (isRightBracket(nextToken)) {
      applyEndLoc(node, nextToken);
      return valueContainer.set(node);
    }
    ctx.backToken();
    return this.processArrayValue(node, valueContainer, ctx);
  }
  processArrayValue(node, valueContainer, ctx) {
    ctx.addValueContainer({
      parent: node,
      set: (valNode) => {
        node.elements.push(valNode);
        let nextToken = ctx.nextToken({ valuesEnabled: true });
        const hasComma = isComma(nextToken);
        if (hasComma) nextToken = ctx.nextToken({ valuesEnabled: true });
        if (isRightBracket(nextToken)) {
          applyEndLoc(node, nextToken);
          return valueContainer.set(node);
        }
        if (hasComma) {
          ctx.backToken();
          return this.processArrayValue(node, valueContainer, ctx);
        }
        return ctx.reportParseError(nextToken ? "missing-comma" : "unterminated-array", nextToken);
      }
    });
    return ["VALUE"];
  }
  processInlineTable(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLInlineTable",
      body: [],
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    const needSameLine = this.tomlVersion.gte(1, 1) ? void 0 : "invalid-inline-table-newline";
    const nextToken = ctx.nextToken({ needSameLine });
    if (nextToken) {
      if (isBare(nextToken) || isString(nextToken)) return this.processInlineTableKeyValue(nextToken, node, valueContainer, ctx);
      if (isRightBrace(nextToken)) {
        applyEndLoc(node, nextToken);
        return valueContainer.set(node);
      }
    }
    return ctx.reportParseError("unexpected-token", nextToken);
  }
  processInlineTableKeyValue(token, inlineTableNode, valueContainer, ctx) {
    const keyValueNode = {
      type: "TOMLKeyValue",
      key: null,
      value: null,
      parent: inlineTableNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    inlineTableNode.body.push(keyValueNode);
    const { nextToken: targetToken } = this.processKeyNode(token, keyValueNode, ctx);
    if (!isEq(targetToken)) return ctx.reportParseError("missing-equals-sign", targetToken);
    const needSameLine = this.tomlVersion.gte(1, 1) ? void 0 : "invalid-inline-table-newline";
    ctx.addValueContainer({
      parent: keyValueNode,
      set: (valNode) => {
        keyValueNode.value = valNode;
        applyEndLoc(keyValueNode, valNode);
        let nextToken = ctx.nextToken({ needSameLine });
        if (isComma(nextToken)) {
          nextToken = ctx.nextToken({ needSameLine });
          if (nextToken && (isBare(nextToken) || isString(nextToken))) return this.processInlineTableKeyValue(nextToken, inlineTableNode, valueContainer, ctx);
          if (isRightBrace(nextToken)) {
            if (this.tomlVersion.lt(1, 1)) return ctx.reportParseError("invalid-trailing-comma-in-inline-table", nextToken);
          } else return ctx.reportParseError(nextToken ? "unexpected-token" : "unterminated-inline-table", nextToken);
        }
        if (isRightBrace(nextToken)) {
          applyEndLoc(inlineTableNode, nextToken);
          return valueContainer.set(inlineTableNode);
        }
        return ctx.reportParseError(nextToken ? "missing-comma" : "unterminated-inline-table", nextToken);
      }
    });
    ctx.needSameLine = "invalid-key-value-newline";
    return ["VALUE"];
  }
};
function isDot(token) {
  return isPunctuator(token) && token.value === ".";
}
function isEq(token) {
  return isPunctuator(token) && token.value === "=";
}
function isLeftBracket(token) {
  return isPunctuator(token) && token.value === "[";
}
function isRightBracket(token) {
  return isPunctuator(token) && token.value === "]";
}
function isLeftBrace(token) {
  return isPunctuator(token) && token.value === "{";
}
function isRightBrace(token) {
  return isPunctuator(token) && token.value === "}";
}
function isComma(token) {
  return isPunctuator(token) && token.value === ",";
}
function isPunctuator(token) {
  return Boolean(token && token.type === "Punctuator");
}
function isBare(token) {
  return token.type === "Bare";
}
function isString(token) {
  return token.type === "BasicString" || token.type === "LiteralString";
}
function isMultiLineString(token) {
  return token.type === "MultiLineBasicString" || token.type === "MultiLineLiteralString";
}
function isNumber(token) {
  return token.type === "Integer" || token.type === "Float";
}
function isBoolean(token) {
  return token.type === "Boolean";
}
function isDateTime(token) {
  return token.type === "OffsetDateTime" || token.type === "LocalDateTime" || token.type === "LocalDate" || token.type === "LocalTime";
}
function applyEndLoc(node, child2) {
  if (child2) {
    node.range[1] = child2.range[1];
    node.loc.end = clonePos(child2.loc.end);
  }
}
function cloneRange(range) {
  return [range[0], range[1]];
}
function cloneLoc(loc) {
  return {
    start: clonePos(loc.start),
    end: clonePos(loc.end)
  };
}
function clonePos(pos) {
  return {
    line: pos.line,
    column: pos.column
  };
}
var tomlKeys = {
  Program: ["body"],
  TOMLTopLevelTable: ["body"],
  TOMLTable: ["key", "body"],
  TOMLKeyValue: ["key", "value"],
  TOMLKey: ["keys"],
  TOMLArray: ["elements"],
  TOMLInlineTable: ["body"],
  TOMLBare: [],
  TOMLQuoted: [],
  TOMLValue: []
};
var KEYS2 = unionWith(tomlKeys);
function parseForESLint(code, options) {
  return {
    ast: new TOMLParser(code, options).parse(),
    visitorKeys: KEYS2,
    services: { isTOML: true }
  };
}
var getStaticTOMLValue = generateConvertTOMLValue((node) => node.value);
function generateConvertTOMLValue(convertValue) {
  function resolveValue(node, baseTable) {
    return resolver[node.type](node, baseTable);
  }
  const resolver = {
    Program(node, baseTable = {}) {
      return resolveValue(node.body[0], baseTable);
    },
    TOMLTopLevelTable(node, baseTable = {}) {
      for (const body of node.body) resolveValue(body, baseTable);
      return baseTable;
    },
    TOMLKeyValue(node, baseTable = {}) {
      const value = resolveValue(node.value);
      set(baseTable, resolveValue(node.key), value);
      return baseTable;
    },
    TOMLTable(node, baseTable = {}) {
      const table = getTable(baseTable, resolveValue(node.key), node.kind === "array");
      for (const body of node.body) resolveValue(body, table);
      return baseTable;
    },
    TOMLArray(node) {
      return node.elements.map((e) => resolveValue(e));
    },
    TOMLInlineTable(node) {
      const table = {};
      for (const body of node.body) resolveValue(body, table);
      return table;
    },
    TOMLKey(node) {
      return node.keys.map((key) => resolveValue(key));
    },
    TOMLBare(node) {
      return node.name;
    },
    TOMLQuoted(node) {
      return node.value;
    },
    TOMLValue(node) {
      return convertValue(node);
    }
  };
  return (node) => resolveValue(node);
}
function getTable(baseTable, keys, array) {
  let target = baseTable;
  for (let index = 0; index < keys.length - 1; index++) {
    const key = keys[index];
    target = getNextTargetFromKey(target, key);
  }
  const lastKey = last(keys);
  const lastTarget = target[lastKey];
  if (lastTarget == null) {
    const tableValue$1 = {};
    target[lastKey] = array ? [tableValue$1] : tableValue$1;
    return tableValue$1;
  }
  if (isValue(lastTarget)) {
    const tableValue$1 = {};
    target[lastKey] = array ? [tableValue$1] : tableValue$1;
    return tableValue$1;
  }
  if (!array) {
    if (Array.isArray(lastTarget)) {
      const tableValue$1 = {};
      target[lastKey] = tableValue$1;
      return tableValue$1;
    }
    return lastTarget;
  }
  if (Array.isArray(lastTarget)) {
    const tableValue$1 = {};
    lastTarget.push(tableValue$1);
    return tableValue$1;
  }
  const tableValue = {};
  target[lastKey] = [tableValue];
  return tableValue;
  function getNextTargetFromKey(currTarget, key) {
    const nextTarget = currTarget[key];
    if (nextTarget == null) {
      const val = {};
      currTarget[key] = val;
      return val;
    }
    if (isValue(nextTarget)) {
      const val = {};
      currTarget[key] = val;
      return val;
    }
    let resultTarget = nextTarget;
    while (Array.isArray(resultTarget)) {
      const lastIndex = resultTarget.length - 1;
      const nextElement = resultTarget[lastIndex];
      if (isValue(nextElement)) {
        const val = {};
        resultTarget[lastIndex] = val;
        return val;
      }
      resultTarget = nextElement;
    }
    return resultTarget;
  }
}
function set(baseTable, keys, value) {
  let target = baseTable;
  for (let index = 0; index < keys.length - 1; index++) {
    const key = keys[index];
    const nextTarget = target[key];
    if (nextTarget == null) {
      const val = {};
      target[key] = val;
      target = val;
    } else if (isValue(nextTarget) || Array.isArray(nextTarget)) {
      const val = {};
      target[key] = val;
      target = val;
    } else target = nextTarget;
  }
  target[last(keys)] = value;
}
function isValue(value) {
  return typeof value !== "object" || value instanceof Date;
}
function parseTOML(code, options) {
  return parseForESLint(code, options).ast;
}

// src/sources/text/toml.ts
function parseTomlText(text2) {
  let ast;
  try {
    ast = parseTOML(text2);
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
    const last2 = keys.pop();
    const target = descend(
      obj3,
      pointer,
      keys,
      kv.key.keys.map((k) => k.range)
    );
    const child2 = `${target.pointer}/${escapePointerSegment(last2)}`;
    const lastKey = kv.key.keys[kv.key.keys.length - 1];
    setOwn(target.obj, last2, value(kv.value, child2, depth, lastKey.range));
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
  const format2 = formatOf(file);
  if (!format2) return void 0;
  const source = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  if (source.trim() === "") return { agents: [], errors: [], skipped: "empty file" };
  const parsed = format2.dialect === "toml" ? parseTomlText(source) : parseJsonText(source, { comments: format2.dialect === "jsonc" });
  if ("fault" in parsed) {
    const lines = new LineIndex(source);
    const a = lines.position(parsed.fault.start);
    const b = lines.position(Math.max(parsed.fault.end, parsed.fault.start + 1));
    const found = scanString(parsed.fault.message).map(([, v]) => v);
    const message = `${format2.label} config: ${found.length > 0 ? redactText(parsed.fault.message, found) : parsed.fault.message}`;
    return {
      agents: [],
      errors: [{ file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, message }]
    };
  }
  const secrets = [];
  const config = format2.read(parsed.tree.data, file, secrets);
  if (!config)
    return { agents: [], errors: [], skipped: `not a ${format2.label} config (none of the fields it reads)` };
  return {
    agents: [buildAgent(config, format2, parsed.tree, implicitName(file, format2), secrets)],
    errors: []
  };
}
function implicitName(file, format2) {
  const folder = projectFolder(file, format2);
  const local = /settings\.local\.json$/.test(file) ? "local" : "";
  const head = [format2.host, format2.suffix, local].filter(Boolean).join("-");
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
var import_picomatch2 = __toESM(require_picomatch2(), 1);
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
  let p = pattern.replace(/^\\#/, "#");
  const dirOnly = p.endsWith("/");
  if (dirOnly) p = p.slice(0, -1);
  const anchored = p.startsWith("/") || p.includes("/");
  p = p.replace(/^\/+/, "");
  if (p === "") return dirOnly ? () => true : void 0;
  const glob = anchored ? p : `**/${p}`;
  const file = (0, import_picomatch2.default)(glob, { dot: true });
  const under = (0, import_picomatch2.default)(`${glob}/**`, { dot: true });
  return dirOnly ? (path) => under(path) : (path) => file(path) || under(path);
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
var import_picomatch3 = __toESM(require_picomatch2(), 1);
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
function tester(set2) {
  const slow = (c) => set2.parts.some((p) => inRanges(p.ranges, c) !== p.neg) !== set2.neg;
  const ascii = Uint8Array.from({ length: 128 }, (_, c) => slow(c) ? 1 : 0);
  return (c) => c < 128 ? ascii[c] === 1 : slow(c);
}
function onlyUnit(set2) {
  const [part, ...rest] = set2.parts;
  const range = part?.ranges.length === 1 ? part.ranges[0] : void 0;
  return !set2.neg && rest.length === 0 && !part.neg && range && range[0] === range[1] ? range[0] : void 0;
}
function requiredLiterals(root) {
  const runs = [];
  let run = "";
  const end = () => {
    if (run.length >= 2) runs.push(run);
    run = "";
  };
  const visit2 = (n) => {
    if (n.t === "cat") n.items.forEach(visit2);
    else if (n.t === "set" && onlyUnit(n.set) !== void 0) run += String.fromCharCode(onlyUnit(n.set));
    else if (n.t === "rep" && n.min >= 1 && n.node.t === "set" && onlyUnit(n.node.set) !== void 0) {
      run += String.fromCharCode(onlyUnit(n.node.set));
      end();
    } else if (n.t !== "assert") end();
  };
  visit2(root);
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
  const last2 = parts.at(-1);
  return value.length - last2.length >= pos + minRun && value.endsWith(last2);
}
function moduleMatch(module, pattern, sep2) {
  const mark = sep2[0];
  let marks = 0;
  for (const ch of pattern) if (ch === mark) marks++;
  let end = -1;
  for (let k = 0; k <= marks; k++) {
    end = module.indexOf(mark, end + 1);
    if (end < 0) break;
  }
  if (end < 0) end = module.length;
  else if (!module.startsWith(sep2, end)) return false;
  return starMatch(module.slice(0, end), pattern, 1);
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
  const scan = import_picomatch3.default.scan(glob, { parts: true });
  const last2 = scan.parts?.at(-1);
  if (scan.negated || !last2 || last2.includes("/") || last2.includes("**")) return () => true;
  return (0, import_picomatch3.default)(last2, { dot: true });
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
      match: (0, import_picomatch3.default)(c.path, { dot: true }),
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
  const name = path.slice(path.lastIndexOf("/") + 1);
  return /\.(min|bundle)\.[cm]?js$/.test(name) || /\.d\.[cm]?ts$/.test(name) ? void 0 : language;
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
var import_saxes = __toESM(require_saxes(), 1);
var MAX_DEPTH = 64;
function parseXml(text2) {
  const parser = new import_saxes.SaxesParser({ position: true });
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
  const root = parseTree2(text2);
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
    ast = parseTOML(text2);
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
  const visit2 = (body, prefix) => {
    for (const kv of body) {
      const path = [...prefix, ...keyPath(kv.key)];
      entries.push({ path, key: kv.key, value: kv.value });
      if (kv.value.type === "TOMLInlineTable") visit2(kv.value.body, path);
    }
  };
  const top = ast.body[0];
  for (const item of top?.body ?? []) {
    if (item.type === "TOMLKeyValue") visit2([item], []);
    else visit2(item.body, item.resolvedKey);
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
    return getStaticTOMLValue(node);
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
function dependencyFileKind(path) {
  const slash = path.lastIndexOf("/");
  const name = path.slice(slash + 1);
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
    const kind = dependencyFileKind(path);
    if (kind) sorted.depFiles.push({ file: f, dir: up(dirOf(path), kind.up) });
    if (path.endsWith("gradle/libs.versions.toml")) sorted.versionCatalogs.set(dirOf(dirOf(path)), f);
    if (skip?.has(path)) continue;
    const name = path.slice(path.lastIndexOf("/") + 1);
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
      if (matchers.some((m) => globMatch2(m, c.path))) c.workspace = ws.name;
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
function globMatch2(glob, path) {
  const re = glob.split("/").map(
    (seg) => seg === "**" ? "(?:.*)" : seg.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")
  ).join("/");
  return new RegExp(`^${re}$`).test(path);
}

// src/discovery/declared.ts
var import_picomatch4 = __toESM(require_picomatch2(), 1);
import { posix as posix3 } from "node:path";
function strings2(v) {
  if (typeof v === "string") return [v];
  return Array.isArray(v) ? v.filter((s) => typeof s === "string" && s.trim() !== "") : [];
}
function fromManifest(manifest, p) {
  const rel = p.replace(/\\/g, "/");
  const joined = rel.startsWith("./") || rel.startsWith("../") ? posix3.join(dirOf(manifest), rel) : rel;
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
    const globs = strings2(decl.code).map((g) => fromManifest(decl.file, g));
    if (globs.length > 0) {
      const match = (0, import_picomatch4.default)(globs, { dot: true });
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
  const last2 = path.split("/").filter(Boolean).pop() ?? "agent";
  return last2.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "agent";
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
function runOne(check, compiled, base, emit, meter) {
  if (compiled.when && !truthy(compiled.when(base, meter))) return false;
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
    const { check, compiled, params, severity } = current;
    if (shared2.exhausted.has(check.id)) return;
    rule = current;
    out = findings;
    emitted = 0;
    base.params = params;
    meter = new EvaluationMeter();
    try {
      if (runOne(check, compiled, base, emit, meter)) shared2.applied(check.id, agentIndex);
    } catch (e) {
      let message = e instanceof Error ? e.message : String(e);
      if (e instanceof LogicBudgetError) {
        shared2.exhausted.add(check.id);
        message += "; the check is skipped for the remaining agents";
      }
      errors.push({ ruleId: check.id, agentIndex, message: tidy(redact(message)) });
    }
    if (emitted > MAX_FINDINGS_PER_CHECK) {
      const pointer = compiled.eachPointer ? joinPointer(compiled.eachPointer) : "";
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
    compiled: compileCheck(check),
    params: paramsFor(check, resolved),
    severity: effectiveSeverity(check, check.severity, opts.severityOverrides),
    crossAgent: readsOtherAgents(check)
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
  const set2 = new Set(files);
  const shown = agents.filter((a) => set2.has(a.doc.file));
  const named = shown.map((a) => ({ ...a.name !== void 0 ? { name: a.name } : {}, file: a.doc.file }));
  const waivers = config?.settings.waivers ?? [];
  return {
    files: set2,
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
var import_picomatch5 = __toESM(require_picomatch2(), 1);
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
  const include = (0, import_picomatch5.default)(custom ? [...opts.include ?? []] : [...DEFAULT_INCLUDE], {
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
  const exclude = opts.exclude?.length ? (0, import_picomatch5.default)([...opts.exclude], { dot: true }) : () => false;
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
    const scan = import_picomatch5.default.scan(arg);
    if (scan.isGlob) {
      const matches = (0, import_picomatch5.default)(arg, { dot: true });
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
  require_picomatch2 as require_picomatch,
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
