import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  SARIF_LEVEL,
  SARIF_SCHEMA_URI,
  SECURITY_SEVERITY,
  fileUri,
  formatSarif
} from "./chunk-7OTMSMSU.js";
import "./chunk-NOSNPXS3.js";
import "./chunk-QZXLW4V6.js";
import "./chunk-Z6R44D76.js";
import "./chunk-OKO2LAOG.js";
export {
  FINGERPRINT_KEY,
  SARIF_LEVEL,
  SARIF_SCHEMA_URI,
  SECURITY_SEVERITY,
  fileUri,
  formatSarif
};
