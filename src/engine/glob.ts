// Glob matching for resources and names: `*` matches any run of characters (slashes included, since a
// resource is a URI, not a file path) and `?` exactly one. No regular expressions are built from rule or
// manifest text, and the two-pointer walk below is O(value × pattern) at worst, so a hostile pattern
// cannot make matching explode.

export function globMatch(value: string, pattern: string): boolean {
  let v = 0;
  let p = 0;
  let starP = -1;
  let starV = 0;
  while (v < value.length) {
    const pc = pattern[p];
    if (p < pattern.length && (pc === "?" || pc === value[v])) {
      v++;
      p++;
    } else if (pc === "*") {
      starP = p++;
      starV = v;
    } else if (starP !== -1) {
      p = starP + 1;
      v = ++starV;
    } else {
      return false;
    }
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}

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
