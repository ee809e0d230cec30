// The least a Node process spends listing a tree: blocking readdir with file types, the folders a check never
// enters skipped by name, every path kept, nothing read and no .gitignore. bench/README.md ("The floor")
// compares it with `check` and ripgrep: `hyperfine -N "node bench/bare-walk.mjs <dir>"`. N=1 prints the count.
import { readdirSync } from "node:fs";
const SKIP = new Set([
  "node_modules",
  ".git",
  "dist",
  "build",
  "target",
  ".venv",
  "out",
  "vendor",
  "coverage",
]);
const files = [];
const stack = [process.argv[2] ?? "."];
while (stack.length) {
  const dir = stack.pop();
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!SKIP.has(e.name)) stack.push(dir + "/" + e.name);
    } else files.push(dir + "/" + e.name);
  }
}
if (process.env.N) console.log(files.length);
