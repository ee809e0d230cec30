// The HTML report's "Policy in force" section: where the policy came from, its digest, the rule packs,
// and every check switched off or re-graded and every parameter that differs from its default. Every
// value is escaped; numbers and the fixed wording are the only things written as they are.
import { escapeHtml as e } from "../escape.js";
import type { Report } from "../../report/model.js";
import { policyInForceLines, policySourceText } from "../policy-in-force.js";

export function policyInForceSection(report: Report): string {
  const p = report.policy;
  if (!p) return "";
  const lines = policyInForceLines(p);
  const packs = (p.rulePacks ?? []).map((r) => `${e(r.name)} <span class="mono">${e(r.version)}</span>`);
  const body =
    lines.length === 0
      ? "<p>No checks switched off or re-graded, and every parameter at its default.</p>"
      : `<ul>${lines.map((l) => `<li>${e(l)}</li>`).join("")}</ul>`;
  return `<section id="policy">
<h2>Policy in force</h2>
<p>Judged by ${e(policySourceText(p))}. Digest of the config and packs: <span class="mono">${e(p.digest)}</span>.${packs.length > 0 ? ` Rule packs: ${packs.join(", ")}.` : ""}</p>
${body}
</section>`;
}
