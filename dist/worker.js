import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  postBatch
} from "./chunk-C34AYXUD.js";
import "./chunk-U6PY5KLE.js";
import "./chunk-5ETBV6RK.js";
import "./chunk-EHMHJOXK.js";
import "./chunk-LCWV2GUA.js";
import "./chunk-OKO2LAOG.js";

// src/manifest/parse-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (port) {
  port.on("message", (message) => {
    let reply;
    try {
      reply = { batch: message.batch, results: postBatch(message.files, message.maxFileSize) };
    } catch (e) {
      reply = { batch: message.batch, failure: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}
