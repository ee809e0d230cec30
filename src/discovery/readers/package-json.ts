// package.json (npm, https://docs.npmjs.com/cli/configuring-npm/package-json): dependencies,
// devDependencies, peerDependencies and optionalDependencies, each at the line of its key; the package's
// name; and workspaces (a list of globs, or Yarn's `{packages: [...]}`). Strict JSON: a fault is an error
// at its position. Once the text is known to be strict JSON without duplicate keys, jsonc-parser gives its
// nodes with their offsets, several times faster than a YAML document (a monorepo has hundreds of these).
import type { Node } from "jsonc-parser/lib/esm/main.js";
import { jsoncParser } from "../../util/vendor.js";
import { checkJson } from "../../manifest/json-strict.js";
import { FileBuilder, type Reader } from "./common.js";

const SECTIONS: [string, string | undefined][] = [
  ["dependencies", undefined],
  ["devDependencies", "dev"],
  ["peerDependencies", "peer"],
  ["optionalDependencies", "optional"],
];

function member(object: Node | undefined, key: string): Node | undefined {
  if (object?.type !== "object") return undefined;
  return object.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
}

const stringOf = (node: Node | undefined): string | undefined =>
  node?.type === "string" ? (node.value as string) : undefined;

export const readPackageJson: Reader = (file, text) => {
  const b = new FileBuilder(file, "npm", text);
  const fault = checkJson(text);
  if (fault) {
    b.errorAt(fault.offset, fault.message);
    return b.result;
  }
  const root = jsoncParser().parseTree(text);
  if (root?.type !== "object") {
    b.errorAt(0, "package.json must hold an object");
    return b.result;
  }
  const name = stringOf(member(root, "name"));
  if (name !== undefined) b.result.projectName = name;
  for (const [section, scope] of SECTIONS) {
    const deps = member(root, section);
    if (deps === undefined) continue;
    if (deps.type !== "object") {
      b.errorAt(deps.offset, `${section} must be an object`);
      continue;
    }
    for (const prop of deps.children ?? []) {
      const [key, value] = prop.children ?? [];
      const dep = stringOf(key);
      if (dep === undefined) continue;
      const version = stringOf(value);
      // the span covers the key only: the quotes included, as an editor would select it
      b.add(dep, key!.offset, key!.offset + key!.length, {
        ...(version !== undefined ? { version } : {}),
        ...(scope ? { scope } : {}),
      });
    }
  }
  const ws = member(root, "workspaces");
  const list = ws?.type === "array" ? ws : member(ws, "packages");
  if (list?.type === "array") {
    b.result.workspaces = (list.children ?? []).map(stringOf).filter((v): v is string => v !== undefined);
  }
  return b.result;
};
