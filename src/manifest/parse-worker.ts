// Worker-thread entry (bundled on its own to dist/worker.js): loads the files it is sent and posts the
// results back as JSON text (load-file.ts PostedBatch). Batches are processed one at a time, in the order
// received; reads block, which costs a worker nothing.
import { parentPort } from "node:worker_threads";
import { postBatch, type PostedBatch } from "./load-file.js";
import type { DiscoveredFile } from "./types.js";

export interface WorkerBatch {
  batch: number;
  files: DiscoveredFile[];
  maxFileSize: number;
}

export interface WorkerReply {
  batch: number;
  results?: PostedBatch;
  /** An unexpected failure: the main thread rethrows it. */
  failure?: string;
}

const port = parentPort;
if (port) {
  port.on("message", (message: WorkerBatch) => {
    let reply: WorkerReply;
    try {
      reply = { batch: message.batch, results: postBatch(message.files, message.maxFileSize) };
    } catch (e) {
      reply = { batch: message.batch, failure: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}
