// Where the package's own data (rules/, schema/) lives. The same code runs from src/ under vitest and
// from the single-file bundle in dist/, so the root is found by walking up to our package.json rather
// than by a fixed relative path.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE_NAME = "agentpolicy";
let cachedRoot: string | undefined;

function isOurPackage(dir: string): boolean {
  const file = join(dir, "package.json");
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/** Walks up from `start` to the directory holding the agentpolicy package.json. */
export function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (isOurPackage(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${start}`);
    dir = parent;
  }
}

export function packageRoot(): string {
  cachedRoot ??= findPackageRoot(dirname(fileURLToPath(import.meta.url)));
  return cachedRoot;
}

/** The built-in rule pack: rules/checks/*.yaml and rules/frameworks/*.yaml. */
export function builtinRulesDir(): string {
  return join(packageRoot(), "rules");
}

export function schemaFile(name: "rule" | "framework" | "config"): string {
  return join(packageRoot(), "schema", `${name}.schema.json`);
}
