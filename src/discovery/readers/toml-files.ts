// The TOML dependency files, read with toml-eslint-parser (a maintained TOML 1.0 parser that keeps every
// node's position): pyproject.toml (PEP 621 `[project]` dependencies and optional-dependencies, PEP 735
// `[dependency-groups]`, Poetry's `[tool.poetry.dependencies]` and groups, uv's dev-dependencies),
// Pipfile (`[packages]`, `[dev-packages]`), Cargo.toml (`[dependencies]`, dev/build dependencies, per
// target, `[workspace.dependencies]`, `package = "..."` renames) and Gradle's version catalog.
import type { AST } from "toml-eslint-parser";
import { FileBuilder, type Reader } from "./common.js";
import type { Ecosystem } from "../types.js";
import { tomlParser } from "../../util/vendor.js";

/** A key/value of the document with its full key path (tables and dotted keys resolved). */
export interface TomlEntry {
  path: (string | number)[];
  key: AST.TOMLKey;
  value: AST.TOMLContentNode;
}

export type TomlResult =
  { entries: TomlEntry[] } | { error: { line: number; column: number; message: string } };

function keyPath(key: AST.TOMLKey): string[] {
  return key.keys.map((k) => (k.type === "TOMLBare" ? k.name : String(k.value)));
}

export function readToml(text: string): TomlResult {
  let ast: AST.TOMLProgram;
  try {
    ast = tomlParser().parseTOML(text);
  } catch (e) {
    const err = e as { lineNumber?: number; column?: number; message?: string };
    return {
      error: {
        line: err.lineNumber ?? 1,
        column: err.column ?? 1,
        message: (err.message ?? "malformed TOML").replace(/\s*\(\d+:\d+\)$/, ""),
      },
    };
  }
  const entries: TomlEntry[] = [];
  const visit = (body: readonly AST.TOMLKeyValue[], prefix: (string | number)[]): void => {
    for (const kv of body) {
      const path = [...prefix, ...keyPath(kv.key)];
      entries.push({ path, key: kv.key, value: kv.value });
      if (kv.value.type === "TOMLInlineTable") visit(kv.value.body, path);
    }
  };
  const top = ast.body[0];
  for (const item of top?.body ?? []) {
    if (item.type === "TOMLKeyValue") visit([item], []);
    else visit(item.body, item.resolvedKey);
  }
  return { entries };
}

const same = (a: readonly (string | number)[], b: readonly (string | number)[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

function start(b: FileBuilder, toml: TomlResult): toml is { entries: TomlEntry[] } {
  if ("error" in toml) {
    b.errorLine(toml.error.line, toml.error.column, `malformed TOML: ${toml.error.message}`);
    return false;
  }
  return true;
}

function staticValue(node: AST.TOMLContentNode): unknown {
  try {
    return tomlParser().getStaticTOMLValue(node);
  } catch {
    return undefined;
  }
}

/** Adds a dependency declared as a key (`name = "1.0"`, `name = { version = "1.0" }`). */
function addKey(b: FileBuilder, e: TomlEntry, scope?: string, renamedFrom?: string): void {
  const name = renamedFrom ?? String(e.path.at(-1));
  const v = staticValue(e.value);
  const version =
    typeof v === "string"
      ? v
      : typeof v === "object" && v !== null && typeof (v as { version?: unknown }).version === "string"
        ? (v as { version: string }).version
        : undefined;
  b.add(name, e.key.range[0], e.key.range[1], {
    ...(version ? { version } : {}),
    ...(scope ? { scope } : {}),
  });
}

/** Adds PEP 508 strings of an array (`dependencies = ["openai>=1", ...]`). */
function addRequirements(b: FileBuilder, node: AST.TOMLContentNode, scope?: string): void {
  if (node.type !== "TOMLArray") return;
  for (const el of node.elements) {
    if (el.type !== "TOMLValue" || el.kind !== "string") continue; // PEP 735 {include-group = ...}
    const req = String(el.value);
    const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*([^;@]*)/.exec(req);
    if (!m) {
      b.errorAt(el.range[0], `not a requirement (PEP 508): ${req.slice(0, 80)}`);
      continue;
    }
    b.add(m[1]!, el.range[0], el.range[1], {
      ...(m[3]!.trim() ? { version: m[3]!.replace(/\s+/g, "") } : {}),
      ...(scope ? { scope } : {}),
    });
  }
}

function tomlReader(ecosystem: Ecosystem, read: (b: FileBuilder, entries: TomlEntry[]) => void): Reader {
  return (file, text) => {
    const b = new FileBuilder(file, ecosystem, text);
    const toml = readToml(text);
    if (start(b, toml)) read(b, toml.entries);
    return b.result;
  };
}

export const readPyproject = tomlReader("pypi", (b, entries) => {
  for (const e of entries) {
    const p = e.path;
    if (same(p, ["project", "name"]) || same(p, ["tool", "poetry", "name"])) {
      const v = staticValue(e.value);
      if (typeof v === "string") b.result.projectName ??= v;
    }
    if (same(p, ["project", "dependencies"])) addRequirements(b, e.value);
    else if (p.length === 3 && p[0] === "project" && p[1] === "optional-dependencies")
      addRequirements(b, e.value, "optional");
    else if (p.length === 2 && p[0] === "dependency-groups")
      addRequirements(b, e.value, String(p[1]) === "dev" ? "dev" : String(p[1]));
    else if (same(p, ["tool", "uv", "dev-dependencies"])) addRequirements(b, e.value, "dev");
    else if (
      p.length === 4 &&
      p[0] === "tool" &&
      p[1] === "poetry" &&
      (p[2] === "dependencies" || p[2] === "dev-dependencies")
    ) {
      if (p[3] === "python") continue; // the interpreter, not a package
      addKey(b, e, p[2] === "dev-dependencies" ? "dev" : undefined);
    } else if (
      p.length === 6 &&
      p[0] === "tool" &&
      p[1] === "poetry" &&
      p[2] === "group" &&
      p[4] === "dependencies"
    ) {
      if (p[5] === "python") continue;
      addKey(b, e, String(p[3]));
    }
  }
});

export const readPipfile = tomlReader("pypi", (b, entries) => {
  for (const e of entries) {
    if (e.path.length !== 2) continue;
    if (e.path[0] === "packages") addKey(b, e);
    else if (e.path[0] === "dev-packages") addKey(b, e, "dev");
  }
});

/** Dependency tables by name, with their scope (a Map: a table may be called `[constructor]`). */
const CARGO_SECTIONS = new Map<string, string | undefined>([
  ["dependencies", undefined],
  ["dev-dependencies", "dev"],
  ["build-dependencies", "build"],
]);

export const readCargo = tomlReader("crates", (b, entries) => {
  const depth = (e: TomlEntry): { at: number; scope?: string } | undefined => {
    const p = e.path;
    // [dependencies] name, [target.'cfg(..)'.dependencies] name, [workspace.dependencies] name
    if (p.length === 2 && CARGO_SECTIONS.has(String(p[0])))
      return { at: 1, scope: CARGO_SECTIONS.get(String(p[0])) };
    if (p.length === 4 && p[0] === "target" && CARGO_SECTIONS.has(String(p[2])))
      return { at: 3, scope: CARGO_SECTIONS.get(String(p[2])) };
    if (p.length === 3 && p[0] === "workspace" && p[1] === "dependencies")
      return { at: 2, scope: "workspace" };
    return undefined;
  };
  for (const e of entries) {
    if (same(e.path, ["package", "name"])) {
      const v = staticValue(e.value);
      if (typeof v === "string") b.result.projectName = v;
    }
    if (same(e.path, ["workspace", "members"])) {
      const v = staticValue(e.value);
      if (Array.isArray(v)) b.result.workspaces = v.filter((x): x is string => typeof x === "string");
    }
    const d = depth(e);
    if (!d) continue;
    const v = staticValue(e.value);
    // `openai = { package = "async-openai" }`: the crate is the package, the key only its local name
    const renamed =
      typeof v === "object" && v !== null && typeof (v as { package?: unknown }).package === "string"
        ? (v as { package: string }).package
        : undefined;
    addKey(b, e, d.scope, renamed);
  }
});

/** gradle/libs.versions.toml: alias → "group:artifact" from [libraries]. */
export function readVersionCatalog(
  text: string,
): Map<string, string> | { line: number; column: number; message: string } {
  const toml = readToml(text);
  if ("error" in toml) return toml.error;
  const out = new Map<string, string>();
  for (const e of toml.entries) {
    if (e.path.length !== 2 || e.path[0] !== "libraries") continue;
    const v = staticValue(e.value);
    let coord: string | undefined;
    if (typeof v === "string") coord = v.split(":").slice(0, 2).join(":");
    else if (typeof v === "object" && v !== null) {
      const o = v as { module?: unknown; group?: unknown; name?: unknown };
      if (typeof o.module === "string") coord = o.module;
      else if (typeof o.group === "string" && typeof o.name === "string") coord = `${o.group}:${o.name}`;
    }
    if (coord) out.set(String(e.path[1]).replace(/[-_.]/g, ".").toLowerCase(), coord);
  }
  return out;
}
