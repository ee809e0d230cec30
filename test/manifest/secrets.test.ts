import { describe, expect, it } from "vitest";
import { entropy, findSecrets, isReference, redactText, scanString } from "../../src/manifest/secrets.js";
import { HANG_GUARD } from "../helpers/hang-guard.js";

// Test tokens are assembled at run time so this file holds nothing a secret scanner would flag.
const j = (...parts: string[]): string => parts.join("");
const b64url = (o: object): string => Buffer.from(JSON.stringify(o)).toString("base64url");
const RANDOM40 = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

const TOKENS: Array<[string, string]> = [
  ["GitHub token", j("gh", "p_", "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0")],
  ["GitHub token", j("gh", "s_", "Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2H1g0")],
  ["GitHub token", j("github", "_pat_", "11ABCDEFG0123456789abc_", "x".repeat(59))],
  ["AWS access key id", j("AKIA", "IOSFODNN7EXAMPLE")],
  ["AWS access key id", j("ASIA", "Q3EGRJUXNBCZ7WLT")],
  ["OpenAI API key", j("sk-", "proj-", "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z")],
  ["OpenAI API key", j("sk-", "T3BlbkFJ", "a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6")],
  ["Anthropic API key", j("sk-", "ant-", "api03-", "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0Ed")],
  ["Slack token", j("xo", "xb-", "1234567890-0987654321-AbCdEfGhIjKlMnOp")],
  ["Stripe secret key", j("sk", "_live_", "4eC39HqLyjWDarjtT1zdp7dc")],
  ["Google API key", j("AI", "za", "SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY")],
  [
    "JWT",
    j(
      "eyJ",
      b64url({ alg: "HS256", typ: "JWT" }).slice(3),
      ".",
      b64url({ sub: "agent" }),
      ".",
      "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    ),
  ],
  ["password in connection string", "hunter2pass"],
];

describe("scanString", () => {
  it.each(TOKENS)("finds a %s inside surrounding text", (kind, token) => {
    const text =
      kind === "password in connection string"
        ? `postgres://app:${token}@db.internal:5432/x`
        : `use ${token} here`;
    const found = scanString(text);
    expect(found).toContainEqual([kind, token]);
  });

  it("finds a private key block, with or without its end line", () => {
    const begin = j("-----BEGIN ", "RSA PRIVATE KEY-----");
    const end = j("-----END ", "RSA PRIVATE KEY-----");
    const block = `${begin}\nMIIEpAIBAAKCAQEA75\n${end}`;
    expect(scanString(`key:\n${block}\ntrailer`)).toEqual([["private key", block]]);
    expect(scanString(`x ${begin}\nMIIE`)).toEqual([["private key", `${begin}\nMIIE`]]);
    expect(scanString(j("-----BEGIN ", "PUBLIC KEY-----"))).toEqual([]);
  });

  it("finds an AWS secret access key by its setting name and a password= setting", () => {
    expect(scanString(`aws_secret_access_key = ${RANDOM40}`)).toEqual([["AWS secret access key", RANDOM40]]);
    expect(scanString("Server=db;User Id=app;Password=s3cr3t-Value;")).toEqual([
      ["password in a setting", "s3cr3t-Value"],
    ]);
  });

  it("does not flag look-alikes", () => {
    for (const text of [
      "ghp_short",
      "task-abcdefghijklmnopqrstuvwxyz0123456789",
      "sk-this-is-a-long-kebab-case-name-not-a-key",
      "eyJhbGciOiJIUzI1NiJ9", // one part only
      j("eyJ", "zzzz.eyJ", "zzzz.sig"), // header is not JSON
      "postgres://finance/invoices",
      "https://user@example.com/x",
      "postgres://app:${DB_PASSWORD}@db/x",
      "password=<your password>",
      "password=${PASSWORD}",
      "AKIAIOSFODNN7EXAMPLEX",
    ]) {
      expect(scanString(text), text).toEqual([]);
    }
  });

  it("judges secret-like keys by entropy and references", () => {
    expect(scanString(RANDOM40.replace(/\//g, "9"), "api_key")).toEqual([
      ["high-entropy string in 'api_key'", RANDOM40.replace(/\//g, "9")],
    ]);
    expect(scanString("Qm9vbXNoYWthbGFrYTEyMzQ1Njc4OTA", "clientSecret")).toHaveLength(1);
    expect(scanString("Qm9vbXNoYWthbGFrYTEyMzQ1Njc4OTA", "secret_ref")).toHaveLength(1);
    expect(scanString("Qm9vbXNoYWthbGFrYTEyMzQ1Njc4OTA", "description")).toEqual([]);
    expect(scanString("Qm9vbXNoYWthbGFrYTEyMzQ1Njc4OTA", "secret_name")).toEqual([]);
    expect(scanString("finance-database-credentials-prod", "token")).toEqual([]);
    expect(scanString("short1A", "api_key")).toEqual([]);
    expect(scanString("correct horse battery staple 42", "token")).toEqual([]);
    expect(scanString("hunter22", "db_password")).toEqual([["password in 'db_password'", "hunter22"]]);
    expect(scanString("****", "password")).toEqual([]);
  });

  it.each([
    "vault://kv/finance/db",
    "aws-sm://prod/finance/db",
    "env:FINANCE_DB_TOKEN",
    "${{ secrets.FINANCE_TOKEN }}",
    "${FINANCE_TOKEN}",
    "$FINANCE_TOKEN",
    "arn:aws:secretsmanager:eu-west-1:123456789012:secret:finance-AbCdEf",
    "projects/acme/secrets/finance-db/versions/3",
    "azure-kv:finance-vault/db-password-2024x",
  ])("never flags the reference %s", (ref) => {
    expect(isReference(ref)).toBe(true);
    expect(scanString(ref, "secret_ref")).toEqual([]);
    expect(scanString(ref, "password")).toEqual([]);
  });

  it("finds secrets under secret-like keys however they are laid out", () => {
    const token = "Zk4Qv9Lr2Tx7Wm1Ns8Pb3Hd6Fj0Gc5Ya";
    // a value with spaces: a scheme or a note beside the token
    expect(scanString(`Bearer ${token}`, "authorization").map(([, v]) => v)).toContain(token);
    expect(scanString(`${token} (rotated monthly)`, "api_key").map(([, v]) => v)).toContain(token);
    // a folded scalar: its lines joined by spaces
    expect(scanString(`${token.slice(0, 20)}aB3 ${token} more text`, "secret").map(([, v]) => v)).toContain(
      token,
    );
    // a key body in base64 lines without PEM armour
    const body =
      "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\nMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3S\n";
    expect(scanString(body, "private_key").length).toBeGreaterThan(0);
    const shortLines = "MIIEvQIBADAN\nBgkqhkiG9w0B\nAQEFAASCBKcw\nggSjAgEAAoIB\n";
    expect(scanString(shortLines, "key_material").map(([, v]) => v)).toContain(shortLines);
    // keys that name the secret's body or scheme
    for (const key of ["bearer", "secretValue", "key_material", "token_data", "Authorization"])
      expect(scanString(token, key), key).toHaveLength(1);
    // and still no prose
    expect(scanString("correct horse battery staple 42", "secretValue")).toEqual([]);
    expect(scanString("issued by Okta and rotated every 90 days", "bearer")).toEqual([]);
    expect(scanString(token, "value")).toEqual([]);
  });

  it("scores entropy in bits per character", () => {
    expect(entropy("aaaa")).toBe(0);
    expect(entropy("abab")).toBe(1);
    expect(entropy("abcdefgh")).toBe(3);
  });

  it("stays fast on large hostile strings", HANG_GUARD, () => {
    const hostile = [
      "eyJ".repeat(300_000),
      "a://".repeat(200_000),
      "x".repeat(1_000_000),
      "password=".repeat(100_000),
      j("-----BEGIN ", "PRIVATE KEY-----").repeat(30_000),
      j("gh", "p_").repeat(300_000),
    ];
    for (const s of hostile) scanString(s, "token");
  });
});

describe("findSecrets", () => {
  it("walks values and keys, reporting pointers and kinds, never values", () => {
    const gh = TOKENS[0]?.[1] as string;
    const aws = TOKENS[3]?.[1] as string;
    const data = {
      metadata: { name: "a", labels: { [gh]: "x" } },
      credentials: [
        { name: "ok", secret_ref: "vault://kv/a" },
        { name: "bad", secret: aws, note: `rotated, old one was ${gh}` },
      ],
      endpoints: ["postgres://u:pa55word-x@db/x"],
    };
    const { hits, values } = findSecrets(data);
    expect(hits).toEqual([
      { pointer: `/metadata/labels/${gh}`, kind: "GitHub token" },
      { pointer: "/credentials/1/secret", kind: "AWS access key id" },
      { pointer: "/credentials/1/note", kind: "GitHub token" },
      { pointer: "/endpoints/0", kind: "password in connection string" },
    ]);
    expect(JSON.stringify(hits)).not.toContain(aws);
    expect(values).toEqual(
      expect.arrayContaining([
        gh,
        aws,
        `rotated, old one was ${gh}`,
        "pa55word-x",
        "postgres://u:pa55word-x@db/x",
      ]),
    );
  });

  it("finds nothing in a clean manifest", () => {
    expect(
      findSecrets({
        credentials: [{ secret_ref: "vault://kv/a", ttl: "15m" }],
        tools: [{ digest: "sha256:" + "ab".repeat(32) }],
      }),
    ).toEqual({
      hits: [],
      values: [],
    });
  });
});

describe("redactText", () => {
  it("replaces every occurrence, longest value first", () => {
    const text = "a SECRETVALUE and SECRETVALUE-LONGER, again SECRETVALUE";
    expect(redactText(text, ["SECRETVALUE", "SECRETVALUE-LONGER"])).toBe(
      "a [REDACTED] and [REDACTED], again [REDACTED]",
    );
  });

  it("also replaces the JSON-escaped form of multi-line values", () => {
    const pem = "-----BEGIN X-----\nabc\n-----END X-----";
    expect(redactText(JSON.stringify({ v: pem }), [pem])).toBe('{"v":"[REDACTED]"}');
  });

  it("replaces a short secret only where it stands on its own, not inside another word", () => {
    expect(redactText("payments via ment, (ment) and ment.", ["ment"])).toBe(
      "payments via [REDACTED], ([REDACTED]) and [REDACTED].",
    );
    expect(redactText("s3://bucket/payments-ment/x", ["ment"])).toBe("s3://bucket/payments-[REDACTED]/x");
    // a long secret goes wherever it is, even inside a word
    const long = "Zk4Qv9Lr2Tx7Wm1Ns8Pb3";
    expect(redactText(`x${long}y`, [long])).toBe("x[REDACTED]y");
  });

  it("leaves text alone when there is nothing to redact", () => {
    expect(redactText("nothing here", [])).toBe("nothing here");
    expect(redactText("a b c", ["", "a"])).toBe("a b c");
  });
});
