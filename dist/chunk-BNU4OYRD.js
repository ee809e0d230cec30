import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// src/errors.ts
var UsageError = class extends Error {
};

export {
  UsageError
};
