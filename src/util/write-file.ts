// Files written where the user said (--output, an action input). A path that cannot be written is their
// mistake to fix, said in words, not an internal error with the system call's text.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const REASONS = new Map([
  ["EISDIR", "it is a folder; give the path of a file"],
  ["ENOENT", "the folder it would go in does not exist"],
  ["ENOTDIR", "a part of the path is a file, not a folder"],
  ["EEXIST", "a file is in the way of a folder on the path"],
  ["EACCES", "permission denied"],
  ["EPERM", "operation not permitted"],
  ["EROFS", "the file system is read-only"],
  ["ENOSPC", "no space left on the device"],
  ["ENAMETOOLONG", "the path is too long"],
]);

/** Writes `text` to the file at `path`, creating its folders first. */
export function writeFileWithFolders(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Why writing failed with `e`, when it is the file system's refusal of the path; undefined otherwise. */
export function writeFailure(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? REASONS.get(code) : undefined;
}
