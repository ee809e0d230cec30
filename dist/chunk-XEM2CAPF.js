import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  bomDetails,
  buildBom,
  exactVersion,
  formatCycloneDx,
  purlOf
} from "./chunk-KGSIGA3T.js";
import "./chunk-NOSNPXS3.js";
import "./chunk-Z6R44D76.js";
import "./chunk-ASN2RXSP.js";
export {
  bomDetails,
  buildBom,
  exactVersion,
  formatCycloneDx,
  purlOf
};
