// Monitoring: no SIEM, no behavioural baseline, fewer alerts, a looser rate limit.
import type { Details } from "./detail.js";
import { flagChange, minus, obj, str, strings, type Data } from "./detail.js";

/** "600/m" → events per second; undefined when unreadable. */
function ratePerSecond(v: unknown): number | undefined {
  if (typeof v !== "string") return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(s|m|h|d)\s*$/.exec(v);
  if (!m) return undefined;
  const per = { s: 1, m: 60, h: 3600, d: 86_400 }[m[2] as "s" | "m" | "h" | "d"];
  return Number(m[1]) / per;
}

export function diffMonitoring(base: Data, head: Data, out: Details): void {
  const b = obj(base.monitoring) ?? {};
  const h = obj(head.monitoring) ?? {};
  const bs = str(b.siem);
  const hs = str(h.siem);
  if (bs !== hs) {
    const weaker = bs !== undefined && !hs;
    out.add({
      kind: weaker ? "monitoring-weakened" : "monitoring-changed",
      path: "/monitoring/siem",
      subject: "monitoring SIEM",
      escalation: weaker,
      before: bs,
      after: hs,
    });
  }
  flagChange(out, "monitoring", b, h, "baseline", "baseline");
  if (minus(strings(b.alerts), strings(h.alerts)).length > 0) {
    out.add({
      kind: "monitoring-weakened",
      path: "/monitoring/alerts",
      subject: "monitoring alerts",
      escalation: true,
      before: strings(b.alerts).join(", "),
      after: strings(h.alerts).join(", ") || undefined,
    });
  }
  const br = str(b.rate_limit);
  const hr = str(h.rate_limit);
  if (br !== hr) {
    const bRate = ratePerSecond(br);
    const hRate = ratePerSecond(hr);
    const weaker =
      br !== undefined &&
      (hr === undefined || (bRate !== undefined && (hRate === undefined || hRate > bRate)));
    out.add({
      kind: weaker ? "monitoring-weakened" : "monitoring-changed",
      path: "/monitoring/rate_limit",
      subject: "monitoring rate limit",
      escalation: weaker,
      before: br,
      after: hr,
    });
  }
}
