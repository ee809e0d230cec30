// Durations as the manifest writes them (30s, 15m, 1h30m, 7d, 2w, 6mo, 7y, PT1H, P30D, P6M, P1Y, or plain
// seconds) and back. Years and months are calendar lengths with no fixed number of days; one number has to
// stand for them, and it is chosen so that calendar units compare with each other exactly and with day
// counts the way a calendar does: a year is 365 days and a month is a twelfth of it (30 days 10 hours).
// So 12mo = 1y = 365d, P6M meets a "6mo" minimum, 183d meets it and 180d does not (no six calendar months
// are shorter than 181 days). The schema's description states this.

const SECOND = 1;
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const WEEK = 7 * DAY;
const YEAR = 365 * DAY;
const MONTH = YEAR / 12;

const NUM = String.raw`[0-9]+(?:\.[0-9]+)?`;
const PLAIN = new RegExp(`^${NUM}$`);
// "mo" is tried before "m" (minutes); units are lowercase, as the schema's pattern says
const UNIT = "(?:mo|[smhdwy])";
const SHORT = new RegExp(`^(?:${NUM}\\s*${UNIT}\\s*)+$`);
const SHORT_PART = new RegExp(`(${NUM})\\s*(${UNIT})`, "g");
const ISO = new RegExp(
  `^P(?:(${NUM})Y)?(?:(${NUM})M)?(?:(${NUM})W)?(?:(${NUM})D)?(?:(T)(?:(${NUM})H)?(?:(${NUM})M)?(?:(${NUM})S)?)?$`,
);
const SHORT_UNITS: Record<string, number> = {
  s: SECOND,
  m: MINUTE,
  h: HOUR,
  d: DAY,
  w: WEEK,
  mo: MONTH,
  y: YEAR,
};
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
  // calendar lengths are not whole days: 6mo is shown as 6mo, not as 4380h
  for (const [unit, size] of [
    ["y", YEAR],
    ["mo", MONTH],
  ] as const) {
    if (seconds % DAY !== 0 && seconds % size === 0) return `${seconds / size}${unit}`;
  }
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

/** The forms a duration may take, for messages that reject one. */
export const DURATION_FORMS =
  "30s, 15m, 1h, 7d, 2w, 6mo, 7y, ISO 8601 such as PT1H, P30D, P6M or P1Y, or a number of seconds";
