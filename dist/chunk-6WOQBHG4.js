import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// src/policy/errors.ts
var PolicyError = class extends Error {
  constructor(file, line, column, reason) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
  file;
  line;
  column;
  name = "PolicyError";
  /** The problem without its location prefix. */
  reason;
};

export {
  PolicyError
};
