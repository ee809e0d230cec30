// requirements*.txt (pip's requirements file format): one requirement per line (PEP 508: a name, extras,
// a version specifier, markers), `name @ url`, `-e`/URL lines with `#egg=name`, options (`-r`, `-c`,
// `--index-url`...), comments, and backslash continuations. Only the name and the version as written are
// kept; a line pip would reject is an error at that line.
import { FileBuilder, linesOf, type Reader } from "./common.js";

// PEP 508 names: letters and digits, with '.', '_' and '-' inside
const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/;
const EGG = /[#&]egg=([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

export const readRequirements: Reader = (file, text) => {
  const b = new FileBuilder(file, "pypi", text);
  let pending: { line: number; column: number; text: string } | undefined;
  const handle = (line: number, column: number, raw: string): void => {
    // a comment starts at '#' preceded by whitespace (or at the line's start); a URL fragment is not one
    const body = raw.replace(/(^|\s)#.*$/, "").trim();
    if (body === "") return;
    if (body.startsWith("-e ") || body.startsWith("--editable") || /^[a-z+]+:\/\//i.test(body)) {
      const egg = EGG.exec(body);
      if (egg) b.addAt(egg[1]!, line, column, column + raw.trimEnd().length);
      return; // a local path or a URL without #egg= names no package
    }
    if (body.startsWith("-")) return; // -r, -c, --index-url, --hash...: options, not requirements
    // a local path or archive (but `name @ https://.../x.whl` is a named direct reference)
    if (/^[./~]/.test(body) || (!/\s@\s/.test(body) && /\.(whl|tar\.gz|zip)$/.test(body))) return;
    const m = NAME.exec(body);
    if (!m) {
      b.errorLine(line, column, `not a requirement (PEP 508): ${body.slice(0, 80)}`);
      return;
    }
    let rest = m[3]!.trim();
    if (rest.startsWith("@")) rest = ""; // name @ url: a direct reference, no version
    rest = rest.split(";")[0]!.trim(); // environment markers
    if (rest !== "" && !/^(\(?\s*(===|==|!=|~=|<=|>=|<|>)\s*[^\s,]+\s*,?\s*)+\)?$/.test(rest)) {
      b.errorLine(line, column, `invalid version specifier for ${m[1]}: ${rest.slice(0, 80)}`);
      return;
    }
    const start = raw.indexOf(m[1]!);
    b.addAt(m[1]!, line, column + Math.max(0, start), column + Math.max(0, start) + m[1]!.length, {
      version: rest.replace(/\s+/g, ""),
    });
  };
  for (const { line, text: t } of linesOf(text)) {
    if (pending) {
      pending.text += " " + t;
    } else {
      pending = { line, column: 1, text: t };
    }
    if (/\\$/.test(pending.text)) {
      pending.text = pending.text.replace(/\\$/, "");
      continue;
    }
    handle(pending.line, pending.column, pending.text);
    pending = undefined;
  }
  if (pending) handle(pending.line, pending.column, pending.text);
  return b.result;
};
