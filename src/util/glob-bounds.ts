// picomatch turns a glob into a backtracking regular expression, and each wildcard that can overlap the next
// multiplies the work on a path that almost matches: measured on crafted paths of a repository (names of
// 255 characters, paths of 4,000), `*a*a*a*b` takes 0.7 s per path, `**/a/**/a/**/b` 2.4 s, and a glob
// runs on every listed file. Globs from a pack or a config are therefore held to a few wildcards, which
// keeps the worst case near 10 ms per path and every glob anyone writes (`**/src/*/config/*.yaml`) within.

/** Most wildcards (`*` or `**`) in one glob. */
export const MAX_GLOB_WILDCARDS = 3;
/** Most `**` in one glob. */
export const MAX_GLOBSTARS = 2;
/** Most `*` in one path segment. */
export const MAX_SEGMENT_STARS = 2;

const WHY =
  " (each wildcard multiplies the time a path that almost matches takes; name a folder instead of one)";

/** Why `glob` could take super-linear time to match (a phrase after the glob), or undefined when it is within the bounds. */
export function globCostProblem(glob: string): string | undefined {
  const plain = glob.replace(/\\./g, "");
  // an extglob (`*(…)`, `+(…)`, `@(…)`) or a group nests wildcards inside a repetition: `*(*a)x` doubled its
  // time with each character of a name, whatever the count of its stars
  if (plain.includes("("))
    return "has a group or an extglob ('(' unescaped), which these globs do not support";
  const problem = countProblem(plain);
  return problem === undefined ? undefined : problem + WHY;
}

/** `plain`: the glob without its escaped characters. */
function countProblem(plain: string): string | undefined {
  let wildcards = 0;
  let globstars = 0;
  for (const segment of plain.split("/")) {
    if (segment === "**") {
      globstars++;
      wildcards++;
      continue;
    }
    // a brace group is an alternation, which backtracks like a wildcard
    const stars = (segment.match(/\*+/g)?.length ?? 0) + (segment.match(/\{/g)?.length ?? 0);
    if (stars > MAX_SEGMENT_STARS)
      return `has ${stars} wildcards in one path segment, over the limit of ${MAX_SEGMENT_STARS}`;
    wildcards += stars;
  }
  if (globstars > MAX_GLOBSTARS) return `has ${globstars} '**', over the limit of ${MAX_GLOBSTARS}`;
  if (wildcards > MAX_GLOB_WILDCARDS)
    return `has ${wildcards} wildcards, over the limit of ${MAX_GLOB_WILDCARDS}`;
  return undefined;
}
