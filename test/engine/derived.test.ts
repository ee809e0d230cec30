import { describe, expect, it } from "vitest";
import {
  agentAccessLevel,
  DEFAULT_SENSITIVE,
  deriveFacts,
  isSensitivePermission,
  permissionAccessLevel,
  permissionExcess,
} from "../../src/engine/derived.js";

describe("access level", () => {
  it.each([
    [{ resource: "db", actions: ["read"] }, "read-only"],
    [{ resource: "db", actions: [] }, "read-only"],
    [{ resource: "db" }, "read-only"],
    [{ resource: "db", actions: ["read", "write"] }, "write"],
    [{ resource: "db", actions: ["send"], category: "email" }, "write"],
    [{ resource: "db", actions: ["frobnicate"] }, "write"],
    [{ resource: "db", actions: "write" }, "write"],
    [{ resource: "db", actions: ["admin"] }, "privileged"],
    [{ resource: "db", actions: ["deploy"] }, "privileged"],
    [{ resource: "db", actions: ["*"] }, "privileged"],
    [{ resource: "*", actions: ["read"] }, "privileged"],
    [{ resource: "s3://*", actions: ["read"] }, "privileged"],
    [{ resource: "s3://bucket/*", actions: ["read"] }, "read-only"],
    [{ resource: "vault://kv", actions: ["read"], category: "secrets" }, "privileged"],
    [{ resource: "x", actions: ["read"], category: "identity" }, "privileged"],
    [{ resource: "x", actions: ["read"], category: "code-execution" }, "privileged"],
    [{ resource: "x", actions: ["read"], category: "deployment" }, "privileged"],
    [{ resource: "x", actions: ["read"], category: "payments" }, "privileged"],
  ])("%j → %s", (perm, level) => {
    expect(permissionAccessLevel(perm)).toBe(level);
  });

  it("is null for anything that is not a permission object", () => {
    for (const v of [null, undefined, "read", 3, ["read"]]) expect(permissionAccessLevel(v)).toBeNull();
  });

  it("of an agent is its highest permission, read-only without any", () => {
    expect(agentAccessLevel(undefined)).toBe("read-only");
    expect(agentAccessLevel([])).toBe("read-only");
    expect(agentAccessLevel([{ actions: ["read"] }, { actions: ["write"] }, "junk"])).toBe("write");
    expect(agentAccessLevel([{ actions: ["write"] }, { category: "payments", actions: ["read"] }])).toBe(
      "privileged",
    );
  });
});

describe("sensitive permissions", () => {
  it.each([
    [{ category: "deployment", actions: ["read"] }, true],
    [{ category: "database", actions: ["delete"] }, true],
    [{ category: "database", actions: ["export"] }, true],
    [{ category: "database", actions: ["admin"] }, true],
    [{ category: "workflow", actions: ["deploy"] }, true],
    [{ category: "email", actions: ["send"] }, true],
    [{ category: "external-api", actions: ["send"] }, false],
    [{ category: "database", actions: ["read", "write"] }, false],
    [{ actions: ["*"] }, true],
    [{}, false],
  ])("%j → %s", (perm, expected) => {
    expect(isSensitivePermission(perm)).toBe(expected);
  });

  it("widens and narrows with the spec", () => {
    const widened = {
      categories: [...DEFAULT_SENSITIVE.categories, "database"],
      actions: DEFAULT_SENSITIVE.actions,
    };
    expect(isSensitivePermission({ category: "database", actions: ["read"] }, widened)).toBe(true);
    expect(isSensitivePermission({ actions: ["*"] }, { categories: [], actions: [] })).toBe(false);
  });
});

describe("deriveFacts", () => {
  it("lists sensitive permissions with their pointers and copies secret hits", () => {
    const data = {
      permissions: [
        { resource: "db", actions: ["read"], category: "database" },
        { resource: "stripe://payouts", actions: ["write"], category: "payments", approval: "pay" },
      ],
    };
    const facts = deriveFacts(data, [{ pointer: "/credentials/0/token", kind: "GitHub token" }]);
    expect(facts.access_level).toBe("privileged");
    expect(facts.sensitive_permissions).toEqual([
      {
        index: 1,
        pointer: "/permissions/1",
        resource: "stripe://payouts",
        category: "payments",
        approval: "pay",
      },
    ]);
    expect(facts.secrets).toEqual([{ pointer: "/credentials/0/token", kind: "GitHub token" }]);
  });

  it("copes with a manifest whose permissions are not a list", () => {
    expect(deriveFacts({ permissions: "all" }, []).sensitive_permissions).toEqual([]);
  });
});

describe("permission excess (delegation never hands out more)", () => {
  const parent = [
    { resource: "postgres://finance/*", actions: ["read"] },
    { resource: "postgres://finance/invoices", actions: ["write"] },
    { resource: "https://api.example.com/jobs", actions: ["*"] },
  ];

  it("is empty when every action is allowed on a covering resource, across several permissions", () => {
    expect(
      permissionExcess(
        [
          { resource: "postgres://finance/invoices", actions: ["read", "write"] },
          { resource: "https://api.example.com/jobs", actions: ["delete", "execute"] },
          { resource: "postgres://finance/*", actions: ["read"] },
        ],
        parent,
      ),
    ).toEqual([]);
  });

  it("lists the actions that no covering permission allows", () => {
    expect(
      permissionExcess(
        [{ resource: "postgres://finance/ledger", actions: ["read", "write", "delete"] }],
        parent,
      ),
    ).toEqual(["write, delete on postgres://finance/ledger"]);
  });

  it("does not let a narrower pattern cover a broader one", () => {
    expect(permissionExcess([{ resource: "postgres://*", actions: ["read"] }], parent)).toEqual([
      "read on postgres://*",
    ]);
    expect(
      permissionExcess([{ resource: "*", actions: ["read"] }], [{ resource: "*", actions: ["read"] }]),
    ).toEqual([]);
  });

  it("treats a permission without a resource as reaching anything", () => {
    expect(permissionExcess([{ actions: ["read"] }], parent)).toEqual(["read on an unnamed resource"]);
    expect(permissionExcess([{ actions: ["read"] }], [{ resource: "*", actions: ["read"] }])).toEqual([]);
  });

  it("holds everything against a parent without permissions, and nothing without actions", () => {
    expect(permissionExcess([{ resource: "x", actions: ["read"] }], undefined)).toEqual(["read on x"]);
    expect(permissionExcess([{ resource: "x" }], [])).toEqual([]);
  });

  it("ignores what is not a permission", () => {
    expect(permissionExcess(["read", null, 3], parent)).toEqual([]);
    expect(permissionExcess("nope", parent)).toEqual([]);
  });
});
