// Which files are dependency files, and the reader for each. Lockfiles (package-lock.json, yarn.lock,
// pnpm-lock.yaml, poetry.lock, uv.lock, Pipfile.lock, go.sum, Cargo.lock, Gemfile.lock,
// packages.lock.json, gradle.lockfile) are never read: they list transitive dependencies, are often
// megabytes long, and a direct dependency is what ties agent code to the project that chose it.
import type { Reader } from "./common.js";
import { readCsproj } from "./csproj.js";
import { readGemfile } from "./gemfile.js";
import { readGoMod } from "./go-mod.js";
import { readGradle } from "./gradle.js";
import { readPackageJson } from "./package-json.js";
import { readPom } from "./pom.js";
import { readRequirements } from "./requirements.js";
import { readCargo, readPipfile, readPyproject } from "./toml-files.js";

export interface DependencyFileKind {
  reader: Reader;
  /** How many folders above the file's folder its project sits (requirements/*.txt → 1). */
  up: number;
}

// A Map, not an object literal: a file name is repository content, and a file named `constructor` must
// not find a property every object inherits.
const BY_NAME: ReadonlyMap<string, DependencyFileKind> = new Map(
  (
    [
      ["package.json", readPackageJson],
      ["pyproject.toml", readPyproject],
      ["Pipfile", readPipfile],
      ["go.mod", readGoMod],
      ["pom.xml", readPom],
      ["build.gradle", readGradle],
      ["build.gradle.kts", readGradle],
      ["packages.config", readCsproj],
      ["Gemfile", readGemfile],
      ["gems.rb", readGemfile],
      ["Cargo.toml", readCargo],
    ] as const
  ).map(([name, reader]) => [name, { reader, up: 0 }]),
);

/**
 * The reader for a file at `path` (from the scan root), or undefined when it is no dependency file. It
 * runs on every file of the repository: the cheap tests come first. `name` is the file name (the part of
 * `path` after its last '/'), when the caller has it already.
 */
export function dependencyFileKind(
  path: string,
  name = path.slice(path.lastIndexOf("/") + 1),
): DependencyFileKind | undefined {
  const slash = path.length - name.length - 1;
  const byName = BY_NAME.get(name);
  if (byName) return byName;
  if (/\.(txt|in)$/i.test(name)) {
    if (/^requirements([-_.][\w.-]*)?\.(txt|in)$/i.test(name)) return { reader: readRequirements, up: 0 };
    // requirements/base.txt, requirements/dev.txt: the project is the folder above
    if (path.slice(path.lastIndexOf("/", slash - 1) + 1, Math.max(0, slash)) === "requirements")
      return { reader: readRequirements, up: 1 };
  }
  if (/\.(cs|fs|vb)proj$/i.test(name)) return { reader: readCsproj, up: 0 };
  if (/\.gemspec$/.test(name)) return { reader: readGemfile, up: 0 };
  return undefined;
}
