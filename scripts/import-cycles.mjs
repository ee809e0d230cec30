#!/usr/bin/env node
// Fails when the source files import each other in a circle (`npm run lint` runs it). A circle means
// two modules cannot be understood, tested or loaded one without the other; the layering in
// docs/architecture.md keeps every folder depending only downward, and this keeps it honest at the
// level of files. Type-only imports count too: they tie the modules' meanings together just the same.
// A small script instead of a lint plugin: it reads each file once and runs in well under a second.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["src"];

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|mts)$/.test(name) && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

// Static imports and re-exports (`import … from "x"`, `export … from "x"`, `import "x"`) and dynamic
// `import("x")` with a literal; comments are removed first so commented-out code does not count.
const SPEC =
  /(?:^|[;\s}])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file) {
  const text = readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const found = [];
  for (const m of text.matchAll(SPEC)) {
    const spec = m[1] ?? m[2];
    if (!spec || !spec.startsWith(".")) continue;
    const target = resolve(dirname(file), spec).replace(/\.(m?)js$/, ".$1ts");
    found.push(target);
  }
  return found;
}

const files = dirs.flatMap((d) => walk(resolve(root, d), []));
const known = new Set(files);
const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => known.has(t))]));

// Tarjan's strongly connected components: every component with more than one file (or a file that
// imports itself) is a circle.
let index = 0;
const stack = [];
const info = new Map();
const cycles = [];
function strongConnect(v) {
  const node = { index, low: index, onStack: true };
  index++;
  info.set(v, node);
  stack.push(v);
  for (const w of graph.get(v)) {
    const seen = info.get(w);
    if (!seen) {
      strongConnect(w);
      node.low = Math.min(node.low, info.get(w).low);
    } else if (seen.onStack) node.low = Math.min(node.low, seen.index);
  }
  if (node.low === node.index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v).includes(v)) cycles.push(component);
  }
}
for (const f of files) if (!info.has(f)) strongConnect(f);

/** One concrete circle inside a component, for the message: a shortest path back to the start. */
function circleIn(component) {
  const members = new Set(component);
  const start = [...component].sort()[0];
  const prev = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift();
    for (const w of graph.get(v)) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [v];
        for (let p = prev.get(v); p; p = prev.get(p)) path.unshift(p);
        return [...path, start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

if (cycles.length > 0) {
  for (const c of cycles) {
    const rel = circleIn(c).map((f) => relative(root, f));
    console.error(`import cycle (${c.length} files): ${rel.join(" → ")}`);
  }
  console.error(
    `\n${cycles.length} import cycle(s). Move what both sides need one layer down (see docs/architecture.md).`,
  );
  process.exit(1);
}
