// scanString skips the token patterns for strings without any of their literals. That shortcut must
// never hide a secret: whenever some pattern matches, the prefilter must match too.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMAT_PREFILTER, FORMATS, scanString } from "../../src/manifest/secrets.js";

// Pieces of every pattern (and near misses), so random strings often match one.
const PIECES = [
  "ghp_",
  "gho_",
  "ghu_",
  "ghs_",
  "ghr_",
  "github_pat_",
  "AKIA",
  "ASIA",
  "ABIA",
  "ACCA",
  "aws_secret_access_key",
  "AWS_SECRET_ACCESS_KEY",
  "awssecretaccesskey",
  "sk-ant-",
  "sk-proj-",
  "sk-svcacct-",
  "sk-admin-",
  "sk-",
  "SK-",
  "xoxb-",
  "xoxp-",
  "hooks.slack.com/services/T",
  "/B",
  "sk_live_",
  "rk_live_",
  "AIza",
  "eyJ",
  "eyJhbGciOiJIUzI1NiJ9",
  ".",
  "password",
  "PASSWORD",
  "passwd",
  "pwd",
  "client_secret",
  "clientSecret",
  "api_key",
  "APIKEY",
  "access_token",
  "=",
  ":",
  " ",
  '"',
  "'",
  "abcdefghij",
  "ABCDEFGHIJKLMNOP",
  "0123456789",
  "_",
  "-",
  "/",
  "+",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(""));

function anyFormatMatches(s: string): boolean {
  return FORMATS.some((f) => {
    f.pattern.lastIndex = 0;
    const hit = f.pattern.test(s);
    f.pattern.lastIndex = 0;
    return hit;
  });
}

describe("the token-format prefilter", () => {
  it("matches every string some token pattern matches", () => {
    fc.assert(
      fc.property(text, (s) => {
        if (anyFormatMatches(s)) expect(FORMAT_PREFILTER.test(s)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("still finds each kind of token", () => {
    expect(scanString(`key=AKIA${"ABCDEFGHIJKLMNOP"}`).map(([k]) => k)).toContain("AWS access key id");
    expect(scanString(`ghp_${"a".repeat(36)}`).map(([k]) => k)).toContain("GitHub token");
    expect(scanString(`sk-ant-${"a".repeat(30)}`).map(([k]) => k)).toContain("Anthropic API key");
  });
});
