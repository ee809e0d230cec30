// fast-check arbitraries for agent manifests: documents shaped like manifest-v1 (every field optional,
// each one sometimes valid, sometimes the wrong type, sometimes hostile text), written as YAML or JSON,
// then sometimes mangled; and plain random bytes and strings.
import fc from "fast-check";
import { stringify } from "yaml";

const j = (...parts: string[]): string => parts.join("");

/** Text that has broken something somewhere: injection payloads, prototype names, controls, secrets. */
export const HOSTILE_STRINGS = [
  "\n::error::injected",
  "x\r\n::add-mask::injected",
  "  ::stop-commands::token",
  "x\u0085::warning::nel\u2028::notice::ls",
  "<script>alert(1)</script>",
  "</details><!-- agentpolicy -->",
  "| a | b |",
  "`code` **bold** [x](https://evil.example)",
  "@octocat @org/team",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "\u202eevil\u202c",
  "\u0000\u001b[31m",
  "\ud800",
  "${{ secrets.TOKEN }}",
  "vault://kv/x",
  j("gh", "p_", "Q7wE9rT2yU4iO6pA8sD0fG1hJ3kL5zX7cV9b"),
  j("AK", "IA", "Z3X5C7V9B1N3M5Q7"),
  "postgres://app:Tr0ub4dor-and-3@db/x",
  "1s     x",
  "P1Y2M3W4DT5H6M7S",
  "9999999999999999999999d",
  "2027-02-30",
  "*",
  "s3://*",
  "",
  " ",
];

const hostile = fc.constantFrom(...HOSTILE_STRINGS);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: hostile },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), hostile).map(([a, b]) => a + b) },
);
/** A JSON value of any shape, small. */
const junk = fc.jsonValue({ maxDepth: 3 });

/** Usually one of `values`, sometimes any text, sometimes any JSON value. */
function field<T>(values: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: values },
    { weight: 2, arbitrary: text },
    { weight: 1, arbitrary: junk },
  );
}

const word = (...words: string[]) => field(fc.constantFrom(...words));
const duration = field(
  fc.oneof(fc.constantFrom("30s", "15m", "1h", "7d", "PT1H", "P30D", "latest"), fc.nat()),
);
const list = <T>(item: fc.Arbitrary<T>) => field(fc.array(item, { maxLength: 4 }));

function record(model: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(model, { requiredKeys: [] });
}

const permission = record({
  resource: field(fc.constantFrom("postgres://finance/invoices", "*", "https://api.example.com/*", "s3://*")),
  actions: list(
    fc.constantFrom("read", "write", "delete", "admin", "execute", "send", "deploy", "export", "*"),
  ),
  category: word(
    "database",
    "workflow",
    "deployment",
    "email",
    "payments",
    "identity",
    "secrets",
    "code-execution",
  ),
  justification: text,
  approval: text,
});

const credential = record({
  name: text,
  type: word("oidc-federation", "workload-identity", "api-key", "static-token", "password", "mtls"),
  ttl: duration,
  rotation: duration,
  secret_ref: field(fc.constantFrom("vault://kv/x", "env:TOKEN")),
  audience: text,
  shared: field(fc.boolean()),
});

const approval = record({
  name: text,
  approvers: list(text),
  min_approvals: field(fc.integer({ min: -2, max: 5 })),
  timeout: duration,
  on_timeout: word("deny", "allow"),
});

const tool = record({
  name: text,
  type: word("mcp", "a2a", "plugin", "function"),
  source: text,
  version: field(fc.constantFrom("0.9.1", "latest")),
  digest: field(fc.constantFrom(`sha256:${"a".repeat(64)}`, "sha256:4f2c")),
});

/** An agent document: apiVersion and kind (almost always ours), everything else optional and often wrong. */
export const manifest: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.constantFrom("agentpolicy.dev/v1", "agentpolicy.dev/v1", "agentpolicy.dev/v1", "agentpolicy.dev/v2"),
    fc.constantFrom("Agent", "Agent", "Agent", "agent", "Deployment"),
    record({
      metadata: field(
        record({
          name: field(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/)),
          description: text,
          owner: field(fc.constantFrom("team:finance", "jane@example.com")),
          sponsor: field(fc.constantFrom("jane.doe@example.com", "team:x")),
          environment: word("production", "staging", "development"),
          review_by: field(fc.constantFrom("2027-03-31", "2020-01-01", "2027-02-30")),
          labels: field(fc.dictionary(text, text, { maxKeys: 3 })),
        }),
      ),
      identity: field(
        record({
          id: text,
          provider: word("entra", "okta", "aws-iam", "spiffe", "none"),
          principal: text,
        }),
      ),
      risk: field(
        record({
          eu_ai_act: word("prohibited", "high", "limited", "minimal"),
          annex_iii: word("employment", "biometrics", "education"),
          role: word("deployer", "provider"),
          data_classes: list(fc.constantFrom("public", "personal", "special-category")),
          autonomy: word("human-in-the-loop", "supervised", "autonomous"),
          purpose: text,
        }),
      ),
      model: field(
        record({ provider: text, name: text, version: field(fc.constantFrom("2026-09-01", "latest")) }),
      ),
      permissions: list(permission),
      credentials: list(credential),
      approvals: list(approval),
      audit: field(
        record({
          enabled: field(fc.boolean()),
          sink: text,
          immutable: field(fc.boolean()),
          retention: duration,
          events: list(fc.constantFrom("tool_call", "authentication", "approval")),
        }),
      ),
      monitoring: field(
        record({
          siem: text,
          baseline: field(fc.boolean()),
          rate_limit: field(fc.constantFrom("600/m", "x")),
        }),
      ),
      oversight: field(record({ kill_switch: field(fc.boolean()), incident_contact: text })),
      transparency: field(record({ discloses_ai: field(fc.boolean()) })),
      tools: list(tool),
      delegation: field(record({ can_delegate: field(fc.boolean()), sub_agents: list(text) })),
    }),
    fc.dictionary(text, junk, { maxKeys: 2 }),
  )
  .map(([apiVersion, kind, body, extra]) => ({ ...extra, ...body, apiVersion, kind }));

/** One manifest file: YAML (one or more documents) or JSON (an object or an array), as text. */
export const manifestFile: fc.Arbitrary<{ file: string; text: string }> = fc.oneof(
  fc
    .array(manifest, { minLength: 1, maxLength: 3 })
    .map((docs) => ({ file: "agents/a.agent.yaml", text: docs.map((d) => stringify(d)).join("---\n") })),
  manifest.map((d) => ({ file: "agents/b.agent.json", text: JSON.stringify(d, null, 2) })),
  fc
    .array(manifest, { minLength: 1, maxLength: 3 })
    .map((docs) => ({ file: "agents/c.agent.json", text: JSON.stringify(docs) })),
);

/** A manifest file with random damage: characters inserted, a span deleted, or the text cut short. */
export const damagedFile: fc.Arbitrary<{ file: string; text: string }> = fc
  .tuple(
    manifestFile,
    fc.nat(),
    fc.nat({ max: 40 }),
    fc.string({ unit: "binary", maxLength: 8 }),
    fc.nat({ max: 2 }),
  )
  .map(([{ file, text }, at, length, insert, how]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    const damaged =
      how === 0
        ? text.slice(0, i) + insert + text.slice(i)
        : how === 1
          ? text.slice(0, i) + text.slice(i + length)
          : text.slice(0, i);
    return { file, text: damaged };
  });
