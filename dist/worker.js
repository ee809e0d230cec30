import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  postBatch
} from "./chunk-EIU74SYB.js";
import "./chunk-GCRH6FEZ.js";
import "./chunk-XEOLXQEB.js";
import "./chunk-LCWV2GUA.js";
import "./chunk-ASN2RXSP.js";

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
