import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  formatMarkdown
} from "./chunk-MYIVDLYR.js";
import "./chunk-DDRHSBER.js";
import "./chunk-VPQXWB46.js";
import "./chunk-NOSNPXS3.js";
import "./chunk-JBLX3NH7.js";
import "./chunk-ASN2RXSP.js";
export {
  formatMarkdown
};
