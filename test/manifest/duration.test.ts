import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration } from "../../src/manifest/duration.js";
import { formatDate, parseDate } from "../../src/manifest/date.js";
import {
  DATE_FIELDS,
  DURATION_FIELDS,
  isDurationField,
  matchesField,
  pointersOf,
} from "../../src/manifest/fields.js";
import schema from "../../schema/agent.schema.json" with { type: "json" };

const VALID: Array<[unknown, number]> = [
  ["30s", 30],
  ["15m", 900],
  ["1h", 3600],
  ["7d", 604_800],
  ["2w", 1_209_600],
  ["1h30m", 5400],
  ["1d12h", 129_600],
  ["1h 30m", 5400],
  ["1.5h", 5400],
  [" 15m ", 900],
  ["0s", 0],
  ["PT1H", 3600],
  ["PT15M", 900],
  ["PT30S", 30],
  ["P30D", 2_592_000],
  ["P1DT12H", 129_600],
  ["P2W", 1_209_600],
  ["PT1.5H", 5400],
  // calendar lengths: a year is 365 days, a month a twelfth of it
  ["P1M", 2_628_000],
  ["P6M", 15_768_000],
  ["6mo", 15_768_000],
  ["12mo", 31_536_000],
  ["7y", 7 * 31_536_000],
  ["1y6mo", 47_304_000],
  ["1mo30m", 2_629_800],
  ["P1Y", 31_536_000],
  ["3600", 3600],
  ["0", 0],
  [3600, 3600],
  [0, 0],
  [0.5, 0.5],
];

const INVALID: unknown[] = [
  "",
  "soon",
  "15 minutes",
  "1M",
  "1H",
  "1Y",
  "6MO",
  "1yr",
  "1o",
  "-5s",
  "1h-30m",
  "P",
  "PT",
  "P1DT",
  "p1d",
  "P1H",
  "PT1D",
  "1e3",
  "1,5h",
  "h",
  "1".repeat(80) + "s",
  -1,
  Number.POSITIVE_INFINITY,
  Number.NaN,
  null,
  true,
  [],
  {},
];

describe("parseDuration", () => {
  it.each(VALID)("%j → %d seconds", (input, seconds) => {
    expect(parseDuration(input)).toBe(seconds);
  });

  it.each(INVALID.map((v) => [v]))("rejects %j", (input) => {
    expect(parseDuration(input)).toBeUndefined();
  });

  it("has no floating point noise from decimal parts", () => {
    expect(parseDuration("0.1h")).toBe(360);
    expect(parseDuration("0.7h")).toBe(2520);
  });

  it("agrees with the schema's duration pattern (what editors check) on every string", () => {
    const pattern = new RegExp(schema.$defs.duration.pattern, "u");
    for (const [input] of VALID) if (typeof input === "string") expect(pattern.test(input), input).toBe(true);
    for (const input of INVALID) {
      if (typeof input === "string" && input.length <= 64) expect(pattern.test(input), input).toBe(false);
    }
  });
});

describe("formatDuration", () => {
  it.each([
    [3600, "1h"],
    [90, "90s"],
    [604_800, "7d"],
    [900, "15m"],
    [5400, "90m"],
    [86_400 * 30, "30d"],
    [0, "0s"],
    [1, "1s"],
    [0.5, "0.5s"],
    [129_600, "36h"],
    [15_768_000, "6mo"],
    [2_628_000, "1mo"],
    [31_536_000, "365d"],
  ])("%d → %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
    expect(parseDuration(text)).toBe(seconds);
  });
});

describe("dates", () => {
  it.each([
    ["2027-03-31", Date.UTC(2027, 2, 31)],
    ["2028-02-29", Date.UTC(2028, 1, 29)],
    ["1999-12-31", 946_598_400_000],
  ])("%s → epoch ms at UTC midnight", (text, ms) => {
    expect(parseDate(text)).toBe(ms);
    expect(formatDate(ms)).toBe(text);
  });

  it.each([
    "2027-02-29",
    "2027-13-01",
    "2027-04-31",
    "2027-3-1",
    "31.03.2027",
    "2027-03-31T00:00:00Z",
    "tomorrow",
    "",
  ])("rejects %j", (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it("rejects non-strings", () => {
    expect(parseDate(20270331)).toBeUndefined();
    expect(parseDate(null)).toBeUndefined();
  });
});

describe("duration and date fields", () => {
  it("are read from the schema", () => {
    expect(DURATION_FIELDS).toEqual([
      "/approvals/*/timeout",
      "/audit/retention",
      "/credentials/*/rotation",
      "/credentials/*/ttl",
    ]);
    expect(DATE_FIELDS).toEqual([
      "/compliance/conformity_assessment/date",
      "/compliance/dpia/date",
      "/compliance/eu_database_registration/date",
      "/compliance/fria/date",
      "/compliance/incident_procedure/date",
      "/compliance/post_market_monitoring_plan/date",
      "/credentials/*/not_after",
      "/metadata/review_by",
    ]);
  });

  it("match concrete pointers", () => {
    expect(matchesField("/credentials/*/ttl", "/credentials/12/ttl")).toBe(true);
    expect(matchesField("/credentials/*/ttl", "/credentials/x/ttl")).toBe(false);
    expect(matchesField("/credentials/*/ttl", "/credentials/0/ttl/x")).toBe(false);
    expect(isDurationField("/audit/retention")).toBe(true);
    expect(isDurationField("/audit/sink")).toBe(false);
  });

  it("expand to the pointers present in data", () => {
    const data = { credentials: [{ ttl: "1h" }, { name: "x" }, { ttl: 5 }], audit: "oops" };
    expect(pointersOf(data, "/credentials/*/ttl")).toEqual(["/credentials/0/ttl", "/credentials/2/ttl"]);
    expect(pointersOf(data, "/audit/retention")).toEqual([]);
  });
});
