// Scope catalogs and derivation: provider inference, lookups, what scopes make of a permission, packs
// extending catalogs, and that large scope lists stay cheap.
import { describe, expect, it } from "vitest";
import { agentAccessLevel, isSensitivePermission, permissionExcess } from "../../src/engine/derived.js";
import { normalise } from "../../src/manifest/normalise.js";
import { parseSource } from "../../src/manifest/parse.js";
import { parseYamlSource } from "../../src/policy/yaml-source.js";
import { applyScopes, applyToData } from "../../src/scopes/apply.js";
import {
  builtinCatalogList,
  builtinCatalogs,
  catalogFromSource,
  lookupScope,
  mergeCatalogs,
} from "../../src/policy/scope-catalog.js";
import { inferProvider, scopeFactsOf } from "../../src/scopes/derive.js";
import { HANG_GUARD } from "../helpers/hang-guard.js";

const catalogs = builtinCatalogs();
const perm = (p: Record<string, unknown>): Record<string, unknown> => {
  const data = applyToData({ permissions: [p] }, catalogs);
  return (data.permissions as Record<string, unknown>[])[0]!;
};

describe("built-in catalogs", () => {
  it("cover the providers of the spec, each citing its sources", () => {
    const list = builtinCatalogList();
    expect(list.map((c) => c.provider).sort()).toEqual([
      "aws",
      "gcp",
      "github",
      "google",
      "kubernetes",
      "microsoft-graph",
      "postgres",
      "slack",
      "snowflake",
      "stripe",
    ]);
    for (const c of list) {
      expect(c.sources.length, c.provider).toBeGreaterThan(0);
      for (const s of c.sources) expect(s.url).toMatch(/^https:\/\//);
    }
  });

  it.each([
    ["github", "contents:write", "write", false],
    ["github", "administration:write", "admin", true],
    ["github", "repo", "write", false],
    ["github", "delete_repo", "write", true],
    ["google", "https://www.googleapis.com/auth/gmail.send", "write", true],
    ["google", "https://www.googleapis.com/auth/gmail.readonly", "read", false],
    ["microsoft-graph", "Mail.Send", "write", true],
    ["microsoft-graph", "directory.readwrite.all", "admin", true],
    ["aws", "s3:GetObject", "read", false],
    ["aws", "iam:*", "admin", true],
    ["aws", "*", "admin", true],
    ["aws", "arn:aws:iam::aws:policy/AdministratorAccess", "admin", true],
    ["aws", "ec2:DescribeInstances", "read", false],
    ["gcp", "roles/owner", "admin", true],
    ["gcp", "roles/pubsub.viewer", "read", false],
    ["kubernetes", "get:secrets", "read", true],
    ["kubernetes", "impersonate:users", "admin", true],
    ["kubernetes", "*:*", "admin", true],
    ["kubernetes", "get:pods", "read", false],
    ["slack", "chat:write", "write", false],
    ["stripe", "refunds:write", "write", true],
    ["stripe", "customers:read", "read", false],
    ["snowflake", "accountadmin", "admin", true],
    ["postgres", "SUPERUSER", "admin", true],
    ["postgres", "select", "read", false],
  ])("%s %s → %s (sensitive: %s)", (provider, scope, access, sensitive) => {
    const entry = lookupScope(catalogs.byProvider.get(provider)!, scope);
    expect(entry?.access).toBe(access);
    expect(entry?.sensitive).toBe(sensitive);
  });
});

describe("provider inference", () => {
  it.each([
    ["https://api.github.com/repos/acme/ledger", "github"],
    ["github://acme/ledger", "github"],
    ["https://graph.microsoft.com/v1.0/users", "microsoft-graph"],
    ["https://gmail.googleapis.com/gmail/v1/users/me", "google"],
    ["https://storage.googleapis.com/acme-bucket", "gcp"],
    ["arn:aws:s3:::acme-invoices/*", "aws"],
    ["https://sqs.eu-west-1.amazonaws.com/123/queue", "aws"],
    ["https://abc.gr7.eu-west-1.eks.amazonaws.com", "kubernetes"],
    ["k8s://prod-eu-1/payments", "kubernetes"],
    ["postgres://finance/invoices", "postgres"],
    ["https://acme.eu-central-1.snowflakecomputing.com", "snowflake"],
    ["stripe://acme/refunds", "stripe"],
    ["https://slack.com/api/chat.postMessage", "slack"],
  ])("%s → %s", (resource, provider) => {
    expect(inferProvider(resource, catalogs)).toBe(provider);
  });
  it("is undefined for what no catalog claims", () => {
    expect(inferProvider("https://api.example.com/x", catalogs)).toBeUndefined();
    expect(inferProvider("finance-db", catalogs)).toBeUndefined();
    expect(inferProvider(42, catalogs)).toBeUndefined();
  });
});

describe("derivation", () => {
  it("fills actions and category when the manifest states none", () => {
    const p = perm({ resource: "https://api.github.com/repos/acme/ledger", scopes: ["contents:write"] });
    expect(p.actions).toEqual(["write"]);
    expect(p.category).toBe("external-api");
    expect(agentAccessLevel([p])).toBe("write");
    expect(isSensitivePermission(p)).toBe(false);
  });

  it("makes administration:write privileged and sensitive", () => {
    const p = perm({ resource: "github://acme/ledger", scopes: ["administration:write"] });
    expect(agentAccessLevel([p])).toBe("privileged");
    expect(isSensitivePermission(p)).toBe(true);
  });

  it("does not let stated actions understate what the scopes grant", () => {
    const p = perm({ resource: "arn:aws:iam::123456789012:role/x", scopes: ["iam:*"], actions: ["read"] });
    expect(p.actions).toEqual(["read"]);
    expect(agentAccessLevel([p])).toBe("privileged");
    expect(isSensitivePermission(p)).toBe(true);
  });

  it("treats any-user access as privileged, declared or implied", () => {
    const declared = perm({
      resource: "https://gmail.googleapis.com/x",
      scopes: ["https://www.googleapis.com/auth/gmail.readonly"],
      on_behalf_of: "any-user",
    });
    expect(agentAccessLevel([declared])).toBe("privileged");
    const appOnly = perm({ resource: "https://graph.microsoft.com/v1.0/users", scopes: ["Mail.Read"] });
    expect((appOnly.scope_facts as { any_user: string[] }).any_user).toEqual(["Mail.Read"]);
    expect(agentAccessLevel([appOnly])).toBe("privileged");
    const delegated = perm({
      resource: "https://graph.microsoft.com/v1.0/me",
      scopes: ["Mail.Read"],
      on_behalf_of: "user",
    });
    expect(agentAccessLevel([delegated])).toBe("read-only");
  });

  it("reports unknown scopes and providers, counting them as writes", () => {
    const p = perm({ resource: "github://acme/x", scopes: ["contents:read", "contents:wirte"] });
    expect((p.scope_facts as { unknown: string[] }).unknown).toEqual(["contents:wirte"]);
    expect(p.actions).toEqual(["read", "write"]);
    const q = perm({ resource: "https://api.example.com", scopes: ["leads.read"] });
    expect(q.scope_facts).toMatchObject({ provider: null, known_provider: false });
    expect(q.actions).toEqual(["write"]);
  });

  it("widens delegation checks to impersonation", () => {
    const parent = [{ resource: "https://graph.microsoft.com/*", actions: ["read", "write", "send"] }];
    const sub = [
      { resource: "https://graph.microsoft.com/v1.0/users", actions: ["send"], on_behalf_of: "any-user" },
    ];
    expect(permissionExcess(sub, parent)).toEqual([
      "on behalf of any user on https://graph.microsoft.com/v1.0/users",
    ]);
  });

  it("leaves agents without scopes as they are, and applies once", () => {
    const doc = parseSource(
      "a.agent.yaml",
      "apiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata: {name: a}\npermissions:\n- {resource: 'postgres://x/y', actions: [read], category: database}\n",
    ).documents[0]!;
    const agent = normalise(doc);
    expect(applyScopes([agent])[0]).toBe(agent);
    const scoped = normalise(
      parseSource(
        "b.agent.yaml",
        "apiVersion: agentpolicy.dev/v1\nkind: Agent\nmetadata: {name: b}\npermissions:\n- {resource: 'postgres://x/y', scopes: [SELECT]}\n",
      ).documents[0]!,
    );
    const once = applyScopes([scoped])[0]!;
    expect(once).not.toBe(scoped);
    expect(scoped.data.permissions).toEqual([{ resource: "postgres://x/y", scopes: ["SELECT"] }]);
    expect(applyScopes([once])[0]).toBe(once);
  });

  it("stays linear on a huge scope list", HANG_GUARD, () => {
    const scopes = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? `s3:GetObject${i}` : `frob:Thing${i}`));
    const facts = scopeFactsOf({ resource: "arn:aws:s3:::x", scopes }, catalogs)!;
    expect(facts.granted.length + facts.unknown.length).toBe(50_000);
  });
});

describe("packs", () => {
  const pack = catalogFromSource(
    parseYamlSource(
      [
        "provider: github",
        "sources: [{ url: 'https://docs.example.com/github-policy' }]",
        "scopes:",
        "  - { scope: 'contents:write', access: write, category: external-api, sensitive: true }",
        "  - { scope: 'copilot_requests:write', access: write, category: external-api }",
      ].join("\n"),
      "pack/scopes/github.yaml",
    ),
  );
  const crm = catalogFromSource(
    parseYamlSource(
      "provider: example-crm\nsources: [{ url: 'https://docs.example-crm.com/scopes' }]\nmatch: { hosts: [api.example-crm.com] }\nscopes:\n  - { pattern: '*.read', access: read, category: external-api }\n",
      "pack/scopes/crm.yaml",
    ),
  );
  const merged = mergeCatalogs([...builtinCatalogList(), pack, crm]);
  it("override and add entries of a built-in catalog", () => {
    const gh = merged.byProvider.get("github")!;
    expect(lookupScope(gh, "contents:write")?.sensitive).toBe(true);
    expect(lookupScope(gh, "copilot_requests:write")?.access).toBe("write");
    expect(lookupScope(gh, "issues:read")?.access).toBe("read");
  });
  it("add providers", () => {
    expect(inferProvider("https://api.example-crm.com/v2", merged)).toBe("example-crm");
    const facts = scopeFactsOf(
      { resource: "https://api.example-crm.com/v2", scopes: ["leads.read"] },
      merged,
    )!;
    expect(facts).toMatchObject({
      provider: "example-crm",
      known_provider: true,
      access: "read",
      unknown: [],
    });
  });
  it("are validated with positions", () => {
    expect(() =>
      catalogFromSource(
        parseYamlSource(
          "provider: x\nsources: [{url: 'https://a'}]\nscopes:\n  - { scope: a, access: rw, category: database }\n",
          "p.yaml",
        ),
      ),
    ).toThrow(/p\.yaml:4:.*access must be read, write or admin/);
  });
});
