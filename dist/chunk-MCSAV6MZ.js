import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  formatMarkdown
} from "./chunk-2PCAPUXY.js";
import "./chunk-JB4F2WKD.js";
import "./chunk-QFCOLK2G.js";
import "./chunk-E5PKRJ2Y.js";
import "./chunk-UW2F2IDI.js";
import "./chunk-LCWV2GUA.js";
import "./chunk-NOSNPXS3.js";
import "./chunk-I2UDWMBI.js";
import "./chunk-Z6R44D76.js";
import "./chunk-OKO2LAOG.js";
export {
  formatMarkdown
};
