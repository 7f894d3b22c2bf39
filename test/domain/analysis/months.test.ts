import { analyze } from "../../../src/domain/analysis";
import { centDifference, rangeSum, ytdWindow } from "../../../src/domain/analysis/months";
import { ordinalOfMonthKey } from "../../../src/domain/analysis/calendar";
import { dayOf, monthRange, tableOf, type Row } from "./helpers";

/** One line on the 1st and one on the last day of each month (no partial month), revenue given. */
function monthly(start: string, values: number[]): Row[] {
  return monthRange(start, values.length).flatMap((m, i) => [
    { date: dayOf(m, 1), revenue: values[i] / 2 },
    { date: dayOf(m, 28), revenue: values[i] / 2 },
  ]);
}

describe("monthly series", () => {
  test("months are in order and zero-filled", () => {
    const a = analyze(
      tableOf([
        { date: "2024-04-02", revenue: 30 },
        { date: "2024-01-02", revenue: 10 },
      ])
    );
    expect(a.months.map((m) => [m.month, m.revenue, m.lines])).toEqual([
      ["2024-01", 10, 1],
      ["2024-02", 0, 0],
      ["2024-03", 0, 0],
      ["2024-04", 30, 1],
    ]);
    // From a zero month, the % change is not meaningful; the amount is.
    expect(a.months[3].prevMonthChange).toBe(30);
    expect(a.months[3].prevMonthChangePct).toBeNull();
    expect(a.months[1].prevMonthChangePct).toBe(-1);
  });

  test("previous year, YTD and YTD vs previous YTD", () => {
    const values = Array.from({ length: 15 }, (_, i) => 100 + 10 * i);
    const a = analyze(tableOf(monthly("2023-01", values)));
    const mar2024 = a.months[14];
    expect(mar2024.month).toBe("2024-03");
    expect(mar2024.prevYearRevenue).toBe(120);
    expect(mar2024.prevYearChange).toBe(120);
    expect(mar2024.prevYearChangePct).toBe(1);
    expect(mar2024.ytdRevenue).toBe(220 + 230 + 240);
    expect(mar2024.ytdMonths).toBe(3);
    expect(mar2024.prevYtdRevenue).toBe(100 + 110 + 120);
    expect(mar2024.ytdChangePct).toBeCloseTo(690 / 330 - 1, 12);
    expect(a.months[11].ytdRevenue).toBe(values.slice(0, 12).reduce((s, v) => s + v, 0));
    expect(a.months[2].prevYearRevenue).toBeNull();
  });

  test("data starting mid-year: YTD from the first month, no previous YTD", () => {
    const a = analyze(tableOf(monthly("2024-05", [10, 20, 30])));
    expect(a.months[2].ytdRevenue).toBe(60);
    expect(a.months[2].ytdMonths).toBe(3);
    expect(a.months[2].prevYtdRevenue).toBeNull();
    expect(a.months[2].ytdChangePct).toBeNull();
  });

  test("fiscal year starting in April restarts YTD in April", () => {
    const a = analyze(tableOf(monthly("2024-02", [10, 20, 30, 40])), { fiscalYearStartMonth: 4 });
    expect(a.fiscalYearStartMonth).toBe(4);
    expect(a.months.map((m) => m.ytdRevenue)).toEqual([10, 30, 30, 70]);
    expect(a.years.map((y) => y.year)).toEqual(["2023-2024", "2024-2025"]);
    expect(a.years.map((y) => y.revenue)).toEqual([30, 70]);
  });

  test("an invalid fiscal start falls back to January", () => {
    expect(
      analyze(tableOf(monthly("2024-01", [1])), { fiscalYearStartMonth: 13 }).fiscalYearStartMonth
    ).toBe(1);
  });

  test("negative months (credit notes larger than sales)", () => {
    const a = analyze(
      tableOf([
        { date: "2024-01-01", revenue: 100, cost: 60 },
        { date: "2024-01-31", revenue: 100, cost: 60 },
        { date: "2024-02-01", revenue: -150, cost: -90 },
        { date: "2024-02-29", revenue: 50, cost: 30 },
        { date: "2024-03-01", revenue: 80, cost: 40 },
        { date: "2024-03-31", revenue: 80, cost: 40 },
      ])
    );
    const [jan, feb, mar] = a.months;
    expect(feb.revenue).toBe(-100);
    expect(feb.margin).toBe(-40);
    expect(feb.marginRate).toBeNull();
    expect(feb.markupRate).toBeNull();
    expect(feb.prevMonthChangePct).toBeCloseTo(-1.5, 12);
    expect(mar.prevMonthChange).toBe(260);
    expect(mar.prevMonthChangePct).toBeNull(); // from a negative month
    expect(jan.marginRate).toBeCloseTo(0.4, 12);
    expect(a.total.revenue).toBe(260);
  });

  test("helpers", () => {
    expect(centDifference(0.3, 0.1)).toBe(0.2);
    expect(centDifference(null, 1)).toBeNull();
    expect(rangeSum([1, 2, null], 0, 1)).toBe(3);
    expect(rangeSum([1, 2, null], 0, 2)).toBeNull();
    expect(rangeSum([1, 2], -1, 1)).toBeNull();
    expect(ytdWindow(5, ordinalOfMonthKey("2024-11")!, 1)).toEqual({ from: 2, full: true });
    expect(ytdWindow(1, ordinalOfMonthKey("2024-11")!, 1)).toEqual({ from: 0, full: false });
  });
});
