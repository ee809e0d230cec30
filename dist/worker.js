import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  loadFileForPost
} from "./chunk-OVNCD22R.js";
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
      const results = message.files.map((file) => loadFileForPost(file, message.maxFileSize));
      reply = { batch: message.batch, results };
    } catch (e) {
      reply = { batch: message.batch, failure: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}
