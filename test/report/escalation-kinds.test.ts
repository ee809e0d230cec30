import { describe, expect, it } from "vitest";
import { CHANGE_KINDS } from "../../src/diff/changes/kinds.js";
import { ESCALATION_KINDS } from "../../src/report/escalations.js";

describe("fail_on_escalation kinds", () => {
  it("are kinds of change the comparison reports", () => {
    const known = new Set<string>(CHANGE_KINDS);
    expect(ESCALATION_KINDS.filter((k) => !known.has(k))).toEqual([]);
  });
});
