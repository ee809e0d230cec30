import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSource } from "../../src/manifest/parse.js";
import { normalise } from "../../src/manifest/normalise.js";
import type { AgentDocument } from "../../src/manifest/types.js";

const HEAD = "apiVersion: agentpolicy.dev/v1\nkind: Agent\n";

type Obj = Record<string, unknown>;
interface Shape {
  metadata: Obj;
  credentials: Obj[];
  approvals: Obj[];
  audit: Obj;
  risk: Obj;
}

function doc(yaml: string): AgentDocument {
  const r = parseSource("n.yaml", yaml);
  expect(r.errors).toEqual([]);
  return r.documents[0] as AgentDocument;
}

describe("normalise", () => {
  it("turns durations into seconds and dates into epoch ms, leaving the source data alone", () => {
    const d = doc(readFileSync(join(import.meta.dirname, "fixtures", "full.agent.yaml"), "utf8"));
    const n = normalise(d);
    expect(n.name).toBe("invoice-reconciler");
    expect(n.findings).toEqual([]);
    expect(n.secrets).toEqual([]);
    expect(n.redact).toEqual([]);
    expect(n.doc).toBe(d);
    const data = n.data as unknown as Shape;
    const source = d.data as unknown as Shape;
    expect(data.credentials[0]).toMatchObject({ ttl: 900, rotation: 2_592_000 });
    expect(data.approvals[0]?.timeout).toBe(14_400);
    expect(data.audit.retention).toBe(400 * 86_400);
    expect(data.metadata.review_by).toBe(Date.UTC(2027, 2, 31));
    expect(data.risk).toEqual(source.risk);
    expect(source.credentials[0]?.ttl).toBe("15m");
    expect(source.metadata.review_by).toBe("2027-03-31");
  });

  it("accepts numbers of seconds", () => {
    const n = normalise(
      doc(`${HEAD}metadata: {name: a}\ncredentials:\n  - ttl: 3600\naudit: {retention: "86400"}\n`),
    );
    expect(n.data).toMatchObject({ credentials: [{ ttl: 3600 }], audit: { retention: 86_400 } });
  });

  it("removes an unreadable duration or date and reports it once, as AP-SCHEMA-003 at its pointer", () => {
    const n = normalise(
      doc(
        `${HEAD}metadata: {name: a, review_by: 2027-02-30}\ncredentials:\n  - ttl: soon\n    rotation: 30d\naudit: {retention: P1H}\n`,
      ),
    );
    expect(n.findings).toEqual([
      {
        ruleId: "AP-SCHEMA-003",
        severity: "high",
        pointer: "/audit/retention",
        message:
          "/audit/retention is not a duration (use 30s, 15m, 1h, 7d, 2w, 6mo, 7y, ISO 8601 such as PT1H, P30D, P6M or P1Y, or a number of seconds); got 'P1H'",
      },
      {
        ruleId: "AP-SCHEMA-003",
        severity: "high",
        pointer: "/credentials/0/ttl",
        message:
          "/credentials/0/ttl is not a duration (use 30s, 15m, 1h, 7d, 2w, 6mo, 7y, ISO 8601 such as PT1H, P30D, P6M or P1Y, or a number of seconds); got 'soon'",
      },
      {
        ruleId: "AP-SCHEMA-003",
        severity: "high",
        pointer: "/metadata/review_by",
        message: "/metadata/review_by is not a calendar date (use YYYY-MM-DD); got '2027-02-30'",
      },
    ]);
    const data = n.data as unknown as Shape;
    expect(data.credentials[0]).toEqual({ rotation: 2_592_000 });
    expect(Object.hasOwn(data.credentials[0] as Obj, "ttl")).toBe(false);
    expect(data.audit).toEqual({});
    expect("review_by" in data.metadata).toBe(false);
  });

  it("reports a wrongly typed duration only as a schema violation, and still removes it", () => {
    const n = normalise(
      doc(`${HEAD}metadata: {name: a}\ncredentials:\n  - ttl: -60\n    rotation: [1d]\n    shared: nope\n`),
    );
    expect(n.findings.map((f) => [f.ruleId, f.pointer])).toEqual([
      ["AP-SCHEMA-001", "/credentials/0/ttl"],
      ["AP-SCHEMA-001", "/credentials/0/rotation"],
      ["AP-SCHEMA-001", "/credentials/0/shared"],
    ]);
    expect(n.data.credentials).toEqual([{ shared: "nope" }]);
  });

  it("includes schema findings and leaves name undefined when it is not a string", () => {
    const n = normalise(doc(`${HEAD}metadata: {name: 42}\n`));
    expect(n.name).toBeUndefined();
    expect(n.findings).toEqual([
      expect.objectContaining({ ruleId: "AP-SCHEMA-001", pointer: "/metadata/name" }),
    ]);
  });

  it("collects inline secrets and the values to redact", () => {
    const key = ["AKIA", "IOSFODNN7EXAMPLE"].join("");
    const n = normalise(
      doc(`${HEAD}metadata: {name: a}\ncredentials:\n  - name: legacy\n    secret: ${key}\n`),
    );
    expect(n.secrets).toEqual([{ pointer: "/credentials/0/secret", kind: "AWS access key id" }]);
    expect(n.redact).toEqual([key]);
  });

  it("reports an unknown field holding an inline secret once, as the secret (one cause, one finding)", () => {
    const key = ["AKIA", "IOSFODNN7EXAMPLE"].join("");
    const n = normalise(
      doc(`${HEAD}metadata: {name: a}\ncredentials:\n  - name: legacy\n    secret: ${key}\n    notes: x\n`),
    );
    expect(n.secrets.map((h) => h.pointer)).toEqual(["/credentials/0/secret"]);
    // the other unknown field is still reported
    expect(n.findings.filter((f) => f.ruleId === "AP-SCHEMA-002").map((f) => f.pointer)).toEqual([
      "/credentials/0/notes",
    ]);
  });

  it("copies __proto__ members as own data", () => {
    const n = normalise(doc(`${HEAD}metadata: {name: a}\n__proto__: {x: 1}\n`));
    expect(Object.hasOwn(n.data, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(n.data)).toBe(Object.prototype);
    expect(n.findings).toEqual([expect.objectContaining({ ruleId: "AP-SCHEMA-002", pointer: "/__proto__" })]);
  });
});
