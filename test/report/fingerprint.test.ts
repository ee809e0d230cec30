import { describe, expect, it } from "vitest";
import { fingerprinter, fingerprintOf, stablePointer } from "../../src/report/fingerprint.js";

const data = {
  permissions: [
    { resource: "postgres://a", actions: ["read", "write"] },
    { resource: "s3://b", actions: ["export"] },
  ],
  credentials: [{ name: "db", ttl: "1h" }],
  odd: [{ x: 1 }],
};

describe("stablePointer", () => {
  it("names list items by name, resource or string value", () => {
    expect(stablePointer("/permissions/1/actions/0", data)).toBe(
      "/permissions/[resource=s3:~1~1b]/actions/[export]",
    );
    expect(stablePointer("/credentials/0/ttl", data)).toBe("/credentials/[name=db]/ttl");
  });

  it("keeps indexes where an item has no identity, and pointers past the data", () => {
    expect(stablePointer("/odd/0/x", data)).toBe("/odd/0/x");
    expect(stablePointer("/permissions/5", data)).toBe("/permissions/5");
    expect(stablePointer("", data)).toBe("");
  });
});

describe("fingerprints", () => {
  const key = { ruleId: "AP-X-001", agent: "a", file: "f.yaml", docIndex: 0 };

  it("survive inserting a list item above", () => {
    const moved = { permissions: [{ resource: "new://c" }, ...data.permissions] };
    expect(fingerprintOf({ ...key, pointer: "/permissions/2", data: moved })).toBe(
      fingerprintOf({ ...key, pointer: "/permissions/1", data }),
    );
  });

  it("differ by rule, agent, file and pointer", () => {
    const base = fingerprintOf({ ...key, pointer: "/x" });
    expect(fingerprintOf({ ...key, pointer: "/y" })).not.toBe(base);
    expect(fingerprintOf({ ...key, agent: "b", pointer: "/x" })).not.toBe(base);
    expect(fingerprintOf({ ...key, ruleId: "AP-X-002", pointer: "/x" })).not.toBe(base);
    // an agent is its file and its name: another file reusing the name is another agent
    expect(fingerprintOf({ ...key, file: "other.yaml", pointer: "/x" })).not.toBe(base);
    expect(fingerprintOf({ ...key, docIndex: 3, pointer: "/x" })).toBe(base);
  });

  it("disambiguate identical keys by order", () => {
    const next = fingerprinter();
    const [a, b] = [next({ ...key, pointer: "/x" }), next({ ...key, pointer: "/x" })];
    expect(a).not.toBe(b);
    expect(a).toBe(fingerprintOf({ ...key, pointer: "/x" }));
    expect(b).toBe(fingerprintOf({ ...key, pointer: "/x" }, 1));
  });
});
