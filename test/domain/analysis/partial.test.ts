import { analyze } from "../../../src/domain/analysis";
import {
  detectPartialMonths,
  monthCoverage,
  normalEdgeGap,
  usualWeekdays,
  weekdayOfDay,
  workingDaysBetween,
} from "../../../src/domain/analysis/partial";
import { dayOfIso } from "../../../src/domain/analysis/calendar";
import { daysIn, dayOf, monthRange, tableOf, type Row } from "./helpers";

/** One line per day on the given weekdays (0 = Monday) from `from` to `to` inclusive. */
function daily(from: string, to: string, weekdays = [0, 1, 2, 3, 4, 5, 6]): Row[] {
  const rows: Row[] = [];
  for (let d = dayOfIso(from); d <= dayOfIso(to); d++) {
    if (weekdays.includes(weekdayOfDay(d)))
      rows.push({ date: new Date(d * 86400000).toISOString().slice(0, 10), revenue: 100 });
  }
  return rows;
}

describe("partial months", () => {
  test("weekdays: 1970-01-01 was a Thursday, 2024-01-01 a Monday", () => {
    expect(weekdayOfDay(0)).toBe(3);
    expect(weekdayOfDay(dayOfIso("2024-01-01"))).toBe(0);
  });

  test("working days between two dates on Monday–Friday", () => {
    const weekdaysOnly = [true, true, true, true, true, false, false];
    // Sat 2024-08-31 … Sun 2024-09-01: no working day; Fri 28 Jun … Sun 30 Jun: one.
    expect(workingDaysBetween(dayOfIso("2024-08-31"), dayOfIso("2024-09-01"), weekdaysOnly)).toBe(
      0
    );
    expect(workingDaysBetween(dayOfIso("2024-06-28"), dayOfIso("2024-06-30"), weekdaysOnly)).toBe(
      1
    );
    expect(workingDaysBetween(5, 4, weekdaysOnly)).toBe(0);
  });

  test("normal edge gap is the 90th percentile of the other months, at least one day", () => {
    expect(normalEdgeGap([])).toBe(1);
    expect(normalEdgeGap([0, 0, 0])).toBe(1);
    // One odd month in ten is ignored; two are not.
    expect(normalEdgeGap([0, 0, 0, 0, 0, 0, 0, 0, 0, 4])).toBe(1);
    expect(normalEdgeGap([0, 0, 0, 0, 0, 0, 0, 0, 3, 4])).toBeCloseTo(3.1, 10);
  });

  test("data stopping on the 17th when other months run to the end: last month partial", () => {
    const a = analyze(tableOf(daily("2024-01-01", "2024-06-17")));
    const last = a.months[a.months.length - 1];
    expect(last.month).toBe("2024-06");
    expect(last.partial).toBe(true);
    expect(last.partialCoverage).toEqual({ from: "2024-06-01", to: "2024-06-17" });
    expect(a.months[0].partial).toBe(false);
    expect(a.lastFullMonth).toBe("2024-05");
  });

  test("a weekday business whose data ends on Friday 28 June 2024 (30th is a Sunday) is not partial", () => {
    const rows = daily("2024-01-01", "2024-06-28", [0, 1, 2, 3, 4]);
    const a = analyze(tableOf(rows));
    expect(a.months[a.months.length - 1].partial).toBe(false);
  });

  test("data starting on the 20th: first month partial", () => {
    const a = analyze(tableOf(daily("2024-01-20", "2024-05-31")));
    expect(a.months[0].partial).toBe(true);
    expect(a.months[0].partialCoverage).toEqual({ from: "2024-01-20", to: "2024-01-31" });
    expect(a.months[a.months.length - 1].partial).toBe(false);
  });

  test("sparse data (one invoice on the 5th of each month) is never partial", () => {
    const rows = monthRange("2024-01", 8).map((m) => ({ date: dayOf(m, 5), revenue: 1000 }));
    const a = analyze(tableOf(rows));
    expect(a.months.every((m) => !m.partial)).toBe(true);
  });

  test("a single month is judged on both edges", () => {
    expect(analyze(tableOf(daily("2024-03-01", "2024-03-31"))).months[0].partial).toBe(false);
    const a = analyze(tableOf(daily("2024-03-01", "2024-03-12")));
    expect(a.months[0].partial).toBe(true);
    expect(a.months[0].partialCoverage).toEqual({ from: "2024-03-01", to: "2024-03-12" });
  });

  test("detectPartialMonths works from the coverage of each month", () => {
    const rows = daily("2024-01-01", "2024-03-17");
    const first = dayOfIso("2024-01-01");
    const lines = new Int32Array(dayOfIso("2024-03-17") - first + 1).fill(1);
    const coverage = monthCoverage(lines, first, 2024 * 12, 3);
    expect(coverage[1]).toEqual({
      firstDay: dayOfIso("2024-02-01"),
      lastDay: dayOfIso("2024-02-29"),
    });
    const p = detectPartialMonths(coverage, 2024 * 12, usualWeekdays(lines, first));
    expect(p.last.partial).toBe(true);
    expect(p.first.partial).toBe(false);
    expect(rows.length).toBe(lines.length);
    expect(daysIn("2024-02")).toBe(29);
  });
});
