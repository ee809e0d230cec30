import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  bomDetails,
  buildBom,
  exactVersion,
  formatCycloneDx,
  purlOf
} from "./chunk-SHOMHZUG.js";
import "./chunk-NOSNPXS3.js";
import "./chunk-Z6R44D76.js";
import "./chunk-OKO2LAOG.js";
export {
  bomDetails,
  buildBom,
  exactVersion,
  formatCycloneDx,
  purlOf
};
