/** analyze(): the awkward cases of issue 3, end to end on synthetic tables. */
import { analyze } from "../../../src/domain/analysis";
import { seriesTable, tableOf, type Row } from "./helpers";

describe("analyze: awkward cases", () => {
  test("empty table: empty series, zero totals, no facts, no crash", () => {
    const a = analyze(tableOf([]));
    expect(a.months).toEqual([]);
    expect(a.total.revenue).toBe(0);
    expect(a.insights).toEqual([]);
    expect(a.firstDate).toBeNull();
    expect(a.monthlyAverage).toBe(0);
  });

  test("a single month of data", () => {
    const a = analyze(seriesTable("2024-05", [1234.56], { costRatio: 0.5 }));
    expect(a.months).toHaveLength(1);
    expect(a.months[0]).toMatchObject({
      month: "2024-05",
      revenue: 1234.56,
      prevMonthChange: null,
      prevMonthChangePct: null,
      prevYearChangePct: null,
      ytdRevenue: 1234.56,
    });
    expect(a.monthlyAverage).toBe(1234.56);
    expect(a.insights).toEqual([]);
    expect(a.firstDate).toBe("2024-05-01");
    expect(a.lastDate).toBe("2024-05-31");
  });

  test("missing cost on some lines: margin figures null for those periods and flagged", () => {
    const rows: Row[] = [
      { date: "2024-01-01", revenue: 100, cost: 60 },
      { date: "2024-01-31", revenue: 100, cost: 60 },
      { date: "2024-02-01", revenue: 100, cost: 60 },
      { date: "2024-02-29", revenue: 100 },
    ];
    const a = analyze(tableOf(rows));
    expect(a.costAvailable).toBe(true);
    expect(a.months[0]).toMatchObject({ cost: 120, margin: 80, missingCostLines: 0 });
    expect(a.months[1]).toMatchObject({
      cost: null,
      margin: null,
      marginRate: null,
      markupRate: null,
      missingCostLines: 1,
    });
    expect(a.total).toMatchObject({ cost: null, margin: null, missingCostLines: 1 });
  });

  test("no cost column at all: costAvailable false, every margin figure null", () => {
    const a = analyze(tableOf([{ date: "2024-01-01", revenue: 100 }]));
    expect(a.costAvailable).toBe(false);
    expect(a.total).toMatchObject({ cost: null, margin: null, markupRate: null, marginRate: null });
    expect(a.breakdowns).toEqual({});
    expect(a.mainDimension).toBeNull();
    expect(a.pivot).toBeNull();
  });

  test("no NaN or Infinity anywhere in an analysis full of zeros and negatives", () => {
    const rows: Row[] = [
      { date: "2024-01-01", revenue: 0, cost: 0, quantity: 0, dims: { R: "A" } },
      { date: "2024-03-01", revenue: -50, cost: 0, quantity: -1, dims: { R: "B" } },
      { date: "2025-03-31", revenue: 10, cost: 20, quantity: 1, dims: { R: "A" } },
    ];
    const json = JSON.stringify(analyze(tableOf(rows)), (_, v) =>
      typeof v === "number" && !Number.isFinite(v) ? `BAD:${v}` : v
    );
    expect(json).not.toContain("BAD:");
  });

  test("analysis is deterministic", () => {
    const t = seriesTable("2023-01", [5, 8, 6, 9, 12, 7, 8, 9, 30, 8, 7, 9, 10, 11]);
    expect(JSON.stringify(analyze(t))).toBe(JSON.stringify(analyze(t)));
  });

  test("insights can be switched off", () => {
    const t = seriesTable(
      "2023-01",
      Array.from({ length: 24 }, (_, i) => 100 + 20 * i)
    );
    expect(analyze(t).insights.length).toBeGreaterThan(0);
    expect(analyze(t, { insights: false }).insights).toEqual([]);
  });
});
