import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  describeSchemaError,
  globMatch,
  normaliseParam,
  readYamlSource,
  validatorFor
} from "./chunk-NBGPQBYX.js";
import {
  builtinRulesDir
} from "./chunk-4NN7QIXY.js";
import {
  PolicyError
} from "./chunk-6WOQBHG4.js";
import {
  isRecord
} from "./chunk-U6PY5KLE.js";
import {
  escapePointerSegment,
  formatDuration,
  joinPointer,
  parseDuration
} from "./chunk-EHMHJOXK.js";
import {
  boundedLine,
  flatten
} from "./chunk-LCWV2GUA.js";
import {
  __commonJS,
  __toESM
} from "./chunk-OKO2LAOG.js";

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

// src/policy/load.ts
import { readdirSync as readdirSync2, statSync as statSync2 } from "node:fs";
import { isAbsolute, join as join2, relative, resolve as resolve2 } from "node:path";
import { isDeepStrictEqual } from "node:util";

// src/engine/meter.ts
var LogicBudgetError = class extends Error {
  name = "LogicBudgetError";
};
var EVALUATION_BUDGET = 1e7;
var MAX_MERGE_ITEMS = 1e5;
var MAX_CAT_LENGTH = 1048576;
var EvaluationMeter = class {
  constructor(limit = EVALUATION_BUDGET) {
    this.limit = limit;
    this.remaining = limit;
  }
  limit;
  remaining;
  /** Takes `steps` from the budget; throws LogicBudgetError once it is spent. */
  charge(steps) {
    this.remaining -= steps;
    if (this.remaining < 0) {
      throw new LogicBudgetError(`rule evaluation exceeded its budget (${this.limit} list steps)`);
    }
  }
};

// src/manifest/compliance.ts
var EVIDENCE_KINDS = [
  "fria",
  "dpia",
  "eu_database_registration",
  "conformity_assessment",
  "post_market_monitoring_plan",
  "incident_procedure"
];
function complianceEvidence(data) {
  const section = data.compliance;
  if (typeof section !== "object" || section === null || Array.isArray(section)) return [];
  const out = [];
  for (const kind of EVIDENCE_KINDS) {
    if (!Object.hasOwn(section, kind)) continue;
    const entry = section[kind];
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) continue;
    const { ref, date } = entry;
    out.push({
      kind,
      ...typeof ref === "string" && ref.trim() !== "" ? { ref } : {},
      ...typeof date === "number" && Number.isFinite(date) ? { date } : {},
      pointer: `/compliance/${escapePointerSegment(kind)}`
    });
  }
  return out;
}

// src/engine/glob.ts
function wildcardKind(value) {
  if (!value.includes("*")) return null;
  if (value === "*") return "full";
  const scheme = value.indexOf("://");
  if (scheme > 0 && value.slice(scheme + 3) === "*") return "full";
  return "prefix";
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
function scopeFacts(perm) {
  const f = perm.scope_facts;
  return isRecord(f) ? f : void 0;
}
function nonEmpty(v) {
  return Array.isArray(v) && v.length > 0;
}
function privilegedByReach(perm) {
  if (perm.on_behalf_of === "any-user") return true;
  const facts = scopeFacts(perm);
  return facts !== void 0 && (facts.access === "admin" || nonEmpty(facts.any_user));
}
function permissionAccessLevel(perm) {
  if (!isRecord(perm)) return null;
  const actions = actionsOf(perm);
  const resource = stringField(perm, "resource");
  const category = stringField(perm, "category");
  const fullWildcard = resource !== void 0 && wildcardKind(resource) === "full" || actions.includes("*");
  if (fullWildcard || privilegedByReach(perm) || category !== void 0 && PRIVILEGED_CATEGORIES.includes(category) || actions.some((a) => PRIVILEGED_ACTIONS.includes(a))) {
    return "privileged";
  }
  if (scopeFacts(perm)?.access === "write") return "write";
  return actions.some((a) => a !== "read") ? "write" : "read-only";
}
function agentAccessLevel(perms) {
  let rank = 0;
  const list = Array.isArray(perms) ? perms : perms === void 0 || perms === null ? [] : [perms];
  for (const perm of list) {
    const level = permissionAccessLevel(perm);
    if (level !== null) rank = Math.max(rank, ACCESS_LEVELS.indexOf(level));
  }
  return ACCESS_LEVELS[rank];
}
function isSensitivePermission(perm, spec = DEFAULT_SENSITIVE) {
  if (!isRecord(perm)) return false;
  const category = stringField(perm, "category");
  if (category !== void 0 && spec.categories.includes(category)) return true;
  if (nonEmpty(scopeFacts(perm)?.sensitive)) return true;
  const actions = actionsOf(perm);
  if (actions.includes("*")) return spec.actions.length > 0;
  return actions.some(
    (a) => spec.actions.includes(a) || category !== void 0 && spec.actions.includes(`${category}:${a}`)
  );
}
function resourceCovers(pattern, resource) {
  if (pattern === void 0) return false;
  if (resource === void 0) return wildcardKind(pattern) === "full";
  return pattern === resource || globMatch(resource, pattern);
}
function permissionExcess(held, limit) {
  const toList = (v) => Array.isArray(v) ? v : v === void 0 || v === null ? [] : [v];
  const limits = toList(limit).filter(isRecord);
  const out = [];
  for (const perm of toList(held)) {
    if (!isRecord(perm)) continue;
    const resource = stringField(perm, "resource");
    const covering = limits.filter((l) => resourceCovers(stringField(l, "resource"), resource));
    const allowed = new Set(covering.flatMap(actionsOf));
    const extra = actionsOf(perm).filter((a) => !allowed.has("*") && !allowed.has(a));
    if (perm.on_behalf_of === "any-user" && !covering.some((l) => l.on_behalf_of === "any-user")) {
      extra.push("on behalf of any user");
    }
    if (extra.length > 0) out.push(`${extra.join(", ")} on ${resource ?? "an unnamed resource"}`);
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
      pointer: joinPointer(["permissions", index]),
      resource: p.resource,
      category: p.category,
      approval: p.approval
    });
  });
  return {
    access_level: agentAccessLevel(data.permissions),
    sensitive_permissions: sensitive,
    secrets: secrets.map((s) => ({ pointer: s.pointer, kind: s.kind })),
    compliance: complianceEvidence(data)
  };
}

// src/engine/readings.ts
var NONE_WORDS = /* @__PURE__ */ new Set([
  "none",
  "null",
  "nil",
  "no",
  "false",
  "off",
  "disabled",
  "n/a",
  "na",
  "-",
  "unset"
]);
function declared(v) {
  if (v === void 0 || v === null || v === false) return false;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    return s !== "" && !NONE_WORDS.has(s);
  }
  if (Array.isArray(v)) return v.some(declared);
  if (typeof v === "object") return Object.keys(v).length > 0;
  return true;
}
var FLOATING_TAGS = /* @__PURE__ */ new Set([
  "latest",
  "stable",
  "next",
  "nightly",
  "edge",
  "canary",
  "head",
  "main",
  "master",
  "dev",
  "preview",
  "current"
]);
function pinnedVersion(v) {
  if (typeof v === "number") return Number.isFinite(v) && !Number.isInteger(v);
  if (typeof v !== "string") return false;
  const s = v.trim().toLowerCase();
  if (s === "" || FLOATING_TAGS.has(s)) return false;
  if (/[\^~<>=*|]/.test(s) || /\s-\s/.test(s) || /\s/.test(s)) return false;
  const core = s.replace(/^v(?=\d)/, "");
  if (core.split(/[.-]/).some((part) => part === "x")) return false;
  if (/^\d+$/.test(core)) return false;
  return true;
}
function words(s) {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}
function segments(s) {
  return s.toLowerCase().split(/[^\p{L}\p{N}_-]+/u).map((seg) => seg.split(/[-_]+/).filter((w) => w !== "")).filter((seg) => seg.length > 0);
}
function runIn(list, run) {
  for (let i = 0; i + run.length <= list.length; i++) if (run.every((w, j) => list[i + j] === w)) return true;
  return false;
}
function hasMarker(resource, markers) {
  const resources = (Array.isArray(resource) ? resource : [resource]).filter(
    (r) => typeof r === "string"
  );
  const wanted = (Array.isArray(markers) ? markers : [markers]).filter(
    (m) => typeof m === "string" && words(m).length > 0
  );
  if (wanted.length === 0) return false;
  return resources.some((r) => {
    const segs = segments(r);
    const all = words(r);
    return wanted.some((m) => {
      if (/^[\p{L}\p{N}_-]+$/u.test(m)) {
        const parts = m.toLowerCase().split(/[-_]+/).filter((w) => w !== "");
        return segs.some((seg) => runIn(seg, parts));
      }
      return runIn(all, words(m));
    });
  });
}
function gateName(approval) {
  if (typeof approval === "object" && approval !== null && !Array.isArray(approval)) {
    return approval.gate ?? null;
  }
  return approval ?? null;
}
var SANDBOXES = ["container", "microvm", "ephemeral-runner"];
function boundedRuntime(runtime) {
  if (typeof runtime !== "object" || runtime === null || Array.isArray(runtime)) return false;
  const r = runtime;
  if (typeof r.sandbox !== "string" || !SANDBOXES.includes(r.sandbox)) return false;
  if (r.network_egress === "none") return true;
  if (r.network_egress !== "allowlist") return false;
  const list = Array.isArray(r.egress_allowlist) ? r.egress_allowlist : [];
  return !list.includes("*");
}
var AUTONOMY = ["human-in-the-loop", "supervised", "autonomous"];
function moreAutonomous(sub, parent) {
  const p = typeof parent === "string" ? AUTONOMY.indexOf(parent) : -1;
  if (p === -1) return false;
  const s = typeof sub === "string" && AUTONOMY.includes(sub) ? AUTONOMY.indexOf(sub) : AUTONOMY.length - 1;
  return s > p;
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
function keySet(list) {
  return new Set(list.map(keyOf));
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
function get(obj, key) {
  if (obj === null || typeof obj !== "object") return null;
  if (typeof key !== "string" && typeof key !== "number") return null;
  const k = String(key);
  if (!Object.hasOwn(obj, k)) return null;
  return obj[k] ?? null;
}
function words2(v) {
  return asStrings(v).flatMap(wordsOf);
}
var ASCII = /^[\u0000-\u007f]*$/;
function wordsOf(s) {
  const lower2 = s.toLowerCase();
  const parts = ASCII.test(lower2) ? lower2.split(/[^a-z0-9]+/) : lower2.split(/[^\p{L}\p{N}]+/u);
  return parts.filter((w) => w !== "");
}
function emailLocal(v) {
  if (typeof v !== "string") return null;
  const text2 = v.trim();
  if (/\s/.test(text2)) return null;
  const parts = text2.split("@");
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
var MAX_MENTION_TEXT = 64 * 1024;
function mentions(texts, phrases) {
  const list = Array.isArray(texts) ? texts : [texts];
  let joined = " ";
  for (const t of list) {
    if (typeof t !== "string" || joined.length > MAX_MENTION_TEXT) continue;
    joined += spacedWords(t.slice(0, MAX_MENTION_TEXT));
  }
  for (const phrase of asStrings(phrases)) {
    const needle = needleOf(phrase);
    if (needle !== "" && joined.includes(needle)) return phrase;
  }
  return null;
}
var MAX_KEPT_TEXTS = 1e4;
var keptTexts = /* @__PURE__ */ new Map();
var needles = /* @__PURE__ */ new Map();
function spacedWords(t) {
  let out = keptTexts.get(t);
  if (out === void 0) {
    const w = wordsOf(t);
    out = w.length > 0 ? `${w.join(" ")} | ` : "";
    if (keptTexts.size >= MAX_KEPT_TEXTS) keptTexts.clear();
    keptTexts.set(t, out);
  }
  return out;
}
function needleOf(phrase) {
  let needle = needles.get(phrase);
  if (needle === void 0) {
    const prefix = phrase.endsWith("*");
    const w = wordsOf(prefix ? phrase.slice(0, -1) : phrase);
    needle = w.length === 0 ? "" : ` ${w.join(" ")}${prefix ? "" : " "}`;
    if (needles.size >= MAX_KEPT_TEXTS) needles.clear();
    needles.set(phrase, needle);
  }
  return needle;
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
  words: words2,
  email_local: emailLocal,
  permission_excess: permissionExcess,
  access_level: accessLevel,
  is_sensitive: isSensitive,
  mentions,
  declared,
  pinned_version: pinnedVersion,
  has_marker: hasMarker,
  more_autonomous: moreAutonomous,
  gate_name: gateName,
  bounded_runtime: boundedRuntime
};

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
function getPath(root, segments2) {
  let current = root;
  for (const segment of segments2) {
    if (FORBIDDEN_SEGMENTS.has(segment)) throw new ForbiddenPathError(segment);
    if (current === null || typeof current !== "object") return void 0;
    if (!Object.hasOwn(current, segment)) return void 0;
    current = current[segment];
  }
  return current;
}
function appendPointer(base, relative2) {
  return relative2 ? base + relative2 : base;
}

// src/engine/operators.ts
function truthy(value) {
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}
function safeVar(path, fallback) {
  const notFound = fallback === void 0 ? null : fallback;
  if (path === void 0 || path === null || path === "") return this;
  const value = getPath(this, String(path).split("."));
  return value === void 0 ? notFound : value;
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
  const result = Array.prototype.join.call(args, "");
  if (result.length > MAX_CAT_LENGTH) tooLong();
  return result;
}
function mergedLength(args) {
  let length = 0;
  for (const a of args) length += Array.isArray(a) ? a.length : 1;
  return length;
}
function mergeCost(args) {
  const length = mergedLength(args);
  if (length > MAX_MERGE_ITEMS) {
    throw new LogicBudgetError(
      `rule evaluation exceeded its budget (merge result over ${MAX_MERGE_ITEMS} items)`
    );
  }
  return length;
}
function merge(...args) {
  mergeCost(args);
  return args.reduce((a, b) => a.concat(b), []);
}
var eager = (impl, more = {}) => ({
  evaluation: "eager",
  impl,
  ...more
});
var SPECIAL = { evaluation: "special" };
var SCOPED = { evaluation: "special", scopedArgument: 1 };
var BUILTIN = {
  var: { evaluation: "special", impl: safeVar, reference: "replace" },
  missing: { evaluation: "special", literalPaths: "all" },
  missing_some: { evaluation: "special", literalPaths: 1 },
  if: SPECIAL,
  "?:": SPECIAL,
  "==": eager((a, b) => a == b),
  "===": eager((a, b) => a === b),
  "!=": eager((a, b) => a != b),
  "!==": eager((a, b) => a !== b),
  "!": eager((a) => !truthy(a)),
  "!!": eager((a) => truthy(a)),
  or: SPECIAL,
  and: SPECIAL,
  ">": eager((a, b) => a > b),
  ">=": eager((a, b) => a >= b),
  "<": eager((a, b, c) => c === void 0 ? a < b : a < b && b < c),
  "<=": eager((a, b, c) => c === void 0 ? a <= b : a <= b && b <= c),
  max: eager((...args) => Math.max(...args)),
  min: eager((...args) => Math.min(...args)),
  // parseFloat's second argument is json-logic-js's (ignored by JavaScript); kept for fidelity.
  "+": eager(
    (...args) => args.reduce((a, b) => parseFloat(a) + parseFloat(b), 0)
  ),
  "-": eager((a, b) => b === void 0 ? -a : a - b),
  "*": eager(
    (...args) => args.reduce((a, b) => parseFloat(a) * parseFloat(b))
  ),
  "/": eager((a, b) => a / b),
  "%": eager((a, b) => a % b),
  map: SCOPED,
  filter: SCOPED,
  reduce: SCOPED,
  all: SCOPED,
  none: SCOPED,
  some: SCOPED,
  merge: eager(merge, { cost: mergeCost }),
  in: eager((a, b) => {
    if (!b || typeof b.indexOf === "undefined") return false;
    return b.indexOf(a) !== -1;
  }),
  cat: eager(cat),
  substr: eager((source, start, end) => {
    if (end < 0) {
      const temp = String(source).substr(start);
      return temp.substr(0, temp.length + end);
    }
    return String(source).substr(start, end);
  })
};
var OPERATORS = new Map([
  ...Object.entries(BUILTIN),
  ...Object.entries(CUSTOM_OPERATIONS).map(([name, fn]) => [
    name,
    eager(fn, { reference: "add" })
  ])
]);
function operatorOf(name) {
  return OPERATORS.get(name);
}

// src/engine/reference.ts
var import_json_logic_js = __toESM(require_logic(), 1);
import_json_logic_js.default.rm_operation("log");
for (const [name, op] of OPERATORS) {
  if (op.reference && op.impl) import_json_logic_js.default.add_operation(name, op.impl);
}
function interpret(node) {
  return (data) => import_json_logic_js.default.apply(node, data);
}

// src/engine/closure.ts
function isLogic(node) {
  return typeof node === "object" && node !== null && !Array.isArray(node) && Object.keys(node).length === 1;
}
function missing(...values) {
  const keys = Array.isArray(values[0]) ? values[0] : values;
  const out = [];
  for (const key of keys) {
    const value = key !== null && typeof key === "object" ? interpret({ var: key })(this) : safeVar.call(this, key);
    if (value === null || value === "") out.push(key);
  }
  return out;
}
function missingSome(needCount, options) {
  const areMissing = interpret({ missing: options })(this);
  if (options.length - areMissing.length >= needCount) return [];
  return areMissing;
}
var constant = (value) => () => value;
function varWithPath(path, fallback) {
  if (path === "") return fallback ? (data, m) => (fallback(data, m), data) : (data) => data;
  const segments2 = String(path).split(".");
  const lookup = (data) => getPath(data, segments2);
  if (!fallback) {
    return (data) => {
      const value = lookup(data);
      return value === void 0 ? null : value;
    };
  }
  return (data, m) => {
    const notFoundValue = fallback(data, m);
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
  return call(safeVar, void 0, args, node);
}
function call(fn, cost, args, node) {
  if (!fn) {
    const reference = interpret(node);
    return (data) => reference(data);
  }
  const compiled = args.map(compileNode);
  if (cost) {
    return (data, m) => {
      const values = compiled.map((f) => f(data, m));
      m.charge(cost(values));
      return fn.apply(data, values);
    };
  }
  switch (compiled.length) {
    case 0:
      return (data) => fn.call(data);
    case 1: {
      const [a] = compiled;
      return (data, m) => fn.call(data, a(data, m));
    }
    case 2: {
      const [a, b] = compiled;
      return (data, m) => fn.call(data, a(data, m), b(data, m));
    }
    case 3: {
      const [a, b, c] = compiled;
      return (data, m) => fn.call(data, a(data, m), b(data, m), c(data, m));
    }
    default:
      return (data, m) => fn.apply(
        data,
        compiled.map((f) => f(data, m))
      );
  }
}
function compileIf(args) {
  const compiled = args.map(compileNode);
  return (data, m) => {
    let i = 0;
    for (; i < compiled.length - 1; i += 2) {
      if (truthy(compiled[i](data, m))) return compiled[i + 1](data, m);
    }
    if (compiled.length === i + 1) return compiled[i](data, m);
    return null;
  };
}
function compileAnd(args) {
  const compiled = args.map(compileNode);
  return (data, m) => {
    let current;
    for (const f of compiled) {
      current = f(data, m);
      if (!truthy(current)) return current;
    }
    return current;
  };
}
function compileOr(args) {
  const compiled = args.map(compileNode);
  return (data, m) => {
    let current;
    for (const f of compiled) {
      current = f(data, m);
      if (truthy(current)) return current;
    }
    return current;
  };
}
function compileScoped(op, args) {
  const list = compileNode(args[0]);
  const body = compileNode(args[1]);
  switch (op) {
    case "filter":
      return (data, m) => {
        const items = list(data, m);
        if (!Array.isArray(items)) return [];
        m.charge(items.length);
        return items.filter((datum) => truthy(body(datum, m)));
      };
    case "map":
      return (data, m) => {
        const items = list(data, m);
        if (!Array.isArray(items)) return [];
        m.charge(items.length);
        return items.map((datum) => body(datum, m));
      };
    case "reduce": {
      const initialOf = typeof args[2] !== "undefined" ? compileNode(args[2]) : constant(null);
      return (data, m) => {
        const items = list(data, m);
        const initial = initialOf(data, m);
        if (!Array.isArray(items)) return initial;
        m.charge(items.length);
        return items.reduce(
          (accumulator, current) => body({ current, accumulator }, m),
          initial
        );
      };
    }
    case "all":
      return (data, m) => {
        const items = list(data, m);
        if (!Array.isArray(items) || !items.length) return false;
        m.charge(items.length);
        for (const item of items) if (!truthy(body(item, m))) return false;
        return true;
      };
    case "none":
      return (data, m) => {
        const items = list(data, m);
        if (!Array.isArray(items) || !items.length) return true;
        m.charge(items.length);
        for (const item of items) if (truthy(body(item, m))) return false;
        return true;
      };
    case "some":
      return (data, m) => {
        const items = list(data, m);
        if (!Array.isArray(items) || !items.length) return false;
        m.charge(items.length);
        for (const item of items) if (truthy(body(item, m))) return true;
        return false;
      };
    default:
      throw new Error(`no scoped form for '${op}'`);
  }
}
var SPECIAL_FORMS = {
  var: (args, node) => compileVar(args, node),
  missing: (args, node) => call(missing, void 0, args, node),
  missing_some: (args, node) => call(missingSome, void 0, args, node),
  if: compileIf,
  "?:": compileIf,
  and: compileAnd,
  or: compileOr,
  map: (args, _node, op) => compileScoped(op, args),
  filter: (args, _node, op) => compileScoped(op, args),
  reduce: (args, _node, op) => compileScoped(op, args),
  all: (args, _node, op) => compileScoped(op, args),
  none: (args, _node, op) => compileScoped(op, args),
  some: (args, _node, op) => compileScoped(op, args)
};
function compileNode(node) {
  if (Array.isArray(node)) {
    const compiled = node.map(compileNode);
    return (data, m) => compiled.map((f) => f(data, m));
  }
  if (!isLogic(node)) return constant(node);
  const op = Object.keys(node)[0];
  const raw2 = node[op];
  const args = Array.isArray(raw2) ? raw2 : [raw2];
  const def = operatorOf(op);
  if (def?.evaluation === "special") {
    const form = SPECIAL_FORMS[op];
    if (!form) throw new Error(`operator '${op}' is marked special but the compiler has no form for it`);
    return form(args, node, op);
  }
  return call(def?.impl, def?.cost, args, node);
}
function compileClosure(tree) {
  const root = compileNode(tree);
  return (data, meter) => root(data, meter ?? new EvaluationMeter());
}

// src/engine/logic.ts
var ALLOWED_OPERATIONS = new Set(OPERATORS.keys());
var LogicError = class extends Error {
  constructor(message, path) {
    super(message);
    this.path = path;
  }
  path;
  name = "LogicError";
};
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function checkDataPath(p, at, nested, scope) {
  if (typeof p === "number") return;
  if (typeof p !== "string")
    throw new LogicError("a var path must be a string, a number or an operation", at);
  const segments2 = splitPath(p);
  const bad = segments2.find((s) => FORBIDDEN_SEGMENTS.has(s));
  if (bad !== void 0) throw new LogicError(`'${bad}' is not allowed in a var path ('${p}')`, at);
  if (nested || segments2.length === 0) return;
  const [root, second] = segments2;
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
  if (!isPlainObject(node)) return;
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
    if (isPlainObject(path)) walk(path, argPath(0), nested, scope);
    else if (path !== void 0 && path !== null) checkDataPath(path, argPath(0), nested, scope);
    walk(fallback, argPath(1), nested, scope);
    return;
  }
  const def = OPERATORS.get(op);
  if (def.literalPaths !== void 0) {
    const offset = def.literalPaths === "all" ? 0 : def.literalPaths;
    const keyArgs = def.literalPaths === "all" ? args : args.slice(offset, offset + 1);
    keyArgs.forEach((k, i) => {
      const here = argPath(i + offset);
      const list = Array.isArray(k) ? k : [k];
      list.forEach((key, j) => {
        const keyAt = Array.isArray(k) ? [...here, j] : here;
        if (isPlainObject(key)) throw new LogicError(`'${op}' takes literal paths, not an operation`, keyAt);
        checkDataPath(key, keyAt, nested, scope);
      });
    });
    args.slice(0, offset).forEach((arg, i) => walk(arg, argPath(i), nested, scope));
    return;
  }
  const scoped = def.scopedArgument;
  args.forEach((arg, i) => walk(arg, argPath(i), nested || i === scoped, scope));
}
function validateLogic(tree, scope = {}) {
  walk(tree, [], false, scope);
}
function compileLogic(tree, scope = {}) {
  validateLogic(tree, scope);
  return compileClosure(tree);
}
var truthy2 = truthy;

// src/engine/template.ts
var MISSING = "(missing)";
var NONE = "(none)";
var MAX_VALUE_LENGTH = 200;
var keep = (s) => s;
var MAX_JOINED = 4 * MAX_VALUE_LENGTH;
function raw(v) {
  if (v === void 0 || v === null) return MISSING;
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
  return boundedLine(redact(raw(v)), MAX_VALUE_LENGTH);
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
  const segments2 = splitPath(rawPath);
  const bad = segments2.find((s) => FORBIDDEN_SEGMENTS.has(s));
  if (bad !== void 0) throw new TemplateError(`'${bad}' is not allowed in a template path ('${rawPath}')`);
  const [root, second] = segments2;
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
  return { segments: segments2, filters };
}
function compileTemplate(template, scope = {}) {
  const parts = [];
  let rest = template;
  while (rest.length > 0) {
    const open = rest.indexOf("{{");
    if (open === -1) {
      parts.push(rest);
      break;
    }
    const close = rest.indexOf("}}", open + 2);
    if (close === -1) throw new TemplateError("'{{' without a closing '}}'");
    if (open > 0) parts.push(rest.slice(0, open));
    parts.push(parseSlot(rest.slice(open + 2, close), scope));
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
var whens = /* @__PURE__ */ new WeakMap();
function logicOf(field, prefix, tree, roots, params) {
  try {
    return compileLogic(tree, { roots: new Set(roots), params });
  } catch (e) {
    if (e instanceof LogicError) throw new CheckCompileError(field, [...prefix, ...e.path], e.message);
    throw e;
  }
}
function checkEach(each) {
  const segments2 = splitPath(each);
  const bad = segments2.find((s) => FORBIDDEN_SEGMENTS.has(s));
  if (bad !== void 0) throw new CheckCompileError("each", [], `'${bad}' is not allowed in a path`);
  if (segments2.length < 2 || !EACH_ROOTS.has(segments2[0])) {
    throw new CheckCompileError("each", [], `'${each}' must be a path under agent. or derived.`);
  }
  return segments2;
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
  const each = check.each === void 0 ? void 0 : checkEach(check.each);
  if (check.at !== void 0) checkAt(check.at);
  const itemRoots = each ? [...AGENT_ROOTS, "item", "index"] : AGENT_ROOTS;
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
  const compiled = {
    assert: logicOf("assert", [], check.assert, itemRoots, params),
    vars,
    message
  };
  compileWhen(check);
  if (check.where !== void 0) compiled.where = logicOf("where", [], check.where, itemRoots, params);
  if (each) {
    compiled.each = each;
    if (each[0] === "agent") compiled.eachPointer = each.slice(1);
  }
  return compiled;
}
function compileWhen(check) {
  let when = whens.get(check);
  if (when === void 0) {
    when = check.when === void 0 ? null : logicOf("when", [], check.when, AGENT_ROOTS, new Set(Object.keys(check.params)));
    whens.set(check, when);
  }
  return when ?? void 0;
}
function compileCheck(check) {
  let compiled = cache.get(check);
  if (!compiled) {
    compiled = build(check);
    cache.set(check, compiled);
  }
  return compiled;
}

// src/policy/freeze.ts
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
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
  "EVID",
  "TIER",
  "NAT",
  "MCP",
  "HOST",
  "A2A",
  "SRC",
  "SCOPE",
  "RUN",
  "SCHEMA",
  "POLICY",
  "SHADOW"
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
  const fail = (path, reason, key = false) => {
    throw src.error(path, `check ${raw2.id}: ${reason}`, key);
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
  for (const field of [
    "principle",
    "when",
    "each",
    "where",
    "at",
    "assert",
    "vars",
    "message",
    "group"
  ]) {
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
  const validate = validatorFor("rule");
  if (!validate(src.data)) {
    const p = describeSchemaError(validate.errors);
    throw src.error(p.path, p.message, p.key);
  }
  return src.data.checks.map((raw2, i) => toCheck(raw2, i, src));
}

// src/policy/frameworks.ts
var mappingId = (m) => typeof m === "string" ? m : m.id;
function toMapping(m) {
  if (typeof m === "string") return { check: m, strength: "full" };
  return {
    check: m.id,
    strength: m.strength ?? "full",
    ...m.note !== void 0 ? { note: m.note } : {},
    ...m.items !== void 0 ? { items: m.items } : {}
  };
}
function toControl(raw2) {
  const control = {
    id: raw2.id,
    title: raw2.title,
    summary: raw2.summary,
    url: raw2.url,
    checks: (raw2.checks ?? []).map(mappingId),
    mappings: (raw2.checks ?? []).map(toMapping),
    manual: raw2.manual ?? false
  };
  if (raw2.evidence !== void 0) control.evidence = raw2.evidence;
  if (raw2.verified !== void 0) control.verified = raw2.verified;
  if (raw2.applicability) {
    const { role, ...rest } = raw2.applicability;
    control.applicability = {
      ...rest,
      ...role !== void 0 ? { role: Array.isArray(role) ? role : [role] } : {}
    };
  }
  return control;
}
function frameworkFromSource(src, knownChecks) {
  const validate = validatorFor("framework");
  if (!validate(src.data)) {
    const p = describeSchemaError(validate.errors);
    throw src.error(p.path, p.message, p.key);
  }
  const raw2 = src.data;
  const seen = /* @__PURE__ */ new Set();
  raw2.controls.forEach((c, i) => {
    if (seen.has(c.id)) throw src.error(["controls", i, "id"], `duplicate control '${c.id}'`);
    seen.add(c.id);
    if (c.evidence !== void 0 && c.manual !== true) {
      throw src.error(
        ["controls", i, "evidence"],
        `control '${c.id}': evidence attests manual controls only`
      );
    }
    if ((c.checks ?? []).length === 0 && c.manual !== true) {
      throw src.error(["controls", i], `control '${c.id}' lists no checks; list them, or set manual: true`);
    }
    const ids = /* @__PURE__ */ new Set();
    (c.checks ?? []).map(mappingId).forEach((id, j) => {
      if (ids.has(id))
        throw src.error(["controls", i, "checks", j], `control '${c.id}': check '${id}' listed twice`);
      ids.add(id);
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
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var SNAPSHOT_FILE = "builtin-policy.json";
var FORMAT = 1;
var UNDEFINED = "$agentpolicy-snapshot:undefined";
var TAG = `agentpolicy rules ${FORMAT}`;
function yamlFiles(dir, subs) {
  const out = [];
  for (const sub of subs) {
    let names;
    try {
      if (!statSync(join(dir, sub)).isDirectory()) continue;
      names = readdirSync(join(dir, sub));
    } catch {
      continue;
    }
    for (const name of names.filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort()) {
      out.push(`${sub}/${name}`);
    }
  }
  return out;
}
function folderDigest(dir, subs, tag) {
  const hash = createHash("sha256").update(`${tag}\0`);
  for (const file of yamlFiles(dir, subs)) {
    hash.update(`${file}\0`).update(readFileSync(join(dir, file))).update("\0");
  }
  return hash.digest("hex");
}
function ruleFolderDigest(dir) {
  return folderDigest(dir, ["checks", "frameworks"], TAG);
}
function stampedBody(text2, tag, digest) {
  try {
    const parsed = JSON.parse(text2);
    if (typeof parsed !== "object" || parsed === null) return void 0;
    const stamped = parsed;
    return stamped.tag === tag && stamped.digest === digest() ? stamped : void 0;
  } catch {
    return void 0;
  }
}
function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    const isUndefined = typeof v === "object" && v !== null && Object.keys(v).length === 1 && Object.hasOwn(v, UNDEFINED);
    out[key] = isUndefined ? void 0 : decode(v);
  }
  return out;
}
function withDisplayedSource(def, dir, display2) {
  if (def.source) def.source.file = display2(join(dir, ...def.source.file.split("/")));
  return def;
}
function readSnapshot(text2, folder, display2) {
  const dir = resolve(folder);
  const snapshot = stampedBody(text2, TAG, () => ruleFolderDigest(dir));
  if (!snapshot) return void 0;
  const decoded = text2.includes(UNDEFINED) ? decode : (v) => v;
  const checks = snapshot.checks.map(
    (c) => deepFreeze(withDisplayedSource(decoded(c), dir, display2))
  );
  const frameworks = snapshot.frameworks.map(
    (f) => deepFreeze(withDisplayedSource(decoded(f), dir, display2))
  );
  return { checks, frameworks };
}
function shippedText(name) {
  const url = new URL(`./${name}`, import.meta.url);
  if (url.protocol !== "file:") return void 0;
  try {
    return readFileSync(fileURLToPath(url), "utf8");
  } catch {
    return void 0;
  }
}
function loadBuiltinSnapshot(dir, display2) {
  const text2 = shippedText(SNAPSHOT_FILE);
  return text2 === void 0 ? void 0 : readSnapshot(text2, dir, display2);
}

// src/policy/load.ts
var builtinCache;
function display(abs) {
  const rel = relative(process.cwd(), abs);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split("\\").join("/") : abs;
}
function isDirectory(p) {
  try {
    return statSync2(p).isDirectory();
  } catch {
    return false;
  }
}
function yamlFiles2(dir) {
  if (!isDirectory(dir)) return [];
  const files = readdirSync2(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort().map((f) => join2(dir, f));
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
      if (src && (seen.def.type !== param.type || !isDeepStrictEqual(seen.value, value))) {
        throw src.error(
          ["checks", index, "params", name],
          `check ${check.id}: parameter '${name}' is declared by ${seen.owner.id} with another type or default`
        );
      }
    }
  }
}
function readRuleFolder(dir) {
  const abs = resolve2(dir);
  const checksDir = join2(abs, "checks");
  const frameworksDir = join2(abs, "frameworks");
  if (!isDirectory(checksDir) && !isDirectory(frameworksDir)) {
    throw new PolicyError(display(abs), 1, 1, "not a rule folder: it has neither checks/ nor frameworks/");
  }
  return {
    checks: yamlFiles2(checksDir).map((file) => readYamlSource(file, display(file))),
    frameworks: yamlFiles2(frameworksDir).map((file) => readYamlSource(file, display(file)))
  };
}
function loadDirs(dirs) {
  return loadRuleFolders(dirs.map(readRuleFolder));
}
var MAX_CHECKS = 1e3;
var MAX_FILES_PER_FOLDER = 200;
function parseRuleFolder(folder) {
  return {
    checks: folder.checks.map((src) => ({ src, defs: checksFromSource(src) })),
    frameworks: folder.frameworks
  };
}
function extendPolicy(base, folders) {
  const checks = (base?.checks ?? []).map((def, index) => ({ def, index }));
  const frameworkSources = [];
  for (const folder of folders) {
    for (const { src, defs } of folder.checks) {
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
    if (earlier && located.src) {
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
  const frameworks = [...base?.frameworks ?? []];
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
function loadRuleFolders(folders) {
  return extendPolicy(void 0, folders.map(parseRuleFolder));
}
function loadPolicy(dirs) {
  if (dirs === void 0) {
    builtinCache ??= loadBuiltinSnapshot(builtinRulesDir(), display) ?? loadDirs([builtinRulesDir()]);
    return builtinCache;
  }
  return loadDirs(dirs);
}

export {
  folderDigest,
  stampedBody,
  shippedText,
  controlsForCheck,
  LogicBudgetError,
  EvaluationMeter,
  complianceEvidence,
  ACCESS_LEVELS,
  DEFAULT_SENSITIVE,
  permissionAccessLevel,
  agentAccessLevel,
  isSensitivePermission,
  deriveFacts,
  getPath,
  appendPointer,
  operatorOf,
  truthy2 as truthy,
  compileWhen,
  compileCheck,
  parseRuleFolder,
  extendPolicy,
  loadPolicy
};
