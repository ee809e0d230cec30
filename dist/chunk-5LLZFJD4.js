import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  HTML_CSP,
  formatHtml
} from "./chunk-V2WXVLV2.js";
import "./chunk-CJXRQW3V.js";
import "./chunk-PXD5G6OM.js";
import "./chunk-UW2F2IDI.js";
import "./chunk-LCWV2GUA.js";
import "./chunk-NOSNPXS3.js";
import "./chunk-I2UDWMBI.js";
import "./chunk-JBLX3NH7.js";
import "./chunk-ASN2RXSP.js";
export {
  HTML_CSP,
  formatHtml
};
