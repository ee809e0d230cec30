import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// src/policy/lookup.ts
var squash = (s) => s.toLowerCase().replace(/\s+/g, "");
function findCheck(policy, id) {
  const want = squash(id);
  return policy.checks.find((c) => squash(c.id) === want);
}
function findControls(policy, query) {
  const colon = query.indexOf(":");
  const fwId = colon > 0 ? query.slice(0, colon).trim().toLowerCase() : void 0;
  const scoped = fwId !== void 0 && policy.frameworks.some((f) => f.id === fwId);
  const controlId = squash(scoped ? query.slice(colon + 1) : query);
  const matches = [];
  for (const framework of policy.frameworks) {
    if (scoped && framework.id !== fwId) continue;
    for (const control of framework.controls) {
      if (squash(control.id) === controlId) matches.push({ framework, control });
    }
  }
  return matches;
}
function controlsOfCheck(policy, checkId) {
  const out = [];
  for (const framework of policy.frameworks) {
    for (const control of framework.controls)
      if (control.checks.includes(checkId)) out.push({ framework, control });
  }
  return out;
}

export {
  findCheck,
  findControls,
  controlsOfCheck
};
