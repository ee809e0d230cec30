import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// src/util/write-file.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
var REASONS = /* @__PURE__ */ new Map([
  ["EISDIR", "it is a folder; give the path of a file"],
  ["ENOENT", "the folder it would go in does not exist"],
  ["ENOTDIR", "a part of the path is a file, not a folder"],
  ["EEXIST", "a file is in the way of a folder on the path"],
  ["EACCES", "permission denied"],
  ["EPERM", "operation not permitted"],
  ["EROFS", "the file system is read-only"],
  ["ENOSPC", "no space left on the device"],
  ["ENAMETOOLONG", "the path is too long"]
]);
function writeFileWithFolders(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
function writeFailure(e) {
  const code = e?.code;
  return typeof code === "string" ? REASONS.get(code) : void 0;
}

export {
  writeFileWithFolders,
  writeFailure
};
