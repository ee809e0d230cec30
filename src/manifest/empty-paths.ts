// Nothing is not a pass: which of the paths a run was given yielded no agent at all (like ESLint's
// "no files matching the pattern"). A path yielded something when an agent came from a file at or under
// it (a manifest or a native config), when it holds a native agent config (even one that declares no
// agent yet), when discovery found agent code in it (a component, declared or not), or when one of its
// files could not be read or parsed (that is reported as an error already).
import { isAbsolute, relative, resolve, sep } from "node:path";
import { picomatch } from "../util/vendor.js";

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

/** What a path argument covers: a predicate on report paths (relative to the root, '/' separators). */
function coverage(root: string, arg: string): (file: string) => boolean {
  const rel = toPosix(relative(root, resolve(root, arg)));
  const exact = (file: string): boolean => rel === "" || file === rel || file.startsWith(`${rel}/`);
  // picomatch calls a path a glob only for one of these characters (extglobs and braces open with them)
  if (!/[*?[{(]/.test(arg) || !picomatch().scan(arg).isGlob) return exact;
  const pattern = isAbsolute(arg) ? rel : toPosix(arg).replace(/^(\.\/)+/, "");
  const matches = picomatch()(pattern, { dot: true });
  return (file) => exact(file) || matches(file);
}

/** What a check run found, as far as emptiness goes (a CheckResult has this shape). */
export interface Yield {
  /** The file of each agent found. */
  agentFiles: readonly string[];
  nativeFiles?: readonly string[];
  report: {
    errors: readonly { file: string }[];
    components?: readonly { path: string; files: readonly string[]; signals: readonly { file: string }[] }[];
  };
}

/** The report paths of everything a run found: agents' files, native configs, agent code, unreadable files. */
export function yieldedFiles(found: Yield): string[] {
  const files = [
    ...found.agentFiles,
    ...(found.nativeFiles ?? []),
    ...found.report.errors.map((e) => e.file),
  ];
  for (const c of found.report.components ?? []) {
    if (c.path !== ".") files.push(c.path);
    files.push(...c.files, ...c.signals.map((s) => s.file));
  }
  return [...new Set(files)];
}

/**
 * The arguments (as given; "." when none were) under which no file yielded an agent or an error.
 * `yielded` holds the report paths of the files that did.
 */
export function pathsWithoutAgents(
  root: string,
  paths: readonly string[],
  yielded: Iterable<string>,
): string[] {
  const files = [...new Set(yielded)];
  return (paths.length > 0 ? paths : ["."]).filter((arg) => {
    const covers = coverage(root, arg);
    return !files.some(covers);
  });
}

export function noAgentsMessage(paths: readonly string[]): string {
  return (
    `no agents found in ${paths.join(", ")} (no YAML or JSON document with ` +
    `apiVersion: agentpolicy.dev/v1 and kind: Agent, no native agent config, no agent code)`
  );
}
