// Where the repository's policy (the config file and its packs) is read from: the working tree, or a base
// commit. The config and pack loaders see only this interface, so the same validation runs on both, and a
// pull request can be judged by the policy of its base.
import { readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute, posix, relative, resolve } from "node:path";
import type { BaseReader } from "../diff/base.js";
import { PolicyError } from "./errors.js";

/** Policy files are small; refusing huge ones keeps a hostile base from exhausting memory. */
export const MAX_POLICY_FILE_SIZE = 1024 * 1024;

export interface PolicyFiles {
  /** Where the files come from, for messages: "the working tree", "the base commit 1a2b3c4d5e6f". */
  readonly origin: string;
  /** The base commit, when the files are read from one. */
  readonly sha?: string;
  /** Text of a file (path relative to the scan root, '/' separators); undefined when it does not exist. */
  read(file: string): Promise<string | undefined>;
  /**
   * Candidate files directly inside a folder (relative to the scan root). A base may list files that do
   * not exist there (read() then returns undefined), never omit one that does.
   */
  list(dir: string): Promise<string[]>;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function decode(file: string, bytes: Uint8Array, where: string): string {
  if (bytes.length > MAX_POLICY_FILE_SIZE) {
    throw new PolicyError(
      file,
      1,
      1,
      `${where}: file is over the size limit of ${MAX_POLICY_FILE_SIZE} bytes`,
    );
  }
  try {
    const text = strictUtf8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new PolicyError(file, 1, 1, `${where}: not valid UTF-8`);
  }
}

/** A path relative to the scan root, '/' separators, as reports show it ("../x" when outside). */
export function rootRelative(root: string, abs: string): string {
  const rel = relative(resolve(root), abs);
  return (rel === "" ? "." : rel).split("\\").join("/");
}

/** A root-relative path that stays inside the root (a commit's tree has nothing outside it). */
function insideRoot(file: string): boolean {
  const p = posix.normalize(file);
  return !isAbsolute(file) && p !== ".." && !p.startsWith("../");
}

export function diskPolicyFiles(root: string): PolicyFiles {
  const abs = (file: string): string => resolve(root, file);
  return {
    origin: "the working tree",
    async read(file) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(abs(file));
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === "ENOENT" || code === "ENOTDIR") return undefined;
        throw new PolicyError(file, 1, 1, `cannot read file${code ? ` (${code})` : ""}`);
      }
      return decode(file, bytes, "cannot read file");
    },
    async list(dir) {
      try {
        const entries = await readdir(abs(dir), { withFileTypes: true });
        const files: string[] = [];
        for (const e of entries) {
          const isFile =
            e.isFile() ||
            (e.isSymbolicLink() &&
              (await stat(abs(posix.join(dir, e.name))).catch(() => undefined))?.isFile());
          if (isFile) files.push(joinRel(dir, e.name));
        }
        return files.sort();
      } catch {
        return [];
      }
    },
  };
}

/**
 * The policy at a base commit. A reader that lists only the files a pull request touches also serves
 * every other file from the working tree, so the candidates of a folder are the working tree's files
 * plus the touched ones.
 */
export function basePolicyFiles(reader: BaseReader, root: string): PolicyFiles {
  const at = `the base commit ${reader.sha.slice(0, 12)}`;
  const disk = diskPolicyFiles(root);
  let listing: Promise<{ files: string[]; complete: boolean }> | undefined;
  return {
    origin: at,
    sha: reader.sha,
    async read(file) {
      if (!insideRoot(file)) {
        throw new PolicyError(file, 1, 1, `is outside the scan root, so it cannot be read from ${at}`);
      }
      // From the base commit itself: never the working tree, which the change under review controls.
      const bytes = await (reader.readAtBase ?? reader.read).call(reader, posix.normalize(file));
      return bytes === undefined ? undefined : decode(file, bytes, `at ${at}`);
    },
    async list(dir) {
      if (!insideRoot(dir)) return [];
      // A folder listed from the base itself: a pull request too large to list its files (or one that
      // deletes a pack file) cannot make the base's pack files disappear.
      if (reader.listDir) return [...new Set(await reader.listDir(posix.normalize(dir)))].sort();
      listing ??= reader.list();
      const { files, complete } = await listing;
      const folder = posix.normalize(dir).replace(/\/$/, "");
      const prefix = folder === "." ? "" : `${folder}/`;
      const direct = files.filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes("/"));
      const candidates = complete ? direct : [...direct, ...(await disk.list(folder))];
      return [...new Set(candidates)].sort();
    },
  };
}

/** For tests and other callers that hold the files in memory: path → text. */
export function memoryPolicyFiles(files: Record<string, string>, origin = "memory"): PolicyFiles {
  const norm = (f: string): string => posix.normalize(f);
  const map = new Map(Object.entries(files).map(([k, v]) => [norm(k), v]));
  return {
    origin,
    async read(file) {
      return map.get(norm(file));
    },
    async list(dir) {
      const folder = norm(dir).replace(/\/$/, "");
      const prefix = folder === "." ? "" : `${folder}/`;
      return [...map.keys()]
        .filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes("/"))
        .sort();
    },
  };
}

/** The same folder joined the way both readers expect ('/' separators, no leading "./"). */
export function joinRel(dir: string, name: string): string {
  return posix.normalize(posix.join(dir.split("\\").join("/"), name));
}
