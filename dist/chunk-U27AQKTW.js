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
function summaryIndex(report) {
  const byNameAndFile = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  const unnamedByFile = /* @__PURE__ */ new Map();
  for (const a of report.agents ?? []) {
    const key = keyOf(a.name, a.file);
    if (!byNameAndFile.has(key)) byNameAndFile.set(key, a);
    if (!byName.has(a.name)) byName.set(a.name, a);
    if (a.name.startsWith(`${a.file}#`)) {
      const list = unnamedByFile.get(a.file) ?? [];
      list.push(a);
      unnamedByFile.set(a.file, list);
    }
  }
  return (f) => {
    if (f.agent === void 0) {
      const unnamed = unnamedByFile.get(f.file) ?? [];
      return unnamed.length === 1 ? unnamed[0] : void 0;
    }
    return byNameAndFile.get(keyOf(f.agent, f.file)) ?? byName.get(f.agent);
  };
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
  const summaryFor = summaryIndex(report);
  for (const f of report.findings) {
    const summary = summaryFor(f);
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
  summaryIndex,
  agentViews,
  checksOfFramework
};
