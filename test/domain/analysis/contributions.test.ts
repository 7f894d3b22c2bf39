import { analyze } from "../../../src/domain/analysis";
import { dayOf, daysIn, monthRange, tableOf, type Row } from "./helpers";

/** Two lines per month (first and last day) per member, `values[member][month]` each month. */
function rowsOf(start: string, values: Record<string, number[]>): Row[] {
  const rows: Row[] = [];
  for (const [member, series] of Object.entries(values)) {
    monthRange(start, series.length).forEach((m, i) => {
      rows.push({ date: dayOf(m, 1), revenue: series[i] / 2, dims: { Région: member } });
      rows.push({ date: dayOf(m, daysIn(m)), revenue: series[i] / 2, dims: { Région: member } });
    });
  }
  return rows;
}

describe("contributions", () => {
  test("which member explains the change between the last two months", () => {
    const a = analyze(
      tableOf(
        rowsOf("2024-01", { Nord: [100, 100, 160], Sud: [100, 100, 90], Est: [50, 50, 50] }),
        {
          kinds: { Région: "region" },
        }
      )
    );
    expect(a.comparedPeriods.month).toMatchObject({
      from: "2024-02",
      to: "2024-03",
      fromRevenue: 250,
      toRevenue: 300,
    });
    expect(a.contributions.month).toEqual([
      { member: "Nord", from: 100, to: 160, change: 60, shareOfChange: 1.2 },
      { member: "Sud", from: 100, to: 90, change: -10, shareOfChange: -0.2 },
      { member: "Est", from: 50, to: 50, change: 0, shareOfChange: 0 },
    ]);
    expect(a.contributions.year).toBeNull();
  });

  test("no change at all: shares of change are null, never Infinity", () => {
    const a = analyze(
      tableOf(rowsOf("2024-01", { Nord: [100, 120], Sud: [100, 80] }), {
        kinds: { Région: "region" },
      })
    );
    expect(a.contributions.month!.map((c) => c.shareOfChange)).toEqual([null, null]);
  });

  test("a partial last month is not compared: the last two full months are", () => {
    const rows = rowsOf("2024-01", { Nord: [100, 110, 120, 10] });
    // Last month: data only up to the 1st (drop its line on the last day).
    rows.pop();
    const a = analyze(tableOf(rows));
    expect(a.months[3].partial).toBe(true);
    expect(a.comparedPeriods.month).toMatchObject({ from: "2024-02", to: "2024-03" });
  });

  test("single month: nothing to compare", () => {
    const a = analyze(tableOf(rowsOf("2024-01", { Nord: [100] })));
    expect(a.comparedPeriods).toEqual({ month: null, year: null });
    expect(a.contributions).toEqual({ month: null, year: null });
  });
});
