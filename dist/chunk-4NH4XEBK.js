import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  formatMarkdown
} from "./chunk-KB2AWNSZ.js";
import "./chunk-DDRHSBER.js";
import "./chunk-PXD5G6OM.js";
import "./chunk-UW2F2IDI.js";
import "./chunk-LCWV2GUA.js";
import "./chunk-NOSNPXS3.js";
import "./chunk-I2UDWMBI.js";
import "./chunk-JBLX3NH7.js";
import "./chunk-ASN2RXSP.js";
export {
  formatMarkdown
};
