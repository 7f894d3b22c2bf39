import { analyze } from "../../../src/domain/analysis";
import { monthsByYear } from "../../../src/domain/analysis/years";
import { ordinalOfMonthKey } from "../../../src/domain/analysis/calendar";
import { dayOf, monthRange, tableOf, type Row } from "./helpers";

function monthly(start: string, values: number[], lastDay = 28): Row[] {
  return monthRange(start, values.length).flatMap((m, i) => [
    { date: dayOf(m, 1), revenue: values[i] / 2 },
    { date: dayOf(m, i === values.length - 1 ? lastDay : 28), revenue: values[i] / 2 },
  ]);
}

describe("years", () => {
  test("months grouped by calendar and fiscal year", () => {
    const first = ordinalOfMonthKey("2023-11")!;
    expect(monthsByYear(first, 4, 1).map((y) => [y.label, y.indexes])).toEqual([
      ["2023", [0, 1]],
      ["2024", [2, 3]],
    ]);
    expect(monthsByYear(first, 4, 12).map((y) => y.label)).toEqual(["2022-2023", "2023-2024"]);
  });

  test("whole-year change only between complete years; like-for-like otherwise", () => {
    const values = [...Array(12).fill(100), ...Array(12).fill(110), 120, 130, 50];
    // The last month (2025-03) stops on the 10th: partial.
    const a = analyze(tableOf(monthly("2023-01", values, 10)));
    const [y23, y24, y25] = a.years;
    expect(y23.complete && y24.complete).toBe(true);
    expect(y24.prevYearChangePct).toBeCloseTo(0.1, 12);
    expect(y24.comparableMonths).toBe(12);
    expect(y25.complete).toBe(false);
    expect(y25.prevYearChangePct).toBeNull();
    expect(y25.months).toBe(3);
    // Like for like: Jan–Feb 2025 (March partial) vs Jan–Feb 2024.
    expect(y25.comparableMonths).toBe(2);
    expect(y25.comparableRevenue).toBe(250);
    expect(y25.prevYearComparableRevenue).toBe(220);
    expect(y25.comparableChangePct).toBeCloseTo(250 / 220 - 1, 12);
    expect(a.comparedPeriods.year).toEqual({
      period: "year",
      from: "2024",
      to: "2025",
      months: ["2025-01", "2025-02"],
      fromRevenue: 220,
      toRevenue: 250,
    });
    expect(a.comparedPeriods.month).toMatchObject({
      from: "2025-01",
      to: "2025-02",
      fromRevenue: 120,
      toRevenue: 130,
    });
  });
});
