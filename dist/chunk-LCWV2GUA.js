import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// src/util/text.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
function flatten(s) {
  return s.replace(CONTROL, " ");
}
function boundedLine(s, max) {
  const flat = flatten(s);
  return flat.length > max ? flat.slice(0, max - 1) + "…" : flat;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

export {
  flatten,
  boundedLine,
  plural
};
