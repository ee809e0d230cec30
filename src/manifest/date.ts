// Calendar dates (metadata.review_by and the like) as written, YYYY-MM-DD, to epoch milliseconds at UTC
// midnight, so rules compare them with plain numbers and a time zone never moves a deadline.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch milliseconds of UTC midnight, or undefined when `v` is not a real calendar date. */
export function parseDate(v: unknown): number | undefined {
  if (typeof v !== "string") return undefined;
  const m = ISO_DATE.exec(v.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2027-02-30 over to March; a date that does not round-trip does not exist
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return undefined;
  }
  return ms;
}

/** YYYY-MM-DD of epoch milliseconds (UTC). */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
