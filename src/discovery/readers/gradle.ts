// build.gradle (Groovy DSL) and build.gradle.kts (Kotlin DSL): dependency declarations in the shapes
// Gradle's documentation uses: `implementation("g:a:v")`, `implementation 'g:a:v'`,
// `implementation group: 'g', name: 'a', version: 'v'`, `api(platform("g:a:v"))`, and version-catalog
// references (`implementation(libs.langchain4j.core)`), which are resolved against
// gradle/libs.versions.toml by the caller when it exists. Neither DSL is parsed as a program (no
// maintained JavaScript parser exists for either); declarations are recognised per line.
import { FileBuilder, linesOf, type Reader } from "./common.js";

const CONFIGS =
  "implementation|api|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly|testCompileOnly|annotationProcessor|kapt|ksp|compile|runtime|testCompile|developmentOnly|providedCompile|providedRuntime";
const COORD = new RegExp(
  `\\b(${CONFIGS})\\b\\s*\\(?\\s*(?:(?:platform|enforcedPlatform)\\s*\\(\\s*)?(["'])([^"':]+):([^"':]+)(?::([^"']*))?\\2`,
);
const MAP = new RegExp(
  `\\b(${CONFIGS})\\b\\s*\\(?\\s*group\\s*[:=]\\s*(["'])([^"']+)\\2\\s*,\\s*name\\s*[:=]\\s*(["'])([^"']+)\\4(?:\\s*,\\s*version\\s*[:=]\\s*(["'])([^"']+)\\6)?`,
);
const CATALOG = new RegExp(
  `\\b(${CONFIGS})\\b\\s*\\(?\\s*(?:(?:platform|enforcedPlatform)\\s*\\(\\s*)?libs\\.([A-Za-z0-9_.]+)`,
);

function scopeOf(config: string): string | undefined {
  if (config.startsWith("test")) return "test";
  if (config === "compileOnly" || config === "annotationProcessor" || config === "kapt" || config === "ksp")
    return "build";
  return undefined;
}

/** Version-catalog aliases referenced as `libs.x.y`, to be resolved by the caller. */
export interface GradleCatalogRef {
  alias: string;
  line: number;
  column: number;
  endColumn: number;
  scope?: string;
}

export function readGradleWithRefs(
  file: string,
  text: string,
): { result: ReturnType<Reader>; refs: GradleCatalogRef[] } {
  const b = new FileBuilder(file, "maven", text);
  const refs: GradleCatalogRef[] = [];
  let inBlockComment = false;
  for (const { line, text: raw } of linesOf(text)) {
    let t = raw;
    if (inBlockComment) {
      const end = t.indexOf("*/");
      if (end === -1) continue;
      t = " ".repeat(end + 2) + t.slice(end + 2);
      inBlockComment = false;
    }
    const open = t.indexOf("/*");
    if (open !== -1 && t.indexOf("*/", open) === -1) {
      inBlockComment = true;
      t = t.slice(0, open);
    }
    t = t.replace(/\/\/.*$/, "");
    const c = COORD.exec(t);
    if (c) {
      const name = `${c[3]}:${c[4]}`;
      const col = t.indexOf(c[3]!) + 1;
      const scope = scopeOf(c[1]!);
      b.addAt(name, line, col, col + name.length, { version: c[5], ...(scope ? { scope } : {}) });
      continue;
    }
    const m = MAP.exec(t);
    if (m) {
      const col = t.indexOf(m[3]!) + 1;
      const scope = scopeOf(m[1]!);
      b.addAt(`${m[3]}:${m[5]}`, line, col, t.indexOf(m[5]!) + m[5]!.length + 1, {
        version: m[7],
        ...(scope ? { scope } : {}),
      });
      continue;
    }
    const r = CATALOG.exec(t);
    if (r && !/^(versions|plugins|bundles)\./.test(r[2]!)) {
      const col = t.indexOf(`libs.${r[2]}`) + 1;
      const scope = scopeOf(r[1]!);
      refs.push({
        alias: r[2]!,
        line,
        column: col,
        endColumn: col + 5 + r[2]!.length,
        ...(scope ? { scope } : {}),
      });
    }
  }
  return { result: b.result, refs };
}

export const readGradle: Reader = (file, text) => readGradleWithRefs(file, text).result;

/** Gradle's accessor for a catalog alias: '-', '_' and '.' all become '.'. */
export function catalogAccessor(alias: string): string {
  return alias.replace(/[-_.]/g, ".").toLowerCase();
}
