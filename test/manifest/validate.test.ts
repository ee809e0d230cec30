import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSource } from "../../src/manifest/parse.js";
import { validate } from "../../src/manifest/validate.js";
import type { AgentDocument } from "../../src/manifest/types.js";
import schema from "../../schema/agent.schema.json" with { type: "json" };

const HEAD = "apiVersion: agentpolicy.dev/v1\nkind: Agent\n";

function doc(yaml: string): AgentDocument {
  const r = parseSource("v.yaml", yaml);
  expect(r.errors).toEqual([]);
  return r.documents[0] as AgentDocument;
}

describe("validate", () => {
  it("accepts the full example with no findings", () => {
    const text = readFileSync(join(import.meta.dirname, "fixtures", "full.agent.yaml"), "utf8");
    expect(validate(doc(text))).toEqual([]);
  });

  it("does not treat missing governance fields as schema errors", () => {
    expect(validate(doc(`${HEAD}metadata:\n  name: bare\n`))).toEqual([]);
  });

  it("requires only apiVersion, kind and metadata.name", () => {
    expect(validate(doc(`${HEAD}metadata:\n  owner: team:x\n`))).toEqual([
      {
        ruleId: "AP-SCHEMA-001",
        pointer: "/metadata/name",
        message: "missing required field 'name' in /metadata",
      },
    ]);
    expect(validate(doc(HEAD))).toEqual([
      {
        ruleId: "AP-SCHEMA-001",
        pointer: "/metadata",
        message: "missing required field 'metadata' at the top level",
      },
    ]);
  });

  it("reports a `code:` glob over the wildcard bounds at its item, and no glob within them", () => {
    const text = `${HEAD}metadata:\n  name: a\ncode: ["services/**/src/*.ts", "**/*a*a*b/**", 7]\n`;
    expect(validate(doc(text))).toEqual([
      {
        ruleId: "AP-SCHEMA-001",
        pointer: "/code/2",
        message: "/code/2 must be a string; got the number 7",
      },
      {
        ruleId: "AP-SCHEMA-001",
        pointer: "/code/1",
        message:
          "/code/1 '**/*a*a*b/**' has 3 wildcards in one path segment, over the limit of 2 (each wildcard multiplies the time a path that almost matches takes; name a folder instead of one); it is not used",
      },
    ]);
  });

  it("holds extglobs, groups and backslash-separated `code:` globs to the same bounds", () => {
    const text = `${HEAD}metadata:\n  name: a\ncode: ["svc/*(*a)x/**", "**\\\\a\\\\**\\\\a\\\\**\\\\b", "src/*.{ts,js}"]\n`;
    const found = validate(doc(text)).map((f) => [f.pointer, f.message.replace(/ \(each wildcard.*$/, "")]);
    expect(found).toEqual([
      [
        "/code/0",
        "/code/0 'svc/*(*a)x/**' has a group or an extglob ('(' unescaped), which these globs do not support; it is not used",
      ],
      ["/code/1", "/code/1 '**\\a\\**\\a\\**\\b' has 3 '**', over the limit of 2"],
    ]);
  });

  it("reports a wrong type at the offending node", () => {
    expect(validate(doc(`${HEAD}metadata:\n  name: a\n  owner: [a, b]\naudit:\n  enabled: "yes"\n`))).toEqual(
      [
        {
          ruleId: "AP-SCHEMA-001",
          pointer: "/metadata/owner",
          message: "/metadata/owner must be a string; got a list",
        },
        {
          ruleId: "AP-SCHEMA-001",
          pointer: "/audit/enabled",
          message: "/audit/enabled must be true or false; got the string 'yes'",
        },
      ],
    );
  });

  it("reports an unknown enum value with the allowed ones", () => {
    expect(validate(doc(`${HEAD}metadata: {name: a}\nrisk:\n  eu_ai_act: hgih\n`))).toEqual([
      {
        ruleId: "AP-SCHEMA-001",
        pointer: "/risk/eu_ai_act",
        message: "/risk/eu_ai_act must be one of prohibited, high, limited, minimal; got 'hgih'",
      },
    ]);
    const [f] = validate(doc(`${HEAD}metadata: {name: a}\npermissions:\n  - actions: [read, destroy]\n`));
    expect(f).toMatchObject({
      pointer: "/permissions/0/actions/1",
      message: expect.stringMatching(
        /^\/permissions\/0\/actions\/1 must be one of read, write.*\*; got 'destroy'$/,
      ),
    });
  });

  it("checks the agent name format", () => {
    expect(validate(doc(`${HEAD}metadata: {name: Invoice_Bot}\n`))).toEqual([
      expect.objectContaining({
        pointer: "/metadata/name",
        message: expect.stringMatching(/lowercase DNS label.*got 'Invoice_Bot'/),
      }),
    ]);
    expect(validate(doc(`${HEAD}metadata: {name: ${"a".repeat(64)}}\n`))[0]?.message).toMatch(
      /at most 63 characters/,
    );
  });

  it("reports a negative duration number but leaves malformed duration and date strings to normalise", () => {
    const findings = validate(
      doc(
        `${HEAD}metadata: {name: a, review_by: 2027-02-30}\ncredentials:\n  - ttl: soon\n    rotation: -5\n`,
      ),
    );
    expect(findings).toEqual([
      {
        ruleId: "AP-SCHEMA-001",
        pointer: "/credentials/0/rotation",
        message:
          "/credentials/0/rotation is not a duration (it is negative; use 30s, 15m, 1h, 7d, 2w, 6mo, 7y, ISO 8601 such as PT1H, P30D, P6M or P1Y, or a number of seconds); got -5",
      },
    ]);
  });

  it("reports unknown fields as low findings at the unknown member, with a typo hint", () => {
    const findings = validate(
      doc(
        `${HEAD}metadata:\n  name: a\n  ownr: team:x\n  labels: {anything: goes}\ncredentials:\n  - secret: x\nfoo: 1\n`,
      ),
    );
    expect(findings).toEqual([
      {
        ruleId: "AP-SCHEMA-002",
        severity: "low",
        pointer: "/metadata/ownr",
        message: "unknown field 'ownr' in /metadata (did you mean 'owner'?)",
      },
      {
        ruleId: "AP-SCHEMA-002",
        severity: "low",
        pointer: "/credentials/0/secret",
        message: "unknown field 'secret' in /credentials/0",
      },
      {
        ruleId: "AP-SCHEMA-002",
        severity: "low",
        pointer: "/foo",
        message: "unknown field 'foo' at the top level",
      },
    ]);
  });

  it("allows a $schema key and escapes odd keys in pointers", () => {
    expect(validate(doc(`$schema: ./agent.schema.json\n${HEAD}metadata: {name: a}\n`))).toEqual([]);
    const [f] = validate(doc(`${HEAD}metadata: {name: a}\nrisk: {"a/b~c": 1}\n`));
    expect(f).toMatchObject({ ruleId: "AP-SCHEMA-002", pointer: "/risk/a~1b~0c" });
  });

  it("never echoes a long or multi-line value", () => {
    const [f] = validate(
      doc(`${HEAD}metadata: {name: a}\nrisk:\n  eu_ai_act: "${"x".repeat(60)}"\n  autonomy: "a\\nb"\n`),
    );
    expect(f?.message).toMatch(/got a string of 60 characters$/);
    expect(validate(doc(`${HEAD}metadata: {name: a}\nrisk:\n  autonomy: "a\\nb"\n`))[0]?.message).not.toMatch(
      /\n/,
    );
  });
});

describe("schema/agent.schema.json", () => {
  it("describes every property, so editors can show hover docs", () => {
    const missing: string[] = [];
    const walk = (node: Record<string, unknown>, path: string): void => {
      for (const [key, child] of Object.entries(
        (node.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        if (typeof child.description !== "string" || child.description.length < 8)
          missing.push(`${path}/${key}`);
        walk(child, `${path}/${key}`);
      }
      if (node.items) walk(node.items as Record<string, unknown>, `${path}/items`);
      if (typeof node.additionalProperties === "object")
        walk(node.additionalProperties as Record<string, unknown>, `${path}/*`);
    };
    walk(schema as Record<string, unknown>, "");
    for (const [name, def] of Object.entries(schema.$defs))
      walk(def as Record<string, unknown>, `$defs/${name}`);
    expect(missing).toEqual([]);
  });

  it("holds the enums of the manifest format", () => {
    expect(schema.properties.identity.properties.provider.enum).toEqual([
      "entra",
      "okta",
      "aws-iam",
      "gcp-iam",
      "azure-managed-identity",
      "spiffe",
      "kubernetes",
      "github-oidc",
      "other",
      "none",
    ]);
    // v1 types plus key-pair, certificate and jwt-bearer (v1.1)
    expect(schema.$defs.credential.properties.type.enum).toHaveLength(11);
    expect(schema.$defs.permission.properties.category.enum).toHaveLength(10);
    expect(schema.properties.risk.properties.annex_iii.enum).toHaveLength(8);
    expect(schema.required).toEqual(["apiVersion", "kind", "metadata"]);
    expect(schema.properties.metadata.required).toEqual(["name"]);
  });
});
