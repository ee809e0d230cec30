// The regular expression engine ajv uses for schema `pattern` keywords. A pattern runs on data from a
// manifest or a policy file, and JavaScript's backtracking engine can take quadratic time on a long value
// that almost matches (a duration followed by a megabyte of spaces). Every pattern in our schemas
// describes a short token, so a value longer than MAX_PATTERN_INPUT simply does not match, and the
// engine never runs on it.
import type { RegExpEngine } from "ajv/dist/types/index.js";

/** Longest value a schema pattern is tried on; the longest token the patterns describe is a digest. */
export const MAX_PATTERN_INPUT = 1024;

function bounded(pattern: string, flags: string): { test: (s: string) => boolean; toString(): string } {
  const re = new RegExp(pattern, flags);
  return {
    test: (s) => s.length <= MAX_PATTERN_INPUT && re.test(s),
    // ajv shares compiled patterns between schemas by this key
    toString: () => re.toString(),
  };
}

/** Pass as ajv's `code: { regExp }` option. */
export const boundedRegExp: RegExpEngine = Object.assign(bounded, { code: "boundedRegExp" });
