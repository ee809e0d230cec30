import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  HTML_CSP,
  formatHtml
} from "./chunk-IXVVOJST.js";
import "./chunk-7V3M44MV.js";
import "./chunk-VPQXWB46.js";
import "./chunk-NOSNPXS3.js";
import "./chunk-JBLX3NH7.js";
import "./chunk-ASN2RXSP.js";
export {
  HTML_CSP,
  formatHtml
};
