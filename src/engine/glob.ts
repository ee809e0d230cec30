// Glob matching for resources and names: `*` matches any run of characters (slashes included, since a
// resource is a URI, not a file path) and `?` exactly one. The matcher is util's, shared with the path
// globs that come from repository files (CODEOWNERS).
export { globMatch } from "../util/wildcard.js";

export type WildcardKind = "full" | "prefix";

/**
 * How broad a resource or action pattern is: "full" for `*` alone or a scheme with nothing after it
 * (`s3://*`), "prefix" for any other pattern with a `*` (`postgres://finance/*`), null for none.
 */
export function wildcardKind(value: string): WildcardKind | null {
  if (!value.includes("*")) return null;
  if (value === "*") return "full";
  const scheme = value.indexOf("://");
  if (scheme > 0 && value.slice(scheme + 3) === "*") return "full";
  return "prefix";
}
