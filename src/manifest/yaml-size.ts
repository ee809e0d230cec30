// How many nodes a YAML (or JSON) text would compose into, counted with yaml's lexer before anything is
// built. Composing keeps several objects per node (CST token, node, range, comments), so 1 MiB of `[],`
// becomes half a gigabyte; counting tokens first lets a file that large fail fast and small instead.
// The lexer is a generator over the source: it allocates a string per token and nothing that stays.
import { yamlPackage } from "../util/vendor.js";

/** Tokens that become a node (or a pair, or an empty item) once composed. */
const NODE_TOKENS: ReadonlySet<string> = new Set([
  "scalar",
  "single-quoted-scalar",
  "double-quoted-scalar",
  "block-scalar-header",
  "alias",
  "flow-map-start",
  "flow-seq-start",
  "seq-item-ind",
  "explicit-key-ind",
  "map-value-ind",
  "comma",
  "doc-start",
]);

/**
 * Where `text` passes `limit` node-making tokens (a source offset), or undefined when it stays within.
 * Every counted token takes at least one character of source, so a text no longer than the limit is
 * not lexed at all.
 */
export function nodeLimitOffset(text: string, limit: number): number | undefined {
  if (text.length <= limit) return undefined;
  let count = 0;
  let offset = 0;
  const { CST, Lexer } = yamlPackage();
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type && NODE_TOKENS.has(type) && ++count > limit) return offset;
    // the lexer's markers (document, scalar, flow end) are control characters that are not in the source
    if (type !== "doc-mode" && type !== "scalar" && type !== "flow-error-end") offset += token.length;
  }
  return undefined;
}
