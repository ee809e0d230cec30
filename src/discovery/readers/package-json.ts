// package.json (npm, https://docs.npmjs.com/cli/configuring-npm/package-json): dependencies,
// devDependencies, peerDependencies and optionalDependencies, each at the line of its key; the package's
// name; and workspaces (a list of globs, or Yarn's `{packages: [...]}`). Strict JSON: a fault is an error
// at its position.
import { isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { checkJson } from "../../manifest/json-strict.js";
import { FileBuilder, type Reader } from "./common.js";

const SECTIONS: [string, string | undefined][] = [
  ["dependencies", undefined],
  ["devDependencies", "dev"],
  ["peerDependencies", "peer"],
  ["optionalDependencies", "optional"],
];

function member(map: Node | null | undefined, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  return (pair?.value as Node | undefined) ?? undefined;
}

export const readPackageJson: Reader = (file, text) => {
  const b = new FileBuilder(file, "npm", text);
  const fault = checkJson(text);
  if (fault) {
    b.errorAt(fault.offset, fault.message);
    return b.result;
  }
  const doc = parseDocument(text, { uniqueKeys: false });
  const root = doc.contents as Node | null;
  if (!isMap(root)) {
    b.errorAt(0, "package.json must hold an object");
    return b.result;
  }
  const name = member(root, "name");
  if (isScalar(name) && typeof name.value === "string") b.result.projectName = name.value;
  for (const [section, scope] of SECTIONS) {
    const deps = member(root, section);
    if (deps === undefined) continue;
    if (!isMap(deps)) {
      b.errorAt(deps.range?.[0] ?? 0, `${section} must be an object`);
      continue;
    }
    for (const pair of deps.items) {
      if (!isScalar(pair.key) || typeof pair.key.value !== "string") continue;
      const [start, end] = pair.key.range ?? [0, 0];
      const value = isScalar(pair.value) ? pair.value.value : undefined;
      // the span covers the key only: the quotes included, as an editor would select it
      b.add(pair.key.value, start, end, {
        ...(typeof value === "string" ? { version: value } : {}),
        ...(scope ? { scope } : {}),
      });
    }
  }
  const ws = member(root, "workspaces");
  const list = isSeq(ws) ? ws : member(ws, "packages");
  if (isSeq(list)) {
    b.result.workspaces = list.items
      .map((i) => (isScalar(i) && typeof i.value === "string" ? i.value : undefined))
      .filter((v): v is string => v !== undefined);
  }
  return b.result;
};
