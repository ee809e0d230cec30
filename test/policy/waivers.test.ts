import { describe, expect, it } from "vitest";
import type { WaiverDef } from "../../src/policy/config.js";
import type { CheckDef } from "../../src/policy/types.js";
import { applyWaivers, waiverCovers, type WaiverContext } from "../../src/policy/waivers.js";
import type { Finding, Severity } from "../../src/report/model.js";

const NOW = Date.UTC(2026, 10, 28, 15, 30); // 2026-11-28, mid-afternoon UTC

function check(id: string, severity: Severity, waivable = true): CheckDef {
  return {
    id,
    title: id,
    severity,
    description: "d",
    remediation: "r",
    params: {},
    waivable,
    builtin: false,
  };
}

const CHECKS = new Map(
  [check("AP-CRED-002", "high"), check("AP-CRED-001", "critical", false), check("AP-MON-001", "medium")].map(
    (c) => [c.id, c],
  ),
);

function finding(
  ruleId: string,
  agent: string | undefined,
  path: string,
  severity: Severity = "high",
): Finding {
  return {
    ruleId,
    title: ruleId,
    severity,
    message: "m",
    file: "agents/a.agent.yaml",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    path,
    ...(agent !== undefined ? { agent } : {}),
    controls: [],
    remediation: "r",
    fingerprint: `${ruleId}:${agent}:${path}`,
    status: "open",
  };
}

function waiver(over: Partial<WaiverDef> = {}): WaiverDef {
  return {
    check: "AP-CRED-002",
    agent: "legacy-*",
    reason: "vendor has no OAuth (SEC-142)",
    approved_by: "ciso@example.com",
    expires: "2027-01-31",
    ...over,
  };
}

function ctx(over: Partial<WaiverContext> = {}): WaiverContext {
  return {
    now: NOW,
    checks: CHECKS,
    severityOf: (id) => CHECKS.get(id)?.severity ?? "high",
    ran: () => true,
    ...over,
  };
}

describe("waiverCovers", () => {
  it("matches check, agent name or glob, and a path at or below the waiver's", () => {
    const f = finding("AP-CRED-002", "legacy-billing", "/credentials/0/type");
    expect(waiverCovers(waiver(), f)).toBe(true);
    expect(waiverCovers(waiver({ agent: "legacy-billing" }), f)).toBe(true);
    expect(waiverCovers(waiver({ agent: "legacy-b?lling" }), f)).toBe(true);
    expect(waiverCovers(waiver({ agent: "billing" }), f)).toBe(false);
    expect(waiverCovers(waiver({ check: "AP-CRED-003" }), f)).toBe(false);
    expect(waiverCovers(waiver({ path: "/credentials/0" }), f)).toBe(true);
    expect(waiverCovers(waiver({ path: "/credentials/0/type" }), f)).toBe(true);
    expect(waiverCovers(waiver({ path: "" }), f)).toBe(true);
    // a sibling whose name merely starts the same is not below the waiver's path
    expect(
      waiverCovers(waiver({ path: "/credentials/0" }), finding("AP-CRED-002", "legacy-x", "/credentials/01")),
    ).toBe(false);
    expect(waiverCovers(waiver({ path: "/credentials/1" }), f)).toBe(false);
  });

  it("never matches a finding without an agent name", () => {
    expect(waiverCovers(waiver({ agent: "*" }), finding("AP-CRED-002", undefined, ""))).toBe(false);
  });
});

describe("applyWaivers", () => {
  it("marks covered findings waived with the waiver attached, leaving the rest open", () => {
    const findings = [
      finding("AP-CRED-002", "legacy-billing", "/credentials/0/type"),
      finding("AP-CRED-002", "legacy-billing", "/credentials/1/type"),
      finding("AP-CRED-002", "modern", "/credentials/0/type"),
    ];
    const r = applyWaivers(findings, [waiver({ path: "/credentials/0" })], ctx());
    expect(r.findings.map((f) => f.status)).toEqual(["waived", "open", "open"]);
    expect(r.findings[0]!.waiver).toEqual({
      check: "AP-CRED-002",
      agent: "legacy-*",
      path: "/credentials/0",
      reason: "vendor has no OAuth (SEC-142)",
      approved_by: "ciso@example.com",
      expires: "2027-01-31",
    });
    expect(r.problems).toEqual([]);
    expect(r.issues).toEqual([]);
    // the input is not changed
    expect(findings[0]!.status).toBe("open");
  });

  it("applies through the expiry day and reports the waiver expired from the next day", () => {
    const f = [finding("AP-CRED-002", "legacy-billing", "/credentials/0/type")];
    const onTheDay = applyWaivers(f, [waiver({ expires: "2026-11-28" })], ctx());
    expect(onTheDay.findings[0]!.status).toBe("waived");
    expect(onTheDay.problems).toEqual([]);

    const after = applyWaivers(f, [waiver({ expires: "2026-11-27" })], ctx());
    expect(after.findings[0]!.status).toBe("open");
    expect(after.problems).toHaveLength(1);
    const p = after.problems[0]!;
    expect(p.ruleId).toBe("AP-POLICY-001");
    expect(p.severity).toBe("high"); // the waived check's severity
    expect(p.at).toEqual(["waivers", 0, "expires"]);
    expect(p.message).toMatch(/expired on 2026-11-27.*1 finding it covered is open again/);
  });

  it("gives an expired waiver the severity the waived check has in this run", () => {
    const r = applyWaivers(
      [finding("AP-CRED-002", "legacy-billing", "/credentials/0/type", "low")],
      [waiver({ expires: "2025-01-01" })],
      ctx({ severityOf: () => "low" }),
    );
    expect(r.problems[0]!.severity).toBe("low");
    const none = applyWaivers([], [waiver({ expires: "2025-01-01" })], ctx());
    expect(none.problems[0]!.message).toMatch(/matches no finding now; delete it/);
  });

  it("reports a waiver that matches nothing as stale (info), unless its check did not run", () => {
    const r = applyWaivers([finding("AP-CRED-002", "modern", "")], [waiver()], ctx());
    expect(r.problems.map((p) => [p.ruleId, p.severity, p.at])).toEqual([
      ["AP-POLICY-002", "info", ["waivers", 0]],
    ]);
    const off = applyWaivers(
      [],
      [waiver({ check: "AP-MON-001" })],
      ctx({ ran: (id) => id !== "AP-MON-001" }),
    );
    expect(off.problems).toEqual([]);
  });

  it("refuses to waive a check that is not waivable, and reports the attempt", () => {
    const f = [finding("AP-CRED-001", "legacy-billing", "/credentials/0/secret", "critical")];
    const r = applyWaivers(f, [waiver({ check: "AP-CRED-001" })], ctx());
    expect(r.findings[0]!.status).toBe("open");
    expect(r.problems.map((p) => [p.ruleId, p.severity])).toEqual([["AP-POLICY-003", "high"]]);
    expect(r.problems[0]!.message).toMatch(/AP-CRED-001 cannot be waived/);
  });

  it("does not apply a waiver dated more than 365 days ahead, and reports it as a config issue", () => {
    const f = [finding("AP-CRED-002", "legacy-billing", "/credentials/0/type")];
    const limit = applyWaivers(f, [waiver({ expires: "2027-11-28" })], ctx());
    expect(limit.findings[0]!.status).toBe("waived");
    const far = applyWaivers(f, [waiver({ expires: "2027-11-29" })], ctx());
    expect(far.findings[0]!.status).toBe("open");
    expect(far.problems).toEqual([]);
    expect(far.issues).toHaveLength(1);
    expect(far.issues[0]!.at).toEqual(["waivers", 0, "expires"]);
    expect(far.issues[0]!.message).toMatch(/more than 365 days ahead \(2027-11-28 at the latest\)/);
  });

  it("shows the first waiver in file order on a finding two waivers cover; neither is stale", () => {
    const f = [finding("AP-CRED-002", "legacy-billing", "/credentials/0/type")];
    const r = applyWaivers(f, [waiver({ reason: "first" }), waiver({ agent: "*", reason: "second" })], ctx());
    expect(r.findings[0]!.waiver?.reason).toBe("first");
    expect(r.problems).toEqual([]);
  });

  it("gives problems a subject that does not depend on the waiver's position", () => {
    const a = applyWaivers([], [waiver({ agent: "x" })], ctx()).problems[0]!;
    const b = applyWaivers([], [waiver({ agent: "y" }), waiver({ agent: "x" })], ctx()).problems[1]!;
    expect(a.subject).toBe(b.subject);
    expect(a.at).not.toEqual(b.at);
  });

  it("waives no agent whose name several manifests declare, and says so instead of calling the waiver stale", () => {
    const ctx: WaiverContext = {
      now: NOW,
      checks: CHECKS,
      severityOf: () => "high",
      ran: () => true,
      declarations: (name) => (name === "legacy-billing" ? 2 : 1),
    };
    const r = applyWaivers(
      [
        finding("AP-CRED-002", "legacy-billing", "/credentials/0"),
        finding("AP-CRED-002", "legacy-hr", "/credentials/0"),
      ],
      [waiver()],
      ctx,
    );
    expect(r.findings.map((f) => [f.agent, f.status])).toEqual([
      ["legacy-billing", "open"],
      ["legacy-hr", "waived"],
    ]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        ruleId: "AP-POLICY-002",
        message: expect.stringMatching(/'legacy-billing' \(2 manifests\)/),
      }),
    ]);
  });
});
