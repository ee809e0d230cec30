import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  formatJunit,
  writeJunit
} from "./chunk-DJ2XHHWT.js";
import "./chunk-CJXRQW3V.js";
import "./chunk-JBLX3NH7.js";
import "./chunk-ASN2RXSP.js";
export {
  formatJunit,
  writeJunit
};
