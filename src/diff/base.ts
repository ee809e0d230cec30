// Reading the base version of the manifests: from git when the checkout has the base commit, else
// through a reader the caller injects (the action's contents-API reader). Either way the base goes
// through the same discovery rules, parser and normaliser as the working tree.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadTexts, type LoadedAgents, type SourceText } from "../sources/texts.js";
import { UsageError } from "../errors.js";
import type { FileError } from "../report/model.js";
import { selectFiles, type SelectOptions } from "./select.js";

/** A way to read files as they were at the base commit. Paths are relative to the scan root. */
export interface BaseReader {
  /** The commit read. */
  readonly sha: string;
  /**
   * Files at the base. `complete: false` when the reader cannot list the whole tree and lists only
   * the files it knows to differ (e.g. a pull request's changed files); the caller adds the files it
   * found in the working tree.
   */
  list(): Promise<{ files: string[]; complete: boolean }>;
  /** Content at the base; undefined when the file does not exist there. Throws when it cannot tell. */
  read(file: string): Promise<Uint8Array | undefined>;
  /**
   * Content read from the base commit itself, never from the working tree (which a reader may use for
   * files it believes unchanged). The policy that judges a change is read with this when present.
   */
  readAtBase?(file: string): Promise<Uint8Array | undefined>;
  /**
   * Files directly inside a folder (relative to the scan root), listed from the base commit itself;
   * for readers whose list() is partial. Throws when it cannot tell.
   */
  listDir?(dir: string): Promise<string[]>;
}

export interface BaseLoadOptions extends SelectOptions {
  maxFileSize: number;
  /** Files (relative to the scan root) checked in the working tree: candidates when listing is partial. */
  headFiles: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// git

const GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" };

function git(root: string, args: string[], maxBuffer = 64 * 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      args,
      { cwd: root, encoding: "buffer", maxBuffer, env: GIT_ENV },
      (error, stdout, stderr) => {
        if (error) {
          const detail = Buffer.isBuffer(stderr) ? stderr.toString("utf8").trim().split("\n")[0] : "";
          reject(
            Object.assign(new Error(detail || error.message), { code: (error as { code?: unknown }).code }),
          );
        } else resolve(stdout);
      },
    );
  });
}

/** Where the scan root sits inside its repository ("" at the top, "sub/dir/" below); undefined outside git. */
export async function gitPrefix(root: string): Promise<string | undefined> {
  try {
    return (await git(root, ["rev-parse", "--show-prefix"])).toString("utf8").trim();
  } catch {
    return undefined;
  }
}

/** Whether the checkout at `root` holds commit `sha` (a shallow clone usually does not hold the base). */
export async function hasCommit(root: string, sha: string): Promise<boolean> {
  if (!/^[0-9a-fA-F]{4,64}$/.test(sha)) return false;
  try {
    await git(root, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The commit a ref names in the repository at `root`; a UsageError when git cannot resolve it. */
export async function resolveRef(root: string, ref: string): Promise<string> {
  // A ref that starts with "-" would be read as an option by git.
  if (ref === "" || ref.startsWith("-") || /[\0\n]/.test(ref))
    throw new UsageError(`--base: not a git revision: '${ref}'`);
  try {
    return (await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).toString("utf8").trim();
  } catch (e) {
    const why = e instanceof Error && e.message && !/^Command failed/.test(e.message) ? `: ${e.message}` : "";
    throw new UsageError(`--base: cannot resolve '${ref}' to a commit in ${root}${why}`);
  }
}

/** Reads the base from the local repository with `git ls-tree` and `git show <sha>:<path>`. */
export async function gitBaseReader(root: string, sha: string): Promise<BaseReader> {
  const prefix = (await gitPrefix(root)) ?? "";
  return {
    sha,
    async list() {
      const out = await git(root, ["ls-tree", "-r", "-z", "--name-only", "--full-tree", sha]);
      const files = out
        .toString("utf8")
        .split("\0")
        .filter((f) => f !== "" && f.startsWith(prefix))
        .map((f) => f.slice(prefix.length));
      return { files, complete: true };
    },
    async read(file) {
      try {
        return await git(root, ["show", `${sha}:${prefix}${file}`]);
      } catch (e) {
        if (/does not exist|exists on disk, but not in|bad revision|invalid object name/i.test(String(e)))
          return undefined;
        throw e;
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// a reader over a remote (the contents API), for checkouts without the base commit

export interface ChangedFile {
  /** Path in the repository (not the scan root). */
  file: string;
  /** added | removed | modified | renamed | copied | changed | unchanged (GitHub's pull request files). */
  status: string;
  previous?: string;
}

export interface RemoteReaderOptions {
  sha: string;
  /** The scan root's place in the repository: "" or "sub/dir/". */
  prefix: string;
  /** Content of a repository path at the base; undefined when it does not exist there. */
  fetch(repoPath: string): Promise<Uint8Array | undefined>;
  /**
   * Every repository path at the base (e.g. a code host's tree listing), used when `changed` is not
   * known; `complete: false` when the host cut the list short.
   */
  listAll?(): Promise<{ files: string[]; complete: boolean }>;
  /**
   * The files the change touches, when known completely. Files outside it are the same at the base
   * as in the working tree, so they are read from `workTree` without a request.
   */
  changed?: readonly ChangedFile[];
  /** The working tree (the scan root on disk). */
  workTree?: string;
  /** Files directly inside a repository folder at the base (repository paths). */
  listDir?(repoPath: string): Promise<string[]>;
}

export function remoteBaseReader(opts: RemoteReaderOptions): BaseReader {
  const { prefix } = opts;
  const strip = (f: string): string | undefined =>
    f.startsWith(prefix) ? f.slice(prefix.length) : undefined;
  const touched = new Map<string, ChangedFile>();
  for (const c of opts.changed ?? []) {
    const at = strip(c.file);
    if (at !== undefined) touched.set(at, c);
    const was = c.previous !== undefined ? strip(c.previous) : undefined;
    // the old name of a renamed file existed at the base: read it remotely
    if (was !== undefined && !touched.has(was))
      touched.set(was, { file: c.previous as string, status: "removed" });
  }
  return {
    sha: opts.sha,
    async list() {
      if (!opts.changed && opts.listAll) {
        const all = await opts.listAll();
        const files = all.files.map(strip).filter((f): f is string => f !== undefined);
        return { files, complete: all.complete };
      }
      return { files: [...touched.keys()], complete: false };
    },
    async read(file) {
      const change = touched.get(file);
      if (opts.changed && opts.workTree !== undefined && !change) {
        try {
          return await readFile(join(opts.workTree, file));
        } catch {
          return undefined;
        }
      }
      // Added, or the new name of a rename or copy: nothing at the base.
      if (change && ["added", "renamed", "copied"].includes(change.status)) return undefined;
      return opts.fetch(prefix + file);
    },
    readAtBase: (file) => opts.fetch(prefix + file),
    ...(opts.listDir
      ? {
          async listDir(dir: string) {
            const folder = dir === "." || dir === "" ? "" : `${dir.replace(/\/$/, "")}/`;
            const listed = await opts.listDir!((prefix + folder).replace(/\/$/, ""));
            return listed.flatMap((f) => {
              const at = strip(f);
              return at === undefined ? [] : [at];
            });
          },
        }
      : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// loading

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function decode(file: string, bytes: Uint8Array, maxFileSize: number): SourceText | FileError {
  const fail = (message: string): FileError => ({
    file,
    line: 1,
    column: 1,
    message: `at the base: ${message}`,
  });
  if (bytes.length > maxFileSize)
    return fail(`file is ${bytes.length} bytes, over the size limit of ${maxFileSize} bytes`);
  try {
    const text = strictUtf8.decode(bytes);
    return { file, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return fail("invalid UTF-8");
  }
}

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** The files at the base that discovery would check, parsed and normalised. Throws when the base cannot be read. */
export async function loadBase(
  reader: BaseReader,
  opts: BaseLoadOptions,
): Promise<LoadedAgents & { read: string[] }> {
  const listing = await reader.list();
  const selected = selectFiles(listing.files, opts);
  const candidates = listing.complete ? selected : [...new Set([...opts.headFiles, ...selected])].sort();
  const errors: FileError[] = [];
  const texts: SourceText[] = [];
  const contents = await mapLimited(candidates, 8, (file) => reader.read(file));
  candidates.forEach((file, i) => {
    const bytes = contents[i];
    if (bytes === undefined) return;
    const decoded = decode(file, bytes, opts.maxFileSize);
    if ("text" in decoded) texts.push(decoded);
    else errors.push(decoded);
  });
  return { ...loadTexts(texts, errors), read: texts.map((t) => t.file) };
}
