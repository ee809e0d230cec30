// Import sites in source code: which module a file imports, and where. Each language's import forms are
// matched with expressions anchored to the statement (not a full parse: a module named inside a string
// or a comment can be mistaken for an import, which only ever adds evidence to a component that already
// has a dependency on the package).
import { LineIndex } from "../manifest/positions.js";
import type { Language } from "./types.js";

export interface ImportSite {
  module: string;
  line: number;
  column: number;
}

// A Map, not an object literal: an extension is repository content (a file named x.constructor).
const EXTENSIONS: ReadonlyMap<string, Language> = new Map(
  Object.entries({
    js: "javascript",
    mjs: "javascript",
    cjs: "javascript",
    jsx: "javascript",
    ts: "javascript",
    tsx: "javascript",
    mts: "javascript",
    cts: "javascript",
    py: "python",
    go: "go",
    java: "java",
    kt: "java",
    scala: "java",
    groovy: "java",
    cs: "csharp",
    rb: "ruby",
    rs: "rust",
  } satisfies Record<string, Language>),
);

/**
 * The language of a source file, or undefined for other files, declaration files and minified bundles. It
 * runs on every file of a repository: the extension is looked at first.
 */
export function languageOf(path: string): Language | undefined {
  const dot = path.lastIndexOf(".");
  if (dot === -1 || dot < path.lastIndexOf("/")) return undefined;
  const language = EXTENSIONS.get(path.slice(dot + 1));
  if (language !== "javascript") return language;
  // on the whole path: neither suffix can hold a '/'
  return /\.(min|bundle)\.[cm]?js$/.test(path) || /\.d\.[cm]?ts$/.test(path) ? undefined : language;
}

/** A line this long in the first 64 kB means generated or minified code: no import sites worth showing. */
const MINIFIED_LINE = 5_000;

export function looksMinified(text: string): boolean {
  const head = text.slice(0, 65_536);
  let start = 0;
  for (let nl = head.indexOf("\n"); ; nl = head.indexOf("\n", start)) {
    const end = nl === -1 ? head.length : nl;
    if (end - start > MINIFIED_LINE) return true;
    if (nl === -1) return false;
    start = nl + 1;
  }
}

type Pattern = { re: RegExp; group: number };

const PATTERNS: Record<Exclude<Language, "go" | "python">, Pattern[]> = {
  javascript: [
    // import x from "m"; import {a,\n b} from "m"; export * from "m"
    { re: /\b(?:import|export)\b(?:[^;'"`()]|\([^)]*\))*?\bfrom\s*(['"])([^'"\n]+)\1/g, group: 2 },
    // import "m" (side effects)
    { re: /(?:^|[;\s])import\s*(['"])([^'"\n]+)\1/g, group: 2 },
    // require("m"), import("m")
    { re: /\b(?:require|import)\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g, group: 2 },
  ],
  java: [{ re: /^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+)/gm, group: 1 }],
  csharp: [
    {
      re: /^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:\w+[ \t]*=[ \t]*)?([\w.]+)[ \t]*;/gm,
      group: 1,
    },
  ],
  ruby: [{ re: /^[ \t]*require[ \t]*\(?[ \t]*(['"])([^'"\n]+)\1/gm, group: 2 }],
  rust: [
    { re: /^[ \t]*(?:pub(?:\([^)]*\))?[ \t]+)?use[ \t]+(?:::)?(\w+(?:::\w+)*)/gm, group: 1 },
    { re: /^[ \t]*extern[ \t]+crate[ \t]+(\w+)/gm, group: 1 },
  ],
};

/**
 * The import sites of `text` in `language` whose module `wanted` accepts (every one by default), in source
 * order. Positions are worked out only for those: most imports of a project name no catalog entry.
 */
export function importSites(
  language: Language,
  text: string,
  wanted: (module: string) => boolean = () => true,
): ImportSite[] {
  let lines: LineIndex | undefined;
  const sites: ImportSite[] = [];
  const at = (module: string, offset: number): void => {
    if (!wanted(module)) return;
    const p = (lines ??= new LineIndex(text)).position(offset);
    sites.push({ module, line: p.line, column: p.column });
  };
  if (language === "python") {
    for (const m of text.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import\b/gm))
      at(m[1]!, m.index + m[0].indexOf(m[1]!));
    for (const m of text.matchAll(
      /^[ \t]*import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*)/gm,
    )) {
      let offset = m.index + m[0].indexOf(m[1]!);
      for (const part of m[1]!.split(",")) {
        const name = part.trim().split(/\s+/)[0]!;
        at(name, offset + part.indexOf(name));
        offset += part.length + 1;
      }
    }
  } else if (language === "go") {
    for (const m of text.matchAll(/^import[ \t]+(?:[\w.]+[ \t]+)?"([^"\n]+)"/gm))
      at(m[1]!, m.index + m[0].indexOf('"') + 1);
    for (const block of text.matchAll(/^import[ \t]*\(([^)]*)\)/gm)) {
      const base = block.index + block[0].indexOf("(") + 1;
      for (const m of block[1]!.matchAll(/"([^"\n]+)"/g)) at(m[1]!, base + m.index + 1);
    }
  } else {
    for (const { re, group } of PATTERNS[language]) {
      for (const m of text.matchAll(re)) {
        const module = m[group]!;
        at(module, m.index + m[0].lastIndexOf(module));
      }
    }
  }
  return sites.sort((a, b) => a.line - b.line || a.column - b.column);
}
