// Durations as the manifest writes them (30s, 15m, 1h30m, 7d, 2w, PT1H, P30D, or plain seconds) and
// back. ISO 8601 years and months have no fixed length; here Y = 365 days and M = 30 days, which the
// schema's description states, so a manifest author can see what P1Y means before relying on it.

const SECOND = 1;
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const NUM = String.raw`[0-9]+(?:\.[0-9]+)?`;
const PLAIN = new RegExp(`^${NUM}$`);
const SHORT = new RegExp(`^(?:${NUM}\\s*[smhdw]\\s*)+$`);
const SHORT_PART = new RegExp(`(${NUM})\\s*([smhdw])`, "g");
const ISO = new RegExp(
  `^P(?:(${NUM})Y)?(?:(${NUM})M)?(?:(${NUM})W)?(?:(${NUM})D)?(?:(T)(?:(${NUM})H)?(?:(${NUM})M)?(?:(${NUM})S)?)?$`,
);
const SHORT_UNITS: Record<string, number> = { s: SECOND, m: MINUTE, h: HOUR, d: DAY, w: WEEK };
const ISO_UNITS = [YEAR, MONTH, WEEK, DAY, 0, HOUR, MINUTE, SECOND];

/** Longer strings are not durations anyone writes; refusing them keeps the regexes cheap. */
const MAX_LENGTH = 64;

/** Seconds as a number, or undefined when `v` is not a duration (negative, non-finite, malformed). */
export function parseDuration(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) && v >= 0 ? v : undefined;
  if (typeof v !== "string" || v.length > MAX_LENGTH) return undefined;
  const s = v.trim();
  if (PLAIN.test(s)) return Number(s);
  if (SHORT.test(s)) {
    let total = 0;
    for (const m of s.matchAll(SHORT_PART)) total += Number(m[1]) * (SHORT_UNITS[m[2] as string] ?? 0);
    return tidy(total);
  }
  const iso = ISO.exec(s);
  if (iso) {
    const parts = iso.slice(1);
    const datePart = parts.slice(0, 4).some((p) => p !== undefined);
    const timePart = parts.slice(5).some((p) => p !== undefined);
    // "P" alone, "PT" and "P1DT" are not durations
    if (!datePart && !timePart) return undefined;
    if (parts[4] !== undefined && !timePart) return undefined;
    let total = 0;
    parts.forEach((p, i) => {
      if (i !== 4 && p !== undefined) total += Number(p) * (ISO_UNITS[i] ?? 0);
    });
    return tidy(total);
  }
  return undefined;
}

/** Decimal components (1.1h) can leave binary noise; a millisecond is finer than any policy cares about. */
function tidy(seconds: number): number | undefined {
  if (!Number.isFinite(seconds)) return undefined;
  return Math.round(seconds * 1000) / 1000;
}

/** The most compact single unit that states `seconds` exactly: 3600 → 1h, 90 → 90s, 604800 → 7d. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  if (seconds === 0) return "0s";
  if (!Number.isInteger(seconds)) return `${seconds}s`;
  for (const [unit, size] of [
    ["d", DAY],
    ["h", HOUR],
    ["m", MINUTE],
  ] as const) {
    if (seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}
