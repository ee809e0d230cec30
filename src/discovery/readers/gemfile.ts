// Gemfile (Bundler's Ruby DSL) and *.gemspec: `gem "name", "version"...` and
// `spec.add_dependency` / `add_runtime_dependency` / `add_development_dependency "name"`. Ruby is not
// parsed as a whole: a line that declares a gem is recognised by its shape, which is how Bundler's own
// files are written; `group :development, :test do` blocks give the scope.
import { FileBuilder, linesOf, type Reader } from "./common.js";

const GEM = /^\s*gem\s*\(?\s*(["'])([^"']+)\1\s*(?:,\s*(["'])([^"']*)\3)?/;
const SPEC =
  /^\s*\w+\.add_(runtime_|development_)?dependency\s*\(?\s*(["'])([^"']+)\2\s*(?:,\s*(["'])([^"']*)\4)?/;
const GROUP = /^\s*group\s+(.+?)\s+do\b/;

export const readGemfile: Reader = (file, text) => {
  const b = new FileBuilder(file, "rubygems", text);
  const groups: (string | undefined)[] = [];
  for (const { line, text: raw } of linesOf(text)) {
    const t = raw.replace(/(^|\s)#.*$/, "");
    const g = GROUP.exec(t);
    if (g) {
      const names = [...g[1]!.matchAll(/:(\w+)|["'](\w+)["']/g)].map((m) => m[1] ?? m[2]);
      groups.push(names.every((n) => n === "development" || n === "test") ? "dev" : undefined);
      continue;
    }
    if (/\bdo\s*(\|[^|]*\|)?\s*$/.test(t)) {
      groups.push(undefined); // platforms, source or install_if blocks: no scope of their own
      continue;
    }
    if (/^\s*end\b/.test(t)) {
      groups.pop();
      continue;
    }
    const m = GEM.exec(t);
    if (m) {
      const col = raw.indexOf(m[2]!) + 1;
      const scope = groups.findLast((s) => s !== undefined);
      b.addAt(m[2]!, line, col, col + m[2]!.length, { version: m[4], ...(scope ? { scope } : {}) });
      continue;
    }
    const s = SPEC.exec(t);
    if (s) {
      const col = raw.indexOf(s[3]!) + 1;
      b.addAt(s[3]!, line, col, col + s[3]!.length, {
        version: s[5],
        ...(s[1] === "development_" ? { scope: "dev" } : {}),
      });
    }
  }
  return b.result;
};
