// go.mod (https://go.dev/ref/mod#go-mod-file): the module path and `require` directives, single-line or
// in a parenthesised block, `// indirect` marking dependencies the module does not import itself.
import { FileBuilder, linesOf, type Reader } from "./common.js";

const MODULE_PATH = /^("?)([^\s"]+)\1\s+("?)(v[^\s"]+)\3\s*(\/\/.*)?$/;

export const readGoMod: Reader = (file, text) => {
  const b = new FileBuilder(file, "go", text);
  let block: string | undefined;
  const require = (line: number, raw: string, body: string): void => {
    const m = MODULE_PATH.exec(body);
    if (!m) {
      b.errorLine(line, raw.indexOf(body) + 1, `malformed require: ${body.slice(0, 80)}`);
      return;
    }
    const col = raw.indexOf(m[2]!) + 1;
    b.addAt(m[2]!, line, col, col + m[2]!.length, {
      version: m[4]!,
      ...(m[5] && /\bindirect\b/.test(m[5]) ? { scope: "indirect" } : {}),
    });
  };
  for (const { line, text: raw } of linesOf(text)) {
    const t = raw.trim();
    if (t === "" || t.startsWith("//")) continue;
    if (block !== undefined) {
      if (t === ")") block = undefined;
      else if (block === "require") require(line, raw, t);
      continue;
    }
    const directive =
      /^(module|go|toolchain|godebug|require|replace|exclude|retract|tool|ignore)\b\s*(.*)$/.exec(t);
    if (!directive) {
      b.errorLine(line, 1, `unknown directive: ${t.slice(0, 80)}`);
      continue;
    }
    const [, verb, rest] = directive;
    if (rest!.startsWith("(")) {
      block = verb;
      continue;
    }
    if (verb === "module")
      b.result.projectName = rest!
        .replace(/\/\/.*$/, "")
        .trim()
        .replace(/^"|"$/g, "");
    if (verb === "require") require(line, raw, rest!.trim());
  }
  if (block !== undefined) b.errorLine(text.split("\n").length, 1, `unterminated ${block} block`);
  return b.result;
};
