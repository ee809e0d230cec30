// Reading, parsing and normalising many manifest files on every core. Parsing YAML is the largest single
// cost of a check, and each file is independent, so past several hundred files the work is shared between
// this thread and one worker thread per further core (dist/worker.js, bundled beside the CLI and the
// action): all of them take batches of files from one queue until it is empty. Fewer files, one core, or
// no worker script: the same steps run here, one file at a time. Either way the result is identical —
// agents in file and document order, read errors (in file order) before parse errors (in file order),
// as reading every file first and then parsing them gives.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { FileError } from "../report/model.js";
import { loadFile, receiveBatch, type LoadedFile } from "./load-file.js";
import type { WorkerBatch, WorkerReply } from "./parse-worker.js";
import type { DiscoveredFile, NormalisedAgent } from "./types.js";

/**
 * Below this many files a thread costs more than it saves (it loads the parser and warms up on its own);
 * measured on 2 cores: 316 files 0.9 s alone, 1.05 s shared; 626 files about even; 1,772 files 3.2 s
 * alone, 2.4 s shared.
 */
export const PARALLEL_MIN_FILES = 800;
/** Files per message: large enough to amortise a message, small enough to balance uneven files. */
const BATCH = 32;
const MAX_WORKERS = 8;

/**
 * From this many files on, the heap grows by 30% between full collections instead of V8's default (up to
 * fourfold on a small heap): a 20,000-agent check peaked at 388–418 MiB of RSS with the default and at
 * 341–365 MiB with this, for about 1.5% more CPU (bench/README.md, "Memory"). Smaller runs keep the default.
 */
export const LARGE_RUN_FILES = 5_000;
const LARGE_RUN_HEAP_GROWTH = "--heap-growing-percent=30";

export interface LoadFilesOptions {
  maxFileSize: number;
  /** Worker threads besides this one; default one per further core with at least PARALLEL_MIN_FILES files. */
  workers?: number;
  /** The worker script; default worker.js beside this module (dist/worker.js in the bundles). */
  workerUrl?: URL;
  /** Whether this thread loads files too while the workers run (default true); false leaves all to them. */
  thisThreadToo?: boolean;
}

export interface LoadedFiles {
  agents: NormalisedAgent[];
  errors: FileError[];
}

function defaultWorkerUrl(): URL | undefined {
  const url = new URL("./worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
}

function workerCount(files: number, opts: LoadFilesOptions): number {
  const wanted =
    opts.workers ?? (files >= PARALLEL_MIN_FILES ? Math.min(availableParallelism() - 1, MAX_WORKERS) : 0);
  const share = opts.thisThreadToo === false ? 0 : 1;
  return wanted >= 1 ? Math.min(wanted, Math.ceil(files / BATCH) - share) : 0;
}

function combine(loaded: LoadedFile[]): LoadedFiles {
  const agents: NormalisedAgent[] = [];
  const readErrors: FileError[] = [];
  const parseErrors: FileError[] = [];
  for (const file of loaded) {
    if (file.readError) readErrors.push(file.readError);
    for (const agent of file.agents) agents.push(agent);
    for (const error of file.parseErrors) parseErrors.push(error);
  }
  return { agents, errors: [...readErrors, ...parseErrors] };
}

/** Every file read, parsed and normalised: in worker threads when that pays, else in this thread. */
export async function loadFiles(
  files: readonly DiscoveredFile[],
  opts: LoadFilesOptions,
): Promise<LoadedFiles> {
  // process-wide, and only ever tightened: a later small run in the same process keeps it
  if (files.length >= LARGE_RUN_FILES) setFlagsFromString(LARGE_RUN_HEAP_GROWTH);
  const count = workerCount(files.length, opts);
  const url = count > 0 ? (opts.workerUrl ?? defaultWorkerUrl()) : undefined;
  if (!url) {
    const loaded: LoadedFile[] = [];
    for (const file of files) loaded.push(loadFile(file, opts.maxFileSize));
    return combine(loaded);
  }
  return combine(await loadInWorkers(files, opts.maxFileSize, count, url, opts.thisThreadToo !== false));
}

/** Lets queued messages (worker results) be handled between two batches of this thread's own. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function loadInWorkers(
  files: readonly DiscoveredFile[],
  maxFileSize: number,
  count: number,
  url: URL,
  thisThreadToo: boolean,
): Promise<LoadedFile[]> {
  const results: LoadedFile[] = new Array<LoadedFile>(files.length);
  const batches = Math.ceil(files.length / BATCH);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  let failure: Error | undefined;
  let allDone: () => void = () => {};
  const finished = new Promise<void>((resolve) => (allDone = resolve));
  const fail = (e: Error): void => {
    failure ??= e;
    allDone();
  };
  const completed = (): void => {
    if (++done === batches) allDone();
  };
  const send = (worker: Worker): void => {
    if (next >= batches || failure) return;
    const batch = next++;
    const message: WorkerBatch = {
      batch,
      files: files
        .slice(batch * BATCH, (batch + 1) * BATCH)
        .map((f) => ({ file: f.file, absPath: f.absPath })),
      maxFileSize,
    };
    worker.postMessage(message);
  };

  try {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(url);
      workers.push(worker);
      worker.on("message", (reply: WorkerReply) => {
        if (failure) return;
        if (reply.failure !== undefined || !reply.results) {
          fail(new Error(`manifest worker failed: ${reply.failure ?? "no results"}`));
          return;
        }
        const start = reply.batch * BATCH;
        const names = files.slice(start, start + BATCH).map((f) => f.file);
        receiveBatch(names, reply.results).forEach((loaded, k) => {
          results[start + k] = loaded;
        });
        send(worker);
        completed();
      });
      worker.on("error", (e) => fail(e));
      worker.on("exit", (code) => {
        if (done < batches) fail(new Error(`manifest worker exited early (code ${code})`));
      });
      // two batches in flight: while this thread is busy with a batch of its own, a worker's reply
      // waits, and the worker goes on with its second batch meanwhile
      send(worker);
      send(worker);
    }
    // This thread takes batches from the same queue, yielding between them for the workers' replies.
    while (thisThreadToo && next < batches && !failure) {
      const batch = next++;
      for (let k = batch * BATCH; k < Math.min((batch + 1) * BATCH, files.length); k++) {
        results[k] = loadFile(files[k]!, maxFileSize);
      }
      completed();
      await turn();
    }
    await finished;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure) throw failure;
  return results;
}
