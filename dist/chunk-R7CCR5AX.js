import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  HTML_CSP,
  formatHtml
} from "./chunk-HBXXUK5A.js";
import "./chunk-7V3M44MV.js";
import "./chunk-O7QSZSNL.js";
import "./chunk-LCWV2GUA.js";
import "./chunk-NOSNPXS3.js";
import "./chunk-JBLX3NH7.js";
import "./chunk-ASN2RXSP.js";
export {
  HTML_CSP,
  formatHtml
};
