import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  picomatch
} from "./chunk-EHMHJOXK.js";

// src/manifest/empty-paths.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}
function coverage(root, arg) {
  const rel = toPosix(relative(root, resolve(root, arg)));
  const exact = (file) => rel === "" || file === rel || file.startsWith(`${rel}/`);
  if (!/[*?[{(]/.test(arg) || !picomatch().scan(arg).isGlob) return exact;
  const pattern = isAbsolute(arg) ? rel : toPosix(arg).replace(/^(\.\/)+/, "");
  const matches = picomatch()(pattern, { dot: true });
  return (file) => exact(file) || matches(file);
}
function yieldedFiles(found) {
  const files = [
    ...found.agentFiles,
    ...found.nativeFiles ?? [],
    ...found.report.errors.map((e) => e.file)
  ];
  for (const c of found.report.components ?? []) {
    if (c.path !== ".") files.push(c.path);
    files.push(...c.files, ...c.signals.map((s) => s.file));
  }
  return [...new Set(files)];
}
function pathsWithoutAgents(root, paths, yielded) {
  const files = [...new Set(yielded)];
  return (paths.length > 0 ? paths : ["."]).filter((arg) => {
    const covers = coverage(root, arg);
    return !files.some(covers);
  });
}
function noAgentsMessage(paths) {
  return `no agents found in ${paths.join(", ")} (no YAML or JSON document with apiVersion: agentpolicy.dev/v1 and kind: Agent, no native agent config, no agent code)`;
}

export {
  yieldedFiles,
  pathsWithoutAgents,
  noAgentsMessage
};
