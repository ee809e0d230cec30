import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  sizeOf
} from "./chunk-XY2X6XJ3.js";
import {
  writingTo
} from "./chunk-7HACHJDW.js";
import {
  BASELINE_HELP,
  EXIT
} from "./chunk-O7XNPXAJ.js";
import {
  noAgentsMessage,
  pathsWithoutAgents,
  yieldedFiles
} from "./chunk-OILI4MX5.js";
import {
  MAX_WAIVER_DAYS,
  isPolicyCheck,
  runPipeline
} from "./chunk-MSQUPWFK.js";
import "./chunk-X6QVJT7M.js";
import {
  parseConfig
} from "./chunk-FWE7YAEI.js";
import "./chunk-NBGPQBYX.js";
import "./chunk-4NN7QIXY.js";
import "./chunk-46J5RHI4.js";
import "./chunk-3VZ7T36H.js";
import "./chunk-6WOQBHG4.js";
import {
  UsageError
} from "./chunk-BNU4OYRD.js";
import {
  DEFAULT_MAX_FILE_SIZE
} from "./chunk-C34AYXUD.js";
import "./chunk-U6PY5KLE.js";
import {
  formatDate,
  parseDate
} from "./chunk-5ETBV6RK.js";
import {
  isMap,
  isSeq,
  yamlPackage
} from "./chunk-EHMHJOXK.js";
import "./chunk-3JT46TE2.js";
import "./chunk-UW2F2IDI.js";
import "./chunk-LCWV2GUA.js";
import "./chunk-NOSNPXS3.js";
import {
  oneLine
} from "./chunk-Z6R44D76.js";
import "./chunk-OKO2LAOG.js";

// src/cli/commands/baseline.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/policy/baseline.ts
var DAY_MS = 864e5;
function checkApproval(a, now) {
  const missing = ["reason", "approvedBy", "expires"].filter((k) => !a[k] || !/\S/.test(a[k]));
  if (missing.length > 0) {
    const flag = { reason: "--reason", approvedBy: "--approved-by", expires: "--expires" };
    throw new UsageError(
      `${missing.map((k) => flag[k]).join(", ")} ${missing.length === 1 ? "is" : "are"} required: accepted debt needs a reason (with the ticket that tracks the fix), an approver and an expiry`
    );
  }
  const expires = a.expires.trim();
  const at = /^\d{4}-\d{2}-\d{2}$/.test(expires) ? parseDate(expires) : void 0;
  if (at === void 0) throw new UsageError(`--expires must be a date (YYYY-MM-DD); got '${expires}'`);
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const latest = today + MAX_WAIVER_DAYS * DAY_MS;
  if (at < today) throw new UsageError(`--expires ${expires} is in the past`);
  if (at > latest) {
    throw new UsageError(
      `--expires ${expires} is more than ${MAX_WAIVER_DAYS} days ahead (${formatDate(latest)} at the latest): accepted debt is approved again at least once a year`
    );
  }
  return { reason: a.reason.trim(), approvedBy: a.approvedBy.trim(), expires };
}
function isBaselineWaiver(w) {
  return w.match?.file !== void 0 && w.match.fingerprint !== void 0;
}
function keyOf(check, agent, file) {
  return `${check}\0${agent}\0${file}`;
}
function planBaseline(findings, rules, existing, approval) {
  const waivable = new Map(rules.map((r) => [r.id, r.waivable]));
  const ours = /* @__PURE__ */ new Map();
  existing.forEach((w, i) => {
    if (isBaselineWaiver(w)) ours.set(keyOf(w.check, w.agent, w.match.file), i);
  });
  const groups = /* @__PURE__ */ new Map();
  const notWaivable = [];
  for (const f of findings) {
    if (isPolicyCheck(f.ruleId)) continue;
    const agent = f.agent ?? "*";
    const key = keyOf(f.ruleId, agent, f.file);
    if (f.status === "waived") {
      if (!f.waiver || !isBaselineWaiver(f.waiver) || !ours.has(keyOf(f.waiver.check, f.waiver.agent, f.waiver.match.file)))
        continue;
    } else if (waivable.get(f.ruleId) === false) {
      notWaivable.push(f);
      continue;
    }
    let group = groups.get(key);
    if (!group) groups.set(key, group = { check: f.ruleId, agent, file: f.file, findings: [] });
    group.findings.push(f);
  }
  const waivers = [...groups.entries()].map(([key, g]) => {
    const replaces = ours.get(key);
    return {
      waiver: {
        check: g.check,
        agent: g.agent,
        match: { file: g.file, fingerprint: [...new Set(g.findings.map((f) => f.fingerprint))].sort() },
        reason: approval.reason,
        approved_by: approval.approvedBy,
        expires: approval.expires
      },
      ...replaces !== void 0 ? { replaces } : {},
      findings: g.findings
    };
  });
  return { waivers, notWaivable };
}

// src/policy/baseline-write.ts
function ordered(w) {
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
var NEW_FILE_HEADER = "# agentpolicy policy configuration (config v1). Waivers written by `agentpolicy baseline` accept the\n# findings that existed when it ran; each expires and must be approved again.\n";
function writeBaseline(text, file, planned) {
  if (/\.json$/i.test(file)) return writeJson(text, planned);
  const doc = yamlPackage().parseDocument(text ?? "");
  if (!isMap(doc.contents)) {
    const map = doc.createNode({});
    if (doc.contents) map.commentBefore = doc.contents.commentBefore;
    doc.contents = map;
  }
  let seq = doc.get("waivers", true);
  if (!isSeq(seq)) {
    seq = doc.createNode([]);
    doc.set("waivers", seq);
  }
  const items = seq.items;
  for (const p of planned) {
    const node = doc.createNode(ordered(p.waiver));
    const fingerprints = node.getIn(["match", "fingerprint"], true);
    if (isSeq(fingerprints)) fingerprints.flow = true;
    const current = p.replaces !== void 0 ? items[p.replaces] : void 0;
    if (current && isMap(current)) {
      node.commentBefore = current.commentBefore;
      node.comment = current.comment;
      items[p.replaces] = node;
    } else items.push(node);
  }
  const out = doc.toString({ lineWidth: 0 });
  return text === void 0 || text.trim() === "" ? NEW_FILE_HEADER + out : out;
}
function writeJson(text, planned) {
  const data = text ? JSON.parse(text) : {};
  const waivers = Array.isArray(data.waivers) ? data.waivers : data.waivers = [];
  for (const p of planned) {
    if (p.replaces !== void 0) waivers[p.replaces] = ordered(p.waiver);
    else waivers.push(ordered(p.waiver));
  }
  return JSON.stringify(data, null, 2) + "\n";
}

// src/cli/commands/baseline.ts
async function baselineCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      reason: { type: "string" },
      "approved-by": { type: "string" },
      expires: { type: "string" },
      config: { type: "string", short: "c" },
      "max-file-size": { type: "string" },
      "dry-run": { type: "boolean" },
      debug: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(BASELINE_HELP + "\n");
    return EXIT.passed;
  }
  const now = Date.now();
  const approval = checkApproval(
    { reason: values.reason, approvedBy: values["approved-by"], expires: values.expires },
    now
  );
  const maxFileSize = sizeOf("max-file-size", values["max-file-size"], DEFAULT_MAX_FILE_SIZE);
  const checked = await runPipeline({
    root: io.cwd,
    paths: positionals,
    maxFileSize,
    now,
    failOn: "never",
    ...values.config !== void 0 ? { config: values.config } : {}
  });
  const { active } = checked.policy;
  const empty = pathsWithoutAgents(io.cwd, positionals, yieldedFiles(checked));
  if (empty.length > 0) throw new UsageError(noAgentsMessage(empty));
  const existing = active.config?.settings.waivers ?? [];
  const plan = planBaseline(checked.report.findings, checked.rules, existing, approval);
  const file = active.config?.file ?? values.config ?? ".agentpolicy.yml";
  const path = resolve(io.cwd, file);
  const before = existsSync(path) ? readFileSync(path, "utf8") : void 0;
  const after = writeBaseline(before, file, plan.waivers);
  parseConfig(after, file);
  const added = plan.waivers.filter((w) => w.replaces === void 0).length;
  const updated = plan.waivers.length - added;
  const accepted = plan.waivers.reduce((n, w) => n + w.findings.length, 0);
  if (values["dry-run"] !== true && plan.waivers.length > 0)
    writingTo(file, () => writeFileSync(path, after));
  const verb = values["dry-run"] === true ? "would write" : "wrote";
  io.stdout(
    `agentpolicy baseline: ${verb} ${plan.waivers.length} waiver${plan.waivers.length === 1 ? "" : "s"} (${added} new, ${updated} updated) accepting ${accepted} finding${accepted === 1 ? "" : "s"} into ${file}, approved by ${oneLine(approval.approvedBy)} until ${approval.expires}
`
  );
  if (plan.notWaivable.length > 0) {
    io.stdout(`
Not waivable, left open (${plan.notWaivable.length}); fix these:
`);
    for (const f of plan.notWaivable) {
      io.stdout(
        `  ${oneLine(`${f.file}:${f.line}:${f.column}  ${f.ruleId}  ${f.agent ?? ""}  ${f.message}`)}
`
      );
    }
  }
  for (const e of checked.report.errors) {
    io.stderr(
      `agentpolicy baseline: not checked, nothing accepted: ${oneLine(`${e.file}:${e.line}:${e.column}: ${e.message}`)}
`
    );
  }
  return checked.report.errors.length > 0 ? EXIT.failed : EXIT.passed;
}
export {
  baselineCommand
};
