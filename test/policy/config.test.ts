import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { loadActivePolicy } from "../../src/policy/active.js";
import { checkOptionsFor } from "../../src/pipeline/options.js";
import { checkConfigAgainstPolicy, findConfig, parseConfig } from "../../src/policy/config.js";
import { PolicyError } from "../../src/policy/errors.js";
import { memoryPolicyFiles } from "../../src/policy/policy-files.js";
import type { CheckDef, Policy } from "../../src/policy/types.js";

function policyError(fn: () => unknown): PolicyError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
  throw new Error("expected a PolicyError");
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a rejection");
}

const FULL = `include: ["agents/**/*.yaml"]
exclude: ["agents/archive/**"]
frameworks: [eu-ai-act, soc2]
fail_on: medium
params:
  max_token_ttl: 1h
  min_log_retention: 183d
checks:
  AP-MON-001: off
  AP-ID-004: low
packs: [./policy/agentpolicy]
waivers:
  - check: AP-CRED-002
    agent: legacy-*
    path: /credentials/0
    reason: Vendor API has no OAuth; migration tracked in SEC-142
    approved_by: ciso@example.com
    expires: 2027-01-31
`;

const SMALL_POLICY: Policy = {
  checks: [
    {
      id: "AP-CRED-003",
      title: "t",
      severity: "medium",
      description: "d",
      remediation: "r",
      params: { max_token_ttl: { type: "duration", default: "1h", description: "d" } },
      waivable: true,
      builtin: false,
    } satisfies CheckDef,
  ],
  frameworks: [{ id: "soc2", title: "SOC 2", version: "1", url: "https://example.com", controls: [] }],
};

describe("parseConfig", () => {
  it("reads every field of config-v1", () => {
    const c = parseConfig(FULL, ".agentpolicy.yml");
    expect(c.file).toBe(".agentpolicy.yml");
    expect(c.settings.fail_on).toBe("medium");
    expect(c.settings.checks).toEqual({ "AP-MON-001": "off", "AP-ID-004": "low" });
    expect(c.settings.waivers?.[0]?.expires).toBe("2027-01-31");
    expect(c.settings.params).toEqual({ max_token_ttl: "1h", min_log_retention: "183d" });
  });

  it("accepts an empty file, one of comments only, and JSON", () => {
    expect(parseConfig("", ".agentpolicy.yml").settings).toEqual({});
    expect(parseConfig("# nothing yet\n\n", ".agentpolicy.yml").settings).toEqual({});
    const json = parseConfig(
      '{ "$schema": "x", "fail_on": "low", "checks": { "AP-ID-004": "off" } }',
      "c.json",
    );
    expect(json.settings).toEqual({ fail_on: "low", checks: { "AP-ID-004": "off" } });
  });

  it.each([
    ["fail_on: urgent\n", [1, 10], /fail_on: must be one of critical, high, medium, low, info, never/],
    ["waiver: []\n", [1, 1], /unknown field 'waiver'/],
    ["checks:\n  AP-ID-004: loud\n", [2, 14], /must be one of off, critical/],
    ["checks:\n  ap-id-004: off\n", [2, 3], /must match/],
    [
      "waivers:\n  - check: AP-CRED-002\n    agent: x\n    reason: r\n    approved_by: a\n",
      [2, 5],
      /missing required field 'expires'/,
    ],
    [
      "waivers:\n  - check: AP-CRED-002\n    agent: x\n    reason: r\n    approved_by: a\n    expires: 2027-02-30\n",
      [6, 14],
      /expires: must match format "date"/,
    ],
    [
      "waivers:\n  - check: AP-CRED-002\n    agent: x\n    reason: '  '\n    approved_by: a\n    expires: 2027-01-01\n",
      [4, 13],
      /reason/,
    ],
    ["include: [a\nb\n", [2, 1], /invalid YAML/],
    ["fail_on: high\nfail_on: low\n", [2, 1], /invalid YAML/],
    ["packs: ./policy\n", [1, 8], /packs: must be array/],
  ])("refuses %j at line and column", (text, [line, column], reason) => {
    const e = policyError(() => parseConfig(text, ".agentpolicy.yml"));
    expect(e.file).toBe(".agentpolicy.yml");
    expect([e.line, e.column]).toEqual([line, column]);
    expect(e.reason).toMatch(reason);
    expect(e.message).toMatch(/^\.agentpolicy\.yml:\d+:\d+: /);
  });
});

describe("checkConfigAgainstPolicy", () => {
  it.each([
    ["frameworks: [gdpr]\n", [1, 14], /unknown framework 'gdpr'; known: soc2/],
    ["checks:\n  AP-NOPE-001: off\n", [2, 3], /unknown check 'AP-NOPE-001'/],
    [
      "waivers:\n  - check: AP-NOPE-001\n    agent: x\n    reason: r\n    approved_by: a\n    expires: 2027-01-01\n",
      [2, 12],
      /unknown check 'AP-NOPE-001'/,
    ],
    ["params:\n  max_token_ttl: soon\n", [2, 18], /parameter 'max_token_ttl' is not a duration/],
    ["params:\n  max_ttl: 1h\n", [2, 3], /unknown parameter 'max_ttl'/],
  ])("refuses %j at line and column", (text, [line, column], reason) => {
    const e = policyError(() =>
      checkConfigAgainstPolicy(parseConfig(text, ".agentpolicy.yml"), SMALL_POLICY),
    );
    expect([e.line, e.column]).toEqual([line, column]);
    expect(e.reason).toMatch(reason);
  });

  it("accepts ids and names the policy knows", () => {
    const c = parseConfig(
      "frameworks: [soc2]\nchecks: { AP-CRED-003: low }\nparams: { max_token_ttl: 3600 }\n",
      "c.yml",
    );
    expect(() => checkConfigAgainstPolicy(c, SMALL_POLICY)).not.toThrow();
  });
});

describe("findConfig", () => {
  it("finds the one config at the root, or none", async () => {
    expect(await findConfig(memoryPolicyFiles({}))).toBeUndefined();
    expect(await findConfig(memoryPolicyFiles({ ".agentpolicy.yaml": "fail_on: low" }))).toEqual({
      file: ".agentpolicy.yaml",
      text: "fail_on: low",
    });
  });

  it("refuses two configs, so it is never unclear which applies", async () => {
    const e = await rejection(
      findConfig(memoryPolicyFiles({ ".agentpolicy.yml": "", ".agentpolicy.json": "{}" })),
    );
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toMatch(/\.agentpolicy\.yml and \.agentpolicy\.json both exist/);
  });

  it("reads a named file; a missing one is a usage error in the working tree only", async () => {
    const files = memoryPolicyFiles({ "policy/ap.yml": "fail_on: low" });
    expect((await findConfig(files, "policy/ap.yml"))?.text).toBe("fail_on: low");
    expect(await rejection(findConfig(files, "nope.yml"))).toBeInstanceOf(UsageError);
    const base = { ...memoryPolicyFiles({}), sha: "a".repeat(40) };
    expect(await findConfig(base, "nope.yml")).toBeUndefined();
  });
});

describe("loadActivePolicy and checkOptionsFor", () => {
  it("uses the built-in policy without a config, and the config's settings under explicit options", async () => {
    const none = await loadActivePolicy(memoryPolicyFiles({}), { root: "/repo" });
    expect(none.config).toBeUndefined();
    expect(none.policy.checks.some((c) => c.id === "AP-CRED-003")).toBe(true);

    const files = memoryPolicyFiles({
      ".agentpolicy.yml":
        "include: [bots/**]\nfail_on: low\nframeworks: [soc2]\nparams: { max_token_ttl: 8h }\n",
    });
    const active = await loadActivePolicy(files, { root: "/repo" });
    const fromConfig = checkOptionsFor(active, { root: "/repo", paths: [], maxFileSize: 10 });
    expect(fromConfig).toMatchObject({
      include: ["bots/**"],
      failOn: "low",
      frameworks: ["soc2"],
      params: { max_token_ttl: "8h" },
      policy: active,
    });
    const flags = checkOptionsFor(active, {
      root: "/repo",
      paths: [],
      maxFileSize: 10,
      failOn: "critical",
      frameworks: ["eu-ai-act"],
    });
    expect(flags.failOn).toBe("critical");
    expect(flags.frameworks).toEqual(["eu-ai-act"]);
    expect(checkOptionsFor(none, { root: "/repo", paths: [], maxFileSize: 10 }).failOn).toBe("high");
  });

  it("names the base commit in errors of a policy read from it", async () => {
    const base = {
      ...memoryPolicyFiles({ ".agentpolicy.yml": "fail_on: loud\n" }, "the base commit abc"),
      sha: "abc",
    };
    const e = await rejection(loadActivePolicy(base, { root: "/repo" }));
    expect(e).toBeInstanceOf(PolicyError);
    expect(e.message).toMatch(/^\.agentpolicy\.yml:1:10: .*\(in the base commit abc\)$/);
  });

  it("checks the config against the loaded checks", async () => {
    const files = memoryPolicyFiles({
      ".agentpolicy.yml": "checks:\n  AP-CRED-003: off\n  AP-XYZ-001: low\n",
    });
    const e = await rejection(loadActivePolicy(files, { root: "/repo" }));
    expect(e.message).toBe(".agentpolicy.yml:3:3: unknown check 'AP-XYZ-001' (see 'agentpolicy rules')");
  });
});
