import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  formatJson,
  writeJson
} from "./chunk-GW3YGGK2.js";
import "./chunk-3JT46TE2.js";
import "./chunk-NOSNPXS3.js";
import "./chunk-Z6R44D76.js";
import "./chunk-OKO2LAOG.js";
export {
  formatJson,
  writeJson
};
