import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  ownValue
} from "./chunk-U6PY5KLE.js";
import {
  AGENT_SCHEMA,
  DATE_FIELDS,
  DURATION_FIELDS,
  derefSchema,
  findSecrets,
  globCostProblem,
  isDateField,
  isDurationField,
  isPlainObject,
  looksRandom,
  matchesField,
  parseDate,
  pathSecrets,
  pointersOf,
  redactText,
  scanString
} from "./chunk-5ETBV6RK.js";
import {
  DURATION_FORMS,
  boundedRegExp,
  escapePointerSegment,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  joinPointer,
  nodeLimitOffset,
  parseDuration,
  pointerSegments,
  yamlPackage
} from "./chunk-EHMHJOXK.js";
import {
  boundedLine
} from "./chunk-LCWV2GUA.js";
import {
  __commonJS
} from "./chunk-OKO2LAOG.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
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

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate3, compare) {
      return { validate: validate3, compare };
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
    function date(str) {
      const matches = DATE.exec(str);
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
      return function time(str) {
        const matches = TIME.exec(str);
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
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
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
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
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
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/manifest/read.ts
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { open, stat } from "node:fs/promises";
var DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
async function readSource(file, opts) {
  const fail = (message, line = 1, column = 1) => ({
    error: { file: file.file, line, column, endLine: line, endColumn: column + 1, message }
  });
  let bytes;
  try {
    const info = await stat(file.absPath);
    if (info.isDirectory()) return fail("is a directory, not a file");
    if (!info.isFile()) return fail("not a regular file");
    if (info.size > opts.maxFileSize) return fail(tooLarge(info.size, opts.maxFileSize));
    const read = await readAtMost(file.absPath, opts.maxFileSize + 1);
    if (read.length > opts.maxFileSize) return fail(tooLarge(read.length, opts.maxFileSize, true));
    bytes = read;
  } catch (e) {
    return fail(ioMessage(e));
  }
  return decode(bytes, fail);
}
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
    return fail(ioMessage(e));
  }
  return decode(bytes, fail);
}
var probe;
function readAtMostSync(path, limit) {
  const fd = openSync(path, "r");
  try {
    const first = Buffer.alloc(Math.min(Math.max(fstatSync(fd).size, 0) + 1, limit, 64 * 1024) || 1);
    const chunks = [];
    let total = 0;
    let chunk = first;
    while (total < limit) {
      const bytesRead = readSync(fd, chunk, 0, Math.min(chunk.length, limit - total), total);
      if (bytesRead === 0) break;
      chunks.push(chunk === probe ? Buffer.from(chunk.subarray(0, bytesRead)) : chunk.subarray(0, bytesRead));
      total += bytesRead;
      chunk = probe ??= Buffer.allocUnsafe(64 * 1024);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
async function readAtMost(path, limit) {
  const handle = await open(path, "r");
  try {
    const chunks = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, limit - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
function tooLarge(size, limit, grew = false) {
  const what = grew ? "file grew past" : `file is ${size} bytes, over`;
  return `${what} the size limit of ${limit} bytes; raise it with --max-file-size`;
}
function ioMessage(e) {
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
  let text;
  try {
    text = strict.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(10, at - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(10); i !== -1 && i < at; i = bytes.indexOf(10, i + 1)) line++;
    const column = lenient.decode(bytes.subarray(lineStart, at)).length + 1;
    const byte = (bytes[at] ?? 0).toString(16).padStart(2, "0");
    return fail(`invalid UTF-8 (byte 0x${byte}); manifests must be UTF-8 encoded`, line, column);
  }
  return { text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
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

// src/manifest/unknown-fields.ts
var UNKNOWN_FIELD = "AP-SCHEMA-002";
function unknownFields(data) {
  const findings = [];
  const walk = (node, value, pointer, depth) => {
    if (depth > 32) return;
    const s = derefSchema(node);
    if (isPlainObject(value) && s.properties) {
      const declared2 = s.properties;
      const extra = typeof s.additionalProperties === "object" ? s.additionalProperties : void 0;
      for (const key of Object.keys(value)) {
        if (key.startsWith("x-")) continue;
        const child = `${pointer}/${escapePointerSegment(key)}`;
        if (Object.hasOwn(declared2, key)) walk(declared2[key], value[key], child, depth + 1);
        else if (extra) walk(extra, value[key], child, depth + 1);
        else if (s.additionalProperties !== false)
          findings.push(unknown(key, pointer, Object.keys(declared2)));
      }
    } else if (Array.isArray(value) && s.items) {
      value.forEach((item, i) => walk(s.items, item, `${pointer}/${i}`, depth + 1));
    }
  };
  walk(AGENT_SCHEMA, data, "", 0);
  return findings;
}
function unknown(key, parent, declared2) {
  const where = parent === "" ? "at the top level" : `in ${parent}`;
  const guess = closest(key, declared2);
  const hint = guess ? ` (did you mean '${guess}'?)` : "";
  return {
    ruleId: UNKNOWN_FIELD,
    severity: "low",
    pointer: `${parent}/${escapePointerSegment(key)}`,
    message: `unknown field ${showKey(key)} ${where}${hint}`
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
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = row;
  }
  return prev[b.length];
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
function isMergeKey(key) {
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
function setOwn(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
function resolveAliases(root) {
  const anchors = /* @__PURE__ */ new Map();
  const table = /* @__PURE__ */ new Map();
  const stack = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (isPair(item)) {
      stack.push(item.value, item.key);
      continue;
    }
    if (isAlias(item)) {
      const target = anchors.get(item.source);
      if (target) table.set(item, target);
      continue;
    }
    if (isScalar(item) || isMap(item) || isSeq(item)) {
      if (item.anchor) anchors.set(item.anchor, item);
      if (isMap(item) || isSeq(item)) {
        for (let i = item.items.length - 1; i >= 0; i--) stack.push(item.items[i]);
      }
    }
  }
  return table;
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
    if (!target) throw new TreeError("alias has no anchor before it", rangeOf(node));
    return target;
  }
  /** The merge sources of a `<<` value: one mapping or a list of mappings. */
  mergeSources(value) {
    const v = this.deref(value);
    const list = isSeq(v) ? v.items.map((i) => this.deref(i)) : [v];
    return list.map((m) => {
      if (!isMap(m))
        throw new TreeError("a '<<' merge key needs a mapping or a list of mappings", rangeOf(value));
      return m;
    });
  }
  /** The member `key` of a mapping, explicit members first, then merged ones in order. */
  member(map, key, depth = 0) {
    let merges;
    for (const item of map.items) {
      if (!isPair(item)) continue;
      if (isMergeKey(item.key)) (merges ??= []).push(item);
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
        throw new TreeError("alias refers to a node that contains it", rangeOf(node));
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
        if (isMergeKey(item.key)) {
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
function forgetInterned() {
  interned.clear();
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
  const obj = value;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (typeof v === "string") obj[key] = intern(v);
    else internStrings(v, depth + 1);
  }
}
function scalarData(value, source) {
  if (typeof value === "string") return intern(value);
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return source ?? String(value);
}

// src/manifest/sections.ts
var MISSPELT_SECTION = "AP-SCHEMA-004";
var GOVERNED_SECTIONS = [
  "identity",
  "risk",
  "permissions",
  "credentials",
  "approvals",
  "audit",
  "monitoring",
  "oversight",
  "transparency",
  "tools",
  "delegation",
  "runtime",
  "models"
];
var MAX_EDITS = 2;
function aliasMisspeltSections(data) {
  let out;
  for (const key of Object.keys(data)) {
    if (declared().has(key) || key.startsWith("x-")) continue;
    const section = sectionFor(key);
    if (section === void 0) continue;
    const written = `/${escapePointerSegment(key)}`;
    out ??= { data: { ...data }, aliases: {}, findings: [] };
    if (Object.hasOwn(data, section) || Object.hasOwn(out.aliases, `/${section}`)) {
      out.findings.push({
        ruleId: MISSPELT_SECTION,
        pointer: written,
        message: `top-level field ${showKey(key)} looks like a misspelling of '${section}', which is also present; its content is not judged (merge it into '${section}')`
      });
      continue;
    }
    setOwn(out.data, section, data[key]);
    delete out.data[key];
    out.aliases[`/${section}`] = written;
    out.findings.push({
      ruleId: MISSPELT_SECTION,
      pointer: written,
      message: `top-level field ${showKey(key)} is not a section; it is judged as '${section}' (rename it to '${section}')`
    });
  }
  return out;
}
var declaredKeys;
function declared() {
  declaredKeys ??= new Set(Object.keys(derefSchema(AGENT_SCHEMA).properties ?? {}));
  return declaredKeys;
}
function sectionFor(key) {
  if (key.length > 32) return void 0;
  const k = key.toLowerCase().replace(/-/g, "_");
  let best;
  let bestDistance = MAX_EDITS + 1;
  for (const name of GOVERNED_SECTIONS) {
    const limit = name.length <= 5 ? 1 : MAX_EDITS;
    const d = editDistance2(k, name);
    if (d <= limit && d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance2(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = row;
  }
  return prev[b.length];
}
function writtenPointer(pointer, aliases) {
  if (!aliases) return pointer;
  const first = pointer.indexOf("/", 1);
  const head = first === -1 ? pointer : pointer.slice(0, first);
  const written = Object.hasOwn(aliases, head) ? aliases[head] : void 0;
  return written === void 0 ? pointer : written + pointer.slice(head.length);
}

// src/manifest/precompiled-validator.ts
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/agentpolicy/agentpolicy/main/schema/agent.schema.json", "title": "agentpolicy agent manifest (agentpolicy.dev/v1)", "description": "Declares one AI agent: who owns it, which identity it runs as, what it may access, how its credentials live, which human gates guard it and how it is audited. The schema checks shape and types only; whether a governance field is present at all is judged by agentpolicy's checks.", "type": "object", "required": ["apiVersion", "kind", "metadata"], "properties": { "$schema": { "description": "Optional URL of this JSON Schema, so editors can validate the file and show these descriptions.", "type": "string" }, "apiVersion": { "description": "Manifest format version. Always agentpolicy.dev/v1 for this format.", "const": "agentpolicy.dev/v1" }, "kind": { "description": "Document kind. Always Agent; documents of other kinds are not agent manifests.", "const": "Agent" }, "metadata": { "description": "Who the agent is and who is accountable for it.", "type": "object", "required": ["name"], "properties": { "name": { "description": "Agent name: a lowercase DNS label (a-z, 0-9 and '-', at most 63 characters), unique across the scanned manifests.", "$ref": "#/$defs/agentName" }, "description": { "description": "What the agent does, in one sentence.", "type": "string" }, "owner": { "description": "Accountable owner: a team (team:<slug>) or a person (email address).", "type": "string", "examples": ["team:finance-platform", "jane.doe@example.com"] }, "sponsor": { "description": "Accountable human sponsor: a person's email address, not a team or a bot.", "type": "string", "examples": ["jane.doe@example.com"] }, "environment": { "description": "Where the agent runs. production, preprod and dr (disaster recovery) are production-like and held to production controls; development, test and sandbox are development-like.", "enum": ["production", "preprod", "dr", "staging", "test", "sandbox", "development"] }, "review_by": { "description": "Date of the next access recertification, as an ISO date (YYYY-MM-DD).", "$ref": "#/$defs/date" }, "labels": { "description": "Free-form labels: a map of string keys to string values.", "type": "object", "additionalProperties": { "description": "A label value.", "type": "string" } } } }, "identity": { "description": "The workload identity the agent authenticates as.", "type": "object", "properties": { "id": { "description": "Unique, verifiable identifier of the agent's identity: a URI (for example a SPIFFE ID) or the identity provider's id.", "type": "string", "examples": ["spiffe://example.com/agents/invoice-reconciler"] }, "provider": { "description": "Identity provider that issues and verifies the identity.", "enum": ["entra", "okta", "aws-iam", "gcp-iam", "azure-managed-identity", "spiffe", "kubernetes", "github-oidc", "other", "none"] }, "principal": { "description": "Object id, client id or principal name of the identity in that provider.", "type": "string" } } }, "risk": { "description": "Risk classification of the agent.", "type": "object", "properties": { "eu_ai_act": { "description": "EU AI Act risk tier of the system the agent is part of.", "enum": ["prohibited", "high", "limited", "minimal"] }, "annex_iii": { "description": "EU AI Act Annex III area; expected when the tier is high.", "enum": ["biometrics", "critical-infrastructure", "education", "employment", "essential-services", "law-enforcement", "migration", "justice-democracy"] }, "role": { "description": "The organisation's EU AI Act role for this system.", "enum": ["deployer", "provider"] }, "data_classes": { "description": "Classes of data the agent handles.", "type": "array", "items": { "description": "A data class.", "enum": ["public", "internal", "confidential", "restricted", "personal", "special-category"] } }, "autonomy": { "description": "How far the agent acts without a human.", "enum": ["human-in-the-loop", "supervised", "autonomous"] }, "purpose": { "description": "Intended purpose of the agent, in plain words.", "type": "string" } } }, "model": { "description": "The model the agent runs on.", "type": "object", "properties": { "provider": { "description": "Model provider.", "type": "string", "examples": ["anthropic", "openai", "azure-openai", "self-hosted"] }, "name": { "description": "Model name.", "type": "string" }, "version": { "description": "Pinned model version or snapshot; 'latest' is not a pin.", "type": ["string", "number"] }, "hosting": { "description": "Who runs the model: the vendor's API, a cloud provider's managed service, or your own infrastructure.", "enum": ["vendor", "cloud", "self-hosted"] }, "region": { "description": "Region where inference runs (data residency).", "type": "string", "examples": ["eu-west-1", "europe-west4"] } } }, "permissions": { "description": "Every access the agent has, listed explicitly.", "type": "array", "items": { "$ref": "#/$defs/permission" } }, "credentials": { "description": "Credentials the agent uses, as references to where they live (never the secret itself).", "type": "array", "items": { "$ref": "#/$defs/credential" } }, "approvals": { "description": "Human approval gates for sensitive operations.", "type": "array", "items": { "$ref": "#/$defs/approval" } }, "audit": { "description": "Audit logging of the agent's actions.", "type": "object", "properties": { "enabled": { "description": "Whether the agent's actions are written to an audit log.", "type": "boolean" }, "sink": { "description": "Where audit events are written.", "type": "string" }, "immutable": { "description": "Whether the audit log is append-only (WORM).", "type": "boolean" }, "retention": { "description": "How long audit events are kept: a duration such as 400d or P400D, or a number of seconds.", "$ref": "#/$defs/duration" }, "events": { "description": "Event types written to the audit log.", "type": "array", "items": { "description": "An event type, for example tool_call, authentication, approval, data_access or credential_use.", "type": "string" } } } }, "monitoring": { "description": "Runtime monitoring of the agent.", "type": "object", "properties": { "siem": { "description": "SIEM that receives the agent's events.", "type": "string" }, "baseline": { "description": "Whether a behaviour baseline has been established.", "type": "boolean" }, "alerts": { "description": "Alerts configured for the agent.", "type": "array", "items": { "description": "An alert name, for example volume_anomaly or new_resource_access.", "type": "string" } }, "rate_limit": { "description": "Rate limit on the agent's actions, as count/unit (s, m, h or d), for example 600/m.", "type": "string", "pattern": "^[0-9]+/(s|m|h|d)$", "patternErrorMessage": "must be a count per unit such as 600/m (units s, m, h, d)" } } }, "oversight": { "description": "Human oversight of the running agent.", "type": "object", "properties": { "kill_switch": { "description": "Whether a human can stop the agent at once.", "type": "boolean" }, "incident_contact": { "description": "Who to contact about an incident involving the agent.", "type": "string" } } }, "transparency": { "description": "Transparency towards people the agent interacts with.", "type": "object", "properties": { "discloses_ai": { "description": "Whether people the agent talks to are told it is an AI.", "type": "boolean" } } }, "code": { "description": "v1.1: globs of the source paths that implement this agent (from the repository root; ./ and ../ from this file's folder). Discovered agent code they cover is declared by this manifest.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 1024 }, "maxItems": 1e3, "examples": [["services/reconciler/**"]] }, "tools": { "description": "MCP servers, plugins, functions and sub-agents the agent can call.", "type": "array", "items": { "$ref": "#/$defs/tool" } }, "sources": { "description": "Native agent configs this manifest governs (.mcp.json, .claude/settings.json, .codex/config.toml, ...): their tools, credentials, permissions and approvals are read from them. Paths from the repository root, or ./ and ../ from the manifest's folder.", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "examples": [[".mcp.json", ".claude/settings.json"]] }, "delegation": { "description": "Whether and to whom the agent hands work.", "type": "object", "properties": { "can_delegate": { "description": "Whether the agent may hand work to other agents.", "type": "boolean" }, "sub_agents": { "description": "Names of the other agents it may hand work to.", "type": "array", "items": { "description": "The metadata.name of another agent.", "$ref": "#/$defs/agentName" } } } }, "compliance": { "description": "Evidence for controls no check can automate (manifest v1.1): fria: Fundamental rights impact assessment (EU AI Act Art. 27). dpia: Data protection impact assessment (GDPR Art. 35; EU AI Act Art. 26(9)). eu_database_registration: Registration in the EU database (EU AI Act Art. 49). conformity_assessment: Conformity assessment (EU AI Act Art. 43). post_market_monitoring_plan: Post-market monitoring plan (EU AI Act Art. 72). incident_procedure: Serious incident reporting procedure (EU AI Act Art. 73). A manual control whose evidence is linked here is reported attested, with the link and date, never pass; evidence older than max_evidence_age (default 365d) is stale.", "type": "object", "properties": { "fria": { "description": "Fundamental rights impact assessment (EU AI Act Art. 27).", "$ref": "#/$defs/evidence" }, "dpia": { "description": "Data protection impact assessment (GDPR Art. 35; EU AI Act Art. 26(9)).", "$ref": "#/$defs/evidence" }, "eu_database_registration": { "description": "Registration in the EU database (EU AI Act Art. 49).", "$ref": "#/$defs/evidence" }, "conformity_assessment": { "description": "Conformity assessment (EU AI Act Art. 43).", "$ref": "#/$defs/evidence" }, "post_market_monitoring_plan": { "description": "Post-market monitoring plan (EU AI Act Art. 72).", "$ref": "#/$defs/evidence" }, "incident_procedure": { "description": "Serious incident reporting procedure (EU AI Act Art. 73).", "$ref": "#/$defs/evidence" } } }, "runtime": { "description": "Where the agent's code execution runs, and what network it can reach.", "type": "object", "properties": { "sandbox": { "description": "Isolation of code the agent runs: none, a container, a micro-VM, or an ephemeral runner discarded after each job.", "enum": ["none", "container", "microvm", "ephemeral-runner"] }, "network_egress": { "description": "Outbound network access from the sandbox: none, only the hosts in egress_allowlist, or open.", "enum": ["none", "allowlist", "open"] }, "egress_allowlist": { "description": "Hosts the sandbox may reach when network_egress is allowlist.", "type": "array", "items": { "type": "string", "description": "A host name, optionally *.domain." }, "examples": [["api.github.com", "registry.npmjs.org"]] } }, "examples": [{ "sandbox": "ephemeral-runner", "network_egress": "allowlist", "egress_allowlist": ["api.github.com"] }] }, "models": { "description": "Every model the agent runs on (model is the one-model shorthand). Each is judged for pinning.", "type": "array", "items": { "description": "One model the agent runs on.", "type": "object", "properties": { "provider": { "description": "Model provider.", "type": "string", "examples": ["anthropic", "openai", "azure-openai", "google", "self-hosted"] }, "name": { "description": "Model name.", "type": "string" }, "version": { "description": "Pinned model version or snapshot; 'latest', a range or a bare major is not a pin.", "type": ["string", "number"] }, "hosting": { "description": "Who runs the model: the vendor's API, a cloud provider's managed service, or your own infrastructure.", "enum": ["vendor", "cloud", "self-hosted"] }, "region": { "description": "Region where inference runs (data residency).", "type": "string", "examples": ["eu-west-1", "europe-west4"] } } } } }, "$defs": { "agentName": { "description": "A lowercase DNS label: a-z, 0-9 and '-', starting and ending with a letter or digit, at most 63 characters.", "type": "string", "maxLength": 63, "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "patternErrorMessage": "must be a lowercase DNS label (a-z, 0-9 and '-', starting and ending with a letter or digit)" }, "duration": { "description": "A duration: 30s, 15m, 1h, 7d, 2w, 6mo, 7y, combinations such as 1h30m, ISO 8601 such as PT1H, P30D, P6M or P1Y, or a number of seconds. Years and months are calendar lengths: a year is 365 days and a month a twelfth of a year (30 days 10 hours), so 12mo = 1y = 365d and P6M meets a six-month minimum that 180d does not.", "examples": ["15m", "1h", "90d", "6mo", "7y", "PT1H", "P6M"], "type": ["string", "number"], "minimum": 0, "pattern": "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$", "patternErrorMessage": "must be a duration such as 30s, 15m, 1h, 7d, 6mo, 7y, PT1H, P30D or P1Y" }, "date": { "description": "An ISO 8601 calendar date, YYYY-MM-DD.", "type": "string", "format": "date" }, "permission": { "description": "One access the agent has.", "type": "object", "properties": { "resource": { "description": "What is accessed, as a URI or name; '*' and a trailing '/*' are wildcards.", "type": "string", "examples": ["postgres://finance/invoices", "github://acme/*"] }, "actions": { "description": "Actions allowed on the resource.", "type": "array", "items": { "description": "An action; '*' means every action.", "enum": ["read", "write", "delete", "admin", "execute", "send", "deploy", "export", "*"] } }, "category": { "description": "Kind of resource, used to judge how sensitive the access is.", "enum": ["database", "workflow", "deployment", "email", "external-api", "filesystem", "code-execution", "payments", "identity", "secrets"] }, "justification": { "description": "Why the agent needs this access.", "type": "string" }, "approval": { "description": "The approval gate that guards this access: a gate's name (the whole permission is gated), or {gate, above} (the gate applies above a threshold, and `limits` bound what happens below it).", "type": ["string", "object"], "required": ["gate"], "properties": { "gate": { "description": "Name of the approval gate (in approvals).", "type": "string" }, "above": { "description": "Threshold above which the gate applies; below it, `limits` bound the permission.", "type": "object", "properties": { "amount": { "description": "Amount above which a human approves.", "type": "number", "minimum": 0 }, "currency": { "description": "ISO 4217 currency of `amount`.", "type": "string", "pattern": "^[A-Z]{3}$" }, "count": { "description": "Operations per period above which a human approves.", "type": "integer", "minimum": 0 }, "records": { "description": "Records per operation above which a human approves.", "type": "integer", "minimum": 0 } } } }, "examples": ["payment-release", { "gate": "refund-approval", "above": { "amount": 50, "currency": "EUR" } }] }, "provider": { "description": "Provider whose native scopes `scopes` lists (a catalog under rules/scopes/, or a pack's). Optional: inferred from the resource's scheme or host when absent (github://…, https://graph.microsoft.com/…, arn:aws:…, k8s://…).", "type": "string", "examples": ["github", "google", "microsoft-graph", "aws", "gcp", "kubernetes", "slack", "stripe", "snowflake", "postgres"] }, "scopes": { "description": "Provider-native scopes, permissions, roles or IAM actions, spelt as the provider writes them. When given, `actions` and `category` may be left out: they are derived from the provider's scope catalog.", "type": "array", "items": { "description": "One scope, e.g. contents:write (GitHub App), repo (GitHub OAuth), https://www.googleapis.com/auth/gmail.send, Mail.Send, s3:GetObject, iam:*, roles/owner, get:secrets, chat:write, refunds:write, ACCOUNTADMIN, SELECT.", "type": "string", "minLength": 1 }, "examples": [["contents:write", "pull_requests:write"], ["Mail.Send"], ["get:pods", "list:pods"]] }, "on_behalf_of": { "description": "Whose authority the access uses: self (the agent's own identity, the default), user (delegated: one signed-in user), any-user (impersonation of anyone: domain-wide delegation, app-only permissions over every mailbox, Kubernetes impersonate). any-user is privileged access.", "enum": ["self", "user", "any-user"] }, "limits": { "description": "Bounds on what the permission may do on its own, e.g. refunds up to 50 EUR each and 200 a day. A sensitive permission bounded by limits and gated above them is acceptable.", "type": "object", "properties": { "amount": { "description": "Largest amount per `per` period.", "type": "number", "minimum": 0 }, "currency": { "description": "ISO 4217 currency of `amount`.", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["EUR", "USD"] }, "per": { "description": "What `amount` is counted over.", "enum": ["transaction", "hour", "day", "week", "month"] }, "count": { "description": "Most operations per `count_per` period.", "type": "integer", "minimum": 0 }, "count_per": { "description": "What `count` is counted over.", "enum": ["minute", "hour", "day", "week", "month"] }, "records": { "description": "Most records (rows, messages, files) one operation may touch.", "type": "integer", "minimum": 0 } }, "examples": [{ "amount": 50, "currency": "EUR", "per": "transaction", "count": 200, "count_per": "day" }] } } }, "credential": { "description": "One credential the agent uses.", "type": "object", "properties": { "name": { "description": "Name of the credential.", "type": "string" }, "type": { "description": "Kind of credential. key-pair: a private key that signs short-lived JWTs (GitHub App, Snowflake key-pair auth, service-account keys); certificate: an X.509 client certificate; jwt-bearer: the OAuth JWT bearer grant (RFC 7523).", "enum": ["oidc-federation", "workload-identity", "managed-identity", "oauth-client-credentials", "mtls", "api-key", "static-token", "password", "key-pair", "certificate", "jwt-bearer"] }, "ttl": { "description": "Lifetime of an issued token or certificate: a duration such as 15m or PT15M, or a number of seconds.", "$ref": "#/$defs/duration" }, "rotation": { "description": "Rotation period of a long-lived secret: a duration such as 30d or P30D, or a number of seconds.", "$ref": "#/$defs/duration" }, "secret_ref": { "description": "Reference to where the secret lives (for example vault://…, aws-sm://…, env:NAME); never the secret itself.", "type": "string", "examples": ["vault://kv/finance/db"] }, "audience": { "description": "Audience the credential is issued for.", "type": "string" }, "shared": { "description": "True when other agents or people use the same credential.", "type": "boolean" }, "not_after": { "description": "Expiry date of a certificate or key, when it has one.", "$ref": "#/$defs/date" } } }, "approval": { "description": "A human approval gate.", "type": "object", "properties": { "name": { "description": "Name of the gate, referred to by permissions[].approval.", "type": "string" }, "approvers": { "description": "Who may approve: groups or people.", "type": "array", "items": { "description": "An approver, for example group:finance-controllers or a person's email.", "type": "string" } }, "min_approvals": { "description": "Number of approvals needed.", "type": "integer", "minimum": 0 }, "timeout": { "description": "How long the gate waits for approval: a duration such as 4h or PT4H, or a number of seconds.", "$ref": "#/$defs/duration" }, "on_timeout": { "description": "What happens when nobody approves in time.", "enum": ["deny", "allow"] } } }, "tool": { "description": "An MCP server, plugin, function or sub-agent the agent can call.", "type": "object", "properties": { "name": { "description": "Name of the tool.", "type": "string" }, "type": { "description": "Kind of tool.", "enum": ["mcp", "a2a", "plugin", "function"] }, "source": { "description": "Where the tool comes from: an image, package or URL.", "type": "string" }, "version": { "description": "Pinned version of the tool.", "type": ["string", "number"] }, "digest": { "description": "Content digest of the tool, algorithm:hex (for example sha256:…).", "type": "string", "pattern": "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$", "patternErrorMessage": "must be algorithm:hex, for example sha256:4f2c…" }, "allow": { "description": "Tools of the server the agent may call (an allowlist). Absent: every tool the server offers.", "type": "array", "items": { "type": "string", "description": "A tool name." }, "examples": [["create_pull_request", "get_file_contents"]] }, "deny": { "description": "Tools of the server the agent may not call.", "type": "array", "items": { "type": "string", "description": "A tool name." }, "examples": [["merge_pull_request", "delete_repository"]] }, "approval": { "description": "An approval gate for some of the server's tools.", "type": "object", "required": ["gate"], "properties": { "gate": { "description": "Name of the approval gate (in approvals).", "type": "string" }, "tools": { "description": "The tools the gate applies to; absent: every tool.", "type": "array", "items": { "type": "string", "description": "A tool name." } } }, "examples": [{ "gate": "merge-review", "tools": ["create_pull_request"] }] }, "credential": { "description": "Name of the credential (in credentials) the tool server uses.", "type": "string" } } }, "evidence": { "description": "Evidence for a control no check can automate: where the document is, and when it was completed or last reviewed.", "type": "object", "required": ["ref", "date"], "properties": { "ref": { "description": "A URL or a document id (GRC record, ticket, file path).", "type": "string", "minLength": 1 }, "date": { "description": "When the document was completed or last reviewed (YYYY-MM-DD).", "$ref": "#/$defs/date" } } } } };
var schema32 = { "description": "A lowercase DNS label: a-z, 0-9 and '-', starting and ending with a letter or digit, at most 63 characters.", "type": "string", "maxLength": 63, "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "patternErrorMessage": "must be a lowercase DNS label (a-z, 0-9 and '-', starting and ending with a letter or digit)" };
var schema33 = { "description": "An ISO 8601 calendar date, YYYY-MM-DD.", "type": "string", "format": "date" };
var schema34 = { "description": "One access the agent has.", "type": "object", "properties": { "resource": { "description": "What is accessed, as a URI or name; '*' and a trailing '/*' are wildcards.", "type": "string", "examples": ["postgres://finance/invoices", "github://acme/*"] }, "actions": { "description": "Actions allowed on the resource.", "type": "array", "items": { "description": "An action; '*' means every action.", "enum": ["read", "write", "delete", "admin", "execute", "send", "deploy", "export", "*"] } }, "category": { "description": "Kind of resource, used to judge how sensitive the access is.", "enum": ["database", "workflow", "deployment", "email", "external-api", "filesystem", "code-execution", "payments", "identity", "secrets"] }, "justification": { "description": "Why the agent needs this access.", "type": "string" }, "approval": { "description": "The approval gate that guards this access: a gate's name (the whole permission is gated), or {gate, above} (the gate applies above a threshold, and `limits` bound what happens below it).", "type": ["string", "object"], "required": ["gate"], "properties": { "gate": { "description": "Name of the approval gate (in approvals).", "type": "string" }, "above": { "description": "Threshold above which the gate applies; below it, `limits` bound the permission.", "type": "object", "properties": { "amount": { "description": "Amount above which a human approves.", "type": "number", "minimum": 0 }, "currency": { "description": "ISO 4217 currency of `amount`.", "type": "string", "pattern": "^[A-Z]{3}$" }, "count": { "description": "Operations per period above which a human approves.", "type": "integer", "minimum": 0 }, "records": { "description": "Records per operation above which a human approves.", "type": "integer", "minimum": 0 } } } }, "examples": ["payment-release", { "gate": "refund-approval", "above": { "amount": 50, "currency": "EUR" } }] }, "provider": { "description": "Provider whose native scopes `scopes` lists (a catalog under rules/scopes/, or a pack's). Optional: inferred from the resource's scheme or host when absent (github://…, https://graph.microsoft.com/…, arn:aws:…, k8s://…).", "type": "string", "examples": ["github", "google", "microsoft-graph", "aws", "gcp", "kubernetes", "slack", "stripe", "snowflake", "postgres"] }, "scopes": { "description": "Provider-native scopes, permissions, roles or IAM actions, spelt as the provider writes them. When given, `actions` and `category` may be left out: they are derived from the provider's scope catalog.", "type": "array", "items": { "description": "One scope, e.g. contents:write (GitHub App), repo (GitHub OAuth), https://www.googleapis.com/auth/gmail.send, Mail.Send, s3:GetObject, iam:*, roles/owner, get:secrets, chat:write, refunds:write, ACCOUNTADMIN, SELECT.", "type": "string", "minLength": 1 }, "examples": [["contents:write", "pull_requests:write"], ["Mail.Send"], ["get:pods", "list:pods"]] }, "on_behalf_of": { "description": "Whose authority the access uses: self (the agent's own identity, the default), user (delegated: one signed-in user), any-user (impersonation of anyone: domain-wide delegation, app-only permissions over every mailbox, Kubernetes impersonate). any-user is privileged access.", "enum": ["self", "user", "any-user"] }, "limits": { "description": "Bounds on what the permission may do on its own, e.g. refunds up to 50 EUR each and 200 a day. A sensitive permission bounded by limits and gated above them is acceptable.", "type": "object", "properties": { "amount": { "description": "Largest amount per `per` period.", "type": "number", "minimum": 0 }, "currency": { "description": "ISO 4217 currency of `amount`.", "type": "string", "pattern": "^[A-Z]{3}$", "examples": ["EUR", "USD"] }, "per": { "description": "What `amount` is counted over.", "enum": ["transaction", "hour", "day", "week", "month"] }, "count": { "description": "Most operations per `count_per` period.", "type": "integer", "minimum": 0 }, "count_per": { "description": "What `count` is counted over.", "enum": ["minute", "hour", "day", "week", "month"] }, "records": { "description": "Most records (rows, messages, files) one operation may touch.", "type": "integer", "minimum": 0 } }, "examples": [{ "amount": 50, "currency": "EUR", "per": "transaction", "count": 200, "count_per": "day" }] } } };
var schema36 = { "description": "A duration: 30s, 15m, 1h, 7d, 2w, 6mo, 7y, combinations such as 1h30m, ISO 8601 such as PT1H, P30D, P6M or P1Y, or a number of seconds. Years and months are calendar lengths: a year is 365 days and a month a twelfth of a year (30 days 10 hours), so 12mo = 1y = 365d and P6M meets a six-month minimum that 180d does not.", "examples": ["15m", "1h", "90d", "6mo", "7y", "PT1H", "P6M"], "type": ["string", "number"], "minimum": 0, "pattern": "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$", "patternErrorMessage": "must be a duration such as 30s, 15m, 1h, 7d, 6mo, 7y, PT1H, P30D or P1Y" };
var schema42 = { "description": "An MCP server, plugin, function or sub-agent the agent can call.", "type": "object", "properties": { "name": { "description": "Name of the tool.", "type": "string" }, "type": { "description": "Kind of tool.", "enum": ["mcp", "a2a", "plugin", "function"] }, "source": { "description": "Where the tool comes from: an image, package or URL.", "type": "string" }, "version": { "description": "Pinned version of the tool.", "type": ["string", "number"] }, "digest": { "description": "Content digest of the tool, algorithm:hex (for example sha256:…).", "type": "string", "pattern": "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$", "patternErrorMessage": "must be algorithm:hex, for example sha256:4f2c…" }, "allow": { "description": "Tools of the server the agent may call (an allowlist). Absent: every tool the server offers.", "type": "array", "items": { "type": "string", "description": "A tool name." }, "examples": [["create_pull_request", "get_file_contents"]] }, "deny": { "description": "Tools of the server the agent may not call.", "type": "array", "items": { "type": "string", "description": "A tool name." }, "examples": [["merge_pull_request", "delete_repository"]] }, "approval": { "description": "An approval gate for some of the server's tools.", "type": "object", "required": ["gate"], "properties": { "gate": { "description": "Name of the approval gate (in approvals).", "type": "string" }, "tools": { "description": "The tools the gate applies to; absent: every tool.", "type": "array", "items": { "type": "string", "description": "A tool name." } } }, "examples": [{ "gate": "merge-review", "tools": ["create_pull_request"] }] }, "credential": { "description": "Name of the credential (in credentials) the tool server uses.", "type": "string" } } };
var func5 = require_ucs2length().default;
var func0 = boundedRegExp;
var pattern4 = func0("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var pattern5 = func0("^[A-Z]{3}$", "u");
var pattern7 = func0("^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$", "u");
var pattern11 = func0("^[0-9]+/(s|m|h|d)$", "u");
var pattern12 = func0("^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$", "u");
var formats0 = require_formats().fullFormats.date;
var schema35 = { "description": "One credential the agent uses.", "type": "object", "properties": { "name": { "description": "Name of the credential.", "type": "string" }, "type": { "description": "Kind of credential. key-pair: a private key that signs short-lived JWTs (GitHub App, Snowflake key-pair auth, service-account keys); certificate: an X.509 client certificate; jwt-bearer: the OAuth JWT bearer grant (RFC 7523).", "enum": ["oidc-federation", "workload-identity", "managed-identity", "oauth-client-credentials", "mtls", "api-key", "static-token", "password", "key-pair", "certificate", "jwt-bearer"] }, "ttl": { "description": "Lifetime of an issued token or certificate: a duration such as 15m or PT15M, or a number of seconds.", "$ref": "#/$defs/duration" }, "rotation": { "description": "Rotation period of a long-lived secret: a duration such as 30d or P30D, or a number of seconds.", "$ref": "#/$defs/duration" }, "secret_ref": { "description": "Reference to where the secret lives (for example vault://…, aws-sm://…, env:NAME); never the secret itself.", "type": "string", "examples": ["vault://kv/finance/db"] }, "audience": { "description": "Audience the credential is issued for.", "type": "string" }, "shared": { "description": "True when other agents or people use the same credential.", "type": "boolean" }, "not_after": { "description": "Expiry date of a certificate or key, when it has one.", "$ref": "#/$defs/date" } } };
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
      if (!(data1 === "oidc-federation" || data1 === "workload-identity" || data1 === "managed-identity" || data1 === "oauth-client-credentials" || data1 === "mtls" || data1 === "api-key" || data1 === "static-token" || data1 === "password" || data1 === "key-pair" || data1 === "certificate" || data1 === "jwt-bearer")) {
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
        if (!pattern7.test(data2)) {
          const err4 = { instancePath: instancePath + "/ttl", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$" }, message: 'must match pattern "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$"', schema: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$", parentSchema: schema36, data: data2 };
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
        if (!pattern7.test(data3)) {
          const err7 = { instancePath: instancePath + "/rotation", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$" }, message: 'must match pattern "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$"', schema: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$", parentSchema: schema36, data: data3 };
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
    if (data.not_after !== void 0) {
      let data7 = data.not_after;
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err11 = { instancePath: instancePath + "/not_after", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data7 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/not_after", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data7 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "name": true, "type": true, "ttl": true, "rotation": true, "secret_ref": true, "audience": true, "shared": true, "not_after": true }, "dynamicProps": false, "dynamicItems": false };
var schema39 = { "description": "A human approval gate.", "type": "object", "properties": { "name": { "description": "Name of the gate, referred to by permissions[].approval.", "type": "string" }, "approvers": { "description": "Who may approve: groups or people.", "type": "array", "items": { "description": "An approver, for example group:finance-controllers or a person's email.", "type": "string" } }, "min_approvals": { "description": "Number of approvals needed.", "type": "integer", "minimum": 0 }, "timeout": { "description": "How long the gate waits for approval: a duration such as 4h or PT4H, or a number of seconds.", "$ref": "#/$defs/duration" }, "on_timeout": { "description": "What happens when nobody approves in time.", "enum": ["deny", "allow"] } } };
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
        const err0 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.name.type, parentSchema: schema39.properties.name, data: data0 };
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
            const err1 = { instancePath: instancePath + "/approvers/" + i0, schemaPath: "#/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.approvers.items.type, parentSchema: schema39.properties.approvers.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/approvers", schemaPath: "#/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.approvers.type, parentSchema: schema39.properties.approvers, data: data1 };
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
        const err3 = { instancePath: instancePath + "/min_approvals", schemaPath: "#/properties/min_approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.min_approvals.type, parentSchema: schema39.properties.min_approvals, data: data3 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err4 = { instancePath: instancePath + "/min_approvals", schemaPath: "#/properties/min_approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.properties.min_approvals, data: data3 };
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
        if (!pattern7.test(data4)) {
          const err7 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$" }, message: 'must match pattern "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$"', schema: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$", parentSchema: schema36, data: data4 };
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
        const err8 = { instancePath: instancePath + "/on_timeout", schemaPath: "#/properties/on_timeout/enum", keyword: "enum", params: { allowedValues: schema39.properties.on_timeout.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.on_timeout.enum, parentSchema: schema39.properties.on_timeout, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
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
var schema44 = { "description": "Evidence for a control no check can automate: where the document is, and when it was completed or last reviewed.", "type": "object", "required": ["ref", "date"], "properties": { "ref": { "description": "A URL or a document id (GRC record, ticket, file path).", "type": "string", "minLength": 1 }, "date": { "description": "When the document was completed or last reviewed (YYYY-MM-DD).", "$ref": "#/$defs/date" } } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ref === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'", schema: schema44.required, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.date === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema44.required, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.ref !== void 0) {
      let data0 = data.ref;
      if (typeof data0 === "string") {
        if (func5(data0) < 1) {
          const err2 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.properties.ref, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.ref.type, parentSchema: schema44.properties.ref, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data1 = data.date;
      if (typeof data1 === "string") {
        if (!formats0.validate(data1)) {
          const err4 = { instancePath: instancePath + "/date", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/date", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": { "ref": true, "date": true }, "dynamicProps": false, "dynamicItems": false };
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
          if (!(data8 === "production" || data8 === "preprod" || data8 === "dr" || data8 === "staging" || data8 === "test" || data8 === "sandbox" || data8 === "development")) {
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
        if (data24.hosting !== void 0) {
          let data28 = data24.hosting;
          if (!(data28 === "vendor" || data28 === "cloud" || data28 === "self-hosted")) {
            const err34 = { instancePath: instancePath + "/model/hosting", schemaPath: "#/properties/model/properties/hosting/enum", keyword: "enum", params: { allowedValues: schema31.properties.model.properties.hosting.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.model.properties.hosting.enum, parentSchema: schema31.properties.model.properties.hosting, data: data28 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data24.region !== void 0) {
          let data29 = data24.region;
          if (typeof data29 !== "string") {
            const err35 = { instancePath: instancePath + "/model/region", schemaPath: "#/properties/model/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.model.properties.region.type, parentSchema: schema31.properties.model.properties.region, data: data29 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.model.type, parentSchema: schema31.properties.model, data: data24 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0) {
      let data30 = data.permissions;
      if (Array.isArray(data30)) {
        const len1 = data30.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data31 = data30[i1];
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.resource !== void 0) {
              let data32 = data31.resource;
              if (typeof data32 !== "string") {
                const err37 = { instancePath: instancePath + "/permissions/" + i1 + "/resource", schemaPath: "#/$defs/permission/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.resource.type, parentSchema: schema34.properties.resource, data: data32 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data31.actions !== void 0) {
              let data33 = data31.actions;
              if (Array.isArray(data33)) {
                const len2 = data33.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data34 = data33[i2];
                  if (!(data34 === "read" || data34 === "write" || data34 === "delete" || data34 === "admin" || data34 === "execute" || data34 === "send" || data34 === "deploy" || data34 === "export" || data34 === "*")) {
                    const err38 = { instancePath: instancePath + "/permissions/" + i1 + "/actions/" + i2, schemaPath: "#/$defs/permission/properties/actions/items/enum", keyword: "enum", params: { allowedValues: schema34.properties.actions.items.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.actions.items.enum, parentSchema: schema34.properties.actions.items, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/permissions/" + i1 + "/actions", schemaPath: "#/$defs/permission/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.actions.type, parentSchema: schema34.properties.actions, data: data33 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data31.category !== void 0) {
              let data35 = data31.category;
              if (!(data35 === "database" || data35 === "workflow" || data35 === "deployment" || data35 === "email" || data35 === "external-api" || data35 === "filesystem" || data35 === "code-execution" || data35 === "payments" || data35 === "identity" || data35 === "secrets")) {
                const err40 = { instancePath: instancePath + "/permissions/" + i1 + "/category", schemaPath: "#/$defs/permission/properties/category/enum", keyword: "enum", params: { allowedValues: schema34.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.category.enum, parentSchema: schema34.properties.category, data: data35 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data31.justification !== void 0) {
              let data36 = data31.justification;
              if (typeof data36 !== "string") {
                const err41 = { instancePath: instancePath + "/permissions/" + i1 + "/justification", schemaPath: "#/$defs/permission/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.justification.type, parentSchema: schema34.properties.justification, data: data36 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data31.approval !== void 0) {
              let data37 = data31.approval;
              if (typeof data37 !== "string" && !(data37 && typeof data37 == "object" && !Array.isArray(data37))) {
                const err42 = { instancePath: instancePath + "/permissions/" + i1 + "/approval", schemaPath: "#/$defs/permission/properties/approval/type", keyword: "type", params: { type: schema34.properties.approval.type }, message: "must be string,object", schema: schema34.properties.approval.type, parentSchema: schema34.properties.approval, data: data37 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                if (data37.gate === void 0) {
                  const err43 = { instancePath: instancePath + "/permissions/" + i1 + "/approval", schemaPath: "#/$defs/permission/properties/approval/required", keyword: "required", params: { missingProperty: "gate" }, message: "must have required property 'gate'", schema: schema34.properties.approval.required, parentSchema: schema34.properties.approval, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                if (data37.gate !== void 0) {
                  let data38 = data37.gate;
                  if (typeof data38 !== "string") {
                    const err44 = { instancePath: instancePath + "/permissions/" + i1 + "/approval/gate", schemaPath: "#/$defs/permission/properties/approval/properties/gate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.approval.properties.gate.type, parentSchema: schema34.properties.approval.properties.gate, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data37.above !== void 0) {
                  let data39 = data37.above;
                  if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                    if (data39.amount !== void 0) {
                      let data40 = data39.amount;
                      if (typeof data40 == "number" && isFinite(data40)) {
                        if (data40 < 0 || isNaN(data40)) {
                          const err45 = { instancePath: instancePath + "/permissions/" + i1 + "/approval/above/amount", schemaPath: "#/$defs/permission/properties/approval/properties/above/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.approval.properties.above.properties.amount, data: data40 };
                          if (vErrors === null) {
                            vErrors = [err45];
                          } else {
                            vErrors.push(err45);
                          }
                          errors++;
                        }
                      } else {
                        const err46 = { instancePath: instancePath + "/permissions/" + i1 + "/approval/above/amount", schemaPath: "#/$defs/permission/properties/approval/properties/above/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.approval.properties.above.properties.amount.type, parentSchema: schema34.properties.approval.properties.above.properties.amount, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                    }
                    if (data39.currency !== void 0) {
                      let data41 = data39.currency;
                      if (typeof data41 === "string") {
                        if (!pattern5.test(data41)) {
                          const err47 = { instancePath: instancePath + "/permissions/" + i1 + "/approval/above/currency", schemaPath: "#/$defs/permission/properties/approval/properties/above/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema34.properties.approval.properties.above.properties.currency, data: data41 };
                          if (vErrors === null) {
                            vErrors = [err47];
                          } else {
                            vErrors.push(err47);
                          }
                          errors++;
                        }
                      } else {
                        const err48 = { instancePath: instancePath + "/permissions/" + i1 + "/approval/above/currency", schemaPath: "#/$defs/permission/properties/approval/properties/above/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.approval.properties.above.properties.currency.type, parentSchema: schema34.properties.approval.properties.above.properties.currency, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                    }
                    if (data39.count !== void 0) {
                      let data42 = data39.count;
                      if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
                        const err49 = { instancePath: instancePath + "/permissions/" + i1 + "/approval/above/count", schemaPath: "#/$defs/permission/properties/approval/properties/above/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.approval.properties.above.properties.count.type, parentSchema: schema34.properties.approval.properties.above.properties.count, data: data42 };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                      if (typeof data42 == "number" && isFinite(data42)) {
                        if (data42 < 0 || isNaN(data42)) {
                          const err50 = { instancePath: instancePath + "/permissions/" + i1 + "/approval/above/count", schemaPath: "#/$defs/permission/properties/approval/properties/above/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.approval.properties.above.properties.count, data: data42 };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data39.records !== void 0) {
                      let data43 = data39.records;
                      if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
                        const err51 = { instancePath: instancePath + "/permissions/" + i1 + "/approval/above/records", schemaPath: "#/$defs/permission/properties/approval/properties/above/properties/records/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.approval.properties.above.properties.records.type, parentSchema: schema34.properties.approval.properties.above.properties.records, data: data43 };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                      if (typeof data43 == "number" && isFinite(data43)) {
                        if (data43 < 0 || isNaN(data43)) {
                          const err52 = { instancePath: instancePath + "/permissions/" + i1 + "/approval/above/records", schemaPath: "#/$defs/permission/properties/approval/properties/above/properties/records/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.approval.properties.above.properties.records, data: data43 };
                          if (vErrors === null) {
                            vErrors = [err52];
                          } else {
                            vErrors.push(err52);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/permissions/" + i1 + "/approval/above", schemaPath: "#/$defs/permission/properties/approval/properties/above/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.approval.properties.above.type, parentSchema: schema34.properties.approval.properties.above, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data31.provider !== void 0) {
              let data44 = data31.provider;
              if (typeof data44 !== "string") {
                const err54 = { instancePath: instancePath + "/permissions/" + i1 + "/provider", schemaPath: "#/$defs/permission/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.provider.type, parentSchema: schema34.properties.provider, data: data44 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data31.scopes !== void 0) {
              let data45 = data31.scopes;
              if (Array.isArray(data45)) {
                const len3 = data45.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data46 = data45[i3];
                  if (typeof data46 === "string") {
                    if (func5(data46) < 1) {
                      const err55 = { instancePath: instancePath + "/permissions/" + i1 + "/scopes/" + i3, schemaPath: "#/$defs/permission/properties/scopes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.scopes.items, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  } else {
                    const err56 = { instancePath: instancePath + "/permissions/" + i1 + "/scopes/" + i3, schemaPath: "#/$defs/permission/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.scopes.items.type, parentSchema: schema34.properties.scopes.items, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
              } else {
                const err57 = { instancePath: instancePath + "/permissions/" + i1 + "/scopes", schemaPath: "#/$defs/permission/properties/scopes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.scopes.type, parentSchema: schema34.properties.scopes, data: data45 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data31.on_behalf_of !== void 0) {
              let data47 = data31.on_behalf_of;
              if (!(data47 === "self" || data47 === "user" || data47 === "any-user")) {
                const err58 = { instancePath: instancePath + "/permissions/" + i1 + "/on_behalf_of", schemaPath: "#/$defs/permission/properties/on_behalf_of/enum", keyword: "enum", params: { allowedValues: schema34.properties.on_behalf_of.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.on_behalf_of.enum, parentSchema: schema34.properties.on_behalf_of, data: data47 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data31.limits !== void 0) {
              let data48 = data31.limits;
              if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                if (data48.amount !== void 0) {
                  let data49 = data48.amount;
                  if (typeof data49 == "number" && isFinite(data49)) {
                    if (data49 < 0 || isNaN(data49)) {
                      const err59 = { instancePath: instancePath + "/permissions/" + i1 + "/limits/amount", schemaPath: "#/$defs/permission/properties/limits/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.limits.properties.amount, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  } else {
                    const err60 = { instancePath: instancePath + "/permissions/" + i1 + "/limits/amount", schemaPath: "#/$defs/permission/properties/limits/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.limits.properties.amount.type, parentSchema: schema34.properties.limits.properties.amount, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
                if (data48.currency !== void 0) {
                  let data50 = data48.currency;
                  if (typeof data50 === "string") {
                    if (!pattern5.test(data50)) {
                      const err61 = { instancePath: instancePath + "/permissions/" + i1 + "/limits/currency", schemaPath: "#/$defs/permission/properties/limits/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema34.properties.limits.properties.currency, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  } else {
                    const err62 = { instancePath: instancePath + "/permissions/" + i1 + "/limits/currency", schemaPath: "#/$defs/permission/properties/limits/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.limits.properties.currency.type, parentSchema: schema34.properties.limits.properties.currency, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data48.per !== void 0) {
                  let data51 = data48.per;
                  if (!(data51 === "transaction" || data51 === "hour" || data51 === "day" || data51 === "week" || data51 === "month")) {
                    const err63 = { instancePath: instancePath + "/permissions/" + i1 + "/limits/per", schemaPath: "#/$defs/permission/properties/limits/properties/per/enum", keyword: "enum", params: { allowedValues: schema34.properties.limits.properties.per.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.limits.properties.per.enum, parentSchema: schema34.properties.limits.properties.per, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data48.count !== void 0) {
                  let data52 = data48.count;
                  if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
                    const err64 = { instancePath: instancePath + "/permissions/" + i1 + "/limits/count", schemaPath: "#/$defs/permission/properties/limits/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.limits.properties.count.type, parentSchema: schema34.properties.limits.properties.count, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                  if (typeof data52 == "number" && isFinite(data52)) {
                    if (data52 < 0 || isNaN(data52)) {
                      const err65 = { instancePath: instancePath + "/permissions/" + i1 + "/limits/count", schemaPath: "#/$defs/permission/properties/limits/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.limits.properties.count, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  }
                }
                if (data48.count_per !== void 0) {
                  let data53 = data48.count_per;
                  if (!(data53 === "minute" || data53 === "hour" || data53 === "day" || data53 === "week" || data53 === "month")) {
                    const err66 = { instancePath: instancePath + "/permissions/" + i1 + "/limits/count_per", schemaPath: "#/$defs/permission/properties/limits/properties/count_per/enum", keyword: "enum", params: { allowedValues: schema34.properties.limits.properties.count_per.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.limits.properties.count_per.enum, parentSchema: schema34.properties.limits.properties.count_per, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data48.records !== void 0) {
                  let data54 = data48.records;
                  if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
                    const err67 = { instancePath: instancePath + "/permissions/" + i1 + "/limits/records", schemaPath: "#/$defs/permission/properties/limits/properties/records/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.limits.properties.records.type, parentSchema: schema34.properties.limits.properties.records, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                  if (typeof data54 == "number" && isFinite(data54)) {
                    if (data54 < 0 || isNaN(data54)) {
                      const err68 = { instancePath: instancePath + "/permissions/" + i1 + "/limits/records", schemaPath: "#/$defs/permission/properties/limits/properties/records/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.limits.properties.records, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err69 = { instancePath: instancePath + "/permissions/" + i1 + "/limits", schemaPath: "#/$defs/permission/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.limits.type, parentSchema: schema34.properties.limits, data: data48 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
          } else {
            const err70 = { instancePath: instancePath + "/permissions/" + i1, schemaPath: "#/$defs/permission/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data31 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.permissions.type, parentSchema: schema31.properties.permissions, data: data30 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.credentials !== void 0) {
      let data55 = data.credentials;
      if (Array.isArray(data55)) {
        const len4 = data55.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate21(data55[i4], { instancePath: instancePath + "/credentials/" + i4, parentData: data55, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/credentials", schemaPath: "#/properties/credentials/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.credentials.type, parentSchema: schema31.properties.credentials, data: data55 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data57 = data.approvals;
      if (Array.isArray(data57)) {
        const len5 = data57.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate23(data57[i5], { instancePath: instancePath + "/approvals/" + i5, parentData: data57, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.approvals.type, parentSchema: schema31.properties.approvals, data: data57 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.audit !== void 0) {
      let data59 = data.audit;
      if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
        if (data59.enabled !== void 0) {
          let data60 = data59.enabled;
          if (typeof data60 !== "boolean") {
            const err74 = { instancePath: instancePath + "/audit/enabled", schemaPath: "#/properties/audit/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.audit.properties.enabled.type, parentSchema: schema31.properties.audit.properties.enabled, data: data60 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data59.sink !== void 0) {
          let data61 = data59.sink;
          if (typeof data61 !== "string") {
            const err75 = { instancePath: instancePath + "/audit/sink", schemaPath: "#/properties/audit/properties/sink/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.audit.properties.sink.type, parentSchema: schema31.properties.audit.properties.sink, data: data61 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data59.immutable !== void 0) {
          let data62 = data59.immutable;
          if (typeof data62 !== "boolean") {
            const err76 = { instancePath: instancePath + "/audit/immutable", schemaPath: "#/properties/audit/properties/immutable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.audit.properties.immutable.type, parentSchema: schema31.properties.audit.properties.immutable, data: data62 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data59.retention !== void 0) {
          let data63 = data59.retention;
          if (typeof data63 !== "string" && !(typeof data63 == "number" && isFinite(data63))) {
            const err77 = { instancePath: instancePath + "/audit/retention", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema36.type }, message: "must be string,number", schema: schema36.type, parentSchema: schema36, data: data63 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          if (typeof data63 == "number" && isFinite(data63)) {
            if (data63 < 0 || isNaN(data63)) {
              const err78 = { instancePath: instancePath + "/audit/retention", schemaPath: "#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36, data: data63 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          }
          if (typeof data63 === "string") {
            if (!pattern7.test(data63)) {
              const err79 = { instancePath: instancePath + "/audit/retention", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$" }, message: 'must match pattern "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$"', schema: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$", parentSchema: schema36, data: data63 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          }
        }
        if (data59.events !== void 0) {
          let data64 = data59.events;
          if (Array.isArray(data64)) {
            const len6 = data64.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data65 = data64[i6];
              if (typeof data65 !== "string") {
                const err80 = { instancePath: instancePath + "/audit/events/" + i6, schemaPath: "#/properties/audit/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.audit.properties.events.items.type, parentSchema: schema31.properties.audit.properties.events.items, data: data65 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/audit/events", schemaPath: "#/properties/audit/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.audit.properties.events.type, parentSchema: schema31.properties.audit.properties.events, data: data64 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
      } else {
        const err82 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.audit.type, parentSchema: schema31.properties.audit, data: data59 };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.monitoring !== void 0) {
      let data66 = data.monitoring;
      if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
        if (data66.siem !== void 0) {
          let data67 = data66.siem;
          if (typeof data67 !== "string") {
            const err83 = { instancePath: instancePath + "/monitoring/siem", schemaPath: "#/properties/monitoring/properties/siem/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.monitoring.properties.siem.type, parentSchema: schema31.properties.monitoring.properties.siem, data: data67 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data66.baseline !== void 0) {
          let data68 = data66.baseline;
          if (typeof data68 !== "boolean") {
            const err84 = { instancePath: instancePath + "/monitoring/baseline", schemaPath: "#/properties/monitoring/properties/baseline/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.monitoring.properties.baseline.type, parentSchema: schema31.properties.monitoring.properties.baseline, data: data68 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data66.alerts !== void 0) {
          let data69 = data66.alerts;
          if (Array.isArray(data69)) {
            const len7 = data69.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data70 = data69[i7];
              if (typeof data70 !== "string") {
                const err85 = { instancePath: instancePath + "/monitoring/alerts/" + i7, schemaPath: "#/properties/monitoring/properties/alerts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.monitoring.properties.alerts.items.type, parentSchema: schema31.properties.monitoring.properties.alerts.items, data: data70 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
          } else {
            const err86 = { instancePath: instancePath + "/monitoring/alerts", schemaPath: "#/properties/monitoring/properties/alerts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.monitoring.properties.alerts.type, parentSchema: schema31.properties.monitoring.properties.alerts, data: data69 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data66.rate_limit !== void 0) {
          let data71 = data66.rate_limit;
          if (typeof data71 === "string") {
            if (!pattern11.test(data71)) {
              const err87 = { instancePath: instancePath + "/monitoring/rate_limit", schemaPath: "#/properties/monitoring/properties/rate_limit/pattern", keyword: "pattern", params: { pattern: "^[0-9]+/(s|m|h|d)$" }, message: 'must match pattern "^[0-9]+/(s|m|h|d)$"', schema: "^[0-9]+/(s|m|h|d)$", parentSchema: schema31.properties.monitoring.properties.rate_limit, data: data71 };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          } else {
            const err88 = { instancePath: instancePath + "/monitoring/rate_limit", schemaPath: "#/properties/monitoring/properties/rate_limit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.monitoring.properties.rate_limit.type, parentSchema: schema31.properties.monitoring.properties.rate_limit, data: data71 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
      } else {
        const err89 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.monitoring.type, parentSchema: schema31.properties.monitoring, data: data66 };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.oversight !== void 0) {
      let data72 = data.oversight;
      if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
        if (data72.kill_switch !== void 0) {
          let data73 = data72.kill_switch;
          if (typeof data73 !== "boolean") {
            const err90 = { instancePath: instancePath + "/oversight/kill_switch", schemaPath: "#/properties/oversight/properties/kill_switch/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.oversight.properties.kill_switch.type, parentSchema: schema31.properties.oversight.properties.kill_switch, data: data73 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data72.incident_contact !== void 0) {
          let data74 = data72.incident_contact;
          if (typeof data74 !== "string") {
            const err91 = { instancePath: instancePath + "/oversight/incident_contact", schemaPath: "#/properties/oversight/properties/incident_contact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.oversight.properties.incident_contact.type, parentSchema: schema31.properties.oversight.properties.incident_contact, data: data74 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/oversight", schemaPath: "#/properties/oversight/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.oversight.type, parentSchema: schema31.properties.oversight, data: data72 };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.transparency !== void 0) {
      let data75 = data.transparency;
      if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
        if (data75.discloses_ai !== void 0) {
          let data76 = data75.discloses_ai;
          if (typeof data76 !== "boolean") {
            const err93 = { instancePath: instancePath + "/transparency/discloses_ai", schemaPath: "#/properties/transparency/properties/discloses_ai/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.transparency.properties.discloses_ai.type, parentSchema: schema31.properties.transparency.properties.discloses_ai, data: data76 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/transparency", schemaPath: "#/properties/transparency/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.transparency.type, parentSchema: schema31.properties.transparency, data: data75 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    if (data.code !== void 0) {
      let data77 = data.code;
      if (Array.isArray(data77)) {
        if (data77.length > 1e3) {
          const err95 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema31.properties.code, data: data77 };
          if (vErrors === null) {
            vErrors = [err95];
          } else {
            vErrors.push(err95);
          }
          errors++;
        }
        const len8 = data77.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data78 = data77[i8];
          if (typeof data78 === "string") {
            if (func5(data78) > 1024) {
              const err96 = { instancePath: instancePath + "/code/" + i8, schemaPath: "#/properties/code/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema31.properties.code.items, data: data78 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            if (func5(data78) < 1) {
              const err97 = { instancePath: instancePath + "/code/" + i8, schemaPath: "#/properties/code/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.code.items, data: data78 };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
          } else {
            const err98 = { instancePath: instancePath + "/code/" + i8, schemaPath: "#/properties/code/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.code.items.type, parentSchema: schema31.properties.code.items, data: data78 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.code.type, parentSchema: schema31.properties.code, data: data77 };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data79 = data.tools;
      if (Array.isArray(data79)) {
        const len9 = data79.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data80 = data79[i9];
          if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
            if (data80.name !== void 0) {
              let data81 = data80.name;
              if (typeof data81 !== "string") {
                const err100 = { instancePath: instancePath + "/tools/" + i9 + "/name", schemaPath: "#/$defs/tool/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.name.type, parentSchema: schema42.properties.name, data: data81 };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data80.type !== void 0) {
              let data82 = data80.type;
              if (!(data82 === "mcp" || data82 === "a2a" || data82 === "plugin" || data82 === "function")) {
                const err101 = { instancePath: instancePath + "/tools/" + i9 + "/type", schemaPath: "#/$defs/tool/properties/type/enum", keyword: "enum", params: { allowedValues: schema42.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.type.enum, parentSchema: schema42.properties.type, data: data82 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data80.source !== void 0) {
              let data83 = data80.source;
              if (typeof data83 !== "string") {
                const err102 = { instancePath: instancePath + "/tools/" + i9 + "/source", schemaPath: "#/$defs/tool/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.source.type, parentSchema: schema42.properties.source, data: data83 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data80.version !== void 0) {
              let data84 = data80.version;
              if (typeof data84 !== "string" && !(typeof data84 == "number" && isFinite(data84))) {
                const err103 = { instancePath: instancePath + "/tools/" + i9 + "/version", schemaPath: "#/$defs/tool/properties/version/type", keyword: "type", params: { type: schema42.properties.version.type }, message: "must be string,number", schema: schema42.properties.version.type, parentSchema: schema42.properties.version, data: data84 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data80.digest !== void 0) {
              let data85 = data80.digest;
              if (typeof data85 === "string") {
                if (!pattern12.test(data85)) {
                  const err104 = { instancePath: instancePath + "/tools/" + i9 + "/digest", schemaPath: "#/$defs/tool/properties/digest/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$" }, message: 'must match pattern "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$"', schema: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$", parentSchema: schema42.properties.digest, data: data85 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              } else {
                const err105 = { instancePath: instancePath + "/tools/" + i9 + "/digest", schemaPath: "#/$defs/tool/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.digest.type, parentSchema: schema42.properties.digest, data: data85 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data80.allow !== void 0) {
              let data86 = data80.allow;
              if (Array.isArray(data86)) {
                const len10 = data86.length;
                for (let i10 = 0; i10 < len10; i10++) {
                  let data87 = data86[i10];
                  if (typeof data87 !== "string") {
                    const err106 = { instancePath: instancePath + "/tools/" + i9 + "/allow/" + i10, schemaPath: "#/$defs/tool/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.allow.items.type, parentSchema: schema42.properties.allow.items, data: data87 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
              } else {
                const err107 = { instancePath: instancePath + "/tools/" + i9 + "/allow", schemaPath: "#/$defs/tool/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.allow.type, parentSchema: schema42.properties.allow, data: data86 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data80.deny !== void 0) {
              let data88 = data80.deny;
              if (Array.isArray(data88)) {
                const len11 = data88.length;
                for (let i11 = 0; i11 < len11; i11++) {
                  let data89 = data88[i11];
                  if (typeof data89 !== "string") {
                    const err108 = { instancePath: instancePath + "/tools/" + i9 + "/deny/" + i11, schemaPath: "#/$defs/tool/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.deny.items.type, parentSchema: schema42.properties.deny.items, data: data89 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
              } else {
                const err109 = { instancePath: instancePath + "/tools/" + i9 + "/deny", schemaPath: "#/$defs/tool/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.deny.type, parentSchema: schema42.properties.deny, data: data88 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data80.approval !== void 0) {
              let data90 = data80.approval;
              if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                if (data90.gate === void 0) {
                  const err110 = { instancePath: instancePath + "/tools/" + i9 + "/approval", schemaPath: "#/$defs/tool/properties/approval/required", keyword: "required", params: { missingProperty: "gate" }, message: "must have required property 'gate'", schema: schema42.properties.approval.required, parentSchema: schema42.properties.approval, data: data90 };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
                if (data90.gate !== void 0) {
                  let data91 = data90.gate;
                  if (typeof data91 !== "string") {
                    const err111 = { instancePath: instancePath + "/tools/" + i9 + "/approval/gate", schemaPath: "#/$defs/tool/properties/approval/properties/gate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.approval.properties.gate.type, parentSchema: schema42.properties.approval.properties.gate, data: data91 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
                if (data90.tools !== void 0) {
                  let data92 = data90.tools;
                  if (Array.isArray(data92)) {
                    const len12 = data92.length;
                    for (let i12 = 0; i12 < len12; i12++) {
                      let data93 = data92[i12];
                      if (typeof data93 !== "string") {
                        const err112 = { instancePath: instancePath + "/tools/" + i9 + "/approval/tools/" + i12, schemaPath: "#/$defs/tool/properties/approval/properties/tools/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.approval.properties.tools.items.type, parentSchema: schema42.properties.approval.properties.tools.items, data: data93 };
                        if (vErrors === null) {
                          vErrors = [err112];
                        } else {
                          vErrors.push(err112);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err113 = { instancePath: instancePath + "/tools/" + i9 + "/approval/tools", schemaPath: "#/$defs/tool/properties/approval/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.approval.properties.tools.type, parentSchema: schema42.properties.approval.properties.tools, data: data92 };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
              } else {
                const err114 = { instancePath: instancePath + "/tools/" + i9 + "/approval", schemaPath: "#/$defs/tool/properties/approval/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.approval.type, parentSchema: schema42.properties.approval, data: data90 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            if (data80.credential !== void 0) {
              let data94 = data80.credential;
              if (typeof data94 !== "string") {
                const err115 = { instancePath: instancePath + "/tools/" + i9 + "/credential", schemaPath: "#/$defs/tool/properties/credential/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.credential.type, parentSchema: schema42.properties.credential, data: data94 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/tools/" + i9, schemaPath: "#/$defs/tool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data80 };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
      } else {
        const err117 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.tools.type, parentSchema: schema31.properties.tools, data: data79 };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data.sources !== void 0) {
      let data95 = data.sources;
      if (Array.isArray(data95)) {
        const len13 = data95.length;
        for (let i13 = 0; i13 < len13; i13++) {
          let data96 = data95[i13];
          if (typeof data96 === "string") {
            if (func5(data96) < 1) {
              const err118 = { instancePath: instancePath + "/sources/" + i13, schemaPath: "#/properties/sources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.sources.items, data: data96 };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
          } else {
            const err119 = { instancePath: instancePath + "/sources/" + i13, schemaPath: "#/properties/sources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sources.items.type, parentSchema: schema31.properties.sources.items, data: data96 };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
        }
        let i14 = data95.length;
        let j0;
        if (i14 > 1) {
          const indices0 = {};
          for (; i14--; ) {
            let item0 = data95[i14];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err120 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i14 + " are identical)", schema: true, parentSchema: schema31.properties.sources, data: data95 };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
              break;
            }
            indices0[item0] = i14;
          }
        }
      } else {
        const err121 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sources.type, parentSchema: schema31.properties.sources, data: data95 };
        if (vErrors === null) {
          vErrors = [err121];
        } else {
          vErrors.push(err121);
        }
        errors++;
      }
    }
    if (data.delegation !== void 0) {
      let data97 = data.delegation;
      if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
        if (data97.can_delegate !== void 0) {
          let data98 = data97.can_delegate;
          if (typeof data98 !== "boolean") {
            const err122 = { instancePath: instancePath + "/delegation/can_delegate", schemaPath: "#/properties/delegation/properties/can_delegate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.delegation.properties.can_delegate.type, parentSchema: schema31.properties.delegation.properties.can_delegate, data: data98 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
        if (data97.sub_agents !== void 0) {
          let data99 = data97.sub_agents;
          if (Array.isArray(data99)) {
            const len14 = data99.length;
            for (let i15 = 0; i15 < len14; i15++) {
              let data100 = data99[i15];
              if (typeof data100 === "string") {
                if (func5(data100) > 63) {
                  const err123 = { instancePath: instancePath + "/delegation/sub_agents/" + i15, schemaPath: "#/$defs/agentName/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema32, data: data100 };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
                if (!pattern4.test(data100)) {
                  const err124 = { instancePath: instancePath + "/delegation/sub_agents/" + i15, schemaPath: "#/$defs/agentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema32, data: data100 };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
              } else {
                const err125 = { instancePath: instancePath + "/delegation/sub_agents/" + i15, schemaPath: "#/$defs/agentName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data100 };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
            }
          } else {
            const err126 = { instancePath: instancePath + "/delegation/sub_agents", schemaPath: "#/properties/delegation/properties/sub_agents/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.delegation.properties.sub_agents.type, parentSchema: schema31.properties.delegation.properties.sub_agents, data: data99 };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
        }
      } else {
        const err127 = { instancePath: instancePath + "/delegation", schemaPath: "#/properties/delegation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.delegation.type, parentSchema: schema31.properties.delegation, data: data97 };
        if (vErrors === null) {
          vErrors = [err127];
        } else {
          vErrors.push(err127);
        }
        errors++;
      }
    }
    if (data.compliance !== void 0) {
      let data101 = data.compliance;
      if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
        if (data101.fria !== void 0) {
          if (!validate25(data101.fria, { instancePath: instancePath + "/compliance/fria", parentData: data101, parentDataProperty: "fria", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
        if (data101.dpia !== void 0) {
          if (!validate25(data101.dpia, { instancePath: instancePath + "/compliance/dpia", parentData: data101, parentDataProperty: "dpia", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
        if (data101.eu_database_registration !== void 0) {
          if (!validate25(data101.eu_database_registration, { instancePath: instancePath + "/compliance/eu_database_registration", parentData: data101, parentDataProperty: "eu_database_registration", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
        if (data101.conformity_assessment !== void 0) {
          if (!validate25(data101.conformity_assessment, { instancePath: instancePath + "/compliance/conformity_assessment", parentData: data101, parentDataProperty: "conformity_assessment", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
        if (data101.post_market_monitoring_plan !== void 0) {
          if (!validate25(data101.post_market_monitoring_plan, { instancePath: instancePath + "/compliance/post_market_monitoring_plan", parentData: data101, parentDataProperty: "post_market_monitoring_plan", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
        if (data101.incident_procedure !== void 0) {
          if (!validate25(data101.incident_procedure, { instancePath: instancePath + "/compliance/incident_procedure", parentData: data101, parentDataProperty: "incident_procedure", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err128 = { instancePath: instancePath + "/compliance", schemaPath: "#/properties/compliance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.compliance.type, parentSchema: schema31.properties.compliance, data: data101 };
        if (vErrors === null) {
          vErrors = [err128];
        } else {
          vErrors.push(err128);
        }
        errors++;
      }
    }
    if (data.runtime !== void 0) {
      let data108 = data.runtime;
      if (data108 && typeof data108 == "object" && !Array.isArray(data108)) {
        if (data108.sandbox !== void 0) {
          let data109 = data108.sandbox;
          if (!(data109 === "none" || data109 === "container" || data109 === "microvm" || data109 === "ephemeral-runner")) {
            const err129 = { instancePath: instancePath + "/runtime/sandbox", schemaPath: "#/properties/runtime/properties/sandbox/enum", keyword: "enum", params: { allowedValues: schema31.properties.runtime.properties.sandbox.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.runtime.properties.sandbox.enum, parentSchema: schema31.properties.runtime.properties.sandbox, data: data109 };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          }
        }
        if (data108.network_egress !== void 0) {
          let data110 = data108.network_egress;
          if (!(data110 === "none" || data110 === "allowlist" || data110 === "open")) {
            const err130 = { instancePath: instancePath + "/runtime/network_egress", schemaPath: "#/properties/runtime/properties/network_egress/enum", keyword: "enum", params: { allowedValues: schema31.properties.runtime.properties.network_egress.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.runtime.properties.network_egress.enum, parentSchema: schema31.properties.runtime.properties.network_egress, data: data110 };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
        }
        if (data108.egress_allowlist !== void 0) {
          let data111 = data108.egress_allowlist;
          if (Array.isArray(data111)) {
            const len15 = data111.length;
            for (let i16 = 0; i16 < len15; i16++) {
              let data112 = data111[i16];
              if (typeof data112 !== "string") {
                const err131 = { instancePath: instancePath + "/runtime/egress_allowlist/" + i16, schemaPath: "#/properties/runtime/properties/egress_allowlist/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.runtime.properties.egress_allowlist.items.type, parentSchema: schema31.properties.runtime.properties.egress_allowlist.items, data: data112 };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
            }
          } else {
            const err132 = { instancePath: instancePath + "/runtime/egress_allowlist", schemaPath: "#/properties/runtime/properties/egress_allowlist/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.runtime.properties.egress_allowlist.type, parentSchema: schema31.properties.runtime.properties.egress_allowlist, data: data111 };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          }
        }
      } else {
        const err133 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.runtime.type, parentSchema: schema31.properties.runtime, data: data108 };
        if (vErrors === null) {
          vErrors = [err133];
        } else {
          vErrors.push(err133);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data113 = data.models;
      if (Array.isArray(data113)) {
        const len16 = data113.length;
        for (let i17 = 0; i17 < len16; i17++) {
          let data114 = data113[i17];
          if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
            if (data114.provider !== void 0) {
              let data115 = data114.provider;
              if (typeof data115 !== "string") {
                const err134 = { instancePath: instancePath + "/models/" + i17 + "/provider", schemaPath: "#/properties/models/items/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.models.items.properties.provider.type, parentSchema: schema31.properties.models.items.properties.provider, data: data115 };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
            if (data114.name !== void 0) {
              let data116 = data114.name;
              if (typeof data116 !== "string") {
                const err135 = { instancePath: instancePath + "/models/" + i17 + "/name", schemaPath: "#/properties/models/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.models.items.properties.name.type, parentSchema: schema31.properties.models.items.properties.name, data: data116 };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data114.version !== void 0) {
              let data117 = data114.version;
              if (typeof data117 !== "string" && !(typeof data117 == "number" && isFinite(data117))) {
                const err136 = { instancePath: instancePath + "/models/" + i17 + "/version", schemaPath: "#/properties/models/items/properties/version/type", keyword: "type", params: { type: schema31.properties.models.items.properties.version.type }, message: "must be string,number", schema: schema31.properties.models.items.properties.version.type, parentSchema: schema31.properties.models.items.properties.version, data: data117 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data114.hosting !== void 0) {
              let data118 = data114.hosting;
              if (!(data118 === "vendor" || data118 === "cloud" || data118 === "self-hosted")) {
                const err137 = { instancePath: instancePath + "/models/" + i17 + "/hosting", schemaPath: "#/properties/models/items/properties/hosting/enum", keyword: "enum", params: { allowedValues: schema31.properties.models.items.properties.hosting.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.models.items.properties.hosting.enum, parentSchema: schema31.properties.models.items.properties.hosting, data: data118 };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data114.region !== void 0) {
              let data119 = data114.region;
              if (typeof data119 !== "string") {
                const err138 = { instancePath: instancePath + "/models/" + i17 + "/region", schemaPath: "#/properties/models/items/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.models.items.properties.region.type, parentSchema: schema31.properties.models.items.properties.region, data: data119 };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
          } else {
            const err139 = { instancePath: instancePath + "/models/" + i17, schemaPath: "#/properties/models/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.models.items.type, parentSchema: schema31.properties.models.items, data: data114 };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
      } else {
        const err140 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.models.type, parentSchema: schema31.properties.models, data: data113 };
        if (vErrors === null) {
          vErrors = [err140];
        } else {
          vErrors.push(err140);
        }
        errors++;
      }
    }
  } else {
    const err141 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err141];
    } else {
      vErrors.push(err141);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "$schema": true, "apiVersion": true, "kind": true, "metadata": true, "identity": true, "risk": true, "model": true, "permissions": true, "credentials": true, "approvals": true, "audit": true, "monitoring": true, "oversight": true, "transparency": true, "code": true, "tools": true, "sources": true, "delegation": true, "compliance": true, "runtime": true, "models": true }, "dynamicProps": false, "dynamicItems": false };
var PRECOMPILED = validate;

// src/manifest/agent-validator.ts
function agentValidator() {
  return PRECOMPILED;
}

// src/manifest/validate.ts
var SCHEMA_VIOLATION = "AP-SCHEMA-001";
function validate2(doc) {
  const check = agentValidator();
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  if (!check(doc.data)) {
    for (const err of check.errors ?? []) {
      const finding = toFinding(err);
      if (!finding) continue;
      const id = `${finding.pointer}\0${finding.message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      findings.push(finding);
    }
  }
  findings.push(...unknownFields(doc.data), ...costlyCodeGlobs(doc.data));
  return findings;
}
function costlyCodeGlobs(data) {
  const code = isPlainObject(data) ? data.code : void 0;
  if (!Array.isArray(code)) return [];
  return code.flatMap((glob, i) => {
    const problem = typeof glob === "string" ? globCostProblem(glob.replace(/\\/g, "/")) : void 0;
    if (problem === void 0) return [];
    const pointer = `/code/${i}`;
    return [
      {
        ruleId: SCHEMA_VIOLATION,
        pointer,
        message: `${pointer} ${showValue(glob)} ${problem}; it is not used`
      }
    ];
  });
}
function toFinding(err) {
  const pointer = err.instancePath;
  const where = pointer === "" ? "the document" : pointer;
  const data = err.data;
  const params = err.params;
  const parent = err.parentSchema;
  const finding = (message, at = pointer) => ({
    ruleId: SCHEMA_VIOLATION,
    pointer: at,
    message
  });
  switch (err.keyword) {
    case "pattern":
    case "format":
      if (isDurationField(pointer) || isDateField(pointer)) return void 0;
      if (err.keyword === "format")
        return finding(`${where} must be a valid ${String(params.format)}; got ${showValue(data)}`);
      return finding(
        typeof parent?.patternErrorMessage === "string" ? `${where} ${parent.patternErrorMessage}; got ${showValue(data)}` : `${where} does not match the pattern ${String(params.pattern)}; got ${showValue(data)}`
      );
    case "type":
      if (isDurationField(pointer))
        return finding(`${where} is not a duration (use ${DURATION_FORMS}); got ${showValue(data)}`);
      return finding(`${where} must be ${typeWords(params.type)}; got ${kindOf(data)}`);
    case "enum":
      return finding(
        `${where} must be one of ${params.allowedValues.map(String).join(", ")}; got ${showValue(data)}`
      );
    case "const":
      return finding(`${where} must be '${String(params.allowedValue)}'; got ${showValue(data)}`);
    case "required": {
      const missing = String(params.missingProperty);
      const at = `${pointer}/${escapePointerSegment(missing)}`;
      return finding(
        `missing required field ${showKey(missing)} ${pointer === "" ? "at the top level" : `in ${pointer}`}`,
        at
      );
    }
    case "maxLength":
      return finding(
        `${where} must be at most ${String(params.limit)} characters; got ${String(data.length)}`
      );
    case "minimum":
      if (isDurationField(pointer))
        return finding(
          `${where} is not a duration (it is negative; use ${DURATION_FORMS}); got ${showValue(data)}`
        );
      return finding(
        `${where} must be ${String(params.comparison)} ${String(params.limit)}; got ${showValue(data)}`
      );
    default:
      return finding(`${where} ${err.message ?? "is invalid"}`);
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
var ABSURD_DURATION = 100 * 365 * 86400;
var POSITIVE_DURATIONS = ["/credentials/*/ttl", "/credentials/*/max_certificate_lifetime"];
function durationProblem(pointer, seconds) {
  if (seconds > ABSURD_DURATION)
    return "is longer than 100 years, which no lifetime, retention or timeout means";
  if (seconds === 0 && POSITIVE_DURATIONS.some((f) => matchesField(f, pointer)))
    return "is zero, which is no lifetime at all (state the real lifetime, e.g. 15m)";
  return void 0;
}
function rulesView(written) {
  const sections = aliasMisspeltSections(written);
  const judged = sections ? sections.data : written;
  const data = shallowCopy(judged);
  const copies = /* @__PURE__ */ new Set([data]);
  const unreadable = [];
  const convert = (patterns, parse, what, limit = () => void 0) => {
    for (const pattern of patterns) {
      for (const pointer of pointersOf(data, pattern)) {
        const { parent, key } = writableParentOf(data, pointer, copies);
        if (!parent) continue;
        const raw = parent[key];
        const value = parse(raw);
        const problem = value === void 0 ? what : limit(pointer, value);
        if (problem === void 0) {
          setOwn(parent, key, value);
          continue;
        }
        delete parent[key];
        unreadable.push({ pointer, problem, raw });
      }
    }
  };
  convert(DURATION_FIELDS, parseDuration, `is not a duration (use ${DURATION_FORMS})`, durationProblem);
  convert(DATE_FIELDS, parseDate, "is not a calendar date (use YYYY-MM-DD)");
  return {
    judged,
    data,
    ...sections ? { aliases: sections.aliases } : {},
    sectionFindings: sections?.findings ?? [],
    unreadable
  };
}
function declaredName(written) {
  const metadata = written.metadata;
  return isPlainObject(metadata) && typeof metadata.name === "string" ? metadata.name : void 0;
}
function normalise(doc) {
  const view = rulesView(doc.data);
  const judged = view.judged === doc.data ? doc : { ...doc, data: view.judged };
  const findings = validate2(judged);
  findings.push(...view.sectionFindings);
  const reported = new Set(findings.map((f) => f.pointer));
  for (const { pointer, problem, raw } of view.unreadable) {
    if (reported.has(pointer)) continue;
    findings.push({
      ruleId: UNREADABLE_VALUE,
      severity: "high",
      pointer,
      message: `${pointer} ${problem}; got ${showValue(raw)}`
    });
  }
  const { hits, values } = findSecrets(judged.data);
  const secretAt = new Set(hits.map((h) => h.pointer));
  const kept = findings.filter((f) => !(f.ruleId === UNKNOWN_FIELD && secretAt.has(f.pointer)));
  const name = declaredName(doc.data);
  return {
    doc,
    ...name !== void 0 ? { name } : {},
    data: view.data,
    findings: kept,
    secrets: hits,
    // a secret in the file's name is redacted wherever the name is shown, like one in the document
    redact: [...values, ...pathSecrets(doc.file)],
    ...view.aliases ? { aliases: view.aliases } : {}
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

// src/manifest/positions.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  position(offset) {
    return positionIn(this.starts, this.text.length, offset);
  }
  /** 0-based index of the line holding `offset`. */
  lineOf(offset) {
    return this.position(offset).line - 1;
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
var INDEX = /^(0|[1-9][0-9]*)$/;
function createLocator(tree, root, lines) {
  let index;
  const resolved = /* @__PURE__ */ new Map();
  const spanOf = (node) => {
    const r = node?.range;
    if (!r || r.length < 2) return void 0;
    const s = lines.span(r[0], r[1]);
    return s.line === s.endLine && s.column === s.endColumn ? void 0 : s;
  };
  const rootSpan = () => spanOf(root) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const buildIndex = () => {
    const map = /* @__PURE__ */ new Map([["", { node: root }]]);
    const stack = [["", root]];
    while (stack.length > 0) {
      const [pointer, node] = stack.pop();
      if (isMap(node)) {
        for (const item of node.items) {
          if (!isPair(item) || isMergeKey(item.key)) continue;
          let key;
          try {
            key = keyText(item.key);
          } catch {
            continue;
          }
          const p = `${pointer}/${escapePointerSegment(key)}`;
          map.set(p, { node: item.value, key: item.key });
          stack.push([p, item.value]);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          const p = `${pointer}/${i}`;
          map.set(p, { node: item });
          stack.push([p, item]);
        });
      }
    }
    return map;
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
  const resolve = (pointer) => {
    const cached = resolved.get(pointer);
    if (cached) return cached;
    index ??= buildIndex();
    const segments = pointerSegments(pointer);
    let result;
    if (segments === void 0) {
      result = { entry: { node: root }, exact: false };
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
      result = { entry: current, exact };
    }
    resolved.set(pointer, result);
    return result;
  };
  return {
    locate(pointer) {
      const { entry, exact } = resolve(pointer);
      if (!exact) return spanOf(entry.key) ?? spanOf(entry.node) ?? rootSpan();
      return spanOf(entry.node) ?? spanOf(entry.key) ?? rootSpan();
    },
    locateKey(pointer) {
      const { entry, exact } = resolve(pointer);
      return exact ? spanOf(entry.key) : void 0;
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
        if (isMergeKey(item.key) || isAlias(item.key)) {
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
  const range = root.range;
  const from = range && range.length >= 2 ? range[0] : 0;
  const to = range && range.length >= 2 ? range[2] ?? range[1] : length;
  return tableFrom(values, keys, from, to, lines);
}
function tableFrom(values, keys, from, to, lines) {
  const length = lines.text.length;
  const first = lines.lineOf(from);
  const last2 = Math.max(first, lines.lineOf(Math.max(from, to)));
  const origin = lines.lineStarts()[first];
  for (let i = 0; i < values.length; i += FIELDS) {
    for (let f = 0; f < 4; f++)
      if (values[i + f] >= 0) values[i + f] = values[i + f] - origin;
  }
  const starts = lines.lineStarts();
  const all = [];
  for (let l = first; l <= last2; l++) all.push(starts[l] - origin);
  for (const v of values) all.push(v);
  let max = 0;
  for (const v of all) if (v > max) max = v;
  const wide = max >= NARROW_NONE;
  return {
    codes: encode(all, wide),
    wide,
    firstLine: first,
    lines: last2 - first + 1,
    textLength: length - origin,
    keys
  };
}
function tableLocator(table) {
  const { codes, wide, firstLine: firstLine2, lines, textLength, keys } = table;
  const none = wide ? WIDE_NONE : NARROW_NONE;
  const at = wide ? (i) => codes.charCodeAt(2 * i) * 65536 + codes.charCodeAt(2 * i + 1) : (i) => codes.charCodeAt(i);
  const field = (node, f) => at(lines + node * FIELDS + f);
  const size = (i) => Math.floor(field(i, 4) / 4);
  const kind = (i) => field(i, 4) % 4;
  const position = (offset) => {
    const o = Math.max(0, Math.min(offset, textLength));
    let lo = 0;
    let hi = lines - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (at(mid) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: firstLine2 + lo + 1, column: o - at(lo) + 1 };
  };
  const spanAt = (i, f) => {
    const start = field(i, f);
    if (start === none) return void 0;
    const a = position(start);
    const b = position(field(i, f + 1));
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
  const resolve = (pointer) => {
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
      const { at: node, exact } = resolve(pointer);
      if (!exact) return spanAt(node, 2) ?? spanAt(node, 0) ?? rootSpan();
      return spanAt(node, 0) ?? spanAt(node, 2) ?? rootSpan();
    },
    locateKey(pointer) {
      const { at: node, exact } = resolve(pointer);
      return exact ? spanAt(node, 2) : void 0;
    }
  };
}

// src/manifest/doc-tables.ts
var tables = /* @__PURE__ */ new WeakMap();
function locatorTableOf(doc) {
  return tables.get(doc);
}
function tableDocumentOf(file, docIndex, data, table) {
  const doc = locatedBy(file, docIndex, data, lazyLocator(table));
  tables.set(doc, table);
  return doc;
}
function lazyLocator(table) {
  let locator;
  return () => locator ??= tableLocator(table);
}
function locatedBy(file, docIndex, data, located) {
  return {
    file,
    docIndex,
    data,
    locate: (pointer) => located().locate(pointer),
    locateKey: (pointer) => located().locateKey(pointer)
  };
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
function checkJson(text) {
  try {
    scan(text);
    return void 0;
  } catch (e) {
    if (e instanceof Fault) return { offset: e.offset, end: e.end, message: e.message };
    throw e;
  }
}
function scan(text) {
  let pos = 0;
  const stack = [];
  const skipWhitespace = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const unexpected = (expected) => {
    if (pos >= text.length) throw new Fault(pos, pos, `unexpected end of JSON input, expected ${expected}`);
    const c = text[pos];
    if (text.startsWith("//", pos) || text.startsWith("/*", pos) || c === "#") {
      throw new Fault(pos, pos + 1, "comments are not allowed in JSON");
    }
    if (c === "'") throw new Fault(pos, pos + 1, "JSON strings must use double quotes");
    const shown = JSON.stringify(String.fromCodePoint(text.codePointAt(pos) ?? 0));
    throw new Fault(pos, pos + 1, `unexpected character ${shown}, expected ${expected}`);
  };
  const readString = () => {
    const start = pos;
    pos++;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 34) {
        pos++;
        return JSON.parse(text.slice(start, pos));
      }
      if (c === 92) {
        const next = text[pos + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
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
    const c = text[pos];
    if (c === '"') {
      readString();
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return;
      }
    }
    NUMBER.lastIndex = pos;
    if ((c === "-" || c !== void 0 && c >= "0" && c <= "9") && NUMBER.test(text)) {
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
    if (text[pos] !== '"') unexpected("a property name in double quotes");
    const start = pos;
    const key = readString();
    if (frame.keys.has(key)) {
      const shown = key.length <= 64 ? JSON.stringify(key) : `of ${key.length} characters`;
      throw new Fault(start, pos, `duplicate key ${shown}`);
    }
    frame.keys.add(key);
    skipWhitespace();
    if (text[pos] !== ":") unexpected("':'");
    pos++;
  };
  skipWhitespace();
  for (; ; ) {
    skipWhitespace();
    const c = text[pos];
    if (c === "{") {
      open2("object");
      skipWhitespace();
      if (text[pos] !== "}") {
        readMember(stack[stack.length - 1]);
        continue;
      }
    } else if (c === "[") {
      open2("array");
      skipWhitespace();
      if (text[pos] !== "]") continue;
    } else {
      readScalar();
    }
    for (; ; ) {
      skipWhitespace();
      const frame = stack[stack.length - 1];
      if (!frame) {
        if (pos < text.length) unexpected("end of input");
        return;
      }
      const close = frame.kind === "object" ? "}" : "]";
      if (text[pos] === close) {
        stack.pop();
        pos++;
        continue;
      }
      if (text[pos] !== ",") unexpected(`',' or '${close}'`);
      const comma = pos;
      pos++;
      skipWhitespace();
      if (text[pos] === close) throw new Fault(comma, comma + 1, "trailing comma is not allowed in JSON");
      if (frame.kind === "object") readMember(frame);
      break;
    }
  }
}

// src/manifest/agent-kind.ts
var API_VERSION = "agentpolicy.dev/v1";
var KIND = "Agent";
function judge(apiVersion, kind) {
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
  if (ours && agentish && /^agentpolicy\.dev\/v1\.\d+$/i.test(value)) {
    return {
      kind: "error",
      message: `apiVersion ${showValue(value)} does not exist: manifest ${value.slice(value.lastIndexOf("/") + 1)} keeps apiVersion ${API_VERSION} and adds fields under it`,
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
function isApiVersionWord(word) {
  return /^agentpolicy\.dev\/v\d+(?:\.\d+)*$/i.test(word);
}
function ourApiVersion(value) {
  return value.toLowerCase().startsWith("agentpolicy.dev/");
}

// src/manifest/yaml-text.ts
var LF = 10;
var SPACE = 32;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var COMMA = 44;
var DQUOTE = 34;
var SQUOTE = 39;
var LBRACKET = 91;
var RBRACKET = 93;
var LBRACE = 123;
var RBRACE = 125;
var BACKSLASH = 92;
var DOT = 46;
var GIVE_UP = /* @__PURE__ */ Symbol("give up");
var Cursor = class {
  constructor(s) {
    this.s = s;
    this.len = s.length;
  }
  s;
  len;
  lineStart(p) {
    return p <= 0 ? 0 : this.s.lastIndexOf("\n", p - 1) + 1;
  }
  lineEnd(p) {
    const i = this.s.indexOf("\n", p);
    return i < 0 ? this.len : i;
  }
  /** Start of the first line at or after line start `p` that holds content (not blank, not a comment). */
  skipBlank(p) {
    const s = this.s;
    while (p < this.len) {
      let i = p;
      while (s.charCodeAt(i) === SPACE) i++;
      const c = s.charCodeAt(i);
      if (i < this.len && c !== LF && c !== HASH) return i;
      p = this.lineEnd(i) + 1;
    }
    return this.len;
  }
  isMarker(at) {
    const s = this.s;
    if (at !== this.lineStart(at)) return false;
    const three = s.startsWith("---", at) ? "---" : s.startsWith("...", at) ? "..." : void 0;
    if (three === void 0) return false;
    const c = s.charCodeAt(at + 3);
    if (at + 3 < this.len && c !== SPACE && c !== LF) return false;
    if (three === "...") throw GIVE_UP;
    return true;
  }
  /** The line after a `---` marker, which may be followed only by spaces and a comment. */
  afterMarker(at) {
    let i = at + 3;
    while (this.s.charCodeAt(i) === SPACE) i++;
    if (i < this.len && this.s.charCodeAt(i) !== LF && this.s.charCodeAt(i) !== HASH) throw GIVE_UP;
    return Math.min(this.lineEnd(i) + 1, this.len);
  }
  /** Whether the last line before line start `p` that is not blank is a comment line. */
  commentLineBefore(p) {
    const s = this.s;
    for (let end = p - 1; end > 0; ) {
      const start = this.lineStart(end);
      let i = start;
      while (s.charCodeAt(i) === SPACE) i++;
      if (i < end) return s.charCodeAt(i) === HASH;
      end = start - 1;
    }
    return false;
  }
  /** Where the trimmed text of `[start, end)` ends. */
  trimEnd(start, end) {
    while (end > start && this.s.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }
  /**
   * The comment lines between the line of `end` and the next content line (`next`), in order, as pairs
   * of column and trimmed end, flattened.
   */
  commentsAfter(end, next) {
    const s = this.s;
    const out = [];
    const stop = next >= this.len ? this.len : this.lineStart(next);
    for (let p = this.lineEnd(end) + 1; p < stop; ) {
      let i = p;
      while (s.charCodeAt(i) === SPACE) i++;
      const eol = this.lineEnd(i);
      if (i < eol) out.push(i - p, this.trimEnd(i, eol));
      p = eol + 1;
    }
    return out;
  }
  /** The trimmed end of the rest of the line from `p`: spaces, then nothing or a comment. */
  lineRest(p) {
    const s = this.s;
    let i = p;
    while (s.charCodeAt(i) === SPACE) i++;
    if (i >= this.len || s.charCodeAt(i) === LF) return p;
    if (s.charCodeAt(i) !== HASH || i === p) throw GIVE_UP;
    return this.trimEnd(i, this.lineEnd(i));
  }
  isSeqIndicator(p) {
    if (this.s.charCodeAt(p) !== DASH) return false;
    const c = this.s.charCodeAt(p + 1);
    return p + 1 >= this.len || c === SPACE || c === LF;
  }
  /**
   * Where the `:` of an implicit key starting at `p` is, or -1 when the line there is not a key: a plain
   * or quoted scalar on one line followed by `:` and a space or the line's end.
   */
  keyEnd(p) {
    const s = this.s;
    const c = s.charCodeAt(p);
    let i;
    if (c === DQUOTE || c === SQUOTE) {
      i = this.quotedEnd(p);
      if (i < 0) return -1;
      while (s.charCodeAt(i) === SPACE) i++;
      if (s.charCodeAt(i) !== COLON) return -1;
      const n = s.charCodeAt(i + 1);
      return i + 1 >= this.len || n === SPACE || n === LF ? i : -1;
    }
    if (!this.plainStart(p, false)) return -1;
    for (i = p; i < this.len; i++) {
      const ch = s.charCodeAt(i);
      if (ch === LF) return -1;
      if (ch === COLON) {
        const n = s.charCodeAt(i + 1);
        if (i + 1 >= this.len || n === SPACE || n === LF) return i;
      } else if (ch === HASH && s.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }
  /** The key's text and the end of its node; `colon` is where keyEnd found its `:`. */
  keyText(p, colon) {
    const c = this.s.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const end2 = this.quotedEnd(p);
      return { name: this.quotedValue(p, end2), end: end2 };
    }
    const end = this.trimEnd(p, colon);
    if (end === p) throw GIVE_UP;
    return { name: this.s.slice(p, end), end };
  }
  /**
   * Whether a plain scalar may start at `p`: not an indicator, except `-`, `?` and `:` followed by a
   * character that can be part of it.
   */
  plainStart(p, flow) {
    const c = this.s.charCodeAt(p);
    if (p >= this.len) return false;
    switch (c) {
      case DASH:
      case 63:
      // ?
      case COLON: {
        const n = this.s.charCodeAt(p + 1);
        if (p + 1 >= this.len || n === SPACE || n === LF) return false;
        return !(flow && isFlowIndicator(n));
      }
      case COMMA:
      case LBRACKET:
      case RBRACKET:
      case LBRACE:
      case RBRACE:
      case HASH:
      case 38:
      // &
      case 42:
      // *
      case 33:
      // !
      case 124:
      // |
      case 62:
      // >
      case SQUOTE:
      case DQUOTE:
      case 37:
      // %
      case 64:
      // @
      case 96:
      // `
      case SPACE:
      case LF:
        return false;
      default:
        return true;
    }
  }
  /** The trimmed end of a plain scalar in a block value; a `: ` inside it would be a nested mapping. */
  plainEnd(p) {
    const s = this.s;
    let end = p;
    for (let i = p; i < this.len; i++) {
      const ch = s.charCodeAt(i);
      if (ch === LF) break;
      if (ch === COLON) {
        const n = s.charCodeAt(i + 1);
        if (i + 1 >= this.len || n === SPACE || n === LF) throw GIVE_UP;
      } else if (ch === HASH && s.charCodeAt(i - 1) === SPACE) break;
      if (ch !== SPACE) end = i + 1;
    }
    return end;
  }
  /** Just past the closing quote of a one-line quoted scalar at `p`, or -1 when it spans lines. */
  quotedEnd(p) {
    const s = this.s;
    const q = s.charCodeAt(p);
    for (let i = p + 1; i < this.len; i++) {
      const ch = s.charCodeAt(i);
      if (ch === LF) return -1;
      if (q === DQUOTE && ch === BACKSLASH) i++;
      else if (ch === q) {
        if (q === SQUOTE && s.charCodeAt(i + 1) === SQUOTE) i++;
        else return i + 1;
      }
    }
    return -1;
  }
  quotedValue(p, end) {
    const inner = this.s.slice(p + 1, end - 1);
    if (this.s.charCodeAt(p) === SQUOTE) return inner.includes("'") ? inner.replace(/''/g, "'") : inner;
    return inner.includes("\\") ? unescape(inner) : inner;
  }
  skipSpaces(i) {
    while (this.s.charCodeAt(i) === SPACE) i++;
    if (i >= this.len || this.s.charCodeAt(i) === LF) throw GIVE_UP;
    return i;
  }
  /** The trimmed end of a plain scalar inside a flow collection. */
  flowPlainEnd(p) {
    const s = this.s;
    let end = p;
    for (let i = p; i < this.len; i++) {
      const ch = s.charCodeAt(i);
      if (ch === LF) throw GIVE_UP;
      if (isFlowIndicator(ch)) break;
      if (ch === COLON) {
        const n = s.charCodeAt(i + 1);
        if (i + 1 >= this.len || n === SPACE || n === LF || isFlowIndicator(n)) break;
      } else if (ch === HASH && s.charCodeAt(i - 1) === SPACE) throw GIVE_UP;
      if (ch !== SPACE) end = i + 1;
    }
    return end;
  }
};
function isFlowIndicator(c) {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}
function resolvePlain(text) {
  const c = text.charCodeAt(0);
  if (text.length === 0) return null;
  if (c === 126) return text.length === 1 ? null : text;
  if (c === 110 || c === 78) return /^(?:[Nn]ull|NULL)$/.test(text) ? null : text;
  if (c === 116 || c === 84 || c === 102 || c === 70) {
    if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
    if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
    return text;
  }
  if (!(c >= 48 && c <= 57 || c === 43 || c === DASH || c === DOT)) return text;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === "nan" ? NaN : text[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "",
  _: " ",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\"
};
function unescape(inner) {
  let out = "";
  let from = 0;
  for (let i = inner.indexOf("\\"); i >= 0; i = inner.indexOf("\\", from)) {
    out += inner.slice(from, i);
    const e = inner.charAt(i + 1);
    const simple = ESCAPES[e];
    if (simple !== void 0 && Object.hasOwn(ESCAPES, e)) {
      out += simple;
      from = i + 2;
      continue;
    }
    const digits = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
    const hex = inner.slice(i + 2, i + 2 + digits);
    if (digits === 0 || !new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) throw GIVE_UP;
    const code = parseInt(hex, 16);
    if (code > 1114111) throw GIVE_UP;
    out += String.fromCodePoint(code);
    from = i + 2 + digits;
  }
  return out + inner.slice(from);
}

// src/manifest/yaml-flow.ts
var MAX_FAST_DEPTH = 64;
var FlowReader = class extends Cursor {
  values = [];
  keys = [];
  keyIndex = /* @__PURE__ */ new Map();
  count = 0;
  /** Starts the table of a new document. */
  reset() {
    this.values = [];
    this.keys = [];
    this.keyIndex = /* @__PURE__ */ new Map();
    this.count = 0;
  }
  open(start, end, keyStart, keyEnd, key, depth) {
    if (++this.count > MAX_VALUES || depth > MAX_FAST_DEPTH) throw GIVE_UP;
    const at = this.values.length;
    let index = -1;
    if (key !== void 0) {
      const known = this.keyIndex.get(key);
      if (known === void 0) {
        index = this.keys.length;
        this.keys.push(intern(key));
        this.keyIndex.set(key, index);
      } else index = known;
    }
    this.values.push(start, end, keyStart, keyEnd, 0, index);
    return at;
  }
  close(at, kind, end) {
    const v = this.values;
    if (end !== void 0) v[at + 1] = end;
    v[at + 4] = (v.length - at) / FIELDS * 4 + kind;
  }
  /** The flow collection opening at `p`; returns its value and the offset just past its closing bracket. */
  flow(p, depth) {
    const s = this.s;
    const isSeq2 = s.charCodeAt(p) === LBRACKET;
    const close = isSeq2 ? RBRACKET : RBRACE;
    const seq = [];
    const map = {};
    let i = this.skipSpaces(p + 1);
    if (s.charCodeAt(i) === close) return { value: isSeq2 ? seq : map, end: i + 1 };
    for (; ; ) {
      if (isSeq2) {
        const item = this.flowItem(i, depth + 1, -1, -1, void 0);
        seq.push(item.value);
        i = this.skipSpaces(item.end);
      } else {
        const keyStart = i;
        const c = s.charCodeAt(i);
        let keyEnd;
        let name;
        if (c === DQUOTE || c === SQUOTE) {
          keyEnd = this.quotedEnd(i);
          if (keyEnd < 0) throw GIVE_UP;
          name = this.quotedValue(i, keyEnd);
          const colon = this.skipSpaces(keyEnd);
          if (s.charCodeAt(colon) !== COLON) throw GIVE_UP;
          i = colon + 1;
        } else {
          if (!this.plainStart(i, true)) throw GIVE_UP;
          keyEnd = this.flowPlainEnd(i);
          const colon = this.skipSpaces(keyEnd);
          if (s.charCodeAt(colon) !== COLON || s.charCodeAt(colon + 1) !== SPACE) throw GIVE_UP;
          name = s.slice(i, keyEnd);
          i = colon + 1;
        }
        if (name === "<<" && keyEnd - keyStart === 2 || Object.hasOwn(map, name)) throw GIVE_UP;
        const item = this.flowItem(this.skipSpaces(i), depth + 1, keyStart, keyEnd, name);
        put(map, name, item.value);
        i = this.skipSpaces(item.end);
      }
      const ch = s.charCodeAt(i);
      if (ch === close) return { value: isSeq2 ? seq : map, end: i + 1 };
      if (ch !== COMMA) throw GIVE_UP;
      i = this.skipSpaces(i + 1);
      if (s.charCodeAt(i) === close || s.charCodeAt(i) === COMMA) throw GIVE_UP;
    }
  }
  /** One entry of a flow sequence, or one value of a flow mapping, at `p`. */
  flowItem(p, depth, keyStart, keyEnd, key) {
    const { value, end } = this.node(p, depth, keyStart, keyEnd, key, true);
    return this.notAKey(value, end, key);
  }
  /**
   * The value at `p` that is not a block collection: a flow collection, a quoted scalar or a plain one
   * (which ends by the rules of flow or of block context), with its node in the table.
   */
  node(p, depth, keyStart, keyEnd, key, inFlow) {
    const s = this.s;
    const c = s.charCodeAt(p);
    if (c === LBRACKET || c === LBRACE) {
      const at = this.open(p, -1, keyStart, keyEnd, key, depth);
      const inner = this.flow(p, depth);
      this.close(at, c === LBRACKET ? KIND_SEQ : KIND_MAP, inner.end);
      return inner;
    }
    let value;
    let end;
    if (c === DQUOTE || c === SQUOTE) {
      end = this.quotedEnd(p);
      if (end < 0) throw GIVE_UP;
      value = intern(this.quotedValue(p, end));
    } else {
      if (!this.plainStart(p, inFlow)) throw GIVE_UP;
      end = inFlow ? this.flowPlainEnd(p) : this.plainEnd(p);
      const text = s.slice(p, end);
      value = scalarData(resolvePlain(text), text);
    }
    this.close(this.open(p, end, keyStart, keyEnd, key, depth), 0);
    return { value, end };
  }
  /** In a flow sequence, an entry followed by `:` is a one-pair mapping: for yaml's path. */
  notAKey(value, end, key) {
    if (key === void 0 && this.s.charCodeAt(this.skipSpaces(end)) === COLON) throw GIVE_UP;
    return { value, end };
  }
};
function put(obj, key, value) {
  if (key === "__proto__") setOwn(obj, key, value);
  else obj[key] = value;
}

// src/manifest/fast-json.ts
var OUTSIDE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
function parseFastJson(text) {
  if (OUTSIDE.test(text)) return void 0;
  try {
    return new JsonReader(text).root();
  } catch (e) {
    if (e === GIVE_UP || e instanceof RangeError) return void 0;
    throw e;
  }
}
var JsonReader = class extends FlowReader {
  root() {
    const at = this.ws(0);
    const c = this.s.charCodeAt(at);
    if (c === LBRACE) return { object: this.document(at).doc };
    if (c !== LBRACKET) return { other: true };
    const docs = [];
    let i = this.ws(at + 1);
    if (this.s.charCodeAt(i) === RBRACKET) return { array: docs };
    for (; ; ) {
      const { doc, end } = this.document(i);
      docs.push(this.s.charCodeAt(i) === LBRACE ? doc : void 0);
      i = this.ws(end);
      if (this.s.charCodeAt(i) === RBRACKET) return { array: docs };
      i = this.ws(i + 1);
    }
  }
  /** One value read as its own document (its table starts afresh). */
  document(at) {
    this.reset();
    const { value, end } = this.value(at, 0, -1, -1, void 0);
    return { doc: { data: value, values: this.values, keys: this.keys, from: at, to: end }, end };
  }
  value(p, depth, keyStart, keyEnd, key) {
    const s = this.s;
    const c = s.charCodeAt(p);
    if (c === LBRACE || c === LBRACKET) {
      const node = this.open(p, -1, keyStart, keyEnd, key, depth);
      const map = c === LBRACE;
      const close = map ? RBRACE : RBRACKET;
      const obj = {};
      const list = [];
      let i = this.ws(p + 1);
      while (s.charCodeAt(i) !== close) {
        if (i >= this.len) throw GIVE_UP;
        if (map) {
          const nameEnd = this.stringEnd(i);
          const name = JSON.parse(s.slice(i, nameEnd));
          const colon = this.ws(nameEnd);
          if (s.charCodeAt(colon) !== COLON) throw GIVE_UP;
          const item = this.value(this.ws(colon + 1), depth + 1, i, nameEnd, name);
          put(obj, name, item.value);
          i = this.ws(item.end);
        } else {
          const item = this.value(i, depth + 1, -1, -1, void 0);
          list.push(item.value);
          i = this.ws(item.end);
        }
        if (s.charCodeAt(i) === COMMA) i = this.ws(i + 1);
      }
      this.close(node, map ? KIND_MAP : KIND_SEQ, i + 1);
      return { value: map ? obj : list, end: i + 1 };
    }
    let end;
    let value;
    if (c === DQUOTE) {
      end = this.stringEnd(p);
      value = intern(JSON.parse(s.slice(p, end)));
    } else {
      end = p;
      while (end < this.len && !isDelimiter(s.charCodeAt(end))) end++;
      const text = s.slice(p, end);
      value = scalarData(resolvePlain(text), text);
    }
    this.close(this.open(p, end, keyStart, keyEnd, key, depth), 0);
    return { value, end };
  }
  /** Just past the closing quote of the string at `p`. */
  stringEnd(p) {
    const s = this.s;
    if (s.charCodeAt(p) !== DQUOTE) throw GIVE_UP;
    for (let i = p + 1; i < this.len; i++) {
      const c = s.charCodeAt(i);
      if (c === BACKSLASH) i++;
      else if (c === DQUOTE) return i + 1;
    }
    throw GIVE_UP;
  }
  /** The first offset at or after `i` that is not JSON white space. */
  ws(i) {
    const s = this.s;
    for (; ; ) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return i;
    }
  }
};
function isDelimiter(c) {
  return c === COMMA || c === RBRACE || c === RBRACKET || c === 32 || c === 10 || c === 13 || c === 9;
}

// src/manifest/fast-yaml.ts
var OUTSIDE2 = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
function parseFast(text) {
  if (OUTSIDE2.test(text)) return void 0;
  try {
    return new FastParser(text).stream();
  } catch (e) {
    if (e === GIVE_UP) return void 0;
    if (e instanceof RangeError) return void 0;
    throw e;
  }
}
var EMPTY = 0;
var SCALAR = 1;
var BLOCK = 2;
var FastParser = class extends FlowReader {
  pos = 0;
  stream() {
    const docs = [];
    const line = this.skipBlank(0);
    this.pos = line;
    if (line < this.len && !this.isMarker(line)) docs.push(this.document(line));
    while (this.pos < this.len) {
      const at = this.skipBlank(this.pos);
      if (at >= this.len) break;
      if (!this.isMarker(at)) throw GIVE_UP;
      const after = this.afterMarker(at);
      const next = this.skipBlank(after);
      if (next >= this.len || this.isMarker(next)) {
        docs.push({ data: null, values: [], keys: [], from: at, to: at });
        this.pos = next;
        continue;
      }
      docs.push(this.document(next));
    }
    return docs;
  }
  document(at) {
    this.reset();
    const indent = at - this.lineStart(at);
    this.pos = at;
    let root;
    if (this.isSeqIndicator(at)) root = this.blockSeq(indent, 0, -1, -1, void 0);
    else if (this.keyEnd(at) >= 0) root = this.blockMap(indent, at, 0, -1, -1, void 0);
    else throw GIVE_UP;
    const next = this.pos;
    if (next < this.len && !this.isMarker(next)) throw GIVE_UP;
    if (next < this.len && this.commentLineBefore(next)) throw GIVE_UP;
    return { data: root.value, values: this.values, keys: this.keys, from: at, to: root.end };
  }
  /** An empty value's range takes in every comment line up to the next content line. */
  emptyReach(end, next) {
    const comments = this.commentsAfter(end, next);
    return comments.length > 0 ? comments[comments.length - 1] : end;
  }
  /**
   * Where a block collection's span ends: where its last value's range does (yaml's range[1] is the last
   * value's range[2]). A scalar's (or flow collection's) takes in the comment lines after it that are
   * more indented than the collection, until the first that is not; an empty value's every comment line
   * up to the next content; a nested block collection's the comment lines after it unless it stands at
   * column 0 or every one of them is less indented than it (yaml then hands them to the collection above).
   */
  collectionEnd(last2, indent) {
    if (last2.kind === EMPTY) return last2.end;
    const comments = this.commentsAfter(last2.end, this.pos);
    let end = last2.end;
    if (last2.kind === SCALAR) {
      for (let i = 0; i < comments.length && comments[i] > indent; i += 2)
        end = comments[i + 1];
      return end;
    }
    for (let i = 0; i < comments.length && last2.indent > 0; i += 2) {
      if (comments[i] >= last2.indent) return comments[comments.length - 1];
    }
    return end;
  }
  /**
   * A block mapping whose first key starts at `at` (column `indent`). On return `pos` is the start of
   * the next content line after it (or the end of the text).
   */
  blockMap(indent, at, depth, keyStart, keyEnd, key) {
    const out = {};
    const node = this.open(at, -1, keyStart, keyEnd, key, depth);
    let p = at;
    let last2 = { end: at, kind: SCALAR, indent };
    for (; ; ) {
      const colon = this.keyEnd(p);
      if (colon < 0 || colon - p > 1e3) throw GIVE_UP;
      const { name, end: nameEnd } = this.keyText(p, colon);
      if (name === "<<" && nameEnd - p === 2 || Object.hasOwn(out, name)) throw GIVE_UP;
      const { v, inline, lineEnd, next, nextIndent } = this.valueAfter(colon);
      let item;
      if (!inline) {
        if (next < this.len && !this.isMarker(next) && nextIndent > indent) {
          item = this.blockValue(v, nextIndent, next, depth + 1, p, nameEnd, name, indent);
        } else if (next < this.len && !this.isMarker(next) && nextIndent === indent && this.isSeqIndicator(next)) {
          this.pos = next;
          item = this.blockSeq(indent, depth + 1, p, nameEnd, name);
        } else {
          this.close(this.open(-1, -1, p, nameEnd, name, depth + 1), 0);
          this.pos = next;
          last2 = { end: this.emptyReach(lineEnd, next), kind: EMPTY, indent };
          put(out, name, null);
          if (this.ends(indent, false)) break;
          p = this.pos;
          continue;
        }
      } else {
        item = this.inlineValue(v, depth + 1, p, nameEnd, name, indent);
      }
      put(out, name, item.value);
      last2 = { end: item.end, kind: item.indent < 0 ? SCALAR : BLOCK, indent: item.indent };
      if (this.ends(indent, false)) break;
      p = this.pos;
    }
    const end = this.collectionEnd(last2, indent);
    this.close(node, KIND_MAP, end);
    return { value: out, end, indent };
  }
  /**
   * What follows a key's `:` or an item's `-` at `at`: where the value starts when it is on this line
   * (`inline`); otherwise where the line's text ends (a comment included) and the next content line.
   */
  valueAfter(at) {
    const s = this.s;
    let v = at + 1;
    while (s.charCodeAt(v) === SPACE) v++;
    const c = s.charCodeAt(v);
    if (v < this.len && c !== LF && c !== HASH)
      return { v, inline: true, lineEnd: v, next: v, nextIndent: 0 };
    const lineEnd = c === HASH ? this.lineRest(at + 1) : at + 1;
    const next = this.skipBlank(this.lineEnd(v) + 1);
    return { v, inline: false, lineEnd, next, nextIndent: next - this.lineStart(next) };
  }
  /** A block sequence whose first `-` is at `pos` (column `indent`). */
  blockSeq(indent, depth, keyStart, keyEnd, key) {
    const out = [];
    const start = this.pos;
    const node = this.open(start, -1, keyStart, keyEnd, key, depth);
    let last2 = { end: start, kind: SCALAR, indent };
    for (; ; ) {
      const dash = this.pos;
      if (!this.isSeqIndicator(dash)) throw GIVE_UP;
      const { v, inline, lineEnd, next, nextIndent } = this.valueAfter(dash);
      let item;
      if (!inline) {
        if (next < this.len && !this.isMarker(next) && nextIndent > indent) {
          item = this.blockValue(v, nextIndent, next, depth + 1, -1, -1, void 0, indent);
        } else {
          this.close(this.open(-1, -1, -1, -1, void 0, depth + 1), 0);
          this.pos = next;
          out.push(null);
          last2 = { end: this.emptyReach(lineEnd, next), kind: EMPTY, indent };
          if (this.ends(indent, true)) break;
          continue;
        }
      } else if (this.isSeqIndicator(v)) {
        throw GIVE_UP;
      } else if (this.keyEnd(v) >= 0) {
        item = this.blockMap(v - this.lineStart(v), v, depth + 1, -1, -1, void 0);
      } else {
        item = this.inlineValue(v, depth + 1, -1, -1, void 0, indent);
      }
      out.push(item.value);
      last2 = { end: item.end, kind: item.indent < 0 ? SCALAR : BLOCK, indent: item.indent };
      if (this.ends(indent, true)) break;
    }
    const end = this.collectionEnd(last2, indent);
    this.close(node, KIND_SEQ, end);
    return { value: out, end, indent };
  }
  /**
   * A value on the lines after its key or dash (on the line of `from`), starting at `at` (column
   * `indent`, deeper than the collection it belongs to, at column `parent`).
   */
  blockValue(from, indent, at, depth, keyStart, keyEnd, key, parent) {
    this.pos = at;
    if (this.isSeqIndicator(at)) return this.blockSeq(indent, depth, keyStart, keyEnd, key);
    if (this.keyEnd(at) >= 0) return this.blockMap(indent, at, depth, keyStart, keyEnd, key);
    if (this.commentsAfter(from, at).length > 0) throw GIVE_UP;
    return this.inlineValue(at, depth, keyStart, keyEnd, key, parent);
  }
  /**
   * Whether the block mapping or sequence at column `indent` ends at `pos` (the next content line): a
   * shallower line, a marker or the end; at its own column, a `-` ends a mapping (a sequence there is a
   * mapping's value only right after its key, handled there) and anything else ends a sequence. A deeper
   * line leaves the subset.
   */
  ends(indent, seq) {
    const p = this.pos;
    if (p >= this.len || this.isMarker(p)) return true;
    const col = p - this.lineStart(p);
    if (col < indent) return true;
    if (col > indent) throw GIVE_UP;
    return this.isSeqIndicator(p) !== seq;
  }
  /**
   * A value on its key's (or dash's) line: a plain or quoted scalar, or a flow collection, followed only
   * by a comment. The next content line must not be deeper than the collection (`parent`): that would
   * be a multi-line scalar or an error.
   */
  inlineValue(v, depth, keyStart, keyEnd, key, parent) {
    const { value, end } = this.node(v, depth, keyStart, keyEnd, key, false);
    const lineEnd = this.lineRest(end);
    const next = this.skipBlank(this.lineEnd(end) + 1);
    if (next < this.len && !this.isMarker(next) && next - this.lineStart(next) > parent) throw GIVE_UP;
    this.pos = next;
    return { value, end: Math.max(end, lineEnd), indent: -1 };
  }
};

// src/manifest/parse-fast.ts
function readFast(text, file, lines, out) {
  const docs = parseFast(text);
  if (docs === void 0 || docs.every((d) => d.data === null)) return false;
  const found = [];
  for (const [docIndex, d] of docs.entries()) {
    if (!addFast(d, docIndex, file, lines, found)) return false;
  }
  out.push(...found);
  return true;
}
function readFastJson(text, file, lines, out, yamlFile = false) {
  const json = parseFastJson(text);
  if (json === void 0 || "other" in json || yamlFile && !("object" in json)) return false;
  const found = [];
  const docs = "object" in json ? [json.object] : json.array;
  for (const [docIndex, d] of docs.entries()) {
    if (d !== void 0 && !addFast(d, docIndex, file, lines, found)) return false;
  }
  out.push(...found);
  return true;
}
function addFast(d, docIndex, file, lines, found) {
  const data = d.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) return true;
  const record = data;
  const field = (name) => {
    const value = ownValue(record, name);
    return { value: value !== null && typeof value === "object" ? void 0 : value };
  };
  const verdict = judge(field("apiVersion"), field("kind"));
  if (verdict.kind === "error") return false;
  if (verdict.kind === "skip") return true;
  found.push(tableDocumentOf(file, docIndex, record, tableFrom(d.values, d.keys, d.from, d.to, lines)));
  return true;
}

// src/manifest/parse.ts
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
function isJsonFile(file) {
  return /\.json$/i.test(file);
}
function parseSource(file, text) {
  const source = (text.charCodeAt(0) === 65279 ? text.slice(1) : text).replace(/\r(?!\n)/g, "\n");
  const lines = new LineIndex(source);
  const errors = [];
  const documents = [];
  const fail = (message, start, end) => {
    if (errors.length >= MAX_ERRORS) return;
    errors.push(fileError(file, lines, scrubSecrets(firstLine(message)), start, end));
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
function parseYaml(text, file, lines, out, fail) {
  if (readFast(text, file, lines, out)) return;
  if (/^\s*\{/.test(text) && checkJson(text) === void 0 && readFastJson(text, file, lines, out, true))
    return;
  const docs = yamlPackage().parseAllDocuments(text, YAML_OPTIONS);
  if (docs.every((d) => d.errors.length === 0 && isBlank(d.contents, text))) {
    fail("empty file");
    return;
  }
  docs.forEach((doc, docIndex) => {
    if (doc.errors.length > 0) {
      if (plainlyNotAgent(doc.contents)) return;
      reportYamlErrors(doc, fail);
      return;
    }
    if (doc.contents === null || isBlank(doc.contents, text)) return;
    addDocument(new YamlTree(doc.contents), doc.contents, docIndex, file, lines, out, fail);
  });
}
function parseJson(text, file, lines, out, fail) {
  const fault = checkJson(text);
  if (fault) {
    fail(fault.message, fault.offset, fault.end);
    return;
  }
  if (readFastJson(text, file, lines, out)) return;
  const doc = yamlPackage().parseDocument(text, YAML_OPTIONS);
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
    const verdict = classify(tree, root);
    if (verdict.kind === "skip") return;
    if (verdict.kind === "error") {
      fail(verdict.message, verdict.at?.[0], verdict.at?.[1]);
      return;
    }
    const data = tree.toData(root);
    const record = data;
    const table = locatorTable(root, lines);
    if (table) {
      out.push(tableDocumentOf(file, docIndex, record, table));
      return;
    }
    const locator = createLocator(tree, root, lines);
    out.push({ file, docIndex, data: record, locate: locator.locate, locateKey: locator.locateKey });
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
    const pairs = root.items.filter((p) => isScalar(p.key) && keyText(p.key) === name);
    const values = pairs.map((p) => isScalar(p.value) ? p.value.value : void 0);
    const ours = values.some((v) => typeof v === "string" && (ourApiVersion(v) || v === KIND));
    if (pairs.length > 1 && ours) {
      return {
        kind: "error",
        message: `duplicate key ${showKey(name)} (keys in a mapping must be unique)`,
        at: pairs[1]?.key?.range ?? void 0
      };
    }
  }
  return judge(field("apiVersion"), field("kind"));
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
function isBlank(contents, text) {
  if (contents === null || contents === void 0) return true;
  if (!isScalar(contents) || contents.value !== null) return false;
  const r = contents.range;
  return !r || text.slice(r[0], r[1]).trim() === "";
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
var QUOTING = [
  [
    /^(?:Unresolved tag|Could not resolve tag|Not a valid tag|Verbatim tags aren't resolved)\b.*$/s,
    "unresolved tag"
  ],
  [/^The .* tag has no suffix$/s, "tag has no suffix"],
  [/^(Block scalar header includes extra characters):.*$/s, "$1"],
  [/^(Unknown directive|Unsupported YAML version|Unresolved plain scalar)\b.*$/s, "$1"],
  [/^(Ordered maps must not include duplicate keys):.*$/s, "$1"],
  [/^Unresolved alias\b.*$/s, "alias has no anchor before it"],
  [/^(Anchors and tags must be after the) .* (indicator)$/s, "$1 $2"]
];
function scrubSecrets(message) {
  let text = message;
  for (const [pattern, replacement] of QUOTING) {
    if (pattern.test(text)) {
      text = text.replace(pattern, replacement);
      break;
    }
  }
  const found = scanString(text).map(([, value]) => value);
  for (const word of text.split(/[\s'"`*&!:,()[\]{}]+/))
    if (looksRandom(word) && !isApiVersionWord(word)) found.push(word);
  return found.length > 0 ? redactText(text, found) : text;
}
function firstLine(message) {
  return boundedLine((message.split(/\r?\n/)[0] ?? "").replace(/\s+/g, " ").trim(), 200);
}
function errorText(e) {
  return e instanceof Error ? e.message : String(e);
}

// src/manifest/packed-table.ts
var MAX_KEYS = 2e5;
var keyIds = /* @__PURE__ */ new Map();
var keyNames = [];
function keyId(name) {
  let id = keyIds.get(name);
  if (id === void 0) {
    if (keyNames.length >= MAX_KEYS) return void 0;
    id = keyNames.length;
    keyNames.push(name);
    keyIds.set(name, id);
  }
  return id;
}
function put2(bytes, value) {
  let v = value;
  while (v >= 128) {
    bytes.push(128 | v % 128);
    v = Math.floor(v / 128);
  }
  bytes.push(v);
}
function offsetCode(value, previous) {
  const d = value - previous;
  return (d >= 0 ? 2 * d : -2 * d - 1) + 1;
}
function toText(units) {
  let out = "";
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}
function packTable(table) {
  const ids = [];
  for (const name of table.keys) {
    const id = keyId(name);
    if (id === void 0) return void 0;
    ids.push(id);
  }
  const { codes, wide, lines } = table;
  const none = wide ? WIDE_NONE : NARROW_NONE;
  const count = wide ? codes.length / 2 : codes.length;
  const at = wide ? (i) => codes.charCodeAt(2 * i) * 65536 + codes.charCodeAt(2 * i + 1) : (i) => codes.charCodeAt(i);
  const bytes = [];
  for (const n of [wide ? 1 : 0, table.firstLine, lines, table.textLength, count, ids.length, ...ids]) {
    put2(bytes, n);
  }
  let previous = 0;
  for (let i = 0; i < lines; i++) {
    put2(bytes, at(i) - previous);
    previous = at(i);
  }
  let cursor = 0;
  for (let i = lines; i < count; i++) {
    const v = at(i);
    const field = (i - lines) % FIELDS;
    if (field < 4) {
      put2(bytes, v === none ? 0 : offsetCode(v, cursor));
      if (v !== none) cursor = v;
    } else put2(bytes, v === none ? 0 : v + 1);
  }
  return { packed: toText(bytes) };
}
function unpackTable({ packed }) {
  let p = 0;
  const next = () => {
    let value = 0;
    let scale = 1;
    for (; ; ) {
      const b = packed.charCodeAt(p++);
      value += (b & 127) * scale;
      if (b < 128) return value;
      scale *= 128;
    }
  };
  const wide = next() === 1;
  const firstLine2 = next();
  const lines = next();
  const textLength = next();
  const count = next();
  const keys = [];
  for (let k = next(); k > 0; k--) keys.push(keyNames[next()]);
  const none = wide ? WIDE_NONE : NARROW_NONE;
  const units = [];
  const push = wide ? (v) => {
    units.push(Math.floor(v / 65536), v % 65536);
  } : (v) => {
    units.push(v);
  };
  let previous = 0;
  for (let i = 0; i < lines; i++) push(previous += next());
  let cursor = 0;
  for (let i = lines; i < count; i++) {
    const code = next();
    if ((i - lines) % FIELDS >= 4) {
      push(code === 0 ? none : code - 1);
      continue;
    }
    if (code === 0) {
      push(none);
      continue;
    }
    const z = code - 1;
    cursor += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    push(cursor);
  }
  return { codes: toText(units), wide, firstLine: firstLine2, lines, textLength, keys };
}

// src/manifest/load-file.ts
var last;
function packedLocator(packed) {
  if (last?.packed !== packed) last = { packed, locator: tableLocator(unpackTable(packed)) };
  return last.locator;
}
function tableDocument(file, docIndex, data, table) {
  const packed = packTable(table);
  return locatedBy(file, docIndex, data, packed ? () => packedLocator(packed) : lazyLocator(table));
}
function parseAgents(file, text, pack) {
  const { documents, errors } = parseSource(file, text);
  const parsed = documents.map((doc) => {
    const table = locatorTableOf(doc);
    if (!table) return { agent: normalise(doc) };
    return { agent: normalise(pack ? tableDocument(doc.file, doc.docIndex, doc.data, table) : doc), table };
  });
  return { parsed, parseErrors: errors };
}
function parseText(file, text) {
  const { parsed, parseErrors } = parseAgents(file, text, true);
  return { agents: parsed.map((p) => p.agent), parseErrors };
}
function loadFile(file, maxFileSize) {
  const read = readSourceSync(file, { maxFileSize });
  if ("error" in read) return { readError: read.error, agents: [], parseErrors: [] };
  return parseText(file.file, read.text);
}
function holdsNegativeZero(value, depth = 0) {
  if (typeof value === "number") return Object.is(value, -0);
  if (value === null || typeof value !== "object" || depth > 200) return false;
  const items = Array.isArray(value) ? value : Object.values(value);
  return items.some((v) => holdsNegativeZero(v, depth + 1));
}
function postFile(file, maxFileSize, codes) {
  const read = readSourceSync(file, { maxFileSize });
  if ("error" in read) return { kind: "read-error", error: read.error };
  const { parsed, parseErrors } = parseAgents(file.file, read.text, false);
  const agents = [];
  const tables2 = [];
  for (const { agent, table } of parsed) {
    if (!table || holdsNegativeZero(agent.doc.data)) return { kind: "text", text: read.text };
    const { codes: tableCodes, ...rest } = table;
    tables2.push(tableCodes);
    agents.push({
      docIndex: agent.doc.docIndex,
      raw: agent.doc.data,
      table: rest,
      findings: agent.findings,
      secrets: agent.secrets,
      redact: agent.redact
    });
  }
  codes.push(...tables2);
  return { kind: "parsed", agents, parseErrors };
}
function postBatch(files, maxFileSize) {
  const codes = [];
  const posted = files.map((file) => postFile(file, maxFileSize, codes));
  return { json: JSON.stringify(posted), codes };
}
function receiveBatch(files, batch) {
  const posted = JSON.parse(batch.json);
  let nextTable = 0;
  return posted.map((result, k) => {
    const file = files[k];
    if (result.kind === "read-error") return { readError: result.error, agents: [], parseErrors: [] };
    if (result.kind === "text") return parseText(file, result.text);
    const agents = result.agents.map((p) => {
      const table = {
        ...p.table,
        keys: p.table.keys.map(intern),
        codes: batch.codes[nextTable++]
      };
      internStrings(p.raw);
      const view = rulesView(p.raw);
      const name = declaredName(p.raw);
      return {
        doc: tableDocument(file, p.docIndex, p.raw, table),
        ...name !== void 0 ? { name } : {},
        data: view.data,
        findings: p.findings,
        secrets: p.secrets,
        redact: p.redact,
        ...view.aliases ? { aliases: view.aliases } : {}
      };
    });
    return { agents, parseErrors: result.parseErrors };
  });
}

export {
  DEFAULT_MAX_FILE_SIZE,
  readSource,
  readSourceSync,
  setOwn,
  forgetInterned,
  writtenPointer,
  SCHEMA_VIOLATION,
  UNREADABLE_VALUE,
  normalise,
  LineIndex,
  checkJson,
  parseSource,
  loadFile,
  postBatch,
  receiveBatch
};
