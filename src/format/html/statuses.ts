// The control statuses as the HTML report names, orders and explains them (docs/report.md holds the same
// meanings).
import type { ControlStatus } from "../../report/model.js";

export const STATUS_LABEL: Record<ControlStatus, string> = {
  pass: "Pass",
  fail: "Fail",
  waived: "Waived",
  manual: "Manual",
  "not-applicable": "N/A",
  partial: "Partial",
  attested: "Attested",
  "not-evaluated": "Not evaluated",
};
/** What each status means, shown with the coverage (docs/report.md holds the same table). */
export const STATUS_MEANING: Record<ControlStatus, string> = {
  pass: "Every check of the control ran on the agents it applies to, none failed, and at least one evidences it fully.",
  fail: "An open finding cites the control.",
  waived: "Findings cite the control, and all of them are waived.",
  partial:
    "Nothing failed, but only partial-strength evidence applied, or some of its checks are switched off (listed). Never a pass.",
  attested:
    "A manual control for which every agent it applies to links fresh evidence (compliance:), shown with link and date.",
  manual: "No check can show it; it needs evidence outside the manifests.",
  "not-evaluated": "All its checks are switched off or out of scope: nothing was looked at. Never a pass.",
  "not-applicable":
    "No scanned agent is in its scope (EU AI Act role, risk tier, Annex III area), or none of its checks applied.",
};
export const STATUS_ORDER: ControlStatus[] = [
  "pass",
  "fail",
  "partial",
  "waived",
  "attested",
  "manual",
  "not-evaluated",
  "not-applicable",
];
