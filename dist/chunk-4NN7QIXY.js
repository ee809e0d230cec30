import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// src/policy/paths.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var PACKAGE_NAME = "agentpolicy";
var cachedRoot;
function isOurPackage(dir) {
  const file = join(dir, "package.json");
  if (!existsSync(file)) return false;
  try {
    return JSON.parse(readFileSync(file, "utf8")).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}
function findPackageRoot(start) {
  let dir = start;
  for (; ; ) {
    if (isOurPackage(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${start}`);
    dir = parent;
  }
}
function packageRoot() {
  cachedRoot ??= findPackageRoot(dirname(fileURLToPath(import.meta.url)));
  return cachedRoot;
}
function builtinRulesDir() {
  return join(packageRoot(), "rules");
}
function schemaFile(name) {
  return join(packageRoot(), "schema", `${name}.schema.json`);
}

export {
  packageRoot,
  builtinRulesDir,
  schemaFile
};
