// .NET project files (*.csproj, *.fsproj, *.vbproj; MSBuild XML): <PackageReference Include="Id"
// Version="..."/> (Version as an attribute or a child element), and NuGet's older packages.config
// (<package id="Id" version="..."/>). Directory.Packages.props only pins versions, it references nothing.
import { FileBuilder, type Reader } from "./common.js";
import { child, columnOf, localName, parseXml, type XmlElement } from "./xml.js";

function* walk(el: XmlElement, depth = 0): Generator<XmlElement> {
  yield el;
  if (depth > 64) return;
  for (const c of el.children) yield* walk(c, depth + 1);
}

function attr(el: XmlElement, name: string): string | undefined {
  const key = Object.keys(el.attributes).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : el.attributes[key];
}

export const readCsproj: Reader = (file, text) => {
  const b = new FileBuilder(file, "nuget", text);
  const parsed = parseXml(text);
  if ("error" in parsed) {
    b.errorLine(parsed.error.line, parsed.error.column, `malformed XML: ${parsed.error.message}`);
    return b.result;
  }
  const lines = text.split("\n");
  const isPackagesConfig = /(^|\/)packages\.config$/i.test(file);
  if (!isPackagesConfig) {
    const name = file
      .split("/")
      .pop()!
      .replace(/\.(cs|fs|vb)proj$/i, "");
    b.result.projectName = name;
  }
  for (const el of walk(parsed.root)) {
    const tag = localName(el.name);
    const id = isPackagesConfig
      ? tag === "package"
        ? attr(el, "id")
        : undefined
      : tag === "PackageReference"
        ? (attr(el, "Include") ?? attr(el, "Update"))
        : undefined;
    if (!id) continue;
    // the start tag may span lines; saxes reports its end, so look for the id upwards from there
    let line = el.line;
    while (line > 1 && !(lines[line - 1] ?? "").includes(id)) line--;
    const col = columnOf(lines, line, id);
    const version = attr(el, "Version") ?? attr(el, "version") ?? child(el, "Version")?.text.trim();
    const privateAssets = attr(el, "PrivateAssets") ?? child(el, "PrivateAssets")?.text.trim();
    b.addAt(id, line, col, col + id.length, {
      version,
      ...(attr(el, "developmentDependency") === "true" || privateAssets?.toLowerCase() === "all"
        ? { scope: "dev" }
        : {}),
    });
  }
  return b.result;
};
