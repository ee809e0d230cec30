import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  formatJson,
  writeJson
} from "./chunk-AX52OP6L.js";
import "./chunk-NOSNPXS3.js";
import "./chunk-ASN2RXSP.js";
export {
  formatJson,
  writeJson
};
