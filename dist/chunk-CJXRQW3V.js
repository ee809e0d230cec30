import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

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
function keyOf(name, file) {
  return `${file}\0${name ?? ""}`;
}
function summaryFor(report, f) {
  const index = agentIndexOf(report);
  if (f.agent === void 0) {
    const unnamed = index.unnamed.get(f.file);
    return unnamed?.length === 1 ? unnamed[0] : void 0;
  }
  return index.byNameAndFile.get(keyOf(f.agent, f.file)) ?? index.byName.get(f.agent);
}
var indexes = /* @__PURE__ */ new WeakMap();
function agentIndexOf(report) {
  let index = indexes.get(report);
  if (index) return index;
  index = { byNameAndFile: /* @__PURE__ */ new Map(), byName: /* @__PURE__ */ new Map(), unnamed: /* @__PURE__ */ new Map() };
  for (const a of report.agents ?? []) {
    const key = keyOf(a.name, a.file);
    if (!index.byNameAndFile.has(key)) index.byNameAndFile.set(key, a);
    if (!index.byName.has(a.name)) index.byName.set(a.name, a);
    if (a.name.startsWith(`${a.file}#`)) {
      const list = index.unnamed.get(a.file) ?? [];
      list.push(a);
      index.unnamed.set(a.file, list);
    }
  }
  indexes.set(report, index);
  return index;
}
function agentViews(report) {
  const views = /* @__PURE__ */ new Map();
  for (const a of report.agents ?? []) {
    views.set(keyOf(a.name, a.file), {
      key: keyOf(a.name, a.file),
      name: a.name,
      file: a.file,
      summary: a,
      findings: []
    });
  }
  for (const f of report.findings) {
    const summary = summaryFor(report, f);
    const key = summary ? keyOf(summary.name, summary.file) : keyOf(f.agent, f.file);
    let view = views.get(key);
    if (!view) {
      view = { key, name: f.agent ?? f.file, file: f.file, findings: [] };
      views.set(key, view);
    }
    view.findings.push(f);
  }
  return [...views.values()];
}
function checksOfFramework(framework) {
  return [...new Set(framework.controls.flatMap((c) => c.checks))];
}

export {
  runTime,
  frameworkTitles,
  summaryFor,
  agentViews,
  checksOfFramework
};
