// pom.xml (Maven POM 4.0.0): <dependencies><dependency> with groupId, artifactId, version and scope, in
// the project itself and in <dependencyManagement>, and in each <profile>. Plugin dependencies belong to
// the build, not the program, and are left out. The finding points at the <artifactId> line.
import { FileBuilder, type Reader } from "./common.js";
import { child, children, columnOf, parseXml, type XmlElement } from "./xml.js";

export const readPom: Reader = (file, text) => {
  const b = new FileBuilder(file, "maven", text);
  const parsed = parseXml(text);
  if ("error" in parsed) {
    b.errorLine(parsed.error.line, parsed.error.column, `malformed XML: ${parsed.error.message}`);
    return b.result;
  }
  const project = parsed.root;
  if (project.name !== "project") {
    b.errorLine(project.line, 1, "a POM's root element is <project>");
    return b.result;
  }
  const lines = text.split("\n");
  const artifact = child(project, "artifactId")?.text.trim();
  if (artifact) b.result.projectName = artifact;
  const fromSection = (section: XmlElement | undefined, managed: boolean): void => {
    const deps = section && child(section, "dependencies");
    if (!deps) return;
    for (const dep of children(deps, "dependency")) {
      const group = child(dep, "groupId")?.text.trim();
      const artifactEl = child(dep, "artifactId");
      const artifactId = artifactEl?.text.trim();
      if (!group || !artifactId || !artifactEl) {
        b.errorLine(dep.line, 1, "a <dependency> needs <groupId> and <artifactId>");
        continue;
      }
      const col = columnOf(lines, artifactEl.line, artifactId);
      const scope = child(dep, "scope")?.text.trim();
      b.addAt(`${group}:${artifactId}`, artifactEl.line, col, col + artifactId.length, {
        version: child(dep, "version")?.text.trim(),
        ...(managed ? { scope: "managed" } : scope && scope !== "compile" ? { scope } : {}),
      });
    }
  };
  fromSection(project, false);
  fromSection(child(project, "dependencyManagement"), true);
  for (const profiles of children(project, "profiles")) {
    for (const profile of children(profiles, "profile")) {
      fromSection(profile, false);
      fromSection(child(profile, "dependencyManagement"), true);
    }
  }
  const modules = child(project, "modules");
  if (modules)
    b.result.workspaces = children(modules, "module")
      .map((m) => m.text.trim())
      .filter(Boolean);
  return b.result;
};
