// Generated YAML texts in the styles manifests are written in (block and flow collections, plain and
// quoted scalars of every core-schema type, comments at any indentation, blank lines, several
// documents), for differential tests of the fast parse path against yaml.
import fc from "fast-check";

type Tree = { map: [string, Tree][] } | { seq: Tree[] } | { scalar: string } | { empty: true };

const PLAIN = [
  "read",
  "a b",
  "x#y",
  "http://x:1/y",
  "-1",
  "0o17",
  "0o8",
  "0x1F",
  "0xg",
  "1e3",
  "1E-3",
  ".5",
  "5.",
  "1.50",
  ".inf",
  "-.Inf",
  "+.INF",
  ".nan",
  ".NaN",
  "~",
  "null",
  "Null",
  "NULL",
  "nul",
  "True",
  "FALSE",
  "tRue",
  "yes",
  "on",
  "2026-01-01",
  "1_000",
  "+12",
  "-0",
  "007",
  "12:30",
  "a:b",
  "-x",
  "?x",
  ":x",
  "a,b",
  "a]b",
  "é ü",
  "😀",
  "999999999999999999999",
  "1e400",
  "a -b",
  "agentpolicy.dev/v1",
  "Agent",
];
const QUOTED = [
  '"plain"',
  '""',
  "''",
  "'it''s'",
  '"a\\nb"',
  '"\\u00e9\\x41\\t"',
  '"\\"q\\""',
  '"\\\\"',
  "'# not'",
  '"a: b"',
  "'- x'",
  '"\\/"',
  '"\\U0001F600"',
  '"\\N\\_\\L\\P\\e\\0\\a\\b\\v\\f\\r\\ "',
  "'true'",
  '"1"',
];
const KEYS = [
  "a",
  "b",
  "name",
  "b c",
  "x-y",
  "1",
  "null",
  "true",
  "__proto__",
  "on",
  "a:b",
  "'q'",
  '"k k"',
  "~",
  "0x1F",
  "'<<'",
  "é",
  "constructor",
  "toString",
];

const scalarArb = fc.oneof(
  fc.constantFrom(...PLAIN).map((s) => ({ scalar: s }) as Tree),
  fc.constantFrom(...QUOTED).map((s) => ({ scalar: s }) as Tree),
  fc.constant({ empty: true } as Tree),
);

const { tree: treeArb } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalarArb,
    fc
      .array(fc.tuple(fc.constantFrom(...KEYS), tie("tree")), { minLength: 1, maxLength: 4 })
      .map((map) => ({ map }) as Tree),
    fc.array(tie("tree"), { minLength: 1, maxLength: 4 }).map((seq) => ({ seq }) as Tree),
  ),
}));

interface Style {
  step: number;
  seqIndented: boolean;
  flowLeaves: boolean;
  noise: number[];
}

/** A collection of scalars only, written on one line as flow. */
function flowText(t: Tree): string | undefined {
  if ("scalar" in t) return t.scalar;
  if ("empty" in t) return undefined;
  if ("seq" in t) {
    const items = t.seq.map(flowText);
    return items.every((i) => i !== undefined) ? `[${items.join(", ")}]` : undefined;
  }
  const seen = new Set<string>();
  const pairs = t.map.flatMap(([k, v]) => {
    if (seen.has(k)) return [];
    seen.add(k);
    const text = flowText(v);
    return [text === undefined ? undefined : `${k}: ${text}`];
  });
  return pairs.every((p) => p !== undefined) ? `{${pairs.join(", ")}}` : undefined;
}

/** Lines of a block node at `indent`, written after a key (`lead` is "key:" or "-"). */
function render(
  t: Tree,
  indent: number,
  style: Style,
  lead: string,
  out: string[],
  pick: () => number,
): void {
  const pad = " ".repeat(indent);
  const comment = (): string => {
    const n = pick();
    return n % 7 === 0 ? "  # note" : n % 11 === 0 ? " #x" : n % 13 === 0 ? "   " : "";
  };
  const noiseLines = (): void => {
    const n = pick();
    if (n % 5 === 0) out.push("");
    if (n % 3 === 0) out.push(`${" ".repeat(pick() % 9)}# c${n % 10}`);
    if (n % 17 === 0) out.push(`#`);
  };
  if ("scalar" in t) {
    out.push(`${pad}${lead} ${t.scalar}${comment()}`);
    return;
  }
  if ("empty" in t) {
    out.push(`${pad}${lead}${comment()}`);
    return;
  }
  const flow = style.flowLeaves && pick() % 2 === 0 ? flowText(t) : undefined;
  if (flow !== undefined) {
    out.push(`${pad}${lead} ${flow}${comment()}`);
    return;
  }
  const childIndent = lead === "-" ? indent + 2 : indent + style.step;
  out.push(`${pad}${lead}${comment()}`);
  noiseLines();
  if ("seq" in t) {
    const at = lead !== "-" && !style.seqIndented ? indent : childIndent;
    for (const item of t.seq) {
      render(item, at, style, "-", out, pick);
      noiseLines();
    }
    return;
  }
  const seen = new Set<string>();
  for (const [k, v] of t.map) {
    if (seen.has(k)) continue;
    seen.add(k);
    render(v, childIndent, style, `${k}:`, out, pick);
    noiseLines();
  }
}

const styleArb = fc.record({
  step: fc.constantFrom(1, 2, 4),
  seqIndented: fc.boolean(),
  flowLeaves: fc.boolean(),
  noise: fc.array(fc.nat(1000), { minLength: 50, maxLength: 50 }),
});

/** A YAML text of one to three documents, each a mapping, in a generated style. */
export const yamlTextArb = fc
  .tuple(
    fc.array(fc.array(fc.tuple(fc.constantFrom(...KEYS), treeArb), { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 3,
    }),
    styleArb,
    fc.boolean(),
  )
  .map(([docs, style, leadingMarker]) => {
    let n = 0;
    const pick = (): number => style.noise[n++ % style.noise.length] as number;
    const out: string[] = [];
    docs.forEach((pairs, i) => {
      if (i > 0 || leadingMarker) out.push(pick() % 4 === 0 ? "--- # doc" : "---");
      const seen = new Set<string>();
      for (const [k, v] of pairs) {
        if (seen.has(k)) continue;
        seen.add(k);
        render(v, 0, style, `${k}:`, out, pick);
      }
    });
    return out.join("\n") + (pick() % 2 === 0 ? "\n" : "");
  });

/** Characters that edits insert or put in place of others, to wander out of the subset. */
export const EDITS = [
  ":",
  " ",
  "-",
  "#",
  "\n",
  '"',
  "'",
  "[",
  "]",
  "{",
  "}",
  ",",
  "a",
  "1",
  ".",
  "&",
  "*",
  "!",
  "|",
  "?",
  "\t",
  "\r",
];
