import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  formatMarkdown
} from "./chunk-36WEKW3U.js";
import "./chunk-DDRHSBER.js";
import "./chunk-O7QSZSNL.js";
import "./chunk-LCWV2GUA.js";
import "./chunk-NOSNPXS3.js";
import "./chunk-JBLX3NH7.js";
import "./chunk-ASN2RXSP.js";
export {
  formatMarkdown
};
