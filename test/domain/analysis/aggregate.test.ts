import {
  aggregateTable,
  dateRange,
  dayToMonthIndex,
  MAX_CUBE_CELLS,
} from "../../../src/domain/analysis/aggregate";
import { dayOfIso, ordinalOfMonthKey } from "../../../src/domain/analysis/calendar";
import { tableOf } from "./helpers";

describe("aggregate", () => {
  test("date range of unordered dates; null without rows", () => {
    const d = Int32Array.from([5, 2, 9, 3]);
    expect(dateRange(d, 4)).toEqual({ first: 2, last: 9 });
    expect(dateRange(new Int32Array(0), 0)).toBeNull();
  });

  test("day → month index across a year end", () => {
    const first = dayOfIso("2023-12-30");
    const map = dayToMonthIndex(first, dayOfIso("2024-02-01"), ordinalOfMonthKey("2023-12")!);
    expect(map[0]).toBe(0);
    expect(map[1]).toBe(0);
    expect(map[2]).toBe(1); // 2024-01-01
    expect(map[map.length - 1]).toBe(2); // 2024-02-01
  });

  test("sums per month are exact scaled integers, months without sales are zero", () => {
    const agg = aggregateTable(
      tableOf([
        { date: "2024-03-15", revenue: 0.1, cost: 0.05 },
        { date: "2024-01-10", revenue: 0.2, cost: 0.1 },
        { date: "2024-01-11", revenue: 0.1, cost: NaN },
      ])
    )!;
    expect(agg.monthCount).toBe(3);
    expect(Array.from(agg.revenue)).toEqual([30, 0, 10]); // cents
    expect(Array.from(agg.lines)).toEqual([2, 0, 1]);
    expect(Array.from(agg.missingCost)).toEqual([1, 0, 0]);
    expect(Array.from(agg.cost!)).toEqual([10, 0, 5]);
  });

  test("per-member sums and the month × member cube", () => {
    const agg = aggregateTable(
      tableOf([
        { date: "2024-01-01", revenue: 10, dims: { R: "Nord" } },
        { date: "2024-02-01", revenue: 5, dims: { R: "Sud" } },
        { date: "2024-02-02", revenue: -2, dims: { R: "Nord" } },
      ])
    )!;
    const dim = agg.dimensions[0];
    expect(dim.labels).toEqual(["Nord", "Sud"]);
    expect(Array.from(dim.revenue)).toEqual([800, 500]);
    // cube[month × members + member]
    expect(Array.from(dim.cube!)).toEqual([1000, 0, -200, 500]);
  });

  test("no cube when months × members exceed the memory guard", () => {
    const labels = Array.from({ length: MAX_CUBE_CELLS / 2 + 1 }, (_, i) => `c${i}`);
    const table = tableOf([
      { date: "2024-01-01", revenue: 1 },
      { date: "2024-02-01", revenue: 1 },
    ]);
    table.dimensions = [
      { header: "Client", kind: "customer", labels, codes: Int32Array.from([0, 1]) },
    ];
    const agg = aggregateTable(table)!;
    expect(agg.dimensions[0].cube).toBeNull();
    expect(agg.dimensions[0].revenue[1]).toBe(100);
  });

  test("empty table", () => {
    expect(aggregateTable(tableOf([]))).toBeNull();
  });
});
